"""The one runner for services that consume committed rows (alerts, ops center, maintenance).

A service plugs a :class:`Worker` into :func:`run_worker`; the runner owns
everything around the step, the same for every service::

            ┌──────────────────────────── stop set ──────────────► close, return 0
            ▼
    connect (fresh) ──ok──► worker.open(conn, now) ──► step ◄─┐   heartbeat after each
        ▲                   unit by unit, beating    │    │   successful step;
        │                   between units   busy? ───┘    │   idle: wait idle_s
        │                                       idle  ──wait──┘
        └── wait backoff ◄── any error: rollback, close the connection, log once
                              (database_unavailable / step_failed), next delay

* **A fresh connection after any error.** A step that fails for any reason
  (connection lost, server shut down, a bug) ends its connection; the next
  attempt connects anew and calls :meth:`Worker.open`, which reloads the
  service's state from the database (watermark, condition state, replay log).
  A connection is never reused after an error, so a server restart cannot
  leave a service on a dead socket.
* **Opening in bounded units.** ``open`` yields after each bounded unit of its
  reload (a part of the replay log cut by time, ``SOC_HEALTH__UNIT_S``; a chunk of
  primed readings); the loop feeds the watchdog and beats between units, as
  between steps, so a long reload keeps beating and is not taken for a hung loop.
  After a step that failed for good (not an outage) the reopening does not beat
  until a step succeeds: a row every step fails on would otherwise keep a dead
  service "live". The worker counts as open only when
  the last unit is done: a unit that fails discards the connection and the
  half-built state with it, and the next attempt opens anew from the first unit.
* **Nothing exits because the database is away.** Connecting is retried with
  capped, jittered backoff for as long as it takes; the backoff restarts from
  its first delay after a successful step.
* **Log once on down, once on up** (:class:`common.logging.UpDown`): one
  ``{service}_database_unavailable`` when the database goes, one
  ``{service}_database_available`` when a step succeeds again. An error that is
  not a connection problem is logged with its traceback once per kind until a
  step succeeds again (``{service}_step_failed``).
* **Heartbeat** (:class:`common.health.Heartbeat`) after successful steps and
  while idle after one, never while failing, so a beat means "this service's
  last step succeeded and its loop is turning"; a service stuck in a failing
  loop goes stale and health says so. A worker bounds what one step takes
  (a chunk of rows, a number of queued messages; by time where the cost
  grows with data or load, :mod:`common.pacing`), so a service working
  through a backlog beats between its steps.
* **A deadline on the database's answer** (:class:`common.answer.AnswerWatch`): opening
  and steps run guarded, so a statement sent into a silent network (a cut without a FIN
  or an RST, a frozen server) fails as a lost connection within about
  ``db.answer_within_s`` + ``db.connect_timeout_s`` instead of waiting for the kernel.
* **Watchdog.** A step that never returns (a socket that hangs without an
  error) stops the loop without an exception. A watchdog thread ends the
  process (exit code :data:`EXIT_STALLED`) when the loop has not come round for
  ``stall_after_s``; the supervisor (``soc demo``, compose ``restart:``) starts
  it again.

The committed horizon, the cut and the watermark are the same contract for
every consumer: :func:`committed_horizon` and :func:`cut` read the half-open
interval ``[watermark, ingest_horizon())`` of a commit-ordered column in whole
transactions; the worker writes its results and its new watermark in the one
transaction of its step (docs/architecture.md, "Commit order").
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal, LiteralString, Protocol

import psycopg

from common.answer import AnswerWatch
from common.backoff import Backoff
from common.commit_window import batch_end, needs_following
from common.errors import is_transient
from common.health import Heartbeat
from common.logging import UpDown, log_event
from common.settings import Settings

log = logging.getLogger(__name__)

#: Exit code of a process whose loop stalled (the supervisor restarts it).
EXIT_STALLED = 70

SQL_HORIZON = "SELECT ingest_horizon() - make_interval(secs => %s)"


class Worker(Protocol):
    """What a service plugs into :func:`run_worker`.

    ``open`` runs on every fresh connection (first start and after any error)
    and must rebuild the worker's in-memory state from the database; it returns
    the units of that work (a generator yielding after each bounded unit, or
    ``()`` when the reload is short) and the runner iterates them to the end
    before the first step, beating between them. The state it builds takes effect
    only after its last unit, so a unit that fails leaves nothing half-open. ``step``
    does one unit of work in one transaction (the worker commits it) and
    returns whether it found work (the runner then steps again at once).
    ``close`` runs on a clean stop on a healthy connection (release locks).
    """

    def open(self, conn: psycopg.Connection, now: datetime) -> Iterable[object]: ...

    def step(self, conn: psycopg.Connection, now: datetime) -> bool: ...

    def close(self, conn: psycopg.Connection) -> None: ...


@dataclass(frozen=True, slots=True)
class RunnerOptions:
    """How a service's loop is paced; see :func:`options_from`."""

    service: str
    idle_s: float = 0.2
    backoff: Backoff = field(default_factory=lambda: Backoff(base_s=0.2, cap_s=5.0))
    beat_every_s: float = 5.0
    stall_after_s: float | None = 300.0
    autocommit: bool = False
    heartbeat: bool = True


