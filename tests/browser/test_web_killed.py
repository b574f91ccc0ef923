"""The real ``soc web`` killed (-9) and started again under an open wall and coordinator console.

A web server that dies on a typhoon night drops every page's socket at once, and what the
center does meanwhile (the ops center opening an incident, an agency acknowledging its
assignment: rows written while no web server runs) reaches no page. Each page must then
say that it is not live (the wall's board stale, the console's banner reconnecting, neither
page's countdowns confirmed), keep what it showed, and, once a new ``soc web`` answers on the
same address, reconnect by itself (nobody reloads a wall on a night like that) and show what
happened while it was away: the new incident, and the acknowledgement in place of the
pending assignment. A coordinator who acts while it is away (a mode switch, an agency's
report) is told that the server cannot be reached, and nothing of it is done behind their back.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from playwright.sync_api import Browser, Page, expect

from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import PASSWORD
from tests.browser.test_pages import login
from tests.browser.test_wall_reading import SQL_ASSIGNMENT, SQL_INCIDENT
from tests.security.conftest import WebProcess, start_web, stop_web
from web.cli import run_display_token, run_users_add
from web.security import Role

#: Open before the kill: police sent, not yet acknowledged.
BEFORE = ("inc-kill-1", "flood", "Severe", 120.6436, 24.1917)
#: Opened while no web server runs, the fire brigade sent to it.
MEANWHILE = ("inc-kill-2", "fire", "Extreme", 120.6560, 24.1800)
ACK = ("UPDATE ops_assignments SET state = 'acknowledged', acknowledged_at = %s, state_since = %s"
       " WHERE incident_id = %s AND agency = 'police'")


@dataclass
class Served:
    """The running ``soc web`` (replaced on a restart), its settings and the wall's token."""

    web: WebProcess
    settings: Settings
    token: str
    logs: Path


def open_incident(dsn: str, incident: tuple[str, str, str, float, float], agency: str, now: datetime) -> None:
    """An open incident with one assignment to ``agency``, pending, due in half an hour, as
    the ops center writes them."""
    inc, typ, sev, lon, lat = incident
    with psycopg.connect(dsn) as conn:
        conn.execute(SQL_INCIDENT, {"id": inc, "type": typ, "sev": sev, "lon": lon, "lat": lat, "t": now})
        conn.execute(SQL_ASSIGNMENT, (inc, agency, "assigned", now, now, None, now + timedelta(minutes=30), 0))


