"""Benchmark: webhook delivery to healthy agencies while another agency's receiver hangs.

Run (against the test instance's server; a throw-away database is created and dropped)::

    SOC_DB__PORT=15433 .venv/bin/python -m bench.alerts_webhooks [--rate 20] [--seconds 30]

Three agencies with webhooks, each on its own local HTTP server: ``water`` and
``police`` answer 204 at once; ``fire`` accepts the connection, reads the request
and never answers. A writer commits ``--rate`` alert changes per second, each an
outbox row per agency (as :class:`alerts.service.AlertStore` writes them) in one
transaction, while the notifier of ``soc alerts run`` delivers them. For each
healthy row: wall time from the COMMIT of its row to its arrival at the receiver
(p50 / p99 / max), and how many arrived. Target: p99 <= 1 s for the healthy agencies.

The same file runs against the code before per-agency workers existed (it then
starts the single notifier thread ``alerts.service._deliver_loop``), so both can be
measured in the same window.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import threading
import time
import uuid
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import psycopg
from psycopg.types.json import Jsonb
from pydantic import SecretStr

from common.db import connect
from common.migrate import migrate
from common.settings import Settings, load_settings

AGENCIES = ("fire", "police", "water")  # fire hangs
HEALTHY = ("police", "water")


class Receivers:
    """Local HTTP servers: healthy ones record arrival times, the hanging one never answers."""

    def __init__(self) -> None:
        self.arrived: dict[int, float] = {}
        self.hung = 0
        self.release = threading.Event()
        rec = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                self.rfile.read(int(self.headers["Content-Length"]))
                if self.path.strip("/") == "fire":
                    rec.hung += 1
                    rec.release.wait()  # hang until the benchmark ends
                    return
                rec.arrived[int(self.headers["X-SOC-Delivery"])] = time.time()
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def url(self, agency: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/{agency}"

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


def start_notifier(settings: Settings, stop: threading.Event) -> list[threading.Thread]:
    """The notifier threads of ``soc alerts run`` (per agency if this code has them)."""
    import alerts.service as svc

    start = getattr(svc, "start_notifiers", None)
    if start is not None:
        threads: list[threading.Thread] = start(settings, stop)
        return threads
    t = threading.Thread(target=svc._deliver_loop, args=(settings, stop), daemon=True)  # type: ignore[attr-defined]
    t.start()
    return [t]


def run(settings: Settings, rate: float, seconds: float) -> dict[str, Any]:
    rec = Receivers()
    conninfo = settings.db.conninfo()
    with psycopg.connect(conninfo) as conn:
        now = datetime.now(UTC)
        row = conn.execute(
            "INSERT INTO alerts (rule_id, source_id, state, severity, category, agency, title, raised_at,"
            " updated_at, last_triggered_at, escalate_after_s, auto_resolve_after_s)"
            " VALUES ('bench', 'S1', 'raised', 'Moderate', 'Met', 'disaster', 'bench', %s, %s, %s, 600, 600)"
            " RETURNING alert_id",
            (now, now, now),
        ).fetchone()
        conn.commit()
        assert row is not None
        alert_id = row[0]
    urls = {a: rec.url(a) for a in AGENCIES}
    s = settings.model_copy(
        update={
            "alerts": settings.alerts.model_copy(
                update={
                    "webhooks": urls,
                    "webhook_secret": SecretStr("bench-webhook-secret"),
                    "webhook_deadline_s": 5.0,
                    "poll_interval_ms": 50,
                }
            )
        }
    )
    stop = threading.Event()
    threads = start_notifier(s, stop)
    committed: dict[int, tuple[str, float]] = {}
    try:
        with psycopg.connect(conninfo) as conn:
            t0 = time.monotonic()
            k = 0
            while time.monotonic() - t0 < seconds:
                k += 1
                ids = []
                for agency in AGENCIES:
                    r = conn.execute(
                        "INSERT INTO alert_outbox (alert_id, agency, event, payload) VALUES (%s, %s, 'severity', %s)"
                        " RETURNING id",
                        (alert_id, agency, Jsonb({"event": "severity", "n": k})),
                    ).fetchone()
                    assert r is not None
                    ids.append((r[0], agency))
                conn.commit()
                at = time.time()
                for oid, agency in ids:
                    committed[oid] = (agency, at)
                time.sleep(max(0.0, t0 + k / rate - time.monotonic()))
        healthy = {oid: at for oid, (agency, at) in committed.items() if agency in HEALTHY}
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and not all(oid in rec.arrived for oid in healthy):
            time.sleep(0.1)
    finally:
        stop.set()
        rec.release.set()
        for t in threads:
            t.join(timeout=30)
        rec.close()
    lat = sorted((rec.arrived[oid] - at) * 1000 for oid, at in healthy.items() if oid in rec.arrived)
    q = statistics.quantiles(lat, n=100) if len(lat) >= 2 else [0.0] * 99
    return {
        "offered": len(committed) // len(AGENCIES),
        "healthy_rows": len(healthy),
        "healthy_delivered": len(lat),
        "p50_ms": q[49],
        "p99_ms": q[98],
        "max_ms": lat[-1] if lat else float("nan"),
        "fire_posts_hung": rec.hung,
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rate", type=float, default=20.0, help="alert changes per second (one row per agency each)")
    p.add_argument("--seconds", type=float, default=30.0)
    p.add_argument("--env-file", default=".env")
    args = p.parse_args(argv)
    os.environ.setdefault("SOC_DB__PORT", "15433")
    settings = load_settings(args.env_file)
    dbname = f"bench_webhooks_{uuid.uuid4().hex[:8]}"
    with connect(settings, dbname="postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{dbname}"'.encode())
    try:
        with connect(settings, dbname=dbname, autocommit=True) as conn:
            migrate(conn)
        s = settings.model_copy(update={"db": settings.db.model_copy(update={"name": dbname})})
        r = run(s, args.rate, args.seconds)
        print(
            f"webhooks: {r['offered']} changes x {len(AGENCIES)} agencies in {args.seconds:g} s, fire hangs"
            f" ({r['fire_posts_hung']} POSTs hung); healthy agencies got {r['healthy_delivered']}"
            f"/{r['healthy_rows']}; commit->receiver p50 {r['p50_ms']:.0f} ms p99 {r['p99_ms']:.0f} ms"
            f" max {r['max_ms']:.0f} ms"
        )
    finally:
        with connect(settings, dbname="postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)'.encode())
    return 0


if __name__ == "__main__":
    sys.exit(main())
