"""Fault tests on a private TimescaleDB + Mosquitto: kill -9, database outage, refused writes,
a full disk, broker restart.

The instance is private to this module (free ports), so stopping its services
never disturbs anyone else's tests. After each fault every reading is stored
exactly once and received = stored + duplicate + quarantined holds exactly.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import BinaryIO

import psycopg
import pytest
from psycopg import sql
from psycopg.conninfo import make_conninfo

from common import services as svc
from common.db import connect
from common.health import read_health, read_refusals
from common.migrate import migrate
from common.settings import Settings
from ingest.consumer import Consumer
from tests.fix_services import ROOT, private_instance, settings_for_layout, subprocess_env
from tests.integration.ingest.ingest_helpers import (
    assert_balanced,
    close,
    counters,
    flood_payload,
    leave_session,
    publish_all,
    publisher,
    purge_session,
    register,
    wait_until,
)
from web.wall.hub import HealthItem
from web.wall.topics import load_health

pytestmark = [pytest.mark.integration, pytest.mark.slow]


@pytest.fixture(scope="module")
def private(settings: Settings, services: svc.Layout,
            private_seed: Path | None) -> Iterator[tuple[svc.Layout, Settings]]:
    """A private, migrated TimescaleDB + Mosquitto for this module; removed afterwards."""
    with private_instance(settings, f"ingest-{uuid.uuid4().hex[:6]}", private_seed) as layout:
        svc.up(layout)
        s = settings_for_layout(settings, layout)
        with connect(s, autocommit=True) as conn:
            migrate(conn)
        yield layout, s


def _stream(sid: str, n: int, base: datetime, start: int = 0) -> list[tuple[str, bytes]]:
    return [(f"soc/v1/disaster/flood/{sid}", flood_payload(i, base)) for i in range(start, n)]


def _readings(s: Settings, sid: str) -> tuple[int, int]:
    with psycopg.connect(s.db.conninfo()) as conn:
        row = conn.execute(
            "SELECT count(*), count(DISTINCT time) FROM readings WHERE sensor_id = %s", (sid,)
        ).fetchone()
    assert row is not None
    return int(row[0]), int(row[1])


def _spawn_worker(s: Settings, client_id: str, log_path: Path, **env: str) -> subprocess.Popen[bytes]:
    fh = log_path.open("ab")
    proc = subprocess.Popen(
        [sys.executable, "-m", "soc", "ingest", "run", "--client-id", client_id, "--group", client_id],
        cwd=ROOT,
        env=subprocess_env(s, **env),
        stdout=fh,
        stderr=fh,
    )
    fh.close()
    return proc


def _wait_log(path: Path, text: str, count: int, proc: subprocess.Popen[bytes]) -> None:
    def seen() -> bool:
        assert proc.poll() is None, path.read_text()
        return path.read_text().count(text) >= count

    wait_until(seen, 60, f"{count}x {text!r} in the worker log")


def _wind_up(s: Settings, consumer: Consumer, th: threading.Thread, pub: object | None = None) -> None:
    """Stop a worker run in a thread (and the test's publisher); forget its broker session."""
    if pub is not None:
        close(pub)
    consumer.stop()
    th.join(30)
    purge_session(s, consumer.client_id)


def test_kill_9_mid_stream_then_restart_stores_everything_once(
    private: tuple[svc.Layout, Settings], tmp_path: Path
) -> None:
    _, s = private
    sid = f"K9-{uuid.uuid4().hex[:6]}"
    register(s.db.conninfo(), [(sid, "flood")])
    cid = f"k9-{sid}"
    log_path = tmp_path / "worker.log"
    # Far more than are stored between two looks at the counters: the kill lands mid-stream.
    n = 15_000
    base = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)
    worker = _spawn_worker(s, cid, log_path)
    try:
        _wait_log(log_path, "mqtt_subscribed", 1, worker)
        pub = publisher(s, "disaster")
        sender = threading.Thread(target=publish_all, args=(pub, _stream(sid, n, base), 120))
        sender.start()
        deadline = time.monotonic() + 60
        while counters(s.db.conninfo(), sid)["stored"] < 2000:  # looked at often: the kill lands early
            assert time.monotonic() < deadline, "no first commits"
            time.sleep(0.05)
        worker.send_signal(signal.SIGKILL)
        worker.wait(10)
        at_kill = counters(s.db.conninfo(), sid)
        assert at_kill["stored"] < n, "the kill must land mid-stream"
        worker = _spawn_worker(s, cid, log_path)
        sender.join(120)
        assert not sender.is_alive()
        close(pub)
        wait_until(lambda: counters(s.db.conninfo(), sid)["stored"] >= n, 120, "all stored")
        # Redeliveries of messages committed but not yet acknowledged arrive early after
        # the restart; wait for the broker to have nothing left in flight for us.
        wait_until(
            lambda: (
                counters(s.db.conninfo(), sid)["received"]
                == counters(s.db.conninfo(), sid)["stored"] + counters(s.db.conninfo(), sid)["duplicate"]
            ),
            30,
            "balance",
        )
    finally:
        worker.send_signal(signal.SIGTERM)
        worker.wait(30)
        purge_session(s, cid)
    c = counters(s.db.conninfo(), sid)
    assert_balanced(c)
    assert c["stored"] == n
    assert c["quarantined"] == 0
    assert _readings(s, sid) == (n, n)


