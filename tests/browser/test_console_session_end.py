"""A coordinator's session that ends mid-action (its 12 h token expires on a long typhoon
night, or is revoked) while a note is typed: the console asks to log in again over the
page, keeps what was typed, and the note is sent once the coordinator is back; the live
feed comes back with the new session (a reload would lose the typed text)."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import psycopg
from playwright.sync_api import Browser, expect

from tests import http_calls
from tests.api.conftest import PASSWORD, LiveApp, auth
from tests.browser.test_console_confirm import seed
from tests.browser.test_pages import login

INC = "inc-session-end"
NOTE = "颱風夜：中央公園抽水機已就位，請水利局派員確認滯洪池水位（第二次通報）"


def test_a_session_ended_mid_action_asks_to_log_in_again_and_keeps_the_typed_note(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_dsn: str
) -> None:
    with psycopg.connect(db_dsn) as conn:
        seed(conn, datetime.now(UTC), INC, (("water", "assigned"),))
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.add_init_script("localStorage.setItem('soc.lang', 'zh-TW')")
    login(page, f"{live_app.url}/static/console.html", "coord")
    row = page.locator(f'#incidents tr[data-incident="{INC}"]')
    expect(row).to_be_visible(timeout=20_000)
    expect(page.locator("#conn-text")).to_have_text("即時連線", timeout=30_000)
    row.locator("td").first.click()
    box = page.locator("#dispatch-box")
    expect(box).to_be_visible(timeout=20_000)
    note = box.locator("input[name=note-text]")
    note.fill(NOTE)

    # The session ends while the note is typed (revoked here; an expiry answers the same 401).
    token = page.evaluate("() => sessionStorage.getItem('soc.token')")
    assert http_calls.post(f"{live_app.url}/api/auth/logout", headers=auth(token), timeout=20).status_code == 204
    box.locator("button[data-action=note]").click()
    form = page.locator("#login")
    expect(form).to_be_visible(timeout=20_000)
    expect(page.locator("#login-error")).to_have_text("登入已失效，請重新登入")

    # A mistyped password is said in the page's language, and the typed note is kept.
    page.fill("#login input[name=username]", "coord")
    page.fill("#login input[name=password]", PASSWORD + "-typo")
    page.click("#login button[type=submit]")
    expect(page.locator("#login-error")).to_have_text("帳號或密碼錯誤", timeout=20_000)

    page.fill("#login input[name=username]", "coord")
    page.fill("#login input[name=password]", PASSWORD)
    page.click("#login button[type=submit]")
    expect(form).to_be_hidden(timeout=20_000)
    expect(note).to_have_value(NOTE)
    box.locator("button[data-action=note]").click()
    deadline = time.monotonic() + 30
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        while True:
            rows = conn.execute("SELECT actor FROM ops_commands WHERE incident_id = %s AND kind = 'note'"
                                " AND args->>'text' = %s", (INC, NOTE)).fetchall()
            if rows:
                break
            assert time.monotonic() < deadline, "the note never reached the ops center's queue"
            time.sleep(0.2)
    assert rows == [("coord",)]
    # The live feed follows the new session.
    expect(page.locator("#conn-text")).to_have_text("即時連線", timeout=30_000)
    page.close()
