"""Benchmark: observation timestamp → wall-client receipt, through every real process.

Run (about 2 minutes; needs root like ``soc services up``; results in
docs/benchmarks/e2e.md)::

    .venv/bin/python -m bench.e2e --rates 1000,10000 --seconds 30 --drain 30

What runs: a private TimescaleDB + Mosquitto instance (``common.services``, free
ports, its own instance name, stopped and deleted afterwards), ``soc db
migrate``, ``soc geo load``, ``soc users add wall --role display`` and ``soc
users display-token wall``, then ``soc ingest run``, ``soc alerts run``, ``soc
ops run`` and ``soc web --port <free>`` as subprocesses, and websocket clients
(their own process) on ``/ws/wall`` with the display token.

What is measured. A wall delta carries no observation time: a sensor delta
carries the sensor's drawn *state* (unknown / normal / alert / offline), and an
unchanged state yields no delta, so the wall shows only observations that change
what is drawn. The benchmark measures exactly those: *probe* sensors (registered
per rate, ``--probe-rate`` per second, never seen before) each receive one
observation stamped with its send time; that observation turns the probe from
``unknown`` to ``normal`` on the wall, and the latency is the client's receipt
time minus the observation timestamp. Meanwhile *load* sensors receive ``rate``
messages/s from the compiled libmosquitto publisher (``bench/ingest_pub.c``, its
own process).

The web process is ``soc web`` with the shipped settings (what ``soc demo``
runs; the effective values are printed under ``"web"``): sensor states reach the
wall by the push path — ingest NOTIFYs ``soc_ingest_seen`` at each batch's
commit, the web process LISTENs (``web/wall/push.py``) and redraws the named sensors
at once — while the feed's poll (``web/wall/feed.py``: every 0.5 s, sensors every 4th
poll) reconciles. A probe is registered a few seconds before it is published, so
the poll has brought it to the wall (as unknown) by then; its observation then
travels by the push path only.

Breakdown per probe, in the same run (the baseline):

* ``obs→txn``: observation to ``readings.received_at`` (the ingest batch's
  transaction start: broker + ingest batching);
* ``txn→sent``: transaction start to the server's broadcast stamp (``sent`` in
  the frame): the batch's writes and commit, the notification, the web
  process's handling;
* ``obs→visible``: observation to the moment a 20 ms poller in this process
  first sees the committed row (ingest-only commit latency, up to 20 ms coarse);
* ``visible→sent``: that moment to the broadcast stamp; negative when the push
  path broadcasts before the 20 ms poller sees the row;
* ``obs→notified``: observation to this process's receipt of the first
  ``soc_ingest_seen`` notification naming the probe (its own LISTEN): the
  commit, to about a millisecond;
* ``notified→sent``: that receipt to the broadcast stamp: the web process's
  share (its receipt of the same notification, the redraw, the broadcast);
  can be slightly negative, both processes receive the notification at once;
* ``sent→receipt``: broadcast to client receipt.

Plus ``obs→txn`` for *every* load message of the window (SQL percentiles), one
``EXPLAIN ANALYZE`` of the feed's sensor-state query under load (plan written
under ``--plans``), and the CPU of each process from ``/proc/<pid>/stat`` over
the probe window. A probe the wall has not shown ``--drain`` seconds after the
load ends counts as infinitely late in the wall percentiles (JSON ``Infinity``).

What-ifs (not the shipped configuration): ``--no-push`` runs ``soc web`` with
``SOC_WEB__WALL_PUSH=false`` (poll only); ``--web-poll S`` serves the same app
(``web.app.create_app``) with ``WallOptions(poll_interval_s=S)`` from a small
launcher in this module; ``--sensor-time-index`` adds an index ``readings
(sensor_id, time DESC)`` to the private database before the processes start
(migration 0012 shipped an equivalent one; 0013 dropped it, the wall reads the
last reading from ``ingest_counters.last_reading_time``, so the what-if now only
adds insert cost).
Load and probe sensors are ``water_level`` sensors without alert levels, so
they raise no alerts: alerts and the ops center run and poll, but do not
produce alerts or incidents from the load.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg

from bench.ingest import build_publisher, pct, proc_cpu_s
from common import services as svc
from common.settings import Settings, load_settings

ROOT = Path(__file__).resolve().parents[1]
PROCESSES: dict[str, tuple[str, ...]] = {
    "ingest": ("ingest", "run"),
    "alerts": ("alerts", "run"),
    "ops": ("ops", "run"),
    "web": ("web",),
}
LOAD_PREFIX = "E2E-L-"
WARM_SENSOR = "E2E-W0-0"
SQL_REGISTER = (
    "INSERT INTO sensors (sensor_id, agency, kind, name, geom, expected_interval) VALUES "
    "(%s, 'disaster', 'water_level', %s, ST_SetSRID(ST_MakePoint(%s, %s), 4326), interval '600 seconds')"
)
#: What-if only (``--sensor-time-index``): lets ``max(time) ... WHERE sensor_id = ?`` be one
#: index probe; the primary key (sensor_id, metric, time) cannot serve it without the metric.
SQL_WHAT_IF_INDEX = "CREATE INDEX IF NOT EXISTS e2e_readings_sensor_time ON readings (sensor_id, time DESC)"
SQL_PROBES_SEEN = "SELECT sensor_id, time, received_at FROM readings WHERE sensor_id = ANY(%s)"
SQL_LOAD_LATENCY = """
SELECT count(*),
       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM received_at - time)),
       percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM received_at - time))
