"""The console says that a table refuses writes, as the wall does (`#writes-refused`,
``tests/browser/test_wall_writes_refused.py``): ingest's beat naming a table refusing writes
gives a coordinator at the console the same line under the banner, naming the table and how
long, in both languages, inside a 1366x768 screen; a warning, not an outage (the connection
still says live); gone once the table takes writes again."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import psycopg
from playwright.sync_api import Browser, expect

from tests.api.conftest import LiveApp
from tests.browser.test_pages import login
from tests.browser.test_wall_writes_refused import INSTANCE, _beat


def test_the_console_says_which_table_refuses_writes_and_since_when(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_dsn: str,
) -> None:
    since = datetime.now(UTC) - timedelta(minutes=3, seconds=2)
    try:
        page = browser.new_page(viewport={"width": 1366, "height": 768})
        page.add_init_script("localStorage.setItem('soc.lang', 'zh-TW')")
        login(page, f"{live_app.url}/static/console.html", "coord")
        expect(page.locator("#conn.connected")).to_have_count(1, timeout=20_000)
        line = page.locator("#writes-refused")
        _beat(db_dsn, [])
        expect(line).to_be_hidden()
        _beat(db_dsn, [{"table": "readings", "since": since.isoformat(), "sqlstate": "53100"}])
        expect(line).to_be_visible(timeout=20_000)
        expect(line).to_contain_text("資料表 readings 拒收寫入已 3 分")
        expect(line).to_contain_text("恢復後補存")
        expect(page.locator("#conn.connected")).to_have_count(1)  # a warning, not an outage
        box = line.bounding_box()
        assert box is not None
        assert box["y"] >= 0
        assert box["y"] + box["height"] <= 768
        assert line.evaluate("(n) => n.scrollWidth <= n.clientWidth + 1")
        page.locator("#lang").click()
        _beat(db_dsn, [{"table": "readings", "since": since.isoformat(), "sqlstate": "53100"}])
        expect(line).to_contain_text("Table readings has refused writes for 3 min")
        _beat(db_dsn, [])  # the table takes writes again
        expect(line).to_be_hidden(timeout=20_000)
        page.close()
    finally:
        with psycopg.connect(db_dsn, autocommit=True) as conn:
            conn.execute("DELETE FROM service_heartbeats WHERE instance = %s", (INSTANCE,))
