"""The planner page through an outage: with the server's reads and "recompute now" answered
503, a language switch draws the figures shown in the new language (not half the page in
the old one), a failed recomputation is said in the page's language as it is now, and it
goes once a read succeeds again."""

from __future__ import annotations

from playwright.sync_api import Browser, expect

from tests.api.conftest import LiveApp
from tests.browser.test_pages import login
from tests.browser.test_planner import SEED
from tests.browser.test_planner_table import unavailable

HOW_ZH = "計算方式：(超前或相符進度案件總數/繼續列管案件總數)*100% · 每年計算"
HOW_EN = "Formula: tenders ahead of or on schedule / tenders under continued control × 100 % · computed yearly"
DOWN_ZH = "服務暫時無法使用（資料庫或服務中斷），請稍後再試"
DOWN_EN = "Temporarily unavailable (the database or a service is down); try again shortly"


def test_the_planner_follows_the_language_and_clears_a_failed_recompute_once_reads_succeed(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str]
) -> None:
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.add_init_script("localStorage.setItem('soc.lang', 'zh-TW')")
    login(page, f"{live_app.url}/static/planner.html", "plan")
    expect(page.locator("#measures tbody tr")).to_have_count(9, timeout=20_000)
    page.set_input_files("#import input[type=file]", str(SEED))
    page.click("#import button[type=submit]")
    expect(page.locator("#import-result.ok")).to_be_visible(timeout=20_000)
    how = page.locator('#measures tr[data-indicator="4.1"] .how')
    value = page.locator('#measures tr[data-indicator="4.1"] .value')
    expect(value).to_have_text("91.99 %", timeout=20_000)
    expect(how).to_have_text(HOW_ZH)

    for path in ("**/api/kpis/status", "**/api/kpis/scores", "**/api/kpis/compute"):
        page.route(path, unavailable)
    page.locator("#lang").click()
    error = page.locator("#refresh-error")
    expect(error).to_contain_text(DOWN_EN, timeout=20_000)
    expect(how).to_have_text(HOW_EN)  # the figures shown, in the page's language
    expect(value).to_have_text("91.99 %")
    expect(page.locator("#last-run")).to_contain_text("Last computed")
    page.locator("#recompute").click()
    result = page.locator("#recompute-result")
    expect(result).to_have_text(DOWN_EN, timeout=20_000)
    page.locator("#lang").click()
    expect(result).to_have_text(DOWN_ZH)
    expect(error).to_contain_text(DOWN_ZH, timeout=20_000)
    expect(how).to_have_text(HOW_ZH)

    for path in ("**/api/kpis/status", "**/api/kpis/scores", "**/api/kpis/compute"):
        page.unroute(path)
    page.locator("#lang").click()  # a read, which succeeds
    expect(error).to_be_hidden(timeout=20_000)
    expect(result).to_have_text("")
    expect(how).to_have_text(HOW_EN)
    page.locator("#lang").click()
    expect(how).to_have_text(HOW_ZH)
    page.close()
