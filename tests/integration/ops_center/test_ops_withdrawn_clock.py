"""A withdrawn incident's dispatch clock stops, through the real service and database: a fire
panel's alarm is dispatched, the brigade acknowledges, the panel takes the alarm back (the
incident is withdrawn, the brigade's assignment kept for a coordinator). Hours past the
arrival deadline the kept assignment has no deadline, is not overdue in the read model and
is never escalated, neither by the running service nor by one restarted from the database.
A module of its own: its database holds no other job at the panel's place."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from common.db import connect
from common.settings import Settings
from ops_center.dispatch import Mode
from ops_center.queries import list_assignments
from ops_center.service import OpsService
from tests.integration.ingest.ingest_helpers import register
from tests.integration.ops_center.test_ops_agency_feeds import ROUTING, T0, drain, incidents_of, publish

pytestmark = pytest.mark.integration

SQL_KEPT = "SELECT state, deadline, escalations FROM ops_assignments WHERE incident_id = %s AND agency = 'fire'"
SQL_ESCALATIONS = "SELECT count(*) FROM ops_escalations WHERE incident_id = %s"


def test_a_withdrawn_incidents_acknowledged_assignment_is_never_escalated_nor_overdue(
    db_settings: Settings, db_dsn: str, unique_id: str
) -> None:
    panel = f"FW-clock-{unique_id}"
    register(db_dsn, [(panel, "fire_alarm")])
    rules = ROUTING.modes[Mode.PEACETIME]
    start = datetime.now(UTC).timestamp()
    clock = [start]
    with connect(db_settings) as w, connect(db_settings, autocommit=True) as c:
        svc = OpsService(c, ROUTING, idle_after_s=None, clock=lambda: clock[0])
        svc.start()
        publish(w, db_settings, f"soc/v1/disaster/fire_alarm/{panel}", {"ts": T0.isoformat(), "state": "alarm"},
                T0 + timedelta(seconds=5))
        drain(svc, c)
        (job, _) = incidents_of(c, [panel])[panel]
        assert svc.apply_message(f"soc/v1/dispatch/fire/status/{job}",
                                 json.dumps({"state": "acknowledged"}).encode()) == 1
        (acked,) = c.execute(SQL_KEPT, (job,)).fetchall()
        at = T0 + timedelta(minutes=1)
        publish(w, db_settings, f"soc/v1/disaster/fire_alarm/{panel}", {"ts": at.isoformat(), "state": "normal"},
                at + timedelta(seconds=5))
        drain(svc, c)
        withdrawn = c.execute("SELECT withdrawn FROM ops_incidents WHERE incident_id = %s", (job,)).fetchone()

        # Far past the arrival deadline and several escalation periods.
        clock[0] = start + rules.on_scene_deadline_s + 5 * rules.escalation_repeat_s
        svc.poll_once()
        next_due = svc.dispatcher.next_deadline()
        kept = c.execute(SQL_KEPT, (job,)).fetchall()
        late = datetime.fromtimestamp(clock[0], tz=UTC)
        fire = [a for a in list_assignments(c, incident_ids=[job]) if a.agency == "fire"]
        escalated = c.execute(SQL_ESCALATIONS, (job,)).fetchone()

        # A service restarted from the database keeps the clock stopped.
        again = OpsService(c, ROUTING, idle_after_s=None, clock=lambda: clock[0])
        again.start()
        clock[0] += 10 * rules.escalation_repeat_s
        again.poll_once()
        after_restart = (c.execute(SQL_KEPT, (job,)).fetchall(), c.execute(SQL_ESCALATIONS, (job,)).fetchone())
    assert acked[0] == "acknowledged"
    assert acked[1] is not None  # the clock ran before the withdrawal
    assert withdrawn == (True,)
    assert kept == [("acknowledged", None, 0)]
    assert [a.overdue_at(late) for a in fire] == [False]
    assert escalated == (0,)
    assert next_due is None
    assert after_restart == ([("acknowledged", None, 0)], (0,))
