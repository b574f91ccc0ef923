"""The consumers of committed rows ride out a database that refuses every write, and do their
work once when it takes writes again.

A full disk or a server turned read-only (a standby after a failover) refuses writes while it
still answers reads: every step of ``soc alerts run``, ``soc ops run``, ``soc db maintain`` and ``soc kpi run``
reads its rows, works, and fails at its first write, again and again. Here the role's sessions
are made read-only (``default_transaction_read_only``, the processes' sessions ended so that
they reconnect into it) for :data:`REFUSAL_S`, while a water level above its alert level is
committed (by the test's own writable session, as ingest would on a disk with room for
readings). Meanwhile nobody exits and nothing of that flood is written; once writes are taken
again, without any restart or reconnection forced, the same processes raise its alert, open
its incident and dispatch it exactly as they do for the same flood at a station where nothing
failed (no alert, incident or assignment twice), and beat again.
"""

from __future__ import annotations

import time
import uuid
from datetime import UTC, datetime, timedelta

import psycopg
import pytest

from common.db import connect
from common.settings import Settings
from tests.integration.common import test_runner_faults as runner_faults
from tests.integration.common.test_runner_faults import PROCESSES, Center, _add_station, _beating, _query, _wait

pytestmark = [pytest.mark.integration, pytest.mark.slow]

#: The four consumers on a private instance of this module's own (that module's fixture).
center = runner_faults.center

#: How long writes are refused (about four of the runner's backoff caps, 5 s).
REFUSAL_S = 20.0

SQL_WORK = """
SELECT (SELECT count(*) FROM alerts WHERE source_id = %s),
       (SELECT count(DISTINCT incident_id) FROM ops_incident_members WHERE source_id = %s),
       (SELECT count(*) FROM ops_assignments a
         WHERE a.incident_id IN (SELECT incident_id FROM ops_incident_members WHERE source_id = %s)),
       (SELECT count(*) > 0 FROM readings_1m WHERE sensor_id = %s)
"""


def _flood(s: Settings, sid: str) -> None:
    """Three minutes of a level above alert level 1, committed now on a writable session."""
    now = datetime.now(UTC).replace(microsecond=0)
    rows = [(now - timedelta(seconds=10 * i), sid, 11.5) for i in range(18, -1, -1)]
    with connect(s, autocommit=True) as conn:
        conn.execute("SET default_transaction_read_only = off")  # before the transaction begins
        with conn.transaction(), conn.cursor() as cur:
            cur.executemany("INSERT INTO readings (time, sensor_id, metric, value)"
                            " VALUES (%s, %s, 'water_level_m', %s)", rows)


def _end_sessions(s: Settings) -> None:
    """End every session of the processes' role but this one."""
    with psycopg.connect(s.db.conninfo(), autocommit=True) as conn:
        conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                     " WHERE usename = current_user AND pid <> pg_backend_pid()")


def _work(s: Settings, sid: str) -> tuple[int, int, int, bool]:
    rows = _query(s, SQL_WORK, (sid,) * 4)
    if not rows:
        return (0, 0, 0, False)
    a, i, d, m = rows[0]
    return int(str(a)), int(str(i)), int(str(d)), bool(m)


def _done(s: Settings, sid: str) -> bool:
    alerts, incidents, assignments, rolled = _work(s, sid)
    return alerts > 0 and incidents > 0 and assignments > 0 and rolled


def test_a_database_that_refuses_every_write_is_ridden_out_and_the_work_done_once(center: Center) -> None:
    _, s, procs, _ = center
    ref, sid = f"WR-{uuid.uuid4().hex[:6]}", f"WF-{uuid.uuid4().hex[:6]}"
    _add_station(s, ref)
    _add_station(s, sid)
    # The evaluator reads its stations when it opens: its sessions ended, it opens anew.
    _end_sessions(s)
    opened = datetime.now(UTC)
    _wait(lambda: _beating(s, since=opened) >= set(PROCESSES), 60, "every process beating after reopening")
    _flood(s, ref)  # the same flood where nothing fails: what the work is
    _wait(lambda: _done(s, ref), 90, "the reference flood's alert, incident, dispatch and rollup")

    with psycopg.connect(s.db.conninfo(), autocommit=True) as conn:
        conn.execute("ALTER ROLE CURRENT_USER SET default_transaction_read_only = on")
    _end_sessions(s)  # the processes reconnect into read-only sessions
    try:
        _flood(s, sid)
        held = time.monotonic()
        while time.monotonic() - held < REFUSAL_S:  # the fault itself: writes are refused this long
            for name, proc in procs.items():
                assert proc.poll() is None, f"{name} exited while writes were refused (code {proc.returncode})"
            time.sleep(0.5)
        assert _work(s, sid) == (0, 0, 0, False), "written while every write was refused"
    finally:
        with psycopg.connect(s.db.conninfo(), autocommit=True) as conn:
            conn.execute("SET default_transaction_read_only = off")
            conn.execute("ALTER ROLE CURRENT_USER RESET default_transaction_read_only")
    back = datetime.now(UTC)
    _wait(lambda: _done(s, sid), 120, "the flood's alert, incident, dispatch and rollup once writes are taken")
    _wait(lambda: _beating(s, since=back) >= set(PROCESSES), 60, "every process beating again")
    time.sleep(3)  # a few more steps of every process: a late repeat would show now
    assert _work(s, sid) == _work(s, ref)
    for name, proc in procs.items():
        assert proc.poll() is None, f"{name} exited (code {proc.returncode})"
