"""The wall read from across the room at 1920x1080, in both languages: every open
incident findable (on the map or pinned to its edge with an arrow; on the board or
named in "+N more"), named by number and place, no text under 20 px, no raw code,
a paged ticker in words, KPI tiles with the year of their data, per-agency counts,
rain and water-level sparklines, and each panel's data age."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import psycopg
from playwright.sync_api import Browser, Page, expect

from common.db import detect_capabilities
from common.maintenance import run_once
from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp, auth
from tests.browser.conftest import MAP_LABELS_JS, box_of, settle

#: The minimum rendered text size on the wall (docs/web.md, "Reading distance").
MIN_TEXT_PX = 20.0

#: The sub-area of the zone no incident of the seed lies in: its name, zh-TW and English.
TRANSIT_HUB = ("轉運中心・會展中心・綠美圖", "Transit hub, convention centre and Green Museumbrary")
SQL_INCIDENT = """
INSERT INTO ops_incidents (incident_id, type, state, severity, priority, agencies, member_count,
    first_evidence_at, last_evidence_at, opened_at, updated_at, centroid)
VALUES (%(id)s, %(type)s, 'open', %(sev)s, 3000, ARRAY['disaster'], 2, %(t)s, %(t)s, %(t)s, %(t)s,
    ST_SetSRID(ST_MakePoint(%(lon)s, %(lat)s), 4326))
"""
SQL_ASSIGNMENT = """
INSERT INTO ops_assignments (incident_id, agency, state, ack_policy, assigned_at, state_since,
    acknowledged_at, deadline, escalations)
VALUES (%s, %s, %s, 'all', %s, %s, %s, %s, %s)
"""
SQL_ALERT = """
INSERT INTO alerts (rule_id, source_id, state, severity, category, agency, title, geom,
                    raised_at, updated_at, last_triggered_at, escalate_after_s,
                    auto_resolve_after_s, label)
VALUES (%s, %s, 'raised', %s, 'Safety', 'police', %s,
        ST_SetSRID(ST_MakePoint(%s, %s), 4326), %s, %s, %s, 600, 600, %s)
