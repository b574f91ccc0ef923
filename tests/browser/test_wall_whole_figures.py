"""The wall's panels on 1366x768 to 1920x1080 screens, read from across a control room:
every text in a panel is inside the panel's visible box or not displayed (a number is
shown whole or not at all, never cut through or scrolled away); a panel that cannot show
all its tiles or rows says how many more there are, and that count adds up with what is
shown to what was seeded; each panel's most important figures are among those shown;
the most urgent incident's card is in full; nothing scrolls sideways (docs/web.md,
"Screen sizes")."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from playwright.sync_api import Browser, Page, expect

from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp
from tests.browser.conftest import expect_on_map, settle
from tests.browser.test_wall_reading import INCIDENTS, seed
from tests.browser.test_wall_screens import (
    AGENCIES_EN,
    AGENCIES_ZH,
    COUNTDOWN_EN,
    COUNTDOWN_ZH,
    MOST_URGENT,
    check_board_and_panels,
    stable_js,
)

ROOT = Path(__file__).resolve().parents[2]
#: The smaller rooms' screens, and the control room's.
SCREENS = [(1366, 768), (1440, 900), (1600, 900), (1920, 1080)]

#: The registry's cameras, rain gauges and water-level stations (geo/data/sensors.geojson).
_SENSORS = json.loads((ROOT / "geo" / "data" / "sensors.geojson").read_text(encoding="utf-8"))["features"]
CAMERAS = sorted(f["properties"]["sensor_id"] for f in _SENSORS if f["properties"]["kind"] == "cctv")
RAIN_GAUGES = sum(1 for f in _SENSORS if f["properties"]["kind"] == "rain")
WATER_LEVELS = sum(1 for f in _SENSORS if f["properties"]["kind"] == "water_level")
#: Cameras with an analytics event in the last day: the reading seed's SN-CCTV-001 and five here.
CAMERAS_SEEN = CAMERAS[:6]
#: Cameras whose last status says offline.
CAMERAS_OFFLINE = CAMERAS[-2:]
#: The plan's measures (衡量指標, kpi/data/definitions.yaml): one tile each.
PLAN_MEASURES = ("1.1", "2.1", "3.1", "4.1", "5.1", "6.1", "7.1", "7.2", "7.3")
#: The six agencies (common/vocabulary.py), one row each.
AGENCY_ROWS = 6

#: Each panel's tiles or rows (headers excluded) and how many the seed makes.
ENTRIES = {
    # rate, quarantined, sensors offline, stored, and the broker's drops seeded below
    "ingest-panel": ("#ingest .tile:not(.panel-more)", 5),
    # the offline count, one row per camera seen, one line for the cameras not seen
    "camera-panel": ("#cameras tr", 1 + len(CAMERAS_SEEN) + 1),
    "kpi-panel": ("#kpis .tile:not(.panel-more)", len(PLAN_MEASURES)),
    "agency-panel": ("#agencies tr[data-agency]", AGENCY_ROWS),
    # gauges with data (SN-RG-001, SN-RG-002) and a line for the rest; SN-WL-003 and a line
    "trend-panel": ("#trends tr:not(:has(th))", 2 + (RAIN_GAUGES > 2) + 1 + (WATER_LEVELS > 1)),
}
MORE = {"zh-TW": re.compile(r"^另有 (\d+) 項$"), "en": re.compile(r"^\+(\d+) more$")}

#: Every element of a grid panel that holds text of its own, is displayed, and is not
#: inside the panel's visible box (the panel's box within the screen); every alert of
#: the ticker's page not inside its track; and the page's width beyond the screen. The
#: map's own drawing is checked by test_wall_reading.py.
NOT_WHOLE_JS = """() => {
  const out = [];
  const shown = (n) => { const cs = getComputedStyle(n); const r = n.getBoundingClientRect();
    return cs.display !== 'none' && cs.visibility !== 'hidden' && r.width > 0 && r.height > 0; };
  for (const p of document.querySelectorAll('.wall-grid > section')) {
    const b = p.getBoundingClientRect();
    const v = [Math.max(b.left, 0), Math.max(b.top, 0), Math.min(b.right, innerWidth), Math.min(b.bottom, innerHeight)];
    for (const n of p.querySelectorAll('*')) {
      if (n instanceof SVGElement || n.closest('#basemap')) continue;
      const own = [...n.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent.trim());
      if (!own || !shown(n)) continue;
      const r = n.getBoundingClientRect();
      if (r.left < v[0] - 0.5 || r.top < v[1] - 0.5 || r.right > v[2] + 0.5 || r.bottom > v[3] + 0.5)
        out.push(`${p.className}: "${n.textContent.trim().slice(0, 30)}" at `
          + `[${[r.left, r.top, r.right, r.bottom].map(Math.round)}] in [${v.map(Math.round)}]`);
    }
  }
  // The ticker: each alert of the page shown whole inside its track.
  const track = document.querySelector('.ticker-track').getBoundingClientRect();
  for (const n of document.querySelectorAll('#ticker .tick')) {
    const r = n.getBoundingClientRect();
    if (shown(n) && (r.left < track.left - 0.5 || r.right > track.right + 0.5))
      out.push(`ticker: "${n.textContent.trim().slice(0, 30)}" at [${[r.left, r.right].map(Math.round)}]`
        + ` in [${[track.left, track.right].map(Math.round)}]`);
  }
  const wide = document.documentElement.scrollWidth;
  if (wide > innerWidth) out.push(`page ${wide} px wide`);
  return out;
}"""

#: Per panel: how many of its entries are displayed, and its "+N more" line if displayed.
SHOWN_JS = """(entries) => {
  const shown = (n) => { const cs = getComputedStyle(n); const r = n.getBoundingClientRect();
    return cs.display !== 'none' && cs.visibility !== 'hidden' && r.width > 0 && r.height > 0; };
  return Object.fromEntries(Object.entries(entries).map(([panel, sel]) => {
    const more = [...document.querySelectorAll(`.${panel} .panel-more`)].filter(shown);
    return [panel, { shown: [...document.querySelectorAll(sel)].filter(shown).length,
                     more: more.length && more[0].textContent.trim() ? more[0].textContent.trim() : null }];
  }));
}"""


#: Both of the above in one stable frame (:func:`~tests.browser.test_wall_screens.stable_js`).
WHOLE_JS = stable_js(f"""() => ({{ cut: ({NOT_WHOLE_JS})(),
  counts: ({SHOWN_JS})({json.dumps({panel: sel for panel, (sel, _) in ENTRIES.items()})}) }})""")

#: Redraws every topic of the wall (as the language switch does, in the same language)
#: in bursts, as deltas arriving while dispatch deadlines pass: 200 ms of a redraw every
#: 10 ms, then 400 ms still. Stopped by STOP_REDRAWS_JS.
REDRAWS_JS = """() => {
  let tick = 0;
  window.socRedraws = setInterval(() => {
    tick = (tick + 1) % 60;
    if (tick < 20) document.dispatchEvent(new CustomEvent('soc:lang'));
  }, 10);
}"""
STOP_REDRAWS_JS = "() => clearInterval(window.socRedraws)"


def seed_panels(dsn: str, now: datetime) -> None:
    """More than the small screens' lower panels hold: camera events on five more cameras,
    two cameras offline, and the broker's drops (an alarm tile on the ingest panel)."""
    with psycopg.connect(dsn) as conn:
        for i, cam in enumerate(CAMERAS_SEEN[1:]):
            conn.execute("INSERT INTO events (time, source_id, domain, feed, event_key, category, payload)"
                         " VALUES (%s, %s, 'police', 'cctv', %s, 'stalled_vehicle',"
                         " '{\"event\": \"stalled_vehicle\", \"confidence\": 0.9}')",
                         (now - timedelta(minutes=5 + i), cam, f"ev-more-{i}"))
        for i, cam in enumerate(CAMERAS_OFFLINE):
            conn.execute("INSERT INTO events (time, source_id, domain, feed, event_key, category, payload)"
                         " VALUES (%s, %s, 'police', 'status', %s, 'offline', '{\"state\": \"offline\"}')",
                         (now - timedelta(minutes=1), cam, f"st-{i}"))
        conn.execute("INSERT INTO service_heartbeats (service, instance, beat_at, detail)"
                     " VALUES ('ingest', 'wall-panels', now() + interval '1 minute', %s)",
                     ('{"broker_dropped": 4200}',))


