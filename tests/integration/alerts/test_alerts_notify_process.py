"""Webhooks from a real ``soc alerts run``: secrets stay out of its output, and a
``kill -9`` in the middle of a POST loses nothing.

The receiver is a local HTTP server whose URLs carry a token in the query string,
as many webhook services hand them out; the process is started by the project's
own entry point with the shipped rules file.
"""

from __future__ import annotations

import json
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import psycopg
import pytest

from alerts.notify import DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, agency_key, verify
from common.settings import Settings
from tests.fix_db import database_unreachable
from tests.fix_services import start_soc, stop_processes, wait_while_running
from tests.integration.alerts.alerts_helpers import add_water_sensor, insert_readings

pytestmark = [pytest.mark.integration, pytest.mark.slow]

SECRET = "webhook-secret-Zq81vX0pLm"
TOKENS = {"water": "tok-water-7Hd92kQpXa", "fire": "tok-fire-3Jv61mWqYb"}
#: The notifier's lease here (a minute as shipped): a row whose POST a kill cut off is sent
#: again once it ends, which the kill test waits for; what is asserted holds for any lease.
LEASE_S = 25
#: The deadline of a POST the fire receiver holds open: it stays open while the evaluator
#: and the water receiver go on (seconds here), and ends before the lease.
HELD_DEADLINE_S = 20


class Hooks:
    """Receivers of the water and fire webhooks; ``hold`` keeps the fire POSTs unanswered."""

    def __init__(self) -> None:
        self.answered: list[tuple[str, int]] = []  # (agency, X-SOC-Delivery) answered 204
        self.seen: list[tuple[str, int]] = []      # every POST, answered or not
        self.bad: list[str] = []                   # a missing token or a bad signature
        self.fail_first = True                     # the first POST of each agency gets 503
        self.delay_s = 0.0                         # fire's answers take this long
        self.hold = threading.Event()
        self.release = threading.Event()
        self.answer_held = False                   # a released fire POST is answered 204
        hooks = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                agency, _, query = self.path.strip("/").partition("?")
                if query != f"token={TOKENS.get(agency)}" or not verify(
                    agency_key(SECRET.encode(), agency), self.headers[TIMESTAMP_HEADER], body,
                    self.headers[SIGNATURE_HEADER], delivery=self.headers[DELIVERY_HEADER],
                    event=self.headers[EVENT_HEADER]):
                    hooks.bad.append(self.path)
                delivery = int(self.headers[DELIVERY_HEADER])
                first = all(a != agency for a, _ in hooks.seen)
                hooks.seen.append((agency, delivery))
                if agency == "fire" and hooks.hold.is_set():
                    hooks.release.wait(120)
                    if not hooks.answer_held:
                        return  # the sender is gone: close without an answer
                time.sleep(hooks.delay_s if agency == "fire" else 0.0)  # a slow receiver
                if hooks.fail_first and first:
                    self.send_response(503)
                else:
                    hooks.answered.append((agency, delivery))
                    self.send_response(204)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def urls(self) -> str:
        return json.dumps({a: f"http://127.0.0.1:{self.port}/{a}?token={t}" for a, t in TOKENS.items()})


@pytest.fixture
def hooks() -> Iterator[Hooks]:
    h = Hooks()
    yield h
    h.release.set()
    h.server.shutdown()
    h.server.server_close()


def _env(hooks: Hooks, **extra: str) -> dict[str, str]:
    return {"SOC_ALERTS__WEBHOOKS": hooks.urls(), "SOC_ALERTS__WEBHOOK_SECRET": SECRET,
            "SOC_ALERTS__WEBHOOK_LEASE_S": str(LEASE_S), "SOC_ALERTS__POLL_INTERVAL_MS": "100",
            "SOC_LOG_LEVEL": "INFO", **extra}


def _outbox(conn: psycopg.Connection, sensor: str) -> list[tuple[str, int, bool]]:
    rows = conn.execute(
        "SELECT o.agency, o.id, o.delivered_at IS NOT NULL FROM alert_outbox o JOIN alerts a USING (alert_id)"
        " WHERE a.source_id = %s ORDER BY o.id", (sensor,)).fetchall()
    return [(str(a), int(i), bool(d)) for a, i, d in rows]