#: How long the database is away in the outage test: six times the worker's backoff cap
#: (5 s), so that it retries at the cap for most of the outage, one slice of the stream
#: published per retry.
OUTAGE_S = 30.0


def test_database_outage_stops_acking_then_catches_up(
    private: tuple[svc.Layout, Settings], caplog: pytest.LogCaptureFixture
) -> None:
    layout, s = private
    s = s.model_copy(update={"ingest": s.ingest.model_copy(update={"max_in_flight": 2000})})
    sid = f"DB-{uuid.uuid4().hex[:6]}"
    register(s.db.conninfo(), [(sid, "flood")])
    base = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)
    # The stream published during the outage is three times the worker's inbox: the broker
    # holds what the inbox cannot.
    n1, n = 1000, 7000
    consumer = Consumer(s, client_id=f"db-{sid}", group=f"db-{sid}")
    caplog.set_level(logging.INFO, logger="ingest")
    th = threading.Thread(target=consumer.run, daemon=True)
    th.start()
    pub = publisher(s, "disaster")
    max_queue = 0
    try:
        assert consumer.subscribed.wait(30)
        publish_all(pub, _stream(sid, n1, base))
        wait_until(lambda: counters(s.db.conninfo(), sid)["stored"] >= n1, 60, "phase 1 stored")
        svc.pg_down(layout)
        # The database is away while the stream goes on: the broker accepts the rest of the
        # stream in six slices meanwhile, and the worker's retries reach their backoff's cap.
        outage_s, slices = OUTAGE_S, 6
        outage_end = datetime.now(UTC) + timedelta(seconds=outage_s)
        step = (n - n1) // slices
        for k in range(slices):
            stop = n if k == slices - 1 else n1 + (k + 1) * step
            publish_all(pub, _stream(sid, stop, base, start=n1 + k * step))
            slice_end = datetime.now(UTC) + timedelta(seconds=outage_s / slices)

            def slice_over(until: datetime = slice_end) -> bool:
                nonlocal max_queue
                max_queue = max(max_queue, consumer.inbox.qsize())
                return datetime.now(UTC) >= until

            wait_until(slice_over, 60, "the outage to go on")
        assert datetime.now(UTC) >= outage_end - timedelta(seconds=2)
        svc.pg_up(layout)
        wait_until(lambda: counters(s.db.conninfo(), sid)["stored"] >= n, 120, "all stored")
    finally:
        if not svc.status(layout)[0].running:
            svc.pg_up(layout)
        _wind_up(s, consumer, th, pub)
    c = counters(s.db.conninfo(), sid)
    assert_balanced(c)
    assert c["stored"] == n
    assert _readings(s, sid) == (n, n)
    # Messages kept arriving during the outage, and memory stayed bounded: the
    # broker holds the backlog (6,000 messages), not the worker.
    assert 0 < max_queue <= consumer.inbox.maxsize
    messages = [r.getMessage() for r in caplog.records if r.name == "ingest.consumer"]
    assert sum(m.startswith("database_unavailable") for m in messages) == 1
    assert sum(m.startswith("database_available") for m in messages) == 1


#: How a database that is up refuses every write whatever the message, and how it is undone.
_REFUSALS = {
    "revoked_grant": ("REVOKE INSERT ON readings FROM CURRENT_USER", "GRANT INSERT ON readings TO CURRENT_USER"),
    # a standby after a failover: new sessions are read-only
    "read_only": ("ALTER ROLE CURRENT_USER SET default_transaction_read_only = on",
                  "ALTER ROLE CURRENT_USER RESET default_transaction_read_only"),
}


