"""A measure with no figure yet still says what is expected of it: each plan year's
target and weight, so a planner reviewing progress sees the goal before the first report
arrives (here every measure, on a database with nothing imported or computed), on the page
and in the table's CSV export (a row per plan year, its target and weight as numbers)."""

from __future__ import annotations

from playwright.sync_api import Browser, expect

from kpi.definitions import DEFAULT_PATH, load_definitions
from tests.api.conftest import LiveApp
from tests.browser.test_pages import login
from tests.browser.test_planner_table import HEADER_ZH, export_table


def test_a_measure_with_no_data_shows_each_years_target_and_weight(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str],
) -> None:
    defs = load_definitions(DEFAULT_PATH)
    plan = [i for i in defs.indicators if i.years]
    page = browser.new_page(viewport={"width": 1366, "height": 768}, accept_downloads=True)
    login(page, f"{live_app.url}/static/planner.html", "plan")
    expect(page.locator("#measures tbody tr")).to_have_count(len(plan), timeout=20_000)
    for lang in ("zh-TW", "en"):
        sep = ": " if lang == "en" else "："
        for ind in plan:
            row = page.locator(f'#measures tr[data-indicator="{ind.id}"]')
            expect(row.locator("td.nodata")).to_have_text("no data" if lang == "en" else "尚無資料")
            targets = row.locator("td.target div").all_inner_texts()
            weights = row.locator("td.weight div").all_inner_texts()
            assert [t.split(sep)[0] for t in targets] == [str(y.year) for y in ind.years], (ind.id, targets)
            for text, spec in zip(targets, ind.years, strict=True):
                figure = text.split(sep, 1)[1]
                assert figure.replace(",", "").split(" ")[0] == (
                    f"{spec.target:.2f}" if ind.unit == "%" else f"{spec.target:g}"), (ind.id, text)
            assert weights == [f"{y.year}{sep}{y.weight:g} %" for y in ind.years], (ind.id, weights)
        page.locator("#lang").click()
        expect(page.locator("#who")).to_contain_text("planner" if lang == "zh-TW" else "規劃")
    rows = export_table(page)
    assert rows[0] == HEADER_ZH
    got = [{k: r[k] for k in ("指標編號", "資料年度", "資料來源", "年度目標值", "權重 %")}
           for r in (dict(zip(HEADER_ZH, row, strict=True)) for row in rows[1:])]
    assert got == [{"指標編號": ind.id, "資料年度": str(y.year), "資料來源": "尚無資料",
                    "年度目標值": f"{y.target:.2f}", "權重 %": f"{y.weight:.0f}"}
                   for ind in plan for y in ind.years], "the export leaves out targets the plan gives"
    page.close()
