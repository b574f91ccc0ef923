"""The answer watch's own life, and a pool's connections under it (``common.answer``), against
the real PostgreSQL.

* A heartbeat closed at shutdown stops its watch's thread with it, rather than leaving it
  to run out its idle time.
* A connection lent out by a pool (:class:`common.db.WatchedPool`) is watched only while a
  statement is in flight on it: held idle in a transaction past the deadline (a request
  between two statements), it is left alone; a statement sent into a silent cut fails as a
  lost connection.
"""

from __future__ import annotations

import threading
import time

import psycopg
import pytest

from common.answer import AnswerWatch
from common.db import new_pool
from common.errors import is_transient
from common.health import Heartbeat
from common.settings import Settings
from tests.netcut import NetCut, proxied_db

pytestmark = pytest.mark.integration

ANSWER_WITHIN_S = 1.0
#: A bound on a thread's end after its watch is closed: its tick is 1 s; left running, it
#: ends only after the watch's idle time (60 s).
THREAD_END_S = 10.0


def _watch_threads(name: str) -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == f"{name}-answer-watch"]


def test_closing_a_heartbeat_stops_its_answer_watch(db_settings: Settings) -> None:
    heartbeat = Heartbeat(db_settings, "close-test", every_s=0.0)
    heartbeat.maybe()
    (thread,) = _watch_threads("close-test_heartbeat")
    heartbeat.close()
    thread.join(THREAD_END_S)
    assert not thread.is_alive()


@pytest.mark.usefixtures("services")
def test_a_lent_connection_is_watched_only_while_a_statement_is_in_flight(settings: Settings) -> None:
    with proxied_db(settings, ANSWER_WITHIN_S) as (s, proxy):
        _lend_then_cut(s, proxy)


def _lend_then_cut(s: Settings, proxy: NetCut) -> None:
    watch = AnswerWatch(s, "lend-test")
    pool = new_pool(s, name="lend-test", watch=watch)
    pool.open(wait=True, timeout=30)
    try:
        with pool.connection() as conn:
            conn.execute("SELECT 1")  # now idle in a transaction, the backend too
            deadline = time.monotonic() + 4 * ANSWER_WITHIN_S
            while time.monotonic() < deadline:  # well past the deadline, nothing in flight
                time.sleep(0.2)
            assert conn.execute("SELECT 2").fetchone() == (2,)
            assert watch.cuts == 0
        with pool.connection() as conn:
            proxy.blackhole()
            with pytest.raises(psycopg.OperationalError) as lost:
                conn.execute("SELECT 3")
            assert is_transient(lost.value)
            assert watch.cuts == 1
    finally:
        proxy.resume()
        pool.close()
        watch.close()
