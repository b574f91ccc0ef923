"""A database connection's answer has a deadline (``common.answer.AnswerWatch``) and its
socket the kernel's (``DbSettings.conninfo``), against the real PostgreSQL.

Through a :class:`tests.netcut.NetCut` proxy: a statement sent into a silent cut fails as a
lost connection once the watch finds the database unreachable, while a statement that runs
longer than the deadline on a reachable database is left to finish.
"""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Iterator

import psycopg
import pytest

from common import services as svc
from common.answer import AnswerWatch
from common.errors import is_transient
from common.settings import Settings
from tests.netcut import NetCut, proxied_db

pytestmark = pytest.mark.integration

ANSWER_WITHIN_S = 1.0


@pytest.fixture
def cut(settings: Settings, services: svc.Layout) -> Iterator[tuple[Settings, NetCut]]:
    """Settings that reach the test database through a proxy, with a 1 s answer deadline."""
    with proxied_db(settings, ANSWER_WITHIN_S) as cut:
        yield cut


def test_a_statement_sent_into_a_silent_cut_fails_as_a_lost_connection(cut: tuple[Settings, NetCut]) -> None:
    s, proxy = cut
    watch = AnswerWatch(s, "test")
    failed: list[BaseException] = []
    with psycopg.connect(s.db.conninfo(), autocommit=True) as conn:
        conn.execute("SELECT 1")
        proxy.blackhole()

        def wait_on_it() -> None:
            try:
                with watch.guard(conn):
                    conn.execute("SELECT 1")
            except BaseException as exc:  # handed to the test
                failed.append(exc)

        waiter = threading.Thread(target=wait_on_it, daemon=True)
        waiter.start()
        waiter.join(120)  # a bound on waiting: without the watch it waits as long as the cut
        assert not waiter.is_alive(), "the statement still waits on the cut"
    watch.close()
    proxy.resume()
    assert len(failed) == 1, failed
    assert isinstance(failed[0], psycopg.OperationalError), failed
    assert is_transient(failed[0])
    assert watch.cuts == 1


def test_every_connection_waiting_on_one_cut_is_cut(cut: tuple[Settings, NetCut]) -> None:
    """Three connections sent into the same cut: each fails as a lost connection."""
    s, proxy = cut
    watch = AnswerWatch(s, "test")
    conns = [psycopg.connect(s.db.conninfo(), autocommit=True) for _ in range(3)]
    failed: list[BaseException] = []

    def wait_on(conn: psycopg.Connection) -> None:
        try:
            with watch.guard(conn):
                conn.execute("SELECT 1")
        except BaseException as exc:  # handed to the test
            failed.append(exc)

    try:
        proxy.blackhole()
        waiters = [threading.Thread(target=wait_on, args=(c,), daemon=True) for c in conns]
        for w in waiters:
            w.start()
        for w in waiters:
            w.join(120)  # a bound on waiting
        assert not any(w.is_alive() for w in waiters), "a statement still waits on the cut"
    finally:
        watch.close()
        proxy.resume()
        for c in conns:
            c.close()
    assert len(failed) == 3, failed
    assert all(isinstance(e, psycopg.OperationalError) for e in failed), failed
    assert watch.cuts == 3


def test_a_statement_that_runs_past_the_deadline_is_left_to_finish(cut: tuple[Settings, NetCut]) -> None:
    s, _proxy = cut
    watch = AnswerWatch(s, "test")
    with psycopg.connect(s.db.conninfo(), autocommit=True) as conn, watch.guard(conn):
        row = conn.execute("SELECT pg_sleep(%s), 42", (4 * ANSWER_WITHIN_S,)).fetchone()
    watch.close()
    assert row is not None
    assert row[1] == 42
    assert watch.cuts == 0


def test_every_connection_has_the_clients_keepalives_and_tcp_user_timeout(settings: Settings,
                                                                          services: svc.Layout) -> None:
    """The kernel gives up a connection whose peer stops acknowledging (a pulled cable) after
    ``tcp_user_timeout_s`` and one whose peer stops answering keepalive probes after the
    keepalives; they are options of the socket itself, read back here."""
    db = settings.db
    with (psycopg.connect(db.conninfo(), autocommit=True) as conn,
          socket.socket(fileno=os.dup(conn.fileno())) as sock):
        opts = {
            "keepalive": sock.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE),
            "idle": sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE),
            "interval": sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPINTVL),
            "count": sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPCNT),
            "user_timeout_ms": sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_USER_TIMEOUT),
        }
    assert opts == {"keepalive": 1, "idle": db.keepalives_idle_s, "interval": db.keepalives_interval_s,
                    "count": db.keepalives_count, "user_timeout_ms": int(db.tcp_user_timeout_s * 1000)}