def open_wall(browser: Browser, url: str, size: tuple[int, int], incidents: int) -> Page:
    page = browser.new_page(viewport={"width": size[0], "height": size[1]})
    page.goto(url)
    expect(page.locator("#conn.connected")).to_have_count(1, timeout=20_000)
    expect_on_map(page, incidents)
    expect(page.locator('#trends tr[data-sensor="SN-RG-001"]')).to_have_count(1, timeout=30_000)
    expect(page.locator(f'#cameras tr[data-camera="{CAMERAS_SEEN[1]}"]')).to_have_count(1, timeout=20_000)
    expect(page.locator("#ingest .tile.alarm")).to_have_count(1, timeout=20_000)
    expect(page.locator("#kpis [data-kpi]")).to_have_count(len(PLAN_MEASURES), timeout=30_000)
    settle(page)
    return page


def check_whole(page: Page, name: str, lang: str, *, agency_rows: bool = True,
                first_agency: str = "public_works") -> None:
    """Every text whole or not displayed; each panel's hidden entries counted; its most
    important figures shown (``agency_rows``: ``first_agency`` among them, the agency with
    the most overdue work, or the fire bureau when it has open work)."""
    view = page.evaluate(WHOLE_JS)
    cut, counts = view["cut"], view["counts"]
    assert cut == [], f"{name}: text not whole in its panel: {cut}"
    for panel, (_, total) in ENTRIES.items():
        shown, more = counts[panel]["shown"], counts[panel]["more"]
        if shown < total:
            assert more is not None, f"{name}: {panel} shows {shown} of {total} and does not say so"
            m = MORE[lang].match(more)
            assert m, f"{name}: {panel}: {more!r}"
            assert shown + int(m.group(1)) == total, f"{name}: {panel} shows {shown}, says {more!r}, seeded {total}"
        else:
            assert shown == total, f"{name}: {panel} shows {shown} of {total}"
            assert more is None, f"{name}: {panel} shows all and says {more!r}"
    # The most important figures: the ingest's live state and rate, how many cameras are
    # offline, the KPI values, the agency with overdue work.
    live = "即時" if lang == "zh-TW" else "live"
    expect(page.locator(".ingest-panel h2 .age")).to_have_text(live)
    expect(page.locator("#ingest .tile").first).to_be_visible()
    expect(page.locator("#ingest .tile").first.locator(".tile-name")).to_have_text(
        "每秒筆數" if lang == "zh-TW" else "rows/s")
    offline = (f"離線 {len(CAMERAS_OFFLINE)} 支（共 {len(CAMERAS)} 支）" if lang == "zh-TW"
               else f"{len(CAMERAS_OFFLINE)} of {len(CAMERAS)} cameras offline")
    expect(page.locator("#cameras tr").first).to_be_visible()
    expect(page.locator("#cameras tr").first).to_have_text(offline)
    expect(page.locator("#kpis .tile .tile-value").first).to_be_visible()
    if agency_rows:
        expect(page.locator(f'#agencies tr[data-agency="{first_agency}"]')).to_be_visible()


