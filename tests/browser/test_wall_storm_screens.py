"""The wall on a heavy typhoon night, read on the two screens operators have (1366x768
and 1920x1080), in zh-TW and English: 39 open incidents, most of them dispatched to four
agencies (the most urgent, overdue, among them; two more on two of them: six agencies at
work), the emergency mode, every rain gauge and
water level reporting with the heaviest gauge in the highest CWA rain class (超大豪雨, as in
the demo's typhoon), eight cameras offline
and three detections, a full ticker; once with no water-level station in alarm and once
with one. Geometry,
read in one settled frame: every panel inside the screen and none over another, no row,
tile, line or card cut off by its panel or the screen, no text under 20 px, the most
urgent card in full, every agency with overdue work shown, and the water levels in
sight: the first station row shown and whole (with a station in alarm, that station
first and its summary line whole)
(docs/web.md, "Screen sizes")."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import psycopg
import pytest
from playwright.sync_api import Browser, Page, expect

from common.db import detect_capabilities
from common.maintenance import run_once
from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp, auth
from tests.browser.conftest import settle
from tests.browser.test_wall_camera_events import DETECTIONS, OFFLINE
from tests.browser.test_wall_reading import SQL_ALERT, SQL_ASSIGNMENT, SQL_INCIDENT, check_readable, seed
from tests.browser.test_wall_screens import HIDDEN_OVERFLOW_JS, PANELS_JS, overlapping, stable_js
from tests.browser.test_wall_typhoon_board import GAUGES, LEVELS
from tests.browser.test_wall_whole_figures import NOT_WHOLE_JS

SCREENS = [(1366, 768), (1920, 1080)]
#: The storm's own incidents, each dispatched to these four agencies.
STORM = 30
FOUR = ("fire", "police", "public_works", "water")
#: The most urgent: extreme, its police past their deadline.
FIRST = "inc-storm-00"
#: The station put in alarm by the test that wants one (一級警戒, the highest level).
ALARM = "SN-WL-004"
OPEN = STORM + 9


@pytest.fixture(scope="module")
def storm(live_app: LiveApp, db_settings: Settings, db_dsn: str, accounts: dict[str, str]) -> LiveApp:
    run_geo_load(db_settings)
    now = datetime.now(UTC)
    t0 = now - timedelta(minutes=20)
    with psycopg.connect(db_dsn) as conn:
        for i in range(STORM):
            inc = f"inc-storm-{i:02d}"
            conn.execute(SQL_INCIDENT, {"id": inc, "type": ("flood", "fire", "traffic")[i % 3],
                                        "sev": "Extreme" if i == 0 else ("Severe", "Moderate")[i % 2],
                                        "lon": 120.638 + (i % 6) * 0.004, "lat": 24.170 + (i // 6) * 0.005,
                                        "t": now - timedelta(minutes=60 - i)})
            # Two more agencies at work on the next two incidents: six in all, more than
            # the agencies panel holds at 1366x768.
            for k, agency in enumerate(FOUR + (("traffic", "environment") if i in (1, 2) else ())):
                late = i == 0 and agency == "police"
                acked = t0 if k % 2 == 0 and not late else None
                due = now - timedelta(minutes=6) if late else now + timedelta(minutes=10 + i + k)
                conn.execute(SQL_ASSIGNMENT, (inc, agency, "acknowledged" if acked else "assigned", t0, t0, acked,
                                              due, 1 if late else 0))
        hour = now.replace(minute=0, second=0, microsecond=0)
        for h in range(12):
            at = hour - timedelta(hours=11 - h) + (now - hour) / 2
            for g in GAUGES:
                conn.execute("INSERT INTO readings (time, sensor_id, metric, value) VALUES (%s, %s, 'rain_1h', %s),"
                             " (%s, %s, 'rain_24h', %s)", (at, g, 6.0 * h, at, g, 25.0 * h))
            for w in LEVELS:
                conn.execute("INSERT INTO readings (time, sensor_id, metric, value)"
                             " VALUES (%s, %s, 'water_level_m', %s)", (at, w, 1.0 + 0.05 * h))
        # The highest CWA class, as the demo's typhoon reaches: its English name, "extremely
        # torrential rain", the longest, puts the station on a line of its own at 1366x768.
        conn.execute(SQL_ALERT, ("cwa-rainfall", "C0F9T0", "Extreme", "超大豪雨", 120.65, 24.18,
                                 now - timedelta(minutes=30), now, now, "超大豪雨"))
        for cam, event, ago, _, _ in DETECTIONS:  # with the reading seed's, three detections
            conn.execute("INSERT INTO events (time, source_id, domain, feed, event_key, category, payload)"
                         " VALUES (%s, %s, 'police', 'cctv', %s, %s, %s)",
                         (now - timedelta(minutes=ago), cam, f"ev-storm-{cam}", event,
                          f'{{"event": "{event}", "confidence": 0.9}}'))
        for i, cam in enumerate(OFFLINE):
            conn.execute("INSERT INTO events (time, source_id, domain, feed, event_key, category, payload)"
                         " VALUES (%s, %s, 'police', 'status', %s, 'offline', '{\"state\": \"offline\"}')",
                         (now - timedelta(minutes=1), cam, f"st-storm-{i}"))
    seed(db_dsn, now)  # nine more incidents (three agencies each), the ticker; refreshes the rollups
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        run_once(conn, detect_capabilities(conn))
    with httpx.Client(base_url=live_app.url, timeout=10) as api:
        r = api.post("/api/mode", headers=auth(accounts["coord"]), json={"mode": "emergency", "reason": "颱風"})
        assert r.status_code < 300, r.text
    return live_app


@pytest.fixture
def wall(request: pytest.FixtureRequest, browser: Browser, storm: LiveApp, db_dsn: str,
         accounts: dict[str, str]) -> Iterator[tuple[Page, bool]]:
    """The wall at the size asked for, with ``ALARM`` in alarm or not."""
    (width, height), alarm = request.param
    now = datetime.now(UTC)
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        conn.execute("UPDATE alerts SET state = 'resolved', updated_at = now()"
                     " WHERE rule_id = 'water-level' AND state <> 'resolved'")
        if alarm:
            conn.execute(SQL_ALERT, ("water-level", ALARM, "Severe", "水位 一級警戒", 120.65, 24.18,
                                     now - timedelta(minutes=8), now, now, "一級警戒"))
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(f"{storm.url}/static/wall.html#token={accounts['wall1']}")
    expect(page.locator("#conn.connected")).to_have_count(1, timeout=20_000)
    expect(page.locator("#mode")).to_have_text("戰時", timeout=20_000)
    expect(page.locator('#trends table[data-kind="water_level"] tr[data-sensor]')).to_have_count(
        len(LEVELS) + 1, timeout=30_000)
    expect(page.locator("#trends tr[data-alarm]")).to_have_count(1 if alarm else 0, timeout=30_000)
    expect(page.locator("#rain-top")).to_contain_text("豪雨", timeout=30_000)
    expect(page.locator('#cameras tr[data-camera="SN-CCTV-001"]')).to_have_count(1, timeout=20_000)
    expect(page.locator("#board-more")).to_contain_text("另有", timeout=30_000)
    yield page, alarm
    page.close()


#: The view checked, in one settled frame: the panels, what is cut off or outside its
#: panel, the board's cards and the water levels' rows shown, each with its box.
VIEW_JS = stable_js(f"""() => {{
  const box = (n) => {{ const r = n.getBoundingClientRect();
    return {{ left: r.left, top: r.top, right: r.right, bottom: r.bottom }}; }};
  const shown = (n) => !n.closest('[hidden]') && n.getClientRects().length > 0
    && getComputedStyle(n).visibility !== 'hidden';
  const cards = [...document.querySelectorAll('#board article.card')];
  return {{
    panels: ({PANELS_JS})(),
    cut: ({HIDDEN_OVERFLOW_JS})(),
    notWhole: ({NOT_WHOLE_JS})(),
    overdue: [...document.querySelectorAll('#agencies tr[data-agency].overdue')].map((r) => ({{
      agency: r.dataset.agency, shown: shown(r), ...box(r) }})),
    agencyPanel: box(document.querySelector('.agency-panel')),
    first: cards.length ? {{ id: cards[0].dataset.incident, compact: cards[0].classList.contains('compact') }} : null,
    levels: [...document.querySelectorAll('#trends table[data-kind="water_level"] tr[data-sensor]')]
      .filter(shown).map((r) => ({{ sensor: r.dataset.sensor, ...box(r),
        cut: [...r.querySelectorAll('td')].some((c) => c.scrollWidth > c.clientWidth + 0.5) }})),
    waterTop: shown(document.getElementById('water-top')) ? box(document.getElementById('water-top')) : null,
    trend: box(document.querySelector('.trend-panel')),
  }};
}}""")


PARAMS = [(size, alarm) for alarm in (False, True) for size in SCREENS]


@pytest.mark.parametrize("wall", PARAMS, indirect=True,
                         ids=[f"{w}x{h}-{'alarm' if a else 'no-alarm'}" for (w, h), a in PARAMS])
def test_a_storm_night_fits_the_screen_with_the_water_levels_in_sight(
    wall: tuple[Page, bool], artifacts: Path,
) -> None:
    page, alarm = wall
    size = page.viewport_size
    assert size is not None
    for lang in ("zh-TW", "en"):
        if lang == "en":
            page.locator("#lang").click()
            expect(page.locator("#mode")).to_have_text("Emergency")
        settle(page)
        name = f"{lang} {size['width']}x{size['height']} {'alarm' if alarm else 'no alarm'}"
        page.screenshot(path=str(artifacts / f"wall-storm-{size['width']}x{size['height']}-"
                                             f"{'alarm' if alarm else 'quiet'}-{lang}.png"))
        view = page.evaluate(VIEW_JS)
        # Every panel inside the screen, none over another, nothing cut off unseen.
        for p in view["panels"]:
            assert p["left"] >= -0.5, (name, p)
            assert p["top"] >= -0.5, (name, p)
            assert p["right"] <= size["width"] + 0.5, (name, p)
            assert p["bottom"] <= size["height"] + 0.5, (name, p)
        assert overlapping(view["panels"]) == [], (name, view["panels"])
        assert view["cut"] == [], (name, view["cut"])
        assert view["notWhole"] == [], (name, view["notWhole"])
        check_readable(page, name)
        # The most urgent incident in full.
        assert view["first"] == {"id": FIRST, "compact": False}, (name, view["first"])
        # Every agency with overdue work shown, whole inside its panel (six agencies at
        # work: not all of them fit at 1366x768).
        assert view["overdue"], name
        panel = view["agencyPanel"]
        for r in view["overdue"]:
            assert r["shown"], (name, r)
            assert panel["top"] - 0.5 <= r["top"] <= r["bottom"] <= panel["bottom"] + 0.5, (name, r)
        # The water levels in sight: at least the first station's row, whole, inside the
        # rain panel and the screen; with a station in alarm, that one first under its
        # summary line.
        levels = view["levels"]
        assert levels, f"{name}: no water level shown"
        for r in levels:
            assert not r["cut"], (name, r)
            assert view["trend"]["top"] - 0.5 <= r["top"] <= r["bottom"] <= view["trend"]["bottom"] + 0.5, (name, r)
            assert r["bottom"] <= size["height"] + 0.5, (name, r)
        if alarm:
            assert levels[0]["sensor"] == ALARM, (name, levels)
            assert view["waterTop"] is not None, name