FROM readings
WHERE sensor_id LIKE 'E2E-L-%%' AND time >= %(t0)s AND time < %(t1)s
"""


# -- the websocket client process --------------------------------------------------


async def _client(url: str, n: int, prefix: str) -> None:
    import httpx
    from websockets.asyncio.client import connect

    from bench.wall import ticketed

    http = httpx.AsyncClient(timeout=120)

    def emit(client: int, key: str, state: str, sent: float, now: float) -> None:
        sys.stdout.write(json.dumps({"c": client, "k": key, "s": state, "sent": sent, "t": now}) + "\n")

    async def one(i: int) -> None:
        # /ws/wall takes one-time tickets: each client exchanges the display token for its own.
        async with connect(await ticketed(url, http), max_size=None, ping_interval=None) as ws:
            sys.stdout.write(json.dumps({"connected": i}) + "\n")
            sys.stdout.flush()
            async for text in ws:
                now = time.time()
                msg = json.loads(text)
                for f in msg["frames"] if msg["type"] == "batch" else (msg,):
                    if f["type"] == "delta" and f["topic"] == "sensor" and f["key"].startswith(prefix) and f["item"]:
                        emit(i, f["key"], f["item"]["state"], f["sent"], now)
                    elif f["type"] == "snapshot":
                        for item in f["state"].get("sensor", ()):
                            if item["key"].startswith(prefix):
                                emit(i, item["key"], item["state"], f["sent"], now)
                    elif f["type"] == "ping":
                        await ws.send('{"type":"pong"}')
                sys.stdout.flush()

    await asyncio.gather(*(one(i) for i in range(n)))


# -- orchestration -------------------------------------------------------------------


@dataclass
class Probes:
    """What the poller and the client reader learned about the probe sensors."""

    visible: dict[str, float] = field(default_factory=dict)  # sensor -> first seen committed
    notified: dict[str, float] = field(default_factory=dict)  # sensor -> soc_ingest_seen received
    obs: dict[str, float] = field(default_factory=dict)  # sensor -> observation time
    txn: dict[str, float] = field(default_factory=dict)  # sensor -> received_at
    wall: dict[tuple[int, str], tuple[float, float]] = field(default_factory=dict)  # -> (sent, receipt)
    connected: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


def _read_client(proc: subprocess.Popen[str], probes: Probes) -> None:
    assert proc.stdout is not None
    for line in proc.stdout:
        rec = json.loads(line)
        with probes.lock:
            if "connected" in rec:
                probes.connected += 1
            elif rec["s"] == "normal":
                probes.wall.setdefault((rec["c"], rec["k"]), (rec["sent"], rec["t"]))


def _listen_seen(dsn: str, ids: list[str], probes: Probes, stop: threading.Event) -> None:
    """Receipt time of the first ``soc_ingest_seen`` notification naming each probe (the commit)."""
    pending = set(ids)
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("LISTEN soc_ingest_seen")
        while pending and not stop.is_set():
            for note in conn.notifies(timeout=0.2):
                now = time.time()
                named = pending.intersection(json.loads(note.payload).get("seen", {}))
                if named:
                    pending -= named
                    with probes.lock:
                        for sid in named:
                            probes.notified[sid] = now


def _poll_commits(dsn: str, ids: list[str], probes: Probes, stop: threading.Event) -> None:
    pending = set(ids)
    with psycopg.connect(dsn, autocommit=True) as conn:
        while pending and not stop.is_set():
            rows = conn.execute(SQL_PROBES_SEEN, (sorted(pending),)).fetchall()
            now = time.time()
            with probes.lock:
                for sid, obs, rec in rows:
                    if sid in pending:
                        pending.discard(sid)
                        probes.visible[sid] = now
                        probes.obs[sid] = obs.timestamp()
                        probes.txn[sid] = rec.timestamp()
            stop.wait(0.02)


def _own_settings(base: Settings, layout: svc.Layout) -> Settings:
    return base.model_copy(update={
        "db": base.db.model_copy(update={"port": layout.pg_port, "name": layout.db_name}),
        "mqtt": base.mqtt.model_copy(update={"port": layout.mqtt_port}),
        "services": base.services.model_copy(update={"instance": layout.instance}),
    })


def _env(own: Settings, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update({
        "SOC_SERVICES__INSTANCE": own.services.instance,
        "SOC_DB__PORT": str(own.db.port),
        "SOC_DB__NAME": own.db.name,
        "SOC_MQTT__PORT": str(own.mqtt.port),
        "SOC_LOG_LEVEL": "WARNING",
    })
    env.update(extra)
    return env


def _soc(env: dict[str, str], *args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "soc", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"soc {' '.join(args)}: {done.stderr[-2000:]}")
    return done.stdout


def _wait(what: str, probe: Any, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not probe():
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out waiting for {what}")
        time.sleep(0.2)


def _http_ok(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as r:
            return int(r.status) == 200
    except OSError:
        return False


def _postgres_pids(layout: svc.Layout) -> list[int]:
    """The postmaster of ``layout`` and its children (backends, background workers)."""
    rt = svc.PgRuntime(layout, svc.choose_backend(layout))
    master = int((rt.data_host / "postmaster.pid").read_text().split()[0])
    pids = [master]
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                ppid = int((d / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            if ppid == master:
                pids.append(int(d.name))
    return pids


def _cpu(pids: dict[str, list[int]]) -> dict[str, float]:
    return {name: sum(proc_cpu_s(p) for p in ps) for name, ps in pids.items()}


def _publish(exe: Path, own: Settings, prefix: str, n_sources: int, count: int, rate: float) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [str(exe), own.mqtt.host, str(own.mqtt.port), "disaster", own.mqtt.password_for("disaster"),
         f"soc/v1/disaster/water_level/{prefix}", str(n_sources), str(count), str(rate), "value", "2000"],
        stdout=subprocess.PIPE, text=True)


def _ms(values: list[float]) -> dict[str, float]:
    """p50, p99 and max in ms; ``inf`` stands for a probe the wall never showed within the drain."""
    return {"p50": round(pct(values, 50) * 1000, 1), "p99": round(pct(values, 99) * 1000, 1),
            "max": round(max(values) * 1000, 1) if values else float("nan")}


def _explain_sensor_query(own: Settings, out: Path, result: dict[str, Any]) -> None:
    """EXPLAIN ANALYZE the wall feed's sensor-state query once (60 s cap); plan to ``out``."""
    from ingest.queries import SQL_SENSOR_STATES

    with psycopg.connect(own.db.conninfo(), autocommit=True) as conn:
        conn.execute("SET statement_timeout = '60s'")
        t0 = time.perf_counter()
        try:
            rows = conn.execute(("EXPLAIN (ANALYZE, BUFFERS) " + SQL_SENSOR_STATES).encode(),
                                {"now": datetime.now(UTC)}).fetchall()
        except psycopg.errors.QueryCanceled:
            result["sensor_query_ms"] = "> 60000"
            return
        result["sensor_query_ms"] = round((time.perf_counter() - t0) * 1000, 1)
    out.write_text("\n".join(str(r[0]) for r in rows) + "\n")
    result["sensor_query_plan"] = str(out)


