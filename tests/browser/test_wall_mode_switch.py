"""The wall's countdowns follow a 平時 -> 戰時 switch at once: the coordinator switches
through the API, the running ops service recomputes and stores the deadlines, and
the wall counts down to the new ones and shows the escalation. The banners of the wall
and the console say since when the mode is in force, the console also by whom and why;
before any switch (the mode of the settings) they say nothing of a switch."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import httpx
import psycopg
from playwright.sync_api import Browser, expect

from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp, auth
from tests.browser.test_console_commands import ops_service
from tests.browser.test_pages import login

INC = "inc-wall-mode-1"


#: A switch's reason of about 20 characters, as a coordinator writes one on a typhoon night.
REASON = "颱風陸上警報發布，全市一級開設應變"


def test_countdowns_follow_a_mode_switch(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_settings: Settings,
    db_dsn: str, api: httpx.Client,
) -> None:
    run_geo_load(db_settings)
    now = datetime.now(UTC)
    since = now - timedelta(minutes=7)  # peacetime: 15 min to acknowledge; emergency: 5 min
    with psycopg.connect(db_dsn) as conn:
        conn.execute(
            "INSERT INTO ops_incidents (incident_id, type, state, severity, priority, agencies, member_count,"
            " first_evidence_at, last_evidence_at, opened_at, updated_at, centroid) VALUES (%s, 'flood',"
            " 'open', 'Severe', 3000, ARRAY['disaster'], 1, %s, %s, %s, %s,"
            " ST_SetSRID(ST_MakePoint(120.6436, 24.1917), 4326))", (INC, since, since, since, since))
        conn.execute(
            "INSERT INTO ops_assignments (incident_id, agency, state, ack_policy, assigned_at, state_since,"
            " deadline) VALUES (%s, 'water', 'assigned', 'all', %s, %s, %s)",
            (INC, since, since, since + timedelta(minutes=15)))
    page = browser.new_page(viewport={"width": 1920, "height": 1080})
    page.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}")
    card = page.locator(f'#board article[data-incident="{INC}"]')
    countdown = card.locator(".assignment .countdown")
    expect(countdown).to_have_text(re.compile(r"^剩餘 0[78]:\d\d$"), timeout=20_000)
    expect(page.locator("#mode")).to_have_text("平時")
    expect(page.locator("#mode-since")).to_be_hidden()  # the setting's mode: no switch to date
    console = browser.new_page(viewport={"width": 1366, "height": 768})
    login(console, f"{live_app.url}/static/console.html", "coord")
    expect(console.locator("#mode")).to_have_text("平時", timeout=20_000)
    expect(console.locator("#mode-since")).to_be_hidden()
    with ops_service(live_app.settings):
        r = api.post("/api/mode", headers=auth(accounts["coord"]),
                     json={"mode": "emergency", "reason": REASON})
        assert r.status_code == 200, r.text
        expect(page.locator("#mode")).to_have_text("戰時", timeout=20_000)
        # Since when, on the wall; since when, by whom and why on the console.
        expect(page.locator("#mode-since")).to_have_text(re.compile(r"^自 \d\d:\d\d 起$"))
        expect(page.locator("#mode-since")).to_have_attribute("title", re.compile("颱風陸上警報"))
        # The console's header says since when and by whom, on one line at 1366x768 whatever
        # the reason's length; the reason is beside the switch and on hover.
        expect(console.locator("#mode-since")).to_have_text(re.compile(r"^自 \d\d:\d\d 起 · coord$"), timeout=20_000)
        expect(console.locator("#mode-since")).to_have_attribute("title", re.compile(REASON))
        expect(console.locator("#mode-why")).to_have_text(re.compile(rf"^自 \d\d:\d\d 起 · coord：{REASON}$"))
        tops = console.evaluate("() => [...document.querySelectorAll('#banner > *')]"
                                ".filter((n) => !n.hidden).map((n) => n.getBoundingClientRect().top)")
        assert max(tops) - min(tops) < 20, tops  # one row: no part pushed to a second line
        console.locator("#lang").click()
        expect(console.locator("#mode-since")).to_have_text(re.compile(r"^since \d\d:\d\d · coord$"))
        expect(console.locator("#mode-why")).to_have_text(re.compile(rf"^since \d\d:\d\d · coord: {REASON}$"))
        console.locator("#lang").click()
        # Past the emergency deadline by about two minutes: overdue and escalated.
        expect(countdown).to_have_text(re.compile(r"^逾時 \+0[12]:\d\d$"), timeout=20_000)
        expect(card.locator(".assignment .escalated")).to_have_text("升級 1 次", timeout=20_000)
        expect(card).to_have_class(re.compile(r"\boverdue\b"))
        r = api.post("/api/mode", headers=auth(accounts["coord"]),
                     json={"mode": "peacetime", "reason": "警報解除"})
        assert r.status_code == 200, r.text
        expect(countdown).to_have_text(re.compile(r"^剩餘 0[78]:\d\d$"), timeout=20_000)
        expect(console.locator("#mode-why")).to_have_text(re.compile(r"：警報解除$"), timeout=20_000)
    console.close()
    page.close()
