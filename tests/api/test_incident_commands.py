"""Coordinator commands through the API: assign, reassign, note, close, command state.

The routes record a command (migration 0042) that the ops service, another process,
applies; here `run_ops` runs in a thread over the same database when a test needs it.
"""

from __future__ import annotations

import time
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import psycopg
import pytest

from tests.api.conftest import auth
from tests.api.ops_thread import INSERT_ASSIGNMENT, INSERT_INCIDENT, ops_service
from tests.api.test_auth import is_problem

#: Unique per run: the ops service publishes retained assignments on the shared broker.
INC = f"inc-cmd-{uuid.uuid4().hex[:8]}"
CLOSED = f"inc-cmd-closed-{uuid.uuid4().hex[:8]}"

@pytest.fixture(scope="module")
def seeded(db_dsn: str, live_app: object) -> None:
    """An open fire incident (fire and police assigned) and a closed one, relative to now."""
    now = datetime.now(UTC).replace(microsecond=0)
    t = now - timedelta(minutes=5)
    with psycopg.connect(db_dsn) as conn:
        conn.execute(INSERT_INCIDENT, {"inc": INC, "state": "open", "t": t})
        conn.execute(INSERT_INCIDENT, {"inc": CLOSED, "state": "closed", "t": t})
        for agency in ("fire", "police"):
            conn.execute(INSERT_ASSIGNMENT, (INC, agency, t, t, now + timedelta(minutes=5)))


def assignments(api: httpx.Client, token: str, incident_id: str) -> dict[str, str]:
    detail = api.get(f"/api/incidents/{incident_id}", headers=auth(token)).json()
    return {a["agency"]: a["state"] for a in detail["assignments"]}


ROUTES: list[tuple[str, dict[str, Any]]] = [
    (f"/api/incidents/{INC}/assignments", {"agency": "water"}),
    (f"/api/incidents/{INC}/assignments/police/reassign", {"to": "traffic", "reason": "交管"}),
    (f"/api/incidents/{INC}/notes", {"text": "現場濃煙"}),
    (f"/api/incidents/{INC}/close", {"reason": "撲滅"}),
]


def test_auth_roles_not_found_and_validation(
    api: httpx.Client, accounts: dict[str, str], seeded: None
) -> None:
    for path, body in ROUTES:
        assert is_problem(api.post(path, json=body), 401)["reason"] == "missing_token"
        for who in ("fire1", "plan", "op", "wall1"):  # agency members and other roles: 403
            is_problem(api.post(path, json=body, headers=auth(accounts[who])), 403)
        missing = path.replace(INC, "inc-nope")
        assert is_problem(api.post(missing, json=body, headers=auth(accounts["coord"])), 404)[
            "resource"] == "incident"
        is_problem(api.post(path, json={**body, "extra": 1}, headers=auth(accounts["coord"])), 422)
        is_problem(api.post(path, json=body, params={"wait": 99},
                            headers=auth(accounts["coord"])), 422)
    is_problem(api.get("/api/commands/1"), 401)
    is_problem(api.get("/api/commands/1", headers=auth(accounts["fire1"])), 403)
    is_problem(api.get("/api/commands/987654321", headers=auth(accounts["coord"])), 404)
    is_problem(api.get("/api/commands/0", headers=auth(accounts["coord"])), 422)
    coord = auth(accounts["coord"])
    # No water assignment to hand over: 404 naming the assignment.
    r = api.post(f"/api/incidents/{INC}/assignments/water/reassign", json={"to": "fire", "reason": "水源"},
                 headers=coord)
    assert is_problem(r, 404)["resource"] == "assignment"
    for path, body in [
        (f"/api/incidents/{INC}/assignments", {"agency": "army"}),
        (f"/api/incidents/{INC}/assignments", {}),
        (f"/api/incidents/{INC}/assignments/police/reassign", {"to": "navy", "reason": "x"}),
        (f"/api/incidents/{INC}/assignments/army/reassign", {"to": "fire", "reason": "x"}),
        (f"/api/incidents/{INC}/notes", {"text": ""}),
        (f"/api/incidents/{INC}/notes", {"text": "   "}),
        (f"/api/incidents/{INC}/close", {}),
        (f"/api/incidents/{INC}/close", {"reason": ""}),
    ]:
        is_problem(api.post(path, json=body, headers=coord), 422)


def test_a_reassignment_without_a_reason_is_422_naming_the_reason(
    api: httpx.Client, accounts: dict[str, str], seeded: None, db_dsn: str
) -> None:
    """Both agencies are told why, and the timeline keeps it: the API asks for the reason the
    console asks for, as a field error, and records no command."""
    coord = auth(accounts["coord"])
    with psycopg.connect(db_dsn) as conn:
        before = conn.execute("SELECT count(*) FROM ops_commands").fetchone()
    path = f"/api/incidents/{INC}/assignments/police/reassign"
    for body in ({"to": "traffic"}, {"to": "traffic", "reason": ""}, {"to": "traffic", "reason": "  "},
                 {"to": "traffic", "reason": "\u200b"}):
        problem = is_problem(api.post(path, json=body, headers=coord), 422)
        assert [e["loc"] for e in problem["errors"]] == ["body.reason"], (body, problem)
    with psycopg.connect(db_dsn) as conn:
        assert conn.execute("SELECT count(*) FROM ops_commands").fetchone() == before



