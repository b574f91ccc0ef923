"""A coordinator on a typhoon night moves a piece of evidence to an incident the wall feed does
not carry: 400 open incidents, the feed's first 300 (``web/wall/topics.py``); the call sits in
the newest incident and belongs to one of the 100 oldest. The move picker offers every open
incident (read from ``GET /api/incidents`` past the feed, as the list and the overdue box do),
and its search field finds the one by number, place or type."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from playwright.sync_api import Browser, expect

from tests.api.conftest import LiveApp
from tests.browser.test_console_commands import ops_service
from tests.browser.test_pages import login
from tests.browser.test_wall_reading import SQL_INCIDENT
from web.wall.topics import INCIDENTS_MOST

N = 400
#: The newest incident (in the feed), holding the call, and the incident it belongs to: the
#: fifth oldest, past the feed's first 300 in the API's order (newest first).
SOURCE = f"inc-mv-{N - 1:04d}"
TARGET = "inc-mv-0004"
CALL = f"event:{SOURCE}-call"
OTHER = f"event:{SOURCE}-other"

SQL_MEMBER = """
INSERT INTO ops_incident_members (item_key, incident_id, original_incident_id, kind, agency, feed,
    category, severity, signal, via, anchor, distance_m, dt_s, observed_at, joined_at, geom)
VALUES (%(key)s, %(inc)s, %(inc)s, 'event', 'citizen', '1999', 'flood', 'Moderate', 'flood', 'chain', false,
    0, 0, %(t)s, %(t)s, ST_SetSRID(ST_MakePoint(120.65, 24.18), 4326))
"""


@pytest.fixture(scope="module")
def numbers(live_app: LiveApp, db_dsn: str) -> dict[str, int]:
    """400 open floods of one priority, ``inc-mv-0399`` the newest with two 1999 calls."""
    now = datetime.now(UTC)
    t0 = now - timedelta(hours=10)
    incidents = [{"id": f"inc-mv-{i:04d}", "type": "flood", "sev": "Moderate", "lon": 120.63 + (i % 40) * 0.0008,
                  "lat": 24.165 + (i // 40) * 0.0008, "t": t0 + timedelta(minutes=i)} for i in range(N)]
    with psycopg.connect(db_dsn) as conn, conn.cursor() as cur:
        cur.executemany(SQL_INCIDENT, incidents)
        for k, key in enumerate((CALL, OTHER)):
            cur.execute(SQL_MEMBER, {"key": key, "inc": SOURCE, "t": now - timedelta(minutes=5 - k)})
        rows = conn.execute("SELECT incident_id, number FROM ops_incidents").fetchall()
    return {r[0]: r[1] for r in rows}


def test_evidence_moves_to_an_open_incident_past_the_feed(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_dsn: str, numbers: dict[str, int]
) -> None:
    assert INCIDENTS_MOST < N
    target = numbers[TARGET]
    with ops_service(live_app.settings):
        page = browser.new_page(viewport={"width": 1366, "height": 768})
        page.add_init_script("localStorage.setItem('soc.lang', 'zh-TW')")
        login(page, f"{live_app.url}/static/console.html", "coord")
        expect(page.locator("#incidents tr[data-incident]")).to_have_count(INCIDENTS_MOST, timeout=60_000)
        # The target is past the feed: not in the list until searched for.
        expect(page.locator(f'#incidents tr[data-incident="{TARGET}"]')).to_have_count(0)
        page.locator(f'#incidents tr[data-incident="{SOURCE}"] td').first.click()
        expect(page.locator("#evidence tr")).to_have_count(2, timeout=20_000)
        box = page.locator("#dispatch-box")
        picker = box.locator("select[name=move-to]")
        # Every open incident but this one is offered, and "out (no incident)".
        expect(picker.locator("option[value]:not([value=''])")).to_have_count(N - 1 + 1, timeout=30_000)
        # The search field by number keeps the one incident and chooses it.
        box.locator("input[name=move-find]").fill(f"#{target}")
        expect(picker.locator("option:checked")).to_contain_text(f"#{target}")
        expect(picker.locator("option:checked")).to_contain_text("淹水")
        visible = picker.evaluate("(s) => [...s.options].filter((o) => !o.hidden && o.value).map((o) => o.value)")
        assert visible == ["-", TARGET], visible
        box.locator("select[name=move-item]").select_option(CALL)
        box.locator("input[name=move-reason]").fill("報案地點屬另一處積水")
        box.locator("button[data-action=move]").click()
        expect(page.locator("#command-result")).to_contain_text("證據移入 · 完成", timeout=30_000)
        expect(page.locator("#evidence tr")).to_have_count(1, timeout=20_000)
        page.close()
    with psycopg.connect(db_dsn) as conn:
        found = conn.execute("SELECT item_key, incident_id FROM ops_incident_members WHERE item_key = ANY(%s)",
                             ([CALL, OTHER],)).fetchall()
    rows: dict[str, str] = dict(found)
    assert rows == {CALL: TARGET, OTHER: SOURCE}
