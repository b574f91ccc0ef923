"""A poll writes one statement per kind of row, however many incidents it stores.

Fire panel alarms far apart open one fire each, routed to three agencies: every
incident brings its row, a member, a history line, a CAP message and three
assignments with their transitions and audit rows. A poll that stores three of
them and a poll that stores thirty run the same number of statements, as the
server counts them (pg_stat_statements, preloaded by common/services.py), and
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

from common.services import Layout, superuser_conninfo
from common.settings import Settings
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
def admin(services: Layout) -> Iterator[psycopg.Connection[Any]]:
    """The instance's superuser in the ``postgres`` database."""
    with psycopg.connect(superuser_conninfo(services), autocommit=True) as c:
        yield c


@pytest.fixture
def conn(db_dsn: str) -> Iterator[psycopg.Connection[Any]]:
    with psycopg.connect(db_dsn, autocommit=True) as c:
        yield c


def commit_alarms(conn: psycopg.Connection[Any], prefix: str, n: int, t: datetime, lat: float) -> None:
    """``n`` fire alarms 3 km apart along a parallel (no two in one incident), in one transaction."""
    with conn.transaction():
        for i in range(n):
            conn.execute(INSERT_ALARM, (t + timedelta(seconds=i), f"{prefix}-{i}", 120.4 + 0.03 * i, lat))


class ServerStatements:
    """What the server ran for one role in one database, as pg_stat_statements counts it.

    Read over the superuser's socket in the ``postgres`` database, so the reading
    itself is counted in another database; every statement counts however the client
    sent it (execute, executemany, COPY, a pipeline), each execution once.
    """

    def __init__(self, admin: psycopg.Connection[Any], role: str, dbname: str) -> None:
        self.admin = admin
        preloaded = admin.execute("SHOW shared_preload_libraries").fetchone()
        assert preloaded is not None
        assert "pg_stat_statements" in preloaded[0], (
            f"pg_stat_statements is not preloaded ({preloaded[0]}): the instance runs with an older "
            "configuration; restart it (soc services down, then up) to load common/services.py's")
        ids = admin.execute(
            "SELECT (SELECT oid FROM pg_roles WHERE rolname = %s), (SELECT oid FROM pg_database WHERE datname = %s)",
            (role, dbname)).fetchone()
        assert ids is not None
        assert None not in ids
        self.userid, self.dbid = ids

    def reset(self) -> None:
        self.admin.execute("SELECT pg_stat_statements_reset(%s::oid, %s::oid)", (self.userid, self.dbid))

    def counted(self) -> dict[str, int]:
        """Each statement's text (constants as $n) and how many times it ran since the reset."""
        rows = self.admin.execute(
            "SELECT query, calls FROM pg_stat_statements WHERE userid = %s::oid AND dbid = %s::oid",
            (self.userid, self.dbid)).fetchall()
        return {" ".join(query.split()): int(calls) for query, calls in rows}


def poll_until_stored(svc: OpsService, stmts: ServerStatements) -> tuple[PollResult, dict[str, int]]:
    """The first poll that correlates rows, and the statements the server ran for it."""
    deadline = time.monotonic() + 30
    while True:
        stmts.reset()
        res = svc.poll_once()
        if res.items:
            return res, stmts.counted()
        assert time.monotonic() < deadline, "no poll took the committed alarms"
        time.sleep(0.01)


def differing(few: dict[str, int], many: dict[str, int]) -> str:
    """The statements run a different number of times in the two polls, each with both counts."""
    lines = [f"{few.get(q, 0)} -> {many.get(q, 0)}: {q[:100]}"
             for q in sorted(few.keys() | many.keys()) if few.get(q, 0) != many.get(q, 0)]
    return "\n".join(lines)


def test_a_poll_sends_as_many_statements_for_thirty_incidents_as_for_three(
        conn: psycopg.Connection[Any], admin: psycopg.Connection[Any], db_settings: Settings) -> None:
    svc = OpsService(conn, ROUTING, idle_after_s=None, clock=lambda: 1_700_000_000.0)
    svc.start()
    svc.poll_once()  # reads the mode (then once a second of its fixed clock: never again)
    stmts = ServerStatements(admin, db_settings.db.user, db_settings.db.name)
    t = datetime(2026, 9, 1, 8, 0, tzinfo=UTC)

    commit_alarms(conn, "few", 3, t, 24.0)
    few, few_statements = poll_until_stored(svc, stmts)
    commit_alarms(conn, "many", 30, t + timedelta(minutes=1), 24.2)
    many, many_statements = poll_until_stored(svc, stmts)

    assert (few.items, few.dispatched, many.items, many.dispatched) == (3, 3, 30, 30)
    few_n, many_n = sum(few_statements.values()), sum(many_statements.values())
    assert many_n == few_n, (
        f"a poll storing 30 incidents ran {many_n} statements on the server, one storing 3 ran {few_n};"
        f" per statement, 3 -> 30 incidents:\n{differing(few_statements, many_statements)}")
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
