"""The real ``soc ingest run`` ends itself when its loop stays stuck, and only then.

A restart policy that restarts exited processes (compose's ``restart: unless-stopped``) cannot
see a worker that is alive but stuck: it keeps its container "running" while nothing is
stored. So the worker's own watchdog (``SOC_HEALTH__STALL_AFTER_S``, :data:`STALL_AFTER_S`
here) ends it with exit code 70 when a batch stays stuck on the database that long (a lock
held on ``readings``: the backend waits, at work on its statement, so the answer deadline
leaves it), and a replacement stores every message once. A database outage longer than the
same limit is waited out by the same process: its batches wait between attempts, not stuck.
"""

from __future__ import annotations

import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from common import services as svc
from common.db import connect
from common.migrate import migrate
from common.runner import EXIT_STALLED
from common.settings import Settings
from tests.fix_services import ROOT, settings_for_layout, stop_processes, subprocess_env
from tests.integration.ingest import ingest_helpers as ih

pytestmark = [pytest.mark.integration, pytest.mark.slow]

#: The watchdog's limit here (300 s as shipped).
STALL_AFTER_S = 8.0
#: A bound on waiting for the worker to end itself; not a timing assertion.
BOUND_S = 90.0
N = 40


def _worker(s: Settings, cid: str, log: Path) -> subprocess.Popen[bytes]:
    """``soc ingest run`` with a plain subscription and a persistent session (what compose runs),
    one message per batch, so that the batches behind a stuck one fill the handoff."""
    env = subprocess_env(s, SOC_HEALTH__STALL_AFTER_S=str(STALL_AFTER_S), SOC_INGEST__BATCH_MAX="1")
    with log.open("ab") as fh:
        return subprocess.Popen([sys.executable, "-m", "soc", "ingest", "run", "--group", "", "--client-id", cid],
                                cwd=ROOT, env=env, stdout=fh, stderr=subprocess.STDOUT)


def _subscribed(log: Path, count: int, proc: subprocess.Popen[bytes]) -> None:
    ih.wait_until(lambda: log.read_text(errors="replace").count("mqtt_subscribed") >= count or proc.poll() is not None,
                  90, "the worker subscribed")
    assert proc.poll() is None, log.read_text(errors="replace")[-3000:]


def _readings(s: Settings, sid: str) -> tuple[int, int]:
    with psycopg.connect(s.db.conninfo()) as conn:
        row = conn.execute("SELECT count(*), count(DISTINCT time) FROM readings WHERE sensor_id = %s",
                           (sid,)).fetchone()
    assert row is not None
    return int(row[0]), int(row[1])


def test_a_batch_stuck_on_a_lock_ends_the_worker_and_its_replacement_stores_everything_once(
    db_settings: Settings, services: svc.Layout, tmp_path: Path,
) -> None:
    s = db_settings
    sid = f"WD-{uuid.uuid4().hex[:6]}"
    ih.register(s.db.conninfo(), [(sid, "flood")])
    cid = f"wd-{sid}"
    log = tmp_path / "worker.log"
    base = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1)
    worker = _worker(s, cid, log)
    replacement: subprocess.Popen[bytes] | None = None
    try:
        _subscribed(log, 1, worker)
        with psycopg.connect(s.db.conninfo()) as locker:
            locker.execute("LOCK TABLE readings IN ACCESS EXCLUSIVE MODE")
            ih.publish_floods(s, sid, N, base)
            ih.wait_until(lambda: worker.poll() is not None, BOUND_S,
                          f"the worker ending itself {STALL_AFTER_S:.0f} s into the stuck batch")
            assert worker.returncode == EXIT_STALLED, log.read_text(errors="replace")[-3000:]
            assert "loop_stalled" in log.read_text(errors="replace")
            locker.rollback()  # the lock goes
        assert _readings(s, sid) == (0, 0)  # nothing committed, so nothing acknowledged
        replacement = _worker(s, cid, log)  # what the restart policy does
        ih.wait_until(lambda: _readings(s, sid)[0] >= N or replacement.poll() is not None, 90,
                      "every message stored by the replacement")
        assert replacement.poll() is None, log.read_text(errors="replace")[-3000:]
        assert _readings(s, sid) == (N, N)
        c = ih.counters(s.db.conninfo(), sid)
        assert (c["stored"], c["quarantined"]) == (N, 0), c
    finally:
        stop_processes([p for p in (worker, replacement) if p is not None])
        ih.purge_session(s, cid)


def test_a_database_outage_longer_than_the_limit_is_waited_out_by_the_same_process(
    settings: Settings, private_layout: svc.Layout, tmp_path: Path,
) -> None:
    svc.up(private_layout)
    s = settings_for_layout(settings, private_layout)
    with connect(s, autocommit=True) as conn:
        migrate(conn)
    sid = f"WO-{uuid.uuid4().hex[:6]}"
    ih.register(s.db.conninfo(), [(sid, "flood")])
    log = tmp_path / "worker.log"
    base = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1)
    worker = _worker(s, f"wo-{sid}", log)
    try:
        _subscribed(log, 1, worker)
        svc.pg_down(private_layout)
        try:
            ih.publish_floods(s, sid, N, base)  # batches waiting on the database, retried with backoff
            held = time.monotonic()
            while time.monotonic() - held < 3 * STALL_AFTER_S:  # the fault itself: the outage lasts this long
                assert worker.poll() is None, log.read_text(errors="replace")[-3000:]
                time.sleep(0.5)
        finally:
            svc.pg_up(private_layout)
        ih.wait_until(lambda: _readings(s, sid)[0] >= N or worker.poll() is not None, 90, "every message stored")
        assert worker.poll() is None, log.read_text(errors="replace")[-3000:]
        assert _readings(s, sid) == (N, N)
        assert "loop_stalled" not in log.read_text(errors="replace")
    finally:
        stop_processes([worker])