@pytest.mark.parametrize("refusal", sorted(_REFUSALS))
def test_a_database_that_refuses_every_write_holds_the_stream_then_catches_up(
    private: tuple[svc.Layout, Settings], caplog: pytest.LogCaptureFixture, refusal: str
) -> None:
    """A lost privilege or a read-only server is no fault of the messages: nothing is
    quarantined while it lasts (a read-only server: nothing acknowledged; a grant revoked on
    ``readings`` alone: its messages spooled), and everything is stored once it ends."""
    _, s = private
    sid = f"RF-{uuid.uuid4().hex[:6]}"
    register(s.db.conninfo(), [(sid, "flood")])
    base = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)
    n1, n = 200, 700
    refuse, allow = _REFUSALS[refusal]
    consumer = Consumer(s, client_id=f"rf-{sid}", group=f"rf-{sid}")
    caplog.set_level(logging.INFO, logger="ingest")
    th = threading.Thread(target=consumer.run, daemon=True)
    th.start()
    pub = publisher(s, "disaster")
    try:
        assert consumer.subscribed.wait(30)
        publish_all(pub, _stream(sid, n1, base))
        wait_until(lambda: counters(s.db.conninfo(), sid)["stored"] >= n1, 60, "phase 1 stored")
        with psycopg.connect(s.db.conninfo(), autocommit=True) as conn:
            conn.execute(refuse)
            # the worker's open sessions end: its next one gets the new defaults
            conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                         " WHERE usename = current_user AND pid <> pg_backend_pid()")
        publish_all(pub, _stream(sid, n, base, start=n1))

        def refused() -> bool:
            held = any(r.getMessage().startswith("database_unavailable") and r.name == "ingest.consumer"
                       and "database_available" not in r.getMessage() for r in caplog.records)
            held = held or any(r.getMessage().startswith("table_refuses_writes") for r in caplog.records)
            return held or counters(s.db.conninfo(), sid)["quarantined"] > 0

        wait_until(refused, 60, "the worker to meet the refusal")
        assert counters(s.db.conninfo(), sid)["quarantined"] == 0
    finally:
        with psycopg.connect(s.db.conninfo(), autocommit=True) as conn:
            conn.execute("SET default_transaction_read_only = off")
            conn.execute(allow)
    try:
        wait_until(lambda: counters(s.db.conninfo(), sid)["stored"] >= n, 120, "all stored")
    finally:
        _wind_up(s, consumer, th, pub)
    c = counters(s.db.conninfo(), sid)
    assert_balanced(c)
    assert (c["stored"], c["quarantined"]) == (n, 0)
    assert _readings(s, sid) == (n, n)


#: The tmpfs that stands for a full disk: room for a chunk's first pages, filled by a ballast.
DISK_SIZE = "4m"


