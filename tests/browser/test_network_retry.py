"""A request that fails on the network is asked again, and the page says it is retrying.

The browser fails a request before any answer when the network changes under it
(``net::ERR_NETWORK_CHANGED``: Wi-Fi roaming, a VPN coming up, an address of the host coming
or going) or is gone for a moment. Here each page's first request of a kind fails so
(``route.abort("internetdisconnected")``), and its second is held until the test has seen the
page say it is retrying (``#net-retry`` for a read or the map's library, ``#boot-retry`` for
the page's own scripts): then the page comes up as it does on a quiet network, and the notice
goes.
"""

from __future__ import annotations

from collections import Counter

import pytest
from playwright.sync_api import Browser, Page, Request, Route, expect

from tests.api.conftest import LiveApp
from tests.browser.test_pages import login

pytestmark = [pytest.mark.browser, pytest.mark.slow]


class FailOnce:
    """A route handler: each URL's first request fails on the network, its second is held
    (``held``) until :meth:`release`, any later one goes through (a URL's query is not part
    of it: a page may ask again with one, as a module the browser failed to load is not
    fetched again under its first address)."""

    def __init__(self) -> None:
        self.seen: Counter[str] = Counter()
        self.held: list[Route] = []

    def __call__(self, route: Route, request: Request) -> None:
        url = request.url.split("?")[0]
        self.seen[url] += 1
        n = self.seen[url]
        if n == 1:
            route.abort("internetdisconnected")
        elif n == 2:
            self.held.append(route)
        else:
            route.continue_()

    def release(self) -> None:
        held, self.held = self.held, []
        for route in held:
            route.continue_()


def _wait_held(page: Page, fail: FailOnce, n: int) -> None:
    """Until ``n`` requests are held (the handler runs while Playwright waits)."""
    for _ in range(600):
        if len(fail.held) >= n:
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"{len(fail.held)} of {n} requests asked again: {dict(fail.seen)}")


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
def test_the_planner_asks_again_for_the_histories_it_could_not_read(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], lang: str,
) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.add_init_script(f"localStorage.setItem('soc.lang', '{lang}')")
    fail = FailOnce()
    page.route("**/api/kpis/*/history", fail)
    login(page, f"{live_app.url}/static/planner.html", "plan")
    _wait_held(page, fail, 9)
    note = page.locator("#net-retry")
    expect(note).to_be_visible()
    expect(note).to_have_text("Network interrupted, retrying…" if lang == "en" else "網路連線中斷，重試中…")
    fail.release()
    expect(page.locator(".chart")).to_have_count(9, timeout=30_000)
    expect(note).to_be_hidden()
    expect(page.locator("#refresh-error")).to_be_hidden()
    page.close()


def test_the_console_loads_its_scripts_again(browser: Browser, live_app: LiveApp) -> None:
    page = browser.new_page()
    fail = FailOnce()
    page.route("**/static/*.js", fail)
    page.goto(f"{live_app.url}/static/console.html")
    _wait_held(page, fail, 1)
    note = page.locator("#boot-retry")
    expect(note).to_be_visible()
    expect(note).to_contain_text("重試中")
    for _ in range(10):  # each script fails once: common.js, then console.js
        fail.release()
        if page.locator("#login").is_visible():
            break
        page.wait_for_timeout(500)
    expect(page.locator("#login")).to_be_visible(timeout=30_000)
    expect(note).to_be_hidden()
    assert set(fail.seen) == {f"{live_app.url}/static/common.js", f"{live_app.url}/static/console.js"}, fail.seen
    page.close()


def test_the_wall_loads_its_map_library_again(browser: Browser, live_app: LiveApp, accounts: dict[str, str]) -> None:
    page = browser.new_page(viewport={"width": 1920, "height": 1080})
    fail = FailOnce()
    page.route("**/maplibre-gl.mjs*", fail)
    page.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}")
    _wait_held(page, fail, 1)
    expect(page.locator("#net-retry")).to_be_visible()
    fail.release()
    expect(page.locator("#basemap")).to_have_attribute("data-map", "placed", timeout=60_000)
    expect(page.locator("#basemap canvas")).to_have_count(1)
    expect(page.locator(".map-failed")).to_have_count(0)
    expect(page.locator("#net-retry")).to_be_hidden()
    page.close()
