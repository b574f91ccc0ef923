"""Helpers of the ops center's integration tests."""

from __future__ import annotations

import signal
import subprocess
import time
from collections.abc import Callable
from typing import Any

import psycopg

#: Lock requests of other sessions of this database not granted yet (on one relation, if named).
SQL_LOCK_WAITERS = """
SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a USING (pid)
WHERE NOT l.granted AND a.pid <> pg_backend_pid() AND a.datname = current_database()
  AND (%(relation)s::text IS NULL OR l.relation = %(relation)s::text::regclass)
"""


def wait_for(predicate: Callable[[], object], timeout_s: float, what: str) -> object:
    """Poll ``predicate`` every 0.2 s until it returns something true (returned); fail after ``timeout_s``."""
    deadline = time.monotonic() + timeout_s
    while True:
        value = predicate()
        if value:
            return value
        assert time.monotonic() < deadline, f"timed out after {timeout_s:.0f} s: {what}"
        time.sleep(0.2)


def kill_when_blocked(conn: psycopg.Connection[Any], ops: subprocess.Popen[bytes], blocker: psycopg.Connection[Any],
                      timeout_s: float, what: str, relation: str | None = None) -> None:
    """Wait until another session waits on a lock (on ``relation``, if named): the one ``blocker``
    holds, with ``ops`` in the middle of its transaction; kill ``ops`` with SIGKILL there, then
    release the lock (``blocker`` rolls back)."""

    def waiting() -> bool:
        row = conn.execute(SQL_LOCK_WAITERS, {"relation": relation}).fetchone()
        return bool(row and row[0])

    wait_for(waiting, timeout_s, what)
    ops.send_signal(signal.SIGKILL)
    ops.wait(10)
    blocker.rollback()
