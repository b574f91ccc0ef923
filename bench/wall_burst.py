"""Benchmark: a burst of new incidents on a real wall page, the time until it has settled.

Run (own instance; each round creates and drops its database ``bench_wall_burst_<pid>_<n>``)::

    flock /tmp/soc-bench.lock env SOC_DB__PORT=<port> .venv/bin/python -m bench.wall_burst \\
        --baseline <git revision>

What is measured, per round: the project's app (:func:`web.app.create_app`, the product's wall
options) served by uvicorn in a thread over a fresh database with the zone loaded, the ops
center's own :class:`~ops_center.service.OpsService` in a thread, and a wall page
(``wall.html`` with a display token) in Debian's ``chromium-headless-shell`` at 1920x1080.
Once the page is live, ``--incidents`` police reports of road accidents 250 m apart (each its
own incident, dispatched by the routing table) are committed in one transaction; the clock
starts when the ops center has written them all. *Settled*: the map draws the feed's 300
(alone or gathered) and then a later, Extreme, incident leads the board, the page live
(``#conn.connected``): the time from the burst's incidents written to that, capped at
``--cap`` seconds. Beside it, the page's long tasks (``PerformanceObserver``, over 50 ms):
how many, their total and the longest, and the websocket messages and bytes it received.

The baseline, in the same run and against the same server and data: the same page with
``web/static/common.js`` as it is at ``--baseline`` (served in place of this checkout's by
Playwright's routing), rounds alternating. Writes one JSON line per round and a summary.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium-headless-shell"

SQL_EVENT = """
INSERT INTO events (time, source_id, domain, feed, event_key, category, severity, geom, payload)
VALUES (%(t)s, %(src)s, 'police', 'incident', %(key)s, 'accident', %(sev)s,
        ST_SetSRID(ST_MakePoint(%(lon)s, %(lat)s), 4326), '{}')
