"""Benchmark: broadcast-to-receipt latency of the live wall through the real ``/ws/wall``.

Run: ``.venv/bin/python -m bench.wall`` (needs the main instance's database:
``soc services up && soc db migrate``; writes ``bench/_build/wall.json``).

Scenarios, each measured for the project's app and for a bare baseline in the
same run:

* 200 clients, 100 updates/s;
* 1,000 clients, 10 updates/s;
* 200 clients at 100 updates/s plus one frozen screen (completes the websocket
  handshake, then never reads).

``soc``: :func:`web.app.create_app` served by uvicorn (one process), clients
authenticate with a display token (checked against the database at connect),
every update is a typed :class:`~web.wall.hub.IncidentItem` delta applied to the
:class:`~web.wall.hub.WallHub` and fanned out by the :class:`~web.wall.broadcast.Broadcaster`.
``bare``: a minimal FastAPI app with a per-client bounded ``asyncio.Queue``
(put_nowait, drop when full) and the same frame size: the baseline. The load
generator runs inside the server process (a timer at the
offered rate), stamps each frame with its broadcast time, and clients (several
processes, uvloop, websockets' sans-I/O protocol under a bare asyncio protocol)
take the receipt time as soon as the bytes are read from the socket, then parse
every frame and record ``receipt - sent`` for every delta after a warm-up. Same
machine, same clock (``time.time``). ``--modes`` chooses the servers:
``bare-nodeflate`` is the baseline with uvicorn's permessage-deflate off,
``soc-queue`` the project's app with the broadcaster's fast path off.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import os
import resource
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, cast

# At module level: FastAPI resolves the (string) annotations of routes in module globals.
from fastapi import FastAPI, WebSocket, WebSocketDisconnect
from websockets.client import ClientProtocol
from websockets.extensions.permessage_deflate import ClientPerMessageDeflateFactory
from websockets.frames import Frame, Opcode
from websockets.http11 import Response
from websockets.uri import parse_uri

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "_build"
BENCH_USER = "bench-wall"
MODES = ["bare", "bare-nodeflate", "soc", "soc-queue"]


# -- server side ---------------------------------------------------------------------


def _rss_mb() -> float:
    with open(f"/proc/{os.getpid()}/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def _incident(i: int) -> Any:
    from web.wall.hub import AssignmentItem, IncidentItem

    return IncidentItem(
        incident_id=f"inc-bench-{i % 50}", kind="flood", title="flood · central_park",
        severity="Severe", state="open", lon=120.6556 + (i % 7) * 1e-4, lat=24.182,
        sub_area="central_park", opened_at="2016-06-02T07:10:00+00:00",
        assignments=(
            AssignmentItem(agency="water", state="acknowledged",
                           deadline="2016-06-02T07:40:00+00:00", acknowledged=True, overdue=False),
            AssignmentItem(agency="traffic", state="assigned",
                           deadline="2016-06-02T07:25:00+00:00", acknowledged=False,
                           overdue=i % 2 == 0),
        ),
        overdue=i % 2 == 0,
    )


class _Generator:
    """Calls ``emit(i)`` ``rate`` times a second for ``duration_s`` (absolute schedule)."""

    def __init__(self) -> None:
        self.task: asyncio.Task[None] | None = None
        self.emitted = 0
        self.emit_ms: list[float] = []  # how long each emit (the whole fan-out) took
        self.late_ms: list[float] = []  # how late each emit started (a busy event loop)

    def start(self, emit: Any, rate: float, duration_s: float) -> None:
        async def run() -> None:
            start = time.monotonic()
            n = int(rate * duration_s)
            for i in range(n):
                due = start + i / rate
                delay = due - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)
                t0 = time.monotonic()
                emit(i)
                t1 = time.monotonic()
                self.emit_ms.append((t1 - t0) * 1000)
                self.late_ms.append(max(0.0, t0 - due) * 1000)
                self.emitted += 1

        self.task = asyncio.get_running_loop().create_task(run())

    def timings(self) -> dict[str, float]:
        """p50 / p99 / max of the fan-out time and of the start lag, in ms."""
        out: dict[str, float] = {}
        for name, values in (("emit", self.emit_ms), ("late", self.late_ms)):
            for q, label in ((0.5, "p50"), (0.99, "p99"), (1.0, "max")):
                out[f"{name}_{label}_ms"] = round(_pct(values, q), 2)
        return out


def _soc_app(port: int, direct: bool = True) -> Any:
    from common.settings import load_settings
    from web.app import WallOptions, create_app
    from web.deps import WebState
    from web.wall.hub import Topic

    settings = load_settings(ROOT / ".env")
    app: FastAPI = create_app(settings, WallOptions(feed=False, queue_size=256))
    gen = _Generator()
    inner = app.router.lifespan_context

    @contextlib.asynccontextmanager
    async def lifespan(a: FastAPI) -> Any:
        async with inner(a) as value:
            a.state.web.broadcaster.direct = direct  # --no-direct: the queue path only
            yield value

    app.router.lifespan_context = lifespan

    def emit(i: int) -> None:
        state: WebState = app.state.web
        delta = state.broadcaster.hub.upsert(Topic.INCIDENT, f"inc-bench-{i % 50}", _incident(i))
        if delta is not None:
            state.broadcaster.publish([delta])

    @app.post("/bench/start")
    async def start(rate: float, duration: float) -> dict[str, str]:
        gen.start(emit, rate, duration)
        return {"ok": "started"}

    @app.get("/bench/stats")
    async def stats() -> dict[str, Any]:
        state: WebState = app.state.web
        b = state.broadcaster
        return {"emitted": gen.emitted, "connected": b.stats.connected,
                "resyncs": b.stats.resyncs, "dropped_slow": b.stats.dropped_slow,
                "dropped_dead": b.stats.dropped_dead, "direct": b.stats.direct,
                "queued": b.stats.queued, **gen.timings(),
                "max_queue": max((c.queue.qsize() for c in b.clients), default=0),
                "rss_mb": _rss_mb()}

    return app


@contextlib.asynccontextmanager
async def _frozen_gc(app: FastAPI) -> Any:
    """The baseline gets the same collector treatment as the project's lifespan."""
    gc.collect()
    gc.freeze()
    yield


