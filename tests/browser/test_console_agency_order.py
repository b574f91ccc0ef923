"""An agency member's console lists its incidents in the wall's order of urgency too: the
page reads them from ``GET /api/incidents`` (no wall feed for agencies), whose incidents
carry their assignments' ``overdue`` but no incident-wide one, so the overdue incident
must still lead, before a more severe one whose deadline has not passed."""

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

OVERDUE = "inc-agency-overdue"  # Moderate, the police's deadline missed 4 min ago
SEVERE = "inc-agency-severe"    # Severe, the police's deadline in 2 min
SETTLED = "inc-agency-settled"  # Moderate, the police acknowledged
URGENCY = [OVERDUE, SEVERE, SETTLED]


@pytest.fixture(scope="module")
def seeded(live_app: LiveApp, db_settings: Settings, db_dsn: str) -> dict[str, str]:
    """The incidents' numbers ("#n") by id."""
    run_geo_load(db_settings)
    now = datetime.now(UTC)
    t0 = now - timedelta(minutes=30)
    opened = [(SETTLED, "traffic", "Moderate"), (SEVERE, "flood", "Severe"), (OVERDUE, "traffic", "Moderate")]
    with psycopg.connect(db_dsn) as conn:
        for k, (inc, typ, sev) in enumerate(opened):
            conn.execute(SQL_INCIDENT, {"id": inc, "type": typ, "sev": sev, "lon": 120.646 + 0.003 * k,
                                        "lat": 24.185, "t": now - timedelta(minutes=25 - 2 * k)})
        for inc, st, acked, due in (
            (OVERDUE, "assigned", None, now - timedelta(minutes=4)),
            (SEVERE, "assigned", None, now + timedelta(minutes=2)),
            (SETTLED, "acknowledged", t0, now + timedelta(minutes=40)),
        ):
            conn.execute(SQL_ASSIGNMENT, (inc, "police", st, t0, t0, acked, due, 0))
        rows = conn.execute("SELECT incident_id, number FROM ops_incidents").fetchall()
    return {inc: f"#{n}" for inc, n in rows}


def test_an_agency_members_console_lists_the_overdue_incident_first(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], seeded: dict[str, str],
) -> None:
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    login(page, f"{live_app.url}/static/console.html", "police1")
    rows = page.locator("#incidents tr[data-incident]")
    expect(rows).to_have_count(len(URGENCY), timeout=20_000)
    settle(page)
    for lang in ("zh-TW", "en"):
        listed = [rows.nth(i).get_attribute("data-incident") for i in range(len(URGENCY))]
        assert listed == URGENCY, f"{lang}: {[seeded[i] if i else i for i in listed]}"
        page.locator("#lang").click()
        settle(page)
    page.close()
