"""The console of an account without the wall feed (a planner, an agency member) says the
mode the center is in: after a coordinator's switch to 戰時 (whose shorter deadlines are the
agency's), a planner's page says 戰時 and an agency member's page "Emergency", never the
peacetime default, and neither says 即時連線 / "Live" for a feed it does not have (it polls)
(real headless Chromium against the live app)."""

from __future__ import annotations

from playwright.sync_api import Browser, expect

from tests import http_calls
from tests.api.conftest import LiveApp, auth
from tests.browser.test_pages import login


def test_planner_and_agency_consoles_say_the_emergency_mode_in_force(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str]
) -> None:
    r = http_calls.post(f"{live_app.url}/api/mode", headers=auth(accounts["coord"]), timeout=20,
                        json={"mode": "emergency", "reason": "颱風警報：海上陸上颱風警報發布"})
    assert r.status_code == 200, r.text
    for user, lang, mode, live in (("plan", "zh-TW", "戰時", "即時連線"), ("police1", "en", "Emergency", "Live")):
        page = browser.new_page(viewport={"width": 1366, "height": 768})
        page.add_init_script(f"localStorage.setItem('soc.lang', '{lang}')")
        login(page, f"{live_app.url}/static/console.html", user)
        expect(page.locator("#mode")).to_have_text(mode, timeout=30_000)
        expect(page.locator("#banner")).to_have_class("banner emergency")
        expect(page.locator("#conn-text")).not_to_have_text(live)
        page.close()
