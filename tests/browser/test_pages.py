"""The coordinator console and the planner page in a real browser."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import psycopg
from playwright.sync_api import Browser, expect

from ops_center.kpi.definitions import DEFAULT_PATH
from tests.api.conftest import PASSWORD, LiveApp

SQL_ALERT = """
INSERT INTO alerts (rule_id, source_id, state, severity, category, agency, title, geom,
                    raised_at, updated_at, last_triggered_at, escalate_after_s,
                    auto_resolve_after_s, label)
VALUES ('flood-depth', 'SN-FL-003', 'raised', 'Moderate', 'Met', 'disaster', '淹水深度警戒 警戒',
        ST_SetSRID(ST_MakePoint(120.6556, 24.18225), 4326), %s, %s, %s, 600, 600, '警戒')
RETURNING alert_id
"""


def login(page: object, url: str, user: str) -> None:
    page.goto(url)  # type: ignore[attr-defined]
    page.fill("#login input[name=username]", user)  # type: ignore[attr-defined]
    page.fill("#login input[name=password]", PASSWORD)  # type: ignore[attr-defined]
    page.click("#login button[type=submit]")  # type: ignore[attr-defined]


def test_console_acknowledges_an_alert_live(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_dsn: str, artifacts: Path
) -> None:
    now = datetime.now(UTC)
    with psycopg.connect(db_dsn) as conn:
        row = conn.execute(SQL_ALERT, (now, now, now)).fetchone()
    assert row is not None
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    login(page, f"{live_app.url}/static/console.html", "coord")
    alert_row = page.locator(f'#alerts tr[data-alert="{row[0]}"]')
    expect(alert_row).to_be_visible(timeout=20_000)
    alert_row.locator('button[data-action="acknowledge"]').click()
    expect(alert_row.locator(".alert-state")).to_have_text("已確認", timeout=20_000)
    expect(page.locator("#message")).to_have_text("")
    page.screenshot(path=str(artifacts / "console.png"), full_page=True)
    page.close()


def test_planner_charts_import_errors_and_export(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], artifacts: Path,
    tmp_path: Path,
) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    login(page, f"{live_app.url}/static/planner.html", "plan")
    expect(page.locator(".chart")).to_have_count(9, timeout=20_000)
    seed = DEFAULT_PATH.parent / "observations_2015.csv"
    page.set_input_files("#import input[type=file]", str(seed))
    page.click("#import button[type=submit]")
    expect(page.locator("#import-result.ok")).to_be_visible(timeout=20_000)
    expect(page.locator(".chart circle.pt").first).to_be_visible()
    bad = tmp_path / "bad.csv"
    bad.write_text("indicator_id,period,as_of,value,unit,source_note\n"
                   "4.1,2016,2016-06-30,abc,%,not a number\n"
                   "9.9,2016,2016-06-30,1,%,unknown\n", encoding="utf-8")
    page.set_input_files("#import input[type=file]", str(bad))
    page.click("#import button[type=submit]")
    expect(page.locator("#import-result.error")).to_be_visible(timeout=20_000)
    rows = page.locator("#import-errors tbody tr")
    expect(rows).to_have_count(2)
    expect(rows.first.locator("td").first).to_have_text("2")
    with page.expect_download() as download:
        page.click("#export")
    exported = download.value.path()
    assert exported is not None
    assert "4.1" in Path(exported).read_text(encoding="utf-8")
    page.screenshot(path=str(artifacts / "planner.png"), full_page=True)
    page.close()
