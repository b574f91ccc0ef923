"""The wall's KPI tiles put the measures with a figure before those with none yet: on a
small screen the panel shows its first tiles and counts the others, and a room reading
"no data yet" where a figure was at hand learns nothing (docs/web.md, "Screen sizes").
Two later measures of the plan have figures (4.1 and 6.1); the first ones (1.1, 2.1, 3.1)
have none."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, expect

from tests.api.conftest import LiveApp, auth
from tests.browser.conftest import settle

#: The measures given a figure, in the plan's order.
WITH_FIGURES = ["4.1", "6.1"]

#: Each KPI tile in the panel's order: its measure, whether it has a figure, whether it is shown.
TILES_JS = """() => [...document.querySelectorAll('#kpis .tile.kpi[data-kpi]')].map((n) => ({
  kpi: n.dataset.kpi, figure: !n.classList.contains('nodata'),
  shown: !n.closest('[hidden]') && n.getClientRects().length > 0 }))"""


@pytest.fixture(scope="module")
def figures(live_app: LiveApp, accounts: dict[str, str]) -> None:
    plan = auth(accounts["plan"])
    with httpx.Client(base_url=live_app.url, timeout=10) as api:
        for body in ({"indicator_id": "4.1", "period": "2015", "as_of": "2015-12-31", "value": 91.99,
                      "unit": "%", "source_note": "2015"},
                     {"indicator_id": "6.1", "period": "2015", "as_of": "2015-06-30", "value": 50,
                      "unit": "%", "source_note": "2015 first half"}):
            r = api.post("/api/kpis/observations", headers=plan, json=body)
            assert r.status_code == 201, r.text


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1920, 1080)])
def test_the_measures_with_a_figure_come_first(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], figures: None, artifacts: Path,
    width: int, height: int,
) -> None:
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}")
    expect(page.locator("#conn.connected")).to_have_count(1, timeout=20_000)
    expect(page.locator('#kpis [data-kpi="6.1"] .tile-year')).to_contain_text("2015", timeout=30_000)
    for lang in ("zh-TW", "en"):
        if lang == "en":
            page.locator("#lang").click()
            expect(page.locator("#mode")).to_have_text("Peacetime")
        settle(page)
        page.screenshot(path=str(artifacts / f"wall-kpi-order-{width}x{height}-{lang}.png"))
        tiles = page.evaluate(TILES_JS)
        label = f"{width}x{height} {lang}"
        assert len(tiles) > len(WITH_FIGURES), (label, tiles)
        # The measures with a figure first, in the plan's order; then those with none.
        assert [t["kpi"] for t in tiles if t["figure"]] == WITH_FIGURES, (label, tiles)
        assert all(t["figure"] for t in tiles[: len(WITH_FIGURES)]), (label, tiles)
        # The first tile shown is a figure.
        shown = [t for t in tiles if t["shown"]]
        assert shown, label
        assert shown[0]["kpi"] == WITH_FIGURES[0], (label, tiles)
    page.close()
