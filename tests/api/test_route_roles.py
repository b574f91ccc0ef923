"""Every route × every role against the permission table of docs/web.md.

The expected answers come from that table, not from the code: "allowed" means the
permission check let the request through (any answer but 401/403: a 404 for a
made-up id is fine), "forbidden" means 403. Write routes are covered route by route
in the other modules too; every route that writes is called here with every role and
an empty body (403 for the roles the table refuses, 404/422 for the others, so nothing
is written but a manual KPI recomputation, which takes no body). A new route fails
here until it is given its permission.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

import httpx
import pytest

from tests import http_calls
from tests.api.conftest import LiveApp, auth

ROLES = ("op", "coord", "plan", "fire1", "wall1", "root")  # operator … admin (tests/api/conftest.py)
ROLE_NAMES = {"op": "operator", "coord": "coordinator", "plan": "planner", "fire1": "agency",
              "wall1": "display", "root": "admin"}


class Allowed(frozenset[str]):
    """The accounts a row of the permission table lets through, and the row's words,
    which a refusal says: "role planner may not read personal data (...)"."""

    words: str

    def __new__(cls, roles: set[str], words: str) -> Allowed:
        allowed = super().__new__(cls, roles)
        allowed.words = words
        return allowed


READERS = Allowed({"op", "coord", "plan", "wall1", "root"},  # "read": every role but agency
                  "read sensors, readings, alerts, incidents, KPIs, ingest or schemas")
WALL = Allowed({"op", "coord", "wall1", "root"}, "open the wall feed")
QUARANTINE = Allowed({"op", "root"}, "inspect or replay quarantined payloads")
PERSONAL = Allowed({"op", "coord", "root"},                 # reports naming citizens, the audit log
                   "read personal data (raw reports, the audit log)")
DISPATCH = Allowed({"coord", "root"},
                   "dispatch (switch the mode; assign, reassign, note, close or reopen incidents,"
                   " link or unlink their evidence)")
ADMIN = Allowed({"root"}, "manage users")
EVERYONE = set(ROLES)
AGENCY_SCOPED = READERS | {"fire1"}                         # "own assignments only"


def assert_refusals_say_the_permission(
    refusals: dict[str, str], allowed: AbstractSet[str]
) -> None:
    """Each refused account's 403 names its role and the permission in the table's words,
    not the permission's code ("role planner may not personal")."""
    assert isinstance(allowed, Allowed), "a row that refuses someone has its words"
    expected = {role: f"role {ROLE_NAMES[role]} may not {allowed.words}" for role in refusals}
    assert refusals == expected

