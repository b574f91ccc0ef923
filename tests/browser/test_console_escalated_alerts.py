"""A storm's alert table on the coordinator console: one alert has escalated twice with nobody
acknowledging it (raised two hours ago), and 500 newer alerts followed it. The escalated one
leads the table, marked with its escalations in both languages, however many newer alerts
there are (the wall feed keeps the 500 newest open alerts: it keeps the escalated ones
first); once acknowledged it leaves the lead (real headless Chromium against the live app)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import psycopg
from playwright.sync_api import Browser, expect

from tests.api.conftest import LiveApp
from tests.browser.test_pages import login

SQL_ESCALATED = """
INSERT INTO alerts (rule_id, source_id, state, severity, category, agency, title, geom,
                    raised_at, updated_at, last_triggered_at, escalate_after_s, auto_resolve_after_s,
                    escalation_level, next_escalation_at, label)
VALUES ('flood-depth', 'SN-FL-001', 'escalated', 'Moderate', 'Met', 'disaster', '淹水深度警戒：警戒',
        ST_SetSRID(ST_MakePoint(120.6556, 24.18225), 4326), %(t)s, %(t)s, %(t)s, 600, 600, 2,
        %(t)s + interval '30 minutes', '警戒')
RETURNING alert_id
"""
#: 500 newer raised alerts, one a second after the escalated one's raise plus an hour.
SQL_NEWER = """
INSERT INTO alerts (rule_id, source_id, state, severity, category, agency, title, geom,
                    raised_at, updated_at, last_triggered_at, escalate_after_s, auto_resolve_after_s, label)
SELECT 'police-incident', 'PR-storm-' || i, 'raised', 'Moderate', 'Safety', 'police', '警政通報事件',
       ST_SetSRID(ST_MakePoint(120.65, 24.18), 4326), t, t, t, 600, 600, 'stalled_vehicle'
FROM generate_series(1, 500) AS i, LATERAL (SELECT %(t)s + make_interval(secs => i) AS t) AS s
"""


def test_an_escalated_alert_leads_the_table_whatever_came_after_it(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_dsn: str
) -> None:
    now = datetime.now(UTC)
    with psycopg.connect(db_dsn) as conn:
        row = conn.execute(SQL_ESCALATED, {"t": now - timedelta(hours=2)}).fetchone()
        assert row is not None
        conn.execute(SQL_NEWER, {"t": now - timedelta(hours=1)})
    escalated = row[0]
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    login(page, f"{live_app.url}/static/console.html", "coord")
    rows = page.locator("#alerts tr[data-alert]")
    expect(rows).to_have_count(500, timeout=30_000)
    first = rows.first
    expect(first).to_have_attribute("data-alert", str(escalated))
    expect(first.locator(".alert-state")).to_have_text("已升級 · 升級 2 次")
    page.locator("#lang").click()
    expect(first.locator(".alert-state")).to_have_text("escalated · esc. ×2")

    first.locator('button[data-action="acknowledge"]').click()
    expect(rows.first).not_to_have_attribute("data-alert", str(escalated), timeout=20_000)
    page.close()
    with psycopg.connect(db_dsn) as conn:
        assert conn.execute("SELECT state FROM alerts WHERE alert_id = %s", (escalated,)).fetchone() == (
            "acknowledged",)