def _bare_app(port: int, token: str) -> Any:
    """The baseline: FastAPI + one bounded queue per client, nothing else."""
    import dataclasses

    app = FastAPI(lifespan=_frozen_gc)
    clients: set[asyncio.Queue[str]] = set()
    gen = _Generator()
    dropped = {"frames": 0}
    seq = {"n": 0}

    def emit(i: int) -> None:
        seq["n"] += 1
        frame = json.dumps({"type": "delta", "seq": seq["n"], "sent": time.time(),
                            "topic": "incident", "op": "upsert", "key": f"inc-bench-{i % 50}",
                            "item": dataclasses.asdict(_incident(i))},
                           ensure_ascii=False, separators=(",", ":"))
        for q in tuple(clients):
            try:
                q.put_nowait(frame)
            except asyncio.QueueFull:
                dropped["frames"] += 1

    @app.websocket("/ws/wall")
    async def ws(websocket: WebSocket) -> None:
        if websocket.query_params.get("token") != token:
            await websocket.close(1008)
            return
        await websocket.accept()
        q: asyncio.Queue[str] = asyncio.Queue(maxsize=256)
        clients.add(q)

        async def pump() -> None:
            while True:
                await websocket.send_text(await q.get())

        async def drain() -> None:
            while True:
                await websocket.receive_text()

        tasks = [asyncio.ensure_future(pump()), asyncio.ensure_future(drain())]
        try:
            await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        except WebSocketDisconnect:
            pass
        finally:
            clients.discard(q)
            for t in tasks:
                t.cancel()

    @app.post("/bench/start")
    async def start(rate: float, duration: float) -> dict[str, str]:
        gen.start(emit, rate, duration)
        return {"ok": "started"}

    @app.get("/bench/stats")
    async def stats() -> dict[str, Any]:
        return {"emitted": gen.emitted, **gen.timings(), "connected": len(clients),
                "dropped_frames":
                dropped["frames"], "max_queue": max((q.qsize() for q in clients), default=0),
                "rss_mb": _rss_mb()}

    return app


def serve(mode: str, port: int, token: str) -> None:
    import uvicorn

    bare = mode.startswith("bare")
    app = _bare_app(port, token) if bare else _soc_app(port, mode == "soc")
    # uvicorn's defaults otherwise; "bare-nodeflate" is the baseline without uvicorn's
    # permessage-deflate (which otherwise compresses every frame once per client).
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", ws_ping_interval=None,
                ws_max_queue=32, backlog=4096, ws=os.environ.get("BENCH_WS", "auto"),
                ws_per_message_deflate=mode != "bare-nodeflate")


# -- client side ---------------------------------------------------------------------


