"""Sensor availability as a planner reads it on the planner page, for a center started two hours
ago (its registry loaded an hour before) whose sensors have reported every slot since: 100 %,
counted over the time each sensor could report (from its registration, not before the center's
start, docs/kpi.md), not near zero for the days of the month before the center existed; computed
by the page's own recompute (the server's KPI run)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
from playwright.sync_api import Browser, expect

from tests.api.conftest import LiveApp
from tests.browser.test_planner import open_planner

#: Three water-level gauges reporting every 10 minutes (their registry interval).
SENSORS = (("SN-AV-WL-1", "disaster", "water_level"), ("SN-AV-WL-2", "disaster", "water_level"),
           ("SN-AV-WL-3", "disaster", "water_level"))
SQL_SENSOR = """
INSERT INTO sensors (sensor_id, agency, kind, geom, expected_interval, created_at)
VALUES (%s, %s, %s, ST_SetSRID(ST_MakePoint(120.655, 24.185), 4326), '10 minutes', %s)
"""


def install(dsn: str, now: datetime) -> int:
    """The registry loaded 3 h ago; the center took its first reading 2 h ago, and each sensor
    has reported every 10 minutes since, the latest now; how many readings each sent."""
    registered, started = now - timedelta(hours=3), now - timedelta(hours=2)
    with psycopg.connect(dsn) as conn:
        # the module's database holds no other sensor that is expected to report
        (others,) = conn.execute("SELECT count(*) FROM sensors WHERE expected_interval IS NOT NULL").fetchone() or (0,)
        assert others == 0
        for sensor_id, agency, kind in SENSORS:
            conn.execute(SQL_SENSOR, (sensor_id, agency, kind, registered))
        times = [started + timedelta(minutes=10 * k) for k in range(13)]
        with conn.cursor() as cur:
            cur.executemany(  # each received as it was measured: the center's start is its first
                "INSERT INTO readings (time, sensor_id, metric, value, received_at)"
                " VALUES (%s, %s, 'water_level_m', 1.0, %s)",
                [(t, s[0], t) for t in times for s in SENSORS])
    return len(times)


def test_the_planner_page_shows_availability_over_the_time_the_sensors_existed(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_dsn: str, artifacts: Path,
) -> None:
    now = datetime.now(UTC)
    install(db_dsn, now)
    page = open_planner(browser, live_app)
    page.click("#recompute")
    expect(page.locator("#recompute-result.ok")).to_be_visible(timeout=30_000)
    row = page.locator('#operational tr[data-indicator="ops.sensor_availability"]')
    expect(row).to_contain_text("感測器可用率")
    expect(row.locator(".value")).to_have_text("100.00 %", timeout=20_000)
    # every slot since the center's start reported: the parts equal (3 sensors, 12 or 13 whole
    # slots of the month's grid each from the one holding the start to the computation)
    parts = (row.locator(".parts").text_content() or "").replace(",", "").split(" / ")
    assert parts[0] == parts[1], parts
    assert 36 <= int(parts[0]) <= 39, parts
    expect(row.locator(".target")).to_contain_text("98.00 %")
    # their one metric in every slot: complete over the same time
    complete = page.locator('#operational tr[data-indicator="ops.data_completeness"]')
    expect(complete.locator(".value")).to_have_text("100.00 %")
    expect(row.locator(".target .met")).to_have_text("達標")
    expect(page.locator("#operations .note")).to_contain_text("自其註冊")
    page.locator("#operations").screenshot(path=str(artifacts / "planner-operations.png"))
    page.locator("#lang").click()
    expect(row).to_contain_text("Sensor availability", timeout=20_000)
    expect(row.locator(".value")).to_have_text("100.00 %")
    expect(row.locator(".target .met")).to_have_text("met")
    expect(page.locator("#operations .note")).to_contain_text("from its registration")
    page.close()
