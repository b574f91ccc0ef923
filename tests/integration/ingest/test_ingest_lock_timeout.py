"""A table held by a lock longer than the database's statement timeout is a wait, not bad input.

A site that sets ``statement_timeout`` (or ``lock_timeout``) on the role cancels ingest's
batch while another session holds ``ingest_counters`` (a migration, a ``VACUUM FULL``, a
DBA's ``LOCK``). The cancel (SQLSTATE 57014, or 55P03) says nothing about the messages, so
the real ``soc ingest run`` must neither quarantine them (``store_failed``) nor give up and
exit: it waits, and stores each message once when the lock goes.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from common import services as svc
from common.settings import Settings
from tests.fix_services import ROOT, subprocess_env
from tests.integration.ingest import ingest_helpers as ih

pytestmark = pytest.mark.integration

#: The role's statement timeout in the worker's sessions (libpq PGOPTIONS), in ms.
TIMEOUT_MS = 1000
#: How long the lock is held: longer than every statement a batch of one message and its
#: quarantine rows can try (three), each cancelled after TIMEOUT_MS.
HELD_S = 8.0
N = 5


def _log_has(path: Path, text: str) -> bool:
    return text in path.read_text(errors="replace")


def test_a_lock_longer_than_the_statement_timeout_is_waited_out(
    db_settings: Settings, services: svc.Layout, tmp_path: Path,
) -> None:
    s = db_settings
    sid = f"LK-{uuid.uuid4().hex[:6]}"
    ih.register(s.db.conninfo(), [(sid, "flood")])
    cid = f"lk-{sid}"
    log_path = tmp_path / "worker.log"
    env = subprocess_env(s, PGOPTIONS=f"-c statement_timeout={TIMEOUT_MS}")
    with log_path.open("ab") as fh:
        worker = subprocess.Popen([sys.executable, "-m", "soc", "ingest", "run", "--group", "", "--client-id", cid],
                                  cwd=ROOT, env=env, stdout=fh, stderr=fh)
    base = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1)
    try:
        ih.wait_until(lambda: _log_has(log_path, "mqtt_subscribed") or worker.poll() is not None, 90,
                   "the worker subscribed")
        with psycopg.connect(s.db.conninfo()) as locker:
            locker.execute("LOCK TABLE ingest_counters IN ACCESS EXCLUSIVE MODE")
            ih.publish_floods(s, sid, N, base)
            time.sleep(HELD_S)  # the fault itself: the lock is held this long
            assert worker.poll() is None, log_path.read_text(errors="replace")[-3000:]
            locker.rollback()  # the lock goes
        ih.wait_until(lambda: ih.counters(s.db.conninfo(), sid)["stored"] == N or worker.poll() is not None, 90,
                   "every message stored once the lock is gone")
        assert worker.poll() is None, log_path.read_text(errors="replace")[-3000:]
        c = ih.counters(s.db.conninfo(), sid)
        ih.assert_balanced(c)
        assert (c["stored"], c["quarantined"]) == (N, 0), c
        with psycopg.connect(s.db.conninfo()) as conn:
            refused = conn.execute("SELECT count(*) FROM quarantine WHERE reason = 'store_failed'").fetchone()
            stored = conn.execute("SELECT count(*) FROM readings WHERE sensor_id = %s", (sid,)).fetchone()
        assert refused == (0,)
        assert stored == (N,)
    finally:
        worker.send_signal(signal.SIGTERM)
        worker.wait(30)
        ih.purge_session(s, cid)
