"""A crowded map at 1680x1050 (a common 16:10 monitor within the wall's sizes): incidents
across the zone and its surroundings, two of them pinned to the map's edge beyond it. The
legend, drawn over the map, is a place taken like a marker: when an incident finds no spot
clear of every other, it is still drawn clear of the legend (docs/web.md, "The wall's map")."""

from __future__ import annotations

import math
import random
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from playwright.sync_api import Browser, expect

from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp
from tests.browser.conftest import settle
from tests.browser.test_wall_close_incidents import UNDER_LEGEND_JS
from tests.browser.test_wall_reading import SQL_ASSIGNMENT, SQL_INCIDENT

#: The zone's middle; degrees of longitude and latitude per km there.
MIDDLE = (120.645, 24.18)
KM = (1 / 101.5, 1 / 111)
AGENCIES = ["fire", "police", "environment", "water", "public_works"]
#: Seeds of random layouts: in 5 and 8 an incident finds no spot clear of every other, with
#: its place under the legend.
LAYOUTS = (0, 1, 2, 5, 8)


def seed(dsn: str, rnd: random.Random) -> None:
    """23 open incidents: 21 within 3.2 km of the zone's middle (in the map's frame), two
    3.8 to 6 km west-south-west of it (pinned to the edge near the legend's corner); one to
    three agencies each, about a third of them overdue and escalated."""
    now = datetime.now(UTC)
    t0 = now - timedelta(minutes=20)
    places = [(rnd.uniform(0, 360), rnd.uniform(0, 3.2)) for _ in range(21)]
    places += [(rnd.uniform(170, 215), rnd.uniform(3.8, 6)) for _ in range(2)]
    with psycopg.connect(dsn) as conn:
        conn.execute("DELETE FROM ops_assignments")
        conn.execute("DELETE FROM ops_incidents")
        for i, (deg, km) in enumerate(places):
            a = math.radians(deg)
            inc = f"inc-crowd-{i}"
            conn.execute(SQL_INCIDENT, {
                "id": inc, "type": rnd.choice(["fire", "flood", "traffic"]),
                "sev": rnd.choice(["Minor", "Moderate", "Severe"]),
                "lon": MIDDLE[0] + math.cos(a) * km * KM[0], "lat": MIDDLE[1] + math.sin(a) * km * KM[1],
                "t": now - timedelta(minutes=40 - i)})
            for agency in rnd.sample(AGENCIES, rnd.randint(1, 3)):
                late = rnd.random() < 0.3
                conn.execute(SQL_ASSIGNMENT, (inc, agency, "assigned", t0, t0, None,
                                              now + timedelta(minutes=-2 if late else 5), int(late)))


@pytest.fixture(scope="module")
def zone(live_app: LiveApp, db_settings: Settings) -> None:
    run_geo_load(db_settings)


def test_no_marker_is_left_under_the_legend_on_a_crowded_map(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], zone: None, db_dsn: str,
) -> None:
    for layout in LAYOUTS:
        seed(db_dsn, random.Random(layout))
        page = browser.new_page(viewport={"width": 1680, "height": 1050})
        page.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}&lang=en")
        expect(page.locator("#conn.connected")).to_have_count(1, timeout=20_000)
        expect(page.locator("#board .card").first).to_contain_text("#", timeout=20_000)
        settle(page)
        assert page.evaluate(UNDER_LEGEND_JS) == [], f"layout {layout}: drawn under the legend"
        page.close()
