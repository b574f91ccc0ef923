"""The wall at 1366x768 when the most urgent incident is dispatched to all six agencies:
its card stays in full, nothing is drawn over the ticker, and every other panel still
shows its heading and its most important figures whole, saying how many more it has;
the rain panel shows at least the strongest rain reading, its station and its CWA class
(docs/web.md, "Screen sizes")."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
from playwright.sync_api import Browser, expect

from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp
from tests.browser.conftest import settle
from tests.browser.test_wall_reading import INCIDENTS, SQL_ALERT, SQL_ASSIGNMENT, SQL_INCIDENT, seed
from tests.browser.test_wall_screens import COUNTDOWN_EN, COUNTDOWN_ZH, HEADINGS_JS, check_board_and_panels
from tests.browser.test_wall_whole_figures import check_whole, open_wall, seed_panels

#: Extreme and the most overdue (4 min; the reading seed's are 3 min late): first on the
#: board; its place is a long one in English.
TALL = "inc-wall-tall"
AGENCIES_ZH = ("消防局", "警察局", "交通局", "水利局", "建設局", "環保局")
AGENCIES_EN = ("Fire", "Police", "Transport", "Water Res.", "Public Works", "Environment")
#: The strongest rain: SN-RG-001 (24 h 132 mm in the reading seed) in 豪雨, open; the
#: other gauge with data in 大雨 (alerts/rules.yaml, cwa-rainfall levels).
RAIN_ALERTS = (("SN-RG-001", "Severe", "豪雨", 120.6565, 24.183), ("SN-RG-002", "Moderate", "大雨", 120.6535, 24.1968))
STRONGEST = {"zh-TW": ("中央公園雨量站", "豪雨"), "en": ("Central Park rain gauge", "extremely heavy rain")}

#: The rain panel's line of the strongest reading: its parts' texts, whether each is
#: displayed, inside the panel's box and not cut (ellipsis).
RAIN_TOP_JS = """() => {
  const panel = document.querySelector('.trend-panel').getBoundingClientRect();
  return [...document.querySelectorAll('#rain-top > span')].map((n) => {
    const r = n.getBoundingClientRect();
    return { cls: n.className, text: n.textContent, shown: r.width > 0 && r.height > 0
      && getComputedStyle(n).visibility !== 'hidden',
      inside: r.left >= panel.left - 0.5 && r.right <= panel.right + 0.5 && r.top >= panel.top - 0.5
        && r.bottom <= Math.min(panel.bottom, innerHeight) + 0.5,
      whole: n.scrollWidth <= n.clientWidth + 1 };
  });
}"""


def test_a_card_for_six_agencies_keeps_the_ticker_clear_on_a_small_screen(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_settings: Settings,
    db_dsn: str, artifacts: Path,
) -> None:
    run_geo_load(db_settings)
    now = datetime.now(UTC)
    seed(db_dsn, now)
    seed_panels(db_dsn, now)
    with psycopg.connect(db_dsn) as conn:
        conn.execute(SQL_INCIDENT, {"id": TALL, "type": "fire", "sev": "Extreme", "lon": 120.652, "lat": 24.186,
                                    "t": now})
        t0 = now - timedelta(minutes=5)
        for agency in ("fire", "police", "traffic", "water", "public_works", "environment"):
            conn.execute(SQL_ASSIGNMENT, (TALL, agency, "assigned", t0, t0, None, now - timedelta(minutes=4), 1))
        for gauge, sev, label, lon, lat in RAIN_ALERTS:
            conn.execute(SQL_ALERT, ("cwa-rainfall", gauge, sev, f"雨量達中央氣象署豪大雨分級：{label}", lon, lat,
                                     now - timedelta(minutes=30), now, now, label))
    page = open_wall(browser, f"{live_app.url}/static/wall.html#token={accounts['wall1']}", (1366, 768),
                     len(INCIDENTS) + 1)
    for lang, agencies, countdown in (("zh-TW", AGENCIES_ZH, COUNTDOWN_ZH), ("en", AGENCIES_EN, COUNTDOWN_EN)):
        if lang == "en":
            page.locator("#lang").click()
            expect(page.locator("#mode")).to_have_text("Peacetime")
            settle(page)
        page.screenshot(path=str(artifacts / f"wall-tall-card-{lang}.png"))
        check_board_and_panels(page, f"{lang} 1366x768 six agencies", TALL, agencies, countdown)
        check_whole(page, f"{lang} 1366x768 six agencies", lang, first_agency="fire")
        headings = page.evaluate(HEADINGS_JS)
        assert headings["agency-panel"], headings
        assert headings["trend-panel"], headings
        expect(page.locator('#agencies tr[data-agency="environment"]')).to_have_count(1)
        # The strongest rain reading: station and class, displayed whole inside the panel.
        station, rain_class = STRONGEST[lang]
        expect(page.locator("#rain-top .name")).to_have_text(station)
        expect(page.locator("#rain-top .rain-class")).to_have_text(rain_class)
        parts = page.evaluate(RAIN_TOP_JS)
        assert all(p["shown"] and p["inside"] and p["whole"] for p in parts), parts
        assert re.search(r"\d", page.locator("#ticker").inner_text())
    page.locator("#lang").click()  # leave the page language as found for other tests
    page.close()
