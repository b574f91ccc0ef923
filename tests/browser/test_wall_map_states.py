"""The wall's map says each sensor's state by its colour, with a legend of the same colours
(normal, alert, a severe alert in the wall's severe colour, offline, offline for planned
maintenance in a colour of its own, no data), and an incident
beyond the drawn area is pinned to the edge with an arrow pointing to it: north, east, south
and west of the zone, each arrow's direction within 20 degrees of the bearing from the map's
centre, with the distance in its label. 1366x768 and 1920x1080, both languages."""

from __future__ import annotations

import math
import re
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from playwright.sync_api import Browser, Page, expect

from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp
from tests.browser.conftest import expect_on_map, settle
from tests.browser.test_wall_reading import SQL_ALERT, SQL_INCIDENT, seed
from tests.browser.test_wall_whole_figures import seed_panels

#: Incidents about 20 km from the zone (its middle near 120.65, 24.18) in each direction,
#: and the screen angle of each (SVG: y grows downwards; east 0, south 90).
FAR = {"inc-far-n": (120.650, 24.360, -90.0), "inc-far-e": (120.850, 24.180, 0.0),
       "inc-far-s": (120.650, 24.000, 90.0), "inc-far-w": (120.450, 24.180, 180.0)}
#: Devices whose own status message said offline, and why (docs/mqtt.md, status ``reason``):
#: planned maintenance, and a failure.
STATUS = {"SN-WL-001": "maintenance", "SN-WL-002": "comms_lost"}
MAINTENANCE = {"zh-TW": "維護中", "en": "maintenance"}

#: Each sensor's class and fill, and each legend swatch's classes and colour.
COLOURS_JS = """() => ({
  sensors: [...document.querySelectorAll('#map circle.sensor')].map((c) =>
    ({ cls: [...c.classList].filter((k) => k.startsWith('s-') || k.startsWith('sev-')).sort().join(' '),
       fill: getComputedStyle(c).fill })),
  legend: [...document.querySelectorAll('.legend i')].map((i) =>
    ({ cls: [...i.classList].sort().join(' '), colour: getComputedStyle(i).backgroundColor,
       label: i.nextElementSibling.textContent.trim() })),
})"""
#: Each pinned incident's arrow: the angle of its tip from the marker's centre.
ARROWS_JS = """() => Object.fromEntries([...document.querySelectorAll('#map g.incident.offmap')].map((g) => {
  const tip = g.querySelector('polygon.edge-arrow').getAttribute('points').split(' ')[0].split(',').map(Number);
  return [g.dataset.incident, { angle: Math.atan2(tip[1], tip[0]) * 180 / Math.PI, caption: g.dataset.caption }];
}))"""


@pytest.fixture(scope="module")
def seeded(live_app: LiveApp, db_settings: Settings, db_dsn: str) -> LiveApp:
    """The reading seed's sensors and readings, the panels' cameras offline, two rain gauges
    in alerts (moderate, severe); the reading seed's incidents replaced by four far away."""
    run_geo_load(db_settings)
    now = datetime.now(UTC)
    seed(db_dsn, now)
    seed_panels(db_dsn, now)
    with psycopg.connect(db_dsn) as conn:
        conn.execute("DELETE FROM ops_assignments")
        conn.execute("DELETE FROM ops_incidents")
        # A rain gauge in a moderate alert, another in a severe one.
        for sensor, sev in (("SN-RG-001", "Moderate"), ("SN-RG-002", "Severe")):
            conn.execute(SQL_ALERT, ("cwa-rainfall", sensor, sev, f"rain {sensor}", 120.65, 24.18,
                                     now, now, now, "heavy_rain"))
        for sensor, reason in STATUS.items():
            conn.execute("INSERT INTO events (time, source_id, domain, feed, event_key, category, payload)"
                         " VALUES (%s, %s, 'disaster', 'status', %s, 'offline', %s)",
                         (now - timedelta(minutes=1), sensor, f"st-{sensor}",
                          f'{{"state": "offline", "reason": "{reason}"}}'))
        for i, (inc, (lon, lat, _)) in enumerate(FAR.items()):
            conn.execute(SQL_INCIDENT, {"id": inc, "type": "flood", "sev": "Moderate", "lon": lon, "lat": lat,
                                        "t": now - timedelta(minutes=10 + i)})
    return live_app


