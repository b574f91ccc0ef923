"""The planner page as a planner reviewing progress reads it, in headless Chromium at 1920x1080.

Expected figures come from the plan (../shared/seed, DOMAIN.md §1): 2015 first half
4.1 = 91.99 % = 2,504 / 2,722, 3.1 = 80 % = 16 / 20 against a 50 % target (160 %,
capped at 100 %), 7.2 = 97.17 %, and 37.00 of 68 weighted points.
"""

from __future__ import annotations

import re
from pathlib import Path

import psycopg
from playwright.sync_api import Browser, Page, expect

from kpi.definitions import DEFAULT_PATH
from tests.api.conftest import PASSWORD, LiveApp

SEED = DEFAULT_PATH.parent / "observations_2015.csv"
FULL_HD = {"width": 1920, "height": 1080}


def open_planner(browser: Browser, live_app: LiveApp) -> Page:
    page = browser.new_page(viewport=FULL_HD)
    page.goto(f"{live_app.url}/static/planner.html")
    page.evaluate("localStorage.setItem('soc.lang', 'zh-TW')")
    page.reload()
    page.fill("#login input[name=username]", "plan")
    page.fill("#login input[name=password]", PASSWORD)
    page.click("#login button[type=submit]")
    expect(page.locator("#measures tbody tr")).to_have_count(9, timeout=20_000)
    return page


def y_ticks(page: Page, indicator: str) -> list[tuple[str, str]]:
    """The value axis of a measure's chart as drawn: (value, label) per tick."""
    chart = page.locator(f'.chart[data-indicator="{indicator}"]')
    expect(chart).to_have_attribute("data-y-ticks", re.compile(".+"))
    ticks = (chart.get_attribute("data-y-ticks") or "").split(";")
    return [(t.split("=", 1)[0], t.split("=", 1)[1]) for t in ticks]


def keep(page: Page, artifacts: Path, name: str) -> None:
    """Screenshot into test-artifacts/ (copied by hand to docs/img/ for the README tour)."""
    page.screenshot(path=str(artifacts / name), full_page=True)