def _all_delivered(conn: psycopg.Connection, sensor: str) -> bool:
    rows = _outbox(conn, sensor)
    return bool(rows) and all(d for _, _, d in rows)


def test_webhook_tokens_and_the_secret_never_reach_the_output(
        db_settings: Settings, db_dsn: str, unique_id: str, tmp_path: Path, hooks: Hooks) -> None:
    """Every POST (a 503 retried, then 204) leaves no URL token and no secret in the log."""
    sensor = f"WLs-{unique_id}"
    log = tmp_path / "alerts.log"
    now = datetime.now(UTC).replace(microsecond=0)
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        add_water_sensor(conn, sensor)
        proc = start_soc(db_settings, log, "alerts", "run", **_env(hooks))
        try:
            insert_readings(conn, [(sensor, now - timedelta(minutes=1), 10.6)])  # 二級警戒

            wait_while_running(proc, log, lambda: _all_delivered(conn, sensor), "the delivery of every webhook")
        finally:
            stop_processes([proc])
    assert {a for a, _ in hooks.answered} == {"water", "fire"}
    assert len(hooks.seen) > len(hooks.answered)  # the 503s were retried
    assert hooks.bad == []
    output = log.read_text()
    leaked = [s for s in (*TOKENS.values(), SECRET) if s in output]
    assert leaked == [], [line for line in output.splitlines() if any(s in line for s in leaked)][:3]


def _fire_post_held(db_settings: Settings, conn: psycopg.Connection, hooks: Hooks, sensor: str, log: Path,
                    at: datetime) -> tuple[subprocess.Popen[bytes], int, dict[str, str]]:
    """``soc alerts run`` started and ``sensor``'s water level raised at ``at`` (二級警戒), the
    fire receiver holding its POSTs: the process, the ``X-SOC-Delivery`` of the fire POST
    held, and the process's environment (a deadline that keeps the held POST open)."""
    hooks.fail_first = False
    hooks.hold.set()
    env = _env(hooks, SOC_ALERTS__WEBHOOK_DEADLINE_S=str(HELD_DEADLINE_S))
    add_water_sensor(conn, sensor)
    proc = start_soc(db_settings, log, "alerts", "run", **env)
    try:
        insert_readings(conn, [(sensor, at, 10.6)])
        wait_while_running(proc, log, lambda: any(a == "fire" for a, _ in hooks.seen), "the fire POST")
    except BaseException:
        stop_processes([proc])
        raise
    return proc, next(d for a, d in hooks.seen if a == "fire"), env


def test_a_kill_mid_post_resends_with_the_same_key_and_a_slow_receiver_stalls_nothing(
        db_settings: Settings, db_dsn: str, unique_id: str, tmp_path: Path, hooks: Hooks) -> None:
    """The fire receiver holds its POST; meanwhile the evaluator goes on and water is served.
    ``kill -9`` while the POST is open, restart: the same ``X-SOC-Delivery`` arrives again
    once its lease ends, and every outbox row is delivered."""
    sensor = f"WLk-{unique_id}"
    log = tmp_path / "alerts.log"
    now = datetime.now(UTC).replace(microsecond=0)
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        proc, held, env = _fire_post_held(db_settings, conn, hooks, sensor, log, now - timedelta(minutes=2))
        try:
            insert_readings(conn, [(sensor, now - timedelta(minutes=1), 11.2)])  # 一級警戒

            def evaluated_and_water_served() -> bool:
                row = conn.execute("SELECT severity FROM alerts WHERE source_id = %s AND rule_id = 'water-level'",
                                   (sensor,)).fetchone()
                water = [(i, d) for a, i, d in _outbox(conn, sensor) if a == "water"]
                # answered and recorded: a kill between the answer and its COMMIT re-sends the row
                # (the one case the delivery id is for, alerts/notify.py), not what this test kills
                served = {i for i, _ in water} == {i for a, i in hooks.answered} and all(d for _, d in water)
                return row is not None and row[0] == "Severe" and served

            wait_while_running(proc, log, evaluated_and_water_served, "the level change and water's deliveries")
            assert len(hooks.answered) >= 2  # the raise and the level change (and the rise rule's raise)
            assert [d for a, d in hooks.seen if a == "fire"] == [held]  # still the one open POST
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        finally:
            stop_processes([proc])
        hooks.hold.clear()
        hooks.release.set()
        proc = start_soc(db_settings, log, "alerts", "run", **env)
        try:
            wait_while_running(proc, log, lambda: _all_delivered(conn, sensor),
                               "the delivery of every webhook after the restart")
        finally:
            stop_processes([proc])
        rows = _outbox(conn, sensor)
    assert [d for a, d in hooks.seen if a == "fire"][:2] == [held, held]
    assert sorted(hooks.answered) == sorted((a, i) for a, i, _ in rows)  # each row answered once
    assert hooks.bad == []


