"""The real ``soc alerts run``, with no supervisor, ends itself when its step stays stuck.

Under compose nothing but the process's own watchdog can turn a stuck evaluator into a
restart: Docker restarts a container whose process exits, not one that is unhealthy. Here a
test session holds the evaluator's watermark row (``FOR UPDATE``, as any long transaction on
that row would), the evaluator's next step waits on it (its backend at work on the statement,
which the answer deadline leaves alone), and a reading above its alert level is committed
meanwhile. The runner's watchdog (``SOC_HEALTH__STALL_AFTER_S``, :data:`STALL_AFTER_S` here)
must end the process with exit code 70 (``loop_stalled``) while the row is still held; once
the row frees, a new process (what the restart policy starts) raises that reading's alert
once.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest

from common.runner import EXIT_STALLED
from common.settings import Settings
from tests.fix_services import start_soc, stop_processes
from tests.integration.alerts.alerts_helpers import add_water_sensor, insert_readings
from tests.integration.alerts.test_alerts_kill_in_lock_wait import SQL_HOLD_WATERMARK, SQL_RAISES
from tests.integration.ops_center.ops_helpers import wait_for

pytestmark = [pytest.mark.integration, pytest.mark.slow]

#: The watchdog's limit here (300 s as shipped).
STALL_AFTER_S = 8.0
#: A bound on waiting for the process to end itself; not a timing assertion.
BOUND_S = 90.0

SQL_WAITING = """
SELECT count(*) FROM pg_stat_activity
WHERE wait_event_type = 'Lock' AND query LIKE '%%alert_watermarks%%' AND pid <> pg_backend_pid()
"""


def test_a_step_stuck_on_a_held_row_ends_the_evaluator_and_a_new_one_raises_once(
        db_settings: Settings, tmp_path: Path) -> None:
    log = tmp_path / "alerts.log"
    env = {"SOC_HEALTH__STALL_AFTER_S": str(STALL_AFTER_S), "SOC_ALERTS__POLL_INTERVAL_MS": "100"}
    watch = psycopg.connect(db_settings.db.conninfo(), autocommit=True)
    blocker = psycopg.connect(db_settings.db.conninfo())
    first = start_soc(db_settings, log, "alerts", "run", **env)
    second = None
    try:
        wait_for(lambda: "alerts_started" in log.read_text(errors="replace") or first.poll() is not None,
                 120.0, "the evaluator started")
        assert first.poll() is None, log.read_text(errors="replace")[-3000:]
        blocker.execute(SQL_HOLD_WATERMARK)  # the transaction stays open: the row stays locked
        add_water_sensor(watch, "WLw-1")
        insert_readings(watch, [("WLw-1", datetime.now(UTC), 10.6)])

        def waiting() -> bool:
            row = watch.execute(SQL_WAITING).fetchone()
            return bool(row and row[0]) or first.poll() is not None

        wait_for(waiting, 60.0, "the evaluator's step waiting on the watermark row")
        wait_for(lambda: first.poll() is not None, BOUND_S,
                 f"the evaluator ending itself {STALL_AFTER_S:.0f} s into its stuck step")
        assert first.returncode == EXIT_STALLED, log.read_text(errors="replace")[-3000:]
        assert "loop_stalled" in log.read_text(errors="replace")
        assert blocker.info.transaction_status == psycopg.pq.TransactionStatus.INTRANS  # held all along
        blocker.rollback()

        second = restarted = start_soc(db_settings, log, "alerts", "run", **env)  # what the restart policy does

        def raised() -> bool:
            assert restarted.poll() is None, log.read_text(errors="replace")[-3000:]
            row = watch.execute(SQL_RAISES, ("WLw-1",)).fetchone()
            return bool(row and row[0])

        wait_for(raised, 90.0, "the reading committed during the stuck step raised by the new evaluator")
        assert watch.execute(SQL_RAISES, ("WLw-1",)).fetchone() == (1,)
    finally:
        blocker.close()
        watch.close()
        stop_processes([p for p in (first, second) if p is not None])


def test_a_consumer_lock_held_for_good_is_waited_for_inside_the_watchdogs_limit(
        db_settings: Settings, tmp_path: Path) -> None:
    """Another session holds the evaluator's consumer lock for good: each start waits for it
    (one statement, no turn of the loop) for less than the watchdog's limit, fails, and is
    tried again; the process is never ended as stalled."""
    log = tmp_path / "alerts.log"
    with psycopg.connect(db_settings.db.conninfo(), autocommit=True) as holder:
        holder.execute("SELECT pg_advisory_lock(hashtext('alerts.evaluator:alerts'))")
        proc = start_soc(db_settings, log, "alerts", "run", SOC_HEALTH__STALL_AFTER_S=str(STALL_AFTER_S),
                         SOC_ALERTS__POLL_INTERVAL_MS="100")
        try:
            def waited_twice() -> bool:
                return (log.read_text(errors="replace").count("alerts_consumer_lock_waiting") >= 2
                        or proc.poll() is not None)

            wait_for(waited_twice, BOUND_S, "two starts waiting for the held consumer lock")
            assert proc.poll() is None, log.read_text(errors="replace")[-3000:]
            assert "loop_stalled" not in log.read_text(errors="replace")
        finally:
            stop_processes([proc])
