"""The wall's first frames throw nothing: from the first load until every panel is drawn
and fitted, no uncaught error reaches the page (an operator's wall must not throw), at
the smallest and the usual screen, with no incident and with more incidents than the
board holds."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from playwright.sync_api import Browser, expect

from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp
from tests.browser import test_wall_reading as reading
from tests.browser.conftest import expect_on_map
from tests.browser.test_wall_empty_board import seed_without_incidents


def add_incidents(dsn: str, now: datetime) -> None:
    """The reading test's open incidents, each with its assignments."""
    with psycopg.connect(dsn) as conn:
        for i, (inc, typ, sev, lon, lat) in enumerate(reading.INCIDENTS):
            conn.execute(reading.SQL_INCIDENT, {"id": inc, "type": typ, "sev": sev, "lon": lon, "lat": lat,
                                                "t": now - timedelta(minutes=40 - i)})
            t0 = now - timedelta(minutes=20)
            conn.execute(reading.SQL_ASSIGNMENT, (inc, "water", "assigned", t0, t0, None,
                                                  now + timedelta(minutes=25), 0))


@pytest.fixture(scope="module")
def seeded(live_app: LiveApp, db_settings: Settings, db_dsn: str) -> None:
    """The zone, its sensors' readings and a camera event, without incidents: every
    board's panels other than the incidents' have data, whichever board runs first."""
    run_geo_load(db_settings)
    seed_without_incidents(db_dsn)


@pytest.fixture(scope="module", params=["no incident", "incidents"])
def board(request: pytest.FixtureRequest, seeded: None, db_dsn: str) -> Iterator[int]:
    """The number of open incidents on the board (the empty board first, then a full one)."""
    if request.param == "no incident":
        yield 0
    else:
        add_incidents(db_dsn, datetime.now(UTC))
        yield len(reading.INCIDENTS)


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1920, 1080)])
def test_the_first_frames_throw_nothing(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], board: int, width: int, height: int,
) -> None:
    page = browser.new_page(viewport={"width": width, "height": height})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(f"{e.name}: {e.message}"))
    page.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}")
    expect(page.locator("#conn.connected")).to_have_count(1, timeout=20_000)
    expect_on_map(page, board)
    expect(page.locator('#trends tr[data-sensor="SN-RG-001"]')).to_have_count(1, timeout=30_000)
    expect(page.locator('#cameras tr[data-camera="SN-CCTV-001"]')).to_have_count(1, timeout=30_000)
    expect(page.locator("#agencies tr[data-agency]").first).to_be_attached(timeout=30_000)
    expect(page.locator("#kpis [data-kpi]").first).to_be_attached(timeout=30_000)
    # The panels are fitted on the next animation frames: let a few of them run.
    page.evaluate("""() => new Promise((done) => {
      let n = 0;
      const tick = () => { n += 1; if (n >= 10) done(); else requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    })""")
    page.close()
    assert errors == [], f"{width}x{height}, {board} incidents: {errors}"
