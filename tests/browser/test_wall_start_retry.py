"""A wall opened during a database blip is not told its display token was refused.

The live app over a seeded database and a headless Chromium on the wall; the first read of
the map's zones is answered 503 (as the API answers while its database is away). Only a 401
or a 403 is a refused token: the wall reads its map again and comes up live.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from playwright.sync_api import Browser, expect

from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp
from tests.browser import test_wall_reading as reading


@pytest.fixture(scope="module")
def seeded(live_app: LiveApp, db_settings: Settings, db_dsn: str) -> None:
    run_geo_load(db_settings)
    reading.seed(db_dsn, datetime.now(UTC))


def test_a_map_that_fails_to_load_once_is_loaded_again_not_read_as_a_refused_token(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], seeded: None,
) -> None:
    """A wall opened during a database blip (its map's first read answered 503) is not told
    its token was refused: it reads the map again and comes up live."""
    page = browser.new_page(viewport={"width": 1920, "height": 1080})
    failed: list[str] = []

    def once_unavailable(route, request) -> None:  # type: ignore[no-untyped-def]
        if not failed:
            failed.append(request.url)
            route.fulfill(status=503, content_type="application/problem+json",
                          body='{"title": "Service Unavailable", "status": 503, "detail": "database"}')
        else:
            route.continue_()

    page.route("**/api/geo/zones", once_unavailable)
    page.add_init_script("localStorage.setItem('soc.lang', 'en')")
    page.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}")
    expect(page.locator("#conn.connected")).to_have_count(1, timeout=30_000)
    assert failed, "the first read of the map was not answered 503"
    expect(page.locator("#token-refused")).to_be_hidden()
    expect(page.locator("#board article[data-incident]").first).to_be_visible(timeout=30_000)
    page.close()
