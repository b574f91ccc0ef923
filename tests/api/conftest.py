"""Fixtures of the API tests: the real app served by uvicorn on a free port, over a fresh DB.

``live_app`` runs :func:`web.app.create_app` in a uvicorn server thread against
this module's migrated database (``db_settings`` from ``tests/fix_db.py``), so
HTTP and websocket tests go through real sockets, the real lifespan, the real
pool and the real wall feed. ``accounts`` gives one user per role, created through
the CLI's own ``run_users_add`` and logged in through ``/api/auth/token``: once per
xdist worker, in ``accounts_template``, of which every module that asks for
``accounts`` gets its database as a fresh copy (an argon2 hash and check per
account cost seconds; a copy of a database costs the same as a fresh one).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import httpx
import psycopg
import pytest
import uvicorn
from fastapi import FastAPI

from common.services import free_port
from common.settings import Settings, WebSettings
from tests import http_calls
from tests.fix_db import database_copy
from tests.server_watch import ServerWatch
from web.app import WallOptions, create_app
from web.cli import run_display_token, run_users_add
from web.deps import WebState
from web.security import Role

PASSWORD = "correct horse battery"

#: One account per role; the agency member belongs to the fire agency.
ACCOUNTS: dict[str, tuple[Role, str | None]] = {
    "op": (Role.OPERATOR, None),
    "coord": (Role.COORDINATOR, None),
    "plan": (Role.PLANNER, None),
    "fire1": (Role.AGENCY, "fire"),
    "police1": (Role.AGENCY, "police"),
    "wall1": (Role.DISPLAY, None),
    "root": (Role.ADMIN, None),
}


@dataclass(frozen=True, slots=True)
class LiveApp:
    """A running server: its base URL and the settings it was built with."""

    url: str
    ws_url: str
    settings: Settings
    server: uvicorn.Server
    app: FastAPI
    #: What the server was doing, for a failing test's report (``tests/server_watch.py``).
    watch: ServerWatch

    @property
    def state(self) -> WebState:
        """The lifespan's resources (broadcaster, loop) for tests that drive the hub."""
        state: WebState = self.app.state.web
        return state


def start_server(app: FastAPI | ServerWatch, port: int) -> tuple[uvicorn.Server, threading.Thread]:
    """Serve ``app`` on 127.0.0.1:``port`` in a thread; returns once it has started."""
    config = uvicorn.Config(app, host="127.0.0.1", port=port,
                            log_level="warning", lifespan="on", ws_ping_interval=None,
                            timeout_graceful_shutdown=3)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name=f"uvicorn-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + 120  # a bound for a hang; a loaded host starts slowly
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("web server did not start")
        time.sleep(0.02)
    return server, thread


def stop_server(server: uvicorn.Server, thread: threading.Thread) -> None:
    """Stop a server :func:`start_server` started (its lifespan ends, its sockets close)."""
    server.should_exit = True
    thread.join(timeout=30)
    if thread.is_alive():
        raise RuntimeError("web server did not stop")


def serve(settings: Settings, options: WallOptions) -> Iterator[LiveApp]:
    """Run the app in a thread until the generator is closed."""
    port = free_port()
    app = create_app(settings, options)
    watch = ServerWatch(app)
    server, thread = start_server(watch, port)
    watch.start(app.state.web.loop, thread)
    try:
        yield LiveApp(f"http://127.0.0.1:{port}", f"ws://127.0.0.1:{port}", settings, server,
                      app, watch)
    finally:
        watch.stop()
        stop_server(server, thread)


@pytest.fixture(scope="module")
def wall_options() -> WallOptions:
    """Wall tuning for tests: the product's poll interval (0.5 s: KPI tiles, trends and the log
    hold every 10 s, sensors every 2 s besides the push path), a ping every second; a module
    that needs faster polls overrides it (``tests/api/test_wall_ws.py``). Each poll is a read
    of the module's database on the app's thread, for as long as the app runs."""
    return WallOptions(poll_interval_s=0.5, heartbeat_s=1.0, dead_after_s=30.0)


@pytest.fixture(scope="module")
def required_processes() -> tuple[str, ...]:
    """The processes the app under test requires to beat (``SOC_HEALTH__SERVICES``).

    None by default: no ingest, alerts or ops runs beside the API tests, so the
    health banner and ``/api/health`` judge the database alone; health tests
    override this fixture.
    """
    return ()


@pytest.fixture(scope="module")
def live_app(db_settings: Settings, wall_options: WallOptions,
             required_processes: tuple[str, ...]) -> Iterator[LiveApp]:
    """The application served on a free port over this module's database."""
    settings = db_settings.model_copy(
        update={"health": db_settings.health.model_copy(update={"services": required_processes})})
    yield from serve(settings, wall_options)


@dataclass(frozen=True, slots=True)
class AccountsTemplate:
    """A database holding the accounts of ``ACCOUNTS``, and their bearer tokens."""

    name: str
    web: WebSettings
    tokens: dict[str, str]


