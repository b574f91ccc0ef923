"""A JSON body naming a key twice is refused with a 422 problem on every route that takes JSON.

``json.loads`` keeps the last of a repeated key: ``{"agency": "fire", "agency": "water"}``
was served as water while anything reading the first (a proxy, a log) saw fire. Every
route whose OpenAPI operation takes ``application/json`` answers such a body, with the
key repeated in any object at any depth, 422 ``/problems/validation-error`` (code
``json_invalid``, the message naming the key), before its body is validated or acted on.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests import http_calls
from tests.api.conftest import LiveApp, auth
from tests.api.test_auth import is_problem


def _json_routes(live_app: LiveApp) -> list[tuple[str, str]]:
    spec = http_calls.get(f"{live_app.url}/openapi.json", timeout=60).json()
    out = []
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if "application/json" in op.get("requestBody", {}).get("content", {}):
                out.append((method.upper(), path.replace("{agency}", "fire").replace("{", "").replace("}", "")))
    return out


def test_every_json_route_refuses_a_repeated_key(live_app: LiveApp, accounts: dict[str, str]) -> None:
    routes = _json_routes(live_app)
    assert len(routes) >= 10, routes  # every writing route with a JSON body

    @given(st.sampled_from(routes), st.text(st.characters(blacklist_categories=("Cs",)), max_size=20),
           st.integers(0, 5))
    @example(("POST", "/api/incidents/incident_id/assignments"), "agency", 0)
    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    def refused(route: tuple[str, str], key: str, depth: int) -> None:
        method, path = route
        inner = f'{{{json.dumps(key)}: "fire", {json.dumps(key)}: "water"}}'
        for _ in range(depth):
            inner = f'{{"reason": {inner}}}'
        with http_calls.client(base_url=live_app.url, timeout=60) as client:
            r = client.request(method, path, headers={**auth(accounts["root"]), "content-type": "application/json"},
                               content=inner.encode("utf-8"))
        problem: dict[str, Any] = is_problem(r, 422)
        assert problem["type"] == "/problems/validation-error", problem
        assert [e["code"] for e in problem["errors"]] == ["json_invalid"], problem
        assert "duplicate key" in problem["errors"][0]["message"], problem
        # Placed at the key's path in the body, not at a character offset.
        assert problem["errors"][0]["loc"] == ".".join(["body", *["reason"] * depth, key]), problem

    refused()


@pytest.mark.parametrize("body", ['{"agency": "fire"}', '{"agency": "fire", "reason": "x"}'])
def test_a_body_with_unique_keys_is_validated_and_served(
        live_app: LiveApp, accounts: dict[str, str], body: str) -> None:
    with http_calls.client(base_url=live_app.url, timeout=60) as client:
        r = client.post("/api/incidents/no-such-incident/assignments",
                        headers={**auth(accounts["root"]), "content-type": "application/json"}, content=body)
    assert r.status_code == 404, r.text  # validated, then the incident looked up
