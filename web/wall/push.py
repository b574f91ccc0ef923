"""LISTEN for ingest's ``soc_ingest_seen`` notifications and push them to the wall (shell).

The pure part (payload → sensor-state changes) is :mod:`web.wall.notices`; the feed
(:meth:`web.wall.feed.WallFeed.push`) applies the changes to the hub and broadcasts
them. This module only holds the connection:

* **asyncio, not a thread.** One psycopg 3 :class:`~psycopg.AsyncConnection`
  on the web server's own event loop, reading ``conn.notifies()``. The hub and
  the broadcaster may be touched only on that loop (:mod:`web.wall.broadcast`), so a
  notification is applied where it arrives, with no thread hop
  (``call_soon_threadsafe``) and no queue in between; waiting costs nothing (the
  loop watches the socket), and shutdown is a task cancellation. The work per
  notification is a dictionary lookup and a pure function per named source, far
  below a millisecond for a batch of hundreds of sources, so applying each on
  arrival (no coalescing) never holds the loop up.
* **Reconnect with backoff.** A lost connection (server restart, terminated
  backend, network) is logged once when it goes and once when it is back
  (:class:`common.logging.UpDown`); the loop reconnects with capped, jittered
  backoff (:class:`common.backoff.Backoff`).
* **A deadline on the connection itself.** A LISTEN connection waits for what others
  send, so a silent cut of it (a firewall or NAT that forgets it, a dropped link whose far
  kernel still answers) would leave it waiting forever while the wall polls happily on
  other connections. Every ``db.answer_within_s`` the listener asks ``SELECT 1`` on it; no
  answer within another ``db.answer_within_s`` and its socket is shut down
  (:func:`common.answer.shut_down`), which ends the wait as a lost connection: it connects
  anew and catches up. TCP keepalives and ``tcp_user_timeout`` notice a link whose far
  kernel falls silent too.
* **Catch up after every (re)connect.** Notifications sent while nobody
  listened are gone, so once ``LISTEN`` is in place the feed re-reads all
  sensor states (:meth:`web.wall.feed.WallFeed.refresh_sensors`); anything
  committed after that read is announced on this connection. The first connect
  does the same, closing the gap between the lifespan's first poll and LISTEN.
* **A malformed notification is counted, logged (the first, then every
  thousandth) and ignored**; an unexpected error while applying one is logged
  with its traceback and the listener carries on. Neither drops the connection.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import psycopg
from psycopg.conninfo import make_conninfo

from common.answer import shut_down
from common.backoff import Backoff
from common.logging import UpDown, log_event
from common.settings import Settings
from web.errors import WallError
from web.repo import SQL_LISTEN_SEEN, SQL_PING
from web.wall.feed import WallFeed
from web.wall.notices import parse_notice

_log = logging.getLogger(__name__)

#: How the listening session shows in ``pg_stat_activity``.
APPLICATION_NAME = "soc-wall-listen"


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(slots=True)
class ListenStats:
    """What the listener has done (never reset); ``listening`` once caught up after a connect;
    ``pings``: its connection's deadline questions answered."""

    connects: int = 0
    pings: int = 0
    notices: int = 0
    malformed: int = 0
    failed: int = 0
    listening: bool = False


class SeenListener:
    """Run :meth:`run` as a lifespan task; it ends only when cancelled."""

    def __init__(
        self,
        settings: Settings,
        feed: WallFeed,
        *,
        backoff: Backoff | None = None,
        clock: Callable[[], datetime] = _now,
    ) -> None:
        self._conninfo = make_conninfo(
            settings.db.conninfo(), application_name=APPLICATION_NAME,
            keepalives=1, keepalives_idle=10, keepalives_interval=5, keepalives_count=3,
        )
        self._feed = feed
        self._answer_within_s = settings.db.answer_within_s
        self._backoff = backoff or Backoff(base_s=0.2, factor=2.0, cap_s=10.0)
        self._clock = clock
        self._db = UpDown(_log, "wall_push_listen")
        self.stats = ListenStats()

    async def run(self) -> None:
        """Listen, apply, reconnect; forever."""
        delays = self._backoff.delays()
        while True:
            try:
                await self._listen()
                reason: object = "notification stream ended"
            except Exception as exc:
                reason = exc
                if not isinstance(exc, psycopg.OperationalError):
                    _log.exception("wall_push_listen_failed")
            if self.stats.listening:  # it had worked: the next outage starts from the base delay
                delays = self._backoff.delays()
            self.stats.listening = False
            self._db.down(reason)
            await asyncio.sleep(next(delays))

    async def _listen(self) -> None:
        async with await psycopg.AsyncConnection.connect(self._conninfo, autocommit=True) as conn:
            await conn.execute(SQL_LISTEN_SEEN)
            self.stats.connects += 1
            # Whatever committed while nobody listened was announced to no one.
            await self._feed.refresh_sensors()
            self.stats.listening = True
            self._db.ok()
            while True:
                async for note in conn.notifies(timeout=self._answer_within_s):
                    self.handle(note.payload)
                await self._ping(conn)

    async def _ping(self, conn: psycopg.AsyncConnection[tuple[object, ...]]) -> None:
        """Ask ``SELECT 1`` on the listening connection; past :attr:`_answer_within_s` without
        the answer, shut its socket down, so the wait fails as a lost connection."""
        timer = asyncio.get_running_loop().call_later(self._answer_within_s, shut_down, conn)
        try:
            await conn.execute(SQL_PING)
        finally:
            timer.cancel()
        self.stats.pings += 1

    def handle(self, payload: str) -> None:
        """Apply one notification's payload; never raises."""
        self.stats.notices += 1
        try:
            notice = parse_notice(payload)
        except WallError as exc:
            self.stats.malformed += 1
            if self.stats.malformed == 1 or self.stats.malformed % 1000 == 0:
                log_event(_log, "wall_push_malformed", logging.WARNING,
                          count=self.stats.malformed, reason=str(exc)[:200])
            return
        try:
            self._feed.push(notice, self._clock())
        except Exception:
            self.stats.failed += 1
            _log.exception("wall_push_apply_failed")
