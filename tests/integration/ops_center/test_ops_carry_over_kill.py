"""A crew carried over to the job that took its incident stays there across a kill -9 of the
ops center.

``soc ops run`` on a private TimescaleDB + Mosquitto, the reports through the real broker
and ingest worker (acceptance finding: 河南路, a typhoon night): a patrol's report of cars
trapped in water opens a rescue job and the fire bureau is sent; its desk (account
``agency-fire``) acknowledges. Another patrol reports the flood 40 m along the street: the
flood takes the rescue, and the fire bureau's assignment is carried over to the flood
(docs/ops_center.md, "When an incident is routed").

- Acknowledged, carried over, then the ops center is killed with SIGKILL and started again:
  the assignment is still the flood's (the desk's en-route report there moves it), the merged
  rescue's cancelled, and the desk's retained assignments name the flood and not the rescue.
- On scene, and the ops center killed in the middle of the carry-over (its transaction has
  sent the merge and the moved assignments and waits on a lock the test holds on the audit
  log): after the restart the fire bureau has exactly one live assignment, on the flood, on
  scene, and none on the rescue; the desk's retained assignments name only the flood, and its
  report of clearing there is applied.
"""

from __future__ import annotations

import signal
import subprocess
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import psycopg
import pytest

from common.db import connect
from common.settings import Settings
from tests.integration.ingest.ingest_helpers import running_worker
from tests.integration.ops_center.ops_helpers import (
    fire_assignments,
    fire_crew_sent,
    fire_reports,
    fire_retained,
    police_report,
    publish_police,
    stored,
    wait_for,
)

pytestmark = [pytest.mark.integration, pytest.mark.slow]

TRAPPED = ("road_flooding", "河南路積水約40公分，車輛受困", 120.6528)
WATER = ("flooding_report", "河南路積水約30公分 車道封閉中", 120.6532)

#: A session waiting on the audit log while holding the locks of the merges and the assignment
#: moves it wrote in the same transaction: the ops center's poll in the middle of its carry-over.
SQL_MID_CARRY_OVER = """
SELECT count(*) FROM pg_locks w
WHERE NOT w.granted AND w.relation = 'audit_log'::regclass
  AND EXISTS (SELECT 1 FROM pg_locks l WHERE l.pid = w.pid AND l.granted AND l.relation = 'ops_merges'::regclass)
  AND EXISTS (SELECT 1 FROM pg_locks l WHERE l.pid = w.pid AND l.granted
              AND l.relation = 'ops_assignment_transitions'::regclass)
"""


def _survivor(conn: psycopg.Connection, rescue: str) -> str:
    merged = wait_for(lambda: conn.execute("SELECT survivor FROM ops_merges WHERE absorbed = %s",
                                           (rescue,)).fetchone(), 60, "the flood taking the rescue")
    assert isinstance(merged, tuple)
    return str(merged[0])


def test_a_crew_carried_over_to_the_job_that_took_its_incident_stays_there_after_a_kill(
        center: tuple[Settings, Callable[[], subprocess.Popen[bytes]]]) -> None:
    s, start = center
    t0 = datetime.now(UTC) - timedelta(minutes=10)
    ops = start()
    with running_worker(s, "carry-over-ingest"), connect(s, autocommit=True) as conn:
        rescue = fire_crew_sent(s, conn, "soc/v1/police/incident/carry-trapped", police_report(t0, *TRAPPED))
        publish_police(s, "soc/v1/police/incident/carry-water", police_report(t0 + timedelta(minutes=2), *WATER))
        flood = _survivor(conn, rescue)
        expected = sorted([(rescue, "cancelled"), (flood, "acknowledged")])
        wait_for(lambda: fire_assignments(conn) == expected, 60, "the fire bureau carried over to the flood")

        ops.send_signal(signal.SIGKILL)
        ops.wait(10)
        start()
        # the restarted center holds the crew on the flood: the desk's next report there moves it
        fire_reports(s, flood, "en_route")
        expected = sorted([(rescue, "cancelled"), (flood, "en_route")])
        wait_for(lambda: fire_assignments(conn) == expected, 90, "the en-route report applied on the flood")
        after = fire_assignments(conn)
        retained = fire_retained(s, flood)
        acks = conn.execute("SELECT count(*) FROM ops_assignment_transitions WHERE agency = 'fire'"
                            " AND to_state = 'acknowledged' AND from_state IS NOT NULL").fetchone()
    assert after == expected
    assert retained == {flood: "en_route"}
    assert acks == (1,)  # acknowledged once, on the rescue; carried over, not acknowledged again


def test_a_kill_in_the_middle_of_carrying_over_a_crew_on_scene_leaves_it_once_on_the_job(
        center: tuple[Settings, Callable[[], subprocess.Popen[bytes]]]) -> None:
    s, start = center
    t0 = datetime.now(UTC) - timedelta(minutes=10)
    ops = start()
    with running_worker(s, "on-scene-ingest"), connect(s, autocommit=True) as conn, connect(s) as blocker:
        rescue = fire_crew_sent(s, conn, "soc/v1/police/incident/scene-trapped", police_report(t0, *TRAPPED),
                                ("acknowledged", "on_scene"))
        # the flood's report stored while the center is down, the audit log locked after its commit
        # (an open transaction holds the commit horizon back): the next poll carries the crew over
        # and waits at its audit rows, its COMMIT still to come
        ops.send_signal(signal.SIGKILL)
        ops.wait(10)
        publish_police(s, "soc/v1/police/incident/scene-water", police_report(t0 + timedelta(minutes=2), *WATER))
        wait_for(lambda: stored(conn, ["scene-water"]) == 1, 30, "the water report stored")
        blocker.execute("LOCK TABLE audit_log IN SHARE MODE")
        ops = start()
        wait_for(lambda: conn.execute(SQL_MID_CARRY_OVER).fetchone() == (1,), 90,
                 "the center's poll in the middle of the carry-over")
        ops.send_signal(signal.SIGKILL)
        ops.wait(10)
        blocker.rollback()
        # nothing of it committed
        assert fire_assignments(conn) == [(rescue, "on_scene")]
        assert conn.execute("SELECT count(*) FROM ops_merges").fetchone() == (0,)

        start()
        flood = _survivor(conn, rescue)
        expected = sorted([(rescue, "cleared"), (flood, "on_scene")])
        wait_for(lambda: fire_assignments(conn) == expected, 60, "the crew carried over to the flood")
        live = conn.execute(
            "SELECT incident_id, agency, count(*) FROM ops_assignments"
            " WHERE state NOT IN ('cleared', 'cancelled') GROUP BY incident_id, agency ORDER BY 1, 2").fetchall()
        times = conn.execute("SELECT incident_id, assigned_at, acknowledged_at FROM ops_assignments"
                             " WHERE agency = 'fire' ORDER BY incident_id").fetchall()
        retained = fire_retained(s, flood)
        # the desk's next report is the flood's
        fire_reports(s, flood, "cleared")
        done = sorted([(rescue, "cleared"), (flood, "cleared")])
        wait_for(lambda: fire_assignments(conn) == done, 90, "the desk's clearing applied on the flood")
    # one live assignment per agency, every one on the flood: its own four and the fire bureau's crew
    assert live == [(flood, a, 1) for a in sorted(["fire", "police", "public_works", "traffic", "water"])]
    # the crew keeps when it was sent and when it acknowledged
    assert [(t[1], t[2]) for t in times if t[0] == flood] == [(t[1], t[2]) for t in times if t[0] == rescue]
    assert retained == {flood: "on_scene"}
