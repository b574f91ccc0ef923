"""The wall cut off from its server, with the outage band and the simulated-data banner both
shown above the grid (the demo's typhoon on an overloaded host): every panel still shows the
figures that matter, as it last knew them, and the wall says how old they are, at 1366x768
and 1920x1080 in zh-TW and English (docs/web.md, "Screen sizes").

The server is cut by the test (Playwright's websocket route: the wall's socket is closed and
every new one refused), so the wall holds its last state and says it is reconnecting."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest
from playwright.sync_api import Browser, Page, WebSocketRoute, expect

from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp
from tests.browser.conftest import expect_on_map, settle
from tests.browser.test_wall_reading import INCIDENTS, seed
from tests.browser.test_wall_screens import AGENCIES_EN, AGENCIES_ZH, MOST_URGENT, check_board_and_panels
from tests.browser.test_wall_whole_figures import CAMERAS_SEEN, PLAN_MEASURES, seed_panels

SCREENS = [(1366, 768), (1920, 1080)]
#: The simulator beating (as the demo's does): the wall's simulated-data banner shows.
SIMULATOR = ("INSERT INTO service_heartbeats (service, instance, beat_at, detail)"
             " VALUES ('simulator', 'wall-disconnected', now() + interval '1 day', '{}')")
#: The outage band's age of the data, and the words saying the server is away.
AGE = {"zh-TW": re.compile(r"資料時間 \d+ 秒 前"), "en": re.compile(r"Data as of \d+ s ago")}
SERVER = {"zh-TW": "伺服器連線", "en": "server connection"}
#: A panel heading whose figures stand still: since when (common.js ``disconnected_for``).
NOT_LIVE = {"zh-TW": re.compile(r"^中斷 \d+ 秒前$"), "en": re.compile(r"^down \d+ s ago$")}
#: A countdown of data that stand still says so before its time (docs/web.md, "Times and countdowns").
COUNTDOWN = {"zh-TW": re.compile(r"^資料非即時 (剩餘|逾時) [+]?\d"),
             "en": re.compile(r"^not live: (due in|OVERDUE) [+]?\d")}


class Cut:
    """The wall's websocket passed through to the server until :meth:`cut`; then closed, and
    every new one the page opens closed at once (a server the wall cannot reach)."""

    def __init__(self) -> None:
        self.open: list[WebSocketRoute] = []
        self.down = False

    def route(self, ws: WebSocketRoute) -> None:
        if self.down:
            ws.close(code=1011, reason="away")
            return
        ws.connect_to_server()
        self.open.append(ws)

    def cut(self) -> None:
        self.down = True
        for ws in self.open:
            ws.close(code=1011, reason="away")
        self.open.clear()


@pytest.fixture(scope="module")
def required_processes() -> tuple[str, ...]:
    """The processes the wall names down: none of them beats here, as on a host too loaded
    for its processes to beat in time, so the outage band names them all."""
    return ("ingest", "alerts", "ops", "kpi", "maintenance")


@pytest.fixture(scope="module")
def seeded(live_app: LiveApp, db_settings: Settings, db_dsn: str) -> LiveApp:
    run_geo_load(db_settings)
    now = datetime.now(UTC)
    seed(db_dsn, now)
    seed_panels(db_dsn, now)
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        conn.execute(SIMULATOR)
    return live_app


@pytest.fixture
def wall(request: pytest.FixtureRequest, browser: Browser, seeded: LiveApp,
         accounts: dict[str, str]) -> Iterator[tuple[Page, Cut]]:
    width, height = request.param
    page = browser.new_page(viewport={"width": width, "height": height})
    page.add_init_script("localStorage.setItem('soc.lang', 'zh-TW')")
    cut = Cut()
    page.route_web_socket("**/ws/wall*", cut.route)
    page.goto(f"{seeded.url}/static/wall.html#token={accounts['wall1']}")
    expect(page.locator("#conn.degraded")).to_have_count(1, timeout=20_000)  # connected, parts down
    expect_on_map(page, len(INCIDENTS))
    expect(page.locator('#trends tr[data-sensor="SN-RG-001"]')).to_have_count(1, timeout=30_000)
    expect(page.locator(f'#cameras tr[data-camera="{CAMERAS_SEEN[1]}"]')).to_have_count(1, timeout=20_000)
    expect(page.locator("#kpis [data-kpi]")).to_have_count(len(PLAN_MEASURES), timeout=30_000)
    expect(page.locator("#simulated")).to_be_visible(timeout=20_000)
    yield page, cut
    page.close()


def check_figures(page: Page, name: str, lang: str) -> None:
    """The figures that matter in every panel, visible inside the screen: the most urgent
    card in full (with its agencies and countdowns), the agency with overdue work, the
    strongest rain reading, a rain or water-level station's row, the ingest rate, the
    cameras' offline line, a KPI value; and each panel heading saying its figures are not
    live."""
    check_board_and_panels(page, name, MOST_URGENT, AGENCIES_ZH if lang == "zh-TW" else AGENCIES_EN,
                           COUNTDOWN[lang])
    size = page.viewport_size
    assert size is not None
    for what, sel in (("the agency with overdue work", '#agencies tr[data-agency="public_works"]'),
                      ("the strongest rain", "#rain-top"),
                      ("the ingest rate", "#ingest .tile:not(.panel-more)"),
                      ("the cameras' offline line", "#cameras tr"),
                      ("a KPI value", "#kpis .tile .tile-value")):
        node = page.locator(sel).first
        expect(node, f"{name}: {what} not shown").to_be_visible()
        box = node.bounding_box()
        assert box is not None, f"{name}: {what} not displayed"
        assert box["y"] >= 0, f"{name}: {what} above the screen: {box}"
        assert box["y"] + box["height"] <= size["height"] + 0.5, f"{name}: {what} below the screen: {box}"
    for panel in (".board-panel", ".agency-panel", ".ingest-panel"):
        expect(page.locator(f"{panel} h2 .age")).to_have_text(NOT_LIVE[lang])
        expect(page.locator(f"{panel} h2 .age")).to_have_class(re.compile(r"\bstale\b"))


@pytest.mark.parametrize("wall", SCREENS, indirect=True, ids=[f"{w}x{h}" for w, h in SCREENS])
def test_a_wall_cut_off_shows_what_it_last_knew_and_how_old(wall: tuple[Page, Cut], artifacts: Path) -> None:
    page, cut = wall
    size = page.viewport_size
    assert size is not None
    cut.cut()
    expect(page.locator("#conn.reconnecting")).to_have_count(1, timeout=20_000)
    for lang in ("zh-TW", "en"):
        if lang == "en":
            page.locator("#lang").click()
            expect(page.locator("#mode")).to_have_text("Peacetime")
        name = f"{lang} {size['width']}x{size['height']} cut off"
        expect(page.locator("#health")).to_be_visible()
        expect(page.locator("#health-parts")).to_contain_text(SERVER[lang])
        expect(page.locator("#health-age")).to_have_text(AGE[lang], timeout=10_000)
        expect(page.locator("#simulated")).to_be_visible()
        settle(page)
        page.screenshot(path=str(artifacts / f"wall-cut-off-{size['width']}x{size['height']}-{lang}.png"))
        check_figures(page, name, lang)
