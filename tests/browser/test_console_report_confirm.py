"""A report that ends an agency's assignment (已結案 / cleared) cannot be taken back, so
the console asks first, as for a close: the confirm step names the incident's number, the
agency and the state; Cancel has the first focus, so Escape or a stray Enter sends
nothing; only the confirm button sends. A report that keeps the work going (已確認,
前往中, 已到場) is sent at once."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime

import psycopg
from playwright.sync_api import Browser, Request, expect

from tests.api.conftest import LiveApp
from tests.browser.conftest import requests_fenced
from tests.browser.test_console_confirm import focused_id, names, seed
from tests.browser.test_pages import login

INC = f"inc-report-{uuid.uuid4().hex[:8]}"


def test_a_report_that_ends_the_work_asks_first(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_dsn: str,
) -> None:
    with psycopg.connect(db_dsn) as conn:
        # Water has acknowledged, public works not yet.
        seed(conn, datetime.now(UTC), INC, (("water", "acknowledged"), ("public_works", "assigned")))
        number = conn.execute("SELECT number FROM ops_incidents WHERE incident_id = %s",
                              (INC,)).fetchone()[0]  # type: ignore[index]
    sent: list[tuple[str, str]] = []

    def seen(request: Request) -> None:
        if request.method == "POST" and request.url.endswith("/status"):
            sent.append((request.url.rsplit("/", 2)[-2], json.loads(request.post_data or "{}")["state"]))

    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.on("request", seen)
    login(page, f"{live_app.url}/static/console.html", "coord")
    row = page.locator(f'#incidents tr[data-incident="{INC}"]')
    expect(row).to_be_visible(timeout=20_000)
    dialog = page.locator("#confirm-dialog")
    water = row.locator(".assign-cell").filter(has_text="水利局")
    water.locator("select").select_option("cleared")
    water.locator("button[data-action=report]").click()
    names(dialog, f"#{number}", "水利局", "已結案", "不能再回報")
    assert focused_id(page) == "confirm-cancel"
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    row.locator(".assign-cell").filter(has_text="水利局").locator("button[data-action=report]").click()
    expect(dialog).to_be_visible()
    page.keyboard.press("Enter")
    expect(dialog).to_be_hidden()
    requests_fenced(page)
    assert sent == []

    # Confirmed: Tab to the confirm button, Enter.
    row.locator(".assign-cell").filter(has_text="水利局").locator("button[data-action=report]").click()
    expect(dialog).to_be_visible()
    page.keyboard.press("Tab")
    assert focused_id(page) == "confirm-ok"
    page.keyboard.press("Enter")
    expect(page.locator("#message")).to_have_text("水利局：已結案（已送出）", timeout=20_000)
    assert sent == [("water", "cleared")]

    # An acknowledgement keeps the work going: sent at once, no step.
    works = row.locator(".assign-cell").filter(has_text="建設局")
    works.locator("select").select_option("acknowledged")
    works.locator("button[data-action=report]").click()
    expect(page.locator("#message")).to_have_text("建設局：已確認（已送出）", timeout=20_000)
    expect(dialog).to_be_hidden()
    assert sent == [("water", "cleared"), ("public_works", "acknowledged")]

    # English: the step in English.
    page.locator("#lang").click()
    water = row.locator(".assign-cell").filter(has_text="Water Resources")
    water.locator("select").select_option("cleared")
    water.locator("button[data-action=report]").click()
    names(dialog, f"Report #{number}", "cleared", "no further report")
    page.keyboard.press("Escape")
    page.close()
