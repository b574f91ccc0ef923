"""The planner page says how each measure is computed, how often and from which plan;
exports the measures table it shows (in the page's language, one measure a row, its numbers
as numbers); names the user's role in the page's language; and says so on the page when a
read of the figures fails, with the time of the figures still shown, and a request that
gets no answer or a 503 in words of the page's language."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from playwright.sync_api import Browser, Page, Route, expect

from tests.api.conftest import LiveApp
from tests.browser.conftest import download_bytes
from tests.browser.test_pages import login
from tests.browser.test_planner import SEED

HEADER_ZH = ["指標編號", "衡量指標", "資料年度", "截至", "資料來源", "實績值", "單位", "分子", "分母", "年度目標值",
             "達成度（上限 100 %）", "實際達成比例 %", "權重 %", "加權得分"]
HEADER_EN = ["Measure id", "Measure", "Year", "As of", "Source", "Value", "Unit", "Numerator",
             "Denominator", "Target (that year)", "Achievement % (capped at 100)", "Achievement % (raw)",
             "Weight %", "Weighted points"]


def export_table(page: Page) -> list[list[str]]:
    with page.expect_download() as info:
        page.locator("#export-table").click()
    download = info.value
    assert download.suggested_filename.startswith("kpi-table-")
    assert download.suggested_filename.endswith(".csv")
    text = download_bytes(download).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def shown(page: Page) -> dict[str, list[str]]:
    """The table's cells as shown, by measure id."""
    rows: dict[str, list[str]] = page.evaluate("""() => Object.fromEntries([...document.querySelectorAll(
      '#measures tbody tr')].map((tr) => [tr.dataset.indicator, [...tr.cells].map((c) => c.innerText.trim())]))""")
    return rows


def unavailable(route: Route) -> None:
    route.fulfill(status=503, content_type="application/problem+json",
                  body='{"title": "Service Unavailable", "status": 503, "detail": "temporarily unavailable, retry"}')


def test_the_planner_exports_what_it_shows_and_says_when_a_read_fails(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], artifacts: Path,
) -> None:
    page = browser.new_page(viewport={"width": 1366, "height": 768}, accept_downloads=True)
    login(page, f"{live_app.url}/static/planner.html", "plan")
    expect(page.locator("#measures tbody tr")).to_have_count(9, timeout=20_000)
    expect(page.locator("#who")).to_have_text("plan (規劃人員)")
    page.set_input_files("#import input[type=file]", str(SEED))
    page.click("#import button[type=submit]")
    expect(page.locator("#import-result.ok")).to_be_visible(timeout=20_000)
    expect(page.locator('#measures tr[data-indicator="4.1"] .value')).to_have_text("91.99 %")

    # Each measure says how it is computed and how often; the note names the plan it comes from.
    how = page.locator('#measures tr[data-indicator="4.1"] .how')
    expect(how).to_have_text("計算方式：(超前或相符進度案件總數/繼續列管案件總數)*100% · 每年計算")
    expect(page.locator("#measures tbody tr .how")).to_have_count(9)
    expect(page.locator("#measures-note")).to_contain_text("出處：臺中市政府研究發展考核委員會 105 年度施政計畫")
    expect(page.locator("#measures-note")).to_contain_text("「填報」為匯入的填報數據")

    rows = export_table(page)
    assert rows[0] == HEADER_ZH
    table = shown(page)
    # a measure with no figure yet has a row per plan year (test_planner_no_data.py): its last here
    by_id = {r[0]: dict(zip(HEADER_ZH, r, strict=True)) for r in rows[1:]}
    assert list(by_id) == list(table), "the export's measures differ from the table's"
    for ind, cells in table.items():
        row = by_id[ind]
        assert cells[0].startswith(f"{ind} {row['衡量指標']}"), (cells[0], row)
        if row["資料來源"] != "尚無資料":
            assert cells[1].startswith(row["資料年度"]), (cells[1], row)
            assert row["截至"] in cells[1], (cells[1], row)
            assert row["資料來源"] in cells[1], (cells[1], row)
            assert cells[2].replace(",", "").startswith(row["實績值"].rstrip("0").rstrip(".")), (cells[2], row)
            assert cells[7] == f"{row['加權得分']} / {row['權重 %']}", (cells[7], row)
        else:
            assert row["資料來源"] == "尚無資料"
            assert cells[1] == "尚無資料"
    four = by_id["4.1"]
    figures = ("資料年度", "實績值", "單位", "分子", "分母", "年度目標值", "達成度（上限 100 %）", "權重 %", "加權得分")
    assert [four[k] for k in figures] == ["2015", "91.99", "%", "2504", "2722", "83.00", "100.00", "7", "7.00"]
    assert float(four["實際達成比例 %"]) > 100

    # A read that fails is said, in the page's language, over the figures last read.
    page.route("**/api/kpis/status", unavailable)
    page.locator("#lang").click()
    error = page.locator("#refresh-error")
    expect(error).to_be_visible(timeout=20_000)
    expect(error).to_contain_text("Could not update the KPI figures: Temporarily unavailable (the database or a service"
                                  " is down); try again shortly.")
    expect(error).to_contain_text("The page shows the figures read at")
    expect(page.locator("#who")).to_have_text("plan (planner)")
    expect(page.locator('#measures tr[data-indicator="4.1"] .value')).to_have_text("91.99 %")
    page.screenshot(path=str(artifacts / "planner-read-failed-en.png"))
    page.unroute("**/api/kpis/status")
    page.locator("#lang").click()
    expect(error).to_be_hidden(timeout=20_000)
    page.locator("#lang").click()
    expect(page.locator('#measures tr[data-indicator="4.1"] .value')).to_have_text("91.99 %", timeout=20_000)
    assert export_table(page)[0] == HEADER_EN
    expect(how).to_have_text("Formula: tenders ahead of or on schedule / tenders under continued control × 100 %"
                             " · computed yearly")
    page.locator("#lang").click()  # leave the page language as found for other tests
    # No answer at all: said in the page's language, never the browser's "Failed to fetch".
    page.route("**/api/kpis/compute", lambda route: route.abort("connectionrefused"))
    page.locator("#recompute").click()
    expect(page.locator("#recompute-result.error")).to_have_text("無法連線到伺服器，請檢查網路後再試", timeout=20_000)
    page.route("**/api/kpis/compute", unavailable)
    page.locator("#recompute").click()
    expect(page.locator("#recompute-result.error")).to_have_text("服務暫時無法使用（資料庫或服務中斷），請稍後再試",
                                                                 timeout=20_000)
    page.close()
