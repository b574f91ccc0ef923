"""Helpers of the alerts integration tests: sensors, readings written as ingest writes them."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import psycopg

from alerts.notify import DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, agency_key, verify
from alerts.rules import RuleSet, parse_rules

SECRET = b"test-webhook-secret"

RULES_TEMPLATE = """
version: 1
defaults: {{escalate_after_s: {escalate}, auto_resolve_after_s: {resolve}}}
rules:
  - id: wl-{uid}
    kind: threshold
    title: 河川水位達警戒
    agency: disaster
    category: Met
    event: 河川高水位
    event_code: highWater
    notify: [water, fire]
    select: {{sensor_ids: [{sensors}]}}
    hysteresis: 0.05
    min_duration_s: 60
    valid_s: {{water_level_m: 3600}}  # the tests step the clock by minutes between readings
    levels:
      - {{label: 三級警戒, severity: Minor, any: {{water_level_m: {{registry: "3"}}}}}}
      - {{label: 二級警戒, severity: Moderate, any: {{water_level_m: {{registry: "2"}}}}}}
      - {{label: 一級警戒, severity: Severe, any: {{water_level_m: {{registry: "1"}}}}}}
  - id: rise-{uid}
    kind: rate_of_change
    title: 水位快速上升
    agency: disaster
    category: Met
    select: {{sensor_ids: [{sensors}]}}
    metric: water_level_m
    rise: 0.5
    window_s: 600
  - id: cap-{uid}
    kind: event
    title: 外部 CAP 示警
    agency: disaster
    category: Met
    feed: cap
    categories: {{"*": Moderate}}
    severity_map: {{Severe: Severe}}
    clear_categories: [cancelled]
"""


def rules_for(uid: str, sensors: Iterable[str], *, escalate: int = 86_400, resolve: int = 600) -> RuleSet:
    """Rules that only look at this test's sensors (tests of a module share one database)."""
    return parse_rules(RULES_TEMPLATE.format(uid=uid, sensors=", ".join(sensors), escalate=escalate, resolve=resolve))


def add_water_sensor(conn: psycopg.Connection, sensor_id: str, lon: float = 120.64, lat: float = 24.17) -> None:
    """Register a water-level station with alert levels 3/2/1 = 10.0/10.5/11.0 m."""
    conn.execute(
        "INSERT INTO sensors (sensor_id, agency, kind, name, geom, expected_interval, metadata)"
        " VALUES (%s, 'disaster', 'water_level', %s, ST_SetSRID(ST_MakePoint(%s, %s), 4326),"
        " interval '60 seconds', %s::jsonb)",
        (sensor_id, f"測站 {sensor_id}", lon, lat, json.dumps({"alert_levels_m": {"1": 11.0, "2": 10.5, "3": 10.0}})),
    )
    conn.commit()


def insert_readings(conn: psycopg.Connection, rows: Iterable[tuple[str, datetime, float]]) -> None:
    """Insert water-level readings in one transaction, as ingest does (received_at = now())."""
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO readings (time, sensor_id, metric, value) VALUES (%s, %s, 'water_level_m', %s)",
            [(t, s, v) for s, t, v in rows],
        )
    conn.commit()


class Receiver:
    """A webhook receiver on a fixed port that can be stopped and started again."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.got: list[tuple[str, int, dict[str, object], bool]] = []  # path, delivery, body, sig ok
        self._server: ThreadingHTTPServer | None = None

    def start(self) -> None:
        rec = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                agency = self.path.strip("/")
                ok = verify(
                    agency_key(SECRET, agency), self.headers[TIMESTAMP_HEADER], body, self.headers[SIGNATURE_HEADER],
                    delivery=self.headers[DELIVERY_HEADER], event=self.headers[EVENT_HEADER],
                )
                if agency == "police":  # a receiver that rejects us for good
                    self.send_response(400)
                else:
                    rec.got.append((agency, int(self.headers[DELIVERY_HEADER]), json.loads(body), ok))
                    self.send_response(204)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        assert self._server is not None
        self._server.shutdown()
        self._server.server_close()
        self._server = None
