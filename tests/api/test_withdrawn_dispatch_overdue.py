"""A coordinator's dispatch to a withdrawn incident, through the real ops service, API and
database: a fire panel's alarm is dispatched, the brigade acknowledges, the panel takes the
alarm back (withdrawn: the brigade kept with its clock stopped, the others called off); a
coordinator then dispatches public works through the API (a caller still smells smoke) and
nobody acknowledges. Past its acknowledgement deadline the service escalates it, and the API
and the wall's incident item say it is overdue, as any dispatch is (docs/ops_center.md,
"Dispatch"), while the brigade the withdrawal kept is not.

The service runs on a clock an hour behind the real one, so the deadlines it sets are
already past for the API, which reads the real clock: nothing waits for time to pass."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta

import httpx
import psycopg

from common.db import connect
from common.settings import Settings
from ops_center.dispatch import Mode
from ops_center.service import OpsService
from tests.api.conftest import auth
from tests.integration.ingest.ingest_helpers import register
from tests.integration.ops_center.test_ops_agency_feeds import ROUTING, T0, drain, incidents_of, publish
from web.wall.hub import IncidentItem
from web.wall.topics import load_incidents

SQL_ESCALATED = "SELECT agency FROM ops_escalations WHERE incident_id = %s ORDER BY agency"


def test_a_late_dispatch_to_a_withdrawn_incident_is_escalated_and_overdue_in_the_api_and_wall(
    api: httpx.Client, accounts: dict[str, str], db_settings: Settings, db_dsn: str
) -> None:
    panel = f"FW-late-{uuid.uuid4().hex[:8]}"
    register(db_dsn, [(panel, "fire_alarm")])
    rules = ROUTING.modes[Mode.PEACETIME]
    clock = [datetime.now(UTC).timestamp() - 3600]
    coord = auth(accounts["coord"])
    with connect(db_settings) as w, connect(db_settings, autocommit=True) as c:
        svc = OpsService(c, ROUTING, idle_after_s=None, clock=lambda: clock[0])
        svc.start()
        publish(w, db_settings, f"soc/v1/disaster/fire_alarm/{panel}", {"ts": T0.isoformat(), "state": "alarm"},
                T0 + timedelta(seconds=5))
        drain(svc, c)
        (job, _) = incidents_of(c, [panel])[panel]
        assert svc.apply_message(f"soc/v1/dispatch/fire/status/{job}",
                                 json.dumps({"state": "acknowledged"}).encode()) == 1
        back = T0 + timedelta(minutes=1)
        publish(w, db_settings, f"soc/v1/disaster/fire_alarm/{panel}", {"ts": back.isoformat(), "state": "normal"},
                back + timedelta(seconds=5))
        drain(svc, c)
        sent = api.post(f"/api/incidents/{job}/assignments", headers=coord, params={"wait": 0},
                        json={"agency": "public_works", "reason": "a caller still smells smoke"})
        assert sent.status_code == 202, sent.text
        assert svc.apply_commands() == 1
        # Past public works' acknowledgement deadline, nobody having answered.
        clock[0] += rules.ack_deadline_s + 1
        svc.poll_once()
        escalated = [r[0] for r in c.execute(SQL_ESCALATED, (job,)).fetchall()]
        wall = load_incidents(c, datetime.now(UTC))[job]

    listed = api.get("/api/incidents", headers=coord, params={"open_only": True}).json()
    (incident,) = [i for i in listed if i["incident_id"] == job]
    states = {a["agency"]: (a["state"], a["overdue"], a["escalations"]) for a in incident["assignments"]}
    assert incident["withdrawn"] is True
    assert states["fire"] == ("acknowledged", False, 0)
    assert states["public_works"] == ("assigned", True, 1)
    assert {s for a, (s, _, _) in states.items() if a not in ("fire", "public_works")} <= {"cancelled"}
    assert escalated == ["public_works"]
    assert isinstance(wall, IncidentItem)
    assert wall.withdrawn is True
    assert wall.overdue is True
    assert {a.agency: a.overdue for a in wall.assignments if a.state != "cancelled"} == {
        "fire": False, "public_works": True}
    with psycopg.connect(db_dsn) as conn:
        (deadline,) = conn.execute("SELECT deadline FROM ops_assignments WHERE incident_id = %s AND agency = "
                                   "'public_works'", (job,)).fetchone() or (None,)
    assert deadline is not None
    assert deadline < datetime.now(UTC)
