"""The wall feed: polls the database and turns state changes into deltas.

Every ``poll_interval_s`` it reads the *current* content of the fast topics
(open alerts, open incidents with their assignments, the mode) and, less often,
the slow ones (sensor states, KPI tiles, ingest health), hands each topic to
:meth:`web.wall.WallHub.replace` and publishes the resulting deltas.

Why state diffs rather than a change log: rows become visible at COMMIT, not in
``updated_at`` order (team contract 4), so a poller that keeps a timestamp
watermark can skip a row committed late. Re-reading the open set and diffing
it against what the hub holds cannot miss such a row: it is part of the first
poll that sees it, and an unchanged row yields no delta, so nothing is sent
twice. ``tests/api/test_wall_feed.py`` proves it with a transaction that
commits after a later one.

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
from psycopg_pool import ConnectionPool

from common.errors import is_transient
from common.logging import UpDown
from common.settings import Settings
from ops_center.kpi.definitions import load_definitions
from web import repo_wall
from web.broadcast import Broadcaster
from web.wall import Topic, WallItem

_log = logging.getLogger(__name__)

Loader = Callable[[Connection, datetime], Mapping[str, WallItem]]


@dataclass(frozen=True, slots=True)
class TopicSource:
    """How to read one topic and how often (every ``every`` polls)."""

    topic: Topic
    load: Loader
    every: int = 1


def default_sources(settings: Settings) -> tuple[TopicSource, ...]:
    """The topics of the wall and their loaders (see :mod:`web.repo_wall`)."""
    defs = load_definitions()
    return (
        TopicSource(Topic.ALERT, repo_wall.load_alerts),
        TopicSource(Topic.INCIDENT, repo_wall.load_incidents),
        TopicSource(Topic.MODE, lambda conn, now: repo_wall.load_mode(conn, settings.ops.mode)),
        TopicSource(Topic.SENSOR, repo_wall.load_sensors, every=settings.web.wall_sensor_every),
        TopicSource(Topic.INGEST, repo_wall.load_ingest, every=settings.web.wall_sensor_every),
        TopicSource(Topic.KPI, lambda conn, now: repo_wall.load_kpis(conn, now, defs), every=20),
    )


class WallFeed:
    """Polls and publishes; :meth:`refresh` once, then :meth:`run` as a lifespan task."""

    def __init__(
        self,
        settings: Settings,
        pool: ConnectionPool,
        broadcaster: Broadcaster,
        sources: tuple[TopicSource, ...] | None = None,
    ) -> None:
        self._pool = pool
        self._broadcaster = broadcaster
        self._sources = sources if sources is not None else default_sources(settings)
        self._polls = 0
        self._db = UpDown(_log, "wall_feed_database")

    def _read(self, due: tuple[TopicSource, ...]) -> list[tuple[Topic, Mapping[str, WallItem]]]:
        now = datetime.now(UTC)
        # One read-only snapshot for all topics, so the wall never mixes two moments.
        with self._pool.connection() as conn, conn.transaction():
            conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            return [(s.topic, s.load(conn, now)) for s in due]

    async def refresh(self, *, everything: bool = False) -> int:
        """Poll once; returns the number of deltas published."""
        due = tuple(
            s for s in self._sources if everything or self._polls % s.every == 0
        )
        self._polls += 1
        states = await asyncio.to_thread(self._read, due)
        hub = self._broadcaster.hub
        published = 0
        for topic, items in states:
            deltas = hub.replace(topic, items)
            self._broadcaster.publish(deltas)
            published += len(deltas)
        return published

    async def run(self, poll_interval_s: float) -> None:
        """Poll forever; a database outage is logged once when it starts and once when it ends."""
        while True:
            await asyncio.sleep(poll_interval_s)
            try:
                await self.refresh()
            except Exception as exc:
                if not is_transient(exc):
                    _log.exception("wall_feed_failed")
                self._db.down(exc)
                continue
            self._db.ok()
