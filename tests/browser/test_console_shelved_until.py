"""A shelved alert comes back by itself: the console says when, in Taipei time (a
browser in another zone here), so a coordinator on a typhoon night knows which alert
returns at what time without opening anything."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import psycopg
from playwright.sync_api import Browser, expect

from tests.api.conftest import LiveApp
from tests.browser.test_pages import login

SQL_SHELVED = """
INSERT INTO alerts (rule_id, source_id, state, severity, category, agency, title, geom,
                    raised_at, updated_at, last_triggered_at, escalate_after_s,
                    auto_resolve_after_s, label, shelved_until)
VALUES ('flood-depth', 'SN-FL-003', 'shelved', 'Moderate', 'Met', 'disaster', '淹水深度警戒 警戒',
        ST_SetSRID(ST_MakePoint(120.6556, 24.18225), 4326), %s, %s, %s, 600, 600, '警戒', %s)
RETURNING alert_id
"""


def test_a_shelved_alert_says_until_when_in_taipei_time(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_dsn: str,
) -> None:
    now = datetime.now(UTC)
    until = (now + timedelta(minutes=47)).replace(second=0, microsecond=0)
    with psycopg.connect(db_dsn) as conn:
        alert_id = conn.execute(SQL_SHELVED, (now, now, now, until)).fetchone()[0]  # type: ignore[index]
    context = browser.new_context(locale="en-US", timezone_id="America/Los_Angeles",
                                  viewport={"width": 1366, "height": 768})
    page = context.new_page()
    login(page, f"{live_app.url}/static/console.html", "coord")
    cell = page.locator(f'#alerts tr[data-alert="{alert_id}"] .alert-state')
    hm = until.astimezone(ZoneInfo("Asia/Taipei")).strftime("%H:%M")
    expect(cell).to_contain_text("已擱置 · 至 ", timeout=20_000)
    expect(cell.locator("time")).to_contain_text(hm)
    instant = cell.locator("time").evaluate("(n) => Date.parse(n.getAttribute('datetime'))")
    assert instant == until.timestamp() * 1000, (instant, until)
    page.locator("#lang").click()
    expect(cell).to_contain_text("shelved · until ")
    expect(cell.locator("time")).to_contain_text(hm)
    context.close()
