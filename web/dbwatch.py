"""Whether the database answers, watched off the request threads (shell), so requests fail fast.

Every API request takes a pooled connection in a thread of the server's threadpool. With
the database away, each would wait for the pool (``web.pool_wait_s``, :mod:`web.deps`) for
its 503, holding its thread, and every other request would queue behind those. :class:`DatabaseWatch` runs as a
lifespan task on the event loop with a connection of its own (not the pool's: a pool lent
out to slow requests is load, not an outage) and asks ``SELECT 1`` every ``probe_s``:

* a probe that cannot connect, fails, or gets no answer within :data:`PROBE_WAIT_S` marks
  the database away (``web_database_unavailable``, logged once);
* its connection is under the web's answer deadline as the pool's are
  (:meth:`common.answer.AnswerWatch.lend`): a probe sent into a silent cut of that connection
  alone (a firewall or NAT forgetting it) fails as a lost connection past the deadline, and the
  next probe connects anew, instead of waiting as long as the cut with requests refused;
* the first probe answered marks it back (``web_database_available``, logged once), and so
  does the health check's own answered query (:meth:`DatabaseWatch.answered`): the health check
  never says the database is up while requests are refused;
* the outage, from the last answer before it to the first after (the database's clock), is
  recorded in the database (``common.health.record_outage``, as ``web``): no process could
  beat meanwhile, so the health check counts their silence from the return, whether the
  server restarted or not (a network cut, a frozen server). Until it is recorded,
  :attr:`DatabaseWatch.outage_since` says when it began;
* what the health check and the wall last read of the processes is kept
  (:meth:`DatabaseWatch.remember`), so that while the database is away they can say which
  processes wait on it (``common.health.while_database_away``).

While it is away, :meth:`DatabaseWatch.check` raises
:class:`~web.errors.DatabaseAwayError` (503 with ``Retry-After``, :mod:`web.problems`);
:meth:`web.deps.WebState.connection` calls it before and while it waits for the pool, so
a request already waiting when the outage begins is refused too, within a slice of its wait.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable
from datetime import UTC, datetime

import psycopg
from psycopg.conninfo import make_conninfo

from common.answer import AnswerWatch
from common.health import SQL_RECORD_OUTAGE, ProcessHealth, while_database_away
from common.logging import UpDown
from common.settings import Settings
from web.errors import DatabaseAwayError
from web.repo import SQL_PROBE

_log = logging.getLogger(__name__)

#: How the probing session shows in ``pg_stat_activity``.
APPLICATION_NAME = "soc-web-watch"
#: How long a probe waits for its connection and its answer: far over a ``SELECT 1`` on a
#: loaded host, far under the pool's 30 s.
PROBE_WAIT_S = 5.0
#: What a refused request tells the client to wait before retrying (seconds).
RETRY_AFTER_S = 5


class DatabaseWatch:
    """Run :meth:`run` as a lifespan task; read :attr:`away_since` or call :meth:`check` from any thread."""

    def __init__(self, settings: Settings, probe_s: float, answers: AnswerWatch) -> None:
        self._conninfo = make_conninfo(settings.db.conninfo(), application_name=APPLICATION_NAME,
                                       connect_timeout=int(PROBE_WAIT_S))
        self._probe_s = probe_s
        self._answers = answers
        self._lent: int | None = None  # the answer watch's key for the probe connection
        self._state = UpDown(_log, "web_database")
        #: When the database was first found away in this outage (None while it answers).
        #: Written on the event loop only; one attribute, read by request threads.
        self.away_since: datetime | None = None
        #: The database's clock at the last answered probe.
        self.answered_at: datetime | None = None
        #: The last answer before an outage not recorded yet (None when there is none):
        #: set when the database goes away, cleared once the outage is recorded.
        self.outage_since: datetime | None = None
        #: How many outages the watch has seen begin (written on the event loop; one attribute):
        #: a reader that finds it changed across its own read knows an outage began meanwhile.
        self.outages = 0
        self._processes: tuple[ProcessHealth, ...] = ()
        self._conn: psycopg.AsyncConnection[tuple[object, ...]] | None = None

    def check(self) -> None:
        """Raise :class:`DatabaseAwayError` while the database is away; return otherwise."""
        since = self.away_since
        if since is not None:
            raise DatabaseAwayError("the database is unavailable, retry later", since=since,
                                    retry_after=RETRY_AFTER_S)

    def remember(self, processes: Iterable[ProcessHealth]) -> None:
        """Keep ``processes`` as last read (from any thread: one attribute)."""
        self._processes = tuple(processes)

    def processes_while_away(self) -> tuple[ProcessHealth, ...]:
        """The processes last read, each waiting on the database since the last answer before
        the outage (``common.health.while_database_away``) unless it was down already."""
        since = self.outage_since or self.answered_at or self.away_since or datetime.now(UTC)
        return while_database_away(self._processes, since)

    def recorded(self, since: datetime) -> None:
        """The outage that began at ``since`` is recorded (from any thread)."""
        if self.outage_since == since:
            self.outage_since = None

    def answered(self) -> None:
        """Another session's query was answered (the health check's): the database is back,
        whatever the last probe found, so requests are served from now on rather than from
        the next probe. Logged by the next probe; callable from any thread (one attribute)."""
        self.away_since = None

    async def run(self) -> None:
        """Probe forever; ends only when cancelled.

        A probe left unanswered for :data:`PROBE_WAIT_S` marks the database away but is not
        cancelled: cancelling a statement on a frozen server asks that server to cancel it,
        which waits as long again; the probe goes on waiting for its answer (or its error),
        and the next starts after it."""
        probe: asyncio.Task[datetime | None] | None = None
        try:
            while True:
                if probe is None:
                    probe = asyncio.create_task(self._probe(), name="database-probe")
                done, _ = await asyncio.wait({probe}, timeout=PROBE_WAIT_S)
                if not done:  # unanswered: away while it waits
                    self._away(TimeoutError(f"no answer within {PROBE_WAIT_S:.0f} s"))
                    continue
                finished, probe = probe, None
                try:
                    answered_at = finished.result()
                except psycopg.Error as exc:  # refused, dropped, refused login
                    self._away(exc)
                    await self._drop()
                else:
                    if answered_at is not None:
                        self.answered_at = answered_at
                    self.away_since = None
                    self._state.ok()
                await asyncio.sleep(self._probe_s)
        finally:
            if probe is not None:
                probe.cancel()
            await self._drop()

    async def _probe(self) -> datetime | None:
        """One probe on the watch's own connection (opened if needed): the database's clock,
        after recording the outage that ended, if one did."""
        if self._conn is None:
            self._conn = await psycopg.AsyncConnection.connect(self._conninfo, autocommit=True)
            self._lent = self._answers.lend(self._conn)
        row = await (await self._conn.execute(SQL_PROBE)).fetchone()
        since = self.outage_since
        if since is not None:
            try:
                await self._conn.execute(SQL_RECORD_OUTAGE, ("web", since))
            except psycopg.errors.UndefinedTable:  # not migrated yet: nowhere to record it
                self.recorded(since)
            except psycopg.errors.ReadOnlySqlTransaction:
                pass  # it answers reads and refuses writes (a standby): recorded by a later probe
            else:
                self.recorded(since)
        return row[0] if row is not None and isinstance(row[0], datetime) else None

    async def _drop(self) -> None:
        if self._lent is not None:
            self._answers.give_back(self._lent)
            self._lent = None
        if self._conn is not None:
            conn, self._conn = self._conn, None
            await conn.close()

    def _away(self, exc: BaseException) -> None:
        if self.away_since is None:
            self.away_since = datetime.now(UTC)
            self.outages += 1
        if self.outage_since is None:
            self.outage_since = self.answered_at
        self._state.down(type(exc).__name__)
