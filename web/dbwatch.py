"""Whether the database answers, watched off the request threads (shell), so requests fail fast.

Every API request takes a pooled connection in a thread of the server's threadpool. With
the database away, each would wait for the pool (``web.pool_wait_s``, :mod:`web.deps`) for
its 503, holding its thread, and every other request would queue behind those. :class:`DatabaseWatch` runs as a
lifespan task on the event loop with a connection of its own (not the pool's: a pool lent
out to slow requests is load, not an outage) and asks ``SELECT 1`` every ``probe_s``:

* a probe that cannot connect, fails, or gets no answer within :data:`PROBE_WAIT_S` marks
  the database away (``web_database_unavailable``, logged once);
* the first probe answered marks it back (``web_database_available``, logged once), and so
  does the health check's own answered query (:meth:`DatabaseWatch.answered`): the health check
  never says the database is up while requests are refused.

While it is away, :meth:`DatabaseWatch.check` raises
:class:`~web.errors.DatabaseAwayError` (503 with ``Retry-After``, :mod:`web.problems`);
:meth:`web.deps.WebState.connection` calls it before and while it waits for the pool, so
a request already waiting when the outage begins is refused too, within a slice of its wait.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime

import psycopg
from psycopg.conninfo import make_conninfo

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

    def __init__(self, settings: Settings, probe_s: float) -> None:
        self._conninfo = make_conninfo(settings.db.conninfo(), application_name=APPLICATION_NAME,
                                       connect_timeout=int(PROBE_WAIT_S))
        self._probe_s = probe_s
        self._state = UpDown(_log, "web_database")
        #: When the database was first found away in this outage (None while it answers).
        #: Written on the event loop only; one attribute, read by request threads.
        self.away_since: datetime | None = None

    def check(self) -> None:
        """Raise :class:`DatabaseAwayError` while the database is away; return otherwise."""
        since = self.away_since
        if since is not None:
            raise DatabaseAwayError("the database is unavailable, retry later", since=since,
                                    retry_after=RETRY_AFTER_S)

    def answered(self) -> None:
        """Another session's query was answered (the health check's): the database is back,
        whatever the last probe found, so requests are served from now on rather than from
        the next probe. Logged by the next probe; callable from any thread (one attribute)."""
        self.away_since = None

    async def run(self) -> None:
        """Probe forever; ends only when cancelled."""
        conn: psycopg.AsyncConnection[tuple[object, ...]] | None = None
        try:
            while True:
                try:
                    async with asyncio.timeout(PROBE_WAIT_S):
                        if conn is None:
                            conn = await psycopg.AsyncConnection.connect(self._conninfo, autocommit=True)
                        await conn.execute(SQL_PROBE)
                except (TimeoutError, psycopg.Error) as exc:  # refused, dropped, unanswered, refused login
                    self._away(exc)
                    if conn is not None:
                        await conn.close()
                        conn = None
                else:
                    self.away_since = None
                    self._state.ok()
                await asyncio.sleep(self._probe_s)
        finally:
            if conn is not None:
                await conn.close()

    def _away(self, exc: BaseException) -> None:
        if self.away_since is None:
            self.away_since = datetime.now(UTC)
        self._state.down(type(exc).__name__)
