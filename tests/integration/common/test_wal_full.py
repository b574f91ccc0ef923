"""A full disk under PostgreSQL's WAL, under the real ``soc supervise ingest alerts ops web``.

``pg_wal`` of a private instance is a small tmpfs, filled by a ballast to the last byte, so
the first WAL segment PostgreSQL must add cannot be written: the server PANICs (a write in a
critical section), every session ends, and the crash recovery that follows meets the same
full disk: its end-of-recovery checkpoint cannot be written, and the server shuts down
("shutting down due to startup process failure"). While it lasts no process can reach the
database: ingest stops acknowledging (the broker queues for its persistent session), the
ops center, the alerts evaluator and the web wait on it, and ``/api/health`` answers 503
naming the database; the supervisor, which cannot read the beats, judges nobody. Once every
beat is older than the supervisor's stale limit, the space comes back and PostgreSQL is
started again: every process beats again within a stale period of the supervisor's reach, the
same process, and every reading the broker acknowledged to the publisher, before, during and
after the fault, is stored exactly once. A COMMIT ingest was
answered is in the WAL, so nothing it acknowledged is lost.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import BinaryIO

import psycopg
import pytest

from common import services as svc
from common.db import connect
from common.migrate import migrate
from common.settings import Settings
from tests.fix_services import ROOT, settings_for_layout, stop_processes, subprocess_env
from tests.integration.ingest.ingest_helpers import (
    assert_balanced,
    close,
    counters,
    flood_payload,
    publish_all,
    publisher,
    register,
    wait_until,
)
from tests.supervisor_log import ChildStarts

pytestmark = [pytest.mark.integration, pytest.mark.slow,
              pytest.mark.skipif(os.geteuid() != 0, reason="mounting a tmpfs needs root")]

CHILDREN = ("ingest", "alerts", "ops", "web")
REQUIRED = ("ingest", "alerts", "ops")
#: The supervisor's stale limit. When the database is back, it judges the beats once it has
#: reached the database this long, so each child has this long to reconnect (after up to its
#: backoff's 5 s cap), reload and beat again: on a loaded host 10 s was not always enough.
STALE_AFTER_S = 20.0
#: The supervisor's start-up grace (it allows no less than twice the stale limit).
START_GRACE_S = 40.0
#: How long the database stays away from its PANIC: longer than the stale limit, so every beat
#: is stale when it is back, and a supervisor that judged them before the children could beat
#: again would restart them.
OUTAGE_S = STALE_AFTER_S + 5.0
#: Room for the WAL segments PostgreSQL has when it starts (16 MB each) and a ballast.
WAL_DISK = "256m"


def _write_until_refused(fh: BinaryIO, block: bytes) -> int | None:
    try:
        while True:
            fh.write(block)
    except OSError as exc:
        return exc.errno


def _fill(path: Path) -> None:
    """Write ``path`` until its disk is full, to the last small block."""
    with path.open("ab", buffering=0) as fh:
        for size in (1 << 20, 65536, 512):
            assert _write_until_refused(fh, b"\0" * size) == errno.ENOSPC


@contextlib.contextmanager
def _wal_on_tmpfs(layout: svc.Layout, tmp_path: Path) -> Iterator[Path]:
    """PostgreSQL (stopped, then started again) with its ``pg_wal`` on a tmpfs of
    :data:`WAL_DISK`; yields that directory's host path. Afterwards the server is killed and
    the tmpfs unmounted (the instance's data go with the fixture)."""
    rt = svc.PgRuntime(layout, svc.choose_backend(layout))
    svc.pg_down(layout)
    wal = rt.data_host / "pg_wal"
    keep = tmp_path / "pg_wal"
    subprocess.run(["cp", "-a", str(wal), str(keep)], check=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={WAL_DISK},mode=0700", "tmpfs", str(wal)], check=True)
    try:
        subprocess.run(["cp", "-a", f"{keep}/.", str(wal)], check=True)
        rt.chown_postgres(wal)
        svc.pg_up(layout)
        yield wal
    finally:
        with contextlib.suppress(Exception):
            svc.pg_kill(layout)
        subprocess.run(["umount", "--lazy", str(wal)], check=True)


def _health(url: str) -> tuple[int, dict[str, object]]:
    try:
        with urllib.request.urlopen(f"{url}/api/health", timeout=10) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())
    except OSError:
        return 0, {}


def _beats(s: Settings) -> dict[str, str]:
    """Per service: its freshest instance (nothing when the database cannot be read)."""
    try:
        with psycopg.connect(s.db.conninfo(), connect_timeout=3) as conn:
            rows = conn.execute("SELECT DISTINCT ON (service) service, instance FROM service_heartbeats"
                                " WHERE beat_at > now() - make_interval(secs => 3)"
                                " ORDER BY service, beat_at DESC").fetchall()
    except psycopg.Error:
        return {}
    return {str(r[0]): str(r[1]) for r in rows}


def _readings(s: Settings, sid: str) -> tuple[int, int]:
    with psycopg.connect(s.db.conninfo()) as conn:
        row = conn.execute("SELECT count(*), count(DISTINCT time) FROM readings WHERE sensor_id = %s",
                           (sid,)).fetchone()
    assert row is not None
    return int(row[0]), int(row[1])


def _stream(sid: str, start: int, stop: int, base: datetime) -> list[tuple[str, bytes]]:
    return [(f"soc/v1/disaster/flood/{sid}", flood_payload(i, base)) for i in range(start, stop)]


def _panicked(log: Path) -> bool:
    return "PANIC" in log.read_text(errors="replace")


#: How a crash recovery ends, as the server log says it.
_RECOVERY_ENDS = ("aborting startup due to startup process failure", "database system is ready to accept connections",
                  "database system is shut down")


def _after_panic(log: Path) -> str | None:
    """The first line after the PANIC that says how its crash recovery ended, if it has."""
    text = log.read_text(errors="replace")
    at = text.find("PANIC")
    if at < 0:
        return None
    return next((ln for ln in text[at:].splitlines() if any(e in ln for e in _RECOVERY_ENDS)), None)


def test_a_full_wal_disk_stops_the_database_and_every_acknowledged_reading_is_stored_once(
        settings: Settings, private_layout: svc.Layout, tmp_path: Path) -> None:
    svc.up(private_layout)
    s = settings_for_layout(settings, private_layout)
    with connect(s, autocommit=True) as conn:
        migrate(conn)
    sid = f"WF-{uuid.uuid4().hex[:6]}"
    register(s.db.conninfo(), [(sid, "flood")])
    base = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1)
    n1, n2, n = 200, 1200, 1500
    port = svc.free_port()
    url = f"http://127.0.0.1:{port}"
    env = subprocess_env(s, SOC_WEB__PORT=str(port), SOC_WEB__HOST="127.0.0.1",
                         SOC_HEALTH__SERVICES=json.dumps(REQUIRED), SOC_HEALTH__BEAT_EVERY_S="1",
                         SOC_HEALTH__STALE_AFTER_S=str(STALE_AFTER_S),
                         SOC_HEALTH__START_GRACE_S=str(START_GRACE_S))
    log = tmp_path / "supervise.log"
    with _wal_on_tmpfs(private_layout, tmp_path) as wal:
        server_log = wal.parent / "server.log"
        with log.open("ab") as fh:
            proc = subprocess.Popen([sys.executable, "-m", "soc", "supervise", *CHILDREN], cwd=ROOT, env=env,
                                    stdout=fh, stderr=fh)
        pub = publisher(s, "disaster")
        starts = ChildStarts(log)
        try:
            wait_until(lambda: bool(starts.poll()) and set(CHILDREN) <= set(_beats(s)) and _health(url)[0] == 200,
                       180, "every child beating, /api/health 200")
            first = {name: inst for name, inst in _beats(s).items() if name in CHILDREN}
            mark = log.stat().st_size  # a child slow to start may have been restarted before
            publish_all(pub, _stream(sid, 0, n1, base))
            wait_until(lambda: counters(s.db.conninfo(), sid)["stored"] >= n1, 60, "the first readings stored")
            wait_until(lambda: starts.past_grace(CHILDREN, START_GRACE_S), START_GRACE_S + 120,
                       "the children past their start-up grace: the supervisor judges every beat")

            # The WAL's disk full: the next segment PostgreSQL must add cannot be written.
            _fill(wal / "ballast")
            with contextlib.suppress(psycopg.Error), psycopg.connect(s.db.conninfo(), autocommit=True) as conn:
                conn.execute("CREATE TABLE wal_fill AS SELECT g, repeat('x', 500) AS pad"
                             " FROM generate_series(1, 2000000) AS g")
            wait_until(lambda: _panicked(server_log), 60, "PostgreSQL's PANIC")
            down_since = time.monotonic()
            publish_all(pub, _stream(sid, n1, n2, base))  # the broker takes them, queues for ingest
            seen: set[int] = set()

            def database_named_down() -> bool:
                code, body = _health(url)
                seen.add(code)
                return code == 503 and "database" in body.get("down", [])  # type: ignore[operator]

            wait_until(database_named_down, 60, "/api/health 503 naming the database")
            # What PostgreSQL does by itself: its crash recovery meets the same full disk.
            wait_until(lambda: _after_panic(server_log) is not None, 120, "PostgreSQL's end of the recovery")
            ended = _after_panic(server_log)
            print(f"--- after the PANIC: {ended}")
            assert ended is not None
            assert "shut down" in ended, ended  # the recovery could not write its checkpoint either
            assert proc.poll() is None

            # The space comes back and PostgreSQL is started again, the beats all stale by then.
            time.sleep(max(0.0, down_since + OUTAGE_S - time.monotonic()))  # the fault's length
            (wal / "ballast").unlink()
            with contextlib.suppress(Exception):
                svc.pg_kill(private_layout)
            svc.pg_up(private_layout)
            publish_all(pub, _stream(sid, n2, n, base))
            wait_until(lambda: counters(s.db.conninfo(), sid)["stored"] >= n, 180, "every reading stored")
            wait_until(lambda: set(CHILDREN) <= set(_beats(s)) and _health(url)[0] == 200, 120,
                       "every child beating again, /api/health 200")
            after = {name: inst for name, inst in _beats(s).items() if name in CHILDREN}
            text = log.read_bytes()[mark:].decode(errors="replace")
            assert "child_stale" not in text, [ln for ln in text.splitlines() if "child_" in ln]
            assert "child_restarted" not in text, [ln for ln in text.splitlines() if "child_" in ln]
            assert after == first
            c = counters(s.db.conninfo(), sid)
            assert_balanced(c)
            assert (c["stored"], c["quarantined"]) == (n, 0)
            assert _readings(s, sid) == (n, n)
        finally:
            close(pub)
            stop_processes([proc])
            print("--- supervise log ---\n" + log.read_text(errors="replace")[-6000:])
            with contextlib.suppress(OSError):
                print("--- server log ---\n" + "\n".join(
                    ln for ln in server_log.read_text(errors="replace").splitlines()
                    if "FATAL" not in ln and "DETAIL" not in ln))
