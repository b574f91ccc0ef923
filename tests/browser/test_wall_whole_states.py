"""The most urgent card names each agency's state whole at every screen size of the wall:
the agencies whose work is late (escalated, overdue) carry the longest lines, and their
state word is the text an ellipsis would take first (docs/web.md, "Screen sizes")."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from playwright.sync_api import Browser, expect

from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp
from tests.browser.conftest import settle
from tests.browser.test_wall_reading import SQL_ASSIGNMENT, SQL_INCIDENT

#: The wall's screen sizes and 1680x1050, a common 16:10 monitor within them.
SIZES = ((1366, 768), (1440, 900), (1600, 900), (1680, 1050), (1920, 1080), (2560, 1440))

#: Each agency line of the first card: its state word's widths and whether the line lies in the card.
STATES_JS = """() => {
  const card = document.querySelector('#board .card');
  const c = card.getBoundingClientRect();
  return [...card.querySelectorAll('li.assignment')].map((li) => {
    const st = li.querySelector('.astate'); const b = li.getBoundingClientRect();
    return { text: li.textContent, state: st.textContent, shown: st.clientWidth, needs: st.scrollWidth,
             inside: b.left >= c.left - 0.5 && b.right <= c.right + 0.5 };
  });
}"""


@pytest.fixture(scope="module")
def seeded(live_app: LiveApp, db_settings: Settings, db_dsn: str) -> None:
    """A severe flood at a typhoon's height: two agencies escalated and overdue, two that
    acknowledged; and a second incident so the board has more than one card."""
    run_geo_load(db_settings)
    now = datetime.now(UTC)
    t0 = now - timedelta(minutes=20)
    with psycopg.connect(db_dsn) as conn:
        conn.execute(SQL_INCIDENT, {"id": "inc-late-1", "type": "flood", "sev": "Severe", "lon": 120.6500,
                                    "lat": 24.1850, "t": t0})
        for agency, st, acked, due, esc in (
            ("police", "acknowledged", t0, now + timedelta(minutes=26), 0),
            ("public_works", "assigned", None, now - timedelta(minutes=2), 1),
            ("water", "assigned", None, now - timedelta(minutes=2), 1),
            ("fire", "acknowledged", t0, now + timedelta(minutes=20), 0),
        ):
            conn.execute(SQL_ASSIGNMENT, ("inc-late-1", agency, st, t0, t0, acked, due, esc))
        conn.execute(SQL_INCIDENT, {"id": "inc-late-2", "type": "traffic", "sev": "Minor", "lon": 120.6580,
                                    "lat": 24.1900, "t": now - timedelta(minutes=5)})
        conn.execute(SQL_ASSIGNMENT, ("inc-late-2", "police", "assigned", now, now, None,
                                      now + timedelta(minutes=10), 0))


def test_the_late_agencies_states_read_whole_at_every_size(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], seeded: None, artifacts: Path,
) -> None:
    page = browser.new_page(viewport={"width": SIZES[0][0], "height": SIZES[0][1]})
    page.add_init_script("localStorage.setItem('soc.lang', 'zh-TW')")
    page.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}")
    expect(page.locator("#conn.connected")).to_have_count(1, timeout=20_000)
    expect(page.locator("#board .card").first.locator("li.assignment")).to_have_count(4, timeout=20_000)
    for lang in ("zh-TW", "en"):
        if lang == "en":
            page.locator("#lang").click()
            expect(page.locator("#mode")).to_have_text("Peacetime")
        for width, height in SIZES:
            page.set_viewport_size({"width": width, "height": height})
            settle(page)
            where = f"{width}x{height} {lang}"
            lines = page.evaluate(STATES_JS)
            assert len(lines) == 4, where
            for line in lines:
                assert line["needs"] <= line["shown"] + 1, f"{where}: {line['state']!r} cut in {line['text']!r}"
                assert line["inside"], f"{where}: {line['text']!r} leaves its card"
            page.screenshot(path=str(artifacts / f"wall-whole-states-{width}-{lang}.png"))
    page.locator("#lang").click()
    page.close()
