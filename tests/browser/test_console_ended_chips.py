"""In the console's incident list an ended assignment (cancelled, cleared) is not drawn in the
green of an agency at work, even when its agency had acknowledged before it ended: a reopened
job whose closure cancelled its agencies must read at a glance as nobody working it
(docs/ops_center.md, a reopen: "Its assignments stay as the closure left them ... the
coordinator dispatches anew")."""

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

REOPENED = "inc-ended-chips"


@pytest.fixture(scope="module")
def seeded(live_app: LiveApp, db_settings: Settings, db_dsn: str) -> None:
    run_geo_load(db_settings)
    now = datetime.now(UTC)
    t0 = now - timedelta(minutes=30)
    with psycopg.connect(db_dsn) as conn:
        conn.execute(SQL_INCIDENT, {"id": REOPENED, "type": "traffic", "sev": "Moderate", "lon": 120.646,
                                    "lat": 24.185, "t": now - timedelta(minutes=25)})
        for agency, st, acked, due in (
            ("police", "cancelled", t0, None),           # acknowledged, then the closure cancelled it
            ("fire", "cleared", t0, None),                # on scene, then cleared
            ("traffic", "en_route", t0, now + timedelta(minutes=40)),  # at work
        ):
            conn.execute(SQL_ASSIGNMENT, (REOPENED, agency, st, t0, t0, acked, due, 0))


def test_an_ended_assignment_is_not_drawn_as_an_agency_at_work(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], seeded: None,
) -> None:
    page = browser.new_page(viewport={"width": 1920, "height": 1080})
    login(page, f"{live_app.url}/static/console.html", "coord")
    row = page.locator(f'#incidents tr[data-incident="{REOPENED}"]')
    expect(row).to_have_count(1, timeout=20_000)
    settle(page)

    def background(state: str) -> str:
        tag = row.locator(f".tag.st-{state}")
        expect(tag).to_have_count(1)
        return str(tag.evaluate("e => getComputedStyle(e).backgroundColor"))

    working = background("en_route")
    ended = {state: background(state) for state in ("cancelled", "cleared")}
    classes = {state: row.locator(f".tag.st-{state}").get_attribute("class") or "" for state in ended}
    page.close()
    assert all("acked" not in c.split() for c in classes.values()), classes
    assert all(bg != working for bg in ended.values()), (working, ended)
