"""The order an agency sees (docs/alerts.md): one queue per agency in commit order; a row
retried by hand goes to the end of its agency's queue; positions follow commit order even
when an operator's move commits while the evaluator's step is still writing."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import psycopg
import pytest
from psycopg.types.json import Jsonb

from alerts.lifecycle import AlertState, Severity, Trigger
from alerts.notify import DELIVERY_HEADER, TIMESTAMP_HEADER, Notifier
from alerts.service import AlertStore, act, apply_decisions, retry_delivery
from tests.integration.alerts.alerts_helpers import SECRET, rules_for

pytestmark = pytest.mark.integration


class OrderReceiver:
    """Records the delivery ids it accepts, in arrival order; answers 400 to ids in ``reject``."""

    def __init__(self) -> None:
        self.got: list[int] = []
        self.stamps: list[int] = []  # X-SOC-Timestamp of each accepted delivery
        self.reject: set[int] = set()
        rec = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                self.rfile.read(int(self.headers["Content-Length"]))
                delivery = int(self.headers[DELIVERY_HEADER])
                if delivery in rec.reject:
                    self.send_response(400)
                else:
                    rec.got.append(delivery)
                    rec.stamps.append(int(self.headers[TIMESTAMP_HEADER]))
                    self.send_response(204)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture
def receiver() -> Iterator[OrderReceiver]:
    rec = OrderReceiver()
    yield rec
    rec.server.shutdown()
    rec.server.server_close()


SQL_ALERT = """
INSERT INTO alerts (rule_id, source_id, state, severity, category, agency, title, raised_at, updated_at,
                    last_triggered_at, escalate_after_s, auto_resolve_after_s)
VALUES (%s, %s, 'raised', 'Moderate', 'Met', 'disaster', 't', now(), now(), now(), 600, 600) RETURNING alert_id
"""


def queue_row(dsn: str, alert_id: int, agency: str, event: str) -> int:
    """One outbox row, committed on its own (as a step of the evaluator would)."""
    with psycopg.connect(dsn) as conn:
        row = conn.execute(
            "INSERT INTO alert_outbox (alert_id, agency, event, payload) VALUES (%s, %s, %s, %s) RETURNING id",
            (alert_id, agency, event, Jsonb({"event": event})),
        ).fetchone()
    assert row is not None
    return int(row[0])


def test_a_retried_row_goes_to_the_end_of_its_agencys_queue(
    db_dsn: str, unique_id: str, receiver: OrderReceiver
) -> None:
    agency = f"water{unique_id}"
    urls = {agency: f"http://127.0.0.1:{receiver.port}/{agency}"}
    with psycopg.connect(db_dsn) as conn:
        row = conn.execute(SQL_ALERT, (f"order-{unique_id}", "S1")).fetchone()
        assert row is not None
        alert_id = int(row[0])
        conn.commit()
        raised = queue_row(db_dsn, alert_id, agency, "raise")
        escalated = queue_row(db_dsn, alert_id, agency, "escalate")
        receiver.reject.add(raised)  # the receiver refuses the first for good
        with Notifier(conn, urls, SECRET, base_s=0.1, cap_s=1.0, deadline_s=5.0) as notifier:
            notifier.deliver_due(max_items=5)
            assert receiver.got == [escalated]
            waiting = queue_row(db_dsn, alert_id, agency, "acknowledge")  # written before the retry
            receiver.reject.clear()  # the agency fixed its gateway
            retry_delivery(conn, raised, now=datetime.now(UTC), actor="coord")
            later = queue_row(db_dsn, alert_id, agency, "resolve")  # written after the retry
            notifier.deliver_due(max_items=10)
    # the retried row does not jump the queue: what waited before the retry goes first
    assert receiver.got == [escalated, waiting, raised, later]


def test_queue_positions_follow_commit_order(db_dsn: str, unique_id: str, receiver: OrderReceiver) -> None:
    """An operator's move that commits while the evaluator is still writing its step cannot
    be delivered ahead of the step's rows (they would arrive out of order)."""
    agency = f"water{unique_id}"  # a queue of this test's own
    rules = rules_for(unique_id, ["S1"])
    rules = rules.model_copy(update={"rules": tuple(r.model_copy(update={"notify": (agency,)}) for r in rules.rules)})
    urls = {agency: f"http://127.0.0.1:{receiver.port}/{agency}"}
    with psycopg.connect(db_dsn) as setup:
        row = setup.execute(SQL_ALERT, (f"wl-{unique_id}", "S0")).fetchone()
        assert row is not None
        other = int(row[0])
    step = psycopg.connect(db_dsn)
    moved: list[int] = []

    def operator() -> None:
        with psycopg.connect(db_dsn, application_name=f"op-{unique_id}") as conn:
            act(conn, rules, other, AlertState.ACKNOWLEDGED, now=datetime.now(UTC), actor="op", reason="",
                webhook_agencies=(agency,))
            moved.append(1)

    try:
        # the evaluator's step writes its alert and outbox rows and has not committed yet
        trig = Trigger(rule_id=f"wl-{unique_id}", source_id="S1", severity=Severity.MINOR, at=datetime.now(UTC),
                       title="t", category="Met", agency="disaster", label="三級警戒")
        apply_decisions(AlertStore(step, rules, (agency,)), [trig])
        t = threading.Thread(target=operator)
        t.start()
        # the operator's move either waits for the step (the outbox write lock) or has committed
        deadline = time.monotonic() + 30
        with psycopg.connect(db_dsn, autocommit=True) as probe:
            while not moved:
                waiting = probe.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE application_name = %s AND wait_event_type = 'Lock'",
                    (f"op-{unique_id}",),
                ).fetchone()
                if waiting and waiting[0]:
                    break
                assert time.monotonic() < deadline, "the operator's move neither waited nor finished"
                time.sleep(0.05)
        with psycopg.connect(db_dsn) as conn, Notifier(conn, urls, SECRET, deadline_s=5.0) as notifier:
            notifier.deliver_due(max_items=10)  # whatever is committed now
            step.commit()
            t.join(30)
            notifier.deliver_due(max_items=10)
            ids = conn.execute(
                "SELECT o.id FROM alert_outbox o JOIN alerts a USING (alert_id)"
                " WHERE a.rule_id = %s AND o.agency = %s ORDER BY o.id",
                (f"wl-{unique_id}", agency),
            ).fetchall()
    finally:
        step.close()
    # the step's raise was written first: it is delivered first
    assert [i for (i,) in ids] == sorted(i for (i,) in ids)
    assert receiver.got == [i for (i,) in ids]
    assert len(receiver.got) == 2