@contextlib.contextmanager
def _full_disk(layout: svc.Layout, s: Settings, name: str) -> Iterator[Path]:
    """A small tmpfs in the instance's directory, made a tablespace that receives every new
    chunk of ``readings``; yields the ballast file's path (write it to fill the disk, delete
    it to give the space back). Afterwards the tablespace is detached, its chunks dropped and
    the tmpfs unmounted."""
    rt = svc.PgRuntime(layout, svc.choose_backend(layout))
    host, inner = rt.data_host.parent / name, rt.data_inner.parent / name
    host.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={DISK_SIZE}", "tmpfs", str(host)], check=True)
    superuser = make_conninfo(svc.superuser_conninfo(layout), dbname=s.db.name)
    try:
        rt.chown_postgres(host)
        (host / "ballast").touch()  # root's, outside PostgreSQL's own directory
        with psycopg.connect(superuser, autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE TABLESPACE {} LOCATION {}").format(sql.Identifier(name), str(inner)))
            conn.execute(sql.SQL("GRANT CREATE ON TABLESPACE {} TO {}").format(
                sql.Identifier(name), sql.Identifier(s.db.user)))
            conn.execute("SELECT attach_tablespace(%s, 'readings')", (name,))
        yield host / "ballast"
    finally:
        with psycopg.connect(superuser, autocommit=True) as conn:
            conn.execute("SELECT detach_tablespaces('readings')")
            chunks = conn.execute("SELECT format('%%I.%%I', chunk_schema, chunk_name)"
                                  " FROM timescaledb_information.chunks"
                                  " WHERE hypertable_name = 'readings' AND chunk_tablespace = %s", (name,)).fetchall()
            for (chunk,) in chunks:
                conn.execute(sql.SQL("DROP TABLE {}").format(sql.SQL(chunk)))
            conn.execute(sql.SQL("DROP TABLESPACE {}").format(sql.Identifier(name)))
        subprocess.run(["umount", "--lazy", str(host)], check=True)  # a backend may keep a file open
        host.rmdir()


def _fill(path: Path) -> None:
    """Write ``path`` until the disk is full, to the last small block: not one byte more fits."""
    with path.open("ab", buffering=0) as fh:
        for size in (65536, 512):
            assert _write_until_refused(fh, b"\0" * size) == errno.ENOSPC


def _write_until_refused(fh: BinaryIO, block: bytes) -> int | None:
    """Append ``block`` until a write fails; the failure's errno."""
    try:
        while True:
            fh.write(block)
    except OSError as exc:
        return exc.errno


def _events(s: Settings, sid: str) -> int:
    with psycopg.connect(s.db.conninfo()) as conn:
        row = conn.execute("SELECT count(*) FROM events WHERE source_id = %s", (sid,)).fetchone()
    assert row is not None
    return int(row[0])


def _ingest_beat(s: Settings, pid: int) -> tuple[datetime, object]:
    """The worker's heartbeat: when it beat last and its ``refused`` detail."""
    with psycopg.connect(s.db.conninfo()) as conn:
        row = conn.execute("SELECT beat_at, detail -> 'refused'"
                           " FROM service_heartbeats WHERE service = 'ingest' AND instance LIKE %s",
                           (f"%:{pid}",)).fetchone()
    assert row is not None, "the worker never beat"
    return row[0], row[1]


@pytest.mark.skipif(os.geteuid() != 0, reason="mounting a tmpfs needs root")
def _forget_earlier_workers(s: Settings) -> None:
    """The beats of the module's earlier ingest workers go: a worker stopped while its beat
    still named a table refused (a grant revoked above) stays in the health model for a
    staleness, and these tests read the refusals of their own worker."""
    with psycopg.connect(s.db.conninfo(), autocommit=True) as conn:
        conn.execute("DELETE FROM service_heartbeats WHERE service = 'ingest'")


def test_a_full_disk_under_readings_spools_them_while_the_events_land_then_stores_each_once(
    private: tuple[svc.Layout, Settings], tmp_path: Path
) -> None:
    """A real full disk under ``readings`` alone: the tablespace of every new ``readings``
    chunk is a tmpfs filled up, so the server refuses each reading (SQLSTATE 53100, ``could not
    extend file``) while the other tables take their rows. The real ``soc ingest run`` stays
    up and beats, says in its beat which table refuses since when (what ``/api/health`` and
    the wall read), spools the readings and stores the events meanwhile, and once the space
    is given back stores every reading exactly once, the same process throughout."""
    layout, s = private
    sid, fa = f"FD-{uuid.uuid4().hex[:6]}", f"FA-{uuid.uuid4().hex[:6]}"
    register(s.db.conninfo(), [(sid, "flood"), (fa, "fire_alarm")])
    cid = f"fd-{sid}"
    log_path = tmp_path / "worker.log"
    n, m = 300, 40
    # three days back: a day no other test stores in, so its chunk is new and on the full disk
    base = datetime.now(UTC).replace(microsecond=0) - timedelta(days=3)
    now = datetime.now(UTC).replace(microsecond=0)
    alarms = [(f"soc/v1/disaster/fire_alarm/{fa}",
               json.dumps({"ts": (now - timedelta(seconds=m - i)).isoformat(),
                           "state": "alarm" if i % 2 else "normal"}).encode()) for i in range(m)]
    with _full_disk(layout, s, f"full_{uuid.uuid4().hex[:6]}") as ballast:
        _fill(ballast)
        _forget_earlier_workers(s)
        worker = _spawn_worker(s, cid, log_path, SOC_HEALTH__BEAT_EVERY_S="1")
        pub = publisher(s, "disaster")
        try:
            _wait_log(log_path, "mqtt_subscribed", 1, worker)
            publish_all(pub, _stream(sid, n, base))
            publish_all(pub, alarms)  # after the readings: the same stream, the same batches
            wait_until(lambda: _events(s, fa) == m, 60, "the fire alarms stored while readings refuses")
            (line, *_) = [ln for ln in log_path.read_text(errors="replace").splitlines()
                          if "table_refuses_writes" in ln]
            assert "readings" in line, line
            assert "53100" in line, line
            # the worker beats on, saying which table refuses since when; the health model reads it
            beat_at, _ = _ingest_beat(s, worker.pid)

            def beats_refused() -> bool:
                at, refused = _ingest_beat(s, worker.pid)
                return at > beat_at and isinstance(refused, list) and [r["table"] for r in refused] == ["readings"]

            wait_until(beats_refused, 30, "a beat after the events landed naming readings refused")
            with connect(s, autocommit=True) as conn:
                (r,) = read_refusals(conn, 30.0)
                items, _ = load_health(conn, ["ingest"], 30.0)
            assert (r.service, r.table, r.sqlstate) == ("ingest", "readings", "53100")
            assert items["writes_refused:readings"] == HealthItem("writes_refused", False, r.since.isoformat(),
                                                                   warning=True, table="readings")
            assert items["ingest"] == HealthItem("ingest", True)
            assert counters(s.db.conninfo(), sid)["quarantined"] == 0
            assert _readings(s, sid) == (0, 0)
            ballast.unlink()  # the space comes back
            wait_until(lambda: counters(s.db.conninfo(), sid)["stored"] >= n, 120, "all stored")
            wait_until(lambda: (c := counters(s.db.conninfo(), sid))["received"] == c["stored"] + c["duplicate"],
                       30, "balance")
            wait_until(lambda: _ingest_beat(s, worker.pid)[1] == [], 30, "the refusal gone from the beat")
            with connect(s, autocommit=True) as conn:
                assert read_refusals(conn, 30.0) == ()
                spooled = conn.execute("SELECT count(*) FROM ingest_spool").fetchone()
            assert spooled == (0,)
            assert worker.poll() is None, "the worker rode out the full disk as the same process"
            assert "table_accepts_writes" in log_path.read_text(errors="replace")
        finally:
            close(pub)
            worker.send_signal(signal.SIGTERM)
            worker.wait(30)
            purge_session(s, cid)
        c = counters(s.db.conninfo(), sid)
        assert_balanced(c)
        assert (c["stored"], c["duplicate"], c["quarantined"]) == (n, 0, 0)
        assert _readings(s, sid) == (n, n)
        assert _events(s, fa) == m


def _quarantine_rows(s: Settings, sid: str) -> int:
    with psycopg.connect(s.db.conninfo()) as conn:
        row = conn.execute("SELECT count(*) FROM quarantine WHERE topic = %s",
                           (f"soc/v1/disaster/flood/{sid}",)).fetchone()
    assert row is not None
    return int(row[0])


def test_a_quarantine_refusing_writes_spools_the_refused_messages_while_the_readings_land(
    private: tuple[svc.Layout, Settings], tmp_path: Path
) -> None:
    """``quarantine`` alone refusing writes (its grant revoked; a full disk under it says 53100
    the same way) while ``readings`` takes them: the real ``soc ingest run`` stores the readings
    meanwhile, spools the messages it refuses raw, names ``quarantine`` refused in its beat,
    and once the table takes writes again quarantines each of them once, the same process."""
    _, s = private
    sid = f"QR-{uuid.uuid4().hex[:6]}"
    register(s.db.conninfo(), [(sid, "flood")])
    cid = f"qr-{sid}"
    log_path = tmp_path / "worker.log"
    n, bad = 300, 30
    base = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=3)
    topic = f"soc/v1/disaster/flood/{sid}"
    # every tenth message one the parser refuses, in the same batches as the readings
    stream = [m for i, good in enumerate(_stream(sid, n, base))
              for m in ([good, (topic, b"{not json " + str(i).encode())] if i % 10 == 0 else [good])]
    _forget_earlier_workers(s)
    worker = _spawn_worker(s, cid, log_path, SOC_HEALTH__BEAT_EVERY_S="1")
    pub = publisher(s, "disaster")
    try:
        _wait_log(log_path, "mqtt_subscribed", 1, worker)
        with psycopg.connect(s.db.conninfo(), autocommit=True) as conn:
            conn.execute("REVOKE INSERT ON quarantine FROM CURRENT_USER")
        try:
            publish_all(pub, stream)
            wait_until(lambda: counters(s.db.conninfo(), sid)["stored"] >= n, 60,
                       "the readings stored while quarantine refuses")
            (line, *_) = [ln for ln in log_path.read_text(errors="replace").splitlines()
                          if "table_refuses_writes" in ln]
            assert "quarantine" in line, line
            assert "42501" in line, line

            def beats_refused() -> bool:
                refused = _ingest_beat(s, worker.pid)[1]
                return isinstance(refused, list) and [r["table"] for r in refused] == ["quarantine"]

            wait_until(beats_refused, 30, "a beat naming quarantine refused")
            with connect(s, autocommit=True) as conn:
                (r,) = read_refusals(conn, 30.0)
                spooled = conn.execute("SELECT count(*) FROM ingest_spool WHERE refused_by = 'quarantine'"
                                       " AND topic = %s", (topic,)).fetchone()
            assert (r.service, r.table, r.sqlstate) == ("ingest", "quarantine", "42501")
            assert spooled == (bad,)
            assert counters(s.db.conninfo(), sid)["quarantined"] == 0
            assert _quarantine_rows(s, sid) == 0
        finally:
            with psycopg.connect(s.db.conninfo(), autocommit=True) as conn:
                conn.execute("GRANT INSERT ON quarantine TO CURRENT_USER")
        wait_until(lambda: counters(s.db.conninfo(), sid)["quarantined"] >= bad, 120, "the refused ones quarantined")
        wait_until(lambda: _ingest_beat(s, worker.pid)[1] == [], 30, "the refusal gone from the beat")
        assert worker.poll() is None, "the worker rode out the refusal as the same process"
        assert "table_accepts_writes" in log_path.read_text(errors="replace")
    finally:
        close(pub)
        worker.send_signal(signal.SIGTERM)
        worker.wait(30)
        purge_session(s, cid)
    c = counters(s.db.conninfo(), sid)
    assert_balanced(c)
    assert (c["stored"], c["duplicate"], c["quarantined"]) == (n, 0, bad)
    assert _readings(s, sid) == (n, n)
    assert _quarantine_rows(s, sid) == bad
    with connect(s, autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM ingest_spool WHERE topic = %s", (topic,)).fetchone() == (0,)


def test_a_worker_cut_off_from_the_broker_is_down_in_the_health_check_until_it_is_back(
    private: tuple[svc.Layout, Settings]
) -> None:
    """It beats on while the broker is away, so a fresh beat alone said "ok" for as long
    as the broker stayed away; its beat now says how long it has been cut off."""
    layout, s = private
    s = s.model_copy(update={"health": s.health.model_copy(update={"beat_every_s": 1.0})})
    stale_after_s = 5.0
    consumer = Consumer(s, client_id=f"hc-{uuid.uuid4().hex[:6]}", group="")
    th = threading.Thread(target=consumer.run, daemon=True)
    th.start()

    def ingest_down() -> bool:
        with psycopg.connect(s.db.conninfo(), autocommit=True) as conn:
            (p,) = read_health(conn, ("ingest",), stale_after_s)[:1]
        return p.stale

    def compose_healthy() -> bool:
        """The compose healthcheck, ``soc health ingest``, as its own process."""
        env = subprocess_env(s)
        done = subprocess.run([sys.executable, "-m", "soc", "health", "ingest", "--max-age", str(stale_after_s)],
                              cwd=ROOT, env=env, capture_output=True, timeout=120, check=False)
        return done.returncode == 0

    try:
        assert consumer.subscribed.wait(30)
        wait_until(lambda: not ingest_down(), 30, "ingest healthy while connected")
        wait_until(compose_healthy, 60, "soc health ingest exits 0 while connected")
        svc.mqtt_down(layout)
        wait_until(ingest_down, 60, "ingest down in the health check while the broker is away")
        # The compose healthcheck says what /api/health says (it beats on, cut off).
        wait_until(lambda: not compose_healthy(), 60, "soc health ingest exits 1 while the broker is away")
        svc.mqtt_up(layout)
        wait_until(lambda: not ingest_down(), 60, "ingest healthy again once the broker is back")
        wait_until(compose_healthy, 60, "soc health ingest exits 0 once the broker is back")
    finally:
        if not svc.status(layout)[1].running:
            svc.mqtt_up(layout)
        _wind_up(s, consumer, th)


def test_broker_restart_resumes_session_without_loss(
    private: tuple[svc.Layout, Settings], caplog: pytest.LogCaptureFixture
) -> None:
    """Messages the broker accepted before a restart are all stored once after it.

    Phase 2 is published once the worker has resumed its session: Mosquitto 2.0.11
    (Debian 12) drops messages for a persistent session that arrive after a restart
    but before that session's client reconnects (measured; see docs/mqtt.md).
    """
    layout, s = private
    sid = f"BR-{uuid.uuid4().hex[:6]}"
    register(s.db.conninfo(), [(sid, "flood")])
    base = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)
    # The backlog is far more than is stored between two looks at the counters (every 50 ms)
    # and ten times the worker's in-flight window: the restart lands while it is being stored,
    # with messages in flight to the worker and more queued on the broker.
    s = s.model_copy(update={"ingest": s.ingest.model_copy(update={"max_in_flight": 2000})})
    n1, n = 20_000, 24_000
    cid = f"br-{sid}"
    # Create the session, then go away so that phase 1 queues on the broker.
    first = Consumer(s, client_id=cid, group=cid)
    th = threading.Thread(target=first.run, daemon=True)
    th.start()
    assert first.subscribed.wait(30)
    first.stop()
    th.join(30)
    pub = publisher(s, "disaster")
    publish_all(pub, _stream(sid, n1, base))  # every one accepted (PUBACK) by the broker
    close(pub)
    caplog.set_level(logging.INFO, logger="ingest")
    caplog.clear()
    consumer = Consumer(s, client_id=cid, group=cid)
    th = threading.Thread(target=consumer.run, daemon=True)
    th.start()
    try:
        with psycopg.connect(s.db.conninfo(), autocommit=True) as conn:
            deadline = time.monotonic() + 60
            while counters(conn, sid)["stored"] < 1000:
                assert time.monotonic() < deadline, "no first commits"
                time.sleep(0.05)
        epoch, _ = consumer.connection
        svc.mqtt_down(layout)  # while the worker is working through the backlog
        at_restart = counters(s.db.conninfo(), sid)["stored"]
        svc.mqtt_up(layout)
        wait_until(
            lambda: consumer.connection[0] >= epoch + 2 and consumer.connection[1],
            60,
            "the worker to reconnect",
        )
        pub = publisher(s, "disaster")
        publish_all(pub, _stream(sid, n, base, start=n1))
        close(pub)
        wait_until(lambda: counters(s.db.conninfo(), sid)["stored"] >= n, 120, "all stored")
    finally:
        consumer.stop()
        th.join(30)
        purge_session(s, cid)
    assert at_restart < n1, "the restart must land while phase 1 is being stored"
    c = counters(s.db.conninfo(), sid)
    assert_balanced(c)
    assert c["stored"] == n
    assert _readings(s, sid) == (n, n)
    messages = [r.getMessage() for r in caplog.records if r.name == "ingest.consumer"]
    assert sum(m.startswith("broker_unavailable") for m in messages) == 1
    assert sum(m.startswith("broker_available") for m in messages) == 1
    assert any("session_present=True" in m for m in messages)


