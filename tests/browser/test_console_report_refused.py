"""An agency report the ops center refused is on the incident's timeline in words: the
coordinator sees that the water bureau reported 已結案 while its assignment is still
已派工, and what it may report, in both languages (the service's row, as
``ops_center/agency_reports.py`` writes it; ``tests/api/test_assignment_reports.py`` shows
the service writing it and telling the agency)."""

from __future__ import annotations

from datetime import UTC, datetime

import psycopg
from playwright.sync_api import Browser, expect
from psycopg.types.json import Jsonb

from tests.api.conftest import LiveApp
from tests.browser.test_pages import login, seed_incident


def test_a_refused_agency_report_is_on_the_timeline_in_words(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_dsn: str
) -> None:
    now = datetime.now(UTC)
    with psycopg.connect(db_dsn) as conn:
        seed_incident(conn, now)
        conn.execute(
            "INSERT INTO ops_incident_history (incident_id, at, actor, action, reason, detail) VALUES"
            " ('inc-console-1', %s, 'agency-water', 'report_refused', %s, %s)",
            (now, "assignment inc-console-1/water: illegal transition assigned -> cleared",
             Jsonb({"agency": "water", "state": "cleared", "current": "assigned",
                    "allowed": ["acknowledged"], "by": "水利局系統"})))
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.add_init_script("localStorage.setItem('soc.lang', 'zh-TW')")
    login(page, f"{live_app.url}/static/console.html", "coord")
    row = page.locator('#incidents tr[data-incident="inc-console-1"]')
    expect(row).to_be_visible(timeout=20_000)
    row.locator("td").first.click()
    refused = page.locator("#timeline tr").filter(has_text="機關回報遭拒")
    expect(refused).to_have_count(1, timeout=20_000)
    expect(refused).to_contain_text("機關回報遭拒（未採用）")
    expect(refused).to_contain_text("水利局回報「已結案」，但派工目前為「已派工」；可回報：已確認")
    expect(refused).not_to_contain_text("illegal transition")
    page.locator("#lang").click()
    refused = page.locator("#timeline tr").filter(has_text="agency report refused")
    expect(refused).to_contain_text("reported \u201ccleared\u201d but its assignment is \u201cassigned\u201d;"
                                    " it may report: acknowledged")
    page.close()
