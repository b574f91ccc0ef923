"""The wall's key figures at 1366x768 (a projector or laptop in an operations room) and at
1920x1080, in both languages: every agency with open assignments is on the agencies panel,
the fire bureau first when it has any, never counted away in "+N more"; the strongest rain
(its class and gauge) is shown under the rain and water panel's heading; each of these, the
station rows shown, the KPI values and the ingest figures lie inside the screen with no text
cut (``scrollWidth <= clientWidth``, no ellipsis: a station's name takes a second line).
Before the first snapshot the board says it is loading, not that there is no incident."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from playwright.sync_api import Browser, Page, WebSocketRoute, expect

from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp
from tests.browser.conftest import settle
from tests.browser.test_wall_reading import SQL_ASSIGNMENT, seed
from tests.browser.test_wall_whole_figures import seed_panels

SCREENS = [(1366, 768), (1920, 1080)]
#: The reading seed's agencies (every incident: police, public works, water) and the fire
#: bureau, acknowledged on the fire (its work neither overdue nor the most).
OPEN_AGENCIES = {"fire": ("消防局", "Fire"), "police": ("警察局", "Police"),
                 "public_works": ("建設局", "Public Works"), "water": ("水利局", "Water Res.")}

#: Each element that must be whole: its box, whether it is displayed, and whether its text is cut.
BOXES_JS = """(sel) => [...document.querySelectorAll(sel)].map((n) => {
  const r = n.getBoundingClientRect(); const cs = getComputedStyle(n);
  return { text: n.textContent.trim(), shown: cs.display !== 'none' && cs.visibility !== 'hidden' && r.height > 0,
           left: r.left, top: r.top, right: r.right, bottom: r.bottom,
           cut: n.scrollWidth > n.clientWidth };
})"""


@pytest.fixture(scope="module")
def seeded(live_app: LiveApp, db_settings: Settings, db_dsn: str) -> LiveApp:
    run_geo_load(db_settings)
    now = datetime.now(UTC)
    seed(db_dsn, now)
    seed_panels(db_dsn, now)
    t0 = now - timedelta(minutes=15)
    with psycopg.connect(db_dsn) as conn:
        conn.execute(SQL_ASSIGNMENT, ("inc-wall-02", "fire", "acknowledged", t0, t0, t0,
                                      now + timedelta(minutes=40), 0))
    return live_app


@pytest.fixture
def wall(request: pytest.FixtureRequest, browser: Browser, seeded: LiveApp,
         accounts: dict[str, str]) -> Iterator[Page]:
    width, height = request.param
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(f"{seeded.url}/static/wall.html#token={accounts['wall1']}")
    expect(page.locator("#conn.connected")).to_have_count(1, timeout=20_000)
    expect(page.locator('#agencies tr[data-agency="fire"]')).to_have_count(1, timeout=20_000)
    expect(page.locator('#trends table[data-kind="water_level"] tr[data-sensor]')).to_have_count(1, timeout=30_000)
    expect(page.locator("#kpis [data-kpi]").first).to_be_attached(timeout=30_000)
    settle(page)
    yield page
    page.close()


def whole(page: Page, selector: str, name: str) -> list[dict[str, object]]:
    """The displayed elements of ``selector``, each inside the screen with its text not cut."""
    size = page.viewport_size
    assert size is not None
    shown = [b for b in page.evaluate(BOXES_JS, selector) if b["shown"]]
    for b in shown:
        assert b["left"] >= -0.5, (name, selector, b)
        assert b["top"] >= -0.5, (name, selector, b)
        assert b["right"] <= size["width"] + 0.5, (name, selector, b)
        assert b["bottom"] <= size["height"] + 0.5, (name, selector, b)
        assert not b["cut"], (name, selector, b)
    return shown


@pytest.mark.parametrize("wall", SCREENS, indirect=True, ids=[f"{w}x{h}" for w, h in SCREENS])
def test_every_agency_at_work_is_shown_fire_first_and_the_figures_whole(wall: Page, artifacts: Path) -> None:
    page = wall
    size = page.viewport_size
    assert size is not None
    for lang in ("zh-TW", "en"):
        if lang == "en":
            page.locator("#lang").click()
            expect(page.locator("#mode")).to_have_text("Peacetime")
            settle(page)
        name = f"{lang} {size['width']}x{size['height']}"
        page.screenshot(path=str(artifacts / f"wall-key-figures-{size['width']}x{size['height']}-{lang}.png"))
        rows = whole(page, "#agencies tr[data-agency]", name)
        names = [r["text"] for r in whole(page, "#agencies tr[data-agency] td.agency", name)]
        wanted = [zh if lang == "zh-TW" else en for zh, en in OPEN_AGENCIES.values()]
        assert all(w in names for w in wanted), (name, names)
        assert names[0] == wanted[0], (name, names)  # the fire bureau first
        assert len(rows) >= len(OPEN_AGENCIES)
        # The strongest rain (its class and gauge) under the rain and water panel's heading,
        # and every station row shown, whole: a name on two lines rather than cut.
        assert len(whole(page, "#rain-top span", name)) >= 3, name
        whole(page, "#trends tr[data-sensor] td", name)
        assert whole(page, "#kpis .tile .tile-value", name), name
        assert whole(page, "#ingest .tile .tile-value", name), name
    page.locator("#lang").click()  # leave the page language as found


def test_before_the_first_snapshot_the_board_says_it_is_loading(
    browser: Browser, seeded: LiveApp, accounts: dict[str, str],
) -> None:
    held: list[WebSocketRoute] = []
    page = browser.new_page(viewport={"width": 1366, "height": 768})

    def hold(ws: WebSocketRoute) -> None:  # open, answering nothing: no snapshot yet
        held.append(ws)

    page.route_web_socket("**/ws/wall*", hold)
    page.goto(f"{seeded.url}/static/wall.html#token={accounts['wall1']}")
    deadline = time.monotonic() + 30
    while not held:  # the page's socket is open (and gets nothing)
        assert time.monotonic() < deadline, "the page never opened its socket"
        page.wait_for_timeout(100)
    board = page.locator("#board")
    expect(board).to_have_text("載入中…", timeout=20_000)
    expect(board).not_to_contain_text("目前無事件")
    page.close()
