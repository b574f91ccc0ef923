"""A note or a reason without spaces (a pasted link; the API takes 2,000 characters) is wrapped
inside its cell: the incident's timeline keeps its columns, each move's words on a line or two,
and the closed incidents' reasons stay inside their table: a 2,000-character note neither
stretches the timeline past the detail panel nor squeezes its action column to one character
per line."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from playwright.sync_api import Browser, Page, expect

from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp
from tests.browser.test_pages import login
from tests.browser.test_wall_reading import SQL_ASSIGNMENT, SQL_INCIDENT

OPEN = "inc-long-open"
CLOSED = "inc-long-closed"
LINK = "https://cctv.example.tw/" + "x" * 1976  # 2,000 characters, no space

#: Whether every cell of a table is inside its box, nothing cut, and how many lines each cell's
#: words take (a cell squeezed to a character a line takes many).
LAYOUT_JS = """([tbody, box]) => {
  const table = document.getElementById(tbody).closest('table');
  const panel = document.getElementById(box);
  const cells = [...table.querySelectorAll('td')];
  const lines = (td) => { const r = document.createRange(); r.selectNodeContents(td);
    return new Set([...r.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.top))).size; };
  return { tableRight: table.getBoundingClientRect().right, boxRight: panel.getBoundingClientRect().right,
    boxScrolls: panel.scrollWidth > panel.clientWidth + 1,
    cut: cells.filter((td) => td.scrollWidth > td.clientWidth + 1).map((td) => td.textContent.slice(0, 40)),
    rows: [...table.querySelectorAll('tbody tr')]
      .map((tr) => [...tr.children].map((td) => [td.textContent.slice(0, 30), lines(td)])) };
}"""


@pytest.fixture(scope="module")
def numbers(live_app: LiveApp, db_settings: Settings, db_dsn: str) -> dict[str, int]:
    run_geo_load(db_settings)
    now = datetime.now(UTC)
    t0 = now - timedelta(minutes=30)
    with psycopg.connect(db_dsn) as conn:
        for inc in (OPEN, CLOSED):
            conn.execute(
                SQL_INCIDENT, {"id": inc, "type": "fire", "sev": "Severe", "lon": 120.646, "lat": 24.185, "t": t0}
            )
        conn.execute(SQL_ASSIGNMENT, (OPEN, "fire", "acknowledged", t0, t0, t0, now + timedelta(minutes=20), 0))
        conn.execute(
            "INSERT INTO ops_assignment_transitions (incident_id, agency, from_state, to_state, at, actor)"
            " VALUES (%s, 'fire', NULL, 'assigned', %s, 'dispatcher'),"
            " (%s, 'fire', 'assigned', 'acknowledged', %s, 'agency-fire')",
            (OPEN, t0, OPEN, t0 + timedelta(minutes=1)),
        )
        conn.execute(
            "INSERT INTO ops_incident_history (incident_id, at, actor, action, reason) VALUES"
            " (%s, %s, 'coord', 'note', %s)",
            (OPEN, t0 + timedelta(minutes=2), LINK),
        )
        conn.execute(
            "UPDATE ops_incidents SET state = 'closed', closed_by = 'coord', close_reason = %s,"
            " updated_at = %s WHERE incident_id = %s",
            (LINK, now, CLOSED),
        )
        rows = conn.execute("SELECT incident_id, number FROM ops_incidents").fetchall()
    return {r[0]: r[1] for r in rows}


def check(page: Page, tbody: str, box: str) -> list[list[tuple[str, int]]]:
    found = page.evaluate(LAYOUT_JS, [tbody, box])
    assert found["tableRight"] <= found["boxRight"] + 1, found
    assert not found["boxScrolls"], f"{box} scrolls sideways"
    assert found["cut"] == [], found["cut"]
    rows: list[list[tuple[str, int]]] = found["rows"]
    return rows


@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (1366, 768)])
def test_a_long_note_without_spaces_wraps_inside_the_timeline(
    browser: Browser,
    live_app: LiveApp,
    accounts: dict[str, str],
    numbers: dict[str, int],
    width: int,
    height: int,
) -> None:
    page = browser.new_page(viewport={"width": width, "height": height})
    login(page, f"{live_app.url}/static/console.html", "coord")
    page.locator(f'#incidents tr[data-incident="{OPEN}"] button.num-open').click(timeout=30_000)
    expect(page.locator("#timeline tr")).to_have_count(3, timeout=20_000)
    for lang in ("zh", "en"):
        rows = check(page, "timeline", "detail-box")
        note = next(r for r in rows if r[3][0].startswith("https://cctv"))
        move = next(r for r in rows if "→" in r[2][0])
        # The move's words on a few lines (Chinese: two at most), not one character a line (nine
        # lines for 「消防局：已派工 → 已確認」 when the note widened the table); the note wraps whole.
        assert move[2][1] <= (2 if lang == "zh" else 3), move
        assert note[3][1] > 3, note
        if lang == "zh":
            page.locator("#lang").click()
            expect(page.locator("#timeline")).to_contain_text("Fire")
    page.locator("#lang").click()  # leave the language as found

    # The closed incidents' search: the reason wraps inside its column too.
    page.locator("#history-form button[type=submit]").click()
    expect(page.locator(f'#history tr[data-incident="{CLOSED}"]')).to_be_visible(timeout=20_000)
    rows = check(page, "history", "history-box")
    assert rows[0][0][1] == 1, rows[0]  # the number on one line
    page.close()