"""
# Nine open incidents: more than the board holds, two far outside the drawn zone
# (北屯 and 南屯, several km away), two in English-long places.
INCIDENTS = [
    ("inc-wall-01", "flood", "Severe", 120.6436, 24.1917),   # on 環中路
    ("inc-wall-02", "fire", "Extreme", 120.6560, 24.1800),   # 中央公園
    ("inc-wall-03", "traffic", "Moderate", 120.6500, 24.1850),
    ("inc-wall-04", "flood", "Moderate", 120.6600, 24.1880),
    ("inc-wall-05", "traffic", "Minor", 120.6470, 24.1790),
    ("inc-wall-06", "flood", "Moderate", 120.6540, 24.1900),
    ("inc-wall-07", "crowd", "Moderate", 120.6580, 24.1830),
    ("inc-wall-08", "fire", "Severe", 120.7000, 24.2000),    # far north-east
    ("inc-wall-09", "flood", "Moderate", 120.6100, 24.1300),  # far south-west
]
RULE_IDS = ("cwa-rainfall", "water-level", "water-level-rise", "flood-depth", "sensor-offline",
            "corridor-congestion", "fire-alarm", "police-incident", "cctv-analytics", "citizen-1999",
            "signal-fault", "external-cap")
# What must never be seen: snake_case codes, registry / report ids, incident ids, rule ids.
RAW = re.compile(
    r"\b[a-z]+_[a-z_]+\b|\b[A-Z]{1,5}(?:-[A-Z0-9]+)*-\d[\w-]*|\binc-[0-9a-z-]+|"
    + "|".join(re.escape(r) for r in RULE_IDS))


def seed(dsn: str, now: datetime) -> None:
    with psycopg.connect(dsn) as conn:
        for i, (inc, typ, sev, lon, lat) in enumerate(INCIDENTS):
            conn.execute(SQL_INCIDENT, {"id": inc, "type": typ, "sev": sev, "lon": lon, "lat": lat,
                                        "t": now - timedelta(minutes=40 - i)})
            t0 = now - timedelta(minutes=20)
            for agency, st, acked, due, esc in (
                ("water", "acknowledged", t0, now + timedelta(minutes=25), 0),
                ("public_works", "assigned", None, now - timedelta(minutes=3), 2),
                ("police", "assigned", None, now + timedelta(minutes=2), 0),
            ):
                conn.execute(SQL_ASSIGNMENT, (inc, agency, st, t0, t0, acked, due, esc))
        for k in range(14):
            conn.execute(SQL_ALERT, (
                "police-incident", f"PR-20261204-0232{k:02d}-02", "Moderate",
                f"警政通報事件：stalled_vehicle PR-20261204-0232{k:02d}-02",
                120.6436, 24.1917, now - timedelta(minutes=k), now, now, "stalled_vehicle"))
        # Rain and water level over the last hours (the trend panel's sparklines).
        # One reading in each of the last twelve clock hours (the current one included),
        # halfway between the hour's start and now, whatever the time of day.
        hour = now.replace(minute=0, second=0, microsecond=0)
        for h in range(12):
            at = hour - timedelta(hours=11 - h) + (now - hour) / 2
            conn.execute("INSERT INTO readings (time, sensor_id, metric, value) VALUES"
                         " (%s, 'SN-RG-001', 'rain_1h', %s), (%s, 'SN-RG-001', 'rain_24h', %s),"
                         " (%s, 'SN-WL-003', 'water_level_m', %s)",
                         (at, 5.0 * h, at, 12.0 * h, at, 1.0 + 0.1 * h))
        # A camera's analytics event (the feed carries no image).
        conn.execute("INSERT INTO events (time, source_id, domain, feed, event_key, category, payload)"
                     " VALUES (%s, 'SN-CCTV-001', 'police', 'cctv', 'ev-1', 'stalled_vehicle',"
                     " '{\"event\": \"stalled_vehicle\", \"confidence\": 0.91}')", (now - timedelta(minutes=3),))
        # A gauge with one reading: its sparkline is a single dot.
        conn.execute("INSERT INTO readings (time, sensor_id, metric, value) VALUES (%s, 'SN-RG-002', 'rain_1h', 7.5)",
                     (now - timedelta(minutes=2),))
    # The sparklines read the hourly rollup (as the trend routes do): refresh it.
    with psycopg.connect(dsn, autocommit=True) as conn:
        run_once(conn, detect_capabilities(conn))


def text_report(page: Page) -> list[dict[str, object]]:
    """Every visible piece of text with its rendered size in px (SVG text scaled by its CTM)."""
    return page.evaluate("""() => {
      const out = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent.trim();
        const e = n.parentElement;
        if (!text || !e || e.closest('title, script, style, [hidden]')) continue;
        const r = e.getBoundingClientRect();
        const cs = getComputedStyle(e);
        if (!r.width || !r.height || cs.visibility === 'hidden' || cs.display === 'none') continue;
        if (r.right < 0 || r.left > innerWidth || r.bottom < 0 || r.top > innerHeight) continue;
        let px = parseFloat(cs.fontSize);
        if (e instanceof SVGElement) { const m = e.getScreenCTM(); px = px * (m ? m.a : 1); }
        out.push({ text, px, tag: e.tagName, cls: e.getAttribute('class') || '' });
      }
      return out;
    }""")


def check_readable(page: Page, lang: str) -> None:
    texts = text_report(page)
    assert texts
    small = [t for t in texts if float(t["px"]) < MIN_TEXT_PX - 0.05]  # type: ignore[arg-type]
    assert not small, f"{lang}: text under {MIN_TEXT_PX} px: {small[:8]}"
    raw = [t["text"] for t in texts if RAW.search(str(t["text"]))]
    assert not raw, f"{lang}: raw codes on the wall: {raw[:8]}"


def check_map_labels(page: Page, *, road: str | None, zone: str) -> None:
    """The map's names are MapLibre symbol layers: in the page's language, at least
    MIN_TEXT_PX, never drawn over each other (collision on, so a name that would
    cover another is left out rather than overlapped)."""
    labels = page.evaluate(MAP_LABELS_JS)
    assert labels is not None
    assert labels["webgl"] is True
    assert min(labels["sizes"]) >= MIN_TEXT_PX, labels["sizes"]
    assert labels["overlap"] == [False, False]
    if road is not None:
        assert road in labels["roads"], labels
    assert zone in labels["zones"], labels
    assert not RAW.search(" ".join(labels["roads"] + labels["zones"])), labels


def check_board_rows_hold_their_text(page: Page) -> None:
    """No assignment line on the board runs out of its box (agency, state, escalations
    and countdown all inside; only the state may be shortened with an ellipsis)."""
    bad = page.evaluate("""() => [...document.querySelectorAll('#board .assignment')]
      .filter((n) => n.scrollWidth > n.clientWidth + 1).map((n) => n.textContent)""")
    assert bad == []


def check_findable(page: Page) -> None:
    """Each open incident is on the map (inside it) and on the board or named below it."""
    mapbox = page.locator("#map").bounding_box()
    assert mapbox is not None
    for inc, *_ in INCIDENTS:
        box = box_of(page, f'g.incident[data-incident="{inc}"] circle.marker')
        assert box is not None, inc
        assert mapbox["x"] <= box["x"], inc
        assert box["x"] + box["width"] <= mapbox["x"] + mapbox["width"], inc
        assert mapbox["y"] <= box["y"], inc
        assert box["y"] + box["height"] <= mapbox["y"] + mapbox["height"], inc
    cards = page.locator("#board article.card")
    shown = cards.count()
    assert 0 < shown < len(INCIDENTS)
    last = cards.nth(shown - 1).bounding_box()
    board = page.locator("#board").bounding_box()
    assert last is not None
    assert board is not None
    assert last["y"] + last["height"] <= board["y"] + board["height"] + 1, "a card is cut off"
    more = page.locator("#board-more")
    # The most urgent card in full, the others on one line each when they do not all fit.
    expect(cards.first).not_to_have_class(re.compile(r"\bcompact\b"))
    assert shown >= 4, f"only {shown} cards on a board for {len(INCIDENTS)} incidents"
    expect(more).to_be_visible()
    hidden = len(INCIDENTS) - shown
    assert re.search(rf"\b{hidden}\b", more.inner_text())
    assert len(re.findall(r"#\d+", more.inner_text())) == hidden


def check_kpi_figures_whole(page: Page) -> None:
    """Each shown KPI tile's achievement, year and figures lie whole inside the tile: the
    target is read, not cut to "91.99 / 8…" (the name alone may shorten, its number leads)."""
    cut = page.evaluate("""() => {
      const out = [];
      for (const tile of document.querySelectorAll('#kpis .tile.kpi')) {
        if (!tile.getClientRects().length) continue;
        const t = tile.getBoundingClientRect();
        for (const n of tile.querySelectorAll('.tile-value, .tile-year, .kpi-figures')) {
          if (!n.getClientRects().length) continue;
          const range = document.createRange(); range.selectNodeContents(n);
          const r = range.getBoundingClientRect();
          const clipped = n.scrollWidth > n.clientWidth + 1 && getComputedStyle(n).display !== 'inline';
          if (clipped || r.left < t.left - 0.5 || r.right > t.right + 0.5) out.push(n.textContent);
        }
      }
      return out;
    }""")
    assert cut == []


def check_pills_hold_their_text(page: Page) -> None:
    """Marker captions and agency badges: every text lies inside its box (no overflow)."""
    bad = page.evaluate("""() => {
      const out = [];
      for (const t of document.querySelectorAll('g.incident text.marker-label-text, g.incident text.badge-text')) {
        const rect = t.previousElementSibling;
        const a = t.getBoundingClientRect(); const b = rect.getBoundingClientRect();
        if (a.left < b.left - 0.5 || a.right > b.right + 0.5) out.push(t.textContent);
      }
      return out;
    }""")
    assert bad == []


def test_the_wall_reads_from_across_the_room(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_settings: Settings,
    db_dsn: str, api: httpx.Client, artifacts: Path,
) -> None:
    run_geo_load(db_settings)
    now = datetime.now(UTC)
    seed(db_dsn, now)
    plan = auth(accounts["plan"])
    r = api.post("/api/kpis/observations", headers=plan, json={
        "indicator_id": "4.1", "period": "2015", "as_of": "2015-12-31", "value": 91.99, "unit": "%",
        "source_note": "2015 only"})
    assert r.status_code == 201, r.text
    r = api.post("/api/kpis/observations", headers=plan, json={
        "indicator_id": "2.1", "period": "2016", "as_of": "2016-12-31", "value": 3, "unit": "times",
        "source_note": "2016"})
    assert r.status_code == 201, r.text
    # The plan's first-half figure: half the year's deliverables by 30 June.
    r = api.post("/api/kpis/observations", headers=plan, json={
        "indicator_id": "6.1", "period": "2015", "as_of": "2015-06-30", "value": 50, "unit": "%",
        "source_note": "2015 first half"})
    assert r.status_code == 201, r.text

    page = browser.new_page(viewport={"width": 1920, "height": 1080})
    page.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}")
    expect(page.locator("#conn.connected")).to_have_count(1, timeout=20_000)
    expect(page.locator("g.incident")).to_have_count(len(INCIDENTS), timeout=20_000)
    expect(page.locator('#trends tr[data-sensor="SN-RG-001"]')).to_have_count(1, timeout=30_000)
    expect(page.locator('#kpis [data-kpi="4.1"] .tile-year')).to_contain_text("2015", timeout=30_000)
    settle(page)

    # Cards: number, type and place in words.
    card = page.locator('#board article[data-incident="inc-wall-01"]')
    if card.count():
        expect(card.locator(".where")).to_contain_text("環中路")
        expect(card.locator(".num")).to_have_text(re.compile(r"^#\d+$"))
        expect(card.locator(".escalated").first).to_have_text("升級 2 次")
    # The far incidents are pinned to the edge with an arrow and their distance: beyond every
    # drawn area, said by its place (from the nearest road, with the way).
    far = page.locator('g.incident[data-incident="inc-wall-09"]')
    expect(far).to_have_class(re.compile(r"\boffmap\b"))
    expect(far.locator("polygon.edge-arrow")).to_have_count(1)
    expect(far.locator("text.marker-label-text")).to_contain_text("河南路西南方 4.9 公里")
    check_findable(page)
    # KPI tiles: the year of the data, units in zh-TW.
    # 4.1: the plan's 2015 figure, 91.99 % against 83 % (capped at 100 %).
    expect(page.locator('#kpis [data-kpi="4.1"] .tile-value')).to_have_text("100%")
    expect(page.locator('#kpis [data-kpi="2.1"] .tile-year')).to_have_text("2016年")
    # A half-year figure says how far into its year it is; a year-end one does not.
    expect(page.locator('#kpis [data-kpi="6.1"] .tile-year')).to_have_text("2015年 截至06-30")
    expect(page.locator('#kpis [data-kpi="4.1"] .tile-year')).to_have_text("2015年")
    expect(page.locator('#kpis [data-kpi="2.1"] .tile-sub')).to_have_text("3 / 4 次")
    expect(page.locator('#kpis [data-kpi="4.1"] .tile-sub')).to_have_text("91.99 / 83 %")
    expect(page.locator("#kpi-age")).to_have_text("資料年度 2015、2016")
    check_kpi_figures_whole(page)
    # Agencies: 9 open assignments each; water acknowledged all, public works overdue on all.
    expect(page.locator('#agencies tr[data-agency="water"] td').nth(2)).to_have_text("9/9 (100%)")
    expect(page.locator('#agencies tr[data-agency="public_works"] td.od')).to_have_text("9")
    # Trends: a sparkline of twelve hourly points, the newest values, the data age.
    rain = page.locator('#trends tr[data-sensor="SN-RG-001"]')
    expect(rain.locator("td.v").first).to_have_text("55")
    expect(rain.locator("td.v").nth(1)).to_have_text("132")
    assert len(rain.locator("polyline").get_attribute("points").split()) == 12  # type: ignore[union-attr]
    expect(rain.locator("circle.spark-last")).to_have_count(1)
    single = page.locator('#trends tr[data-sensor="SN-RG-002"]')
    expect(single.locator("td.v").first).to_have_text("7.5")
    expect(single.locator("circle.spark-last")).to_have_count(1)
    for row in (rain, single):  # the newest hour's dot whole inside its sparkline, not cut by its edge
        spark = row.locator("svg.spark").bounding_box()
        dot = row.locator("circle.spark-last").bounding_box()
        assert spark is not None
        assert dot is not None
        assert spark["x"] <= dot["x"], (spark, dot)
        assert dot["x"] + dot["width"] <= spark["x"] + spark["width"], (spark, dot)
        assert spark["y"] <= dot["y"], (spark, dot)
        assert dot["y"] + dot["height"] <= spark["y"] + spark["height"], (spark, dot)
    # The newest reading is the current clock hour's (halfway into it) or the single gauge's (2 min old):
    # in the first two minutes of an hour it is under a minute old when the page opens, so its age may
    # still read in seconds.
    hour = now.replace(minute=0, second=0, microsecond=0)
    newest = max(hour + (now - hour) / 2, now - timedelta(minutes=2))
    age_unit = "分鐘前" if (now - newest).total_seconds() >= 60 else r"秒前|分鐘前"
    expect(page.locator("#trend-age")).to_contain_text(re.compile(age_unit))
    expect(page.locator(".board-panel .age")).to_have_text("即時")
    # Cameras: the newest event in words, the camera by name, and no image (the feed has none).
    cam = page.locator('#cameras tr[data-camera="SN-CCTV-001"]')
    expect(cam.locator("td.what")).to_have_text("車輛停滯", timeout=20_000)
    expect(cam.locator("td.name")).to_contain_text("環中路")
    expect(cam.locator("td.noimg")).to_have_text("無影像")
    expect(page.locator(".camera-panel img")).to_have_count(0)
    # the age of the newest event, said as such: a quiet camera is no stalled feed
    expect(page.locator("#camera-age")).to_have_text(re.compile(r"^最新事件 \d+ 分鐘前$"))
    # Ticker: words, not codes; paged (no scrolling animation), a page number when needed.
    tick = page.locator("#ticker .tick").first
    expect(tick).to_contain_text("警政通報 · 故障車輛 · 環中路")
    assert page.evaluate("getComputedStyle(document.getElementById('ticker')).animationName") == "none"
    # Whichever page is up now, the next one follows (the pages turn every 8 s).
    label = page.locator("#ticker-page")
    expect(label).to_have_text(re.compile(r"^第 \d+/\d+ 頁$"))
    # The page number and the page's lines are read in one step, so a turn between two reads
    # cannot pair one page's number with the next page's lines.
    read_page = ("() => [document.getElementById('ticker-page').textContent,"
                 " document.getElementById('ticker').innerText]")
    first_label, first_page = page.evaluate(read_page)
    shown, total = (int(x) for x in re.findall(r"\d+", first_label))
    assert total > 1
    expect(label).not_to_have_text(first_label, timeout=15_000)
    next_label, next_page = page.evaluate(read_page)
    assert next_label == f"第 {shown % total + 1}/{total} 頁"
    assert next_page != first_page
    check_readable(page, "zh-TW")
    # The sub-area the seed's incidents leave free (three of them hold Central Park, whose
    # name then has no place clear of their markers, docs/web.md "The wall's map").
    check_map_labels(page, road="環中路", zone=TRANSIT_HUB[0])
    check_pills_hold_their_text(page)
    check_board_rows_hold_their_text(page)
    page.screenshot(path=str(artifacts / "wall-reading-zh.png"))

    page.locator("#lang").click()
    expect(page.locator("#mode")).to_have_text("Peacetime")
    expect(page.locator("#ticker .tick").first).to_contain_text("Police report · Stalled vehicle")
    expect(page.locator('#kpis [data-kpi="2.1"] .tile-year')).to_have_text("2016")
    expect(page.locator('#kpis [data-kpi="6.1"] .tile-year')).to_have_text("2015 to 06-30")
    expect(page.locator('#kpis [data-kpi="2.1"] .tile-sub')).to_have_text("3 / 4 times")
    expect(page.locator("#kpi-age")).to_have_text("year 2015, 2016")
    check_kpi_figures_whole(page)
    expect(page.locator('#cameras tr[data-camera="SN-CCTV-001"] td.what')).to_have_text("Stalled vehicle")
    expect(page.locator('#cameras tr[data-camera="SN-CCTV-001"] td.noimg')).to_have_text("no image")
    expect(page.locator("#camera-age")).to_have_text(re.compile(r"^newest event \d+ min ago$"))
    settle(page)
    check_findable(page)
    check_readable(page, "en")
    # In English the roads' longer names find no place on this seed's roads clear of its
    # incidents' markers, badges and captions: none is drawn (docs/web.md, "The wall's map").
    check_map_labels(page, road=None, zone=TRANSIT_HUB[1])
    check_pills_hold_their_text(page)
    check_board_rows_hold_their_text(page)
    page.screenshot(path=str(artifacts / "wall-reading-en.png"))
    page.locator("#lang").click()  # leave the page language as found for other tests
    page.close()
