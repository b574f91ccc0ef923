"""A planner's session that ends while the page is open (its 12 h token expires, or is
revoked) with a CSV file chosen for import: the import is answered 401, the page asks to
log in again above itself, keeps the file chosen, and the import goes through once the
planner is back (a reload would lose the choice and the figures shown)."""

from __future__ import annotations

from playwright.sync_api import Browser, expect

from tests import http_calls
from tests.api.conftest import PASSWORD, LiveApp, auth
from tests.browser.test_planner import SEED, open_planner


def test_a_session_ended_before_an_import_asks_to_log_in_again_and_keeps_the_file(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str]
) -> None:
    page = open_planner(browser, live_app)
    page.set_input_files("#import input[type=file]", str(SEED))
    token = page.evaluate("() => sessionStorage.getItem('soc.token')")
    assert http_calls.post(f"{live_app.url}/api/auth/logout", headers=auth(token), timeout=20).status_code == 204

    page.click("#import button[type=submit]")
    form = page.locator("#login")
    expect(form).to_be_visible(timeout=20_000)
    expect(page.locator("#login-error")).to_have_text("登入已失效，請重新登入")
    expect(page.locator("#measures tbody tr")).to_have_count(9)  # the figures stay in sight

    page.fill("#login input[name=username]", "plan")
    page.fill("#login input[name=password]", PASSWORD)
    page.click("#login button[type=submit]")
    expect(form).to_be_hidden(timeout=20_000)
    assert page.evaluate("() => document.querySelector('#import input[type=file]').files.length") == 1
    page.click("#import button[type=submit]")
    expect(page.locator("#import-result.ok")).to_be_visible(timeout=20_000)
    expect(page.locator('#measures tr[data-indicator="4.1"] .value')).to_have_text("91.99 %", timeout=20_000)
    page.close()
