"""A poll writes one statement per kind of row, however many incidents it stores.

Fire panel alarms far apart open one fire each, routed to three agencies: every
incident brings its row, a member, a history line, a CAP message and three
assignments with their transitions and audit rows. A poll that stores three of
them and a poll that stores thirty send the same number of statements, and
everything they stored is there once.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest

from ops_center.dispatch import load_routing
from ops_center.service import OpsService, PollResult

pytestmark = pytest.mark.integration

ROUTING = load_routing(Path(__file__).parents[3] / "ops_center" / "routing.yaml")
FIRE_AGENCIES = 3  # routing.yaml: fire -> fire, police, environment

INSERT_ALARM = """
INSERT INTO events (time, source_id, domain, feed, event_key, category, severity, geom, payload)
VALUES (%s, %s, 'disaster', 'fire_alarm', 'k', 'alarm', 'Severe', ST_SetSRID(ST_MakePoint(%s, %s), 4326), '{}')
"""


@pytest.fixture
def conn(db_dsn: str) -> Iterator[psycopg.Connection[Any]]:
    with psycopg.connect(db_dsn, autocommit=True) as c:
        yield c


def commit_alarms(conn: psycopg.Connection[Any], prefix: str, n: int, t: datetime, lat: float) -> None:
    """``n`` fire alarms 3 km apart along a parallel (no two in one incident), in one transaction."""
    with conn.transaction():
        for i in range(n):
            conn.execute(INSERT_ALARM, (t + timedelta(seconds=i), f"{prefix}-{i}", 120.4 + 0.03 * i, lat))


class Statements:
    """Counts the statements psycopg sends (every execute goes through Cursor.execute)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.n = 0
        original = psycopg.Cursor.execute

        def counting(cur: psycopg.Cursor[Any], *args: Any, **kwargs: Any) -> Any:
            self.n += 1
            return original(cur, *args, **kwargs)

        monkeypatch.setattr(psycopg.Cursor, "execute", counting)


def poll_until_stored(svc: OpsService, stmts: Statements) -> tuple[PollResult, int]:
    """The first poll that correlates rows, and the statements it sent."""
    deadline = time.monotonic() + 30
    while True:
        stmts.n = 0
        res = svc.poll_once()
        if res.items:
            return res, stmts.n
        assert time.monotonic() < deadline, "no poll took the committed alarms"
        time.sleep(0.01)


def test_a_poll_sends_as_many_statements_for_thirty_incidents_as_for_three(
        conn: psycopg.Connection[Any], monkeypatch: pytest.MonkeyPatch) -> None:
    svc = OpsService(conn, ROUTING, idle_after_s=None, clock=lambda: 1_700_000_000.0)
    svc.start()
    svc.poll_once()  # reads the mode (then once a second of its fixed clock: never again)
    stmts = Statements(monkeypatch)
    t = datetime(2026, 9, 1, 8, 0, tzinfo=UTC)

    commit_alarms(conn, "few", 3, t, 24.0)
    few, few_statements = poll_until_stored(svc, stmts)
    commit_alarms(conn, "many", 30, t + timedelta(minutes=1), 24.2)
    many, many_statements = poll_until_stored(svc, stmts)

    assert (few.items, few.dispatched, many.items, many.dispatched) == (3, 3, 30, 30)
    assert many_statements == few_statements, (
        f"a poll storing 30 incidents sent {many_statements} statements, one storing 3 sent {few_statements}")
    # Everything is there, once.
    counts = conn.execute(
        "SELECT (SELECT count(*) FROM ops_incidents), (SELECT count(*) FROM ops_incident_members),"
        " (SELECT count(*) FROM ops_incident_history WHERE action = 'opened'),"
        " (SELECT count(*) FROM ops_cap_messages WHERE direction = 'out'),"
        " (SELECT count(*) FROM ops_assignments WHERE state = 'assigned'),"
        " (SELECT count(*) FROM ops_assignment_transitions WHERE to_state = 'assigned'),"
        " (SELECT count(DISTINCT (subject_id, detail ->> 'agency')) FROM audit_log"
        "   WHERE action = 'assignment.assigned'),"
        " (SELECT count(*) FROM audit_log WHERE action = 'assignment.assigned')").fetchone()
    n = 33
    assert counts == (n, n, n, n, n * FIRE_AGENCIES, n * FIRE_AGENCIES, n * FIRE_AGENCIES, n * FIRE_AGENCIES)
    # The audit rows follow the order of the transitions they record.
    audited = conn.execute(
        "SELECT subject_id, detail ->> 'agency' FROM audit_log WHERE action = 'assignment.assigned' ORDER BY id"
    ).fetchall()
    moved = conn.execute(
        "SELECT incident_id, agency FROM ops_assignment_transitions WHERE to_state = 'assigned' ORDER BY id"
    ).fetchall()
    assert audited == moved
