"""A coordinator dispatches an agency to a planned event from the console, in a real browser,
applied by a running ops service: the console shows it as a job at once (no planned label, the
reports it held aside are its evidence, the dispatch on its timeline) and the wall draws it as
an active incident, no longer the quiet planned marker and card."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Browser, expect

from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp
from tests.api.planned_event import planned_concert
from tests.browser.test_pages import login


def test_a_dispatch_from_the_console_makes_a_planned_event_a_job_on_the_console_and_the_wall(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_settings: Settings, artifacts: Path,
) -> None:
    run_geo_load(db_settings)
    with planned_concert(live_app.settings) as (inc, _permit, calls):
        wall = browser.new_page(viewport={"width": 1920, "height": 1080})
        wall.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}")
        marker = wall.locator(f'#map g.incident[data-incident="{inc}"]')
        card = wall.locator(f'#board article.card[data-incident="{inc}"]')
        expect(marker).to_have_class(re.compile(r"\bplanned\b"), timeout=20_000)
        expect(card).to_have_class(re.compile(r"\bplanned\b"), timeout=20_000)

        page = browser.new_page(viewport={"width": 1920, "height": 1080})
        page.add_init_script("localStorage.setItem('soc.lang', 'zh-TW')")
        login(page, f"{live_app.url}/static/console.html", "coord")
        row = page.locator(f'#incidents tr[data-incident="{inc}"]')
        expect(row.locator(".planned-tag")).to_have_count(1, timeout=20_000)
        row.locator("button.num-open").click()
        expect(page.locator("#held tr")).to_have_count(len(calls), timeout=20_000)

        box = page.locator("#dispatch-box")
        box.locator("select[name=assign-agency]").select_option("fire")
        box.locator("button[data-action=assign]").click()
        result = page.locator("#command-result")
        expect(result).to_have_attribute("data-state", "done", timeout=20_000)
        expect(result).to_contain_text("派遣 消防局 · 完成")

        # The console: a job like any other.
        expect(row.locator(".planned-tag")).to_have_count(0, timeout=20_000)
        expect(page.locator("#held-box")).to_be_hidden(timeout=20_000)
        expect(page.locator("#evidence tr")).to_have_count(1 + len(calls), timeout=20_000)
        expect(page.locator("#evidence tr").first).to_contain_text("活動許可")  # the permit, in words
        expect(page.locator("#evidence")).not_to_contain_text("f_")
        expect(page.locator("#timeline")).to_contain_text("預定活動經派遣轉為派工事件", timeout=20_000)
        # The wall: an active incident, drawn with its severity and its agencies' countdown.
        expect(marker).not_to_have_class(re.compile(r"\bplanned\b"), timeout=20_000)
        expect(marker).to_have_class(re.compile(r"\bsev-"))
        expect(card).not_to_have_class(re.compile(r"\bplanned\b"), timeout=20_000)
        expect(card.locator(".planned-tag")).to_have_count(0)
        expect(card.locator(".countdown")).not_to_have_count(0, timeout=20_000)
        page.screenshot(path=str(artifacts / "console-dispatch-planned.png"), full_page=True)
        wall.screenshot(path=str(artifacts / "wall-dispatch-planned.png"))
        page.close()
        wall.close()
