"""The coordinator console never says 即時連線 / "Live" over a list that stands still: with
the correlation and dispatch engine required and never started, and then the database out
of the app's reach (its websocket still up), the banner says 系統異常 / "Degraded" and names
what is down; with the database back, the database leaves the banner."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from common.settings import Settings
from tests.api.conftest import LiveApp
from tests.browser.test_pages import console_with_nine
from tests.browser.test_wall_stale import database_unreachable


@pytest.fixture(scope="module")
def required_processes() -> tuple[str, ...]:
    """Ops is required and never runs here."""
    return ("ops",)


def test_the_console_names_what_is_down_instead_of_live(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_settings: Settings, db_dsn: str,
    artifacts: Path,
) -> None:
    page = console_with_nine(browser, live_app.url, db_settings, db_dsn)
    conn, text = page.locator("#conn"), page.locator("#conn-text")
    expect(conn).to_have_class("dot degraded", timeout=20_000)
    expect(text).to_have_text("系統異常：事件關聯與派工引擎")
    with database_unreachable(db_settings):
        expect(text).to_have_text("系統異常：資料庫、事件關聯與派工引擎", timeout=30_000)
        page.screenshot(path=str(artifacts / "console-db-down.png"))
        page.locator("#lang").click()
        expect(text).to_have_text("Degraded: database, correlation and dispatch engine")
        page.locator("#lang").click()
    expect(text).to_have_text("系統異常：事件關聯與派工引擎", timeout=30_000)
    expect(conn).to_have_class("dot degraded")
    page.close()
