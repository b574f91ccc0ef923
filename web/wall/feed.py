"""The wall feed: database state into deltas, by polling and by ingest's push.

Two ways in:

* **Poll** (the source of truth). Every ``poll_interval_s`` it reads the
  *current* content of the fast topics (open alerts, open incidents with their
  assignments, the mode) and, every ``sensor_every`` polls, the sensor states
  and ingest health (KPI tiles every 20 polls), hands each topic to
  :meth:`web.wall.hub.WallHub.replace` and publishes the resulting deltas. The
  sensor poll is what brings alert severities, offline-by-silence and newly
  registered sensors, and what repairs anything a missed notification left.
* **Push** (the fast path for sensor activity). :mod:`web.wall.push` LISTENs to
  ingest's ``soc_ingest_seen`` notifications and calls :meth:`WallFeed.push`,
  which redraws the named sensors at once with the pure :func:`web.wall.notices.apply_notice`
  and publishes their deltas through the same hub and broadcaster.

Why state diffs rather than a change log: rows become visible at COMMIT, not in
``updated_at`` order (team contract 4), so a poller that keeps a timestamp
watermark can skip a row committed late. Re-reading the open set and diffing
it against what the hub holds cannot miss such a row: it is part of the first
poll that sees it, and an unchanged row yields no delta, so nothing is sent
twice (``tests/api/test_wall_ws.py::test_a_row_committed_late_still_reaches_the_wall``).

A sensor poll reads a snapshot that may predate notifications received while
it ran; those notices are recorded and replayed over the poll's result
(:func:`web.wall.notices.fold`) before it replaces the hub's sensors, so a poll never
briefly undraws what the push path has just drawn.

Database reads run in a worker thread (synchronous psycopg, like the other
packages); the hub and the broadcaster are touched only on the event loop.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from psycopg import Connection
from psycopg.errors import LockNotAvailable
from psycopg_pool import ConnectionPool

from common.errors import is_transient
from common.health import BROKER
from common.logging import UpDown
from common.settings import Settings
from kpi.api import load_definitions
from web.dbwatch import DatabaseWatch
from web.repo import SQL_SNAPSHOT
from web.wall import topics as content
from web.wall.broadcast import Broadcaster
from web.wall.hub import Delta, HealthItem, Topic, WallItem
from web.wall.notices import SeenNotice, SensorBasis, apply_notice, fold

_log = logging.getLogger(__name__)

Loader = Callable[[Connection, datetime], Mapping[str, WallItem]]

#: How long a poll waits for a pooled connection: an unreachable database shows
#: on the walls within seconds, not after the pool's default 30 s.
READ_WAIT_S = 3.0
#: How long a poll may wait for the database's answers before the walls say the database
#: is down: a read takes milliseconds, a wall this far behind is not live.
ANSWER_WAIT_S = 10.0


def _unavailable(exc: BaseException) -> bool:
    """A poll's failure that means the database cannot serve the walls now: a lost or
    refused connection, or a lock not granted within the web's ``lock_timeout``
    (``web.lock_wait_s``, SQLSTATE 55P03: a table locked elsewhere), shown as the database
    down; anything else is a bug, logged with its traceback."""
    return is_transient(exc) or isinstance(exc, LockNotAvailable)


@dataclass(frozen=True, slots=True)
class TopicSource:
    """How to read one topic and how often (every ``every`` polls)."""

    topic: Topic
    load: Loader
    every: int = 1


def default_sources(settings: Settings, database: DatabaseWatch | None = None) -> tuple[TopicSource, ...]:
    """The wall's topics other than sensors and ingest health (see :mod:`web.wall.topics`).

    Sensors and ingest health are read together by :class:`WallFeed` itself,
    every ``settings.web.wall_sensor_every`` polls, because their bases feed
    the push path and the ingest tile counts the same sensor states. ``database``: the
    web's watch, which dates an outage just ended and keeps the processes as read.
    """
    defs = load_definitions()

    def health(conn: Connection, now: datetime) -> Mapping[str, WallItem]:
        items, processes = content.load_health(
            conn, settings.health.services, settings.health.stale_after_s,
            outage_since=None if database is None else database.outage_since)
        if database is not None:
            database.remember(processes)
        return items

    return (
        TopicSource(Topic.ALERT, content.load_alerts),
        TopicSource(Topic.INCIDENT, content.load_incidents),
        TopicSource(Topic.OPEN_WORK, content.load_open_work),
        TopicSource(Topic.MODE, lambda conn, now: content.load_mode(conn, settings.ops.mode)),
        TopicSource(Topic.KPI, lambda conn, now: content.load_kpis(conn, now, defs), every=20),
        TopicSource(Topic.HEALTH, health),
        TopicSource(Topic.TREND, content.load_trends, every=20),
        TopicSource(Topic.CAMERA, content.load_cameras, every=4),
        # The hold's query joins the replay log: every 20 polls (10 s), like the KPI tiles.
        TopicSource(Topic.LOG_HOLD, lambda conn, now: content.load_log_hold(conn, settings.ops.retention_s),
                    every=20),
    )


@dataclass(slots=True)
class _Read:
    topics: list[tuple[Topic, Mapping[str, WallItem]]]
    sensors: content.SensorStates | None
    now: datetime


@dataclass(slots=True)
class FeedStats:
    """Counters of the feed (never reset): notices pushed, the sensor deltas they
    published, notices replayed over a poll's result, sensor reads done."""

    notices: int = 0
    deltas: int = 0
    replayed: int = 0
    sensor_reads: int = 0