def run_phase(idx: int, rate: float, args: argparse.Namespace, exe: Path, own: Settings,
              probes: Probes, pids: dict[str, list[int]], n_clients: int) -> dict[str, Any]:
    """One offered rate: load for warm-up + seconds, probes during ``seconds``."""
    prefix = f"E2E-P{idx}-"
    n_probes = int(args.probe_rate * args.seconds)
    ids = [f"{prefix}{i}" for i in range(n_probes)]
    # Probes are registered per phase and the previous phase's are removed: a sensor
    # without a recent reading is the sensor-state query's most expensive case (see
    # docs/benchmarks/e2e.md), so idle probes would inflate the feed's cost.
    with psycopg.connect(own.db.conninfo(), autocommit=True) as conn, conn.cursor() as cur:
        cur.execute("DELETE FROM sensors WHERE sensor_id LIKE 'E2E-P%'")
        cur.executemany(SQL_REGISTER, [(sid, sid, 120.645 + (i % 50) * 1e-4, 24.175 + (i // 50) * 1e-4)
                                       for i, sid in enumerate([f"E2E-W{idx + 1}-0", *ids])])
    _wait_ingest(exe, own, f"E2E-W{idx + 1}-0")  # an unknown source makes ingest reload its registry
    total = int(rate * (args.warmup + args.seconds + 3))
    load = _publish(exe, own, LOAD_PREFIX, args.load_sources, total, rate)
    time.sleep(args.warmup)
    stop = threading.Event()
    poller = threading.Thread(target=_poll_commits, args=(own.db.conninfo(), ids, probes, stop), daemon=True)
    poller.start()
    listener = threading.Thread(target=_listen_seen, args=(own.db.conninfo(), ids, probes, stop), daemon=True)
    listener.start()
    cpu0, t0, wall0 = _cpu(pids), time.monotonic(), time.time()
    pub = _publish(exe, own, prefix, n_probes, n_probes, args.probe_rate)
    pub_out, _ = pub.communicate()
    cpu1, t1, wall1 = _cpu(pids), time.monotonic(), time.time()
    explained: dict[str, Any] = {}
    explain = threading.Thread(target=_explain_sensor_query, daemon=True,
                               args=(own, Path(args.plans) / f"sensor_query_plan_{int(rate)}.txt", explained))
    explain.start()  # while the load still runs; the drain below goes on meanwhile
    load_out, _ = load.communicate()

    def all_shown() -> bool:
        with probes.lock:
            return sum(1 for (_, k) in probes.wall if k.startswith(prefix)) >= n_probes * n_clients

    try:
        _wait("the wall to show every probe", all_shown, args.drain)
    except RuntimeError as exc:
        print(f"warning: {exc}", file=sys.stderr)
    stop.set()
    poller.join(5)
    listener.join(5)
    explain.join(60)
    with psycopg.connect(own.db.conninfo(), autocommit=True) as conn:
        row = conn.execute(SQL_LOAD_LATENCY, {"t0": datetime.fromtimestamp(wall0, UTC),
                                              "t1": datetime.fromtimestamp(wall1, UTC)}).fetchone()
    assert row is not None
    load_stats = json.loads(load_out.strip().splitlines()[-1])
    with probes.lock:
        wall = {key: v for key, v in probes.wall.items() if key[1].startswith(prefix)}
        e2e, to_txn, to_vis, vis_sent, txn_sent, sent_recv = [], [], [], [], [], []
        to_note, note_sent = [], []
        for (_, sid), (sent, recv) in wall.items():
            if sid not in probes.obs:
                continue
            obs = probes.obs[sid]
            e2e.append(recv - obs)
            sent_recv.append(recv - sent)
            vis_sent.append(sent - probes.visible[sid])
            txn_sent.append(sent - probes.txn[sid])
            if sid in probes.notified:
                note_sent.append(sent - probes.notified[sid])
        for sid in ids:
            if sid in probes.obs:
                to_txn.append(probes.txn[sid] - probes.obs[sid])
                to_vis.append(probes.visible[sid] - probes.obs[sid])
                if sid in probes.notified:
                    to_note.append(probes.notified[sid] - probes.obs[sid])
    span = t1 - t0
    return {
        "offered_rate": rate,
        "load_published": load_stats["sent"],
        "load_publisher_rate": round(load_stats["sent"] / load_stats["elapsed_s"]),
        "probes_published": json.loads(pub_out.strip().splitlines()[-1])["sent"],
        "probes_committed": len(to_vis),
        "probe_receipts_on_wall": len(e2e),
        "obs_to_wall_ms": _ms(e2e + [float("inf")] * (len(to_vis) * n_clients - len(e2e))),
        "breakdown_ms": {
            "obs_to_txn": _ms(to_txn),
            "txn_to_sent": _ms(txn_sent),
            "obs_to_visible": _ms(to_vis),
            "visible_to_sent": _ms(vis_sent),
            "obs_to_notified": _ms(to_note),
            "notified_to_sent": _ms(note_sent),
            "sent_to_receipt": _ms(sent_recv),
        },
        "load_obs_to_txn_ms": {"n": int(row[0]), "p50": round(float(row[1] or "nan") * 1000, 1),
                               "p99": round(float(row[2] or "nan") * 1000, 1)},
        **explained,
        "cpu_pct": {name: round((cpu1[name] - cpu0[name]) / span * 100, 1) for name in cpu0},
        "window_s": round(span, 1),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--rates", default="1000,10000", help="offered load rates, messages/s")
    ap.add_argument("--seconds", type=float, default=30, help="measured window per rate")
    ap.add_argument("--warmup", type=float, default=5, help="load before the probes start")
    ap.add_argument("--probe-rate", type=float, default=4, help="probe observations per second")
    ap.add_argument("--load-sources", type=int, default=200, help="load sensors")
    ap.add_argument("--clients", type=int, default=2, help="websocket clients")
    ap.add_argument("--web-poll", type=float, default=None,
                    help="what-if: serve the same app with this wall-feed poll interval (s) instead of "
                         "`soc web` (SOC_WEB__WALL_POLL_INTERVAL_S)")
    ap.add_argument("--no-push", action="store_true",
                    help="what-if: SOC_WEB__WALL_PUSH=false (sensor states by the poll only)")
    ap.add_argument("--sensor-time-index", action="store_true",
                    help="what-if: add an index readings (sensor_id, time DESC) in the private database")
    ap.add_argument("--drain", type=float, default=15, help="seconds to wait for the wall after the load")
    ap.add_argument("--plans", default="/tmp", help="directory for the sensor-query EXPLAIN ANALYZE plans")
    ap.add_argument("--client", nargs=2, metavar=("URL", "N"), help=argparse.SUPPRESS)
    ap.add_argument("--serve-web", nargs=2, metavar=("PORT", "POLL_S"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.client:
        asyncio.run(_client(args.client[0], int(args.client[1]), "E2E-P"))
        return 0
    if args.serve_web:
        _serve_web(int(args.serve_web[0]), float(args.serve_web[1]))
        return 0

    base = load_settings(ROOT / ".env")
    exe = build_publisher()
    rates = [float(r) for r in args.rates.split(",")]
    layout = replace(svc.Layout.from_settings(base), instance=f"e2e-bench-{secrets.token_hex(3)}",
                     pg_port=svc.free_port(), mqtt_port=svc.free_port(), db_name="soc")
    own = _own_settings(base, layout)
    # Every client is the one display account: room for all of them under the per-account cap.
    env = _env(own, SOC_WEB__WS_MAX_PER_ACCOUNT=str(max(args.clients + 10, 50)),
               **({"SOC_WEB__WALL_PUSH": "false"} if args.no_push else {}))
    shipped = base if not args.no_push else base.model_copy(
        update={"web": base.web.model_copy(update={"wall_push": False})})
    procs: dict[str, subprocess.Popen[bytes]] = {}
    client: subprocess.Popen[str] | None = None
    started = time.monotonic()
    try:
        svc.up(layout)
        _soc(env, "db", "migrate")
        _soc(env, "geo", "load")
        with psycopg.connect(own.db.conninfo(), autocommit=True) as conn, conn.cursor() as cur:
            if args.sensor_time_index:
                cur.execute(SQL_WHAT_IF_INDEX)
            ids = [WARM_SENSOR] + [f"{LOAD_PREFIX}{i}" for i in range(args.load_sources)]
            cur.executemany(SQL_REGISTER, [(s, s, 120.64 + (i % 50) * 1e-4, 24.17 + (i // 50) * 1e-4)
                                           for i, s in enumerate(ids)])
        _soc(env, "users", "add", "wall", "--role", "display")
        token = _soc(env, "users", "display-token", "wall").split()[0]
        port = svc.free_port()
        for name, argv_ in PROCESSES.items():
            cmd = [sys.executable, "-m", "soc", *argv_]
            if name == "web":
                cmd = ([*cmd, "--port", str(port)] if args.web_poll is None else
                       [sys.executable, "-m", "bench.e2e", "--serve-web", str(port), str(args.web_poll)])
            procs[name] = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=None)
        _wait("web", lambda: _http_ok(f"http://127.0.0.1:{port}/api/health"), 60)
        probes = Probes()
        client = subprocess.Popen(
            [sys.executable, "-m", "bench.e2e", "--client", f"ws://127.0.0.1:{port}/ws/wall?token={token}",
             str(args.clients)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
        threading.Thread(target=_read_client, args=(client, probes), daemon=True).start()
        _wait("websocket clients", lambda: probes.connected >= args.clients, 30)
        _wait_ingest(exe, own, WARM_SENSOR)
        pids = {name: [p.pid] for name, p in procs.items()}
        pids["mosquitto"] = [int((layout.mqtt_dir / "mosquitto.pid").read_text().strip())]
        pids["postgres"] = _postgres_pids(layout)
        pids["ws_clients"] = [client.pid]
        pids["bench_poller"] = [os.getpid()]
        results = [run_phase(i, r, args, exe, own, probes, pids, args.clients) for i, r in enumerate(rates)]
        for name, p in procs.items():
            if p.poll() is not None:
                raise RuntimeError(f"{name} exited with {p.returncode}")
        print(json.dumps({"cores": os.cpu_count(), "load_average": os.getloadavg(),
                          "web": {
                              "process": "soc web" if args.web_poll is None else
                                         f"bench launcher, WallOptions(poll_interval_s={args.web_poll})",
                              "wall_push": shipped.web.wall_push,
                              "wall_poll_interval_s": args.web_poll or shipped.web.wall_poll_interval_s,
                              "wall_sensor_every": shipped.web.wall_sensor_every,
                              "ingest_notify_seen": shipped.ingest.notify_seen,
                          },
                          "sensor_time_index": args.sensor_time_index,
                          "clients": args.clients, "probe_rate": args.probe_rate,
                          "load_sources": args.load_sources, "results": results,
                          "total_s": round(time.monotonic() - started)}, indent=2), flush=True)
    finally:
        if client is not None:
            client.kill()
            client.wait()
        for p in procs.values():
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)
        for p in procs.values():
            try:
                p.wait(20)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()
        svc.down(layout)
        svc.remove_instance(layout)
    return 0


def _serve_web(port: int, poll_s: float) -> None:
    """The real app (``web.app.create_app``) with another wall-feed poll interval; ``soc web`` has no option."""
    import uvicorn

    from web.app import WallOptions, create_app

    settings = load_settings(ROOT / ".env")
    uvicorn.run(create_app(settings, WallOptions(poll_interval_s=poll_s)), host="127.0.0.1", port=port,
                log_level="warning", timeout_graceful_shutdown=5)


def _wait_ingest(exe: Path, own: Settings, sensor: str) -> None:
    """Publish to ``sensor`` until ingest stores it (subscribed, and the sensor in its registry)."""
    with psycopg.connect(own.db.conninfo(), autocommit=True) as conn:
        def stored() -> bool:
            _publish(exe, own, sensor[:-1], 1, 1, 0).communicate()
            return conn.execute("SELECT 1 FROM readings WHERE sensor_id = %s", (sensor,)).fetchone() is not None

        _wait("ingest to subscribe", stored, 60)


if __name__ == "__main__":
    raise SystemExit(main())
