"""The FastAPI application: ``create_app(settings)``.

The lifespan owns the process resources (house style 8): the psycopg
connection pool, the wall hub and its :class:`~web.wall.broadcast.Broadcaster`, the
heartbeat task, the answer deadline on every pooled connection (:mod:`common.answer`), the
watch that refuses requests at once while the database is away (:mod:`web.dbwatch`), the
feed that polls the database for changes (:mod:`web.wall.feed`) and the listener of ingest's commit notifications that
redraws sensors at once (:mod:`web.wall.push`, ``SOC_WEB__WALL_PUSH``). Routes live
in :mod:`web.routes`; pages and their assets are served from ``web/static`` by
the application itself (no CDN, no tile server), and so is the API explorer at
``/docs`` (Swagger UI from the ``swagger-ui-bundle-v2`` package). The guards of
:mod:`web.guard` wrap everything: allowed hosts, security headers, body limits,
and the watcher of open websockets (:mod:`web.sessions`) runs beside the wall.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import secrets
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles

from common.answer import AnswerWatch
from common.db import new_pool
from common.runner import Watchdog
from common.settings import Settings
from web import problems, repo
from web.dbwatch import DatabaseWatch
from web.deps import WebState
from web.guard import BodyLimit, SecurityHeaders, StripNul, TrustedHost, install_log_redaction
from web.routes import ROUTERS
from web.sessions import watch_sessions
from web.tickets import TicketBook
from web.wall.broadcast import Broadcaster
from web.wall.hub import WallHub

STATIC_DIR = Path(__file__).resolve().parent / "static"
_log = logging.getLogger(__name__)


def swagger_dir() -> Path | None:
    """Swagger UI's files from the ``swagger-ui-bundle-v2`` package (None if not installed:
    ``make venv`` installs it; the API works without the explorer)."""
    try:
        import swagger_ui_bundle
    except ImportError:
        return None
    return Path(str(swagger_ui_bundle.swagger_ui_path))

#: The API explorer: Swagger UI's own files, started by /static/docs.js (no inline script).
DOCS_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Shuinan Smart Operations Center API</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css">
</head><body><div id="swagger-ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/static/docs.js"></script>
</body></html>
"""


@dataclass(frozen=True, slots=True)
class WallOptions:
    """Tuning of the live wall; the defaults suit production, tests shrink them."""

    queue_size: int = 256
    ring_size: int = 10_000
    heartbeat_s: float = 2.0
    dead_after_s: float = 35.0
    poll_interval_s: float = 0.5
    feed: bool = True


async def _beat(settings: Settings) -> None:
    """The web process's heartbeat (service ``web``), written from the event loop's turn:
    a loop that stops turning stops beating, so supervision and /api/health see it stale."""
    from common.health import Heartbeat

    heartbeat = Heartbeat(settings, "web")
    try:
        while True:
            await asyncio.to_thread(heartbeat.maybe)
            await asyncio.sleep(min(1.0, settings.health.beat_every_s))
    finally:
        heartbeat.close()


async def _turns(watchdog: Watchdog) -> None:
    """Tell ``watchdog`` the event loop turns, every second: a loop stuck in a call that never
    yields (a blocking read, a lock) stops telling it, and the watchdog ends the process."""
    while True:
        watchdog.alive()
        await asyncio.sleep(1.0)


