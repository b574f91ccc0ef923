"""Agencies are isolated in the notifier: a receiver that trickles its answer one byte
every few seconds, beside a healthy one, through real HTTP servers and the real
notifier workers of ``soc alerts run``."""

from __future__ import annotations

import json
import socketserver
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import psycopg
import pytest
from pydantic import SecretStr

from alerts.service import AlertsService, start_notifiers
from common.settings import Settings
from tests.integration.alerts.alerts_helpers import SECRET, add_water_sensor, insert_readings, rules_for

pytestmark = pytest.mark.integration

BASE = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1)


class Trickler(socketserver.ThreadingTCPServer):
    """Reads a request, then answers one byte every ``gap_s`` seconds (forever)."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, gap_s: float) -> None:
        self.gap_s = gap_s
        self.requests = 0
        self.stopping = threading.Event()
        trickler = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                trickler.requests += 1
                self.request.recv(65536)
                answer = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok" * 100
                for i in range(len(answer)):
                    if trickler.stopping.wait(trickler.gap_s if i else 0):
                        return
                    try:
                        self.request.sendall(answer[i : i + 1])
                    except OSError:
                        return  # the client gave up

        super().__init__(("127.0.0.1", 0), Handler)


class Healthy:
    """Answers 204 at once; records (delivery id, event, signature timestamp, time received)."""

    def __init__(self) -> None:
        self.got: list[tuple[int, str, int, datetime]] = []
        rec = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                rec.got.append(
                    (int(self.headers["X-SOC-Delivery"]), body["event"], int(self.headers["X-SOC-Timestamp"]),
                     datetime.now(UTC))
                )
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)


@pytest.fixture
def servers() -> Iterator[tuple[Trickler, Healthy]]:
    slow, ok = Trickler(gap_s=3.0), Healthy()
    threads = [threading.Thread(target=s.serve_forever, daemon=True) for s in (slow, ok.server)]
    for t in threads:
        t.start()
    yield slow, ok
    slow.stopping.set()
    for s in (slow, ok.server):
        s.shutdown()
        s.server_close()


def test_a_trickling_receiver_delays_only_its_own_queue(
    db_settings: Settings, db_dsn: str, unique_id: str, servers: tuple[Trickler, Healthy]
) -> None:
    slow, ok = servers
    sids = [f"WLi{k}-{unique_id}" for k in range(5)]
    rules = rules_for(unique_id, sids)  # notify: [water, fire]
    urls = {
        "fire": f"http://127.0.0.1:{slow.server_address[1]}/fire",
        "water": f"http://127.0.0.1:{ok.server.server_address[1]}/water",
    }
    settings = db_settings.model_copy(
        update={
            "alerts": db_settings.alerts.model_copy(
                update={
                    "webhooks": urls,
                    "webhook_secret": SecretStr(SECRET.decode()),
                    "webhook_deadline_s": 15.0,  # far longer than the healthy queue needs
                    "poll_interval_ms": 50,
                }
            )
        }
    )
    with psycopg.connect(db_dsn) as conn, psycopg.connect(db_dsn) as ingest:
        for sid in sids:
            add_water_sensor(ingest, sid)
        svc = AlertsService(conn, rules, consumer=f"iso-{unique_id}", horizon_margin_s=0, webhook_agencies=urls)
        svc.start(BASE)
        # fire's row for the first alert is older than every water row: the head of any shared line
        for k, sid in enumerate(sids):
            first, second = BASE + timedelta(seconds=k), BASE + timedelta(minutes=2)
            insert_readings(ingest, [(sid, first, 10.2), (sid, second, 10.2)])
        svc.step(BASE + timedelta(minutes=2))
        svc.stop()

    stop = threading.Event()
    started = datetime.now(UTC)
    senders = start_notifiers(settings, stop)  # what soc alerts run starts: one per agency
    try:
        deadline = time.monotonic() + 60
        while len(ok.got) < len(sids) and time.monotonic() < deadline:
            time.sleep(0.1)
        # every water row reached its receiver while fire's receiver was still trickling
        assert len(ok.got) == len(sids), f"water got {len(ok.got)} of {len(sids)}"
        with psycopg.connect(db_dsn) as check:
            fire_done = check.execute(
                "SELECT count(*) FROM alert_outbox WHERE agency = 'fire' AND delivered_at IS NOT NULL"
            ).fetchone()
            # ... and while fire's FIRST POST was still trickling (not yet cut by its deadline):
            # water did not wait behind it, not even once
            fire_first = check.execute(
                "SELECT attempts FROM alert_outbox o JOIN alerts a USING (alert_id)"
                " WHERE o.agency = 'fire' AND a.source_id = ANY(%s) ORDER BY o.id LIMIT 1", (sids,)
            ).fetchone()
        assert fire_done == (0,)
        assert fire_first == (0,)
        # the trickling POST is cut at its total deadline and retried later, not held open
        deadline = time.monotonic() + 60
        err = ""
        while time.monotonic() < deadline:
            with psycopg.connect(db_dsn) as check:
                row = check.execute(
                    "SELECT last_error FROM alert_outbox WHERE agency = 'fire' AND attempts > 0 ORDER BY id LIMIT 1"
                ).fetchone()
            if row is not None:
                err = row[0]
                break
            time.sleep(0.2)
        assert "deadline" in err
    finally:
        stop.set()
        for sender in senders:
            sender.join(timeout=30)
    assert not any(sender.is_alive() for sender in senders)
    # the clock is read per attempt: signatures and delivered_at are not those of a frozen batch
    with psycopg.connect(db_dsn) as check:
        delivered = dict(
            check.execute("SELECT id, delivered_at FROM alert_outbox WHERE agency = 'water'").fetchall()
        )
    for delivery, _, ts, received in ok.got:
        assert ts >= int(started.timestamp())
        assert delivered[delivery] >= received
