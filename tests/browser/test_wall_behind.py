"""The wall says when its screen is behind what it has received, and by how much: on a burst
the page draws once per animation frame, and a drawing that holds the page's thread (hundreds
of incidents on a loaded host: 1 to 2 s) leaves the changes that came meanwhile undrawn. Here
every drawing of the incidents is held by the test (``SOC.byUrgency``, which each drawing of
the board, the map and the agencies calls, made to take a second), and new incidents are
written while it holds: the banner says 「畫面落後 N 秒」 before the drawing that brings them,
and nothing once all it holds is drawn. On an idle night (one change, drawn by the same held
drawing, then only the server's pings) it never says so (docs/web.md, "A burst")."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import psycopg
from playwright.sync_api import Browser, Page, expect

from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp
from tests.browser.conftest import expect_on_map, settle
from tests.browser.test_wall_reading import SQL_INCIDENT

#: Each call of ``SOC.byUrgency`` takes this long (ms): the held drawing.
HOLD_MS = 1000
#: The new incidents of the burst, written a quarter of a second apart.
BURST = 12
BEHIND = re.compile(r"^畫面落後 (\d+) 秒$")

#: Holds every drawing of the incidents, and logs each state of the "behind" line as the
#: animation frames see it (the state at a frame's start is what the screen showed).
HOLD_JS = """(hold) => {
  const byUrgency = SOC.byUrgency;
  SOC.byUrgency = (xs) => {
    const end = performance.now() + hold;
    while (performance.now() < end) { /* the held drawing */ }
    return byUrgency(xs);
  };
  window.behindLog = [];
  let last = null;
  const look = () => {
    const node = document.getElementById('behind');
    const now = node.hidden ? '' : node.textContent;
    if (now !== last) { window.behindLog.push(now); last = now; }
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}"""


def incident(i: int, now: datetime) -> dict[str, object]:
    return {"id": f"inc-behind-{i:03d}", "type": "traffic", "sev": "Moderate", "lon": 120.645 + 0.001 * i,
            "lat": 24.180 + 0.0005 * i, "t": now - timedelta(minutes=1)}


def write(dsn: str, i: int) -> None:
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(SQL_INCIDENT, incident(i, datetime.now(UTC)))


def log(page: Page) -> list[str]:
    got: list[str] = page.evaluate("() => window.behindLog")
    return got


def test_the_wall_says_how_far_its_screen_is_behind(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_settings: Settings, db_dsn: str
) -> None:
    run_geo_load(db_settings)
    write(db_dsn, 0)
    page = browser.new_page(viewport={"width": 1920, "height": 1080})
    page.add_init_script("localStorage.setItem('soc.lang', 'zh-TW')")
    page.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}")
    expect(page.locator("#conn.connected")).to_have_count(1, timeout=20_000)
    expect_on_map(page, 1)
    settle(page)
    page.evaluate(HOLD_JS, HOLD_MS)

    # An idle night: one change, drawn by a held drawing, then the pings alone.
    write(db_dsn, 1)
    expect_on_map(page, 2, timeout=30_000)
    page.wait_for_timeout(3000)  # three of the server's pings, nothing else
    assert [s for s in log(page) if s] == [], log(page)
    expect(page.locator("#behind")).to_be_hidden()

    # A burst: new incidents while the drawings hold the page.
    for i in range(2, 2 + BURST):
        write(db_dsn, i)
        page.wait_for_timeout(250)  # the writes of a burst, spread over three seconds
    expect_on_map(page, 2 + BURST, timeout=60_000)
    # Caught up: nothing said once all it holds is drawn.
    expect(page.locator("#behind")).to_be_hidden(timeout=30_000)
    said = [s for s in log(page) if s]
    assert said, "the screen held changes undrawn for seconds and never said so"
    for text in said:
        m = BEHIND.match(text)
        assert m, text
        assert int(m.group(1)) >= 1, text
    page.close()
