"""The wall on a storm night keeps the water levels in alarm in sight: ten open incidents,
the most urgent dispatched to six agencies and the others to five, every rain gauge and
water level reporting, and two water-level stations in alarm (一級 and 二級警戒). At
1920x1080, 1600x900, 1440x900 and 1366x768, in zh-TW and English, the worst station's
level, name and value stand on one whole line under the rain and water panel's heading
(`#water-top`), and wherever the panel shows station rows, the stations in alarm are
among them, first, inside the screen with their text whole; a station in alarm left out
leaves no ingest figure or camera event shown; and nothing is cut off under
``overflow: hidden`` (a panel left its heading alone holds it whole) (docs/web.md,
"Screen sizes")."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from playwright.sync_api import Browser, expect

from common.db import detect_capabilities
from common.maintenance import run_once
from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp
from tests.browser.conftest import settle
from tests.browser.test_wall_key_figures import BOXES_JS
from tests.browser.test_wall_reading import INCIDENTS, SQL_ALERT, SQL_ASSIGNMENT, SQL_INCIDENT, seed
from tests.browser.test_wall_screens import HIDDEN_OVERFLOW_JS, stable_js
from tests.browser.test_wall_typhoon_board import GAUGES, LEVELS, TENTH
from tests.browser.test_wall_whole_figures import seed_panels

#: The stations in alarm, the worst first: (sensor, label, severity, zh name, en name).
ALARMS = (("SN-WL-004", "一級警戒", "Severe"), ("SN-WL-002", "二級警戒", "Moderate"))
WORST_ZH = ("一級警戒", "level 1 (highest)")
#: Each screen and the fewest stations in alarm shown as rows (beside the summary line) with
#: this storm's six-agency first card: at 1440x900 and 1366x768 only the worst is sure to
#: fit (a limit: the summary line stands for the other).
SCREENS = [(1920, 1080, 2), (1600, 900, 2), (1440, 900, 1), (1366, 768, 1)]

#: What is cut off under overflow: hidden, in one settled frame.
CUT_JS = stable_js(HIDDEN_OVERFLOW_JS)


@pytest.fixture(scope="module")
def storm(live_app: LiveApp, db_settings: Settings, db_dsn: str) -> LiveApp:
    run_geo_load(db_settings)
    now = datetime.now(UTC)
    seed(db_dsn, now)  # nine incidents (water, public works, police), alerts, SN-RG-001/002, SN-WL-003
    seed_panels(db_dsn, now)
    t0 = now - timedelta(minutes=10)
    with psycopg.connect(db_dsn) as conn:
        conn.execute(SQL_INCIDENT, {"id": TENTH, "type": "flood", "sev": "Moderate",
                                    "lon": 120.6520, "lat": 24.1860, "t": now - timedelta(minutes=5)})
        conn.execute(SQL_ASSIGNMENT, (TENTH, "traffic", "assigned", t0, t0, None, now + timedelta(minutes=40), 0))
        # Tall cards: two more agencies on every incident, the fire's six in all.
        for inc, *_ in INCIDENTS:
            for agency in ("fire", "environment"):
                conn.execute(SQL_ASSIGNMENT, (inc, agency, "assigned", t0, t0, None, now + timedelta(minutes=30), 0))
        conn.execute(SQL_ASSIGNMENT, ("inc-wall-02", "traffic", "assigned", t0, t0, None,
                                      now + timedelta(minutes=30), 0))
        hour = now.replace(minute=0, second=0, microsecond=0)
        for h in range(12):
            at = hour - timedelta(hours=11 - h) + (now - hour) / 2
            for g in GAUGES:
                conn.execute("INSERT INTO readings (time, sensor_id, metric, value) VALUES (%s, %s, 'rain_1h', %s),"
                             " (%s, %s, 'rain_24h', %s)", (at, g, 3.5 * h, at, g, 24.0 * h))
            for w in LEVELS:
                conn.execute("INSERT INTO readings (time, sensor_id, metric, value)"
                             " VALUES (%s, %s, 'water_level_m', %s)", (at, w, 1.0 + 0.05 * h))
        for sensor, label, severity in ALARMS:
            conn.execute(SQL_ALERT, ("water-level", sensor, severity, f"水位 {label}", 120.65, 24.18,
                                     now - timedelta(minutes=8), now, now, label))
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        run_once(conn, detect_capabilities(conn))
    return live_app


def inside(box: dict[str, object], size: dict[str, int], what: str) -> None:
    assert box["shown"], what
    assert float(box["left"]) >= -0.5, (what, box)  # type: ignore[arg-type]
    assert float(box["top"]) >= -0.5, (what, box)  # type: ignore[arg-type]
    assert float(box["right"]) <= size["width"] + 0.5, (what, box)  # type: ignore[arg-type]
    assert float(box["bottom"]) <= size["height"] + 0.5, (what, box)  # type: ignore[arg-type]
    assert not box["cut"], (what, box)


@pytest.mark.parametrize(("width", "height", "least"), SCREENS, ids=[f"{w}x{h}" for w, h, _ in SCREENS])
def test_the_water_levels_in_alarm_stay_in_sight_on_a_storm_night(
    browser: Browser, storm: LiveApp, accounts: dict[str, str], artifacts: Path, width: int, height: int,
    least: int,
) -> None:
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(f"{storm.url}/static/wall.html#token={accounts['wall1']}")
    expect(page.locator("#conn.connected")).to_have_count(1, timeout=20_000)
    expect(page.locator('#trends table[data-kind="water_level"] tr[data-sensor]')).to_have_count(
        len(LEVELS) + 1, timeout=30_000)
    expect(page.locator("#trends tr[data-alarm]")).to_have_count(len(ALARMS), timeout=30_000)
    expect(page.locator("#board-more")).to_contain_text("另有", timeout=30_000)
    size = {"width": width, "height": height}
    for lang, worst in zip(("zh-TW", "en"), WORST_ZH, strict=True):
        if lang == "en":
            page.locator("#lang").click()
            expect(page.locator("#mode")).to_have_text("Peacetime")
        settle(page)
        name = f"{lang} {width}x{height}"
        page.screenshot(path=str(artifacts / f"wall-water-alarm-{width}x{height}-{lang}.png"))
        # The one-line summary of the worst: its level, its station and its value, whole.
        top = page.evaluate(BOXES_JS, "#water-top")[0]
        inside(top, size, f"{name} #water-top")
        assert top["text"].startswith(("水位警戒", "Water alarm")), (name, top)
        assert worst in top["text"], (name, top)
        assert top["text"].endswith(" m"), (name, top)
        assert page.locator("#water-top").get_attribute("data-sensor") == ALARMS[0][0], name
        for part in page.evaluate(BOXES_JS, "#water-top span"):
            inside(part, size, f"{name} #water-top span")
        # The stations shown: those in alarm first, and none folded while a less urgent row shows.
        shown = page.evaluate("""() => [...document.querySelectorAll('#trends tr[data-item]')]
          .filter((n) => !n.hidden && n.getClientRects().length).map((n) => n.dataset.sensor || '')""")
        alarms = [s for s, *_ in ALARMS]
        k = min(len(shown), len(alarms))
        assert shown[:k] == alarms[:k], (name, shown)
        if len(shown) < len(alarms):
            # A station in alarm folded away: no ingest figure or camera event took the room
            # (the KPI tiles beside those two panels' headings take none from the rain panel).
            less = page.evaluate("""() => [...document.querySelectorAll(
                '#ingest [data-item], #cameras [data-item]')]
              .filter((n) => !n.hidden && n.getClientRects().length).map((n) => n.textContent)""")
            assert less == [], (name, shown, less)
        # A panel left its heading alone (the cameras', the ingest's) holds it whole, its
        # margin included: nothing cut off under overflow: hidden.
        cut = page.evaluate(CUT_JS)
        assert cut == [], (name, cut)
        rows = [b for b in page.evaluate(BOXES_JS, "#trends tr[data-alarm] td") if b["shown"]]
        for b in rows:
            inside(b, size, f"{name} alarm row")
        assert len(shown) >= least, (name, shown)
    page.locator("#lang").click()
    page.close()
