"""The console's incident list in the wall's order of urgency: overdue first, then the most
severe, then the nearest deadline still waiting for an agency's answer (an incident whose
agencies have all acknowledged after those still waiting), then the newest. An outside
tester found a Severe flood two minutes from its deadline listed below newer, lesser
incidents, since the list was newest first."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from playwright.sync_api import Browser, expect

from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp
from tests.browser.conftest import settle
from tests.browser.test_pages import login
from tests.browser.test_wall_reading import SQL_ASSIGNMENT, SQL_INCIDENT

# Opened oldest first, so newest first would list them backwards but for the withdrawn one.
OVERDUE = "inc-order-overdue"      # Moderate, an agency's deadline missed 4 min ago
SEVERE = "inc-order-severe"        # Severe flood, its agency's deadline in 2 min
WAITING = "inc-order-waiting"      # Moderate, an agency's deadline in 10 min
SETTLED = "inc-order-settled"      # Moderate, every agency acknowledged
MINOR = "inc-order-minor"          # Minor, the newest of the live jobs
WITHDRAWN = "inc-order-withdrawn"  # Extreme but withdrawn by its own device: after them all
URGENCY = [OVERDUE, SEVERE, WAITING, SETTLED, MINOR, WITHDRAWN]


@pytest.fixture(scope="module")
def seeded(live_app: LiveApp, db_settings: Settings, db_dsn: str) -> dict[str, str]:
    """The incidents' numbers ("#n") by id."""
    run_geo_load(db_settings)
    now = datetime.now(UTC)
    t0 = now - timedelta(minutes=30)
    opened = [(WITHDRAWN, "fire", "Extreme"), (OVERDUE, "traffic", "Moderate"), (SEVERE, "flood", "Severe"),
              (WAITING, "flood", "Moderate"), (SETTLED, "traffic", "Moderate"), (MINOR, "traffic", "Minor")]
    with psycopg.connect(db_dsn) as conn:
        for k, (inc, typ, sev) in enumerate(opened):
            conn.execute(SQL_INCIDENT, {"id": inc, "type": typ, "sev": sev, "lon": 120.646 + 0.003 * k,
                                        "lat": 24.185, "t": now - timedelta(minutes=25 - 2 * k)})
        conn.execute("UPDATE ops_incidents SET withdrawn = true, state = 'quiet' WHERE incident_id = %s",
                     (WITHDRAWN,))
        for inc, agency, st, acked, due in (
            (OVERDUE, "police", "assigned", None, now - timedelta(minutes=4)),
            (SEVERE, "water", "assigned", None, now + timedelta(minutes=2)),
            (WAITING, "water", "assigned", None, now + timedelta(minutes=10)),
            (SETTLED, "police", "acknowledged", t0, now + timedelta(minutes=40)),
            (MINOR, "police", "assigned", None, now + timedelta(minutes=6)),
        ):
            conn.execute(SQL_ASSIGNMENT, (inc, agency, st, t0, t0, acked, due, 0))
        rows = conn.execute("SELECT incident_id, number FROM ops_incidents").fetchall()
    return {inc: f"#{n}" for inc, n in rows}


def test_the_console_lists_incidents_in_the_walls_order_of_urgency(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], seeded: dict[str, str],
) -> None:
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    login(page, f"{live_app.url}/static/console.html", "coord")
    rows = page.locator("#incidents tr[data-incident]")
    expect(rows).to_have_count(len(URGENCY), timeout=20_000)
    settle(page)
    for lang in ("zh-TW", "en"):
        listed = [rows.nth(i).get_attribute("data-incident") for i in range(len(URGENCY))]
        assert listed == URGENCY, f"{lang}: {[seeded[i] if i else i for i in listed]}"
        numbers = rows.locator("button.num-open").all_inner_texts()
        assert [n.strip() for n in numbers] == [seeded[i] for i in URGENCY], (lang, numbers)
        page.locator("#lang").click()
    page.close()
    # The wall's board names the same incidents in the same order (cards, then "+N more").
    wall = browser.new_page(viewport={"width": 1920, "height": 1080})
    wall.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}")
    cards = wall.locator("#board article.card")
    expect(cards.first).to_be_visible(timeout=20_000)
    settle(wall)
    shown = wall.locator("#board article.card .num").all_text_contents()
    more = wall.locator("#board-more").text_content() or ""
    named = more.partition("：")[2].removesuffix(" …").split()
    assert shown + named == [seeded[i] for i in URGENCY], (shown, more)
    wall.close()
