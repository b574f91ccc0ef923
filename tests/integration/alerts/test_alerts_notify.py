"""Webhook outbox against a real local HTTP receiver that goes down and comes back."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import psycopg
import pytest

from alerts.notify import (
    Notifier,
)
from alerts.rules import RuleSet
from alerts.service import AlertsService
from tests.integration.alerts.alerts_helpers import (
    SECRET,
    Receiver,
    add_water_sensor,
    insert_readings,
    rules_for,
)

pytestmark = pytest.mark.integration

BASE = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    rec = Receiver(port)
    yield rec
    if rec._server is not None:
        rec.stop()


def test_outbox_survives_receiver_outage_and_restart(db_dsn: str, unique_id: str, receiver: Receiver) -> None:
    sid = f"WLn-{unique_id}"
    urls = {a: f"http://127.0.0.1:{receiver.port}/{a}" for a in ("water", "fire", "police")}
    rules = rules_for(unique_id, [sid])
    rules = rules.model_copy(
        update={
            "rules": tuple(
                r.model_copy(update={"notify": ("water", "fire", "police")}) if r.id == f"wl-{unique_id}" else r
                for r in rules.rules
            )
        }
    )
    with (
        psycopg.connect(db_dsn) as conn,
        psycopg.connect(db_dsn) as ingest,
        psycopg.connect(db_dsn) as out,
    ):
        add_water_sensor(ingest, sid)
        svc = AlertsService(conn, rules, consumer=f"n-{unique_id}", horizon_margin_s=0, webhook_agencies=urls)
        svc.start(BASE)
        notifier = Notifier(out, urls, SECRET, base_s=1.0, cap_s=60.0, deadline_s=2.0)

        # receiver up: the raise is delivered to water and fire; police answers 400
        receiver.start()
        insert_readings(ingest, [(sid, BASE, 10.1), (sid, BASE + timedelta(minutes=1), 10.1)])
        svc.step(BASE + timedelta(minutes=1))
        first = notifier.deliver_due(BASE + timedelta(minutes=1))
        assert (first.delivered, first.failed) == (2, 1)

        # receiver down: severity changes pile up in the outbox, retried with backoff
        receiver.stop()
        insert_readings(
            ingest, [(sid, BASE + timedelta(minutes=m), v) for m, v in ((2, 10.6), (3, 10.6), (4, 11.2), (5, 11.2))]
        )
        svc.step(BASE + timedelta(minutes=5))
        down = notifier.deliver_due(BASE + timedelta(minutes=5))
        assert (down.delivered, down.retried) == (0, 3)  # one attempt per agency: head of line
        assert notifier.deliver_due(BASE + timedelta(minutes=5)).retried == 0  # backing off
        pending = out.execute(
            "SELECT count(*) FROM alert_outbox o JOIN alerts a USING (alert_id)"
            " WHERE a.source_id = %s AND delivered_at IS NULL AND failed_at IS NULL",
            (sid,),
        ).fetchone()
        out.commit()
        assert pending == (6,)  # 2 severity changes x (water, fire, police)

        # receiver back; the notifier process restarts too (new connection, new object)
        receiver.start()
        with psycopg.connect(db_dsn) as out2:
            again = Notifier(out2, urls, SECRET, deadline_s=2.0)
            back = again.deliver_due(BASE + timedelta(minutes=30))
            assert (back.delivered, back.failed) == (4, 2)  # police answers 400: never retried
            assert again.deliver_due(BASE + timedelta(hours=5)).delivered == 0
            again.close()
        notifier.close()
        svc.stop()

    ids = [d for _, d, _, _ in receiver.got]
    assert len(ids) == len(set(ids)) == 6  # nothing lost, nothing twice
    assert all(ok for *_, ok in receiver.got)  # every body signed with the agency's key
    for agency in ("water", "fire"):
        mine = [
            (d, body["event"], body["alert"]["severity"])  # type: ignore[index]
            for a, d, body, _ in receiver.got
            if a == agency
        ]
        assert [m[0] for m in mine] == sorted(m[0] for m in mine)  # per-agency order kept
        assert [(e, s) for _, e, s in mine] == [("raise", "Minor"), ("severity", "Moderate"), ("severity", "Severe")]


def _raise_alert(db_dsn: str, sid: str, rules: RuleSet, urls: dict[str, str], *, consumer: str) -> None:
    """Register water-level station ``sid`` and raise its alert: one outbox row per agency of ``urls``."""
    with psycopg.connect(db_dsn) as conn, psycopg.connect(db_dsn) as ingest:
        add_water_sensor(ingest, sid)
        svc = AlertsService(conn, rules, consumer=consumer, horizon_margin_s=0, webhook_agencies=urls)
        svc.start(BASE)
        insert_readings(ingest, [(sid, BASE, 10.1), (sid, BASE + timedelta(minutes=1), 10.1)])
        svc.step(BASE + timedelta(minutes=1))
        svc.stop()


def test_row_of_a_notifier_that_died_mid_post_is_sent_after_its_lease(
    db_dsn: str, unique_id: str, receiver: Receiver, request: pytest.FixtureRequest
) -> None:
    from alerts import repo

    sid = f"WLl-{unique_id}"
    urls = {"water": f"http://127.0.0.1:{receiver.port}/water"}
    rules = rules_for(unique_id, [sid])
    receiver.start()
    _raise_alert(db_dsn, sid, rules, urls, consumer=f"l-{unique_id}")
    # a notifier claims the row and dies before posting or marking it
    with psycopg.connect(db_dsn) as dead:
        claimed = dead.execute(
            repo.SQL_OUTBOX_CLAIM,
            {"now": BASE + timedelta(minutes=1), "lease_until": BASE + timedelta(minutes=2), "agencies": ["water"]},
        ).fetchone()
        dead.commit()
    assert claimed is not None
    with psycopg.connect(db_dsn) as out:
        n = Notifier(out, urls, SECRET, deadline_s=2.0)
        request.addfinalizer(n.close)
        assert n.deliver_due(BASE + timedelta(seconds=90)).delivered == 0  # lease holds
        assert n.deliver_due(BASE + timedelta(minutes=2)).delivered == 1
    assert [d for _, d, _, _ in receiver.got] == [claimed[0]]


class _Garbage(BaseHTTPRequestHandler):
    """A receiver answering each agency with a different garbage body."""

    huge_cut_off: ClassVar[list[bool]] = []

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["Content-Length"]))
        agency = self.path.strip("/")
        status, ctype, body = {
            "water": (500, "text/plain", b"bad\x00answer"),  # PostgreSQL text cannot hold NUL
            "fire": (400, "text/plain; charset=utf-16", b"\x00\xd8 no BOM"),  # undecodable as declared
            "police": (500, "text/plain", b"x" * (64 << 20)),  # far more than anyone reads
        }[agency]
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
            self.wfile.flush()
        except OSError:  # the notifier stopped reading and closed the connection
            _Garbage.huge_cut_off.append(True)

    def log_message(self, *args: object) -> None:
        pass


def test_garbage_answers_are_recorded_and_the_notifier_goes_on(db_dsn: str, unique_id: str) -> None:
    """A NUL in the answer, a body undecodable in its declared charset and a 64 MB body:
    each attempt is classified from the status, with the start of the body as the error,
    and the notifier reads no more of an answer than it keeps."""
    _Garbage.huge_cut_off.clear()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Garbage)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    agencies = ("water", "fire", "police")
    urls = {a: f"http://127.0.0.1:{server.server_address[1]}/{a}" for a in agencies}
    sid = f"WLg-{unique_id}"
    rules = rules_for(unique_id, [sid])
    rules = rules.model_copy(update={"rules": tuple(
        r.model_copy(update={"notify": agencies}) if r.id == f"wl-{unique_id}" else r for r in rules.rules
    )})
    try:
        _raise_alert(db_dsn, sid, rules, urls, consumer=f"g-{unique_id}")
        with psycopg.connect(db_dsn) as out:
            notifier = Notifier(out, urls, SECRET, deadline_s=20.0)
            try:
                stats = notifier.deliver_due(BASE + timedelta(minutes=1))
            finally:
                notifier.close()
            rows: dict[str, str] = dict(out.execute(
                "SELECT o.agency, o.last_error FROM alert_outbox o JOIN alerts a USING (alert_id)"
                " WHERE a.source_id = %s", (sid,)).fetchall())
            out.commit()
    finally:
        server.shutdown()
        server.server_close()
    assert (stats.delivered, stats.retried, stats.failed) == (0, 2, 1)
    assert rows["water"].startswith("HTTP 500: bad")
    assert rows["fire"].startswith("HTTP 400")
    assert rows["police"].startswith("HTTP 500: xxx")
    assert _Garbage.huge_cut_off == [True]
