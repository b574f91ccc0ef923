"""The planner page deletes a figure entered under the wrong year or date: its number from
the export's ``observation_id`` column and a reason; the measure reads as before and the
page says what went, in its language (docs/web.md, the planner page)."""

from __future__ import annotations

from playwright.sync_api import Browser, expect

from tests import http_calls
from tests.api.conftest import LiveApp, auth
from tests.browser.test_pages import login


def test_the_planner_deletes_a_misdated_entry_from_the_page(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str],
) -> None:
    planner = auth(accounts["plan"])
    right = {"indicator_id": "4.1", "period": "2015", "as_of": "2015-06-30", "value": "91.99", "unit": "%",
             "source_note": "the plan's 2015 figure"}
    wrong = {**right, "period": "2016", "as_of": "2016-12-31", "value": "4.1", "source_note": "typed into 2016"}
    with http_calls.client(base_url=live_app.url, timeout=60) as client:
        assert client.post("/api/kpis/observations", headers=planner, json=right).status_code == 201
        wrong_id = client.post("/api/kpis/observations", headers=planner, json=wrong).json()["id"]
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    login(page, f"{live_app.url}/static/planner.html", "plan")
    row = page.locator('#measures tr[data-indicator="4.1"] td.period b')
    expect(row).to_have_text("2016", timeout=20_000)
    form = page.locator("#delete-entry")
    expect(form).to_be_visible()
    expect(form.locator("h3")).to_have_text("刪除填報數字")
    form.locator('input[name="observation_id"]').fill(str(wrong_id))
    form.locator('input[name="reason"]').fill("填到 2016 年")
    form.locator('button[type="submit"]').click()
    expect(page.locator("#delete-result")).to_have_text("已刪除 4.1 2016（截至 2016-12-31）的填報數字 4.10 %。",
                                                        timeout=20_000)
    expect(row).to_have_text("2015", timeout=20_000)
    # A second time: nothing left to delete, said on the page.
    form.locator('input[name="observation_id"]').fill(str(wrong_id))
    form.locator('input[name="reason"]').fill("again")
    form.locator('button[type="submit"]').click()
    expect(page.locator("#delete-result")).to_contain_text("刪除失敗", timeout=20_000)
    page.close()
