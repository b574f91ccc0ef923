"""The ops center waits for the alerts evaluator: a backlog is grouped as the live stream is.

After a database outage, ingest commits the queued messages at once and the
evaluator raises the alerts of their readings a moment later. The ops center
must not place the backlog's police reports and camera events before the alerts
of the readings that came with them (a stalled car forming its own incident
beside the flood that explains it): it reads events only as far as the
evaluator has committed (:mod:`alerts.progress`) and places each event with
the evaluator step that covered it.

The typhoon scenario (tests/data/scenarios, seed 1) is delivered twice into two
fresh databases, in observation order: live (every delivery committed on its
own, each followed by an evaluator step, the ops center polling along), and as
a backlog (every event committed in one ingest transaction, the ops center
polling, then one evaluator step with every alert). The incidents must be the
same.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

import psycopg
import pytest

from common.db import connect
from common.settings import Settings
from ops_center.service import OpsService
from tests import scenarios
from tests.fix_db import _create_from_template, drop_database
from tests.integration.ops_center.test_ops_service import (
    INSERT_ALERT,
    INSERT_EVENT,
    INSERT_TRANSITION,
    ROUTING,
    RULE_OF,
    outcome,
)

pytestmark = pytest.mark.integration

# What the evaluator writes with each step (alerts/service.py): its watermarks and its progress.
EVALUATOR_STEP = """
INSERT INTO alert_watermarks (consumer, readings_wm, events_wm) VALUES ('alerts', now(), now())
ON CONFLICT (consumer) DO UPDATE SET readings_wm = now(), events_wm = now(), updated_at = now();
INSERT INTO alert_progress (consumer, through) VALUES ('alerts', now());
"""


def ingest(conn: psycopg.Connection, rec: scenarios.Record) -> None:
    t = datetime.fromisoformat(rec.observed)
    conn.execute(INSERT_EVENT, (t, rec.key, rec.agency, rec.feed, rec.key, rec.category, rec.severity,
                                rec.lon, rec.lat))


def raise_alert(conn: psycopg.Connection, rec: scenarios.Record) -> None:
    t = datetime.fromisoformat(rec.observed)
    row = conn.execute(
        INSERT_ALERT, (RULE_OF[rec.category], rec.key, rec.severity, rec.agency, rec.lon, rec.lat, t, t, t)
    ).fetchone()
    assert row is not None
    action = "raise" if row[1] else "severity"
    conn.execute(INSERT_TRANSITION, (row[0], t, action, None if row[1] else "raised", rec.severity))


def evaluator_step(conn: psycopg.Connection, alerts: list[scenarios.Record]) -> None:
    with conn.transaction():
        for rec in alerts:
            raise_alert(conn, rec)
        for statement in EVALUATOR_STEP.strip().split(";\n"):
            conn.execute(statement.encode())


def drain(svc: OpsService, conn: psycopg.Connection) -> None:
    """Poll until the ops center has read every committed event and alert transition."""
    latest = conn.execute("SELECT (SELECT max(received_at) FROM events),"
                          " (SELECT max(recorded_at) FROM alert_transitions)").fetchone()
    assert latest is not None
    deadline = time.monotonic() + 30
    while True:
        svc.poll_once()
        wm = conn.execute("SELECT events_wm, alerts_wm FROM ops_watermarks WHERE consumer = 'ops'").fetchone()
        if wm is not None and all(last is None or mark > last for mark, last in zip(wm, latest, strict=True)):
            return
        assert time.monotonic() < deadline, "watermark does not advance"


@contextmanager
def fresh(settings: Settings, db_template: str) -> Iterator[Settings]:
    """A database of its own, made from the migrated template and dropped after use."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    with connect(settings, dbname="postgres", autocommit=True) as admin:
        _create_from_template(admin, name, db_template)
    yield settings.model_copy(update={"db": settings.db.model_copy(update={"name": name})})
    with connect(settings, dbname="postgres", autocommit=True) as admin:
        drop_database(admin, name)


@pytest.fixture
def fresh_db(settings: Settings, db_template: str) -> Iterator[Settings]:
    with fresh(settings, db_template) as db:
        yield db


def in_order() -> list[scenarios.Record]:
    """The scenario's first four hours in observation order (an alert before an event of the same
    instant). Four hours: a backlog shorter than the correlator's retention (6 h), as after an outage."""
    records = [r for r in scenarios.load(scenarios.scenario_path(1)) if r.observed < "2016-09-27T08:00"]
    return sorted(records, key=lambda r: (datetime.fromisoformat(r.observed), r.kind != "alert"))


def live(db: Settings, retention_s: float = 6 * 3600.0) -> tuple[dict[str, frozenset[str]], dict[str, str]]:
    with connect(db, autocommit=True) as w, connect(db, autocommit=True) as c:
        evaluator_step(w, [])
        svc = OpsService(c, ROUTING, idle_after_s=None, clock=lambda: 1_700_000_000.0, retention_s=retention_s)
        svc.start()
        for i, rec in enumerate(in_order()):
            if rec.kind == "event":
                with w.transaction():
                    ingest(w, rec)
                evaluator_step(w, [])
            else:
                evaluator_step(w, [rec])
            if i % 7 == 0:
                svc.poll_once()
        drain(svc, w)
        return outcome(w)


def test_a_backlog_committed_at_once_is_grouped_as_the_live_stream(settings: Settings, fresh_db: Settings,
                                                                   db_template: str) -> None:
    with fresh(settings, db_template) as live_db:
        want = live(live_db)
    records = in_order()
    with connect(fresh_db, autocommit=True) as w, connect(fresh_db, autocommit=True) as c:
        evaluator_step(w, [])
        svc = OpsService(c, ROUTING, idle_after_s=None, clock=lambda: 1_700_000_000.0)
        svc.start()
        with w.transaction():  # ingest commits the backlog at once
            for rec in records:
                if rec.kind == "event":
                    ingest(w, rec)
        for _ in range(3):
            svc.poll_once()
        fed_early = c.execute("SELECT count(*) FROM ops_feed_log WHERE op = 'feed'").fetchone()
        evaluator_step(w, [r for r in records if r.kind == "alert"])  # the evaluator catches up
        drain(svc, w)
        got = outcome(w)
    assert fed_early == (0,), "events were correlated before the alerts of the readings that came with them"
    assert set(got[0].values()) == set(want[0].values())
    assert got[1] == want[1]


def test_a_backlog_longer_than_the_retention_is_stored_as_the_live_stream(settings: Settings, fresh_db: Settings,
                                                                          db_template: str) -> None:
    """Four hours committed at once, with incidents remembered for 30 minutes: incidents that
    open and are forgotten within the one batch are stored all the same (after an outage longer
    than the retention, the ops center must not crash on its own backlog)."""
    with fresh(settings, db_template) as live_db:
        want = live(live_db, retention_s=1800.0)
    records = in_order()
    with connect(fresh_db, autocommit=True) as w, connect(fresh_db, autocommit=True) as c:
        evaluator_step(w, [])
        svc = OpsService(c, ROUTING, idle_after_s=None, clock=lambda: 1_700_000_000.0, retention_s=1800.0,
                         batch_max=100_000)
        svc.start()
        with w.transaction():
            for rec in records:
                if rec.kind == "event":
                    ingest(w, rec)
        evaluator_step(w, [r for r in records if r.kind == "alert"])
        drain(svc, w)
        got = outcome(w)
    assert got[1], "the scenario's four hours open incidents"
    assert set(got[0].values()) == set(want[0].values())
    assert got[1] == want[1]