@pytest.fixture(scope="module")
def served(db_settings: Settings, db_dsn: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """A real ``soc web`` over the module's database, with the zone, a coordinator and a
    display account, and the incident open before the kill. No process is required to beat:
    the pages are live while the server speaks."""
    run_geo_load(db_settings)
    run_users_add(db_settings, "coord", role=Role.COORDINATOR, agency=None, password=PASSWORD)
    run_users_add(db_settings, "wall-kill", role=Role.DISPLAY, agency=None, password=None)
    token = run_display_token(db_settings, "wall-kill")
    open_incident(db_dsn, BEFORE, "police", datetime.now(UTC))
    logs = tmp_path_factory.mktemp("web")
    s = Served(start_web(db_settings, logs / "web-1.log", SOC_HEALTH__SERVICES="[]"), db_settings, token, logs)
    try:
        yield s
    finally:
        stop_web(s.web)


def wall(browser: Browser, url: str, token: str) -> Page:
    page = browser.new_page(viewport={"width": 1920, "height": 1080})
    page.add_init_script("localStorage.setItem('soc.lang', 'en')")
    page.goto(f"{url}/static/wall.html#token={token}")
    return page


def console(browser: Browser, url: str) -> Page:
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.add_init_script("localStorage.setItem('soc.lang', 'en')")
    login(page, f"{url}/static/console.html", "coord")
    return page


def card(page: Page, incident: str) -> str:
    return f'#board article.card[data-incident="{incident}"]'


def row(incident: str) -> str:
    return f'#incidents tr[data-incident="{incident}"]'


def test_pages_say_they_are_not_live_then_reconnect_and_show_what_happened_meanwhile(
    browser: Browser, served: Served, db_dsn: str, artifacts: Path,
) -> None:
    url = served.web.url
    w, c = wall(browser, url, served.token), console(browser, url)
    board_age = w.locator(".board-panel .age[data-age=live]")
    police_on_wall = w.locator(f"{card(w, BEFORE[0])} li.assignment")
    police_on_console = c.locator(f"{row(BEFORE[0])} .tag")
    expect(w.locator("#conn.connected")).to_have_count(1, timeout=60_000)
    expect(board_age).to_have_text("live", timeout=30_000)
    expect(police_on_wall).to_have_class("assignment  st-assigned", timeout=30_000)
    expect(c.locator("#conn-text")).to_have_text("Live", timeout=60_000)
    expect(police_on_console).to_contain_text("Police", timeout=30_000)
    expect(police_on_console).not_to_have_class("acked")

    served.web.proc.send_signal(signal.SIGKILL)
    served.web.proc.wait(timeout=30)
    # Away: neither page says live, each keeps what it showed, no countdown confirmed.
    expect(w.locator("#conn.connected")).to_have_count(0, timeout=30_000)
    expect(board_age).not_to_have_text("live", timeout=30_000)
    expect(board_age).to_have_class("age stale")
    expect(w.locator(card(w, BEFORE[0]))).to_have_count(1)
    expect(w.locator("#board .countdown[data-deadline]:not([data-deadline='']):not(.unconfirmed)")).to_have_count(0)
    expect(c.locator("#conn-text")).to_have_text("Reconnecting", timeout=30_000)
    expect(c.locator("#conn.connected")).to_have_count(0)
    expect(c.locator(row(BEFORE[0]))).to_have_count(1)
    expect(c.locator("#incidents .countdown[data-deadline]:not(.unconfirmed)")).to_have_count(0)
    w.screenshot(path=str(artifacts / "wall-web-killed.png"))
    c.screenshot(path=str(artifacts / "console-web-killed.png"))
    # A coordinator acting meanwhile is told that nothing reached the server, never "done".
    c.locator("#mode-switch").click()
    dialog = c.locator("#mode-dialog")
    dialog.locator("textarea[name=reason]").fill("typhoon land warning")
    c.locator("#mode-confirm").click()
    expect(c.locator("#mode-dialog-error")).to_have_text("Error: Cannot reach the server; check the network"
                                                         " and try again", timeout=30_000)
    expect(dialog).to_be_visible()
    c.locator("#mode-cancel").click()
    report = c.locator(f"{row(BEFORE[0])} .assign-cell")
    report.locator("select").select_option("acknowledged")
    report.locator("button[data-action=report]").click()
    expect(c.locator("#message")).to_have_text("Error: Cannot reach the server; check the network and try again",
                                                timeout=30_000)
    expect(c.locator("#message")).to_have_class("error")
    expect(c.locator("#mode")).to_have_text("Peacetime")

    # Meanwhile the center goes on: an incident opened, the police acknowledge.
    now = datetime.now(UTC)
    open_incident(db_dsn, MEANWHILE, "fire", now)
    with psycopg.connect(db_dsn) as conn:
        conn.execute(ACK, (now, now, BEFORE[0]))

    served.web = start_web(served.settings, served.logs / "web-2.log", port=served.web.port,
                           SOC_HEALTH__SERVICES="[]")
    # Neither page is touched: each reconnects by itself and shows what happened meanwhile.
    expect(w.locator("#conn.connected")).to_have_count(1, timeout=60_000)
    expect(board_age).to_have_text("live", timeout=30_000)
    expect(w.locator(card(w, MEANWHILE[0]))).to_have_count(1, timeout=30_000)
    expect(police_on_wall).to_have_class("assignment  st-acknowledged", timeout=30_000)
    expect(c.locator("#conn-text")).to_have_text("Live", timeout=60_000)
    expect(c.locator(row(MEANWHILE[0]))).to_have_count(1, timeout=30_000)
    expect(c.locator(f"{row(MEANWHILE[0])} .tag")).to_contain_text("Fire")
    expect(police_on_console).to_have_class("tag st-acknowledged acked", timeout=30_000)
    # What the coordinator tried while the server was away was not done behind their back.
    expect(c.locator("#mode")).to_have_text("Peacetime")
    with psycopg.connect(db_dsn) as conn:
        assert conn.execute("SELECT action FROM audit_log WHERE actor = 'coord'").fetchall() == []
        assert conn.execute("SELECT count(*) FROM ops_mode_switches").fetchone() == (0,)
    w.close()
    c.close()
