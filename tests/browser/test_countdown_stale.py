"""A dispatch countdown never looks live over data that are not: while the correlation and
dispatch engine (which writes the assignments) is down, whether an agency has answered is
not known, so every countdown on the wall's board and in the console says 資料非即時 /
"not live" (never 未確認, the word for an agency that has not acknowledged); once the
engine beats again the countdowns are plain again."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
import pytest
from playwright.sync_api import Browser, Page, expect

from tests.api.conftest import LiveApp
from tests.browser import test_wall_stale
from tests.browser.test_pages import login
from tests.browser.test_wall_reading import INCIDENTS

#: The stale wall's fixtures: ops required and not running; the reading test's nine incidents.
required_processes = test_wall_stale.required_processes
seeded = test_wall_stale.seeded

UNCONFIRMED = {"zh-TW": "資料非即時", "en": "not live"}
BEAT = ("INSERT INTO service_heartbeats (service, instance, beat_at, detail)"
        " VALUES ('ops', 'countdown-test', now() + interval '10 minutes', '{}')"
        " ON CONFLICT (service, instance) DO UPDATE SET beat_at = EXCLUDED.beat_at")


@contextmanager
def ops_beating(dsn: str) -> Iterator[None]:
    with psycopg.connect(dsn) as conn:
        conn.execute(BEAT)
    try:
        yield
    finally:
        with psycopg.connect(dsn) as conn:
            conn.execute("DELETE FROM service_heartbeats WHERE instance = 'countdown-test'")


def check(page: Page, selector: str, lang: str, stale: bool) -> None:
    """Every countdown says unconfirmed (text, class and label) when stale; none does when live."""
    countdowns = page.locator(selector)
    expect(countdowns.first).to_be_visible(timeout=20_000)
    word = UNCONFIRMED[lang]
    if stale:
        expect(countdowns.filter(has_not_text=word)).to_have_count(0, timeout=20_000)
        expect(countdowns.and_(page.locator(":not(.unconfirmed)"))).to_have_count(0)
        assert all(word in (t or "") for t in page.eval_on_selector_all(
            selector, "(ns) => ns.map((n) => n.getAttribute('aria-label'))"))
    else:
        expect(countdowns.filter(has_text=word)).to_have_count(0, timeout=20_000)
        expect(countdowns.and_(page.locator(".unconfirmed"))).to_have_count(0)


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
def test_the_walls_countdowns_say_unconfirmed_while_ops_is_down(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], seeded: None, db_dsn: str, lang: str,
) -> None:
    page = browser.new_page(viewport={"width": 1920, "height": 1080})
    page.add_init_script(f"localStorage.setItem('soc.lang', '{lang}')")
    page.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}")
    expect(page.locator("#conn.degraded")).to_have_count(1, timeout=20_000)
    countdowns = "#board .countdown[data-deadline]:not([data-deadline=''])"
    check(page, countdowns, lang, stale=True)
    with ops_beating(db_dsn):
        expect(page.locator("#conn.connected")).to_have_count(1, timeout=20_000)
        check(page, countdowns, lang, stale=False)
    expect(page.locator("#conn.degraded")).to_have_count(1, timeout=20_000)
    check(page, countdowns, lang, stale=True)
    page.close()


def test_the_consoles_countdowns_say_unconfirmed_while_ops_is_down(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], seeded: None, db_dsn: str,
) -> None:
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.add_init_script("localStorage.setItem('soc.lang', 'zh-TW')")
    login(page, f"{live_app.url}/static/console.html", "coord")
    expect(page.locator("#incidents tr[data-incident]")).to_have_count(len(INCIDENTS), timeout=20_000)
    expect(page.locator("#conn")).to_have_class("dot degraded", timeout=20_000)
    countdowns = "#incidents .countdown[data-deadline], #overdue-list .countdown[data-deadline]"
    check(page, countdowns, "zh-TW", stale=True)
    with ops_beating(db_dsn):
        expect(page.locator("#conn")).to_have_class("dot connected", timeout=20_000)
        check(page, countdowns, "zh-TW", stale=False)
    page.locator("#lang").click()
    check(page, countdowns, "en", stale=True)
    page.close()


#: Installed before the page's scripts: what the console shows at every change the user
#: could see (a MutationObserver runs after each task, before the page is painted).
WATCH_JS = """
window.__seen = [];
new MutationObserver(() => {
  const conn = document.getElementById('conn-text');
  const list = document.getElementById('incidents');
  window.__seen.push({
    conn: conn ? conn.textContent : '',
    list: list && list.querySelector('td.empty') ? list.querySelector('td.empty').textContent : '',
    due: [...document.querySelectorAll('#incidents .countdown')].map((n) => n.textContent),
  });
}).observe(document, { childList: true, characterData: true, subtree: true });
"""


def test_the_console_after_login_shows_loading_then_the_live_states_never_unconfirmed(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], seeded: None, db_dsn: str,
) -> None:
    with ops_beating(db_dsn):
        page = browser.new_page(viewport={"width": 1366, "height": 768})
        page.add_init_script("localStorage.setItem('soc.lang', 'zh-TW')")
        page.add_init_script(WATCH_JS)
        login(page, f"{live_app.url}/static/console.html", "coord")
        expect(page.locator("#incidents tr[data-incident]")).to_have_count(len(INCIDENTS), timeout=20_000)
        expect(page.locator("#conn")).to_have_class("dot connected", timeout=20_000)
        seen: list[dict[str, object]] = page.evaluate("window.__seen")
        page.close()
    stale = [s for s in seen if any(UNCONFIRMED["zh-TW"] in str(d) for d in s["due"])]  # type: ignore[attr-defined]
    assert stale == [], f"countdowns said the data were not live after login: {stale[:3]}"
    # Before the first data the list says it is loading, never that there are no incidents.
    lists = [s["list"] for s in seen if s["list"]]
    assert "目前無事件" not in lists, lists
    assert "載入中…" in lists, lists