def test_a_command_text_the_center_cannot_store_is_422_naming_the_field(
    api: httpx.Client, accounts: dict[str, str], seeded: None, db_dsn: str
) -> None:
    """A NUL in a command's text or reason is the coordinator's field error, not the
    database's generic refusal, and records no command."""
    coord = auth(accounts["coord"])
    with psycopg.connect(db_dsn) as conn:
        before = conn.execute("SELECT count(*) FROM ops_commands").fetchone()
    for path, body in [
        (f"/api/incidents/{INC}/assignments", {"agency": "water", "reason": "a\x00b"}),
        (f"/api/incidents/{INC}/assignments/police/reassign", {"to": "traffic", "reason": "\x00"}),
        (f"/api/incidents/{INC}/notes", {"text": "現場\x00濃煙"}),
        (f"/api/incidents/{INC}/close", {"reason": "撲滅\x00"}),
    ]:
        field = next(k for k, v in body.items() if "\x00" in v)
        problem = is_problem(api.post(path, json=body, headers=coord), 422)
        assert [e["loc"] for e in problem["errors"]] == [f"body.{field}"], problem
    with psycopg.connect(db_dsn) as conn:
        assert conn.execute("SELECT count(*) FROM ops_commands").fetchone() == before


def test_commands_wait_for_the_ops_service_and_report_its_result(
    api: httpx.Client, accounts: dict[str, str], seeded: None, live_app: Any, db_dsn: str
) -> None:
    coord = auth(accounts["coord"])
    # No ops service yet: accepted (202) and pending, with where to look.
    r = api.post(f"/api/incidents/{INC}/notes", json={"text": "先行封鎖"}, params={"wait": 0.2},
                 headers=coord)
    assert r.status_code == 202, r.text
    pending = r.json()
    assert (pending["state"], pending["kind"], pending["actor"]) == ("pending", "note", "coord")
    assert r.headers["location"] == f"/api/commands/{pending['command_id']}"
    assert api.get(r.headers["location"], headers=coord).json()["state"] == "pending"

    with ops_service(live_app.settings, [INC]):
        deadline = time.monotonic() + 20
        while api.get(r.headers["location"], headers=coord).json()["state"] == "pending":
            assert time.monotonic() < deadline, "the queued note was never applied"
            time.sleep(0.05)
        assert api.get(r.headers["location"], headers=coord).json()["result"] == "note added"

        r = api.post(f"/api/incidents/{INC}/assignments", json={"agency": "water", "reason": "水源"},
                     params={"wait": 5}, headers=coord)
        assert r.status_code == 200, r.text
        assert (r.json()["state"], r.json()["result"]) == ("done", "water assigned")
        r = api.post(f"/api/incidents/{INC}/assignments/police/reassign", json={"to": "traffic", "reason": "交管"},
                     params={"wait": 5}, headers=auth(accounts["root"]))
        assert r.status_code == 200, r.text
        assert r.json()["args"] == {"src": "police", "dst": "traffic"}
        assert assignments(api, accounts["coord"], INC) == {
            "fire": "assigned", "police": "cancelled", "water": "assigned", "traffic": "assigned"}

        # Refused by the service: 409 with its reason; the command says the same.
        problem = is_problem(api.post(f"/api/incidents/{INC}/assignments", json={"agency": "fire"},
                                      params={"wait": 5}, headers=coord), 409)
        assert problem["resource"] == "command"
        assert f"fire is already assigned to {INC}" in problem["detail"]
        cmd = api.get(f"/api/commands/{problem['key']}", headers=coord).json()
        assert (cmd["state"], cmd["error"], cmd["error_type"]) == (
            "rejected", f"fire is already assigned to {INC}", "DispatchError")
        problem = is_problem(api.post(f"/api/incidents/{CLOSED}/assignments",
                                      json={"agency": "fire"}, params={"wait": 5}, headers=coord),
                             409)
        assert f"incident {CLOSED} is closed" in problem["detail"]

        r = api.post(f"/api/incidents/{INC}/close", json={"reason": "火勢撲滅"}, params={"wait": 5},
                     headers=coord)
        assert r.status_code == 200, r.text
        assert r.json()["result"] == "closed"
        is_problem(api.post(f"/api/incidents/{INC}/close", json={"reason": "again"},
                            params={"wait": 5}, headers=coord), 409)
        detail = api.get(f"/api/incidents/{INC}", headers=coord).json()
        assert (detail["state"], detail["closed_by"], detail["close_reason"]) == (
            "closed", "coord", "火勢撲滅")
        assert set(assignments(api, accounts["coord"], INC).values()) == {"cancelled"}
        assert [(t["action"], t["reason"]) for t in detail["timeline"] if t["actor"] == "coord"] == [
            ("note", "先行封鎖"), ("closed", "火勢撲滅")]

    with psycopg.connect(db_dsn) as conn:
        asked = conn.execute(
            "SELECT actor, action FROM audit_log WHERE subject_id = %s AND action LIKE 'command.%%'"
            " AND action <> 'command.rejected' ORDER BY id", (INC,)).fetchall()
    assert asked == [("coord", "command.note"), ("coord", "command.assign"),
                     ("root", "command.reassign"), ("coord", "command.assign"),
                     ("coord", "command.close"), ("coord", "command.close")]
