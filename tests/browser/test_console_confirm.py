"""The console's irreversible commands ask first: closing an incident and reassigning an
agency (which cancels its assignment) open a confirm step in the page that names the
incident's number and the agencies; Escape or Cancel (focused first, so Enter at 3 a.m. does
nothing) sends nothing; only the confirm button sends the command. The mode switch's dialog
is cancelled by Escape too."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
from playwright.sync_api import Browser, Locator, Page, Request, expect

from tests.api.conftest import LiveApp
from tests.browser.conftest import requests_fenced
from tests.browser.test_pages import login

INC = f"inc-confirm-{uuid.uuid4().hex[:8]}"


def seed(conn: psycopg.Connection, now: datetime, incident_id: str = INC,
         states: tuple[tuple[str, str], ...] = (("water", "assigned"), ("public_works", "assigned"))) -> None:
    """An open flood incident with its agencies' assignments (by default water and public
    works, neither acknowledged yet)."""
    t = now - timedelta(minutes=3)
    conn.execute(
        "INSERT INTO ops_incidents (incident_id, type, state, severity, priority, agencies,"
        " member_count, first_evidence_at, last_evidence_at, opened_at, updated_at, centroid)"
        " VALUES (%(inc)s, 'flood', 'open', 'Moderate', 2101, ARRAY['disaster'], 1, %(t)s, %(t)s,"
        " %(t)s, %(t)s, ST_SetSRID(ST_MakePoint(120.6556, 24.18225), 4326))", {"t": t, "inc": incident_id})
    for agency, state in states:
        conn.execute(
            "INSERT INTO ops_assignments (incident_id, agency, state, ack_policy, assigned_at,"
            " state_since, acknowledged_at, deadline) VALUES (%s, %s, %s, 'all', %s, %s, %s, %s)",
            (incident_id, agency, state, t, t, None if state == "assigned" else t, now + timedelta(minutes=30)))


def commands(dsn: str) -> list[tuple[str, dict[str, str]]]:
    with psycopg.connect(dsn) as conn:
        return [(k, a) for k, a in conn.execute(
            "SELECT kind, args FROM ops_commands WHERE incident_id = %s ORDER BY id", (INC,)).fetchall()]


def names(dialog: Locator, *words: str) -> None:
    """The confirm step is open and says each of ``words``."""
    expect(dialog).to_be_visible()
    for word in words:
        expect(dialog).to_contain_text(word)


def open_dispatch(page: Page, url: str, incident_id: str) -> Locator:
    """Sign in to the console as the coordinator and open ``incident_id``: its dispatch box."""
    login(page, f"{url}/static/console.html", "coord")
    row = page.locator(f'#incidents tr[data-incident="{incident_id}"]')
    expect(row).to_be_visible(timeout=20_000)
    row.locator("td").first.click()
    box = page.locator("#dispatch-box")
    expect(box).to_be_visible(timeout=20_000)
    return box


def focused_id(page: Page) -> str:
    return str(page.evaluate("document.activeElement ? document.activeElement.id : ''"))


def test_close_and_reassign_ask_first_and_escape_sends_nothing(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_dsn: str, artifacts: Path,
) -> None:
    with psycopg.connect(db_dsn) as conn:
        seed(conn, datetime.now(UTC))
        number = conn.execute("SELECT number FROM ops_incidents WHERE incident_id = %s",
                              (INC,)).fetchone()[0]  # type: ignore[index]
    posts: list[str] = []

    def seen(request: Request) -> None:
        if request.method == "POST" and (f"/api/incidents/{INC}" in request.url or request.url.endswith("/api/mode")):
            posts.append(request.url)

    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.on("request", seen)
    box = open_dispatch(page, live_app.url, INC)
    dialog = page.locator("#confirm-dialog")

    # Close: the step names the incident and the agencies whose work is wound up.
    box.locator("input[name=close-reason]").fill("積水退去")
    box.locator("button[data-action=close]").click()
    names(dialog, f"#{number}", "水利局", "建設局", "積水退去")
    assert focused_id(page) == "confirm-cancel"
    page.screenshot(path=str(artifacts / "console-confirm-close.png"))
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    # A stray Enter on the step's first focus cancels too.
    box.locator("button[data-action=close]").click()
    expect(dialog).to_be_visible()
    page.keyboard.press("Enter")
    expect(dialog).to_be_hidden()
    requests_fenced(page)
    assert posts == []
    assert commands(db_dsn) == []
    expect(box.locator("input[name=close-reason]")).to_have_value("積水退去")  # kept for the next try

    # Reassign: names the incident, both agencies, and that the first one's work is cancelled.
    box.locator("select[name=reassign-from]").select_option("water")
    box.locator("select[name=reassign-to]").select_option("traffic")
    box.locator("input[name=reassign-reason]").fill("交通局負責封路")
    box.locator("button[data-action=reassign]").click()
    names(dialog, f"#{number}", "水利局", "交通局", "取消")
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    requests_fenced(page)
    assert posts == []
    assert commands(db_dsn) == []
    # Confirmed by the keyboard: Tab to the confirm button, Enter.
    box.locator("button[data-action=reassign]").click()
    expect(dialog).to_be_visible()
    page.keyboard.press("Tab")
    assert focused_id(page) == "confirm-ok"
    page.keyboard.press("Enter")
    expect(dialog).to_be_hidden()
    expect(page.locator("#command-result")).to_contain_text("改派 水利局 → 交通局", timeout=20_000)
    assert commands(db_dsn) == [("reassign", {"src": "water", "dst": "traffic"})]

    # English: the step says the same in English.
    page.locator("#lang").click()
    box.locator("input[name=close-reason]").fill("water gone")
    box.locator("button[data-action=close]").click()
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text(f"Close incident #{number}")
    expect(dialog).to_contain_text("Construction Bureau")
    page.screenshot(path=str(artifacts / "console-confirm-close-en.png"))
    page.locator("#confirm-ok").click()
    expect(dialog).to_be_hidden()
    expect(page.locator("#command-result")).to_contain_text("close", timeout=20_000)
    assert [k for k, _ in commands(db_dsn)] == ["reassign", "close"]
    page.locator("#lang").click()

    # The mode switch's own dialog: Escape leaves the mode as it was.
    page.locator("#mode-switch").click()
    mode_dialog = page.locator("#mode-dialog")
    expect(mode_dialog).to_be_visible()
    mode_dialog.locator("textarea[name=reason]").fill("誤觸")
    page.keyboard.press("Escape")
    expect(mode_dialog).to_be_hidden()
    requests_fenced(page)
    assert not [url for url in posts if url.endswith("/api/mode")]
    with psycopg.connect(db_dsn) as conn:
        assert conn.execute("SELECT count(*) FROM ops_mode_switches").fetchone() == (0,)
    expect(page.locator("#mode")).to_have_text("平時")
    page.close()
