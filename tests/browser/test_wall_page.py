"""The wall in a real browser: the map from the project's GeoJSON, live sensors, alerts,
and an incident appearing on the map and the dispatch board."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
from playwright.sync_api import Browser, expect

from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp
from tests.browser.conftest import MAP_LABELS_JS, box_of, settle

SQL_INCIDENT = """
INSERT INTO ops_incidents (incident_id, type, state, severity, priority, agencies, member_count,
    first_evidence_at, last_evidence_at, opened_at, updated_at, centroid, zone, sub_area)
VALUES (%(id)s, 'flood', 'open', 'Severe', 3203, ARRAY['disaster','traffic','police'], 3,
    %(t0)s, %(t0)s, %(t0)s, %(t0)s, ST_SetSRID(ST_MakePoint(%(lon)s, %(lat)s), 4326),
    'shuinan', 'central_park')
"""
SQL_ASSIGNMENT = """
INSERT INTO ops_assignments (incident_id, agency, state, ack_policy, assigned_at, state_since,
    acknowledged_at, deadline)
VALUES (%s, %s, %s, 'all', %s, %s, %s, %s)
"""


def test_wall_shows_map_sensors_and_a_new_incident(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_settings: Settings,
    db_dsn: str, artifacts: Path,
) -> None:
    run_geo_load(db_settings)
    page = browser.new_page(viewport={"width": 1920, "height": 1080})
    page.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}")
    expect(page.locator("#conn.connected")).to_have_count(1, timeout=20_000)
    expect(page.locator("#basemap canvas.maplibregl-canvas")).to_have_count(1)
    expect(page.locator("circle.sensor")).to_have_count(75, timeout=20_000)
    # The zone map is drawn by MapLibre from the project's GeoJSON: sub-area and road names.
    labels = page.evaluate(MAP_LABELS_JS)
    assert labels is not None
    assert labels["webgl"] is True
    assert "中央公園" in labels["zones"], labels
    assert "環中路" in labels["roads"], labels
    expect(page.locator("#board .empty")).to_have_count(1)

    now = datetime.now(UTC)
    with psycopg.connect(db_dsn) as conn:
        conn.execute(SQL_INCIDENT, {"id": "inc-browser-1", "t0": now - timedelta(minutes=12),
                                    "lon": 120.6560, "lat": 24.1800})
        for agency, state, acked, deadline in (
            ("water", "acknowledged", now - timedelta(minutes=9), now + timedelta(minutes=20)),
            ("traffic", "assigned", None, now - timedelta(minutes=2)),
            ("police", "assigned", None, now + timedelta(minutes=4)),
        ):
            conn.execute(SQL_ASSIGNMENT, ("inc-browser-1", agency, state, now - timedelta(minutes=10),
                                          now - timedelta(minutes=10), acked, deadline))
    marker = page.locator('g.incident[data-incident="inc-browser-1"]')
    expect(marker).to_have_count(1, timeout=20_000)
    expect(marker).to_have_class("incident sev-Severe overdue")
    card = page.locator('#board article[data-incident="inc-browser-1"]')
    expect(card).to_be_visible()
    expect(card.locator(".assignment")).to_have_count(3)
    expect(card.locator(".assignment.overdue")).to_have_count(1)
    # The broker dropped messages (as the ingest worker's newest heartbeat reports): an
    # alarm tile appears on the ingest panel, and goes once the count is back to zero.
    beat = ("INSERT INTO service_heartbeats (service, instance, beat_at, detail)"
            " VALUES ('ingest', 'browser-test', now() + interval '1 minute', %s)"
            " ON CONFLICT (service, instance) DO UPDATE SET beat_at = EXCLUDED.beat_at, detail = EXCLUDED.detail")
    with psycopg.connect(db_dsn) as conn:
        conn.execute(beat, ('{"broker_dropped": 4200}',))
    dropped = page.locator("#ingest .tile.alarm")
    expect(dropped.locator(".tile-value")).to_have_text("4,200", timeout=20_000)
    expect(dropped.locator(".tile-name")).to_have_text("中介伺服器丟棄")
    with psycopg.connect(db_dsn) as conn:
        conn.execute(beat, ('{"broker_dropped": 0}',))
    expect(dropped).to_have_count(0, timeout=20_000)
    settle(page)  # the picture of a drawn wall
    page.screenshot(path=str(artifacts / "wall.png"))
    page.locator("#lang").click()
    expect(page.locator("#mode")).to_have_text("Peacetime")
    page.screenshot(path=str(artifacts / "wall-en.png"))
    page.close()
    with psycopg.connect(db_dsn) as conn:
        conn.execute("DELETE FROM service_heartbeats WHERE instance = 'browser-test'")


def test_without_webgl_the_wall_says_so_and_still_places_sensors_and_incidents(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_settings: Settings, db_dsn: str,
) -> None:
    """A screen whose browser has no WebGL: no streets, a sentence saying why, and the
    sensors and open incidents still drawn where they are."""
    run_geo_load(db_settings)
    page = browser.new_page(viewport={"width": 1920, "height": 1080})
    page.add_init_script("""(() => {
      const get = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
        return /webgl/.test(kind) ? null : get.call(this, kind, ...rest);
      };
    })()""")
    page.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}")
    expect(page.locator("#conn.connected")).to_have_count(1, timeout=20_000)
    expect(page.locator(".map-failed")).to_contain_text("WebGL")
    expect(page.locator("circle.sensor")).to_have_count(75, timeout=20_000)
    mapbox = page.locator("#map").bounding_box()
    assert mapbox is not None
    for circle in page.locator("circle.sensor").all()[:5]:
        box = circle.bounding_box()
        assert box is not None
        assert mapbox["x"] <= box["x"] <= mapbox["x"] + mapbox["width"]
        assert mapbox["y"] <= box["y"] <= mapbox["y"] + mapbox["height"]
    with psycopg.connect(db_dsn) as conn:
        conn.execute(SQL_INCIDENT, {"id": "inc-browser-nogl", "t0": datetime.now(UTC),
                                    "lon": 120.6500, "lat": 24.1850})
    marker = page.locator('g.incident[data-incident="inc-browser-nogl"] circle.marker')
    expect(marker).to_have_count(1, timeout=20_000)
    box = box_of(page, 'g.incident[data-incident="inc-browser-nogl"] circle.marker')
    assert box is not None
    assert mapbox["x"] <= box["x"]
    assert box["x"] + box["width"] <= mapbox["x"] + mapbox["width"]
    assert mapbox["y"] <= box["y"]
    assert box["y"] + box["height"] <= mapbox["y"] + mapbox["height"]
    page.close()


def test_a_token_pasted_into_an_open_wall_connects_it(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str],
) -> None:
    """A wall screen opened without its token says so; the address with the token pasted
    in (only the fragment changes, so the browser loads nothing) connects it."""
    page = browser.new_page(viewport={"width": 1920, "height": 1080})
    page.add_init_script("localStorage.setItem('soc.lang', 'zh-TW')")
    page.goto(f"{live_app.url}/static/wall.html")
    expect(page.locator("#conn-text")).to_have_text("權杖無效", timeout=20_000)
    page.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}")
    expect(page.locator("#conn.connected")).to_have_count(1, timeout=20_000)
    expect(page.locator("#conn-text")).to_have_text("即時連線")
    page.close()



def test_a_wall_whose_address_says_lang_en_is_in_english(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str],
) -> None:
    """docs/web.md: a wall screen is set up by its address, `#lang=en&token=…` (or the token
    first): it speaks English from its first frame, though this browser last chose Chinese,
    and keeps `#lang=en` in its address."""
    for fragment in (f"lang=en&token={accounts['wall1']}", f"token={accounts['wall1']}&lang=en"):
        page = browser.new_page(viewport={"width": 1366, "height": 768})
        page.add_init_script("localStorage.setItem('soc.lang', 'zh-TW')")
        page.goto(f"{live_app.url}/static/wall.html#{fragment}")
        expect(page.locator("#conn.connected")).to_have_count(1, timeout=20_000)
        assert page.evaluate("document.documentElement.lang") == "en"
        expect(page.locator("#conn-text")).to_have_text("Live")
        assert page.evaluate("location.hash") == "#lang=en"
        page.close()
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.add_init_script("localStorage.setItem('soc.lang', 'en')")
    page.goto(f"{live_app.url}/static/wall.html#lang=zh-TW&token={accounts['wall1']}")
    expect(page.locator("#conn.connected")).to_have_count(1, timeout=20_000)
    assert page.evaluate("document.documentElement.lang") == "zh-Hant-TW"
    expect(page.locator("#conn-text")).to_have_text("即時連線")
    page.close()