def test_single_worker_plain_subscription_keeps_messages_sent_during_broker_restart(
    private: tuple[svc.Layout, Settings],
) -> None:
    """With ``group=""`` (plain subscription) nothing is lost in the restart window.

    The worker is away while the broker restarts and while phase 2 is published,
    the window in which Mosquitto drops messages for shared subscriptions.
    """
    layout, s = private
    sid = f"PL-{uuid.uuid4().hex[:6]}"
    register(s.db.conninfo(), [(sid, "flood")])
    base = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)
    n1, n = 2000, 4000
    cid = f"pl-{sid}"

    def run_worker() -> tuple[Consumer, threading.Thread]:
        worker = Consumer(s, client_id=cid, group="")
        thread = threading.Thread(target=worker.run, daemon=True)
        thread.start()
        assert worker.subscribed.wait(30)
        return worker, thread

    worker, th = run_worker()
    try:
        pub = publisher(s, "disaster")
        publish_all(pub, _stream(sid, n1, base))
        close(pub)
        wait_until(lambda: counters(s.db.conninfo(), sid)["stored"] >= n1, 60, "phase 1 stored")
        worker.stop()
        th.join(30)
        svc.mqtt_down(layout)
        svc.mqtt_up(layout)
        pub = publisher(s, "disaster")
        publish_all(pub, _stream(sid, n, base, start=n1))  # the worker is not connected yet
        close(pub)
        worker, th = run_worker()
        wait_until(lambda: counters(s.db.conninfo(), sid)["stored"] >= n, 60, "phase 2 stored")
    finally:
        worker.stop()
        th.join(30)
        purge_session(s, cid)
    c = counters(s.db.conninfo(), sid)
    assert_balanced(c)
    assert c["stored"] == n
    assert _readings(s, sid) == (n, n)


