"""A browser test that fails waiting for its page is told what the page and the server were doing.

``tests/page_watch.py`` and ``tests/server_watch.py`` add those reports to a failing test's
report (``tests/fix_browser.py``). Here the two stalls they are for are made on purpose and
the reports read while they last: a page's script whose answer is held (a stalled asset),
and the live app's event loop held by a call that does not yield (a blocked loop).
"""

from __future__ import annotations

import asyncio
import threading
import time

from playwright.sync_api import Browser, Route, expect

from tests import page_watch
from tests.api.conftest import LiveApp

#: A bound for a hang of the conditions waited for below.
HANG_S = 60.0


def test_a_held_script_is_reported_pending_and_the_page_as_not_started(browser: Browser, live_app: LiveApp) -> None:
    held: list[Route] = []
    page = browser.new_page()
    def hold(route: Route) -> None:
        held.append(route)

    page.route("**/static/common.js", hold)
    page.goto(f"{live_app.url}/static/console.html", wait_until="commit")
    deadline = time.monotonic() + HANG_S
    while not held:  # the route's handler runs while Playwright waits
        assert time.monotonic() < deadline, "the page never asked for its script"
        page.wait_for_timeout(50)
    report = page_watch.report()
    assert "GET /static/common.js (script) for" in report, report
    assert "'socDefined': False" in report, report
    assert "'loginHidden': True" in report, report
    held[0].continue_()
    expect(page.locator("#login")).to_be_visible(timeout=30_000)
    report = page_watch.report()
    assert "'socDefined': True" in report, report
    assert "GET /static/common.js -> 200" in report, report


def test_a_blocked_event_loop_is_reported_with_what_blocked_it(live_app: LiveApp) -> None:
    release = threading.Event()

    async def hold_the_loop() -> None:
        release.wait(HANG_S)  # a call that never yields, as a sync database call would

    done = asyncio.run_coroutine_threadsafe(hold_the_loop(), live_app.state.loop)
    try:
        deadline = time.monotonic() + HANG_S
        # This stall's record (a loaded host may have stalled the loop before, for its own reasons).
        while not any("in hold_the_loop" in stall for stall in list(live_app.watch.stalls)):
            assert time.monotonic() < deadline, f"no stall in hold_the_loop was recorded: {list(live_app.watch.stalls)}"
            time.sleep(0.1)
    finally:
        release.set()
        done.result(timeout=HANG_S)
    report = live_app.watch.report()
    assert "the loop had not turned for" in report, report
    assert "in hold_the_loop" in report, report
