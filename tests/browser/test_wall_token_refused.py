"""A wall whose display token is refused under it keeps what it showed and says why.

The live app over a seeded database and a headless Chromium on the wall. Once the wall is
live with its board, rain and ingest figures, the display account's tokens are revoked the
way docs/web.md names (``web_users.token_version`` bumped, which closes its websockets with
4401). An operator must not read a blank or quiet wall as a quiet night: the board's cards
and the rain figures stay, every panel that said live says it is not, with how long, and a
large line says in both languages that the display token was refused and an administrator
must issue a new one.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest
from playwright.sync_api import Browser, Page, expect

from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp
from tests.browser import test_wall_reading as reading
from tests.browser.conftest import expect_on_map

#: "Large": well above the wall's smallest text (docs/web.md, "Reading distance": 20 px).
LARGE_PX = 32.0


def _on_board(page: Page) -> int:
    """The incidents the board names: its cards and the count of its "+N more" line."""
    cards = page.locator("#board article[data-incident]").count()
    more = re.search(r"\d+", page.locator("#board-more").inner_text())
    return cards + (int(more.group()) if more else 0)


@pytest.fixture(scope="module")
def seeded(live_app: LiveApp, db_settings: Settings, db_dsn: str) -> None:
    run_geo_load(db_settings)
    reading.seed(db_dsn, datetime.now(UTC))


def test_a_refused_token_keeps_the_last_figures_marked_not_live_and_says_so(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], seeded: None, db_dsn: str, artifacts: Path,
) -> None:
    page = browser.new_page(viewport={"width": 1920, "height": 1080})
    page.add_init_script("localStorage.setItem('soc.lang', 'zh-TW')")
    page.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}")
    expect(page.locator("#conn.connected")).to_have_count(1, timeout=30_000)
    cards = page.locator("#board article[data-incident]")
    expect(cards.first).to_be_visible(timeout=30_000)
    rain = page.locator('#trends tr[data-sensor="SN-RG-001"]')
    expect(rain).to_have_count(1, timeout=30_000)
    live = page.locator("section .age[data-age=live]")
    expect(live.first).to_have_text("即時", timeout=30_000)
    shown = cards.evaluate_all("(xs) => xs.map((x) => x.dataset.incident)")
    before = _on_board(page)
    assert before == len(reading.INCIDENTS)
    rain_text = rain.text_content()
    assert shown, "no card on the board before the token is refused"

    with psycopg.connect(db_dsn, autocommit=True) as conn:
        conn.execute("UPDATE web_users SET token_version = token_version + 1 WHERE user_name = 'wall1'")

    expect(page.locator("#conn.auth_failed")).to_have_count(1, timeout=30_000)
    message = page.locator("#token-refused")
    expect(message).to_be_visible()
    # Both languages at once: the wall has nobody to click the toggle.
    expect(message).to_contain_text("顯示權杖遭拒")
    expect(message).to_contain_text("請管理員核發新的顯示權杖")
    expect(message).to_contain_text("display token was refused", ignore_case=True)
    expect(message).to_contain_text("an administrator must issue a new one", ignore_case=True)
    px = message.evaluate("(n) => parseFloat(getComputedStyle(n.querySelector('.refused-what')).fontSize)")
    assert px >= LARGE_PX, f"the refusal is said in {px} px text, not large"
    # The last figures stay: the most urgent card first, and every incident either a card or
    # counted under the board (the message's room leaves fewer cards whole), on the map too.
    assert cards.evaluate_all("(xs) => xs.map((x) => x.dataset.incident)")[0] == shown[0]
    assert _on_board(page) == before
    expect_on_map(page, len(reading.INCIDENTS))
    assert rain.text_content() == rain_text
    expect(page.locator("#trends tr[data-sensor]").first).to_be_visible()
    # Not live, with the data's age: every panel that said live says since when it is down,
    # and the message names the age of what is shown.
    for i in range(live.count()):
        expect(live.nth(i)).to_have_class("age stale")
        expect(live.nth(i)).to_contain_text("中斷")
    expect(message).to_contain_text("資料時間")
    page.screenshot(path=str(artifacts / "wall-token-refused.png"))
    page.locator("#lang").click()
    for i in range(live.count()):
        expect(live.nth(i)).to_contain_text("down")
    expect(message).to_contain_text("顯示權杖遭拒")
    expect(message).to_contain_text("Data as of")
    page.close()