"""
SEVERITIES = ("Minor", "Moderate", "Severe")

#: Counts the page's long tasks and websocket traffic from its first script on.
INSTRUMENT_JS = """(() => {
  const m = window.__bench = { messages: 0, bytes: 0, longtasks: 0, long_ms: 0, longest_ms: 0 };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) {
    m.longtasks += 1; m.long_ms += e.duration; m.longest_ms = Math.max(m.longest_ms, e.duration); } })
    .observe({ type: "longtask", buffered: true });
  const W = window.WebSocket;
  window.WebSocket = class extends W {
    constructor(...a) { super(...a);
      this.addEventListener("message", (ev) => { m.messages += 1; m.bytes += ev.data.length; }); }
  };
})()"""
ON_MAP_JS = """() => [...document.querySelectorAll('#map g.incident, #map g.cluster')]
  .flatMap((g) => g.dataset.members ? g.dataset.members.split(' ') : [g.dataset.incident]).length"""


@contextmanager
def _center(settings: Any) -> Iterator[tuple[str, str, Any]]:
    """A fresh database with the zone and a display account, the app serving it and the ops
    service running over it: (the app's URL, the display token, a connection)."""
    import psycopg
    import uvicorn

    from bench.scratch import throwaway_database
    from geo.service import run_geo_load
    from ops_center.dispatch import Mode, load_routing
    from ops_center.service import OpsService, _geo_lookups
    from web.app import WallOptions, create_app
    from web.cli import run_display_token, run_users_add
    from web.security import Role

    with throwaway_database(settings, "bench_wall_burst") as name:
        s = settings.model_copy(update={"db": settings.db.model_copy(update={"name": name}),
                                        "health": settings.health.model_copy(update={"services": ()})})
        server = thread = ops = conn = None
        stop = threading.Event()
        try:
            run_geo_load(s)
            run_users_add(s, "wall", role=Role.DISPLAY, agency=None, password=None, display_name="wall")
            token = run_display_token(s, "wall")
            config = uvicorn.Config(create_app(s, WallOptions()), host="127.0.0.1", port=0, log_level="warning",
                                    lifespan="on", ws_ping_interval=None, timeout_graceful_shutdown=3)
            server = uvicorn.Server(config)
            thread = threading.Thread(target=server.run, daemon=True)
            thread.start()
            deadline = time.monotonic() + 120
            while not server.started:
                if time.monotonic() > deadline:
                    raise RuntimeError("web server did not start")
                time.sleep(0.05)
            port = server.servers[0].sockets[0].getsockname()[1]
            conn = psycopg.connect(s.db.conninfo(name), autocommit=True)
            svc = OpsService(conn, load_routing(ROOT / s.ops.routing_file), **_geo_lookups(conn)._asdict(),
                             default_mode=Mode(s.ops.mode), idle_after_s=None)

            def run() -> None:
                svc.start()
                while not stop.is_set():
                    if not svc.poll_once().items:
                        stop.wait(0.1)

            ops = threading.Thread(target=run, daemon=True)
            ops.start()
            with psycopg.connect(s.db.conninfo(name), autocommit=True) as writer:
                yield f"http://127.0.0.1:{port}", token, writer
        finally:
            stop.set()
            if ops is not None:
                ops.join(30)
            if conn is not None:
                conn.close()
            if server is not None and thread is not None:
                server.should_exit = True
                thread.join(30)

def _report(conn: Any, key: str, lon: float, lat: float, sev: str) -> None:
    conn.execute(SQL_EVENT, {"t": datetime.now(UTC), "src": f"burst-{key}", "key": key, "sev": sev,
                             "lon": lon, "lat": lat})


def _value(conn: Any, sql: str, *params: object) -> Any:
    row = conn.execute(sql, params).fetchone()
    return None if row is None else row[0]


def _round(browser: Any, settings: Any, n: int, cap: float, baseline_js: str | None) -> dict[str, Any]:
    from web.wall.topics import INCIDENTS_MOST  # the feed carries no more: the map draws no more

    with _center(settings) as (url, token, conn):
        page = browser.new_page(viewport={"width": 1920, "height": 1080})
        page.add_init_script(INSTRUMENT_JS)
        if baseline_js is not None:
            page.route("**/static/common.js", lambda route: route.fulfill(
                status=200, content_type="text/javascript", body=baseline_js))
        page.goto(f"{url}/static/wall.html#token={token}")
        page.wait_for_selector("#conn.connected", timeout=60_000)
        with conn.transaction():
            for i in range(n):
                _report(conn, f"b{i:04d}", 120.600 + (i % 20) * 0.0025, 24.150 + (i // 20) * 0.0025,
                        SEVERITIES[i % 3])
        sql_open = "SELECT count(*) FROM ops_incidents WHERE state IN ('open', 'quiet')"
        while _value(conn, sql_open) < n:
            time.sleep(0.05)
        t0 = time.monotonic()
        result: dict[str, Any] = {"side": "baseline" if baseline_js is not None else "new", "incidents": n}

        def left() -> float:
            """The time left of the cap, in ms (Playwright's unit)."""
            return max(1.0, cap - (time.monotonic() - t0)) * 1000

        try:
            page.wait_for_function(f"() => ({ON_MAP_JS})() >= {min(n, INCIDENTS_MOST)}", timeout=left(), polling=200)
            result["map_s"] = round(time.monotonic() - t0, 2)
            _report(conn, "later", 120.6528, 24.1972, "Extreme")
            while (number := _value(conn, "SELECT i.number FROM ops_incidents i JOIN ops_incident_members m"
                                          " USING (incident_id) WHERE m.source_id = 'burst-later'")) is None:
                time.sleep(0.05)
            page.wait_for_function(
                """(n) => { const c = document.querySelector('#board article.card .num');
                  return c && c.textContent.trim() === n && document.querySelector('#conn.connected'); }""",
                arg=f"#{number}", timeout=left(), polling=200)
            result["settled_s"] = round(time.monotonic() - t0, 2)
        except Exception as exc:  # a Playwright timeout: not settled within the cap
            result["settled_s"] = None
            result["error"] = type(exc).__name__
        try:
            # Bounded: a page whose main thread is still busy answers no evaluate.
            result.update(page.wait_for_function("() => window.__bench", timeout=30_000).json_value())
        except Exception as exc:  # the page still busy 30 s past the cap
            result["page"] = type(exc).__name__
        page.close()
        return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--incidents", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--cap", type=float, default=180.0)
    parser.add_argument("--baseline", default="", help="git revision of web/static/common.js to compare with")
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    from common.settings import load_settings

    settings = load_settings(ROOT / ".env")
    baseline_js = None
    if args.baseline:
        baseline_js = subprocess.run(["git", "show", f"{args.baseline}:web/static/common.js"], cwd=ROOT,
                                     check=True, capture_output=True, text=True).stdout
    results: list[dict[str, Any]] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM)
        try:
            for _ in range(args.rounds):
                for js in ([None, baseline_js] if baseline_js is not None else [None]):
                    r = _round(browser, settings, args.incidents, args.cap, js)
                    r["load"] = round(os.getloadavg()[0], 1)
                    print(json.dumps(r), flush=True)
                    results.append(r)
        finally:
            browser.close()
    summary: dict[str, Any] = {"baseline": args.baseline, "cap_s": args.cap}
    for side in ("new", "baseline"):
        times = [r["settled_s"] if r["settled_s"] is not None else float("inf") for r in results if r["side"] == side]
        if times:
            summary[f"{side}_settled_median_s"] = statistics.median(times)
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