def test_a_receiver_answering_within_the_deadline_never_trips_the_watchdog(
        db_settings: Settings, db_dsn: str, unique_id: str, tmp_path: Path, hooks: Hooks) -> None:
    """A slow receiver answers each POST just inside the deadline; rows are queued for it.
    The process keeps its loop coming round (the runner's watchdog would end the whole
    process, the evaluator with it) and delivers every row."""
    hooks.fail_first = False
    hooks.delay_s = 3.0
    sensor = f"WLw-{unique_id}"
    log = tmp_path / "alerts.log"
    now = datetime.now(UTC).replace(microsecond=0)
    env = _env(hooks, SOC_ALERTS__WEBHOOK_DEADLINE_S="4", SOC_HEALTH__STALL_AFTER_S="10")
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        add_water_sensor(conn, sensor)
        # 三級, 二級, 一級, back to 三級: four changes for fire, committed before the process starts
        levels = (10.1, 10.6, 11.2, 10.3)
        insert_readings(conn, [(sensor, now - timedelta(minutes=4 - i), v) for i, v in enumerate(levels)])
        proc = start_soc(db_settings, log, "alerts", "run", **env)
        try:
            wait_while_running(proc, log, lambda: _all_delivered(conn, sensor), "the delivery of every webhook")
            assert sum(a == "fire" for a, _ in hooks.answered) >= 4
        finally:
            stop_processes([proc])
    assert "loop_stalled" not in log.read_text()


def test_a_post_answered_while_the_database_is_away_is_not_sent_again(
        db_settings: Settings, db_dsn: str, unique_id: str, tmp_path: Path, hooks: Hooks) -> None:
    """The fire receiver holds its POST; the database goes (the process's sessions ended,
    new ones refused); the receiver answers 204 while it is away. When the database is back
    the row is recorded as delivered, and the receiver never gets the same
    ``X-SOC-Delivery`` again (left to the lease, it would)."""
    hooks.answer_held = True
    sensor = f"WLd-{unique_id}"
    log = tmp_path / "alerts.log"
    now = datetime.now(UTC).replace(microsecond=0)
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        proc, held, _ = _fire_post_held(db_settings, conn, hooks, sensor, log, now - timedelta(minutes=1))
        try:
            with database_unreachable(db_settings):
                hooks.release.set()
                wait_while_running(proc, log, lambda: ("fire", held) in hooks.answered, "the held POST answered")
                wait_while_running(proc, log, lambda: "alerts_notify_fire_database_unavailable" in log.read_text(),
                                   "the notifier finding the database away")
            hooks.hold.clear()
            with psycopg.connect(db_dsn, autocommit=True) as after:  # the outage ended ``conn``
                wait_while_running(proc, log, lambda: _all_delivered(after, sensor),
                                   "the delivery of every webhook after the outage")
        finally:
            stop_processes([proc])
    assert [d for a, d in hooks.seen if a == "fire"].count(held) == 1, hooks.seen
    assert hooks.bad == []