def test_messages_the_broker_drops_at_its_queue_limit_are_reported(
    private: tuple[svc.Layout, Settings], caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    """Loss ingest cannot count itself is not silent: the broker's drop counter reaches the log and health.

    The broker is restarted with a queue of 5 messages; 30 arrive for the
    worker's persistent session while it is away, so the broker keeps 5 and
    drops 25 (docs/mqtt.md, "Broker queue sizing").
    """
    import argparse

    from common.health import run_health

    layout, s = private
    small = replace(layout, max_queued_messages=5)
    sid = f"DR-{uuid.uuid4().hex[:6]}"
    register(s.db.conninfo(), [(sid, "flood")])
    base = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1)
    cid = f"drop-{sid}"
    caplog.set_level(logging.INFO, logger="ingest")
    svc.mqtt_down(layout)
    svc.mqtt_up(small)
    pub = publisher(s, "disaster")
    try:
        leave_session(s, cid)
        publish_all(pub, _stream(sid, 30, base))
        consumer = Consumer(s, client_id=cid, group="")
        th = threading.Thread(target=consumer.run, daemon=True)
        th.start()
        # Mosquitto publishes $SYS every sys_interval (10 s); then the heartbeat (every 10 s) carries it.
        wait_until(lambda: consumer.broker_dropped > 0, 30, "the broker's drop counter")
        # Every message is accounted for: stored by ingest, or reported dropped by the broker.
        wait_until(lambda: counters(s.db.conninfo(), sid)["stored"] + consumer.broker_dropped >= 30, 30,
                   "the kept messages to be stored")
        assert counters(s.db.conninfo(), sid)["stored"] + consumer.broker_dropped == 30
        assert consumer.broker_dropped >= 20

        def beat_has_it() -> bool:
            with psycopg.connect(s.db.conninfo()) as conn:
                rows = conn.execute("SELECT detail FROM service_heartbeats WHERE service = 'ingest'").fetchall()
            return any((d or {}).get("broker_dropped", 0) == consumer.broker_dropped for (d,) in rows)

        wait_until(beat_has_it, 30, "the heartbeat to carry the drop counter")
        consumer.stop()
        th.join(30)
    finally:
        close(pub)
        purge_session(s, cid)
        svc.mqtt_down(small)
        svc.mqtt_up(layout)
    messages = [r.getMessage() for r in caplog.records if r.name == "ingest.consumer"]
    assert any(m.startswith("broker_dropped_messages") for m in messages)
    assert run_health(s, argparse.Namespace(service="ingest", max_age=3600)) == 0
    assert f"the broker dropped {consumer.broker_dropped} messages" in capsys.readouterr().out


