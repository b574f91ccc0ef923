"""The coordinator console and the planner page in a real browser."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
from playwright.sync_api import Browser, Page, expect

from common.settings import Settings
from geo.service import run_geo_load
from kpi.definitions import DEFAULT_PATH
from tests.api.conftest import PASSWORD, LiveApp
from tests.browser.conftest import download_bytes
from tests.browser.test_wall_reading import INCIDENTS, seed

SQL_ALERT = """
INSERT INTO alerts (rule_id, source_id, state, severity, category, agency, title, geom,
                    raised_at, updated_at, last_triggered_at, escalate_after_s,
                    auto_resolve_after_s, label)
VALUES ('flood-depth', 'SN-FL-003', 'raised', 'Moderate', 'Met', 'disaster', '淹水深度警戒 警戒',
        ST_SetSRID(ST_MakePoint(120.6556, 24.18225), 4326), %s, %s, %s, 600, 600, '警戒')
RETURNING alert_id
"""


def seed_incident(conn: psycopg.Connection, now: datetime) -> None:
    """An incident as the ops center stores it: row, one member, history, two assignments."""
    t = now - timedelta(minutes=3)
    point = "ST_SetSRID(ST_MakePoint(120.6556, 24.18225), 4326)"
    conn.execute(
        "INSERT INTO ops_incidents (incident_id, type, state, severity, priority, agencies,"
        " member_count, first_evidence_at, last_evidence_at, opened_at, updated_at, centroid,"
        f" zone, sub_area) VALUES ('inc-console-1', 'flood', 'open', 'Moderate', 2101,"
        f" ARRAY['disaster'], 1, %(t)s, %(t)s, %(t)s, %(t)s, {point}, 'shuinan', 'central_park')",
        {"t": t})
    conn.execute(
        "INSERT INTO ops_incident_members (item_key, incident_id, original_incident_id, kind,"
        " agency, feed, category, severity, signal, via, anchor, distance_m, dt_s, observed_at,"
        " joined_at, source_id, geom) VALUES ('alert:1', 'inc-console-1', 'inc-console-1',"
        " 'alert', 'disaster', 'flood', 'Met', 'Moderate', 'flood', 'seed', true, 0, 0,"
        f" %(t)s, %(t)s, 'SN-FL-003', {point})", {"t": t})
    conn.execute("INSERT INTO ops_incident_history (incident_id, at, actor, action) VALUES"
                 " ('inc-console-1', %s, 'ops-center', 'opened')", (t,))
    for agency in ("water", "public_works"):
        conn.execute(
            "INSERT INTO ops_assignments (incident_id, agency, state, ack_policy, assigned_at,"
            " state_since, deadline) VALUES ('inc-console-1', %s, 'assigned', 'all', %s, %s, %s)",
            (agency, t, t, now + timedelta(minutes=12)))


def login(page: object, url: str, user: str) -> None:
    page.goto(url)  # type: ignore[attr-defined]
    page.fill("#login input[name=username]", user)  # type: ignore[attr-defined]
    page.fill("#login input[name=password]", PASSWORD)  # type: ignore[attr-defined]
    page.click("#login button[type=submit]")  # type: ignore[attr-defined]


def console_with_nine(browser: Browser, url: str, db_settings: Settings, db_dsn: str,
                      days_before: int = 0) -> Page:
    """The console at 1366x768 in zh-TW, signed in as a coordinator, over the reading
    test's nine open incidents (seeded here), once all are listed; the first
    `days_before` of them opened a day earlier, so their times carry a date."""
    run_geo_load(db_settings)
    now = datetime.now(UTC)
    seed(db_dsn, now)
    if days_before:
        with psycopg.connect(db_dsn) as conn:
            conn.execute("UPDATE ops_incidents SET opened_at = opened_at - interval '1 day',"
                         " first_evidence_at = first_evidence_at - interval '1 day'"
                         " WHERE incident_id = ANY(%s)", ([i[0] for i in INCIDENTS[:days_before]],))
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.add_init_script("localStorage.setItem('soc.lang', 'zh-TW')")
    login(page, f"{url}/static/console.html", "coord")
    expect(page.locator("#incidents tr[data-incident]")).to_have_count(len(INCIDENTS), timeout=20_000)
    return page


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
    with psycopg.connect(db_dsn) as conn:
        seed_incident(conn, now)
    incident = page.locator('#incidents tr[data-incident="inc-console-1"]')
    expect(incident).to_be_visible(timeout=20_000)
    expect(incident.locator(".tag")).to_have_count(2)
    incident.locator("td").first.click()
    expect(page.locator("#evidence tr")).to_have_count(1, timeout=20_000)
    expect(page.locator("#timeline tr")).to_have_count(1)
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
    expect(page.locator('.chart[data-indicator="4.1"]')).to_have_attribute("data-actual", "2015-06-30=91.99")
    expect(page.locator(".chart canvas").first).to_be_visible()
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
    assert "4.1" in download_bytes(download.value).decode("utf-8")
    page.screenshot(path=str(artifacts / "planner.png"), full_page=True)
    page.close()


def test_no_page_asks_for_what_the_server_does_not_have(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str]
) -> None:
    """The wall, the console and the planner page load with no request answered 404 (a
    browser asks for /favicon.ico unless the page names its icon): the developer console of
    a wall left on all night holds only what went wrong."""
    missing: list[str] = []
    for path in (f"/static/wall.html#token={accounts['wall1']}", "/static/console.html", "/static/planner.html"):
        page = browser.new_page(viewport={"width": 1366, "height": 768})
        # Chromium's own icon request is not a Playwright network event; its failure is logged.
        page.on("console", lambda m, path=path: missing.append(f"{path}: {m.text}") if "404" in m.text else None)
        page.on("response", lambda r: missing.append(r.url) if r.status == 404 else None)
        page.goto(f"{live_app.url}{path}", wait_until="networkidle")
        page.wait_for_timeout(1000)  # not a timing assertion: the icon is asked for after the load
        page.close()
    assert missing == []