@pytest.fixture(scope="session")
def accounts_template(settings: Settings, db_template: str) -> Iterator[AccountsTemplate]:
    """Once per worker: a copy of the migrated template in which ``create_accounts`` made the
    accounts (the CLI's ``run_users_add``, logins through the real ``/api/auth/token`` of an
    app served on it, which then stops). Tokens name their account and its token version and
    are signed with ``settings.web``'s key, so they hold in every copy of this database that
    keeps those rows (for ``token_ttl_minutes``, twelve hours by default): a module gets the
    rows and tokens it would make itself, without an argon2 hash and check per account."""
    with database_copy(settings, db_template) as name:
        s = settings.model_copy(update={"db": settings.db.model_copy(update={"name": name})})
        with contextmanager(serve)(s, WallOptions()) as app:
            tokens = create_accounts(app)
        # The stopped app's heartbeat is no account: each module's app beats for itself.
        with psycopg.connect(s.db.conninfo(), autocommit=True) as conn:
            conn.execute("DELETE FROM service_heartbeats")
        yield AccountsTemplate(name, s.web, tokens)


def module_uses(request: pytest.FixtureRequest, fixture: str) -> bool:
    """Whether a test of the module ``request`` serves asks for ``fixture``."""
    return any(fixture in getattr(item, "fixturenames", ()) for item in request.session.items
               if item.getparent(pytest.Module) is request.node)


def module_database(request: pytest.FixtureRequest, settings: Settings, db_template: str, fixture: str,
                    template_fixture: str) -> Iterator[str]:
    """A fresh migrated database for the module ``request`` serves, dropped afterwards: a copy
    of the database named by ``template_fixture`` (a fixture whose value has a ``name``) when a
    test of the module asks for ``fixture``, else of ``db_template``."""
    template = request.getfixturevalue(template_fixture).name if module_uses(request, fixture) else db_template
    with database_copy(settings, template) as name:
        yield name


@pytest.fixture(scope="module")
def db_name(request: pytest.FixtureRequest, settings: Settings, db_template: str) -> Iterator[str]:
    """A fresh migrated database for this module, dropped afterwards: a copy of
    ``accounts_template`` when a test of the module asks for ``accounts``."""
    yield from module_database(request, settings, db_template, "accounts", "accounts_template")


@pytest.fixture(scope="module")
def accounts(live_app: LiveApp, accounts_template: AccountsTemplate) -> dict[str, str]:
    """Bearer tokens by account name (display: a display token): the accounts came with this
    module's database (``db_name``), a copy of ``accounts_template``."""
    assert live_app.settings.web == accounts_template.web, "the tokens hold for the template's web settings only"
    with psycopg.connect(live_app.settings.db.conninfo()) as conn:
        names = {r[0] for r in conn.execute("SELECT user_name FROM web_users")}
    assert names >= ACCOUNTS.keys(), "the module's database is no copy of accounts_template"
    return dict(accounts_template.tokens)


def create_accounts(live_app: LiveApp) -> dict[str, str]:
    """Create the accounts of :data:`ACCOUNTS` in ``live_app``'s database through the CLI's
    ``run_users_add``, log each in through ``/api/auth/token`` (the display account gets a
    display token); their bearer tokens by account name."""
    tokens: dict[str, str] = {}
    # A login hashes a password on purpose slowly: on a loaded host it takes longer than
    # httpx's default 5 s, so the bound here is for a hang, as elsewhere in this module.
    with http_calls.client(base_url=live_app.url, timeout=60) as client:
        for name, (role, agency) in ACCOUNTS.items():
            run_users_add(live_app.settings, name, role=role, agency=agency,
                          password=None if role is Role.DISPLAY else PASSWORD)
            if role is Role.DISPLAY:
                tokens[name] = run_display_token(live_app.settings, name)
                continue
            r = client.post("/api/auth/token", data={"username": name, "password": PASSWORD})
            r.raise_for_status()
            tokens[name] = r.json()["access_token"]
    return tokens


@pytest.fixture
def api(live_app: LiveApp) -> Iterator[httpx.Client]:
    """An unauthenticated client of the live app."""
    with http_calls.client(base_url=live_app.url, timeout=20) as client:
        yield client


def wall_url(live_app: LiveApp, token: str) -> str:
    """A fresh ``/ws/wall?ticket=...`` URL: trades ``token`` for a one-time ticket."""
    r = http_calls.post(f"{live_app.url}/api/ws-ticket", headers=auth(token), timeout=20)
    r.raise_for_status()
    return f"{live_app.ws_url}/ws/wall?ticket={r.json()['ticket']}"


def wall_path(live_app: LiveApp, token: str) -> str:
    """The path and query of :func:`wall_url` (for raw-socket clients)."""
    return "/ws/" + wall_url(live_app, token).split("/ws/", 1)[1]


def auth(token: str) -> dict[str, str]:
    """The Authorization header for ``token``."""
    return {"Authorization": f"Bearer {token}"}
