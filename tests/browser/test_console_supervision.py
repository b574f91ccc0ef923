"""The console says that supervision has stopped, as the wall does: a supervisor that beat
and stopped beating (hung or killed: its last beat past the staleness limit, what a SIGSTOPped
``soc supervise`` leaves, ``tests/browser/test_wall_health.py``) makes ``/api/health`` name it
in ``warnings``, and a coordinator dispatching from the console reads the same warning line
under the banner, in both languages, inside a 1366x768 screen; a warning, not an outage (the
connection still says live); gone once the supervisor beats again."""

from __future__ import annotations

import time

import psycopg
from playwright.sync_api import Browser, expect

from tests import http_calls
from tests.api.conftest import LiveApp
from tests.browser.test_pages import login

#: The supervisor's last beat: just after the database server started (a beat from before its
#: start would count as silenced by that outage, common.health.silent_since), so it is down
#: once the staleness limit (30 s) has passed since; or now: beating.
STOPPED = ("INSERT INTO service_heartbeats (service, instance, beat_at, detail)"
           " VALUES ('supervisor', 'supervision-test', pg_postmaster_start_time() + interval '1 ms', '{}')"
           " ON CONFLICT (service, instance) DO UPDATE SET beat_at = EXCLUDED.beat_at")
BEATING = "UPDATE service_heartbeats SET beat_at = now() WHERE instance = 'supervision-test'"


def warnings(url: str) -> list[str]:
    return list(http_calls.get(f"{url}/api/health", timeout=10).json()["warnings"])


def test_the_console_warns_that_supervision_has_stopped(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_dsn: str,
) -> None:
    with psycopg.connect(db_dsn) as conn:
        conn.execute(STOPPED)
    try:
        deadline = time.monotonic() + 60
        while warnings(live_app.url) != ["supervisor"]:
            assert time.monotonic() < deadline, "/api/health never named the stopped supervisor"
            time.sleep(0.5)
        page = browser.new_page(viewport={"width": 1366, "height": 768})
        page.add_init_script("localStorage.setItem('soc.lang', 'zh-TW')")
        login(page, f"{live_app.url}/static/console.html", "coord")
        line = page.locator("#supervision")
        expect(line).to_be_visible(timeout=20_000)
        expect(line).to_contain_text("監控程序已停止")
        expect(line).to_contain_text("服務異常時不會自動重啟")
        expect(page.locator("#conn.connected")).to_have_count(1)  # a warning, not an outage
        box = line.bounding_box()
        assert box is not None
        assert box["y"] >= 0
        assert box["y"] + box["height"] <= 768
        assert line.evaluate("(n) => n.scrollWidth <= n.clientWidth")
        page.locator("#lang").click()
        expect(line).to_contain_text("Supervision stopped for")
        expect(line).to_contain_text("processes will not be restarted")
        with psycopg.connect(db_dsn) as conn:
            conn.execute(BEATING)
        expect(line).to_be_hidden(timeout=20_000)
        page.close()
    finally:
        with psycopg.connect(db_dsn) as conn:
            conn.execute("DELETE FROM service_heartbeats WHERE instance = 'supervision-test'")
