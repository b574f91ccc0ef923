"""The console's login screen says nothing it does not know: no mode (the center may be in
戰時 while the page would say 平時) and no connection state ("Reconnecting" while nothing
connects), in either language; both appear once signed in."""

from __future__ import annotations

from playwright.sync_api import Browser, expect

from tests.api.conftest import LiveApp
from tests.browser.test_pages import login


def test_the_login_screen_shows_no_mode_and_no_connection_state(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str]
) -> None:
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.add_init_script("localStorage.setItem('soc.lang', 'zh-TW')")
    page.goto(f"{live_app.url}/static/console.html")
    expect(page.locator("#login")).to_be_visible(timeout=20_000)
    banner = page.locator("#banner")
    for peace, emergency, reconnecting in (("平時", "戰時", "重新連線中"), ("Peacetime", "Emergency", "Reconnecting")):
        expect(page.locator("#login")).to_be_visible()
        for word in (peace, emergency, reconnecting):
            expect(banner).not_to_contain_text(word, use_inner_text=True)
        expect(page.locator("#mode")).not_to_be_visible()
        expect(page.locator("#conn-text")).not_to_be_visible()
        if peace == "平時":
            page.locator("#lang").click()
            expect(page.locator("#login h2")).to_have_text("Log in")
    page.locator("#lang").click()
    login(page, f"{live_app.url}/static/console.html", "coord")
    expect(page.locator("#mode")).to_be_visible(timeout=20_000)
    expect(page.locator("#conn-text")).to_be_visible()
    page.close()