def _stream_through_restart(layout: svc.Layout, s: Settings, sid: str, n: int, rate: float) -> set[int]:
    """Publish ``n`` flood messages at ``rate``/s while the broker restarts; the indexes PUBACKed.

    The publisher reconnects at once (0.1 s), the worker after paho's 1 s: the
    messages of the window in between are acknowledged while the worker's
    session has no connection, the case a ``$share`` subscription loses.
    """
    import paho.mqtt.client as mqtt
    from paho.mqtt.enums import CallbackAPIVersion

    base = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)
    client = mqtt.Client(CallbackAPIVersion.VERSION2, client_id=f"rs-{uuid.uuid4().hex[:8]}",
                         protocol=mqtt.MQTTv311, clean_session=True)
    client.username_pw_set("disaster", s.mqtt.password_for("disaster"))
    client.max_inflight_messages_set(200)
    client.max_queued_messages_set(0)
    client.reconnect_delay_set(min_delay=0.1, max_delay=0.5)  # type: ignore[arg-type]
    client.connect(s.mqtt.host, s.mqtt.port, keepalive=10)
    client.loop_start()
    infos: list[mqtt.MQTTMessageInfo] = []
    restarted = threading.Event()

    def restart() -> None:
        svc.mqtt_down(layout)
        svc.mqtt_up(layout)
        restarted.set()

    start = time.monotonic()
    restarter: threading.Thread | None = None
    try:
        for i in range(n):
            while time.monotonic() < start + i / rate:
                time.sleep(0.001)
            infos.append(client.publish(f"soc/v1/disaster/flood/{sid}", flood_payload(i, base), qos=1))
            if i == n // 3:
                restarter = threading.Thread(target=restart)
                restarter.start()
        assert restarter is not None
        restarter.join(60)
        assert restarted.is_set()
        wait_until(lambda: all(_acked(x) is not None for x in infos[-100:]), 60, "the tail settled")
        time.sleep(2)  # late PUBACKs of resent messages
    finally:
        client.disconnect()
        client.loop_stop()
    return {i for i, x in enumerate(infos) if _acked(x)}


