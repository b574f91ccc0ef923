"""The console's incident list on a 1366x768 laptop on a busy night: with no incident open
the list takes the page's whole width (the detail's column is empty), so each agency's
state and its report picker stand on one line and each row's number, time, type and
severity are not broken over lines (an English type of several words may wrap), a time
from another day (its date before it: a shift across midnight) no more than today's;
opening an incident gives the detail its column back, and the narrower list still keeps
those cells and its headings each on one line."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Browser, expect

from common.settings import Settings
from tests.api.conftest import LiveApp
from tests.browser.test_pages import console_with_nine
from tests.browser.test_wall_reading import INCIDENTS

#: The place of the reading test's far south-west incident (beyond every drawn area).
FAR_PLACE = {"zh-TW": "河南路西南方 4.9 公里", "en": "4.9 km SW of Henan Road"}

#: The list's and the page's widths, each agency cell's height against one line of it,
#: and the cells of the first columns (number, time, type, severity, state) whose text takes more than one line.
ROOM_JS = """() => {
  const main = document.querySelector('.console-grid').getBoundingClientRect();
  const list = document.getElementById('incidents-box').getBoundingClientRect();
  const lines = (n) => { const tops = new Set();
    const walk = document.createTreeWalker(n, NodeFilter.SHOW_TEXT);
    for (let t = walk.nextNode(); t; t = walk.nextNode()) {
      const r = document.createRange(); r.selectNodeContents(t);
      for (const x of r.getClientRects()) if (x.width > 0) tops.add(Math.round(x.top / 4)); }
    return tops.size; };
  const cells = [...document.querySelectorAll('#incidents .assign-cell')].map((c) => {
    const tag = c.querySelector('.tag').getBoundingClientRect();
    const pick = c.querySelector('select');
    return pick ? Math.abs(pick.getBoundingClientRect().top - tag.top) < tag.height : true; });
  const broken = [...document.querySelectorAll('#incidents tr[data-incident]')].flatMap((tr) =>
    [0, 1, 2, 4, 5].filter((i) => lines(tr.children[i]) > 1).map((i) => [i, tr.children[i].textContent]));
  const heads = [...document.querySelectorAll('#incidents-box thead th, #incidents-box table tr:first-child th')]
    .filter((th) => lines(th) > 1).map((th) => th.textContent);
  return { main: main.width, list: list.width, oneLine: cells.filter(Boolean).length, cells: cells.length,
           broken, heads };
}"""


def test_the_list_takes_the_width_until_an_incident_is_opened(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_settings: Settings, db_dsn: str,
    artifacts: Path,
) -> None:
    page = console_with_nine(browser, live_app.url, db_settings, db_dsn, days_before=4)
    for lang in ("zh-TW", "en"):
        room = page.evaluate(ROOM_JS)
        times = page.locator("#incidents tr[data-incident] td.opened").all_inner_texts()
        dated = [t for t in times if " " in t.strip()]
        assert len(dated) >= 4, f"{lang}: the day-old incidents show no date: {times}"
        assert room["list"] >= room["main"] - 1, f"{lang}: the list is {room['list']} px of {room['main']}"
        assert room["oneLine"] == room["cells"], f"{lang}: {room['cells'] - room['oneLine']} pickers under their tag"
        # Number, time and severity on one line; the type too in zh-TW (an English type of
        # several words may wrap between them).
        broken = [text for i, text in room["broken"] if i != 2 or lang == "zh-TW"]
        assert broken == [], f"{lang}: {broken[:4]}"
        assert room["heads"] == [], f"{lang}: {room['heads']}"
        # An incident beyond every drawn area has its place too: from its nearest road, how
        # far and which way (the place column, as the API and the wall name it).
        far = page.locator('#incidents tr[data-incident="inc-wall-09"] td').nth(3)
        expect(far).to_have_text(FAR_PLACE[lang])
        page.screenshot(path=str(artifacts / f"console-list-1366x768-{lang}.png"))
        page.locator("#lang").click()
    # An incident opened: the detail has its column beside the list again, in sight.
    page.locator(f'#incidents tr[data-incident="{INCIDENTS[-1][0]}"] button.num-open').click()
    expect(page.locator("#detail-box")).to_be_visible()
    for lang in ("zh-TW", "en"):
        room = page.evaluate(ROOM_JS)
        assert room["list"] < room["main"] * 0.7, room
        detail = page.locator("#detail-box").bounding_box()
        assert detail is not None
        assert detail["x"] > 683, detail
        # The list narrowed beside the detail still keeps number, time, severity and the
        # zh-TW type (嚴重, 交通事件) and its headings each on one line.
        broken = [text for i, text in room["broken"] if i != 2 or lang == "zh-TW"]
        assert broken == [], f"{lang}, detail open: {broken[:4]}"
        assert room["heads"] == [], f"{lang}, detail open: {room['heads']}"
        page.screenshot(path=str(artifacts / f"console-list-detail-1366x768-{lang}.png"))
        page.locator("#lang").click()
    page.close()
