"""A planned event nobody works yet on the coordinator console: its detail lists what it
holds aside as expected of the event (which car park, which call, which slow-down, when
and where), says why that is not dispatched and where to dispatch if the scene needs it;
once a report of its work joins it (planned false), the list is gone (the reports are its
evidence then)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import psycopg
from playwright.sync_api import Browser, Page, expect

from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp
from tests.browser.test_pages import login

INC = f"inc-console-planned-{uuid.uuid4().hex[:6]}"
# (key, kind, agency, feed, category, signal, source, minutes before now, lon, lat)
HELD = (
    ("pk", "event", "transport", "parking", "full", "parking_effect", "SN-PK-003", 50, 120.653, 24.1745),
    ("call", "event", "citizen", "1999", "illegal_parking", "parking_effect", "", 35, 120.6506, 24.1760),
    ("vd", "alert", "traffic", "alert", "congestion", "traffic_slowdown", "SN-VD-HENAN-02", 20, 120.651182, 24.171828),
)
SQL_HELD = """
INSERT INTO ops_incident_held (item_key, incident_id, kind, agency, feed, category, severity, signal,
    observed_at, source_id, geom)
VALUES (%s, %s, %s, %s, %s, %s, 'Minor', %s, %s, %s, ST_SetSRID(ST_MakePoint(%s, %s), 4326))
"""


def seed(conn: psycopg.Connection, now: datetime) -> None:
    """A concert's crowd incident: the permit its only evidence, three effects held aside."""
    t = now - timedelta(hours=1)
    conn.execute(
        "INSERT INTO ops_incidents (incident_id, type, state, severity, priority, agencies, member_count,"
        " first_evidence_at, last_evidence_at, opened_at, updated_at, centroid, planned, held)"
        " VALUES (%s, 'crowd', 'open', 'Severe', 3100, ARRAY[]::text[], 1, %s, %s, %s, %s,"
        " ST_SetSRID(ST_MakePoint(120.6520, 24.1750), 4326), true, %s)",
        (INC, t, t, t, t, len(HELD)))
    for key, kind, agency, feed, cat, sig, src, ago, lon, lat in HELD:
        conn.execute(SQL_HELD, (f"{INC}-{key}", INC, kind, agency, feed, cat, sig,
                                now - timedelta(minutes=ago), src, lon, lat))


def open_detail(page: Page) -> None:
    row = page.locator(f'#incidents tr[data-incident="{INC}"]')
    expect(row).to_be_visible(timeout=20_000)
    row.locator("button.num-open").click()
    expect(page.locator("#detail-box")).to_be_visible()


def test_the_console_lists_what_a_planned_event_holds_aside(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_settings: Settings, db_dsn: str,
) -> None:
    run_geo_load(db_settings)
    with psycopg.connect(db_dsn) as conn:
        seed(conn, datetime.now(UTC))
    page = browser.new_page(viewport={"width": 1920, "height": 1080})
    page.add_init_script("localStorage.setItem('soc.lang', 'zh-TW')")
    login(page, f"{live_app.url}/static/console.html", "coord")
    open_detail(page)
    box = page.locator("#held-box")
    expect(box).to_be_visible(timeout=20_000)
    expect(page.locator("#held-title")).to_have_text("活動說明、暫不派工的通報：3 則")
    expect(page.locator("#held-why")).to_contain_text("請在上方派遣機關")
    rows = page.locator("#held tr")
    expect(rows).to_have_count(3)
    # oldest first, each in words: its source, what it says, where
    expect(rows.nth(0)).to_contain_text("河南路停車場")
    expect(rows.nth(0)).to_contain_text("車位已滿")
    expect(rows.nth(1)).to_contain_text("1999 市民通報")
    expect(rows.nth(1)).to_contain_text("違規停車")
    expect(rows.nth(2)).to_contain_text("河南路車輛偵測器2")
    expect(rows.nth(2)).to_contain_text("車流壅塞")
    for i in range(3):
        expect(rows.nth(i).locator("td").nth(3)).not_to_have_text("")
    # the dispatch controls stand beside it: the coordinator can make it a job
    expect(page.locator("#dispatch-box button[data-action=assign]")).to_be_enabled()

    page.locator("#lang").click()
    expect(page.locator("#held-title")).to_have_text("Reports the event explains, not dispatched: 3", timeout=20_000)
    expect(rows.nth(0)).to_contain_text("Henan Rd car park")
    expect(rows.nth(0)).to_contain_text("Car park full")

    # the police report working it: a job; what it held is its evidence, not listed aside
    with psycopg.connect(db_dsn) as conn:
        conn.execute("UPDATE ops_incidents SET planned = false, held = 0, member_count = 4, updated_at = now()"
                     " WHERE incident_id = %s", (INC,))
    expect(box).to_be_hidden(timeout=20_000)
