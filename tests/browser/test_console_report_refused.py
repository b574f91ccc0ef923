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
        # a report that did not parse (a misspelt state): no state reported
        conn.execute(
            "INSERT INTO ops_incident_history (incident_id, at, actor, action, reason, detail) VALUES"
            " ('inc-console-1', %s, 'agency-water', 'report_refused', %s, %s)",
            (now, "bad_payload: 1 validation error for StatusPayload",
             Jsonb({"agency": "water", "state": None, "current": "assigned", "allowed": ["acknowledged"],
                    "by": "", "error": "bad_payload"})))
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.add_init_script("localStorage.setItem('soc.lang', 'zh-TW')")
    login(page, f"{live_app.url}/static/console.html", "coord")
    row = page.locator('#incidents tr[data-incident="inc-console-1"]')
    expect(row).to_be_visible(timeout=20_000)
    row.locator("td").first.click()
    refused = page.locator("#timeline tr").filter(has_text="機關回報遭拒")
    expect(refused).to_have_count(2, timeout=20_000)
    expect(refused.filter(has_text="已結案")).to_contain_text("機關回報遭拒（未採用）")
    expect(refused.filter(has_text="已結案")).to_contain_text(
        "水利局回報「已結案」，但派工目前為「已派工」；可回報：已確認")
    expect(refused.filter(has_text="格式不符")).to_contain_text(
        "水利局的回報格式不符，無法判讀；派工目前為「已派工」；可回報：已確認")
    expect(page.locator("#timeline")).not_to_contain_text("illegal transition")
    expect(page.locator("#timeline")).not_to_contain_text("bad_payload")
    page.locator("#lang").click()
    refused = page.locator("#timeline tr").filter(has_text="agency report refused")
    expect(refused.filter(has_text="reported")).to_contain_text(
        "reported \u201ccleared\u201d but its assignment is \u201cassigned\u201d; it may report: acknowledged")
    expect(refused.filter(has_text="could not be read")).to_contain_text(
        "its assignment is \u201cassigned\u201d; it may report: acknowledged")
    page.close()
