"""Each KPI tile on the wall names its measure in full at reading distance: no name is cut
by an ellipsis at 1920x1080 or 1366x768, in zh-TW or English (the wall's names are the
plan's measures' short names, kpi/data/definitions.yaml)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, expect

from kpi.definitions import DEFAULT_PATH, load_definitions
from tests.api.conftest import LiveApp

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


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768)])
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