def options_from(settings: Settings, service: str, idle_s: float, *, autocommit: bool = False,
                 heartbeat: bool = True) -> RunnerOptions:
    """Runner options of ``service`` from the settings' ``health`` section."""
    h = settings.health
    return RunnerOptions(service, idle_s=idle_s, beat_every_s=h.beat_every_s,
                         stall_after_s=h.stall_after_s or None, autocommit=autocommit, heartbeat=heartbeat)


def committed_horizon(conn: psycopg.Connection, margin_s: float = 0.0) -> datetime:
    """``ingest_horizon()`` less ``margin_s``: every row received before it is committed and visible."""
    row = conn.execute(SQL_HORIZON, (margin_s,)).fetchone()
    assert row is not None
    value: datetime = row[0]
    return value


# The cuts of the shared tables' commit order (migration 0001: received_at = now() of
# the writing transaction), for every consumer of readings and events.
SQL_CUT_RECEIVED: dict[str, tuple[LiteralString, LiteralString]] = {
    "readings": (
        "SELECT received_at FROM readings WHERE received_at >= %(lo)s AND received_at < %(hi)s"
        " ORDER BY received_at OFFSET %(n)s LIMIT 1",
        "SELECT min(received_at) FROM readings WHERE received_at > %(lo)s AND received_at < %(hi)s",
    ),
    "events": (
        "SELECT received_at FROM events WHERE received_at >= %(lo)s AND received_at < %(hi)s"
        " ORDER BY received_at OFFSET %(n)s LIMIT 1",
        "SELECT min(received_at) FROM events WHERE received_at > %(lo)s AND received_at < %(hi)s",
    ),
}


def cut_received(conn: psycopg.Connection, table: Literal["readings", "events"], lo: datetime, hi: datetime,
                 *, n: int) -> datetime:
    """:func:`cut` of a shared table by ``received_at``."""
    sql_cut, sql_next = SQL_CUT_RECEIVED[table]
    return cut(conn, sql_cut, sql_next, lo, hi, n=n)


def cut(conn: psycopg.Connection, sql_cut: LiteralString, sql_next: LiteralString,
        lo: datetime, hi: datetime, *, n: int) -> datetime:
    """End of a batch of about ``n`` rows in ``[lo, hi)``, never splitting one transaction's rows.

    ``sql_cut`` returns the commit-order value of the row at offset ``%(n)s`` in
    ``[%(lo)s, %(hi)s)``; ``sql_next`` the smallest value above ``%(lo)s`` below
    ``%(hi)s``. The decision is :func:`common.commit_window.batch_end`'s.
    """
    nth = _value(conn, sql_cut, {"lo": lo, "hi": hi, "n": n})
    if nth is None:
        return hi
    first = _value(conn, sql_cut, {"lo": lo, "hi": hi, "n": 0})
    following = _value(conn, sql_next, {"lo": nth, "hi": hi}) if needs_following(first, nth) else None
    return batch_end(hi, first, nth, following)


def _value(conn: psycopg.Connection, sql: LiteralString, params: dict[str, object]) -> datetime | None:
    row = conn.execute(sql, params).fetchone()
    return None if row is None else row[0]


class Watchdog:
    """Ends the process when the loop has not come round for ``stall_after_s`` seconds.

    The loop calls :meth:`alive` every iteration (also while it waits for the
    database). ``on_stall`` defaults to logging ``loop_stalled`` and
    ``os._exit(EXIT_STALLED)``: a thread stuck in a blocking call cannot be
    unwound, only replaced.
    """

    def __init__(self, service: str, stall_after_s: float,
                 on_stall: Callable[[], None] | None = None) -> None:
        self._service = service
        self._stall_after_s = stall_after_s
        self._on_stall = on_stall or self._exit
        self._last = time.monotonic()
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, name=f"{service}-watchdog", daemon=True)

    def start(self) -> Watchdog:
        """Start watching (a daemon thread)."""
        self._thread.start()
        return self

    def alive(self) -> None:
        """The loop came round."""
        self._last = time.monotonic()

    def stop(self) -> None:
        """Stop watching (clean shutdown)."""
        self._done.set()

    def _watch(self) -> None:
        period = min(5.0, self._stall_after_s / 4)
        while not self._done.wait(period):
            if time.monotonic() - self._last > self._stall_after_s:
                self._on_stall()
                return

    def _exit(self) -> None:
        # The stuck loop may hold the log handler's lock (blocked writing to a pipe nobody
        # reads), and then the last words below never return: the exit must not wait on them.
        threading.Thread(target=_exit_after, args=(LAST_WORDS_S,), name="watchdog-exit", daemon=True).start()
        log_event(log, "loop_stalled", logging.ERROR, service=self._service, after_s=self._stall_after_s)
        logging.shutdown()
        os._exit(EXIT_STALLED)


