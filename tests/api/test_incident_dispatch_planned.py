"""A coordinator's dispatch to a planned event through the API, applied by a running ops service.

Only a coordinator (or an admin) may dispatch: an operator's, a planner's, an agency member's
and a wall display's attempt is a structured 403 (problem+json) that leaves the event planned
and records no command. The coordinator's dispatch makes the concert a job: the API shows it
not planned, what it held aside as its evidence, the coordinator's decision on its timeline,
and the command done under the coordinator's name in the audit log.
"""

from __future__ import annotations

import httpx
import psycopg

from tests.api.conftest import LiveApp, auth
from tests.api.planned_event import planned_concert
from tests.api.test_auth import is_problem


def test_only_a_coordinator_s_dispatch_makes_a_planned_event_a_job(
    api: httpx.Client, accounts: dict[str, str], live_app: LiveApp, db_dsn: str
) -> None:
    with planned_concert(live_app.settings) as (inc, permit, calls):
        path = f"/api/incidents/{inc}/assignments"
        body = {"agency": "fire", "reason": "散場人潮推擠"}
        for who in ("op", "plan", "fire1", "wall1"):
            problem = is_problem(api.post(path, json=body, params={"wait": 5}, headers=auth(accounts[who])), 403)
            assert problem["type"] == "/problems/forbidden", problem
        refused = api.get(f"/api/incidents/{inc}", headers=auth(accounts["op"])).json()

        r = api.post(path, json=body, params={"wait": 5}, headers=auth(accounts["coord"]))
        assert r.status_code == 200, r.text
        done = r.json()
        detail = api.get(f"/api/incidents/{inc}", headers=auth(accounts["op"])).json()
    with psycopg.connect(db_dsn) as conn:
        commands = conn.execute("SELECT actor, kind, state FROM ops_commands WHERE incident_id = %s",
                                (inc,)).fetchall()
        audited = conn.execute(
            "SELECT actor, action FROM audit_log WHERE subject_id = %s AND action IN"
            " ('command.assign', 'incident.made_job') ORDER BY id", (inc,)).fetchall()

    assert (refused["planned"], refused["held"]) == (True, len(calls)), "a refused dispatch changed the event"
    assert (done["state"], done["actor"], done["args"]) == ("done", "coord", {"agency": "fire"})
    assert (detail["planned"], detail["held"], detail["held_evidence"]) == (False, 0, [])
    assert {m["source_id"] for m in detail["evidence"]} == {permit, *calls}
    assert ("coord", "made_job") in [(t["actor"], t["action"]) for t in detail["timeline"]]
    assert "fire" in {a["agency"] for a in detail["assignments"]}
    assert commands == [("coord", "assign", "done")], "a refused dispatch was recorded as a command"
    assert audited == [("coord", "command.assign"), ("coord", "incident.made_job")]
