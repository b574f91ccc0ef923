"""An agency's report survives a kill -9 of the ops center between its receipt and its commit.

``soc ops run`` on a private TimescaleDB + Mosquitto dispatches a fire alarm to
the fire desk. The test holds the fire assignment's row locked, the fire desk
(account ``agency-fire``) reports ``acknowledged`` over MQTT, and once the ops
center waits on that lock (it has received the report and is inside the
report's transaction) it is killed with SIGKILL. Then the lock is released and
a new ``soc ops run`` started: the assignment must end acknowledged, because the
ops center acknowledges a report to the broker only after its commit
(persistent session, QoS 1, manual acks), so the broker delivers it again.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from common.db import connect
from common.settings import Settings
from tests.fix_mqtt import connect_client
from tests.integration.ops_center.ops_helpers import kill_when_blocked, wait_for

pytestmark = [pytest.mark.integration, pytest.mark.slow]

SOURCE = "fa-kill-window"


def test_a_report_received_but_not_committed_when_ops_is_killed_is_applied_after_the_restart(
        center: tuple[Settings, Callable[[], subprocess.Popen[bytes]]]) -> None:
    s, start = center
    ops = start()
    with connect(s, autocommit=True) as conn, connect(s) as blocker:
        conn.execute(
            "INSERT INTO events (time, source_id, domain, feed, event_key, category, severity, geom, payload)"
            " VALUES (%s, %s, 'disaster', 'fire_alarm', 'k', 'alarm', 'Severe',"
            " ST_SetSRID(ST_MakePoint(120.66, 24.19), 4326), '{}')", (datetime.now(UTC), SOURCE))

        def fire_assignment() -> tuple[str, str] | None:
            row = conn.execute(
                "SELECT a.incident_id, a.state FROM ops_assignments a JOIN ops_incident_members m USING (incident_id)"
                " WHERE m.source_id = %s AND a.agency = 'fire'", (SOURCE,)).fetchone()
            return (str(row[0]), str(row[1])) if row else None

        found = wait_for(fire_assignment, 90, "the fire dispatch")
        assert isinstance(found, tuple)
        incident_id = found[0]
        assert found[1] == "assigned"

        # Hold the assignment: the report's transaction waits on this lock, uncommitted.
        blocker.execute("SELECT 1 FROM ops_assignments WHERE incident_id = %s AND agency = 'fire' FOR UPDATE",
                        (incident_id,))
        desk = connect_client(s, "agency-fire")
        try:
            body = json.dumps({"state": "acknowledged", "by": "值班 fire", "note": "kill window"}).encode()
            desk.publish(f"soc/v1/dispatch/fire/status/{incident_id}", body, qos=1).wait_for_publish(10)
        finally:
            desk.disconnect()
            desk.loop_stop()

        kill_when_blocked(conn, ops, blocker, 60, "the ops center to apply the report")

        start()
        wait_for(lambda: (fire_assignment() or ("", ""))[1] == "acknowledged", 90,
              "the report to be applied after the restart")
        rows = conn.execute(
            "SELECT actor FROM audit_log WHERE action = 'assignment.acknowledged' AND subject_id = %s",
            (incident_id,)).fetchall()
    assert rows == [("agency-fire",)]
