"""Benchmark: MQTT → TimescaleDB ingest, against a naive INSERT-per-message baseline.

Run (against the test instance's PostgreSQL; a throw-away database is created
and dropped, and a private Mosquitto with the project's configuration is started
on a free port and stopped)::

    SOC_DB__PORT=15433 .venv/bin/python -m bench.ingest [--seconds 60] [--rate 10000]

The load generator is a compiled libmosquitto client (``bench/ingest_pub.c``,
built here into ``bench/_build/``) in its own process; it reports its own CPU.
The ingest worker is the real :class:`ingest.consumer.Consumer` (validation,
registry check, deduplication, accounting, ack after commit) in this process,
which does nothing else, so this process's CPU time is the worker's.

Scenarios, each with a fresh share group and persistent session:

1. ``fixed``: single-reading flood messages at ``--rate`` messages/s for
   ``--seconds``: committed messages/s and p50/p99 observation-to-commit latency.
2. ``max``: single-reading messages as fast as the publisher can (bounded by a
   window of unacknowledged messages), ``--seconds`` worth at the fixed rate × 3.
3. ``vd``: VD-shaped messages (12 readings each) at maximum rate: readings/s.
4. ``naive``: one INSERT and COMMIT per message (then ack), same parsing, at
   maximum rate for ``--naive-seconds``.

Latency is from the observation timestamp (wall clock in the publisher when it
built the message) to the moment COMMIT returned in the worker.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import queue
import resource
import shutil
import subprocess
import sys
import threading
import time
import uuid
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import paho.mqtt.client as mqtt
import psycopg
from paho.mqtt.enums import CallbackAPIVersion

from common import services as svc
from common.db import connect
from common.migrate import migrate
from common.settings import Settings, load_settings
from ingest.accounting import Tally
from ingest.consumer import Consumer
from ingest.parsing import limits_from, parse_or_reject
from ingest.payloads import Parsed
from ingest.store import Message

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "bench" / "_build"
N_SOURCES = 1000
WINDOW_S = 30.0  # committed-rate windows of long runs (is a rate sustained?)


def build_publisher() -> Path:
    """Compile the libmosquitto publisher (needs gcc and libmosquitto-dev)."""
    BUILD.mkdir(parents=True, exist_ok=True)
    exe = BUILD / "ingest_pub"
    src = ROOT / "bench" / "ingest_pub.c"
    if not exe.exists() or exe.stat().st_mtime < src.stat().st_mtime:
        subprocess.run(["gcc", "-O2", "-Wall", "-o", str(exe), str(src), "-lmosquitto"], check=True)
    return exe


def cpu_s() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _floats() -> array[float]:
    return array("d")


@dataclass
class Recorder:
    """Commit times and observation-to-commit latencies, filled by the worker thread.

    Per-message figures go into ``array('d')``, not lists: a list of millions of
    floats is a container the cyclic GC walks at every full collection, in the
    worker's process, so a list-based recorder slowed the worker it measures
    more the longer a run went.
    """

    latencies_ms: array[float] = field(default_factory=_floats)
    #: Breakdown: observation → the worker took the batch; batch taken → COMMIT returned.
    to_batch_ms: array[float] = field(default_factory=_floats)
    batch_to_commit_ms: array[float] = field(default_factory=_floats)
    batch_sizes: list[int] = field(default_factory=list)
    #: (COMMIT returned, messages in the batch): committed rate over time.
    commits: list[tuple[float, int]] = field(default_factory=list)
    taken_at: dict[int, float] = field(default_factory=dict)  # id(messages) -> when the batch was taken
    last_taken: float = 0.0
    messages: int = 0
    readings: int = 0
    first_commit: float | None = None
    last_commit: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, msgs: list[Message]) -> None:
        now = time.time()
        taken = self.taken_at.pop(id(msgs))
        lat: list[float] = []
        to_batch: list[float] = []
        n_read = 0
        for m in msgs:
            r = m.result
            if isinstance(r, Parsed) and r.readings:
                n_read += len(r.readings)
                obs = r.readings[0].time.timestamp()
                lat.append((now - obs) * 1000)
                to_batch.append((taken - obs) * 1000)
        with self.lock:
            self.to_batch_ms.extend(to_batch)
            self.batch_to_commit_ms.append((now - taken) * 1000)
            self.batch_sizes.append(len(msgs))
            self.commits.append((now, len(msgs)))
            if self.first_commit is None:
                self.first_commit = now
            self.last_commit = now
            self.messages += len(msgs)
            self.readings += n_read
            self.latencies_ms.extend(lat)


def proc_cpu_s(pid: int | None) -> float:
    """CPU seconds (user + system) of a process, 0 if unknown."""
    if pid is None:
        return 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class BenchConsumer(Consumer):
    """The real consumer; only notes when each batch's COMMIT returned."""

    def __init__(self, settings: Settings, rec: Recorder, **kw: Any) -> None:
        super().__init__(settings, **kw)
        self.rec = rec
        self.backend_pids: set[int] = set()

    def _ensure_store(self, slot: Any) -> Any:
        store = super()._ensure_store(slot)
        self.backend_pids.add(store.conn.info.backend_pid)
        return store

    def _collect(self) -> Any:
        batch = super()._collect()
        self.rec.last_taken = time.time()
        return batch

    def _parse(self, batch: Any) -> list[Message]:
        messages = super()._parse(batch)
        self.rec.taken_at[id(messages)] = self.rec.last_taken
        return messages

    def _commit(self, messages: list[Message], prepared: Any, slot: Any, seq: int | None = None) -> Tally | None:
        tally = super()._commit(messages, prepared, slot, seq)
        if tally is not None:
            self.rec.record(messages)
        return tally


