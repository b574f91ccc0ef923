"""A coordinator closes an incident in the console and reopens it with a reason, in a real
browser, applied by a running ops service: the reopening needs a reason and a confirm step,
the incident is listed with the live ones again and its timeline says who reopened it and why."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import psycopg
from playwright.sync_api import Browser, expect

from tests.api.conftest import LiveApp
from tests.browser.test_console_commands import ops_service
from tests.browser.test_pages import login

INC = f"inc-console-reopen-{uuid.uuid4().hex[:8]}"


def seed(conn: psycopg.Connection, now: datetime) -> None:
    """An open fire incident with fire assigned."""
    t = now - timedelta(minutes=3)
    point = "ST_SetSRID(ST_MakePoint(120.6556, 24.18225), 4326)"
    conn.execute(
        "INSERT INTO ops_incidents (incident_id, type, state, severity, priority, agencies,"
        " member_count, first_evidence_at, last_evidence_at, opened_at, updated_at, centroid)"
        f" VALUES (%(inc)s, 'fire', 'open', 'Severe', 3101, ARRAY['disaster'], 1, %(t)s, %(t)s,"
        f" %(t)s, %(t)s, {point})",
        {"t": t, "inc": INC})
    conn.execute("INSERT INTO ops_incident_history (incident_id, at, actor, action) VALUES"
                 " (%s, %s, 'ops-center', 'opened')", (INC, t))
    conn.execute(
        "INSERT INTO ops_assignments (incident_id, agency, state, ack_policy, assigned_at,"
        " state_since, deadline) VALUES (%s, 'fire', 'assigned', 'all', %s, %s, %s)",
        (INC, t, t, now + timedelta(minutes=12)))


def test_console_closes_and_reopens_an_incident_with_a_reason(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_dsn: str
) -> None:
    with psycopg.connect(db_dsn) as conn:
        seed(conn, datetime.now(UTC))
    # ops_service clears the retained messages of its own module's incident; this one's fire
    # assignment is ended by the close, which clears its retained message itself.
    with ops_service(live_app.settings):
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.add_init_script("localStorage.setItem('soc.lang', 'zh-TW')")
        login(page, f"{live_app.url}/static/console.html", "coord")
        row = page.locator(f'#incidents tr[data-incident="{INC}"]')
        expect(row).to_be_visible(timeout=20_000)
        row.locator("td").first.click()
        box = page.locator("#dispatch-box")
        result = page.locator("#command-result")
        expect(box).to_be_visible(timeout=20_000)
        expect(box.locator("button[data-action=reopen]")).to_have_count(0)  # an open incident: nothing to reopen

        box.locator("input[name=close-reason]").fill("火勢撲滅")
        box.locator("button[data-action=close]").click()
        page.locator("#confirm-ok").click()
        expect(result).to_contain_text("結案 · 完成", timeout=20_000)
        expect(row).to_have_count(0, timeout=20_000)  # off the live list
        reopen = box.locator("button[data-action=reopen]")
        expect(reopen).to_be_visible(timeout=20_000)

        reopen.click()  # no reason: refused beside the commands, nothing sent
        expect(result).to_have_attribute("data-state", "refused")
        expect(result).to_contain_text("請填寫原因")
        box.locator("input[name=reopen-reason]").fill("同址復燃")
        reopen.click()
        expect(page.locator("#confirm-text")).to_contain_text("同址復燃")
        page.locator("#confirm-ok").click()
        expect(result).to_contain_text("重新開啟 · 完成", timeout=20_000)
        expect(result).to_have_attribute("data-state", "done")

        expect(row).to_be_visible(timeout=20_000)  # live again, on the list the wall feed keeps
        expect(page.locator("#timeline")).to_contain_text("重新開啟", timeout=20_000)
        expect(page.locator("#timeline")).to_contain_text("同址復燃")
        expect(box.locator("button[data-action=close]")).to_be_enabled(timeout=20_000)
        expect(box.locator("button[data-action=reopen]")).to_have_count(0)
        page.close()
    with psycopg.connect(db_dsn) as conn:
        assert conn.execute("SELECT state FROM ops_incidents WHERE incident_id = %s", (INC,)).fetchone() == (
            "quiet",)
