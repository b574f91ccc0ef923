"""An open job no agency is sent to, as the coordinator and the wall read it: labelled
待派工 / awaiting dispatch (the console's state, the wall's card and marker, the API's
``awaiting_dispatch``), never 處理中 (in progress); once an agency is assigned it reads as
any job in progress."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import psycopg
from playwright.sync_api import Browser, Page, expect

from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp, auth
from tests.browser.test_pages import login
from tests.browser.test_wall_reading import SQL_ASSIGNMENT

WAITING = "inc-await-flood"
WORKED = "inc-await-crash"

SQL_INCIDENT = """
INSERT INTO ops_incidents (incident_id, type, state, severity, priority, agencies, member_count,
    first_evidence_at, last_evidence_at, opened_at, updated_at, centroid, number)
VALUES (%(id)s, %(type)s, 'open', %(sev)s, 1100, ARRAY['citizen'], 1, %(t)s, %(t)s, %(t)s, %(t)s,
    ST_SetSRID(ST_MakePoint(%(lon)s, %(lat)s), 4326), %(number)s)
"""


def seed(dsn: str, now: datetime) -> None:
    """A Minor flood from one call (below its route's minimum: nobody sent) opened 5 min ago,
    and a crash opened 10 min ago with the traffic bureau assigned (due in 10 min)."""
    with psycopg.connect(dsn) as conn:
        conn.execute(SQL_INCIDENT, {"id": WAITING, "type": "flood", "sev": "Minor", "number": 41,
                                    "t": now - timedelta(minutes=5), "lon": 120.6436, "lat": 24.1917})
        t1 = now - timedelta(minutes=10)
        conn.execute(SQL_INCIDENT, {"id": WORKED, "type": "traffic", "sev": "Moderate", "number": 42,
                                    "t": t1, "lon": 120.6480, "lat": 24.1760})
        conn.execute(SQL_ASSIGNMENT, (WORKED, "traffic", "assigned", t1, t1, None, now + timedelta(minutes=10), 0))


def check_console(page: Page, word: str, why: str, in_progress: str) -> None:
    waiting = page.locator(f'#incidents tr[data-incident="{WAITING}"] td.inc-state')
    expect(waiting.locator(".awaiting-tag")).to_have_text(word, timeout=20_000)
    expect(waiting.locator(".awaiting-why")).to_have_text(why)
    expect(waiting).not_to_contain_text(in_progress)
    worked = page.locator(f'#incidents tr[data-incident="{WORKED}"] td.inc-state')
    expect(worked).to_have_text(in_progress)
    expect(worked.locator(".awaiting-tag")).to_have_count(0)


def check_wall(page: Page, word: str, why: str) -> None:
    card = page.locator(f'#board article.card[data-incident="{WAITING}"]')
    expect(card.locator(".awaiting-tag")).to_have_text(word, timeout=20_000)
    expect(card.locator(".awaiting-why")).to_have_text(why)
    marker = page.locator(f'#map g.incident[data-incident="{WAITING}"]')
    expect(marker.locator(".badge-text")).to_have_text([word])
    expect(marker.locator("title")).to_contain_text(word)
    other = page.locator(f'#board article.card[data-incident="{WORKED}"]')
    expect(other.locator(".assignment")).to_have_count(1)
    expect(other.locator(".awaiting-tag")).to_have_count(0)


def test_a_job_nobody_is_sent_to_reads_awaiting_dispatch_until_an_agency_is_assigned(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_settings: Settings,
    db_dsn: str, artifacts: Path,
) -> None:
    run_geo_load(db_settings)
    seed(db_dsn, datetime.now(UTC))
    listed = httpx.get(f"{live_app.url}/api/incidents", headers=auth(accounts["coord"]), timeout=20).json()
    assert {i["incident_id"]: i["awaiting_dispatch"] for i in listed} == {WAITING: True, WORKED: False}

    console = browser.new_page(viewport={"width": 1920, "height": 1080})
    console.add_init_script("localStorage.setItem('soc.lang', 'zh-TW')")
    login(console, f"{live_app.url}/static/console.html", "coord")
    check_console(console, "待派工", "尚未派遣任何機關", "處理中")
    console.locator(f'#incidents tr[data-incident="{WAITING}"] button.num-open').click()
    expect(console.locator("#detail-sub")).to_contain_text("待派工")
    expect(console.locator("#detail-sub")).not_to_contain_text("處理中")

    wall = browser.new_page(viewport={"width": 1920, "height": 1080})
    wall.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}")
    expect(wall.locator("#conn.connected")).to_have_count(1, timeout=20_000)
    check_wall(wall, "待派工", "尚未派遣任何機關")
    wall.screenshot(path=str(artifacts / "wall-awaiting-dispatch.png"))
    wall.locator("#lang").click()
    check_wall(wall, "awaiting dispatch", "no agency has been sent")
    console.locator("#lang").click()
    check_console(console, "awaiting dispatch", "no agency has been sent", "open")
    console.locator("#lang").click()
    wall.locator("#lang").click()

    # the water bureau is assigned: a job in progress like the other
    now = datetime.now(UTC)
    with psycopg.connect(db_dsn) as conn:
        conn.execute(SQL_ASSIGNMENT, (WAITING, "water", "assigned", now, now, None, now + timedelta(minutes=15), 0))
        conn.execute("UPDATE ops_incidents SET updated_at = %s WHERE incident_id = %s", (now, WAITING))
    state = console.locator(f'#incidents tr[data-incident="{WAITING}"] td.inc-state')
    expect(state).to_have_text("處理中", timeout=20_000)
    card = wall.locator(f'#board article.card[data-incident="{WAITING}"]')
    expect(card.locator(".awaiting-tag")).to_have_count(0, timeout=20_000)
    expect(card.locator(".assignment")).to_have_count(1)
    expect(wall.locator(f'#map g.incident[data-incident="{WAITING}"] rect.badge.pending')).to_have_count(1)
    expect(wall.locator(f'#map g.incident[data-incident="{WAITING}"] title')).not_to_contain_text(
        re.compile("待派工"))
    console.close()
    wall.close()
