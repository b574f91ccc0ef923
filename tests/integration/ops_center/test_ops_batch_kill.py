"""A kill -9 in the middle of a poll's batch loses no row and writes none twice.

``soc ops run`` on a private TimescaleDB + Mosquitto. Twenty fire panel alarms,
far apart, are committed in one transaction, so one poll opens twenty fires and
dispatches each to three agencies. The test holds the audit log locked (from
before the ops center starts, after the alarms' commit: an open transaction
holds the commit horizon back, docs/architecture.md "Commit order"): the
poll has sent its incidents, members, history, assignments and transitions and
waits on the lock with its audit rows, its watermark and its COMMIT still to
come. The ops center is killed with SIGKILL there, the lock released and a new
``soc ops run`` started: every incident, assignment, transition, CAP message and
audit row is then there exactly once, and the incidents and assignments are those
of a run without the kill (the service in-process on a database of its own).
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
import pytest

from common.db import connect
from common.migrate import migrate
from common.settings import Settings
from ops_center.dispatch import load_routing
from ops_center.service import OpsService
from tests.fix_services import ROOT
from tests.integration.ops_center.ops_helpers import kill_when_blocked, wait_for

pytestmark = [pytest.mark.integration, pytest.mark.slow]

N = 20
AGENCIES = 3  # routing.yaml: fire -> fire, police, environment
T0 = datetime(2026, 9, 1, 8, 0, tzinfo=UTC)
INSERT_ALARM = """
INSERT INTO events (time, source_id, domain, feed, event_key, category, severity, geom, payload)
VALUES (%s, %s, 'disaster', 'fire_alarm', 'k', 'alarm', 'Severe', ST_SetSRID(ST_MakePoint(%s, %s), 4326), '{}')
"""
COUNTS = """
SELECT (SELECT count(*) FROM ops_incidents),
       (SELECT count(*) FROM ops_incident_members),
       (SELECT count(*) FROM ops_incident_history WHERE action = 'opened'),
       (SELECT count(DISTINCT incident_id) FROM ops_incident_history WHERE action = 'opened'),
       (SELECT count(*) FROM ops_cap_messages WHERE direction = 'out'),
       (SELECT count(*) FROM ops_assignments),
       (SELECT count(*) FROM ops_assignment_transitions),
       (SELECT count(DISTINCT (incident_id, agency)) FROM ops_assignment_transitions),
       (SELECT count(*) FROM audit_log WHERE action = 'assignment.assigned'),
       (SELECT count(DISTINCT (subject_id, detail ->> 'agency')) FROM audit_log
         WHERE action = 'assignment.assigned')
"""
LAST_BEAT = "SELECT max(beat_at) FROM service_heartbeats WHERE service = 'ops'"
OUTCOME = """
SELECT i.incident_id, i.type, i.state, array_agg(DISTINCT m.source_id ORDER BY m.source_id),
       (SELECT array_agg(a.agency || ':' || a.state ORDER BY a.agency) FROM ops_assignments a
         WHERE a.incident_id = i.incident_id)
FROM ops_incidents i JOIN ops_incident_members m USING (incident_id)
GROUP BY i.incident_id, i.type, i.state ORDER BY i.incident_id
"""


def commit_alarms(conn: psycopg.Connection[Any]) -> None:
    """Twenty fire alarms 3 km apart (twenty fires), in one transaction."""
    with conn.transaction():
        for i in range(N):
            conn.execute(INSERT_ALARM, (T0 + timedelta(seconds=i), f"fa-batch-{i}", 120.4 + 0.03 * i, 24.1))


def reference(s: Settings) -> list[tuple[Any, ...]]:
    """The incidents and assignments of the same alarms without a kill (in-process, own database)."""
    name = "soc_ref"
    with connect(s, dbname="postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"'.encode())
    ref = s.model_copy(update={"db": s.db.model_copy(update={"name": name})})
    routing = load_routing(ROOT / "ops_center" / "routing.yaml")
    with connect(ref, autocommit=True) as conn:
        migrate(conn)
        commit_alarms(conn)
        ops = OpsService(conn, routing, idle_after_s=None)
        ops.start()
        wait_for(lambda: ops.poll_once().items, 30, "the reference poll")
        return conn.execute(OUTCOME).fetchall()


def test_a_kill_during_a_batch_loses_and_repeats_nothing(
        center: tuple[Settings, Callable[[], subprocess.Popen[bytes]]]) -> None:
    s, start = center
    with connect(s, autocommit=True) as conn, connect(s) as blocker:
        commit_alarms(conn)
        # Conflicts with INSERT (ROW EXCLUSIVE), not with reads: the batch waits at its audit rows.
        # Taken after the alarms' commit, so the commit horizon is past them.
        blocker.execute("LOCK TABLE audit_log IN SHARE MODE")
        ops = start()

        kill_when_blocked(conn, ops, blocker, 90, "the ops center's batch to reach its audit rows", "audit_log")
        assert conn.execute("SELECT count(*) FROM ops_incidents").fetchone() == (0,)

        start()
        wait_for(lambda: conn.execute(COUNTS).fetchone() == (N, N, N, N, N, N * AGENCIES, N * AGENCIES, N * AGENCIES,
                                                          N * AGENCIES, N * AGENCIES),
              90, "every incident and dispatch stored once after the restart")
        # More polls: the loop beats only after a step, so two more beats (1 s apart) hold one.
        for _ in range(2):
            seen = conn.execute(LAST_BEAT).fetchone()
            wait_for(lambda seen=seen: conn.execute(LAST_BEAT).fetchone() != seen, 30, "the ops center to poll again")
        assert conn.execute(COUNTS).fetchone() == (N, N, N, N, N, N * AGENCIES, N * AGENCIES, N * AGENCIES,
                                                   N * AGENCIES, N * AGENCIES)
        outcome = conn.execute(OUTCOME).fetchall()
    assert outcome == reference(s)
