"""The wall's cameras panel on a busy night: most cameras offline, a few analytics
detections, every agency busy and every gauge reporting. The offline cameras are one
count line; the newest detections are still shown in full on the screen at 1366x768 and
1920x1080 (docs/web.md, "Screen sizes"), and the count line opens the offline cameras' list."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from playwright.sync_api import Browser, expect

from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp
from tests.browser.conftest import ROOT, box_of, click_until_open, settle
from tests.browser.test_wall_reading import SQL_ASSIGNMENT, SQL_INCIDENT, seed
from tests.browser.test_wall_whole_figures import CAMERAS

#: The detections of the night, newest first: camera, event, minutes ago, zh-TW and English
#: words (docs/vocabulary.md). The reading seed's stalled vehicle on SN-CCTV-001 is the third.
DETECTIONS = (("SN-CCTV-002", "smoke", 1, "煙霧", "Smoke"),
              ("SN-CCTV-003", "wrong_way", 2, "逆向行駛", "Wrong-way driver"))
SEEN = ("SN-CCTV-002", "SN-CCTV-003", "SN-CCTV-001")
#: Every other camera's last status says offline.
OFFLINE = [c for c in CAMERAS if c not in SEEN]
_CAMS = {f["properties"]["sensor_id"]: f["properties"] for f in json.loads(
    (ROOT / "geo" / "data" / "sensors.geojson").read_text(encoding="utf-8"))["features"]}
AGENCIES = ("fire", "police", "traffic", "water", "public_works", "environment")
#: The gauges and stations the reading seed leaves without readings.
GAUGES = ("C0F9T0", "SN-RG-003")
LEVELS = ("SN-WL-001", "SN-WL-002", "SN-WL-004", "SN-WL-005")


@pytest.fixture(scope="module")
def seeded(live_app: LiveApp, db_settings: Settings, db_dsn: str) -> LiveApp:
    run_geo_load(db_settings)
    now = datetime.now(UTC)
    with psycopg.connect(db_dsn) as conn:
        for i in range(40):
            inc = f"inc-night-{i:02d}"
            conn.execute(SQL_INCIDENT, {"id": inc, "type": ("flood", "fire", "traffic")[i % 3], "sev": "Severe",
                                        "lon": 120.640 + (i % 8) * 0.002, "lat": 24.172 + (i // 8) * 0.002,
                                        "t": now - timedelta(minutes=90 - i)})
            t0 = now - timedelta(minutes=30)
            for agency in AGENCIES:
                conn.execute(SQL_ASSIGNMENT, (inc, agency, "assigned", t0, t0, None, now + timedelta(hours=1), 0))
        hour = now.replace(minute=0, second=0, microsecond=0)
        for h in range(12):
            at = hour - timedelta(hours=11 - h) + (now - hour) / 2
            for g in GAUGES:
                conn.execute("INSERT INTO readings (time, sensor_id, metric, value) VALUES (%s, %s, 'rain_1h', %s),"
                             " (%s, %s, 'rain_24h', %s)", (at, g, 4.0 * h, at, g, 10.0 * h))
            for w in LEVELS:
                conn.execute("INSERT INTO readings (time, sensor_id, metric, value)"
                             " VALUES (%s, %s, 'water_level_m', %s)", (at, w, 1.0 + 0.05 * h))
        for cam, event, ago, _, _ in DETECTIONS:
            conn.execute("INSERT INTO events (time, source_id, domain, feed, event_key, category, payload)"
                         " VALUES (%s, %s, 'police', 'cctv', %s, %s, %s)",
                         (now - timedelta(minutes=ago), cam, f"ev-night-{cam}", event,
                          f'{{"event": "{event}", "confidence": 0.9}}'))
        for i, cam in enumerate(OFFLINE):
            conn.execute("INSERT INTO events (time, source_id, domain, feed, event_key, category, payload)"
                         " VALUES (%s, %s, 'police', 'status', %s, 'offline', '{\"state\": \"offline\"}')",
                         (now - timedelta(minutes=1), cam, f"st-night-{i}"))
    seed(db_dsn, now)  # nine more incidents, the ticker, SN-CCTV-001's stalled vehicle; refreshes the rollups
    return live_app


#: The cameras panel and each camera row, in screen px; whether each row is displayed.
PANEL_JS = """() => {
  const box = (n) => { const r = n.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }; };
  const rows = [...document.querySelectorAll('#cameras tr[data-camera]')].map((r) => ({
    camera: r.dataset.camera, shown: !r.hidden && r.getClientRects().length > 0,
    text: r.innerText.replace(/\\s+/g, ' ').trim(),
    whatCut: r.querySelector('td.what').scrollWidth > r.querySelector('td.what').clientWidth, ...box(r) }));
  return { panel: box(document.querySelector('.camera-panel')), rows,
           screen: { w: innerWidth, h: innerHeight } };
}"""


#: Each screen and how many of the newest detections it keeps in sight (docs/web.md: the
#: cameras' first figures hold the newest, their lead the newest three).
SCREENS = [(1366, 768, 1), (1920, 1080, 3)]


@pytest.mark.parametrize(("width", "height", "newest"), SCREENS, ids=[f"{w}x{h}" for w, h, _ in SCREENS])
def test_a_busy_night_shows_the_newest_detections_and_counts_the_offline_cameras(
    browser: Browser, seeded: LiveApp, accounts: dict[str, str], artifacts: Path, width: int, height: int,
    newest: int,
) -> None:
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(f"{seeded.url}/static/wall.html#token={accounts['wall1']}")
    expect(page.locator("#conn.connected")).to_have_count(1, timeout=20_000)
    expect(page.locator("#cameras tr[data-camera]")).to_have_count(len(SEEN), timeout=30_000)
    expect(page.locator("#cameras tr.offline")).to_have_text(f"離線 {len(OFFLINE)} 支（共 {len(CAMERAS)} 支）",
                                                             timeout=30_000)
    expect(page.locator("#board-more")).to_contain_text("另有", timeout=30_000)
    for lang in ("zh-TW", "en"):
        if lang == "en":
            page.locator("#lang").click()
            expect(page.locator("#mode")).to_have_text("Peacetime")
        settle(page)
        page.screenshot(path=str(artifacts / f"wall-cameras-night-{width}x{height}-{lang}.png"))
        view = page.evaluate(PANEL_JS)
        panel, screen = view["panel"], view["screen"]
        rows = {r["camera"]: r for r in view["rows"]}
        # Newest first, each whole inside the panel and the screen.
        assert [r["camera"] for r in view["rows"]] == list(SEEN)
        words = {cam: (zh, en) for cam, _, _, zh, en in DETECTIONS} | {"SN-CCTV-001": ("車輛停滯", "Stalled vehicle")}
        for cam in SEEN[:newest]:
            r, (zh, en) = rows[cam], words[cam]
            assert r["shown"], f"{lang} {width}x{height}: the detection on {cam} is not shown: {view}"
            assert panel["top"] <= r["top"] <= r["bottom"] <= panel["bottom"] + 0.5, (lang, cam, view)
            assert 0 <= r["top"] <= r["bottom"] <= screen["h"], (lang, cam, view)
            assert r["right"] <= screen["w"], (lang, cam, view)
            assert (zh if lang == "zh-TW" else en) in r["text"], (lang, r)
            assert not r["whatCut"], f"{lang} {width}x{height}: the words of the detection on {cam} are cut: {r}"
        # The rows left out are counted in the heading.
        hidden = page.locator("#cameras tr[data-item][hidden]").count()
        more = page.locator(".camera-panel .panel-more")
        if hidden:
            expect(more).to_have_text(f"另有 {hidden} 項" if lang == "zh-TW" else f"+{hidden} more")
        else:
            expect(more).to_be_hidden()
        offline = box_of(page, "#cameras tr.offline")
        assert offline is not None
        assert offline["height"] > 0
        assert panel["top"] <= offline["y"] <= offline["y"] + offline["height"] <= panel["bottom"] + 0.5
        expect(page.locator("#cameras tr.offline")).to_have_text(
            f"離線 {len(OFFLINE)} 支（共 {len(CAMERAS)} 支）" if lang == "zh-TW"
            else f"{len(OFFLINE)} of {len(CAMERAS)} cameras offline")
        # The count line opens the offline cameras by name; Escape closes the list.
        listed = page.locator("#offline-cameras li")
        click_until_open(page, "#cameras tr.offline", page.locator("#offline-cameras"))
        expect(listed).to_have_count(len(OFFLINE))
        names = sorted(_CAMS[c]["name" if lang == "zh-TW" else "name_en"] for c in OFFLINE)
        assert sorted(listed.all_inner_texts()) == names
        page.keyboard.press("Escape")
        expect(page.locator("#offline-cameras")).to_be_hidden()
    page.locator("#lang").click()
    page.close()
