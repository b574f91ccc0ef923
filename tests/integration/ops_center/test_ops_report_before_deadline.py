"""An agency's report the center received before a deadline counts at the time it came in,
even when the database kept the center from applying it until after that deadline.

The ops worker's MQTT thread goes on receiving while its database is frozen or down; the
report waits in the worker's queue. Here the fire desk acknowledges 12 s before its
15-minute deadline, the database is away until 25 s after it, and the runner then opens the
worker anew on a fresh connection (as after an outage) and steps it. The assignment must be
acknowledged at the report's time, nobody escalated for it, and the desk never told its work
is ``assigned`` again once it had acknowledged it.
"""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime

import psycopg
import pytest

from common.settings import Settings
from tests.integration.ops_center.ops_helpers import INSERT_FIRE_ALARM, clocked_worker, open_and_step

pytestmark = pytest.mark.integration


def test_an_acknowledgement_received_before_its_deadline_is_not_escalated(
        db_settings: Settings, db_dsn: str, unique_id: str) -> None:
    now = [time.time()]
    worker, sent = clocked_worker(db_settings, now)
    source = f"fa-{unique_id}"
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        conn.execute(INSERT_FIRE_ALARM, (datetime.fromtimestamp(now[0], tz=UTC), source))
        open_and_step(worker, conn)
        row = conn.execute(
            "SELECT a.incident_id, extract(epoch FROM a.deadline) FROM ops_assignments a"
            " JOIN ops_incident_members m USING (incident_id)"
            " WHERE m.source_id = %s AND a.agency = 'fire' AND a.state = 'assigned'", (source,)).fetchone()
        assert row is not None, "the fire was not dispatched to the fire bureau"
        incident_id, deadline = str(row[0]), float(row[1])
        worker.close(conn)

    # The database goes away; the desk's acknowledgement comes in 12 s before the deadline.
    now[0] = deadline - 12.0
    acked: list[bool] = []
    worker.on_message(f"soc/v1/dispatch/fire/status/{incident_id}",
                      json.dumps({"state": "acknowledged", "by": "fire desk", "note": ""}).encode(),
                      lambda: acked.append(True))
    told_from = len(sent)
    # It is back 25 s after the deadline: a fresh connection, the worker opened anew.
    now[0] = deadline + 25.0
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        open_and_step(worker, conn)
        escalations = conn.execute("SELECT agency, level FROM ops_escalations WHERE incident_id = %s",
                                   (incident_id,)).fetchall()
        a = conn.execute(
            "SELECT state, extract(epoch FROM acknowledged_at), escalations FROM ops_assignments"
            " WHERE incident_id = %s AND agency = 'fire'", (incident_id,)).fetchone()
        audit = conn.execute(
            "SELECT extract(epoch FROM at) FROM audit_log WHERE action = 'assignment.acknowledged'"
            " AND subject_id = %s", (incident_id,)).fetchall()
        worker.close(conn)
    assert acked == [True]
    assert a is not None
    assert a[0] == "acknowledged"
    assert float(a[1]) == pytest.approx(deadline - 12.0, abs=0.01), "acknowledged when applied, not received"
    assert [float(r[0]) for r in audit] == [pytest.approx(deadline - 12.0, abs=0.01)]
    assert ("fire", 1) not in escalations, f"escalated though acknowledged in time: {escalations}"
    assert a[2] == 0
    fire_states = [json.loads(p)["state"] for t, p in sent[told_from:]
                   if t == f"soc/v1/dispatch/fire/assignment/{incident_id}" and p]
    assert fire_states, "the desk was not told its assignment's state"
    assert "assigned" not in fire_states, f"the desk was told 'assigned' after it acknowledged: {fire_states}"
