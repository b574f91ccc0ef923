"""A typhoon night with more open incidents than the wall feed carries (its first 300,
``web/wall/topics.py``): 1,000 open incidents. The console's list says how many it does not
list, and its filter and search reach every open incident, the 700 past the feed's included
(read from ``GET /api/incidents``), counting what they hide and how many of those are overdue."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from playwright.sync_api import Browser, Page, expect

from tests.api.conftest import LiveApp
from tests.browser.test_pages import login
from tests.browser.test_wall_reading import SQL_ASSIGNMENT, SQL_INCIDENT
from web.wall.topics import INCIDENTS_MOST

N = 1000
TYPES = ("flood", "fire", "traffic", "crowd")


def kind(i: int) -> str:
    return TYPES[i % 4]


def overdue(i: int) -> bool:
    """A flood whose water bureau missed its deadline to acknowledge: 50 of them, 35 past the feed's."""
    return i % 20 == 0


@pytest.fixture(scope="module")
def numbers(live_app: LiveApp, db_dsn: str) -> dict[str, int]:
    """1,000 open incidents of one priority, ``inc-b-0999`` the newest: the feed carries the
    300 newest (700-999), the API's order."""
    now = datetime.now(UTC)
    t0 = now - timedelta(hours=30)
    incidents, assignments = [], []
    for i in range(N):
        inc, typ = f"inc-b-{i:04d}", kind(i)
        incidents.append({"id": inc, "type": typ, "sev": "Moderate", "lon": 120.63 + (i % 40) * 0.0008,
                          "lat": 24.165 + (i // 40) * 0.0008, "t": t0 + timedelta(minutes=i)})
        flood_due = now - timedelta(minutes=3) if overdue(i) else now + timedelta(hours=2)
        agency, st, acked, due = {
            "flood": ("water", "assigned", None, flood_due),
            "fire": ("fire", "assigned", None, now + timedelta(hours=2)),
            "traffic": ("police", "acknowledged", t0, now + timedelta(hours=3)),
            "crowd": ("police", "assigned", None, now + timedelta(hours=1)),
        }[typ]
        assignments.append((inc, agency, st, t0, t0, acked, due, 0))
    with psycopg.connect(db_dsn) as conn, conn.cursor() as cur:
        cur.executemany(SQL_INCIDENT, incidents)
        cur.executemany(SQL_ASSIGNMENT, assignments)
        rows = conn.execute("SELECT incident_id, number FROM ops_incidents").fetchall()
    return {r[0]: r[1] for r in rows}


def listed(page: Page) -> list[str]:
    found: list[str] = page.locator("#incidents tr[data-incident]").evaluate_all(
        "(rows) => rows.map((r) => r.dataset.incident)")
    return found


def test_filter_and_search_reach_every_open_incident_past_the_feed(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], numbers: dict[str, int]
) -> None:
    assert INCIDENTS_MOST == 300
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.add_init_script("localStorage.setItem('soc.lang', 'zh-TW')")
    login(page, f"{live_app.url}/static/console.html", "coord")
    rows = page.locator("#incidents tr[data-incident]")
    summary = page.locator("#filter-summary")
    search = page.locator("#incident-filter input[name=q]")
    form = page.locator("#incident-filter")
    expect(rows).to_have_count(INCIDENTS_MOST, timeout=60_000)
    # No filter: the feed's 300 listed, and the list says what it leaves out (35 overdue floods).
    expect(summary).to_have_text("列出最前面的 300 件，共 1000 件進行中，700 件未列出：請用篩選或搜尋找其餘"
                                 "（未列出的有 35 件逾時）", timeout=30_000)
    assert all(int(x[-4:]) >= N - INCIDENTS_MOST for x in listed(page))

    # "Jump to #N" of an incident the feed does not carry: found, and Enter opens it.
    target = "inc-b-0005"
    search.fill(f"#{numbers[target]}")
    expect(rows).to_have_count(1)
    assert listed(page) == [target]
    expect(summary).to_have_text(f"篩選中：列出 1 件，共 {N} 件，{N - 1} 件未列出（未列出的有 50 件逾時）")
    search.press("Enter")
    expect(page.locator("#detail-title")).to_contain_text(f"#{numbers[target]}", timeout=20_000)
    search.focus()
    search.press("Escape")
    expect(rows).to_have_count(INCIDENTS_MOST)

    # By state: every overdue flood, 35 of them past the feed.
    form.locator("select[name=state]").select_option("overdue")
    expect(rows).to_have_count(50)
    assert sorted(listed(page)) == [f"inc-b-{i:04d}" for i in range(N) if overdue(i)]
    expect(summary).to_have_text(f"篩選中：列出 50 件，共 {N} 件，{N - 50} 件未列出")
    # By type and by words (an agency's name): the 250 fires.
    form.locator("select[name=state]").select_option("")
    form.locator("select[name=type]").select_option("fire")
    expect(rows).to_have_count(N // 4)
    expect(summary).to_have_text(f"篩選中：列出 250 件，共 {N} 件，750 件未列出（未列出的有 50 件逾時）")
    page.locator("#filter-clear").click()
    search.fill("消防局")
    expect(rows).to_have_count(N // 4)
    assert {kind(int(x[-4:])) for x in listed(page)} == {"fire"}
    page.close()
