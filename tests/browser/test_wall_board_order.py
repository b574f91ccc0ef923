"""The wall's board among incidents of the same severity, none overdue: the one whose
unacknowledged assignment is due soonest comes first, in full, and one whose agencies have
all acknowledged comes after those still waiting for an answer, however new it is (in the
demo's typhoon a settled incident took the full card while two others were two minutes
from their deadlines)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from playwright.sync_api import Browser, expect

from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp
from tests.browser.conftest import settle
from tests.browser.test_wall_reading import SQL_ASSIGNMENT, SQL_INCIDENT

SETTLED, SOON, LATER = "inc-order-settled", "inc-order-soon", "inc-order-later"


@pytest.fixture(scope="module")
def seeded(live_app: LiveApp, db_settings: Settings, db_dsn: str) -> dict[str, str]:
    """The three incidents' numbers ("#n") by id."""
    run_geo_load(db_settings)
    now = datetime.now(UTC)
    t0 = now - timedelta(minutes=20)
    with psycopg.connect(db_dsn) as conn:
        # Opened oldest first: LATER, then SOON, then SETTLED (the newest).
        for k, (inc, lon) in enumerate(((LATER, 120.648), (SOON, 120.652), (SETTLED, 120.656))):
            conn.execute(SQL_INCIDENT, {"id": inc, "type": "flood", "sev": "Severe", "lon": lon, "lat": 24.185,
                                        "t": now - timedelta(minutes=30 - k)})
            conn.execute(SQL_ASSIGNMENT, (inc, "police", "acknowledged", t0, t0, t0, now + timedelta(minutes=50), 0))
        conn.execute(SQL_ASSIGNMENT, (SOON, "water", "assigned", t0, t0, None, now + timedelta(minutes=3), 0))
        conn.execute(SQL_ASSIGNMENT, (LATER, "water", "assigned", t0, t0, None, now + timedelta(minutes=12), 0))
        conn.execute(SQL_ASSIGNMENT, (SETTLED, "water", "acknowledged", t0, t0, t0, now + timedelta(minutes=55), 0))
        rows = conn.execute("SELECT incident_id, number FROM ops_incidents").fetchall()
    return {inc: f"#{n}" for inc, n in rows}


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1920, 1080)])
def test_the_nearest_unanswered_deadline_comes_first(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], seeded: dict[str, str], width: int, height: int,
) -> None:
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}")
    cards = page.locator("#board article.card")
    expect(cards.first).to_be_visible(timeout=20_000)
    settle(page)
    # The cards, then the numbers named in "+N more", in the board's order.
    shown = page.locator("#board article.card .num").all_text_contents()
    more = page.locator("#board-more").text_content() or ""
    named = more.partition("：")[2].removesuffix(" …").split()  # zh-TW: the full-width colon
    assert shown + named == [seeded[SOON], seeded[LATER], seeded[SETTLED]], (shown, more)
    expect(cards.first).not_to_have_class("compact")
    # The map draws the same one most urgent: alone and last (on top).
    last = page.locator("#map g.incident, #map g.cluster").last
    expect(last).to_have_attribute("data-incident", SOON)
    page.close()
