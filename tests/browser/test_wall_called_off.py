"""An agency whose work was called off (reassigned away) is no chip and no badge on the wall.

The wall is read from 5 m without hover: a traffic bureau reassigned away from a fire stayed
on the incident's one-line card and beside its marker as an amber 交, the colour of an
agency that has not acknowledged yet, with 已取消 only in the tooltip. The badges and the
one-line card's chips name the agencies on the job; a full card still lists the cancelled
one in words (docs/web.md, the wall's board)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from playwright.sync_api import Browser, Page, expect

from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp
from tests.browser.conftest import settle
from tests.browser.test_wall_reading import SQL_ASSIGNMENT, SQL_INCIDENT

INCIDENTS = [f"inc-calledoff-{i}" for i in range(8)]


@pytest.fixture(scope="module")
def seeded(live_app: LiveApp, db_settings: Settings, db_dsn: str) -> LiveApp:
    """Eight fires, each with the fire bureau acknowledged, the water bureau assigned (due in
    10 min) and the traffic bureau reassigned away: more than the board holds as full cards."""
    run_geo_load(db_settings)
    now = datetime.now(UTC)
    t0 = now - timedelta(minutes=5)
    with psycopg.connect(db_dsn) as conn:
        for i, inc in enumerate(INCIDENTS):
            conn.execute(SQL_INCIDENT, {"id": inc, "type": "fire", "sev": "Severe", "lon": 120.636 + 0.004 * i,
                                        "lat": 24.172 + 0.003 * (i % 4), "t": now - timedelta(minutes=10 + i)})
            conn.execute(SQL_ASSIGNMENT, (inc, "fire", "acknowledged", t0, t0, t0, now + timedelta(minutes=30), 0))
            conn.execute(SQL_ASSIGNMENT, (inc, "traffic", "cancelled", t0, now, None, None, 0))
            conn.execute(SQL_ASSIGNMENT, (inc, "water", "assigned", now, now, None, now + timedelta(minutes=10), 0))
    return live_app


@pytest.fixture
def wall(browser: Browser, seeded: LiveApp, accounts: dict[str, str]) -> Iterator[Page]:
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.goto(f"{seeded.url}/static/wall.html#token={accounts['wall1']}")
    expect(page.locator("#conn.connected")).to_have_count(1, timeout=20_000)
    expect(page.locator("#board article.card").first).to_be_visible(timeout=30_000)
    yield page
    page.close()


def test_a_called_off_agency_is_no_chip_and_no_badge(wall: Page) -> None:
    for lang, traffic, water in (("zh-TW", "交", "水"), ("en", "TRA", "WAT")):
        settle(wall)
        compact = wall.locator("#board article.card.compact")
        expect(compact.first).to_be_visible()
        chips = wall.locator("#board .chip")
        expect(chips.filter(has_text=water).first).to_be_visible()
        assert traffic not in chips.all_text_contents(), (lang, chips.all_text_contents())
        assert not [t for t in chips.evaluate_all("(cs) => cs.map((c) => c.title)") if "取消" in t or "cancel" in t]
        badges = wall.locator("#map g.incident text.badge-text").all_text_contents()
        assert water in badges, (lang, badges)
        assert traffic not in badges, (lang, badges)
        wall.locator("#lang").click()
