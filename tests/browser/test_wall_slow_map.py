"""A wall whose map is slow to load still shows its board, mode and health at once.

The map waits for MapLibre's library (compiled, then drawn in software on a loaded screen) and
the zone's geometry; the board, the mode and the banner come from the wall's socket. Here the
library's request is held unanswered: the wall must show its incident card and its mode
meanwhile, and once the library comes, place the incident on the map and say it is live (not
before: the state it holds is not drawn everywhere until then).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from playwright.sync_api import Browser, Request, Route, expect

from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp
from tests.browser.test_wall_reading import SQL_ASSIGNMENT, SQL_INCIDENT

INCIDENT = "inc-slow-map"


@pytest.fixture(scope="module")
def seeded(live_app: LiveApp, db_settings: Settings, db_dsn: str) -> None:
    run_geo_load(db_settings)
    now = datetime.now(UTC).replace(microsecond=0)
    with psycopg.connect(db_dsn) as conn:
        conn.execute(SQL_INCIDENT, {"id": INCIDENT, "type": "flood", "sev": "Severe", "lon": 120.652,
                                    "lat": 24.185, "t": now - timedelta(minutes=3)})
        conn.execute(SQL_ASSIGNMENT, (INCIDENT, "water", "acknowledged", now, now, now, now + timedelta(hours=1), 0))


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
def test_the_board_and_mode_do_not_wait_for_the_map(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], seeded: None, lang: str,
) -> None:
    page = browser.new_page(viewport={"width": 1920, "height": 1080})
    held: list[Route] = []

    def hold(route: Route, request: Request) -> None:
        held.append(route)  # left unanswered until the test lets it go

    page.route("**/maplibre-gl.mjs", hold)
    page.add_init_script(f"localStorage.setItem('soc.lang', '{lang}')")
    page.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}")
    expect(page.locator(f'#board article[data-incident="{INCIDENT}"]')).to_be_visible(timeout=30_000)
    expect(page.locator("#mode")).not_to_have_class("unknown")
    expect(page.locator("html")).to_have_attribute("lang", "en" if lang == "en" else "zh-Hant-TW")
    assert held, "the map's library was not asked for"
    expect(page.locator("#map g.incident")).to_have_count(0)  # no map yet: nothing placed on it
    expect(page.locator("#conn.connected")).to_have_count(0)
    expect(page.locator("#basemap")).not_to_have_attribute("data-map", "placed")
    for route in held:
        route.continue_()
    expect(page.locator("#map g.incident")).to_have_count(1, timeout=30_000)
    expect(page.locator("#conn.connected")).to_have_count(1, timeout=30_000)
    expect(page.locator("#basemap")).to_have_attribute("data-map", "placed")
    expect(page.locator("#basemap canvas")).to_have_count(1)
    page.close()