def create_app(settings: Settings, wall: WallOptions | None = None, *, watchdog: bool = False) -> FastAPI:
    """Build the application; resources open when the ASGI lifespan starts.

    ``watchdog``: end the process (exit code 70, ``loop_stalled``) when the event loop has
    not turned for ``settings.health.stall_after_s`` (:class:`common.runner.Watchdog`), so a
    restart policy that restarts exited processes also covers a hung web; for the ``soc web``
    process, never for an app served inside another process (a test's)."""
    options = wall or WallOptions(poll_interval_s=settings.web.wall_poll_interval_s,
                                  heartbeat_s=settings.web.wall_ping_s)
    if settings.web.test_answer_delay_s:
        _log.warning("SOC_WEB__TEST_ANSWER_DELAY_S is %g: every new coordinator command's answer waits "
                     "that long (a setting for tests only; 0 in service)", settings.web.test_answer_delay_s)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Every pooled connection is under the answer deadline while checked or lent out: a
        # request, a health read or a wall poll sent into a silent network cut fails as a
        # lost connection (503) within the deadline instead of waiting as long as the cut.
        answers = AnswerWatch(settings, "web")
        pool = new_pool(settings, name="web", lock_timeout_s=settings.web.lock_wait_s, watch=answers)
        # Not waiting for the database: a web started during an outage serves /api/health
        # and the walls, which say the database is down; the pool connects once it answers.
        await asyncio.to_thread(pool.open, False)
        hub = WallHub(epoch=secrets.token_hex(4), ring_size=options.ring_size)
        broadcaster = Broadcaster(
            hub,
            queue_size=options.queue_size,
            heartbeat_s=options.heartbeat_s,
            dead_after_s=options.dead_after_s,
        )
        database = DatabaseWatch(settings, settings.web.db_probe_s, answers)
        app.state.web = WebState(settings=settings, pool=pool, broadcaster=broadcaster,
                                 loop=asyncio.get_running_loop(),
                                 tickets=TicketBook(settings.web.ws_ticket_ttl_s,
                                                    max_outstanding=settings.web.ws_max_tickets,
                                                    max_per_account=settings.web.ws_max_per_account),
                                 database=database)
        # The rules once, at start: the wall and /api/sensors draw silence by their factor,
        # and a broken rules file stops the start instead of the first request.
        rules = app.state.web.alert_rules()

        def load_sessions(
            names: list[str], token_ids: list[str]
        ) -> tuple[dict[str, repo.SessionRow], set[str]]:
            with pool.connection() as conn:
                return repo.sessions(conn, names, token_ids)

        dog = (Watchdog("web", settings.health.stall_after_s).start()
               if watchdog and settings.health.stall_after_s else None)
        tasks = [] if dog is None else [asyncio.create_task(_turns(dog), name="web-watchdog")]
        tasks += [
            asyncio.create_task(broadcaster.run_heartbeats(), name="wall-heartbeat"),
            asyncio.create_task(_beat(settings), name="web-heartbeat"),
            asyncio.create_task(database.run(), name="database-watch"),
            asyncio.create_task(
                watch_sessions(broadcaster, load_sessions, settings.web.ws_recheck_s),
                name="wall-sessions"),
        ]
        if options.feed:
            from web.wall.feed import WallFeed

            feed = WallFeed(settings, pool, broadcaster,
                            silence_factor=rules.silence_factor(), database=database)
            app.state.feed = feed
            await feed.start()  # the first snapshot is complete before anyone connects
            tasks.append(asyncio.create_task(feed.run(options.poll_interval_s), name="wall-feed"))
            if settings.web.wall_push:
                from web.wall.push import SeenListener

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
            answers.close()
            if dog is not None:  # only now: a shutdown that hangs is ended too
                dog.stop()

    app = FastAPI(
        title="Shuinan Smart Operations Center",
        summary="水湳智慧營運中心 API: sensors, alerts, incidents and dispatch, KPIs, live wall",
        version="1.0.0",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    problems.install(app)
    for router in ROUTERS:
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    assets = swagger_dir()
    if assets is not None:
        app.mount("/docs/assets", StaticFiles(directory=assets), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        if assets is None:
            return HTMLResponse("swagger-ui-bundle-v2 is not installed (make venv)", 503)
        return HTMLResponse(DOCS_PAGE)

    # Outermost last: hosts are checked first, every answer gets the headers, bodies
    # are limited before any route (or form parser) reads them.
    app.add_middleware(BodyLimit, settings=settings.web)
    app.add_middleware(StripNul)
    hosts = list(settings.web.allowed_hosts)
    if settings.web.host not in ("0.0.0.0", "::", "", *hosts):  # noqa: S104 - compared, not bound
        hosts.append(settings.web.host)  # the address the server was told to listen on
    app.add_middleware(TrustedHost, allowed_hosts=hosts)
    app.add_middleware(SecurityHeaders)
    install_log_redaction()

    @app.get("/", include_in_schema=False)
    def index() -> RedirectResponse:
        return RedirectResponse("/static/wall.html")

    _build_routes(app)
    return app


def _build_routes(app: FastAPI) -> None:
    """Have FastAPI build every route's request and response models now. It builds them
    (pydantic type adapters, for every route of a router) when a request first walks the
    routes, on the event loop, and serves nothing meanwhile, not even a static file: on a
    loaded host that took seconds (tests/api/test_first_request.py). Called once the
    routes are all added, before the app serves anyone."""
    for route in app.router.routes:
        # A request no route answers: matching it walks every route of every router.
        route.matches({"type": "http", "method": "GET", "path": "/.build-routes", "root_path": "",
                       "headers": [], "query_string": b""})