class WallFeed:
    """Polls and publishes; :meth:`refresh` once, then :meth:`run` as a lifespan task.

    :meth:`push` is called on the event loop by the LISTEN shell (:mod:`web.wall.push`).
    """

    def __init__(
        self,
        settings: Settings,
        pool: ConnectionPool,
        broadcaster: Broadcaster,
        sources: tuple[TopicSource, ...] | None = None,
        *,
        silence_factor: float,
        database: DatabaseWatch | None = None,
    ) -> None:
        self._pool = pool
        self._silence_factor = silence_factor
        self._broadcaster = broadcaster
        self._sources = sources if sources is not None else default_sources(settings, database)
        self._sensor_every = max(1, settings.web.wall_sensor_every)
        self._polls = 0
        self._db = UpDown(_log, "wall_feed_database")
        self._last_read: datetime | None = None  # the last successful poll
        self._bases: dict[str, SensorBasis] = {}
        # One list per sensor read in flight: the notices received while it runs.
        self._recording: list[list[SeenNotice]] = []
        self._sensor_lock = asyncio.Lock()
        self.stats = FeedStats()

    def _read(self, due: tuple[TopicSource, ...], sensors: bool) -> _Read:
        now = datetime.now(UTC)
        # One read-only snapshot for all topics, so the wall never mixes two moments.
        with self._pool.connection(timeout=READ_WAIT_S) as conn, conn.transaction():
            conn.execute(SQL_SNAPSHOT)
            topics = [(s.topic, s.load(conn, now)) for s in due]
            states = None
            if sensors:
                states = content.load_sensor_states(conn, now, self._silence_factor)
                topics.append((Topic.INGEST, content.load_ingest(conn, now, states.items)))
            return _Read(topics, states, now)

    async def start(self) -> None:
        """The first poll, before any wall connects; with the database away, the walls are
        told so (the ``database`` item down, never read) and :meth:`run` fills them later."""
        try:
            await self.refresh()
        except Exception as exc:
            if not _unavailable(exc):
                raise
            self._db.down(exc)
            self.database_down()

    async def refresh(self, *, everything: bool = False) -> int:
        """Poll once; returns the number of deltas published."""
        due = tuple(s for s in self._sources if everything or self._polls % s.every == 0)
        sensors = everything or self._polls % self._sensor_every == 0
        self._polls += 1
        return await self._refresh(due, sensors)

    async def refresh_sensors(self) -> int:
        """Read sensor states and ingest health now (after the push path missed notices)."""
        return await self._refresh((), True)

    async def _refresh(self, due: tuple[TopicSource, ...], sensors: bool) -> int:
        if not sensors:
            read = await asyncio.to_thread(self._read, due, False)
            return self._publish(read)
        # One sensor read at a time, so the newest snapshot is the one applied last.
        async with self._sensor_lock:
            recorded: list[SeenNotice] = []
            self._recording.append(recorded)
            try:
                read = await asyncio.to_thread(self._read, due, True)
            finally:
                self._recording.remove(recorded)
            self.stats.sensor_reads += 1
            if read.sensors is not None:
                items, bases = fold(recorded, read.sensors.items, read.sensors.bases, read.now,
                                    self._silence_factor)
                self.stats.replayed += len(recorded)
                read.topics.insert(0, (Topic.SENSOR, items))
                self._bases = bases
            return self._publish(read)

    def _publish(self, read: _Read) -> int:
        hub = self._broadcaster.hub
        published = 0
        for topic, items in read.topics:
            deltas = hub.replace(topic, items)
            self._broadcaster.publish(deltas)
            published += len(deltas)
        return published

    def push(self, notice: SeenNotice, now: datetime) -> int:
        """Redraw the sensors ``notice`` names and publish their deltas; returns how many.

        Sensors the hub does not hold yet are left to the next sensor poll.
        Call on the event loop.
        """
        self.stats.notices += 1
        for recorded in self._recording:
            recorded.append(notice)
        hub = self._broadcaster.hub
        changes = apply_notice(notice, hub.items(Topic.SENSOR), self._bases, now,
                               self._silence_factor)
        self._bases.update(changes.bases)
        deltas: list[Delta] = []
        for sid, item in changes.items.items():
            delta = hub.upsert(Topic.SENSOR, sid, item)
            if delta is not None:
                deltas.append(delta)
        self._broadcaster.publish(deltas)
        self.stats.deltas += len(deltas)
        return len(deltas)

    def database_down(self) -> int:
        """Tell the walls the database cannot be read (and since when their data are), and that
        every process that was up waits on it since then (no process can work or beat while
        it is away; one that was down stays down); returns deltas. The broker waits on no
        database: it keeps the state last read."""
        hub = self._broadcaster.hub
        last = None if self._last_read is None else self._last_read.isoformat()
        items: dict[str, WallItem] = dict(hub.items(Topic.HEALTH))
        for part, item in items.items():
            if isinstance(item, HealthItem) and item.up and part not in ("database", BROKER):
                items[part] = HealthItem(item.part, False, last, waiting=True)
        items["database"] = HealthItem("database", False, last)
        deltas = hub.replace(Topic.HEALTH, items)
        self._broadcaster.publish(deltas)
        return len(deltas)

    async def run(self, poll_interval_s: float) -> None:
        """Poll forever; a database outage is logged once when it starts and once when it ends,
        and shown on the walls (the ``database`` health item) while it lasts.

        A poll the database leaves unanswered for :data:`ANSWER_WAIT_S` (a lock, a stalled
        server: nothing fails) is such an outage too; no new poll starts until it ends.
        """
        poll: asyncio.Future[int] | None = None
        began = datetime.now(UTC)
        try:
            while True:
                await asyncio.sleep(poll_interval_s)
                if poll is None:
                    began = datetime.now(UTC)
                    poll = asyncio.ensure_future(self.refresh())
                done, _ = await asyncio.wait({poll}, timeout=ANSWER_WAIT_S)
                if not done:
                    self._db.down(f"no answer within {ANSWER_WAIT_S:.0f} s")
                    self.database_down()
                    continue
                finished, poll = poll, None
                try:
                    finished.result()
                except Exception as exc:
                    if not _unavailable(exc):
                        _log.exception("wall_feed_failed")
                    self._db.down(exc)
                    self.database_down()
                    continue
                self._last_read = began
                self._db.ok()
        finally:
            if poll is not None:
                poll.cancel()
