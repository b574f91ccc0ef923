"""The wall's incident board on a typhoon night: ten open incidents, every rain gauge and
water level reporting, and six agencies (two with nothing open). The incidents come before
the quiet agencies and the weaker gauges: at 1920x1080 the board shows at least four
whole cards, the most urgent in full, and names the rest below; at 1366x768 the most
urgent card is still in full with the agencies and rain panels' headings and first rows in
sight, the rain panel as wide in English as in zh-TW, and the ingest tiles' names are whole
(docs/web.md, "Screen sizes")."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import psycopg
import pytest
from playwright.sync_api import Browser, expect

from common.db import detect_capabilities
from common.maintenance import run_once
from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp, auth
from tests.browser.conftest import settle
from tests.browser.test_wall_reading import INCIDENTS, SQL_ASSIGNMENT, SQL_INCIDENT, seed

#: The gauges and stations the reading seed leaves without readings: with them the rain
#: table holds all four gauges and five water levels.
GAUGES = ("C0F9T0", "SN-RG-003")
LEVELS = ("SN-WL-001", "SN-WL-002", "SN-WL-004", "SN-WL-005")
#: The tenth incident, dispatched to the traffic division (a fourth busy agency).
TENTH = "inc-typhoon-10"
OPEN = len(INCIDENTS) + 1


@pytest.fixture(scope="module")
def seeded(live_app: LiveApp, db_settings: Settings, db_dsn: str, accounts: dict[str, str]) -> LiveApp:
    run_geo_load(db_settings)
    # KPI tiles with their figures (three lines each), as on a wall with the plan's data.
    api = httpx.Client(base_url=live_app.url, timeout=10)
    for kpi, value, unit in (("1.1", 40.0, "%"), ("2.1", 3, "times"), ("4.1", 91.99, "%")):
        r = api.post("/api/kpis/observations", headers=auth(accounts["plan"]), json={
            "indicator_id": kpi, "period": "2015", "as_of": "2015-12-31", "value": value, "unit": unit,
            "source_note": "2015"})
        assert r.status_code == 201, r.text
    api.close()
    now = datetime.now(UTC)
    with psycopg.connect(db_dsn) as conn:
        conn.execute(SQL_INCIDENT, {"id": TENTH, "type": "flood", "sev": "Moderate",
                                    "lon": 120.6520, "lat": 24.1860, "t": now - timedelta(minutes=5)})
        t0 = now - timedelta(minutes=4)
        conn.execute(SQL_ASSIGNMENT, (TENTH, "traffic", "assigned", t0, t0, None, now + timedelta(minutes=40), 0))
        hour = now.replace(minute=0, second=0, microsecond=0)
        for h in range(12):
            at = hour - timedelta(hours=11 - h) + (now - hour) / 2
            for g in GAUGES:
                conn.execute("INSERT INTO readings (time, sensor_id, metric, value) VALUES (%s, %s, 'rain_1h', %s),"
                             " (%s, %s, 'rain_24h', %s)", (at, g, 3.5 * h, at, g, 24.0 * h))
            for w in LEVELS:
                conn.execute("INSERT INTO readings (time, sensor_id, metric, value)"
                             " VALUES (%s, %s, 'water_level_m', %s)", (at, w, 1.0 + 0.05 * h))
    seed(db_dsn, now)  # nine incidents, the ticker, SN-RG-001/002 and SN-WL-003; refreshes the rollups
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        run_once(conn, detect_capabilities(conn))
    return live_app


#: The board's cards and the panels, in screen px.
BOARD_JS = """() => {
  const box = (n) => { const r = n.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }; };
  const cards = [...document.querySelectorAll('#board article.card')].map((c) => ({
    compact: c.classList.contains('compact'), ...box(c) }));
  const shown = (sel) => [...document.querySelectorAll(sel)]
    .filter((n) => !n.hidden && n.getClientRects().length).length;
  return { cards, board: box(document.getElementById('board')), more: document.getElementById('board-more').innerText,
           agencyHead: box(document.querySelector('.agency-panel h2')),
           trendHead: box(document.querySelector('.trend-panel h2')),
           agencyPanel: box(document.querySelector('.agency-panel')),
           trendPanel: box(document.querySelector('.trend-panel')),
           ingestCut: [...document.querySelectorAll('#ingest .tile-name')]
             .filter((n) => n.getClientRects().length && !n.closest('[hidden]')
                     && (n.scrollWidth > n.clientWidth + 1 || n.scrollHeight > n.clientHeight + 1))
             .map((n) => n.textContent),
           rows: shown('.trend-panel [data-item]'), agencies: shown('.agency-panel [data-item]'),
           screen: { w: innerWidth, h: innerHeight } };
}"""

#: Each screen and the fewest cards its board shows whole on such a night.
SCREENS = [(1920, 1080, 4), (1366, 768, 1)]


@pytest.mark.parametrize(("width", "height", "least"), SCREENS, ids=[f"{w}x{h}" for w, h, _ in SCREENS])
def test_a_typhoon_night_keeps_the_incidents_on_the_board(
    browser: Browser, seeded: LiveApp, accounts: dict[str, str], artifacts: Path, width: int, height: int,
    least: int,
) -> None:
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(f"{seeded.url}/static/wall.html#token={accounts['wall1']}")
    expect(page.locator("#conn.connected")).to_have_count(1, timeout=20_000)
    expect(page.locator(".trend-panel [data-item]")).to_have_count(len(GAUGES) + 2 + len(LEVELS) + 1,
                                                                   timeout=30_000)
    expect(page.locator(".agency-panel [data-item]")).to_have_count(6, timeout=30_000)
    expect(page.locator('#kpis [data-kpi="1.1"] .tile-year')).to_contain_text("2015", timeout=30_000)
    expect(page.locator("#board-more")).to_contain_text("另有", timeout=30_000)
    widths: dict[str, float] = {}
    for lang in ("zh-TW", "en"):
        if lang == "en":
            page.locator("#lang").click()
            expect(page.locator("#mode")).to_have_text("Peacetime")
        settle(page)
        page.screenshot(path=str(artifacts / f"wall-typhoon-board-{width}x{height}-{lang}.png"))
        view = page.evaluate(BOARD_JS)
        cards, board = view["cards"], view["board"]
        assert len(cards) >= least, f"{lang} {width}x{height}: {len(cards)} cards for {OPEN} incidents: {view}"
        assert not cards[0]["compact"], f"{lang} {width}x{height}: the most urgent card is not in full"
        for c in cards:
            assert board["top"] <= c["top"] <= c["bottom"] <= board["bottom"] + 1, (lang, c, board)
            assert c["bottom"] <= view["screen"]["h"], (lang, c)
        hidden = OPEN - len(cards)
        assert re.search(rf"\b{hidden}\b", view["more"]), view["more"]
        assert len(re.findall(r"#\d+", view["more"])) == hidden, view["more"]
        # zh-TW text takes the full-width colon.
        assert ("另有 " if lang == "zh-TW" else " more: ") in view["more"], view["more"]
        if lang == "zh-TW":
            assert f"另有 {hidden} 件：#" in view["more"], view["more"]
        # The ingest tiles' names are read whole, never cut to "sensors o…".
        assert view["ingestCut"] == [], f"{lang} {width}x{height}: ingest names cut: {view['ingestCut']}"
        # The agencies and rain panels keep their headings and first rows in sight.
        for head, panel in (("agencyHead", "agencyPanel"), ("trendHead", "trendPanel")):
            assert view[panel]["top"] <= view[head]["top"] <= view[head]["bottom"] <= view[panel]["bottom"] + 0.5
        assert view["agencies"] >= 1, view
        assert view["rows"] >= 1, view
        widths[lang] = view["trendPanel"]["right"] - view["trendPanel"]["left"]
    # The rain panel keeps its share of the row in English: the agencies' English columns
    # (names, headers, rates) take none of its width.
    assert abs(widths["en"] - widths["zh-TW"]) <= 1, f"{width}x{height}: rain panel widths {widths}"
    page.locator("#lang").click()
    page.close()
