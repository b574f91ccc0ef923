"""Every GET route × every role against the permission table of docs/web.md.

The expected answers come from that table, not from the code: "allowed" means the
permission check let the request through (any answer but 401/403: a 404 for a
made-up id is fine), "forbidden" means 403. Write routes are covered route by route
in the other modules; a new GET route fails here until it is given its permission.
"""

from __future__ import annotations

import httpx
import pytest

from tests.api.conftest import LiveApp, auth

ROLES = ("op", "coord", "plan", "fire1", "wall1", "root")  # operator … admin (tests/api/conftest.py)
READERS = {"op", "coord", "plan", "wall1", "root"}          # "read": every role but agency
WALL = {"op", "coord", "wall1", "root"}                     # "wall feed"
QUARANTINE = {"op", "root"}
DISPATCH = {"coord", "root"}
ADMIN = {"root"}
EVERYONE = set(ROLES)
AGENCY_SCOPED = READERS | {"fire1"}                         # "own assignments only"

#: GET route → who may call it (docs/web.md, "permission" table).
EXPECTED: dict[str, set[str]] = {
    "/api/auth/me": EVERYONE,
    "/api/users": ADMIN,
    "/api/alerts": READERS,
    "/api/alerts/{alert_id}": READERS,
    "/api/alerts/{alert_id}/cap": READERS,
    "/api/deliveries/failed": READERS,
    "/api/cap/{identifier}": READERS,
    "/api/kpis/definitions": READERS,
    "/api/kpis/observations": READERS,
    "/api/kpis/export": READERS,
    "/api/kpis/scores": READERS,
    "/api/kpis/status": READERS,
    "/api/kpis/{indicator_id}/history": READERS,
    "/api/incidents": AGENCY_SCOPED,
    "/api/incidents/{incident_id}": AGENCY_SCOPED,
    "/api/assignments": AGENCY_SCOPED,
    "/api/commands/{command_id}": DISPATCH,
    "/api/sensors": READERS,
    "/api/sensors/{sensor_id}": READERS,
    "/api/sensors/{sensor_id}/readings": READERS,
    "/api/sensors/{sensor_id}/trend": READERS,
    "/api/areas/{area}/trend": READERS,
    "/api/events": READERS,
    "/api/quarantine": QUARANTINE,
    "/api/quarantine/reasons": QUARANTINE,
    "/api/quarantine/{qid}": QUARANTINE,
    "/api/ingest/stats": READERS,
    "/api/audit": READERS,
    "/api/geo/{layer}": READERS,
    "/api/schemas/mqtt": READERS,
    "/api/schemas/mqtt/{name}": READERS,
    "/api/health": EVERYONE,
    "/api/health/live": EVERYONE,
    "/api/vocabulary": EVERYONE,
    "/api/wall/snapshot": WALL,
}

FILL = {"alert_id": "1", "incident_id": "inc-0000000000000000", "outbox_id": "1", "identifier": "x",
        "indicator_id": "1.1", "sensor_id": "SN-FL-001", "area": "central_park", "qid": "1",
        "layer": "zones", "name": "status", "command_id": "1", "user_name": "op"}


def test_every_get_route_is_in_the_table(api: httpx.Client) -> None:
    spec = api.get("/openapi.json").json()
    routes = {p for p, ops in spec["paths"].items() if "get" in ops}
    assert routes == set(EXPECTED)


@pytest.mark.parametrize("route", sorted(EXPECTED))
def test_a_get_route_answers_each_role_as_the_permission_table_says(
    live_app: LiveApp, accounts: dict[str, str], route: str
) -> None:
    path = route.format(**FILL)
    params = {"metric": "rain_mm"} if route.endswith(("/readings", "/trend")) else {}
    answers = {}
    with httpx.Client(base_url=live_app.url, timeout=60) as client:
        for role in ROLES:
            answers[role] = client.get(path, headers=auth(accounts[role]), params=params).status_code
    allowed = {role for role, status in answers.items() if status not in (401, 403)}
    assert allowed == EXPECTED[route], answers
    assert all(answers[role] == 403 for role in set(ROLES) - EXPECTED[route]), answers