def pct(values: Sequence[float], p: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, int(p / 100 * len(s)))]


def publish(exe: Path, s: Settings, prefix: str, count: int, rate: float, kind: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            str(exe),
            s.mqtt.host,
            str(s.mqtt.port),
            "disaster" if kind == "flood" else "traffic",
            s.mqtt.password_for("disaster" if kind == "flood" else "traffic"),
            prefix,
            str(N_SOURCES),
            str(count),
            str(rate),
            kind,
            "2000",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )


def purge(s: Settings, client_id: str) -> None:
    from paho.mqtt.packettypes import PacketTypes
    from paho.mqtt.properties import Properties

    c = mqtt.Client(CallbackAPIVersion.VERSION2, client_id=client_id, protocol=mqtt.MQTTv5)
    c.username_pw_set("ingest", s.mqtt.password_for("ingest"))
    props = Properties(PacketTypes.CONNECT)  # type: ignore[no-untyped-call]
    props.SessionExpiryInterval = 0
    c.connect(s.mqtt.host, s.mqtt.port, clean_start=True, properties=props)
    c.loop(1.0)
    c.disconnect()


def window_rates(commits: list[tuple[float, int]], window_s: float) -> list[float]:
    """Messages committed per second in each whole ``window_s`` window from the first commit."""
    if not commits:
        return []
    t0 = commits[0][0]
    n_windows = int((commits[-1][0] - t0) // window_s)
    counts = [0] * n_windows
    for t, n in commits:
        k = int((t - t0) // window_s)
        if k < n_windows:
            counts[k] += n
    return [c / window_s for c in counts]


def run_ours(
    exe: Path, s: Settings, name: str, kind: str, count: int, rate: float, broker_pid: int | None
) -> dict[str, Any]:
    """One scenario with the real consumer; returns its figures."""
    tag = uuid.uuid4().hex[:6]
    feed = "disaster/flood" if kind == "flood" else "traffic/vd"
    prefix = f"soc/v1/{feed}/B{kind[0].upper()}-"
    rec = Recorder()
    consumer = BenchConsumer(s, rec, client_id=f"bench-{name}-{tag}", group=f"bench-{tag}")
    th = threading.Thread(target=consumer.run, daemon=True)
    th.start()
    assert consumer.subscribed.wait(30)
    cpu0, t0 = cpu_s(), time.monotonic()
    gc0 = gc.get_stats()[2]["collections"]
    b0, pg0 = proc_cpu_s(broker_pid), {p: proc_cpu_s(p) for p in consumer.backend_pids}
    pub = publish(exe, s, prefix, count, rate, kind)
    out, _ = pub.communicate()
    pub_stats = json.loads(out.strip().splitlines()[-1])
    deadline = time.monotonic() + 300
    while rec.messages < count and time.monotonic() < deadline:
        time.sleep(0.05)
    cpu1, t1 = cpu_s(), time.monotonic()
    gc_full = gc.get_stats()[2]["collections"] - gc0
    b1 = proc_cpu_s(broker_pid)
    pg_cpu = sum(proc_cpu_s(p) - pg0.get(p, 0.0) for p in consumer.backend_pids)
    consumer.stop()
    th.join(30)
    purge(s, consumer.client_id)
    span = (rec.last_commit - (rec.first_commit or rec.last_commit)) or (t1 - t0)
    return {
        "scenario": name,
        "offered_rate": rate or "max",
        "published": pub_stats["sent"],
        "publisher_msgs_per_s": round(pub_stats["sent"] / pub_stats["elapsed_s"]),
        "publisher_cpu_s": pub_stats["cpu_s"],
        "committed_messages": rec.messages,
        "committed_readings": rec.readings,
        "messages_per_s": round(rec.messages / span),
        "readings_per_s": round(rec.readings / span),
        "worker_cpu_us_per_reading": round((cpu1 - cpu0) / max(1, rec.readings) * 1e6, 1),
        "worker_cpu_us_per_message": round((cpu1 - cpu0) / max(1, rec.messages) * 1e6, 1),
        "publisher_cpu_us_per_message": round(pub_stats["cpu_s"] / max(1, pub_stats["sent"]) * 1e6, 1),
        "broker_cpu_us_per_message": round((b1 - b0) / max(1, rec.messages) * 1e6, 1),
        "pg_backend_cpu_us_per_message": round(pg_cpu / max(1, rec.messages) * 1e6, 1),
        "latency_p50_ms": round(pct(rec.latencies_ms, 50), 1),
        "latency_p99_ms": round(pct(rec.latencies_ms, 99), 1),
        "breakdown_ms": {
            "obs_to_batch_p50": round(pct(rec.to_batch_ms, 50), 1),
            "obs_to_batch_p99": round(pct(rec.to_batch_ms, 99), 1),
            "batch_to_commit_p50": round(pct(rec.batch_to_commit_ms, 50), 1),
            "batch_to_commit_p99": round(pct(rec.batch_to_commit_ms, 99), 1),
            "batch_size_p50": pct([float(n) for n in rec.batch_sizes], 50),
        },
        "totals": {"duplicate": consumer.totals.duplicate, "quarantined": consumer.totals.quarantined},
        "worker_gc_full_collections": gc_full,
        **_windows(rec.commits),
    }


def _windows(commits: list[tuple[float, int]]) -> dict[str, Any]:
    """For runs of a minute or more: the slowest and fastest 30 s of committing."""
    rates = window_rates(commits, WINDOW_S)
    if len(rates) < 2:
        return {}
    return {"committed_per_s_30s_windows": {"n": len(rates), "min": round(min(rates)), "max": round(max(rates)),
                                            "all": [round(r) for r in rates]}}


SQL_NAIVE = "INSERT INTO readings (time, sensor_id, metric, value) VALUES (%s, %s, %s, %s) ON CONFLICT DO NOTHING"


def run_naive(exe: Path, s: Settings, seconds: float) -> dict[str, Any]:
    """One INSERT and COMMIT per message, then ack: the baseline."""
    tag = uuid.uuid4().hex[:6]
    prefix = "soc/v1/disaster/flood/BF-"
    conn = psycopg.connect(s.db.conninfo())
    registry: dict[str, str] = dict(conn.execute("SELECT sensor_id, kind FROM sensors").fetchall())
    conn.commit()
    limits = limits_from(s)
    q: queue.Queue[mqtt.MQTTMessage] = queue.Queue()
    client = mqtt.Client(CallbackAPIVersion.VERSION2, client_id=f"naive-{tag}", protocol=mqtt.MQTTv311)
    client.manual_ack_set(True)
    client.username_pw_set("ingest", s.mqtt.password_for("ingest"))
    subscribed = threading.Event()
    client.on_message = lambda c, u, m: q.put(m)
    client.on_subscribe = lambda c, u, mid, rc, p: subscribed.set()
    client.on_connect = lambda c, u, f, rc, p: c.subscribe(f"$share/naive-{tag}/soc/v1/+/+/+", qos=1)
    client.connect(s.mqtt.host, s.mqtt.port)
    client.loop_start()
    assert subscribed.wait(30)
    count = 200_000
    pub = publish(exe, s, prefix, count, 0, "flood")
    done = 0
    cpu0 = cpu_s()
    t0 = time.monotonic()
    while time.monotonic() - t0 < seconds:
        try:
            m = q.get(timeout=0.5)
        except queue.Empty:
            continue
        now = datetime.now(UTC)
        r = parse_or_reject(m.topic, bytes(m.payload), now, registry, limits)
        if isinstance(r, Parsed):
            for x in r.readings:
                conn.execute(SQL_NAIVE, (x.time, x.sensor_id, x.metric, x.value))
        conn.commit()
        client.ack(m.mid, m.qos)
        done += 1
    elapsed = time.monotonic() - t0
    cpu1 = cpu_s()
    pub.kill()
    pub.wait()
    client.disconnect()
    client.loop_stop()
    conn.close()
    return {
        "scenario": "naive",
        "messages_per_s": round(done / elapsed),
        "worker_cpu_us_per_message": round((cpu1 - cpu0) / max(1, done) * 1e6, 1),
        "committed_messages": done,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--seconds", type=float, default=30, help="duration of the fixed-rate run")
    ap.add_argument("--rate", type=float, default=10_000, help="fixed offered rate, messages/s")
    ap.add_argument("--max-messages", type=int, default=0, help="messages in the max run (default rate×seconds×2)")
    ap.add_argument("--vd-messages", type=int, default=0, help="VD messages (default rate×seconds÷2)")
    ap.add_argument("--naive-seconds", type=float, default=10)
    ap.add_argument("--only", default="fixed,max,vd,naive")
    args = ap.parse_args()

    base = load_settings(ROOT / ".env")
    exe = build_publisher()
    layout = replace(svc.Layout.from_settings(base), instance="bench-ingest", mqtt_port=svc.free_port())
    svc.mqtt_up(layout)
    pid_text = (layout.mqtt_dir / "mosquitto.pid").read_text().strip()
    broker_pid = int(pid_text) if pid_text.isdigit() else None
    dbname = f"bench_ingest_{uuid.uuid4().hex[:8]}"
    with connect(base, dbname="postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{dbname}"'.encode())
    s = base.model_copy(
        update={
            "db": base.db.model_copy(update={"name": dbname}),
            "mqtt": base.mqtt.model_copy(update={"port": layout.mqtt_port}),
        }
    )
    results: list[dict[str, Any]] = []
    try:
        with connect(s, autocommit=True) as conn:
            migrate(conn)
            with conn.cursor() as cur:
                for kind, prefix in (("flood", "BF-"), ("vd", "BV-")):
                    cur.executemany(
                        "INSERT INTO sensors (sensor_id, agency, kind, geom) VALUES "
                        "(%s, %s, %s, ST_SetSRID(ST_MakePoint(120.65, 24.18), 4326))",
                        [
                            (f"{prefix}{i}", "disaster" if kind == "flood" else "traffic", kind)
                            for i in range(N_SOURCES)
                        ],
                    )
        only = set(args.only.split(","))
        fixed_n = int(args.rate * args.seconds)
        if "fixed" in only:
            results.append(run_ours(exe, s, "fixed", "flood", fixed_n, args.rate, broker_pid))
        if "max" in only:
            results.append(run_ours(exe, s, "max", "flood", args.max_messages or fixed_n * 2, 0, broker_pid))
        if "vd" in only:
            results.append(run_ours(exe, s, "vd", "vd", args.vd_messages or fixed_n // 2, 0, broker_pid))
        if "naive" in only:
            results.append(run_naive(exe, s, args.naive_seconds))
        by = {r["scenario"]: r for r in results}
        if "naive" in by and "max" in by:
            by["max"]["ratio_to_naive"] = round(by["max"]["messages_per_s"] / by["naive"]["messages_per_s"], 1)
        print(json.dumps({"cores": os.cpu_count(), "results": results}, indent=2), flush=True)
    finally:
        svc.mqtt_down(layout)
        shutil.rmtree(layout.instance_dir, ignore_errors=True)  # the private broker's files
        drop_database(base, dbname)
    return 0


def drop_database(base: Settings, dbname: str) -> None:
    """Drop the throw-away database; a TimescaleDB background worker may hold it briefly."""
    for _ in range(30):
        try:
            with connect(base, dbname="postgres", autocommit=True) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)'.encode())
            return
        except psycopg.Error as exc:
            last = exc
            time.sleep(1)
    print(f"warning: could not drop {dbname}: {last}", file=sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main())