def _acked(info: object) -> bool | None:
    """True once PUBACKed, False if paho refused to send it, None while pending."""
    import paho.mqtt.client as mqtt

    assert isinstance(info, mqtt.MQTTMessageInfo)
    try:
        return True if info.is_published() else None
    except (RuntimeError, ValueError):
        return False


def test_default_entry_point_loses_nothing_acknowledged_across_a_broker_restart(
    private: tuple[svc.Layout, Settings], tmp_path: Path
) -> None:
    """`soc ingest run` with no options, a steady stream, Mosquitto restarted in the middle.

    Every message the broker PUBACKed is stored exactly once (the default
    subscription is plain with a persistent session; a ``$share`` group lost
    220-702 of 80,000 in this situation).
    """
    layout, s = private
    sid = f"RS-{uuid.uuid4().hex[:6]}"
    register(s.db.conninfo(), [(sid, "flood")])
    cid = f"rs-{sid}"
    log_path = tmp_path / "worker.log"
    fh = log_path.open("ab")
    env = subprocess_env(s)
    env.pop("SOC_INGEST__SHARED_SUBSCRIPTION_GROUP", None)
    env.pop("SOC_INGEST__SHARE_GROUP", None)
    worker = subprocess.Popen([sys.executable, "-m", "soc", "ingest", "run", "--client-id", cid],
                              cwd=ROOT, env=env, stdout=fh, stderr=fh)
    fh.close()
    n = 24_000
    try:
        _wait_log(log_path, "mqtt_subscribed", 1, worker)
        acked = _stream_through_restart(layout, s, sid, n, rate=3000)
        assert len(acked) > n // 2

        def stored_times() -> set[int]:
            with psycopg.connect(s.db.conninfo()) as conn:
                rows = conn.execute(
                    "SELECT (extract(epoch FROM time - min(time) OVER ()) * 1000)::int FROM readings"
                    " WHERE sensor_id = %s", (sid,)
                ).fetchall()
            return {int(r[0]) for r in rows}

        def all_acked_stored() -> bool:
            assert worker.poll() is None, log_path.read_text()
            return acked <= stored_times()

        try:
            wait_until(all_acked_stored, 90, "every acknowledged message stored")
        except TimeoutError:
            lost = sorted(acked - stored_times())
            pytest.fail(f"{len(lost)} of {len(acked)} PUBACKed messages never stored, e.g. {lost[:10]}")
    finally:
        worker.send_signal(signal.SIGTERM)
        worker.wait(30)
        purge_session(s, cid)
    c = counters(s.db.conninfo(), sid)
    assert_balanced(c)
    assert _readings(s, sid)[0] == _readings(s, sid)[1]  # each stored once
