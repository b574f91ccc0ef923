"""One panel of the wall that cannot draw what the feed sent spares the others: a malformed
incident (its assignments missing) reaches the wall through its real websocket, only altered
on the way in (the server's typed items never carry one), and the panels that draw incidents
say they failed while the mode, the ingest tiles and the KPIs are drawn as usual."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from playwright.sync_api import Browser, WebSocketRoute, expect

from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp
from tests.browser.test_wall_reading import SQL_ASSIGNMENT, SQL_INCIDENT

GOOD = "inc-panel-good"
#: An incident item the wall cannot draw: no list of assignments.
MALFORMED = {"key": "inc-panel-bad", "incident_id": "inc-panel-bad", "kind": "flood", "title": "",
             "severity": "Severe", "state": "open", "lon": 120.651, "lat": 24.186, "sub_area": None,
             "opened_at": "2026-01-01T00:00:00+00:00", "assignments": None, "overdue": False,
             "number": 9999}

#: The panels marked as failed to draw, by their class.
FAILED_JS = """() => [...document.querySelectorAll('[data-draw-failed]')]
  .map((n) => n.className.split(' ')[0] || n.id)"""


@pytest.fixture(scope="module")
def seeded(live_app: LiveApp, db_settings: Settings, db_dsn: str) -> None:
    run_geo_load(db_settings)
    now = datetime.now(UTC)
    t0 = now - timedelta(minutes=10)
    with psycopg.connect(db_dsn) as conn:
        conn.execute(SQL_INCIDENT, {"id": GOOD, "type": "flood", "sev": "Severe", "lon": 120.650,
                                    "lat": 24.185, "t": t0})
        conn.execute(SQL_ASSIGNMENT, (GOOD, "water", "assigned", t0, t0, None, now + timedelta(minutes=20), 0))


def with_malformed_incident(message: str | bytes) -> str | bytes:
    """A server message with the malformed incident added to each snapshot it carries."""
    if not isinstance(message, str):
        return message
    msg = json.loads(message)
    for frame in msg["frames"] if msg.get("type") == "batch" else [msg]:
        if frame.get("type") == "snapshot":
            frame["state"].setdefault("incident", []).insert(0, MALFORMED)
    return json.dumps(msg)


def route_wall(ws: WebSocketRoute) -> None:
    server = ws.connect_to_server()
    server.on_message(lambda message: ws.send(with_malformed_incident(message)))


def test_a_panel_that_cannot_draw_spares_the_others(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], seeded: None,
) -> None:
    page = browser.new_page(viewport={"width": 1920, "height": 1080})
    logged: list[str] = []
    page.on("console", lambda m: logged.append(m.text) if m.type == "error" else None)
    page.route_web_socket("**/ws/wall*", route_wall)
    page.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}")
    expect(page.locator("#conn.connected")).to_have_count(1, timeout=20_000)
    # The panels drawn after the incidents' are drawn.
    expect(page.locator("#mode")).to_have_text("平時", timeout=20_000)
    expect(page.locator("#ingest .tile")).not_to_have_count(0, timeout=20_000)
    expect(page.locator("#kpis [data-kpi]")).not_to_have_count(0, timeout=30_000)
    # Only the panels that draw incidents say they failed, and the console names them.
    expect(page.locator("[data-draw-failed]")).not_to_have_count(0)
    failed = page.evaluate(FAILED_JS)
    assert set(failed) <= {"map-panel", "board-panel", "agency-panel"}, failed
    assert any("wall_draw_failed" in line for line in logged), logged
    page.close()