def open_wall(browser: Browser, url: str, size: tuple[int, int]) -> Page:
    page = browser.new_page(viewport={"width": size[0], "height": size[1]})
    page.goto(url)
    expect(page.locator("#conn.connected")).to_have_count(1, timeout=20_000)
    expect_on_map(page, len(FAR))
    expect(page.locator("#map circle.sensor.s-alert")).not_to_have_count(0, timeout=30_000)
    expect(page.locator("#map circle.sensor.s-offline")).not_to_have_count(0, timeout=30_000)
    settle(page)
    return page


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)], ids=["1366x768", "1920x1080"])
def test_sensor_colours_follow_the_legend_and_edge_arrows_point_to_far_incidents(
    browser: Browser, seeded: LiveApp, accounts: dict[str, str], size: tuple[int, int],
) -> None:
    page = open_wall(browser, f"{seeded.url}/static/wall.html#token={accounts['wall1']}", size)
    for lang in ("zh-TW", "en"):
        if lang == "en":
            page.locator("#lang").click()
            expect(page.locator("#mode")).to_have_text("Peacetime")
            settle(page)
        name = f"{lang} {size[0]}x{size[1]}"
        got = page.evaluate(COLOURS_JS)
        swatches = {sw["cls"]: sw["colour"] for sw in got["legend"]}
        assert all(sw["label"] for sw in got["legend"]), (name, got["legend"])
        drawn = {s["cls"] for s in got["sensors"]}
        assert {"s-normal", "s-offline", "s-unknown"} <= drawn | {"s-normal"}, (name, drawn)
        # Planned maintenance is told from a failure: its own swatch, named, in another colour.
        maintenance = {sw["colour"] for sw in got["legend"] if sw["label"] == MAINTENANCE[lang]}
        assert len(maintenance) == 1, (name, got["legend"])
        assert maintenance != {swatches.get("s-offline")}, (name, got["legend"])
        fills = {sid: page.evaluate("(id) => [...document.querySelectorAll(`#map circle.sensor[data-sensor='${id}']`)]"
                                    ".map((c) => getComputedStyle(c).fill)", sid) for sid in STATUS}
        assert fills == {"SN-WL-001": list(maintenance), "SN-WL-002": [swatches["s-offline"]]}, (name, fills)
        for s in got["sensors"]:
            # A sensor's colour is its legend swatch's: by state and, for an alert, severity.
            key = s["cls"] if s["cls"] in swatches else s["cls"].split(" sev-")[0].split(" ")[-1]
            if s["cls"].startswith("s-alert") or " s-alert" in s["cls"]:
                key = "s-alert sev-Severe" if any(v in s["cls"] for v in ("sev-Severe", "sev-Extreme")) else "s-alert"
            assert key in swatches, (name, s, sorted(swatches))
            assert s["fill"] == swatches[key], (name, s, key, swatches[key])
        arrows = page.evaluate(ARROWS_JS)
        assert set(arrows) == set(FAR), (name, sorted(arrows))
        for inc, (_, _, angle) in FAR.items():
            diff = (arrows[inc]["angle"] - angle + 180) % 360 - 180
            assert math.fabs(diff) <= 20, (name, inc, arrows[inc], angle)
            # How far it lies, said once: beyond every drawn area its place says it (the nearest
            # road, the distance and the way), so the edge adds no distance of its own.
            said = re.findall(r"\d+(?:\.\d)? (?:公里|公尺|km\b|m\b)", arrows[inc]["caption"])
            assert len(said) == 1, (name, arrows[inc])
            assert ("方" if lang == "zh-TW" else " of ") in arrows[inc]["caption"], (name, arrows[inc])
    page.locator("#lang").click()
    page.close()