class _Inbox:
    """Bytes read by every screen of a client process, parsed after the reads.

    uvloop calls ``data_received`` for each readable socket in turn: if each call
    parsed its frames first, the 333rd screen of a process would be stamped after
    the parsing of 332 others, and the client's own work would count as server
    latency. So a read only stamps and stores; the parsing runs once the event
    loop has read every socket that was ready (``call_soon``).
    """

    def __init__(self) -> None:
        self.reads: list[tuple[_Screen, float, bytes]] = []
        self.loop = asyncio.get_running_loop()

    def add(self, screen: _Screen, now: float, data: bytes) -> None:
        if not self.reads:
            self.loop.call_soon(self.flush)
        self.reads.append((screen, now, data))

    def flush(self) -> None:
        reads, self.reads = self.reads, []
        for screen, now, data in reads:
            screen.parse(now, data)


class _Screen(asyncio.Protocol):
    """One measuring wall client: a websocket over a bare asyncio protocol.

    The receipt time is read first thing in ``data_received``, i.e. as soon as the
    client process has the bytes; then (see :class:`_Inbox`) the frames are parsed
    by websockets' sans-I/O ``ClientProtocol`` (handshake checked, frames
    validated and, if the server compressed them, inflated), every delta is
    decoded and recorded, and pings are answered. Offers permessage-deflate like
    a browser does.
    """

    def __init__(self, url: str, samples: list[tuple[float, float]],
                 counters: dict[str, int], inbox: _Inbox) -> None:
        self.conn = ClientProtocol(parse_uri(url), max_size=None,
                                   extensions=[ClientPerMessageDeflateFactory()])
        self.samples = samples
        self.counters = counters
        self.inbox = inbox
        self.opened: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)  # uvloop's is not a subclass
        self.conn.send_request(self.conn.connect())
        self.transport.write(b"".join(self.conn.data_to_send()))

    def data_received(self, data: bytes) -> None:
        self.inbox.add(self, time.time(), data)  # receipt: the bytes just left the kernel

    def parse(self, now: float, data: bytes) -> None:
        conn = self.conn
        conn.receive_data(data)
        for event in conn.events_received():
            if isinstance(event, Response):
                if conn.handshake_exc is not None:
                    self.opened.set_exception(conn.handshake_exc)
                else:
                    self.opened.set_result(None)
            elif not isinstance(event, Frame):
                continue
            elif event.opcode is Opcode.TEXT:
                msg = json.loads(bytes(event.data))
                frames = msg["frames"] if msg["type"] == "batch" else (msg,)
                for f in frames:
                    kind = f["type"]
                    if kind == "delta":
                        self.samples.append((f["sent"], now - f["sent"]))
                    elif kind == "ping":
                        conn.send_text(b'{"type":"pong"}')
                    elif kind == "resync":
                        self.counters["resyncs"] += 1
            elif event.opcode is Opcode.CLOSE:
                self.counters["closed"] += 1
        out = conn.data_to_send()
        if out and self.transport is not None:
            self.transport.write(b"".join(out))  # pongs, the close handshake

    def connection_lost(self, exc: Exception | None) -> None:
        if not self.opened.done():
            self.opened.set_exception(ConnectionError("closed during the handshake"))


async def ticketed(url: str, http: Any) -> str:
    """``url`` with its display token exchanged for a one-time ticket, where the server issues them.

    The project's ``/ws/wall`` takes only tickets (``POST /api/ws-ticket`` with the
    token as bearer); the bare baseline has no such route and takes the URL as it is.
    """
    base, _, query = url.partition("?")
    token = dict(p.split("=", 1) for p in query.split("&") if "=" in p).get("token")
    if token is None:
        return url
    http_base = base.replace("ws://", "http://", 1).rsplit("/ws/", 1)[0]
    r = await http.post(f"{http_base}/api/ws-ticket", headers={"Authorization": f"Bearer {token}"})
    if r.status_code == 404:
        return url
    r.raise_for_status()
    return f"{base}?ticket={r.json()['ticket']}"


async def _client(url: str, ready: asyncio.Event, samples: list[tuple[float, float]],
                  counters: dict[str, int], inbox: _Inbox, http: Any = None) -> None:
    if http is not None:
        url = await ticketed(url, http)
    uri = parse_uri(url)
    loop = asyncio.get_running_loop()
    screen = _Screen(url, samples, counters, inbox)
    transport, _ = await asyncio.wait_for(
        loop.create_connection(lambda: screen, uri.host, uri.port), timeout=120)
    try:
        await asyncio.wait_for(screen.opened, timeout=120)
        counters["connected"] += 1
        if counters["connected"] == counters["want"]:
            ready.set()
        await asyncio.Event().wait()  # until cancelled at the end of the run
    finally:
        transport.abort()


