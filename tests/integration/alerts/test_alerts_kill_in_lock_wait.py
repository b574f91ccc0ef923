"""An evaluator killed while its step waits on a lock hands its consumer lock over within seconds.

The evaluator holds its consumer lock (a session advisory lock) on its database session. A
process killed with SIGKILL closes its socket, but a backend that is waiting on a lock
reads no socket: without a check of the client's connection it waits, holding the
consumer lock and its step's row locks, until the blocking lock frees, and the
supervisor's replacement cannot take over meanwhile (it fails to take the consumer lock
and retries). Here a test session holds the evaluator's watermark row (``FOR UPDATE``, as
any long transaction on that row would), the supervised evaluator's next step waits on
it, and the evaluator is killed with SIGKILL mid-wait. While the blocking lock is still
held, the killed process's backend must end, the replacement must take the consumer lock,
prime, and step as far as the same row; once the lock frees, a reading committed meanwhile
becomes its alert, raised once.
"""

from __future__ import annotations

import os
import re
import signal
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest

from common.settings import Settings
from tests.fix_services import start_soc, stop_processes
from tests.integration.alerts.alerts_helpers import add_water_sensor, insert_readings
from tests.integration.ops_center.ops_helpers import wait_for

pytestmark = [pytest.mark.integration, pytest.mark.slow]

#: The supervisor judges no beat in this test: a step waiting on a lock does not beat, and the
#: replacement must come from the kill alone.
STALE_AFTER_S = 600.0

SQL_HOLD_WATERMARK = "SELECT 1 FROM alert_watermarks WHERE consumer = 'alerts' FOR UPDATE"
#: The backend holding the evaluator's consumer lock (alerts/repo.py SQL_TRY_LOCK's key)
#: and what it waits for.
SQL_HOLDER = """
SELECT l.pid, a.wait_event_type, a.query
FROM pg_locks l JOIN pg_stat_activity a USING (pid)
WHERE l.locktype = 'advisory' AND l.granted
  AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
  AND l.objid::bigint = (hashtext('alerts.evaluator:alerts')::bigint & 4294967295)
"""
SQL_BACKEND_ALIVE = "SELECT count(*) FROM pg_stat_activity WHERE pid = %s"
SQL_RAISES = """
SELECT count(*) FROM alert_transitions t JOIN alerts a USING (alert_id)
WHERE a.rule_id = 'water-level' AND a.source_id = %s AND t.action = 'raise'
"""


def _children(log: Path) -> list[int]:
    text = log.read_text(errors="replace")
    return [int(p) for p in re.findall(r"child_(?:started|restarted) name=alerts pid=(\d+)", text)]


def test_a_killed_evaluator_waiting_on_a_lock_lets_its_replacement_take_over_while_the_lock_is_held(
        db_settings: Settings, tmp_path: Path) -> None:
    log = tmp_path / "supervisor.log"
    watch = psycopg.connect(db_settings.db.conninfo(), autocommit=True)
    blocker = psycopg.connect(db_settings.db.conninfo())
    sup = start_soc(db_settings, log, "supervise", "alerts", SOC_HEALTH__STALE_AFTER_S=str(STALE_AFTER_S),
                    SOC_HEALTH__BEAT_EVERY_S="0", SOC_ALERTS__POLL_INTERVAL_MS="100")
    try:
        def holder() -> tuple[int, str | None, str] | None:
            assert sup.poll() is None, log.read_text(errors="replace")[-3000:]
            row = watch.execute(SQL_HOLDER).fetchone()
            return None if row is None else (int(row[0]), row[1], str(row[2]))

        wait_for(holder, 120.0, "the evaluator holding its consumer lock")
        blocker.execute(SQL_HOLD_WATERMARK)  # the transaction stays open: the row stays locked

        def waiting() -> int | None:
            got = holder()
            return got[0] if got and got[1] == "Lock" and "alert_watermarks" in got[2] else None

        old_backend = wait_for(waiting, 60.0, "the evaluator's step waiting on the watermark row")
        (child,) = _children(log)
        add_water_sensor(watch, "WLk-1")
        insert_readings(watch, [("WLk-1", datetime.now(UTC), 10.6)])
        os.kill(child, signal.SIGKILL)

        def replaced() -> int | None:
            got = holder()
            if got is None or got[0] == old_backend or len(_children(log)) < 2:
                return None
            return got[0] if got[1] == "Lock" and "alert_watermarks" in got[2] else None

        # A bound on waiting: the blocking lock is held all along, so a backend that never
        # checked its client would keep the consumer lock past it.
        new_backend = wait_for(replaced, 60.0, "the replacement holding the consumer lock, its step at the row")
        assert watch.execute(SQL_BACKEND_ALIVE, (old_backend,)).fetchone() == (0,)
        assert blocker.info.transaction_status == psycopg.pq.TransactionStatus.INTRANS
        blocker.rollback()

        def raised() -> bool:
            row = watch.execute(SQL_RAISES, ("WLk-1",)).fetchone()
            return bool(row and row[0])

        wait_for(raised, 60.0, "the reading committed during the wait raised by the replacement")
        assert watch.execute(SQL_RAISES, ("WLk-1",)).fetchone() == (1,)
        got = holder()
        assert got is not None
        assert got[0] == new_backend
    finally:
        blocker.close()
        watch.close()
        assert stop_processes([sup]) == [0], log.read_text(errors="replace")[-3000:]
