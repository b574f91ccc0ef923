"""A month in which alerts were raised and nobody acknowledged one, as a planner reads it: the
worst month, never "no data" (docs/kpi.md, "Operational KPIs"). Mean time to acknowledge shows
the open alerts' mean wait so far as "at least", the items done and still open, and "not met"
once that wait is past the target (300 s); computed by the page's own recompute."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import psycopg
from playwright.sync_api import Browser, expect

from tests.api.conftest import LiveApp
from tests.browser.test_planner import open_planner

SQL_ALERT = """
INSERT INTO alerts (rule_id, source_id, state, severity, category, agency, title, raised_at, updated_at,
                    last_triggered_at, escalate_after_s, auto_resolve_after_s)
VALUES (%s, 'SN-OPEN-1', 'raised', 'Moderate', 'Met', 'disaster', 't', %s, %s, %s, 600, 600)
"""


def test_alerts_nobody_acknowledged_read_as_at_least_their_wait_and_not_met(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_dsn: str,
) -> None:
    now = datetime.now(UTC)
    month_start = now.astimezone(ZoneInfo("Asia/Taipei")).replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    with psycopg.connect(db_dsn) as conn:
        for k in (10, 20, 30):  # raised this month, 10 to 30 minutes before the computation
            raised = max(now - timedelta(minutes=k), month_start + timedelta(seconds=k))
            conn.execute(SQL_ALERT, (f"open-{k}", raised, raised, raised))
    page = open_planner(browser, live_app)
    page.click("#recompute")
    expect(page.locator("#recompute-result.ok")).to_be_visible(timeout=30_000)
    row = page.locator('#operational tr[data-indicator="ops.mtta_alerts"]')
    expect(row.locator(".parts")).to_have_text("已完成 0 件，未完成 3 件", timeout=20_000)
    expect(row.locator(".value")).to_contain_text(re.compile(r"^至少 [\d,]+\.\d 秒"))
    expect(row.locator(".value .lower-bound")).to_have_text("尚無一件完成：未完成者至今的平均等候時間")
    expect(row.locator(".nodata")).to_have_count(0)
    if now - month_start > timedelta(minutes=30):  # the usual case: every alert waited past 300 s
        expect(row.locator(".target .not-met")).to_have_text("未達標")
    page.locator("#lang").click()
    expect(row.locator(".parts")).to_have_text("0 done, 3 still open", timeout=20_000)
    expect(row.locator(".value")).to_contain_text(re.compile(r"^at least [\d,]+\.\d s"))
    page.close()
