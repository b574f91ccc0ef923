"""A planned event nobody works yet (its permit alone, docs/ops_center.md) on the wall: a
quiet marker and card labelled 預定活動 / planned event with the count of the expected
reports it explains, no severity colour, no agency and no countdown, after the live jobs;
the moment a report of its work joins it (planned false), it is drawn as any incident."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
from playwright.sync_api import Browser, Page, expect

from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp
from tests.browser.test_wall_reading import SQL_ASSIGNMENT

LIVE = "inc-pl-live"
PLANNED = "inc-pl-concert"
HELD = 5

SQL_INCIDENT = """
INSERT INTO ops_incidents (incident_id, type, state, severity, priority, agencies, member_count,
    first_evidence_at, last_evidence_at, opened_at, updated_at, centroid, planned, held)
VALUES (%(id)s, %(type)s, 'open', %(sev)s, %(priority)s, %(agencies)s, 1, %(t)s, %(t)s, %(t)s, %(t)s,
    ST_SetSRID(ST_MakePoint(%(lon)s, %(lat)s), 4326), %(planned)s, %(held)s)
"""
SQL_WORKED = """
UPDATE ops_incidents SET planned = false, held = 0, member_count = 7, updated_at = %s WHERE incident_id = %s
"""


def seed(dsn: str, now: datetime) -> None:
    """A live flood (water assigned, due in 10 min) opened 20 min ago, and a concert's crowd
    incident opened 2 min ago, Severe (first by severity and time were it a job), planned:
    no assignment, five expected reports held aside."""
    t0 = now - timedelta(minutes=20)
    with psycopg.connect(dsn) as conn:
        conn.execute(SQL_INCIDENT, {"id": LIVE, "type": "flood", "sev": "Moderate", "priority": 2100,
                                    "agencies": ["water"], "t": t0, "lon": 120.6436, "lat": 24.1917,
                                    "planned": False, "held": 0})
        conn.execute(SQL_ASSIGNMENT, (LIVE, "water", "assigned", t0, t0, None, now + timedelta(minutes=10), 0))
        conn.execute(SQL_INCIDENT, {"id": PLANNED, "type": "crowd", "sev": "Severe", "priority": 3100,
                                    "agencies": [], "t": now - timedelta(minutes=2), "lon": 120.6480,
                                    "lat": 24.1760, "planned": True, "held": HELD})


def worked(dsn: str, now: datetime) -> None:
    """The police's crowd control joins the concert: a job, routed to police (due in 15 min)."""
    with psycopg.connect(dsn) as conn:
        conn.execute(SQL_WORKED, (now, PLANNED))
        conn.execute(SQL_ASSIGNMENT, (PLANNED, "police", "assigned", now, now, None, now + timedelta(minutes=15), 0))


def open_wall(browser: Browser, live_app: LiveApp, token: str) -> Page:
    page = browser.new_page(viewport={"width": 1920, "height": 1080})
    page.goto(f"{live_app.url}/static/wall.html#token={token}")
    expect(page.locator("#conn.connected")).to_have_count(1, timeout=20_000)
    expect(page.locator("#map g.incident")).to_have_count(2, timeout=20_000)
    return page


def check_planned(page: Page, lang: str) -> None:
    """The concert after the live flood, quiet on the map and on its card, labelled with the
    count it explains."""
    word, count = ("預定活動", f"說明 {HELD} 則預期影響") if lang == "zh-TW" else (
        "planned event", f"explains {HELD} expected reports")
    cards = page.locator("#board article.card")
    expect(cards).to_have_count(2, timeout=20_000)
    expect(cards.first).to_have_attribute("data-incident", LIVE)
    marker = page.locator(f'#map g.incident[data-incident="{PLANNED}"]')
    expect(marker).to_have_class(re.compile(r"\bplanned\b"))
    expect(marker).not_to_have_class(re.compile(r"\bsev-"))
    expect(marker.locator("circle.halo, rect.badge.pending, rect.badge.overdue")).to_have_count(0)
    expect(marker.locator(".badge-text")).to_have_text([word])
    expect(marker.locator("title")).to_contain_text(count)
    card = cards.nth(1)
    expect(card).to_have_attribute("data-incident", PLANNED)
    expect(card).to_have_class(re.compile(r"\bplanned\b"))
    expect(card.locator(".planned-tag")).to_have_text(word)
    expect(card.locator(".planned-why")).to_contain_text(count)
    # No alarm: no severity on it or its edge, nothing due, no agency to send.
    expect(card.locator(".countdown, .chip, .assignment, .sev")).to_have_count(0)
    edge = card.evaluate("(n) => getComputedStyle(n).borderLeftColor")
    severe = page.evaluate("""() => { const n = document.createElement('article');
      n.className = 'card sev-Severe'; document.getElementById('board').append(n);
      const c = getComputedStyle(n).borderLeftColor; n.remove(); return c; }""")
    assert edge != severe, (edge, severe)
    expect(cards.nth(0).locator(".countdown")).not_to_have_count(0)


def test_the_wall_draws_a_planned_event_quietly_until_its_work_makes_it_a_job(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_settings: Settings,
    db_dsn: str, artifacts: Path,
) -> None:
    run_geo_load(db_settings)
    seed(db_dsn, datetime.now(UTC))
    page = open_wall(browser, live_app, accounts["wall1"])
    check_planned(page, "zh-TW")
    page.screenshot(path=str(artifacts / "wall-planned.png"))
    page.locator("#lang").click()
    expect(page.locator("#mode")).to_have_text("Peacetime")
    check_planned(page, "en")
    page.locator("#lang").click()
    # The police work it: an ordinary incident at once, Severe, first, with its countdown.
    worked(db_dsn, datetime.now(UTC))
    cards = page.locator("#board article.card")
    expect(cards.first).to_have_attribute("data-incident", PLANNED, timeout=20_000)
    expect(cards.first).to_have_class(re.compile(r"\bsev-Severe\b"))
    expect(cards.first).not_to_have_class(re.compile(r"\bplanned\b"))
    expect(cards.first.locator(".planned-tag")).to_have_count(0)
    expect(cards.first.locator(".sev")).to_have_text("嚴重")
    expect(cards.first.locator(".countdown")).not_to_have_count(0)
    marker = page.locator(f'#map g.incident[data-incident="{PLANNED}"]')
    expect(marker).to_have_class(re.compile(r"\bsev-Severe\b"))
    expect(marker).not_to_have_class(re.compile(r"\bplanned\b"))
    expect(marker.locator("rect.badge.pending")).to_have_count(1)
    page.close()
