"""The wall never says "live" over a board it has not drawn.

A socket is open from the server's accept, but the page holds the server's state only once
the socket's first answer (a snapshot, or the server's word that a resume is complete) has
come and been drawn. On a loaded host that answer took 15-25 s to reach a fresh wall, which
said 即時連線 and its board 即時 over 目前無事件 all that while: an operator reads an empty
live board as "nothing is happening". Here the server's frames are held on their way to the
page (Playwright's websocket route) while a ping from the route proves that the page's socket
is open and answering; the page must say it is not live until they are let through and
drawn. On a reconnect (a dropped socket, a restarted web server) the page keeps its last
board, marked stale, until the new answer is drawn: never an empty board in between.

The wall is served by a server of this module's own (over the module's database), so that
it can be stopped and started again on the same address as a restarted ``soc web`` would be.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
import uvicorn
from playwright.sync_api import Browser, Page, WebSocketRoute, expect

from common.services import free_port
from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp, start_server, stop_server
from tests.browser.test_wall_reading import seed
from web.app import WallOptions, create_app

PING = '{"type":"ping"}'
PONG = '{"type":"pong"}'
#: The board's heading, its cards and the page's connection state.
BOARD_AGE = ".board-panel .age[data-age=live]"
CARDS = "#board article.card[data-incident]"
COUNTDOWNS = "#board .countdown[data-deadline]:not([data-deadline=''])"


class Web:
    """``soc web``'s application on a fixed address, which a test can stop and start again."""

    def __init__(self, settings: Settings, options: WallOptions) -> None:
        self.settings = settings
        self.options = options
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.running: tuple[uvicorn.Server, threading.Thread] | None = None

    def start(self) -> None:
        self.running = start_server(create_app(self.settings, self.options), self.port)

    def stop(self) -> None:
        if self.running is not None:
            stop_server(*self.running)
            self.running = None


@pytest.fixture(scope="module")
def web(live_app: LiveApp, wall_options: WallOptions, db_dsn: str) -> Iterator[Web]:
    """The module's own web server over the module's database, with its incidents."""
    run_geo_load(live_app.settings)
    seed(db_dsn, datetime.now(UTC))
    server = Web(live_app.settings, wall_options)
    server.start()
    try:
        yield server
    finally:
        server.stop()


class HeldFeed:
    """The wall's sockets through a route that can hold the server's frames.

    Each socket the page opens is connected to the server; while :attr:`holding` is set
    when it opens, the server's frames to it are kept back until :meth:`release`. Each new
    socket gets a ping from the route, answered only by a page whose socket is open and
    handling frames (:meth:`wait_open`).
    """

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.holding = False
        self.held: list[str | bytes] = []
        self.sockets: list[WebSocketRoute] = []
        self.ponged: list[threading.Event] = []
        self.released: list[bool] = []

    def route(self, ws: WebSocketRoute) -> None:
        with self.lock:
            n = len(self.sockets)
            self.sockets.append(ws)
            self.ponged.append(threading.Event())
            self.released.append(not self.holding)
        server = ws.connect_to_server()
        server.on_message(lambda m: self._from_server(n, m))
        ws.on_message(lambda m: self._from_page(n, server, m))
        ws.send(PING)

    def _from_server(self, n: int, message: str | bytes) -> None:
        with self.lock:
            if not self.released[n]:
                self.held.append(message)
                return
        self.sockets[n].send(message)

    def _from_page(self, n: int, server: WebSocketRoute, message: str | bytes) -> None:
        if message == PONG and not self.ponged[n].is_set():
            self.ponged[n].set()  # the route's own ping: not the server's to see
            return
        server.send(message)

    def wait_open(self, page: Page, count: int) -> None:
        """Wait until the page has opened its ``count``-th socket and answered its ping."""
        for _ in range(600):
            if len(self.ponged) >= count and self.ponged[count - 1].is_set():
                return
            page.wait_for_timeout(100)
        raise AssertionError(f"the page's socket {count} never opened or never answered a ping")

    def release(self) -> None:
        """Let the newest socket's held frames through, and every later one."""
        with self.lock:
            n = len(self.sockets) - 1
            self.released[n] = True
            held, self.held = self.held, []
        for message in held:
            self.sockets[n].send(message)