async def _clients_main(url: str, n: int, run_s: float) -> None:
    samples: list[tuple[float, float]] = []
    counters = {"connected": 0, "want": n, "resyncs": 0, "closed": 0}
    ready = asyncio.Event()
    inbox = _Inbox()
    tasks = []
    import httpx

    http = httpx.AsyncClient(timeout=120)
    for i in range(n):
        tasks.append(asyncio.create_task(_client(url, ready, samples, counters, inbox, http)))
        if i % 50 == 49:
            await asyncio.sleep(0.05)  # do not flood the accept queue
    await asyncio.wait_for(ready.wait(), timeout=300)
    print("ready", flush=True)
    line = await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
    started = float(line)
    await asyncio.sleep(max(0.0, started + run_s + 0.5 - time.time()))
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    await http.aclose()
    warm = started + 2.0  # frames broadcast in the first two seconds are warm-up
    print(json.dumps({"samples_ms": [round(lat * 1000, 3) for sent, lat in samples if sent >= warm],
                      "received": len(samples), "resyncs": counters["resyncs"],
                      "closed": counters["closed"],
                      "cpu_s": resource.getrusage(resource.RUSAGE_SELF).ru_utime}), flush=True)


def clients(url: str, n: int, run_s: float) -> None:
    import uvloop

    uvloop.run(_clients_main(url, n, run_s))


# -- orchestration -------------------------------------------------------------------


def _http(port: int, method: str, path: str) -> Any:
    import httpx

    r = httpx.request(method, f"http://127.0.0.1:{port}{path}", timeout=30)
    r.raise_for_status()
    return r.json()


def _wait_up(port: int, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("server exited")
        try:
            _http(port, "GET", "/bench/stats")
            return
        except Exception:  # not up yet
            time.sleep(0.1)
    raise RuntimeError("server did not start")


def _frozen(port: int, token: str) -> socket.socket:
    import base64

    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    import httpx

    r = httpx.post(f"http://127.0.0.1:{port}/api/ws-ticket", headers={"Authorization": f"Bearer {token}"},
                   timeout=30)
    query = f"ticket={r.json()['ticket']}" if r.status_code == 200 else f"token={token}"
    sock.connect(("127.0.0.1", port))
    key = base64.b64encode(os.urandom(16)).decode()
    sock.sendall((f"GET /ws/wall?{query} HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n"
                  f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
                  "Sec-WebSocket-Version: 13\r\n\r\n").encode())
    head = b""
    while b"\r\n\r\n" not in head:
        head += sock.recv(1)
    return sock


def _pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]  # q = 1.0: the maximum


