"""The console's 平時/戰時 switch says what the switch will do with the figures of the routing
file the ops service applies (``settings.ops.routing_file``; docs/ops_center.md, "Dispatch":
the deadlines are the city's to set), not a copy of the shipped ones: with a city's own file
(7 min to acknowledge, 20 to the scene, escalation to 災害應變中心) the dialog says those, in
both languages (real headless Chromium against the live app)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
import yaml
from playwright.sync_api import Browser, expect

from common.settings import Settings
from ops_center.dispatch import load_routing
from tests.api.conftest import LiveApp, serve
from tests.browser.test_console_confirm import seed
from tests.browser.test_pages import login
from web.app import WallOptions

SHIPPED = Path(__file__).parents[2] / "ops_center" / "routing.yaml"


@pytest.fixture(scope="module")
def live_app(db_settings: Settings, wall_options: WallOptions, tmp_path_factory: pytest.TempPathFactory,
             ) -> Iterator[LiveApp]:
    """The application over this module's database, its ops settings naming the city's file."""
    table = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    table["modes"]["emergency"] |= {"ack_deadline_s": 420, "on_scene_deadline_s": 1200,
                                    "escalate_to": "災害應變中心", "escalate_to_en": "the disaster response centre"}
    routing = tmp_path_factory.mktemp("city") / "routing.yaml"
    routing.write_text(yaml.safe_dump(table, allow_unicode=True), encoding="utf-8")
    load_routing(routing)  # a file the ops service would start with
    ops = db_settings.ops.model_copy(update={"routing_file": routing})
    yield from serve(db_settings.model_copy(update={"ops": ops}), wall_options)


def test_the_switch_dialog_says_the_deadlines_of_the_file_in_force(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str]
) -> None:
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    login(page, f"{live_app.url}/static/console.html", "coord")
    effect = page.locator("#mode-dialog-effect")
    page.locator("#mode-switch").click()
    expect(effect).to_have_text("戰時：確認期限 7 分鐘、到場期限 20 分鐘，逾時升級至災害應變中心。"
                                "進行中的期限立即重算。")
    page.keyboard.press("Escape")
    page.locator("#lang").click()
    page.locator("#mode-switch").click()
    expect(effect).to_have_text("Emergency: 7 min to acknowledge, 20 min to the scene, overdue escalates to the"
                                " disaster response centre. Running deadlines are recomputed at once.")
    page.keyboard.press("Escape")
    page.locator("#lang").click()  # leave the page language as found
    page.close()


def test_the_switch_dialog_counts_the_assignments_that_fall_overdue_at_once(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_dsn: str
) -> None:
    # Peacetime (the file's 15 min to acknowledge, 60 to the scene): one assignment waiting
    # for 8 min and one for 2 min, one acknowledged 25 min ago. Under the city's emergency
    # rules (7 and 20 min) the first and the third are overdue the moment the switch is made.
    now = datetime.now(UTC)
    inc = "inc-mode-count"
    with psycopg.connect(db_dsn) as conn:
        seed(conn, now, inc, ())
        for agency, state, since in (("water", "assigned", 8), ("traffic", "assigned", 2),
                                     ("police", "acknowledged", 25)):
            t = now - timedelta(minutes=since)
            deadline = t + timedelta(minutes=15 if state == "assigned" else 60)
            conn.execute(
                "INSERT INTO ops_assignments (incident_id, agency, state, ack_policy, assigned_at,"
                " state_since, acknowledged_at, deadline) VALUES (%s, %s, %s, 'all', %s, %s, %s, %s)",
                (inc, agency, state, t, t, None if state == "assigned" else t, deadline))
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    login(page, f"{live_app.url}/static/console.html", "coord")
    expect(page.locator(f'#incidents tr[data-incident="{inc}"]')).to_be_visible(timeout=20_000)
    page.locator("#mode-switch").click()
    expect(page.locator("#mode-dialog-overdue")).to_have_text(
        "切換後，2 筆進行中的派工立即逾時，並升級至災害應變中心。")
    page.keyboard.press("Escape")
    page.close()
