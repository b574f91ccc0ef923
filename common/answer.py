"""A deadline on the database's answer: cut a connection whose answer will never come.

A statement or a COMMIT sent into a connection whose packets vanish (a pulled cable, a
firewall that starts dropping, a dying switch, a frozen server) waits for an answer nothing
will send, with no error, until the kernel gives up retransmitting (about 15 minutes, and
never while something on the way still acknowledges: a frozen server's kernel, a proxy).
The client's TCP settings (:meth:`common.settings.DbSettings.conninfo`: keepalives,
``tcp_user_timeout``) find a dead link in the kernel; :class:`AnswerWatch` finds the rest
from the application, the same way for every process:

* a block that waits on the database runs inside :meth:`AnswerWatch.guard`;
* past ``db.answer_within_s`` without its end, the watch's thread asks the database, over
  a fresh connection (``db.connect_timeout_s``), what the waiting session's backend does;
* the backend works on a statement (``active``), or went idle less than
  ``answer_within_s`` ago (the answer is on its way): a slow statement, asked again after
  another ``answer_within_s``;
* nothing answers the question, the backend is gone, or it has been idle since before the
  wait: the answer is lost. The watch shuts the waiting connection's socket down, and the
  waiting call fails at once with a connection error (``psycopg.OperationalError``,
  transient), which every caller already treats as a lost connection: it discards the
  connection and connects anew with backoff.

A pool's connection is watched for as long as it is lent out (:meth:`AnswerWatch.lend`, what
:class:`common.db.WatchedPool` does): a request may hold it between statements, so it counts as
waiting only while its client side has a statement in flight (libpq's transaction status
``ACTIVE``), and its deadline starts again each time the watch finds it has none.

So a silent cut is noticed within ``answer_within_s`` + ``connect_timeout_s`` + one tick
of the watch (1 s) of the first statement sent into it, one question serving every
connection due at that tick (another ``connect_timeout_s`` for one that falls due while the
question is under way, or when the cut begins between connecting and asking). A COMMIT cut off this way may
still reach the server when the network comes back; callers either write idempotently
(ingest's natural keys) or in the one transaction of a step with its watermark, so the
retried step finds its work done or does it once.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg.pq import TransactionStatus

from common.logging import log_event
from common.settings import Settings

log = logging.getLogger(__name__)

#: What the waiting sessions' backends are doing, and for how long (pg_stat_activity shows a
#: role its own sessions).
SQL_BACKENDS = """
SELECT pid, state, extract(epoch FROM now() - state_change)::float8 FROM pg_stat_activity WHERE pid = ANY(%s)
"""

#: How often the watch's thread looks at what it guards.
TICK_S = 1.0
#: The thread ends after this long with nothing to guard: a watch costs nothing where
#: nothing waits, and no thread outlives an object nobody closed.
IDLE_EXIT_S = 60.0


#: A connection the watch can look after: the web's probe is an asyncio one (same libpq underneath).
Watched = psycopg.Connection[Any] | psycopg.AsyncConnection[Any]


@dataclass(slots=True)
class _Waiting:
    conn: Watched
    pid: int
    since: float
    due: float
    #: Lent out by a pool: waiting only while a statement is in flight.
    lent: bool = False


def answer_lost(row: tuple[object, object] | None, after_s: float) -> str | None:
    """Pure: why the answer of a session waited on past ``after_s`` is lost, given its
    backend's ``(state, seconds since the state began)`` (``None``: no such backend), or
    ``None`` while it may still come."""
    if row is None:
        return "backend_gone"
    state, age = row
    if state == "active":
        return None
    if isinstance(age, int | float) and age < after_s:
        return None
    return f"backend_{state}"


def in_flight(status: TransactionStatus) -> bool:
    """Pure: whether a connection whose client side reports ``status`` waits on the server
    (a statement, a COMMIT or a COPY sent and not yet answered)."""
    return status is TransactionStatus.ACTIVE


def _status(conn: Watched) -> TransactionStatus:
    """The client side's transaction status of ``conn`` (from any thread: libpq reads a field)."""
    try:
        return conn.info.transaction_status
    except psycopg.Error:
        return TransactionStatus.UNKNOWN


def shut_down(conn: Watched) -> None:
    """Shut ``conn``'s socket down in both directions (from any thread): a call waiting on it
    returns at once with a connection error. The connection is left for its owner to close."""
    with contextlib.suppress(OSError, psycopg.Error):
        fd = os.dup(conn.fileno())
        with socket.socket(fileno=fd) as sock:
            sock.shutdown(socket.SHUT_RDWR)