def test_the_clock_is_read_for_every_attempt(db_dsn: str, unique_id: str, receiver: OrderReceiver) -> None:
    """One call delivering several rows signs and records each at its own time, never at a
    time frozen for the batch (a clock that moves 10 s per reading shows it)."""
    agency = f"clock{unique_id}"
    base = datetime.now(UTC).replace(microsecond=0) + timedelta(minutes=1)  # the rows are due by then
    reads: list[datetime] = []

    def clock() -> datetime:
        reads.append(base + timedelta(seconds=10 * len(reads)))
        return reads[-1]

    with psycopg.connect(db_dsn) as conn:
        row = conn.execute(SQL_ALERT, (f"clock-{unique_id}", "S1")).fetchone()
        assert row is not None
        conn.commit()
        ids = [queue_row(db_dsn, int(row[0]), agency, event) for event in ("raise", "escalate", "resolve")]
        urls = {agency: f"http://127.0.0.1:{receiver.port}/{agency}"}
        with Notifier(conn, urls, SECRET, deadline_s=5.0, clock=clock) as notifier:
            assert notifier.deliver_due(max_items=10).delivered == 3
        delivered = [r[0] for r in conn.execute(
            "SELECT delivered_at FROM alert_outbox WHERE id = ANY(%s) ORDER BY id", (ids,)).fetchall()]
    assert receiver.got == ids
    # each POST is signed at the clock read for its own attempt, 20 s apart (claim, then done)
    assert [s - receiver.stamps[0] for s in receiver.stamps] == [0, 20, 40]
    # and each delivered_at is the clock read after its own POST
    assert [(d - delivered[0]).total_seconds() for d in delivered] == [0, 20, 40]
