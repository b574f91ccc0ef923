"""The console offers to reassign only the work that can be handed on: reassigning cancels
an agency's assignment, and an agency on scene cannot be cancelled (its work ends cleared,
docs/ops_center.md). With police on scene and water on its way, the reassign picker offers
water only and says in words why police is not offered (real headless Chromium against the
live app)."""

from __future__ import annotations

from datetime import UTC, datetime

import psycopg
from playwright.sync_api import Browser, expect

from tests.api.conftest import LiveApp
from tests.browser.test_console_confirm import open_dispatch, seed

INC = "inc-reassign-on-scene"


def test_an_agency_on_scene_is_not_offered_for_reassignment_and_the_console_says_why(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_dsn: str
) -> None:
    with psycopg.connect(db_dsn) as conn:
        seed(conn, datetime.now(UTC), INC, (("police", "on_scene"), ("water", "en_route")))
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.add_init_script("localStorage.setItem('soc.lang', 'zh-TW')")
    box = open_dispatch(page, live_app.url, INC)
    offered = box.locator("select[name=reassign-from] option:not([value=''])")
    expect(offered).to_have_count(1)
    expect(offered).to_have_attribute("value", "water")
    expect(box).to_contain_text("警察局已到場，不能改派")
