"""The console's overdue box names every overdue, unacknowledged assignment of every open
incident, those past the wall feed's first 300 (``web/wall/topics.py``) included: 400 open
incidents, 20 floods whose water bureau missed its deadline, 5 of them among the 100 oldest,
which the feed does not carry (the console reads them from ``GET /api/incidents``)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from playwright.sync_api import Browser, expect

from tests.api.conftest import LiveApp
from tests.browser.test_pages import login
from tests.browser.test_wall_reading import SQL_ASSIGNMENT, SQL_INCIDENT
from web.wall.topics import INCIDENTS_MOST

N = 400


def overdue(i: int) -> bool:
    """A flood whose water bureau missed its deadline to acknowledge: 20 of them."""
    return i % 20 == 0


@pytest.fixture(scope="module")
def numbers(live_app: LiveApp, db_dsn: str) -> dict[str, int]:
    """400 open incidents of one priority, ``inc-o-0399`` the newest: the feed carries the 300
    newest (100-399), the API's order; each incident's short number."""
    now = datetime.now(UTC)
    t0 = now - timedelta(hours=10)
    incidents, assignments = [], []
    for i in range(N):
        inc = f"inc-o-{i:04d}"
        incidents.append({"id": inc, "type": "flood", "sev": "Moderate", "lon": 120.63 + (i % 40) * 0.0008,
                          "lat": 24.165 + (i // 40) * 0.0008, "t": t0 + timedelta(minutes=i)})
        due = now - timedelta(minutes=30 - i // 20) if overdue(i) else now + timedelta(hours=2)
        assignments.append((inc, "water", "assigned", t0, t0, None, due, 0))
    with psycopg.connect(db_dsn) as conn, conn.cursor() as cur:
        cur.executemany(SQL_INCIDENT, incidents)
        cur.executemany(SQL_ASSIGNMENT, assignments)
        rows = conn.execute("SELECT incident_id, number FROM ops_incidents").fetchall()
    return {r[0]: r[1] for r in rows}


def test_the_overdue_box_names_the_overdue_past_the_feed(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], numbers: dict[str, int]
) -> None:
    assert INCIDENTS_MOST < N
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.add_init_script("localStorage.setItem('soc.lang', 'zh-TW')")
    login(page, f"{live_app.url}/static/console.html", "coord")
    expect(page.locator("#incidents tr[data-incident]")).to_have_count(INCIDENTS_MOST, timeout=60_000)
    # All 20, the most overdue first: the oldest flood's deadline passed 30 minutes ago, and
    # it is past the feed.
    expect(page.locator("#overdue-title")).to_have_text("逾時未確認：20 筆派工", timeout=30_000)
    items = page.locator("#overdue-list button.overdue-item")
    expect(items).to_have_count(20)
    expected = [f"inc-o-{i:04d}" for i in range(N) if overdue(i)]
    assert items.evaluate_all("(bs) => bs.map((b) => b.dataset.incident)") == expected
    # One past the feed opens from the box, with the keyboard.
    far = "inc-o-0040"
    page.locator(f"#overdue-list button[data-incident={far}]").focus()
    page.keyboard.press("Enter")
    expect(page.locator("#detail-title")).to_contain_text(f"#{numbers[far]}", timeout=20_000)
