"""More webhook deliveries failed for good than the console's first page holds (a long
night of an agency's receiver refusing): the list says so and reaches every one of them,
each once, so an alert manager can queue any of them again."""

from __future__ import annotations

from playwright.sync_api import Browser, expect

from tests.api.conftest import LiveApp
from tests.browser.test_console_deliveries import failed_deliveries
from tests.browser.test_pages import login

COUNT = 53


def test_every_failed_delivery_is_reached_past_the_first_fifty(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_dsn: str
) -> None:
    ids = failed_deliveries(db_dsn, COUNT)
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.add_init_script("localStorage.setItem('soc.lang', 'zh-TW')")
    login(page, f"{live_app.url}/static/console.html", "coord")
    rows = page.locator("#failed-deliveries tr[data-delivery]")
    expect(rows).to_have_count(50, timeout=20_000)
    more = page.locator("#deliveries-more")
    expect(more).to_have_text("顯示更多（已列出 50 筆）")
    more.click()
    expect(rows).to_have_count(COUNT, timeout=20_000)
    expect(more).to_have_count(0)
    shown = rows.evaluate_all("rows => rows.map((r) => Number(r.dataset.delivery))")
    assert sorted(shown) == sorted(ids)
    page.close()
