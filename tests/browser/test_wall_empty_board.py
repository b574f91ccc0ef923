"""The wall's first frame with no incident yet: the incidents panel's empty state is one
whole, readable line inside the board, while the other panels are full of data, at the
smallest screens in both languages."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp
from tests.browser import test_wall_reading as reading
from tests.browser.conftest import settle


def seed_without_incidents(dsn: str) -> None:
    """The reading test's alerts, rain, water levels and camera event, and no incident."""
    keep = reading.INCIDENTS
    reading.INCIDENTS = []
    try:
        reading.seed(dsn, datetime.now(UTC))
    finally:
        reading.INCIDENTS = keep


def empty_line(page: Page) -> dict[str, float]:
    """Where the empty state's text lies against the board and its panel (screen px)."""
    box: dict[str, float] = page.evaluate("""() => {
      const p = document.querySelector('#board .empty');
      const board = document.getElementById('board').getBoundingClientRect();
      const panel = document.querySelector('.board-panel').getBoundingClientRect();
      const range = document.createRange(); range.selectNodeContents(p);
      const text = range.getBoundingClientRect();
      return { top: text.top, bottom: text.bottom, left: text.left, right: text.right,
               lines: range.getClientRects().length, board_top: board.top, board_bottom: board.bottom,
               board_left: board.left, board_right: board.right, panel_bottom: panel.bottom,
               px: parseFloat(getComputedStyle(p).fontSize) };
    }""")
    return box


@pytest.fixture(scope="module")
def seeded(live_app: LiveApp, db_settings: Settings, db_dsn: str) -> None:
    run_geo_load(db_settings)
    seed_without_incidents(db_dsn)


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1440, 900), (1920, 1080)])
@pytest.mark.parametrize("lang", ["zh-TW", "en"])
def test_the_empty_board_shows_one_whole_line(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], seeded: None, artifacts: Path,
    width: int, height: int, lang: str,
) -> None:
    page = browser.new_page(viewport={"width": width, "height": height})
    page.add_init_script(f"localStorage.setItem('soc.lang', '{lang}')")
    page.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}")
    expect(page.locator("#conn.connected")).to_have_count(1, timeout=20_000)
    # The other panels full first: the board keeps only the room its empty state asks for.
    expect(page.locator('#trends tr[data-sensor="SN-RG-001"]')).to_have_count(1, timeout=30_000)
    expect(page.locator('#cameras tr[data-camera="SN-CCTV-001"]')).to_have_count(1, timeout=30_000)
    expect(page.locator("#board .empty")).to_have_text("目前無事件" if lang == "zh-TW" else "No incidents")
    settle(page)  # the rows are handed out on the next animation frames
    box = empty_line(page)
    assert box["lines"] == 1, box
    assert box["px"] >= reading.MIN_TEXT_PX, box
    assert box["board_top"] - 0.5 <= box["top"], box
    assert box["bottom"] <= box["board_bottom"] + 0.5, f"the empty state is cut at the board's bottom: {box}"
    assert box["board_left"] - 0.5 <= box["left"], box
    assert box["right"] <= box["board_right"] + 0.5, box
    page.screenshot(path=str(artifacts / f"wall-empty-board-{width}-{lang}.png"))
    page.close()