@pytest.fixture(scope="module")
def seeded(live_app: LiveApp, db_settings: Settings, db_dsn: str) -> LiveApp:
    run_geo_load(db_settings)
    now = datetime.now(UTC)
    seed(db_dsn, now)
    seed_panels(db_dsn, now)
    return live_app


@pytest.fixture
def wall(request: pytest.FixtureRequest, browser: Browser, seeded: LiveApp,
         accounts: dict[str, str]) -> Iterator[Page]:
    page = open_wall(browser, f"{seeded.url}/static/wall.html#token={accounts['wall1']}", request.param,
                     len(INCIDENTS))
    yield page
    page.close()


@pytest.mark.parametrize("wall", SCREENS, indirect=True, ids=[f"{w}x{h}" for w, h in SCREENS])
def test_every_figure_is_whole_and_every_panel_says_what_it_leaves_out(wall: Page, artifacts: Path) -> None:
    page = wall
    size = page.viewport_size
    assert size is not None
    for lang, agencies, countdown in (("zh-TW", AGENCIES_ZH, COUNTDOWN_ZH), ("en", AGENCIES_EN, COUNTDOWN_EN)):
        if lang == "en":
            page.locator("#lang").click()
            expect(page.locator("#mode")).to_have_text("Peacetime")
            settle(page)
        name = f"{lang} {size['width']}x{size['height']}"
        page.screenshot(path=str(artifacts / f"wall-whole-{size['width']}x{size['height']}-{lang}.png"))
        check_board_and_panels(page, name, MOST_URGENT, agencies, countdown)
        check_whole(page, name, lang)
    page.locator("#lang").click()  # leave the page language as found for other tests


@pytest.mark.parametrize("wall", [(1440, 900)], indirect=True, ids=["1440x900"])
def test_the_checks_read_one_settled_frame_while_the_wall_redraws(wall: Page) -> None:
    """The checks above hold while the wall redraws under them (a dispatch deadline
    passing mid-check redraws the board, the map and the agencies): each reads one frame
    that the next frame confirms, never parts of two drawings or one between a redraw and
    its layout pass."""
    page = wall
    page.evaluate(REDRAWS_JS)
    try:
        for _ in range(3):
            check_board_and_panels(page, "zh-TW 1440x900 redrawing", MOST_URGENT, AGENCIES_ZH, COUNTDOWN_ZH)
            check_whole(page, "zh-TW 1440x900 redrawing", "zh-TW")
    finally:
        page.evaluate(STOP_REDRAWS_JS)