class AnswerWatch:
    """Guards blocks that wait on the database and connections lent out by a pool (see the
    module docstring). Its thread starts with the first of them and ends after
    :data:`IDLE_EXIT_S` without any, or at :meth:`close`.
    ``name`` goes into its log lines."""

    def __init__(self, settings: Settings, name: str) -> None:
        self._settings = settings
        self._name = name
        self._after_s = settings.db.answer_within_s
        self._lock = threading.Lock()
        self._waiting: dict[int, _Waiting] = {}
        self._keys = 0
        self._thread: threading.Thread | None = None
        self._closed = threading.Event()
        #: Connections cut so far.
        self.cuts = 0

    @contextlib.contextmanager
    def guard(self, conn: psycopg.Connection[Any]) -> Iterator[None]:
        """Watch ``conn`` while the block runs. Close ``conn`` only after the block (the
        watch may shut its socket down until then, never after)."""
        key = self._watch(conn, lent=False)
        try:
            yield
        finally:
            self.give_back(key)

    def lend(self, conn: Watched) -> int:
        """Watch ``conn``, lent out by a pool (or held by a prober that waits between its
        statements), until :meth:`give_back` with the key returned; only while a statement is
        in flight on it (module docstring)."""
        return self._watch(conn, lent=True)

    def give_back(self, key: int) -> None:
        """Stop watching what :meth:`lend` (or a guard) watched under ``key``."""
        with self._lock:
            self._waiting.pop(key, None)

    def _watch(self, conn: Watched, *, lent: bool) -> int:
        now = time.monotonic()
        with self._lock:
            self._keys += 1
            key = self._keys
            self._waiting[key] = _Waiting(conn, conn.info.backend_pid, now, now + self._after_s, lent)
            if self._thread is None and not self._closed.is_set():
                self._thread = threading.Thread(target=self._run, name=f"{self._name}-answer-watch", daemon=True)
                self._thread.start()
        return key

    def close(self) -> None:
        """Stop the watch's thread (at shutdown); nothing is watched after."""
        self._closed.set()

    def _run(self) -> None:
        busy_at = time.monotonic()
        while not self._closed.wait(TICK_S):
            now = time.monotonic()
            with self._lock:
                if self._waiting:
                    busy_at = now
                elif now - busy_at > IDLE_EXIT_S:  # the next guard starts a thread again
                    self._thread = None
                    return
                for w in self._waiting.values():
                    if w.lent and not in_flight(_status(w.conn)):
                        w.since, w.due = now, now + self._after_s  # nothing awaited: not late
                due = [(k, w) for k, w in self._waiting.items() if w.due <= now]
            if not due:
                continue
            # One question for every connection due: the bound does not grow with their number.
            backends = self._backends([w.pid for _, w in due])
            for key, w in due:
                reason = backends if isinstance(backends, str) else answer_lost(backends.get(w.pid), self._after_s)
                with self._lock:
                    if self._waiting.get(key) is not w:
                        continue  # the answer came meanwhile
                    if reason is None or (w.lent and not in_flight(_status(w.conn))):
                        w.due = time.monotonic() + self._after_s
                        continue
                    self.cuts += 1  # before: the waiting call may see its error at once
                    shut_down(w.conn)
                    del self._waiting[key]
                log_event(log, "database_answer_lost", logging.WARNING, watch=self._name, reason=reason,
                          waited_s=round(time.monotonic() - w.since, 1))

    def _backends(self, pids: list[int]) -> dict[int, tuple[object, object]] | str:
        """Ask the database about backends ``pids`` over a fresh connection, bounded by
        ``connect_timeout_s`` for connecting and again for the question: each one's state and
        its age, or why the database could not be asked."""
        db = self._settings.db
        try:
            probe = psycopg.connect(db.conninfo(), autocommit=True)
        except psycopg.Error as exc:
            return f"unreachable:{type(exc).__name__}"
        # The question itself may go into the cut too: its socket is shut down when late.
        timer = threading.Timer(db.connect_timeout_s, shut_down, (probe,))
        timer.daemon = True
        timer.start()
        try:
            rows = probe.execute(SQL_BACKENDS, (pids,)).fetchall()
        except psycopg.Error as exc:
            return f"unreachable:{type(exc).__name__}"
        finally:
            timer.cancel()
            timer.join()  # a shutdown under way ends before the socket is closed (its number reused)
            with contextlib.suppress(psycopg.Error):
                probe.close()
        return {int(r[0]): (r[1], r[2]) for r in rows}
