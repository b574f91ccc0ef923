"""The measures table's export keeps the page's demo-data label: a figure computed from
demonstration fixtures or synthetic layers (7.1, 7.2, 7.3 in the shipped data) leaves the page
as 「系統計算（示範資料，非市府實際數據）」, never as a plain computed figure, in both languages
(docs/kpi.md, "demo"; docs/web.md, "Export this table")."""

from __future__ import annotations

from playwright.sync_api import Browser, expect

from tests import http_calls
from tests.api.conftest import LiveApp, auth
from tests.browser.test_pages import login
from tests.browser.test_planner_table import HEADER_EN, HEADER_ZH, export_table


def test_the_table_export_says_which_figures_are_demo_data(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str],
) -> None:
    with http_calls.client(base_url=live_app.url, timeout=120) as client:
        assert client.post("/api/kpis/compute", headers=auth(accounts["plan"])).status_code == 200
        measures = client.get("/api/kpis/status", headers=auth(accounts["plan"])).json()["measures"]
    demo = {m["indicator_id"] for m in measures if m["latest"] and m["latest"]["demo"]}
    assert demo, "the shipped fixtures make demo figures"
    page = browser.new_page(viewport={"width": 1366, "height": 768}, accept_downloads=True)
    login(page, f"{live_app.url}/static/planner.html", "plan")
    expect(page.locator("#measures tbody tr .demo").first).to_be_visible(timeout=20_000)
    for header, label in ((HEADER_ZH, "系統計算（示範資料，非市府實際數據）"),
                          (HEADER_EN, "computed (demo data, not the city's figures)")):
        rows = export_table(page)
        assert rows[0] == header
        source = {r[0]: r[4] for r in rows[1:]}  # 資料來源 / Source
        for ind in demo:
            assert source[ind] == label, (ind, source[ind])
        assert all(source[i] != label for i in source if i not in demo), source
        page.locator("#lang").click()
    page.close()