def run_scenario(mode: str, n: int, rate: float, duration: float, procs: int, token: str,
                 dbname: str, slow: bool = False) -> dict[str, Any]:
    from common.services import free_port

    port = free_port()
    # Every client is the one bench display account: lift the per-account cap of wall sockets.
    env = dict(os.environ, SOC_DB__NAME=dbname, SOC_WEB__WS_MAX_PER_ACCOUNT=str(max(n + 10, 50)))
    server = subprocess.Popen([sys.executable, "-m", "bench.wall", "serve", "--mode", mode,
                               "--port", str(port), "--token", token], cwd=ROOT, env=env)
    try:
        _wait_up(port, server)
        url = f"ws://127.0.0.1:{port}/ws/wall?token={token}"
        run_s = duration + 2.0
        per = [n // procs + (1 if i < n % procs else 0) for i in range(procs)]
        kids = [subprocess.Popen([sys.executable, "-m", "bench.wall", "clients", "--url", url,
                                  "-n", str(k), "--run", str(run_s)], cwd=ROOT,
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
                for k in per if k]
        for kid in kids:
            assert kid.stdout is not None
            if kid.stdout.readline().strip() != "ready":
                raise RuntimeError("client process failed")
        frozen = _frozen(port, token) if slow else None
        rss_before = _http(port, "GET", "/bench/stats")["rss_mb"]
        started = time.time()
        _http(port, "POST", f"/bench/start?rate={rate}&duration={run_s}")
        for kid in kids:
            assert kid.stdin is not None
            kid.stdin.write(f"{started}\n")
            kid.stdin.flush()
        results = []
        for kid in kids:
            out, _ = kid.communicate(timeout=run_s + 120)
            results.append(json.loads(out.strip().splitlines()[-1]))
        stats = _http(port, "GET", "/bench/stats")
        if frozen is not None:
            frozen.close()
    finally:
        server.terminate()
        server.wait(timeout=30)
    kept: list[float] = []
    for r in results:
        kept.extend(r["samples_ms"])
    total = sum(r["received"] for r in results)
    expected = int(rate * run_s) * n
    return {
        "mode": mode, "clients": n, "rate": rate, "duration_s": duration, "slow_client": slow,
        "frames_received": total, "frames_expected": expected,
        "p50_ms": round(_pct(kept, 0.50), 2), "p99_ms": round(_pct(kept, 0.99), 2),
        "max_ms": round(max(kept), 2) if kept else None,
        "client_resyncs": sum(r["resyncs"] for r in results),
        "client_cpu_s": round(sum(r["cpu_s"] for r in results), 1),
        "server": stats, "server_rss_before_mb": round(rss_before, 1),
    }


def _database() -> tuple[str, str]:
    """A fresh, migrated database of its own (dropped by :func:`_drop`) and a display token."""
    from common.db import connect
    from common.migrate import migrate
    from common.settings import load_settings
    from web.cli import run_display_token, run_users_add
    from web.security import Role

    settings = load_settings(ROOT / ".env")
    name = f"bench_wall_{os.getpid()}"
    with connect(settings, dbname="postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"'.encode())
    with connect(settings, dbname=name, autocommit=True) as conn:
        migrate(conn)
    bench = settings.model_copy(update={"db": settings.db.model_copy(update={"name": name})})
    run_users_add(bench, BENCH_USER, role=Role.DISPLAY, agency=None, password=None)
    return name, run_display_token(bench, BENCH_USER)


def _drop(name: str) -> None:
    from common.db import connect
    from common.settings import load_settings

    with connect(load_settings(ROOT / ".env"), dbname="postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'.encode())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.wall")
    sub = parser.add_subparsers(dest="cmd")
    s = sub.add_parser("serve")
    s.add_argument("--mode", choices=MODES, required=True)
    s.add_argument("--port", type=int, required=True)
    s.add_argument("--token", required=True)
    c = sub.add_parser("clients")
    c.add_argument("--url", required=True)
    c.add_argument("-n", type=int, required=True)
    c.add_argument("--run", type=float, required=True)
    parser.add_argument("--duration", type=float, default=10.0)
    parser.add_argument("--procs", type=int, default=3)
    parser.add_argument("--slow-duration", type=float, default=60.0)
    parser.add_argument("--only", default=None, help="run one scenario: a, b or slow")
    parser.add_argument("--modes", default="bare,soc",
                        help="servers to measure, in order: bare, bare-nodeflate (uvicorn "
                             "without permessage-deflate), soc, soc-queue (soc with the fast "
                             "path off)")
    args = parser.parse_args(argv)
    if args.cmd == "serve":
        serve(args.mode, args.port, args.token)
        return 0
    if args.cmd == "clients":
        clients(args.url, args.n, args.run)
        return 0
    dbname, token = _database()
    scenarios = {"a": (200, 100.0, False), "b": (1000, 10.0, False), "slow": (200, 100.0, True)}
    chosen = [args.only] if args.only else list(scenarios)
    rows = []
    try:
        for name in chosen:
            n, rate, slow = scenarios[name]
            for mode in args.modes.split(","):
                # A frozen screen first fills the kernel's socket buffers (up to
                # tcp_wmem max, 4 MB here) before its queue grows: run long enough.
                duration = max(args.duration, args.slow_duration) if slow else args.duration
                row = run_scenario(mode, n, rate, duration, args.procs, token, dbname,
                                   slow=slow)
                row["scenario"] = name
                rows.append(row)
                print(json.dumps(row), flush=True)
    finally:
        _drop(dbname)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "wall.json").write_text(json.dumps({"cores": os.cpu_count(), "runs": rows}, indent=1))
    print(f"\n{'scenario':<8} {'mode':<5} {'clients':>7} {'rate':>5} {'p50 ms':>8} {'p99 ms':>8} "
          f"{'max ms':>8} {'recv/expected':>15} {'resync':>6} {'dropped':>7}")
    for r in rows:
        srv = r["server"]
        print(f"{r['scenario']:<8} {r['mode']:<5} {r['clients']:>7} {r['rate']:>5.0f} "
              f"{r['p50_ms']:>8} {r['p99_ms']:>8} {r['max_ms']:>8} "
              f"{r['frames_received']:>7}/{r['frames_expected']:<7} "
              f"{srv.get('resyncs', '-')!s:>6} {srv.get('dropped_slow', srv.get('dropped_frames'))!s:>7}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