#: How long a stalled process's watchdog waits for its ``loop_stalled`` line to be written.
LAST_WORDS_S = 2.0


def _exit_after(seconds: float) -> None:
    time.sleep(seconds)
    os._exit(EXIT_STALLED)


def _sleep_until(stop: threading.Event, seconds: float, watchdog: Watchdog | None,
                 idle: Callable[[], None] | None = None) -> None:
    """Wait up to ``seconds`` (less if ``stop`` is set), telling the watchdog the loop is alive
    and calling ``idle`` (the heartbeat of a healthy, idle service) about every second."""
    deadline = time.monotonic() + seconds
    while not stop.is_set():
        left = deadline - time.monotonic()
        if left <= 0:
            return
        if watchdog is not None:
            watchdog.alive()
        if idle is not None:
            idle()
        stop.wait(min(left, 1.0))


class _Failures:
    """Logs a failure once per kind until the next success."""

    def __init__(self, service: str) -> None:
        self._service = service
        self._db = UpDown(log, f"{service}_database")
        self._seen: set[str] = set()

    def failed(self, exc: BaseException) -> None:
        if is_transient(exc):
            self._db.down(type(exc).__name__)
            return
        kind = type(exc).__name__
        if kind not in self._seen:
            self._seen.add(kind)
            log.error("%s_step_failed error=%s", self._service, kind, exc_info=exc)

    def ok(self) -> None:
        self._db.ok()
        if self._seen:
            log_event(log, f"{self._service}_step_recovered", logging.WARNING)
            self._seen.clear()


def run_worker(
    settings: Settings,
    worker: Worker,
    options: RunnerOptions,
    *,
    stop: threading.Event,
    beat_detail: Callable[[], dict[str, object]] | None = None,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> int:
    """Run ``worker`` until ``stop`` is set; returns 0. Never raises for a database outage.

    Connections are opened here (``settings.db``, ``connect_timeout``) and closed
    on any error or at the end; see the module docstring for the loop.
    """
    failures = _Failures(options.service)
    heartbeat = Heartbeat(settings, options.service, every_s=options.beat_every_s) if options.heartbeat else None
    watchdog = (Watchdog(options.service, options.stall_after_s).start()
                if options.stall_after_s else None)
    delays: Iterator[float] = options.backoff.delays()
    watch = AnswerWatch(settings, options.service)

    def beat() -> None:  # only after a successful step or opening unit, and while idle after a step
        if heartbeat is not None:
            heartbeat.maybe(beat_detail() if beat_detail else None)

    # A step failed for good (not an outage) since the last successful one: opening the
    # worker again is then no sign of work, so its units do not beat and the service goes
    # stale in the health check while every step fails (a row it cannot handle).
    failing = False

    def opening_unit_done() -> bool:  # between two units of open: the loop came round; False on stop
        if watchdog is not None:
            watchdog.alive()
        if not failing:
            beat()
        return not stop.is_set()

    conn: psycopg.Connection | None = None
    opened = False
    try:
        while not stop.is_set():
            if watchdog is not None:
                watchdog.alive()
            try:
                if conn is None:
                    conn = psycopg.connect(settings.db.conninfo(), autocommit=options.autocommit)
                    opened = False
                with watch.guard(conn):
                    if not opened:
                        if not all(opening_unit_done() for _ in worker.open(conn, clock())):
                            break  # stopped while opening: nothing to release but the connection
                        opened = True
                    began = time.monotonic()
                    busy = worker.step(conn, clock())
            except Exception as exc:  # any failure: a fresh connection and a reload
                failures.failed(exc)
                failing = failing or not is_transient(exc)
                _discard(conn)
                conn = None
                _sleep_until(stop, next(delays), watchdog)
                continue
            failures.ok()
            failing = False
            delays = options.backoff.delays()
            beat()
            if not busy:
                _sleep_until(stop, options.idle_s - (time.monotonic() - began), watchdog, beat)
        if conn is not None and opened:
            try:
                with watch.guard(conn):
                    worker.close(conn)
            except Exception as exc:  # the database went while stopping: nothing to release
                log_event(log, f"{options.service}_close_failed", logging.WARNING, error=type(exc).__name__)
    finally:
        watch.close()
        if watchdog is not None:
            watchdog.stop()
        if heartbeat is not None:
            heartbeat.close()
        _discard(conn)
    return 0


def _discard(conn: psycopg.Connection | None) -> None:
    """Close ``conn`` whatever state it is in."""
    if conn is not None:
        try:
            conn.close()
        except Exception as exc:  # closing a broken socket may fail; it is gone either way
            log_event(log, "connection_close_failed", logging.DEBUG, error=type(exc).__name__)