def test_planner_shows_the_plan_figures_on_the_page(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_dsn: str, artifacts: Path
) -> None:
    page = open_planner(browser, live_app)
    page.set_input_files("#import input[type=file]", str(SEED))
    page.click("#import button[type=submit]")
    expect(page.locator("#import-result.ok")).to_be_visible(timeout=20_000)
    # what was done, in words: new figures counted as such (not "匯入成功: 7")
    expect(page.locator("#import-result")).to_have_text("匯入完成：新增 7 筆")

    row41 = page.locator('#measures tr[data-indicator="4.1"]')
    expect(row41.locator(".period")).to_contain_text("2015")
    expect(row41.locator(".period")).to_contain_text("2015-06-30")
    expect(row41.locator(".value")).to_have_text("91.99 %")
    expect(row41.locator(".parts")).to_have_text("2,504 / 2,722")
    row31 = page.locator('#measures tr[data-indicator="3.1"]')
    expect(row31.locator(".parts")).to_have_text("16 / 20")
    # 80 % against the 2015 target of 50 %: 160 % raw, counted as 100 %, and the page says so.
    expect(row31.locator(".achievement b")).to_have_text("100 %")
    expect(row31.locator(".achievement .cap")).to_contain_text("160 %")
    expect(page.locator('#measures tr[data-indicator="7.2"] .value')).to_have_text("97.17 %")
    score_2015 = page.locator('.score[data-year="2015"]')
    expect(score_2015.locator(".score-value")).to_contain_text("37.00")
    expect(score_2015.locator(".score-value")).to_contain_text("68")
    # The 2015 figures are the plan's first half: an interim score, never the year's result.
    expect(score_2015.locator(".interim")).to_have_text("截至 2015-06-30 的期中得分，非全年結果")
    expect(row41.locator(".period")).to_contain_text("2015-06-30（期中數字）")
    expect(row41.locator(".demo")).to_have_count(0)
    expect(page.locator("#last-run")).to_contain_text("尚未計算")

    # Recompute on demand: the run is recorded and shown; 7.2 moves to its 2016 figure
    # and says which year it is.
    page.click("#recompute")
    expect(page.locator("#last-run .run-time")).to_be_visible(timeout=60_000)
    expect(page.locator("#last-run")).to_contain_text("手動")
    with psycopg.connect(db_dsn) as conn:
        row = conn.execute("SELECT trigger, actor FROM kpi_compute_runs ORDER BY run_id DESC LIMIT 1").fetchone()
    assert row == ("manual", "plan")
    row72 = page.locator('#measures tr[data-indicator="7.2"]')
    expect(row72.locator(".period b")).to_have_text("2016", timeout=20_000)
    # 7.1, 7.2 and 7.3 are computed from the shipped fixtures and synthetic layers: said so.
    for indicator in ("7.1", "7.2", "7.3"):
        expect(page.locator(f'#measures tr[data-indicator="{indicator}"] .demo')).to_have_text(
            "示範資料，非市府實際數據")
    # Every 2016 point comes from those: the year's score says so, and how many points.
    score_2016 = page.locator('.score[data-year="2016"]')
    points_2016 = score_2016.locator(".score-value b").inner_text()
    expect(score_2016.locator(".demo")).to_have_text(
        f"含示範資料（非市府實際數據）：7.1、7.2、7.3，共 {points_2016} 分")
    expect(score_2015.locator(".demo")).to_have_count(0)

    charts = page.locator(".chart")
    expect(charts).to_have_count(9)
    # The plan's 2015 figure and the demo 2016 figure are two series, never one line.
    chart71 = page.locator('.chart[data-indicator="7.1"]')
    expect(chart71).to_have_attribute("data-actual", "2015-06-30=50")
    expect(chart71).to_have_attribute("data-demo", re.compile(r"^2016-12-31=[\d.]+$"))
    expect(chart71.locator(".u-legend")).to_contain_text("示範資料")
    expect(chart71.locator(".chart-sub")).to_contain_text("示範資料")
    expect(page.locator(".chart canvas")).to_have_count(9)
    chart41 = page.locator('.chart[data-indicator="4.1"]')
    expect(chart41).to_have_attribute("data-actual", "2015-06-30=91.99")
    expect(chart41).to_have_attribute("data-goal", "2015=83,2016=85")
    expect(chart41.locator(".u-legend")).to_contain_text("目標")
    # 5.1 counts entries (0 of a target of 1): its axis steps by whole entries, and every
    # tick on every chart reads its own value (uPlot's 0.25 step is no "0.3").
    assert all(float(s) == int(float(s)) for s, _ in y_ticks(page, "5.1"))
    for indicator in ("2.1", "4.1", "5.1", "7.2"):
        for split, label in y_ticks(page, indicator):
            assert float(label.removesuffix(" %").replace(",", "")) == float(split), (indicator, split, label)
    keep(page, artifacts, "planner.png")

    page.click("#lang")
    expect(row31.locator(".achievement .cap")).to_contain_text("above target")
    expect(page.locator("#last-run")).to_contain_text("manual")
    expect(score_2016.locator(".demo")).to_have_text(
        f"includes demo data (not the city's figures): 7.1, 7.2, 7.3, {points_2016} points")
    # English in its own punctuation: "Last computed: … (manual, by plan)", "no data: 1.1, 7.3",
    # never the zh-TW colon, brackets, comma or enumeration comma.
    expect(page.locator("#last-run")).to_contain_text(
        re.compile(r"^Last computed: \d{4}-\d\d-\d\d \d\d:\d\d \(manual, by plan\) · "))
    expect(score_2015.locator(".score-sub").last).to_have_text(re.compile(r"^no data: \d\.\d(, \d\.\d)*$"))
    # 5.1: no entry of the one the plan asks for, in English's own number
    row51 = page.locator('#measures tr[data-indicator="5.1"]')
    expect(row51.locator(".value")).to_have_text("0 cases")
    expect(row51.locator(".target")).to_have_text("1 case")
    chart21 = page.locator('.chart[data-indicator="2.1"]')
    expect(chart21.locator(".chart-sub")).to_have_text(re.compile(r"^2015: 2 times / "))
    expect(chart21.locator(".u-legend")).to_contain_text("(times)")
    for part in ("#last-run", "#scores", "#charts"):
        text = page.locator(part).inner_text()
        assert not re.search("[：、（），]", text), (part, text)
    page.close()


def test_planner_import_errors_follow_the_language(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], artifacts: Path, tmp_path: Path
) -> None:
    page = open_planner(browser, live_app)
    bad = tmp_path / "bad.csv"
    bad.write_text("indicator_id,period,as_of,value,unit,source_note\n"
                   "4.1,2016,2016-06-30,abc,%,not a number\n"
                   "9.9,2016,2016-06-30,1,%,unknown\n"
                   "4.1,2016-03,2016-03-31,90,%,monthly\n", encoding="utf-8")
    page.set_input_files("#import input[type=file]", str(bad))
    page.click("#import button[type=submit]")
    expect(page.locator("#import-result.error")).to_contain_text("3 項錯誤", timeout=20_000)
    rows = page.locator("#import-errors tbody tr")
    expect(rows).to_have_count(3)
    expect(rows.nth(0).locator("td").nth(2)).to_have_text("數字 'abc' 格式錯誤")
    expect(rows.nth(1).locator("td").nth(2)).to_have_text("未知的指標 '9.9'")
    expect(rows.nth(2).locator("td").nth(2)).to_have_text("期間 '2016-03' 以月計，此指標以年計")
    page.locator("#import-errors").scroll_into_view_if_needed()
    keep(page, artifacts, "planner-import-errors.png")
    page.click("#lang")
    expect(rows.nth(1).locator("td").nth(2)).to_have_text("unknown indicator '9.9'")
    expect(page.locator("#import-result")).to_contain_text("3 error(s)")
    page.close()
