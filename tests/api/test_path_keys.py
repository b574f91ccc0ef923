"""Every text id in a route's path is capped: longer is a 422 problem naming it, never a lookup.

An id in a path (an incident, a sensor, an area, a CAP identifier, a user, an indicator,
a map layer, a schema) reached the database at any length, e.g. the status route's
incident id. Every such id is at most ``MAX_PATH_KEY_CHARS`` characters
(:data:`web.schemas.PathKey`); a longer one is answered 422 with the parameter named
(``path.<name>``), whatever its characters, and one within the cap is answered as any
unknown id is (404, 403, 409 or 422 for the body), never 5xx.
"""

from __future__ import annotations

from urllib.parse import quote

import httpx
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests import http_calls
from tests.api.conftest import LiveApp, auth
from tests.api.test_auth import is_problem
from web.schemas import MAX_PATH_KEY_CHARS

#: (method, path with one ``{}`` for the id, the parameter's name): every text id of a path.
ROUTES = [
    ("GET", "/api/incidents/{}", "incident_id"),
    ("POST", "/api/incidents/{}/assignments/fire/status", "incident_id"),
    ("POST", "/api/incidents/{}/assignments", "incident_id"),
    ("POST", "/api/incidents/{}/assignments/fire/reassign", "incident_id"),
    ("POST", "/api/incidents/{}/notes", "incident_id"),
    ("POST", "/api/incidents/{}/close", "incident_id"),
    ("POST", "/api/incidents/{}/reopen", "incident_id"),
    ("POST", "/api/incidents/{}/link", "incident_id"),
    ("POST", "/api/incidents/{}/unlink", "incident_id"),
    ("GET", "/api/sensors/{}", "sensor_id"),
    ("GET", "/api/sensors/{}/readings?metric=flood_depth_cm", "sensor_id"),
    ("GET", "/api/sensors/{}/trend?metric=flood_depth_cm", "sensor_id"),
    ("GET", "/api/areas/{}/trend?metric=rain_mm", "area"),
    ("GET", "/api/cap/{}", "identifier"),
    ("PATCH", "/api/users/{}", "user_name"),
    ("POST", "/api/users/{}/display-token", "user_name"),
    ("POST", "/api/users/{}/revoke-tokens", "user_name"),
    ("GET", "/api/kpis/{}/history", "indicator_id"),
    ("GET", "/api/geo/{}", "layer"),
    ("GET", "/api/schemas/mqtt/{}", "name"),
]

#: Any character a path segment can carry once percent-encoded: no "/" (another route),
#: no NUL (refused before routing), no lone surrogates (not UTF-8); at most 5,000, so that
#: the percent-encoded URL stays within httpx's 65,536 characters.
chars = st.characters(blacklist_categories=("Cs",), blacklist_characters="/\x00")
ids = st.one_of(st.text(chars, min_size=MAX_PATH_KEY_CHARS - 2, max_size=MAX_PATH_KEY_CHARS + 2),
                st.text(chars, min_size=1, max_size=20), st.text(chars, min_size=1_000, max_size=5_000))


def _ask(client: httpx.Client, token: str, method: str, template: str, key: str) -> httpx.Response:
    path, _, query = template.partition("?")
    url = path.format(quote(key, safe="")) + (f"?{query}" if query else "")
    return client.request(method, url, headers=auth(token), json={} if method in ("POST", "PATCH") else None)


@pytest.mark.parametrize(("method", "template", "name"), ROUTES)
def test_a_path_id_over_the_cap_is_a_422_naming_it(
        live_app: LiveApp, accounts: dict[str, str], method: str, template: str, name: str) -> None:

    @given(ids)
    @example("x" * (MAX_PATH_KEY_CHARS + 1))
    @example("x" * MAX_PATH_KEY_CHARS)
    @example("界" * 5_000)  # 45,000 characters percent-encoded: within httpx's longest URL
    @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
    def answered(key: str) -> None:
        with http_calls.client(base_url=live_app.url, timeout=60) as client:
            r = _ask(client, accounts["root"], method, template, key)
        assert r.status_code < 500, (len(key), r.status_code, r.text[:300])
        locs = [e.get("loc") for e in r.json().get("errors", [])] if r.status_code == 422 else []
        if len(key) > MAX_PATH_KEY_CHARS:
            is_problem(r, 422)
            assert f"path.{name}" in locs, (len(key), r.text[:300])
        else:
            assert f"path.{name}" not in locs, (len(key), r.text[:300])

    answered()
