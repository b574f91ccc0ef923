"""Fixtures of the API tests: the real app served by uvicorn on a free port, over a fresh DB.

``live_app`` runs :func:`web.app.create_app` in a uvicorn server thread against
this module's migrated database (``db_settings`` from ``tests/fix_db.py``), so
HTTP and websocket tests go through real sockets, the real lifespan, the real
pool and the real wall feed. ``accounts`` creates one user per role through the
CLI's own ``run_users_add`` and logs each in through ``/api/auth/token``.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest
import uvicorn
from fastapi import FastAPI

from common.settings import Settings
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

    @property
    def state(self) -> WebState:
        """The lifespan's resources (broadcaster, loop) for tests that drive the hub."""
        state: WebState = self.app.state.web
        return state


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve(settings: Settings, options: WallOptions) -> Iterator[LiveApp]:
    """Run the app in a thread until the generator is closed."""
    port = free_port()
    app = create_app(settings, options)
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
    try:
        yield LiveApp(f"http://127.0.0.1:{port}", f"ws://127.0.0.1:{port}", settings, server,
                      app)
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        if thread.is_alive():
            raise RuntimeError("web server did not stop")


@pytest.fixture(scope="module")
def wall_options() -> WallOptions:
    """Wall tuning for tests: fast polls; override in a module for other needs."""
    return WallOptions(poll_interval_s=0.1, heartbeat_s=1.0, dead_after_s=30.0)


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


@pytest.fixture(scope="module")
def accounts(live_app: LiveApp) -> dict[str, str]:
    """Bearer tokens by account name (display: a display token), created once per module."""
    tokens: dict[str, str] = {}
    # A login hashes a password on purpose slowly: on a loaded host it takes longer than
    # httpx's default 5 s, so the bound here is for a hang, as elsewhere in this module.
    with httpx.Client(base_url=live_app.url, timeout=60) as client:
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
    with httpx.Client(base_url=live_app.url, timeout=20) as client:
        yield client


def wall_url(live_app: LiveApp, token: str) -> str:
    """A fresh ``/ws/wall?ticket=...`` URL: trades ``token`` for a one-time ticket."""
    r = httpx.post(f"{live_app.url}/api/ws-ticket", headers=auth(token), timeout=20)
    r.raise_for_status()
    return f"{live_app.ws_url}/ws/wall?ticket={r.json()['ticket']}"


def wall_path(live_app: LiveApp, token: str) -> str:
    """The path and query of :func:`wall_url` (for raw-socket clients)."""
    return "/ws/" + wall_url(live_app, token).split("/ws/", 1)[1]


def auth(token: str) -> dict[str, str]:
    """The Authorization header for ``token``."""
    return {"Authorization": f"Bearer {token}"}
