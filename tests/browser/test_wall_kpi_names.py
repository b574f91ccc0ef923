"""Each KPI tile on the wall names its measure in full at reading distance: no name is cut
by an ellipsis at any of the wall's screen sizes or at 1680x1050 (a common 16:10 monitor
within them), in zh-TW or English (the wall's names are the
plan's measures' short names, kpi/data/definitions.yaml); and each tile's year line, at its
longest, is whole inside its tile at every screen size of the wall."""

from __future__ import annotations

import httpx
import psycopg
import pytest
from playwright.sync_api import Browser, Page, expect

from kpi.definitions import DEFAULT_PATH, load_definitions
from tests.api.conftest import LiveApp, auth
from tests.browser.conftest import settle

#: A name cut sideways inside its box (wider than the box shows), with its box's width.
CUT_JS = """() => [...document.querySelectorAll('#kpis .tile[data-kpi]')]
  .filter((t) => getComputedStyle(t).display !== 'none')
  .map((t) => t.querySelector('.tile-name'))
  .filter((n) => n.scrollWidth > n.clientWidth + 1 || n.scrollHeight > n.clientHeight + 1)
  .map((n) => [n.textContent, n.clientWidth, n.scrollWidth])"""


def open_wall(browser: Browser, live_app: LiveApp, token: str, size: tuple[int, int]) -> Page:
    plan = [i for i in load_definitions(DEFAULT_PATH).indicators if i.years]
    page = browser.new_page(viewport={"width": size[0], "height": size[1]})
    page.add_init_script("localStorage.setItem('soc.lang', 'zh-TW')")
    page.goto(f"{live_app.url}/static/wall.html#token={token}")
    expect(page.locator("#conn.connected")).to_have_count(1, timeout=20_000)
    expect(page.locator("#kpis [data-kpi]")).to_have_count(len(plan), timeout=30_000)
    return page


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768), (1440, 900), (1600, 900), (1680, 1050), (2560, 1440)])
def test_no_kpi_name_is_cut_on_the_wall(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], size: tuple[int, int],
) -> None:
    page = open_wall(browser, live_app, accounts["wall1"], size)
    for lang in ("zh-TW", "en"):
        if lang == "en":
            page.locator("#lang").click()
            expect(page.locator("#mode")).to_have_text("Peacetime")
        names = page.locator("#kpis .tile[data-kpi] .tile-name")
        expect(names.first).to_be_visible()
        assert page.evaluate(CUT_JS) == [], f"{size} {lang}: KPI names cut"
    page.locator("#lang").click()
    page.close()


#: Screen sizes of the wall (docs/web.md, "Screen sizes").
SCREENS = ((1366, 768), (1440, 900), (1600, 900), (1920, 1080), (2560, 1440))
#: The pieces of the longest year line a tile writes, each to stay on one line: a figure of
#: 2016 to 30 September, computed from demonstration data.
YEAR_PIECES = {"zh-TW": ("2016年", "截至09-30", "示範資料"), "en": ("2016", "to 09-30", "demo data")}
#: Each shown tile's year: the line boxes of each piece, the year's and the tile's boxes.
YEARS_JS = """(pieces) => [...document.querySelectorAll('#kpis .tile[data-kpi]')]
  .filter((t) => getComputedStyle(t).display !== 'none' && t.getClientRects().length)
  .map((t) => {
    const y = t.querySelector('.tile-year');
    const text = y.textContent;
    const walk = document.createTreeWalker(y, NodeFilter.SHOW_TEXT);
    const nodes = [];
    let at = 0;
    for (let n = walk.nextNode(); n; n = walk.nextNode()) { nodes.push([n, at]); at += n.data.length; }
    const point = (i) => {
      const [n, s] = nodes.find(([m, at]) => i >= at && i <= at + m.data.length);
      return [n, i - s];
    };
    const lines = pieces.map((p) => {
      const i = text.indexOf(p);
      if (i < 0) return null;
      const r = document.createRange();
      r.setStart(...point(i)); r.setEnd(...point(i + p.length));
      return [...new Set([...r.getClientRects()].filter((b) => b.width > 0).map((b) => Math.round(b.top)))].length;
    });
    const all = document.createRange(); all.selectNodeContents(y);
    const a = all.getBoundingClientRect(); const b = t.getBoundingClientRect();
    const p = t.closest('section').getBoundingClientRect();
    return { kpi: t.dataset.kpi, text, lines, inTile: a.left >= b.left - 0.5 && a.right <= b.right + 0.5
             && a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5,
             inPanel: b.left >= p.left - 0.5 && b.right <= p.right + 0.5 && b.bottom <= p.bottom + 0.5,
             cut: y.scrollWidth > y.clientWidth + 1 && getComputedStyle(y).display !== 'inline' };
  })"""


def test_every_kpi_tiles_year_is_whole_at_every_screen_size(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_dsn: str, api: httpx.Client,
) -> None:
    """Every plan measure with an interim 2016 figure computed from demonstration data, the
    longest year line a tile writes (「2016年 截至09-30 示範資料」 / "2016 to 09-30 demo data"):
    at each of the wall's screen sizes, in both languages, each shown tile's year is inside
    its tile and its panel, each of its pieces on one line, none cut."""
    plan = [i for i in load_definitions(DEFAULT_PATH).indicators if i.years]
    r = api.post("/api/kpis/observations", headers=auth(accounts["plan"]), json={  # registers the plan
        "indicator_id": "4.1", "period": "2015", "as_of": "2015-12-31", "value": 91.99, "unit": "%",
        "source_note": "2015"})
    assert r.status_code == 201, r.text
    with psycopg.connect(db_dsn) as conn:
        version = conn.execute("SELECT version FROM kpi_definition_versions ORDER BY registered_at DESC"
                               " LIMIT 1").fetchone()
        assert version is not None, "no plan registered"
        for ind in plan:
            conn.execute("INSERT INTO kpi_observations (indicator_id, definitions_version, period, as_of, value,"
                         " unit, provenance, inputs) SELECT indicator_id, version, '2016', '2016-09-30', 1,"
                         " unit, 'computed', '{\"fixture_rows\": 1}' FROM kpi_indicators"
                         " WHERE version = %s AND indicator_id = %s", (version[0], ind.id))
    page = open_wall(browser, live_app, accounts["wall1"], SCREENS[0])
    expect(page.locator("#kpis .tile[data-kpi] .tile-year").first).to_contain_text("示範資料", timeout=30_000)
    for lang in ("zh-TW", "en"):
        if lang == "en":
            page.locator("#lang").click()
            expect(page.locator("#mode")).to_have_text("Peacetime")
        for size in SCREENS:
            page.set_viewport_size({"width": size[0], "height": size[1]})
            settle(page)
            tiles = page.evaluate(YEARS_JS, list(YEAR_PIECES[lang]))
            assert tiles, f"{size} {lang}: no KPI tile shown"
            for tile in tiles:
                where = f"{size[0]}x{size[1]} {lang} {tile['kpi']} {tile['text']!r}"
                assert tile["lines"] == [1, 1, 1], f"{where}: a piece broken over lines or missing {tile['lines']}"
                assert tile["inTile"], f"{where}: the year leaves its tile"
                assert not tile["cut"], f"{where}: the year is cut"
                assert tile["inPanel"], f"{where}: the tile leaves its panel"
    page.locator("#lang").click()
    page.close()
