"""A 平時 -> 戰時 switch recorded by another process (the web API) changes the stored
deadlines of open assignments at once, and overdue ones escalate on the next poll."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from common.db import connect
from common.settings import Settings
from ops_center import repo
from ops_center.dispatch import Mode, ModeSwitched, load_routing
from ops_center.service import OpsService

pytestmark = pytest.mark.integration

ROUTING = load_routing(Path(__file__).parents[3] / "ops_center" / "routing.yaml")
INSERT_EVENT = """
INSERT INTO events (time, source_id, domain, feed, event_key, category, severity, geom, payload)
VALUES (%s, %s, 'disaster', 'fire_alarm', 'k', 'alarm', 'Severe',
        ST_SetSRID(ST_MakePoint(120.6564, 24.1819), 4326), '{}')
"""
SQL_STORED = """
SELECT a.agency, extract(epoch FROM a.deadline - a.assigned_at)::float8, a.escalations
FROM ops_assignments a JOIN ops_incident_members m ON m.incident_id = a.incident_id
WHERE m.source_id = %s AND a.state = 'assigned' ORDER BY a.agency
"""


def test_stored_deadlines_follow_a_switch_made_by_another_process(
    db_settings: Settings, unique_id: str
) -> None:
    peace, emergency = ROUTING.modes[Mode.PEACETIME], ROUTING.modes[Mode.EMERGENCY]
    t0 = time.time()
    clock = [t0]
    source = f"mode-deadline-{unique_id}"
    with connect(db_settings, autocommit=True) as conn, connect(db_settings, autocommit=True) as web:
        # Any earlier test's switch is undone first: this one starts in peacetime.
        repo.record_mode_switch(web, ModeSwitched(Mode.EMERGENCY, Mode.PEACETIME, t0 - 10, "test", "reset"))
        svc = OpsService(conn, ROUTING, idle_after_s=None, clock=lambda: clock[0])
        svc.start()
        web.execute(INSERT_EVENT, (datetime.now(UTC), source))
        deadline = time.monotonic() + 15
        while not (stored := conn.execute(SQL_STORED, (source,)).fetchall()):
            assert time.monotonic() < deadline, "the fire alarm was never dispatched"
            svc.poll_once()
            time.sleep(0.02)
        assert {round(s) for _, s, _ in stored} == {peace.ack_deadline_s}

        # Past the emergency deadline, well before the peacetime one; the coordinator
        # switches through the web (another process: only the switch row is written).
        clock[0] = t0 + emergency.ack_deadline_s + 60
        assert clock[0] < t0 + peace.ack_deadline_s
        repo.record_mode_switch(
            web, ModeSwitched(Mode.PEACETIME, Mode.EMERGENCY, clock[0], "coordinator-1", "颱風陸上警報"))
        svc.poll_once()
        after = conn.execute(SQL_STORED, (source,)).fetchall()
    assert [a for a, _, _ in after] == [a for a, _, _ in stored]
    assert {round(s) for _, s, _ in after} == {emergency.ack_deadline_s}
    assert all(esc >= 1 for _, _, esc in after), after
