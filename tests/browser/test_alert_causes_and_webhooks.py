"""Why an open alert's condition no longer holds (values expired, station silent) in the
console's alert table and on the wall's ticker, in zh-TW and English; the wall's failed-
webhook tile with the agency and the receiver's answer, and how it follows a retry from
the console (real headless Chromium against the live app)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
from playwright.sync_api import Browser, expect
from psycopg.types.json import Jsonb

from tests.api.conftest import LiveApp
from tests.browser.test_pages import login

SQL_ENDED_ALERT = """
INSERT INTO alerts (rule_id, source_id, state, severity, category, agency, title, geom,
                    raised_at, updated_at, last_triggered_at, escalate_after_s,
                    auto_resolve_after_s, label, cleared_at, clear_cause)
VALUES (%s, %s, 'raised', 'Moderate', 'Met', 'disaster', '雨量達中央氣象署豪大雨分級：大雨',
        ST_SetSRID(ST_MakePoint(120.6556, 24.18225), 4326), %s, %s, %s, 600, 600, '大雨', %s, %s)
RETURNING alert_id
"""


def test_console_and_wall_say_why_a_condition_ended(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_dsn: str, artifacts: Path
) -> None:
    now = datetime.now(UTC)
    ids = {}
    with psycopg.connect(db_dsn) as conn:
        for cause, source, minutes in (("expired", "C0F9T0", 1), ("silent", "C0F9R0", 2)):
            t = now + timedelta(seconds=minutes)  # the newest alerts: first on the ticker
            row = conn.execute(SQL_ENDED_ALERT, ("cwa-rainfall", source, t, t, t, t, cause)).fetchone()
            assert row is not None
            ids[cause] = row[0]
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    login(page, f"{live_app.url}/static/console.html", "coord")
    expired = page.locator(f'#alerts tr[data-alert="{ids["expired"]}"] .alert-state')
    silent = page.locator(f'#alerts tr[data-alert="{ids["silent"]}"] .alert-state')
    expect(expired).to_have_text("新警報 · 數值逾時失效", timeout=20_000)
    expect(silent).to_have_text("新警報 · 測站無回報，暫停判斷")
    page.locator("#lang").click()
    expect(expired).to_have_text("raised · values expired")
    expect(silent).to_have_text("raised · station silent, suspended")
    page.close()

    wall = browser.new_page(viewport={"width": 1920, "height": 1080})
    wall.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}")
    tick_expired = wall.locator(f'#ticker .tick[data-alert="{ids["expired"]}"] .tick-cause')
    tick_silent = wall.locator(f'#ticker .tick[data-alert="{ids["silent"]}"] .tick-cause')
    expect(tick_expired).to_have_text(" · 數值逾時失效", timeout=30_000)
    expect(tick_silent).to_have_text(" · 測站無回報，暫停判斷")
    wall.screenshot(path=str(artifacts / "wall-alert-causes.png"))
    wall.locator("#lang").click()
    expect(tick_expired).to_have_text(" · values expired")
    expect(tick_silent).to_have_text(" · station silent, suspended")
    # no raw cause code shows anywhere on the ticker, in either language
    for code in ("expired", "silent"):
        assert code not in (wall.locator("#ticker").text_content() or "").replace("values expired", "").replace(
            "station silent", "")
    wall.close()


def failed_count(db_dsn: str) -> int:
    with psycopg.connect(db_dsn) as conn:
        row = conn.execute("SELECT count(*) FROM alert_outbox WHERE failed_at IS NOT NULL").fetchone()
    assert row is not None
    return int(row[0])


def test_wall_webhook_tile_shows_the_failure_and_follows_a_retry(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_dsn: str, artifacts: Path
) -> None:
    now = datetime.now(UTC)
    with psycopg.connect(db_dsn) as conn:
        alert = conn.execute(SQL_ENDED_ALERT, ("cwa-rainfall", "C0F9T1", now, now, now, None, None)).fetchone()
        assert alert is not None
        row = conn.execute(
            "INSERT INTO alert_outbox (alert_id, agency, event, payload, attempts, failed_at, last_error)"
            " VALUES (%s, 'police', 'raise', %s, 1, %s, 'HTTP 400: signature rejected by 110 gateway')"
            " RETURNING id",
            (alert[0], Jsonb({"event": "raise"}), now + timedelta(seconds=5)),  # the newest failure
        ).fetchone()
    assert row is not None
    before = failed_count(db_dsn)
    wall = browser.new_page(viewport={"width": 1920, "height": 1080})
    wall.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}")
    tile = wall.locator("#webhooks-failed")
    expect(tile.locator(".tile-value")).to_have_text(str(before), timeout=30_000)
    expect(tile.locator(".tile-name")).to_have_text("通知失敗")
    expect(tile.locator(".tile-sub")).to_have_text("警察局：HTTP 400: signature rejected by 110 gateway")
    wall.screenshot(path=str(artifacts / "wall-webhooks-failed.png"))
    wall.locator("#lang").click()
    expect(tile.locator(".tile-name")).to_have_text("webhooks failed")
    expect(tile.locator(".tile-sub")).to_have_text("Police: HTTP 400: signature rejected by 110 gateway")
    wall.locator("#lang").click()

    # a coordinator retries it from the console; the wall's tile follows
    console = browser.new_page(viewport={"width": 1400, "height": 900})
    login(console, f"{live_app.url}/static/console.html", "coord")
    failed = console.locator(f'#failed-deliveries tr[data-delivery="{row[0]}"]')
    expect(failed).to_be_visible(timeout=20_000)
    failed.locator('button[data-action="retry"]').click()
    expect(failed).to_have_count(0, timeout=20_000)
    console.close()
    after = failed_count(db_dsn)
    assert after == before - 1
    if after:
        expect(tile.locator(".tile-value")).to_have_text(str(after), timeout=30_000)
        expect(tile.locator(".tile-sub")).not_to_contain_text("signature rejected by 110 gateway")
    else:
        expect(tile).to_have_count(0, timeout=30_000)
    wall.close()
