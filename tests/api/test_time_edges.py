"""Instants at the edges of the calendar in every time parameter of the API.

A time the API takes (a query's ``since``/``until``/``start``/``end``, a shelve's
``until``) with any UTC offset, from year 1 to year 9999, is answered with data or
with a structured 4xx (RFC 9457), never a 500; and no accepted value leaves a row
that Python cannot read back (PostgreSQL keeps timestamps past year 9999, Python's
``datetime`` does not), so the alerts list and the wall stay readable.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import httpx
import psycopg
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests import http_calls
from tests.api.conftest import LiveApp, auth
from tests.api.test_alerts_kpis import SQL_ALERT
from tests.api.test_auth import is_problem

#: (path, query parameter) for every time a GET route takes.
TIME_PARAMS = [
    ("/api/events", "start"), ("/api/events", "end"),
    ("/api/sensors/SN-FL-001/readings", "start"), ("/api/sensors/SN-FL-001/readings", "end"),
    ("/api/alerts", "since"),
    ("/api/incidents", "since"), ("/api/incidents", "until"),
    ("/api/quarantine", "since"),
]

offsets = st.integers(min_value=-(24 * 60 - 1), max_value=24 * 60 - 1).map(
    lambda m: timezone(timedelta(minutes=m)))
instants = st.datetimes(min_value=datetime.min, max_value=datetime.max, timezones=offsets)


@pytest.fixture
def alert_id(db_dsn: str, unique_id: str) -> int:
    now = datetime.now(UTC)
    with psycopg.connect(db_dsn) as conn:
        row = conn.execute(SQL_ALERT, (f"C0F9T0-{unique_id}", now, now, now)).fetchone()
    assert row is not None
    return int(row[0])


@pytest.mark.parametrize(("path", "name"), TIME_PARAMS)
def test_a_time_parameter_at_any_instant_is_answered_never_with_a_500(
    live_app: LiveApp, accounts: dict[str, str], path: str, name: str
) -> None:
    params = {"metric": "flood_depth_cm"} if "readings" in path else {}

    @given(instants)
    @example(datetime(1, 1, 1, tzinfo=UTC))
    @example(datetime(1, 1, 1, 12, tzinfo=timezone(timedelta(hours=14))))
    @example(datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC))
    @example(datetime(9999, 12, 31, 23, 59, 59, tzinfo=timezone(timedelta(hours=-14))))
    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
    def answered(value: datetime) -> None:
        with http_calls.client(base_url=live_app.url, timeout=60) as client:
            r = client.get(path, headers=auth(accounts["root"]),
                           params={**params, name: value.isoformat()})
        assert r.status_code < 500, (value.isoformat(), r.status_code, r.text[:300])
        if r.status_code >= 400:
            is_problem(r, r.status_code)

    answered()


@pytest.mark.parametrize("until", [
    "9999-12-31T23:59:59-14:00",   # past year 9999 in UTC: PostgreSQL stores it, Python cannot read it
    "9999-12-31T23:59:59Z",
    "2200-01-01T00:00:00+08:00",
])
def test_a_shelve_beyond_the_longest_shelving_is_refused_and_alerts_stay_readable(
    api: httpx.Client, accounts: dict[str, str], alert_id: int, until: str
) -> None:
    coord = auth(accounts["coord"])
    is_problem(api.post(f"/api/alerts/{alert_id}/shelve", headers=coord, json={"until": until}), 422)
    assert api.get(f"/api/alerts/{alert_id}", headers=coord).json()["state"] == "raised"
    listed = api.get("/api/alerts", headers=coord)
    assert listed.status_code == 200, listed.text


def test_a_shelve_up_to_the_longest_shelving_is_accepted(
    api: httpx.Client, accounts: dict[str, str], alert_id: int
) -> None:
    # The same bound as ``minutes`` (at most 7 days).
    until = (datetime.now(UTC) + timedelta(days=7) - timedelta(minutes=5)).isoformat()
    r = api.post(f"/api/alerts/{alert_id}/shelve", headers=auth(accounts["coord"]),
                 json={"until": until, "reason": "pump maintenance"})
    assert r.status_code == 200, r.text
    assert r.json()["state"] == "shelved"


@pytest.mark.parametrize(("path", "name"), TIME_PARAMS)
@pytest.mark.parametrize("value", ["2026-12-07T13:10:00", "2026-12-07"])
def test_a_time_without_its_utc_offset_is_refused_naming_its_parameter(
    api: httpx.Client, accounts: dict[str, str], path: str, name: str, value: str
) -> None:
    """A time without an offset (or a bare date) in a Taipei centre is most likely local:
    read as UTC it would be eight hours off and answer with the wrong rows, so every time
    parameter refuses it, as the readings and the wire do (docs/web.md)."""
    params = {"metric": "flood_depth_cm"} if "readings" in path else {}
    body = is_problem(api.get(path, headers=auth(accounts["root"]), params={**params, name: value}), 422)
    assert f"query.{name}" in [e["loc"] for e in body["errors"]], body
    assert "UTC offset" in body["detail"], body
