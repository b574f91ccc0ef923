"""The wall while the simulator publishes (its heartbeat, service ``simulator``: the demo's
typhoon): a line under the banner saying, in both languages at once, that the sensors,
incidents and alerts are simulated, inside the screen at the wall's sizes; none while
nothing simulates (a real feed), and gone once the simulator stops beating."""

from __future__ import annotations

import psycopg
import pytest
from playwright.sync_api import Browser, expect

from tests.api.conftest import LiveApp

INSTANCE = "simulated-test:1"
BEAT = ("INSERT INTO service_heartbeats (service, instance, beat_at, detail) VALUES ('simulator', %s, now(), '{}')"
        " ON CONFLICT (service, instance) DO UPDATE SET beat_at = now()")
#: As the demo's supervisor marks a child that has exited (``common.health``).
STOPPED = ("UPDATE service_heartbeats SET detail = detail || jsonb_build_object('exited_at', now())"
           " WHERE service = 'simulator' AND instance = %s")


def _run(dsn: str, sql: str) -> None:
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(sql, (INSTANCE,))


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080), (2560, 1440)])
def test_the_wall_says_its_data_are_simulated_while_the_simulator_publishes(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_dsn: str, size: tuple[int, int],
) -> None:
    width, height = size
    try:
        page = browser.new_page(viewport={"width": width, "height": height})
        page.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}")
        expect(page.locator("#conn.connected")).to_have_count(1, timeout=20_000)
        line = page.locator("#simulated")
        expect(line).to_be_hidden()  # nothing simulates: the data are real
        _run(db_dsn, BEAT)
        expect(line).to_be_visible(timeout=20_000)
        expect(line).to_contain_text("模擬資料")
        expect(line).to_contain_text("SIMULATED DATA")
        expect(page.locator("#health")).to_be_hidden()  # not an outage
        box = line.bounding_box()
        assert box is not None
        assert box["y"] >= 0
        assert box["y"] + box["height"] <= height
        assert line.evaluate("(n) => n.scrollWidth <= n.clientWidth + 1")
        _run(db_dsn, STOPPED)  # the simulator stops
        expect(line).to_be_hidden(timeout=20_000)
        page.close()
    finally:
        _run(db_dsn, "DELETE FROM service_heartbeats WHERE instance = %s")
