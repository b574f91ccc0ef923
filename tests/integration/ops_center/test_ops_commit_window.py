"""The ops center's intake window on the real database: whole transactions, nothing skipped.

The ops center reads events and the alerts' transitions in ``[watermark, cut)``
below the committed horizon (docs/architecture.md, "Commit order"); the cut is
``common.commit_window``'s.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import psycopg
import pytest

from common.runner import committed_horizon
from ops_center import repo

pytestmark = pytest.mark.integration

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
SQL_INSERT = """
INSERT INTO events (time, source_id, domain, feed, event_key, payload)
VALUES (%s, 'S-window', 'police', 'incident', %s, '{}')
"""
SQL_BETWEEN = "SELECT event_key FROM events WHERE received_at >= %s AND received_at < %s ORDER BY event_key"


@pytest.fixture
def conns(db_dsn: str) -> Iterator[tuple[psycopg.Connection, psycopg.Connection, psycopg.Connection]]:
    with (psycopg.connect(db_dsn, autocommit=True) as consumer, psycopg.connect(db_dsn) as a,
          psycopg.connect(db_dsn) as b):
        # the chunk of the events' time exists before the writers run: creating it locks
        # the hypertable until the creating transaction ends, which would serialize A and B
        insert(consumer, "warm")
        consumer.execute("DELETE FROM events WHERE source_id = 'S-window'")
        yield consumer, a, b


def insert(conn: psycopg.Connection, *keys: str) -> None:
    for k in keys:
        conn.execute(SQL_INSERT, (datetime(2026, 12, 4, tzinfo=UTC), k))


def poll(conn: psycopg.Connection, wm: datetime, n: int) -> tuple[list[str], datetime]:
    """One intake step of the ops center over the events stream: horizon, cut, read."""
    hi = max(committed_horizon(conn, 0.0), wm)
    end = repo.cuts(conn, wm, hi, hi, n)
    return [r[0] for r in conn.execute(SQL_BETWEEN, (wm, end)).fetchall()], end


def test_a_transaction_that_started_first_and_commits_last_is_read_once(conns) -> None:  # type: ignore[no-untyped-def]
    consumer, a, b = conns
    insert(a, "a1")  # A starts first and stays open
    insert(b, "b1", "b2", "b3")
    b.commit()  # B, started after A, commits first
    read: list[str] = []
    wm = EPOCH
    for _ in range(5):
        rows, wm = poll(consumer, wm, 2)
        read += rows
    assert read == [], "B's rows lie above A's start: they wait for A"
    insert(a, "a2")
    a.commit()
    for _ in range(10):
        rows, wm = poll(consumer, wm, 2)
        read += rows
    assert sorted(read) == ["a1", "a2", "b1", "b2", "b3"]
    assert len(read) == len(set(read)), f"a row read twice: {read}"


def test_a_transaction_bigger_than_a_batch_above_the_watermark_is_one_batch(conns) -> None:  # type: ignore[no-untyped-def]
    consumer, a, _ = conns
    insert(a, "t1", "t2", "t3")
    a.commit()
    insert(a, "u1")
    a.commit()
    lo = datetime(2000, 1, 1, tzinfo=UTC)
    hi = committed_horizon(consumer)
    end = repo.cuts(consumer, lo, hi, hi, 2)
    batch = [r[0] for r in consumer.execute(SQL_BETWEEN, (lo, end)).fetchall()]
    assert batch == ["t1", "t2", "t3"], f"the batch [{lo}, {end}) holds {batch}"
