"""A wall whose socket is open but whose snapshot has not come yet says it is not live.

On a loaded host the wall's first snapshot can take many seconds to reach the page after
its socket opened (20 s at load 20 against ``soc demo``). The page said "即時連線" and its
incident board "即時" over "目前無事件" all that while, with fifteen incidents open: a wall
that has no data yet must not say live, or an operator reads "no incidents". Here the real
server's frames are held on their way in (Playwright's websocket route) while a ping from
the route proves the page's socket is open and answering; then they are let through.
"""

from __future__ import annotations

import threading

import pytest
from playwright.sync_api import Browser, WebSocketRoute, expect

from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp


@pytest.fixture(scope="module")
def seeded(live_app: LiveApp, db_settings: Settings) -> None:
    run_geo_load(db_settings)


class HeldFeed:
    """The wall's socket through a route that holds the server's frames until :meth:`release`."""

    def __init__(self) -> None:
        self.held: list[str | bytes] = []
        self.released = False
        self.ponged = threading.Event()
        self.page_ws: WebSocketRoute | None = None

    def route(self, ws: WebSocketRoute) -> None:
        self.page_ws = ws
        server = ws.connect_to_server()
        server.on_message(self._from_server)
        ws.on_message(lambda m: self._from_page(server, m))
        ws.send('{"type":"ping"}')  # answered only by an open socket

    def _from_server(self, message: str | bytes) -> None:
        assert self.page_ws is not None
        if self.released:
            self.page_ws.send(message)
        else:
            self.held.append(message)

    def _from_page(self, server: WebSocketRoute, message: str | bytes) -> None:
        if message == '{"type":"pong"}' and not self.released:
            self.ponged.set()
            return
        server.send(message)

    def release(self) -> None:
        assert self.page_ws is not None
        self.released = True
        for message in self.held:
            self.page_ws.send(message)
        self.held.clear()


def test_an_open_socket_without_its_snapshot_is_not_live(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], seeded: None,
) -> None:
    page = browser.new_page(viewport={"width": 1920, "height": 1080})
    feed = HeldFeed()
    page.route_web_socket("**/ws/wall*", feed.route)
    page.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}")
    # The page's socket is open and has handled a frame (it answered the route's ping).
    for _ in range(200):
        if feed.ponged.is_set():
            break
        page.wait_for_timeout(100)
    assert feed.ponged.is_set(), "the page never answered the ping on its open socket"
    expect(page.locator("#conn.connected")).to_have_count(0)
    expect(page.locator("#conn-text")).not_to_have_text("即時連線")
    board_age = page.locator(".board-panel .age[data-age=live]")
    expect(board_age).not_to_have_text("即時")
    # The snapshot comes: now it is live, with the mode it read.
    feed.release()
    expect(page.locator("#conn.connected")).to_have_count(1, timeout=20_000)
    expect(page.locator("#mode")).to_have_text("平時", timeout=20_000)
    expect(board_age).to_have_text("即時")
    page.close()
