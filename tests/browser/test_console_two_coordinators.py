"""Two coordinators on one incident at once: the first hands the water bureau's work to the
traffic bureau; the second, whose page has not caught up yet, hands the same work to the
fire bureau a moment later. The ops service refuses the second command, and the second
coordinator reads why (the water bureau's assignment is already cancelled), in words and in
the page's language, not only that the center refused."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import psycopg
from playwright.sync_api import Browser, Page, Route, expect

from tests.api.conftest import LiveApp
from tests.browser.test_console_commands import INC, ops_service
from tests.browser.test_console_confirm import seed
from tests.browser.test_pages import login


def open_detail(browser: Browser, url: str, lang: str) -> Page:
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.add_init_script(f"localStorage.setItem('soc.lang', '{lang}')")
    login(page, f"{url}/static/console.html", "coord")
    row = page.locator(f'#incidents tr[data-incident="{INC}"]')
    expect(row).to_be_visible(timeout=20_000)
    row.locator("td").first.click()
    expect(page.locator("#dispatch-box")).to_be_visible(timeout=20_000)
    return page


def handed_on(dsn: str, agency: str) -> None:
    """Wait until the ops service has applied the first coordinator's reassignment."""
    deadline = time.monotonic() + 30
    with psycopg.connect(dsn, autocommit=True) as conn:
        while conn.execute("SELECT state FROM ops_assignments WHERE incident_id = %s AND agency = %s",
                           (INC, agency)).fetchone() != ("cancelled",):
            assert time.monotonic() < deadline, f"{agency}'s reassignment never applied"
            time.sleep(0.1)


def reassign(page: Page, src: str, dst: str, reason: str) -> None:
    box = page.locator("#dispatch-box")
    box.locator("select[name=reassign-from]").select_option(src)
    box.locator("select[name=reassign-to]").select_option(dst)
    box.locator("input[name=reassign-reason]").fill(reason)
    box.locator("button[data-action=reassign]").click()
    page.locator("#confirm-ok").click()


def test_the_second_of_two_reassignments_says_the_work_was_already_handed_on(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_dsn: str
) -> None:
    with psycopg.connect(db_dsn) as conn:
        seed(conn, datetime.now(UTC), INC, (("water", "acknowledged"), ("public_works", "assigned")))
    with ops_service(live_app.settings):
        first = open_detail(browser, live_app.url, "zh-TW")
        second = open_detail(browser, live_app.url, "zh-TW")

        # The second page's view stays as it was when opened (as a page's is, between the
        # first coordinator's command and the feed's next frame): both agencies still working.
        opened = {"water": "acknowledged", "public_works": "assigned"}

        def as_opened(route: Route) -> None:
            response = route.fetch()
            body = response.json()
            for a in body["assignments"]:
                a["state"] = opened.get(a["agency"], a["state"])
            route.fulfill(response=response, json=body)

        second.route(f"**/api/incidents/{INC}", as_opened)
        rounds = (("zh-TW", "water", "traffic", "fire", "水利局的派工已取消"),
                  ("en", "public_works", "environment", "police", "'s assignment is already cancelled"))
        for lang, src, dst, late, said in rounds:
            for page in (first, second):
                page.evaluate("(lang) => SOC.setLang(lang)", lang)
            reassign(first, src, dst, "交通局負責封路")
            handed_on(db_dsn, src)
            reassign(second, src, late, "另一位協調員同時改派")
            result = second.locator("#command-result")
            expect(result).to_have_attribute("data-state", "rejected", timeout=20_000)
            expect(result).to_contain_text(said, timeout=20_000)
        second.unroute_all(behavior="ignoreErrors")  # a read still in the handler is let go
        first.close()
        second.close()
