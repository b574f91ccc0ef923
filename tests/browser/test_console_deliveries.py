"""The console lists webhook rows that failed for good, with the receiver's answer, and a
coordinator queues one again (real headless Chromium against the live app)."""

from __future__ import annotations

from datetime import UTC, datetime

import psycopg
from playwright.sync_api import Browser, expect
from psycopg.types.json import Jsonb

from tests.api.conftest import LiveApp
from tests.browser.test_pages import SQL_ALERT, login


def failed_deliveries(db_dsn: str, count: int) -> list[int]:
    """``count`` webhook rows to the police that failed for good, a minute apart, newest now."""
    now = datetime.now(UTC)
    with psycopg.connect(db_dsn) as conn:
        alert = conn.execute(SQL_ALERT, (now, now, now)).fetchone()
        assert alert is not None
        return [int(r[0]) for r in conn.execute(
            "INSERT INTO alert_outbox (alert_id, agency, event, payload, attempts, failed_at, last_error)"
            " SELECT %s, 'police', 'raise', %s, 1, %s - n * interval '1 minute', 'HTTP 400: unknown event type'"
            " FROM generate_series(0, %s) AS n RETURNING id",
            (alert[0], Jsonb({"event": "raise"}), now, count - 1)).fetchall()]


def test_console_shows_a_failed_webhook_and_retries_it(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_dsn: str
) -> None:
    (row,) = failed_deliveries(db_dsn, 1)
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    login(page, f"{live_app.url}/static/console.html", "coord")
    failed = page.locator(f'#failed-deliveries tr[data-delivery="{row}"]')
    expect(failed).to_be_visible(timeout=20_000)
    expect(failed.locator(".delivery-error")).to_have_text("HTTP 400: unknown event type")
    failed.locator('button[data-action="retry"]').click()
    expect(failed).to_have_count(0, timeout=20_000)
    with psycopg.connect(db_dsn) as conn:
        state = conn.execute("SELECT failed_at, retried_by FROM alert_outbox WHERE id = %s", (row,)).fetchone()
    assert state == (None, "coord")
    page.close()
