"""The planner page says when the automatic KPI computation has stalled: a last run older
than two intervals gets a line saying how long ago it was and that the computed figures
may be out of date; a recent run gets none. The status's last run is set by the test
(the real answer, with its finish time replaced), so no clock is waited on."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from playwright.sync_api import Browser, Route, expect

from tests.api.conftest import LiveApp
from tests.browser.test_pages import login


def finished(ago: list[timedelta], at: datetime | None = None):  # type: ignore[no-untyped-def]
    """A route handler: the real status with a last run that finished ``ago[0]`` ago (or at ``at``)."""
    def handle(route: Route) -> None:
        answer = route.fetch()
        body = answer.json()
        at_ = (at or datetime.now(UTC) - ago[0]).isoformat()
        body["last_run"] = {"finished_at": at_, "started_at": at_, "trigger": "schedule", "actor": "kpi-scheduler"}
        route.fulfill(response=answer, body=json.dumps(body))
    return handle


def test_a_stalled_computation_is_said_and_a_recent_one_is_not(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str],
) -> None:
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    ago = [timedelta(hours=3, minutes=5)]
    page.route("**/api/kpis/status", finished(ago))
    login(page, f"{live_app.url}/static/planner.html", "plan")
    late = page.locator("#last-run .run-late")
    expect(late).to_have_text("自動計算已停頓：最近一次是 3 小時前（應每 15 分鐘一次），「系統計算」的數字可能已過時。",
                              timeout=20_000)
    page.locator("#lang").click()
    expect(late).to_have_text('Automatic computation has stalled: the last run was 3 h ago (due every 15 min);'
                              ' the "computed" figures may be out of date.')
    page.locator("#lang").click()
    expect(late).to_contain_text("自動計算已停頓")
    ago[0] = timedelta(minutes=10)
    page.reload()
    expect(page.locator("#last-run .run-time")).to_be_visible(timeout=20_000)
    expect(late).to_have_count(0)
    page.unroute_all(behavior="ignoreErrors")
    page.close()


def test_the_last_run_is_written_in_taipei_time_in_both_languages(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str],
) -> None:
    """Whatever the browser's locale and zone (en-US, Los Angeles here): 01:30 on
    1 December in Taipei is 2026-12-01 01:30, never 12/01 or 01/12."""
    context = browser.new_context(locale="en-US", timezone_id="America/Los_Angeles",
                                  viewport={"width": 1366, "height": 768})
    page = context.new_page()
    page.route("**/api/kpis/status", finished([timedelta(0)], datetime(2026, 11, 30, 17, 30, tzinfo=UTC)))
    login(page, f"{live_app.url}/static/planner.html", "plan")
    run_time = page.locator("#last-run .run-time")
    expect(run_time).to_have_text("2026-12-01 01:30", timeout=20_000)
    page.locator("#lang").click()
    expect(page.locator("#last-run")).to_contain_text("Last computed")
    expect(run_time).to_have_text("2026-12-01 01:30")
    page.unroute_all(behavior="ignoreErrors")  # a read still in the handler is let go
    context.close()