def open_wall(browser: Browser, web: Web, token: str, feed: HeldFeed) -> Page:
    page = browser.new_page(viewport={"width": 1920, "height": 1080})
    page.add_init_script("localStorage.setItem('soc.lang', 'zh-TW')")
    page.route_web_socket("**/ws/wall*", feed.route)
    page.goto(f"{web.url}/static/wall.html#token={token}")
    return page


def expect_not_live(page: Page) -> None:
    """Nothing on the page says live: the dot, its words, the board's heading."""
    expect(page.locator("#conn.connected, #conn.degraded")).to_have_count(0)
    expect(page.locator("#conn-text")).not_to_have_text("即時連線")
    expect(page.locator(BOARD_AGE)).not_to_have_text("即時")


def expect_live(page: Page) -> None:
    expect(page.locator("#conn.connected")).to_have_count(1, timeout=20_000)
    expect(page.locator(BOARD_AGE)).to_have_text("即時", timeout=20_000)


def test_a_fresh_wall_is_not_live_until_its_snapshot_is_drawn(
    browser: Browser, web: Web, accounts: dict[str, str],
) -> None:
    feed = HeldFeed()
    feed.holding = True
    page = open_wall(browser, web, accounts["wall1"], feed)
    feed.wait_open(page, 1)
    expect_not_live(page)
    expect(page.locator("#mode")).to_have_text("模式未知")
    # The snapshot comes: the board is drawn and live, with the mode it read.
    feed.release()
    expect_live(page)
    expect(page.locator(CARDS).first).to_be_visible()
    expect(page.locator("#mode")).to_have_text("平時")
    page.close()


def drawn_and_live(page: Page) -> list[str]:
    """The incidents on the live board, once it is drawn."""
    expect_live(page)
    expect(page.locator(CARDS).first).to_be_visible(timeout=20_000)
    expect(page.locator(COUNTDOWNS).and_(page.locator(".unconfirmed"))).to_have_count(0, timeout=20_000)
    return shown(page)


def shown(page: Page) -> list[str]:
    cards: list[str] = page.eval_on_selector_all(CARDS, "(ns) => ns.map((n) => n.dataset.incident)")
    return cards


def expect_last_board_stale(page: Page, cards: list[str]) -> None:
    """The last board is still there and says its data stand still (its countdowns say
    unconfirmed, so its cards may be taller and the board show fewer of them whole)."""
    expect_not_live(page)
    now = shown(page)
    assert now, "the board was emptied"
    assert now == cards[: len(now)]
    expect(page.locator(BOARD_AGE)).to_have_class(re.compile(r"\bstale\b"))
    expect(page.locator(COUNTDOWNS).and_(page.locator(":not(.unconfirmed)"))).to_have_count(0)


def expect_same_board_live(page: Page, feed: HeldFeed, cards: list[str]) -> None:
    """The held answer let through: the same board, drawn and live again."""
    feed.release()
    drawn_and_live(page)
    expect(page.locator(CARDS)).to_have_count(len(cards), timeout=20_000)
    assert shown(page) == cards
    page.close()


def test_a_dropped_socket_is_not_live_until_its_resume_is_drawn(
    browser: Browser, web: Web, accounts: dict[str, str],
) -> None:
    feed = HeldFeed()
    page = open_wall(browser, web, accounts["wall1"], feed)
    cards = drawn_and_live(page)
    # The socket drops; the page reconnects, resuming where it was, and the server's
    # answer is held on its way.
    feed.holding = True
    feed.sockets[0].close()
    feed.wait_open(page, 2)
    expect_last_board_stale(page, cards)
    expect_same_board_live(page, feed, cards)


def test_after_a_web_restart_the_wall_is_not_live_until_the_new_snapshot_is_drawn(
    browser: Browser, web: Web, accounts: dict[str, str],
) -> None:
    feed = HeldFeed()
    page = open_wall(browser, web, accounts["wall1"], feed)
    cards = drawn_and_live(page)
    web.stop()
    expect(page.locator("#conn.reconnecting")).to_have_count(1, timeout=20_000)
    # The new server's answer (a snapshot: its epoch is not the page's) is held on its way.
    feed.holding = True
    opened = len(feed.sockets)
    web.start()
    feed.wait_open(page, opened + 1)
    expect_last_board_stale(page, cards)
    expect_same_board_live(page, feed, cards)
