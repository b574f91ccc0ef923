"""The FastAPI application: ``create_app(settings)``.

The lifespan owns the process resources (house style 8): the psycopg
connection pool, the wall hub and its :class:`~web.broadcast.Broadcaster`, the
heartbeat task, the feed that polls the database for changes
(:mod:`web.feed`) and the listener of ingest's commit notifications that
redraws sensors at once (:mod:`web.push`, ``SOC_WEB__WALL_PUSH``). Routes live
in :mod:`web.routes`; pages and their assets are served from ``web/static`` by
the application itself (no CDN, no tile server).
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import secrets
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import RedirectResponse
from fastapi.staticfiles import StaticFiles
from psycopg_pool import ConnectionPool

from common.settings import Settings
from web import problems
from web.broadcast import Broadcaster
from web.deps import WebState
from web.routes import ROUTERS
from web.wall import WallHub

STATIC_DIR = Path(__file__).resolve().parent / "static"


@dataclass(frozen=True, slots=True)
class WallOptions:
    """Tuning of the live wall; the defaults suit production, tests shrink them."""

    queue_size: int = 256
    ring_size: int = 10_000
    heartbeat_s: float = 10.0
    dead_after_s: float = 35.0
    poll_interval_s: float = 0.5
    feed: bool = True


def create_app(settings: Settings, wall: WallOptions | None = None) -> FastAPI:
    """Build the application; resources open when the ASGI lifespan starts."""
    options = wall or WallOptions(poll_interval_s=settings.web.wall_poll_interval_s)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        pool = ConnectionPool(
            settings.db.conninfo(),
            min_size=settings.db.pool_min,
            max_size=settings.db.pool_max,
            name="web",
            open=False,
        )
        await asyncio.to_thread(pool.open, True, 30.0)
        hub = WallHub(epoch=secrets.token_hex(4), ring_size=options.ring_size)
        broadcaster = Broadcaster(
            hub,
            queue_size=options.queue_size,
            heartbeat_s=options.heartbeat_s,
            dead_after_s=options.dead_after_s,
        )
        app.state.web = WebState(settings=settings, pool=pool, broadcaster=broadcaster,
                                 loop=asyncio.get_running_loop())
        tasks = [asyncio.create_task(broadcaster.run_heartbeats(), name="wall-heartbeat")]
        if options.feed:
            from web.feed import WallFeed

            feed = WallFeed(settings, pool, broadcaster)
            app.state.feed = feed
            await feed.refresh()  # the first snapshot is complete before anyone connects
            tasks.append(asyncio.create_task(feed.run(options.poll_interval_s), name="wall-feed"))
            if settings.web.wall_push:
                from web.push import SeenListener

                listener = SeenListener(settings, feed)
                app.state.push = listener
                tasks.append(asyncio.create_task(listener.run(), name="wall-push"))
        # Everything imported and loaded so far lives as long as the process: move it out
        # of the collector's reach, so that full collections triggered by the wall's
        # allocation rate do not pause every client for tens of milliseconds.
        gc.collect()
        gc.freeze()
        try:
            yield
        finally:
            broadcaster.close_all()
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            await asyncio.to_thread(pool.close)

    app = FastAPI(
        title="Shuinan Smart Operations Center",
        summary="水湳智慧營運中心 API: sensors, alerts, incidents and dispatch, KPIs, live wall",
        version="1.0.0",
        lifespan=lifespan,
    )
    problems.install(app)
    for router in ROUTERS:
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> RedirectResponse:
        return RedirectResponse("/static/wall.html")

    return app