#: GET route → who may call it (docs/web.md, "permission" table).
EXPECTED: dict[str, AbstractSet[str]] = {
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
    "/api/mode": AGENCY_SCOPED,  # the mode in force: not scoped, but no more than incidents
    "/api/commands/{command_id}": DISPATCH,
    "/api/sensors": READERS,
    "/api/sensors/{sensor_id}": READERS,
    "/api/sensors/{sensor_id}/readings": READERS,
    "/api/sensors/{sensor_id}/trend": READERS,
    "/api/areas/{area}/trend": READERS,
    "/api/events": PERSONAL,
    "/api/quarantine": QUARANTINE,
    "/api/quarantine/reasons": QUARANTINE,
    "/api/quarantine/{qid}": QUARANTINE,
    "/api/ingest/stats": READERS,
    "/api/audit": PERSONAL,
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
    refusals = {}
    with http_calls.client(base_url=live_app.url, timeout=60) as client:
        for role in ROLES:
            r = client.get(path, headers=auth(accounts[role]), params=params)
            answers[role] = r.status_code
            if r.status_code == 403:
                refusals[role] = r.json()["detail"]
    allowed = {role for role, status in answers.items() if status not in (401, 403)}
    assert allowed == EXPECTED[route], answers
    assert all(answers[role] == 403 for role in set(ROLES) - EXPECTED[route]), answers
    if refusals:
        assert_refusals_say_the_permission(refusals, EXPECTED[route])


KPI_WRITE = Allowed({"plan", "root"}, "record or import KPI observations")
ACK_ALERT = Allowed({"op", "coord", "root"}, "acknowledge alerts or export CAP")
MANAGE_ALERT = Allowed({"coord", "root"}, "shelve or resolve alerts or retry a failed webhook")
REPORTERS = Allowed({"coord", "fire1", "root"},  # the fire member on a fire assignment: its own agency
                    "report an assignment's status")

#: Every route that writes → who may call it (docs/web.md, "permission" table). The
#: login takes no token and logging out revokes the caller's: both are covered in
#: test_auth.py and only listed here, so that the route set still matches.
WRITES: dict[str, AbstractSet[str]] = {
    "/api/auth/token": set(),
    "/api/auth/logout": set(),
    # A ticket opens the wall feed: only for the wall permission (checked again when the
    # ticket is redeemed, test_wall_ws.py).
    "/api/ws-ticket": WALL,
    "/api/users": ADMIN,
    "/api/users/{user_name}": ADMIN,
    "/api/users/{user_name}/display-token": ADMIN,
    "/api/users/{user_name}/revoke-tokens": ADMIN,
    "/api/alerts/{alert_id}/acknowledge": ACK_ALERT,
    "/api/alerts/{alert_id}/cap": ACK_ALERT,
    "/api/alerts/{alert_id}/shelve": MANAGE_ALERT,
    "/api/alerts/{alert_id}/resolve": MANAGE_ALERT,
    "/api/deliveries/{outbox_id}/retry": MANAGE_ALERT,
    "/api/incidents/{incident_id}/assignments/{agency}/status": REPORTERS,
    "/api/mode": DISPATCH,
    "/api/incidents/{incident_id}/assignments": DISPATCH,
    "/api/incidents/{incident_id}/assignments/{agency}/reassign": DISPATCH,
    "/api/incidents/{incident_id}/notes": DISPATCH,
    "/api/incidents/{incident_id}/close": DISPATCH,
    "/api/incidents/{incident_id}/reopen": DISPATCH,
    "/api/incidents/{incident_id}/link": DISPATCH,
    "/api/incidents/{incident_id}/unlink": DISPATCH,
    "/api/kpis/observations": KPI_WRITE,
    "/api/kpis/observations/{observation_id}": KPI_WRITE,
    "/api/kpis/import": KPI_WRITE,
    "/api/kpis/compute": KPI_WRITE,
    "/api/quarantine/replay": QUARANTINE,
}
#: The write routes that are no POST, with their method.
WRITE_METHODS = {"/api/users/{user_name}": "PATCH", "/api/kpis/observations/{observation_id}": "DELETE"}
#: Ids that do not exist, so that an allowed caller gets 404 or 422 and changes nothing.
WRITE_FILL = {**FILL, "alert_id": "987654321", "outbox_id": "987654321",
              "incident_id": "inc-nope", "agency": "fire", "user_name": "nobody-here",
              "observation_id": "987654321"}


def test_every_write_route_is_in_the_table(api: httpx.Client) -> None:
    spec = api.get("/openapi.json").json()
    routes = {p for p, ops in spec["paths"].items() if set(ops) - {"get", "parameters"}}
    assert routes == set(WRITES)


@pytest.mark.parametrize("route", sorted(r for r, who in WRITES.items() if who))
def test_a_write_route_answers_each_role_as_the_permission_table_says(
    live_app: LiveApp, accounts: dict[str, str], route: str
) -> None:
    """An empty body: the role check answers before the body is read (403), an allowed
    caller reaches validation or the missing id (422 / 404); only the KPI recomputation,
    which takes no body, runs."""
    path = route.format(**WRITE_FILL)
    method = WRITE_METHODS.get(route, "POST")
    answers = {}
    refusals = {}
    with http_calls.client(base_url=live_app.url, timeout=60) as client:
        for role in ROLES:
            r = client.request(method, path, headers=auth(accounts[role]), json={})
            answers[role] = r.status_code
            if r.status_code == 403:
                refusals[role] = r.json()["detail"]
        assert client.request(method, path, json={}).status_code == 401
    allowed = {role for role, status in answers.items() if status not in (401, 403)}
    assert allowed == WRITES[route], answers
    assert all(answers[role] == 403 for role in set(ROLES) - WRITES[route]), answers
    if refusals:
        assert_refusals_say_the_permission(refusals, WRITES[route])
