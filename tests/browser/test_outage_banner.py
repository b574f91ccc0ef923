"""The outage banner reads whole at every size: with every process the app requires down
(none ever beats here), the wall's red banner and the console's connection state name
each part that is down on one line of its own, never broken inside a part's name or its
state ("事件關聯與派工引擎 未啟動", "correlation and dispatch engine not started"), with the
banner's title and the data's age whole, nothing over anything else and nothing wider
than the screen: on the wall's screen sizes (docs/web.md, "Screen sizes") and the 1280x720
the zoom test uses, and on the console at 1366x768, 1024x768 and a laptop zoomed to 200 %
(683x384), in both languages.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.api.conftest import LiveApp
from tests.browser.test_pages import login

#: Every process the wall and the console know by name: all down at once, the longest banner.
PARTS = ("ingest", "alerts", "ops", "kpi", "maintenance")
WALL_SIZES = ((1280, 720), (1366, 768), (1440, 900), (1600, 900), (1920, 1080), (2560, 1440))
CONSOLE_SIZES = ((683, 384), (1024, 768), (1366, 768))
#: How the banners name the processes down (common.js), and what each says of them.
NAMES = {"zh-TW": ("資料接收服務", "警報引擎", "事件關聯與派工引擎", "績效指標排程", "資料維護"),
         "en": ("data intake", "alert engine", "correlation and dispatch engine", "KPI scheduler",
                "data maintenance")}
NOT_STARTED = {"zh-TW": " 未啟動", "en": " not started"}


@pytest.fixture(scope="module")
def required_processes() -> tuple[str, ...]:
    """Every process is required and none runs here."""
    return PARTS


# Each piece of text of ``sel`` that must stay on one line, found in the element's text:
# the line boxes of its characters (a Range over each), the element's own box, the screen.
LAYOUT = """([sel, pieces]) => {
  const node = document.querySelector(sel);
  const text = node.textContent;
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  const spans = [];  // [text node, start in the whole text]
  let at = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) { spans.push([n, at]); at += n.data.length; }
  const rangeOf = (start, end) => {
    const r = document.createRange();
    for (const [n, s] of spans) {
      if (start >= s && start <= s + n.data.length) { r.setStart(n, start - s); break; }
    }
    for (const [n, s] of spans) {
      if (end >= s && end <= s + n.data.length) { r.setEnd(n, end - s); break; }
    }
    return r;
  };
  const lines = pieces.map((p) => {
    const i = text.indexOf(p);
    if (i < 0) return { piece: p, found: false };
    const rects = [...rangeOf(i, i + p.length).getClientRects()].filter((r) => r.width > 0);
    const tops = [...new Set(rects.map((r) => Math.round(r.top)))];
    return { piece: p, found: true, tops, right: Math.max(...rects.map((r) => r.right)) };
  });
  const box = node.getBoundingClientRect();
  return { text, lines, box: { left: box.left, right: box.right, top: box.top, bottom: box.bottom },
           scroll: node.scrollWidth, client: node.clientWidth,
           page: document.documentElement.scrollWidth, width: innerWidth };
}"""


def check_lines(page: Page, sel: str, pieces: list[str], where: str) -> dict[str, Any]:
    """Fail unless each of ``pieces`` is in ``sel``'s text on one line inside the screen."""
    got: dict[str, Any] = page.evaluate(LAYOUT, [sel, pieces])
    for line in got["lines"]:
        assert line["found"], f"{where}: {line['piece']!r} not in {got['text']!r}"
        assert len(line["tops"]) == 1, f"{where}: {line['piece']!r} broken over lines {line['tops']}"
        assert line["right"] <= got["width"] + 0.5, f"{where}: {line['piece']!r} past the screen's edge"
    assert got["page"] <= got["width"], f"{where}: the page is {got['page']} px wide on a {got['width']} px screen"
    return got


def overlaps(a: dict[str, float], b: dict[str, float]) -> bool:
    return a["left"] < b["right"] - 0.5 and b["left"] < a["right"] - 0.5 and a["top"] < b["bottom"] - 0.5 \
        and b["top"] < a["bottom"] - 0.5


def test_the_walls_outage_banner_reads_whole_at_every_size(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], artifacts: Path
) -> None:
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.add_init_script("localStorage.setItem('soc.lang', 'zh-TW')")
    page.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}")
    parts = page.locator("#health-parts")
    for name in NAMES["zh-TW"]:
        expect(parts).to_contain_text(name + NOT_STARTED["zh-TW"], timeout=20_000)
    for lang in ("zh-TW", "en"):
        if lang == "en":
            page.locator("#lang").click()
            expect(parts).to_contain_text(NAMES["en"][0] + NOT_STARTED["en"])
        for w, h in WALL_SIZES:
            page.set_viewport_size({"width": w, "height": h})
            where = f"wall {w}x{h} {lang}"
            got = check_lines(page, "#health-parts", [n + NOT_STARTED[lang] for n in NAMES[lang]], where)
            title = check_lines(page, "#health-title", [page.locator("#health-title").inner_text()], where)
            banner = check_lines(page, "#health", [], where)
            assert banner["scroll"] <= banner["client"], f"{where}: the banner is cut at its right"
            assert not overlaps(title["box"], got["box"]), f"{where}: the title lies over the parts"
            for part in (title, got):
                assert banner["box"]["left"] <= part["box"]["left"], f"{where}: {part['text']!r} leaves the banner"
                assert part["box"]["right"] <= banner["box"]["right"], f"{where}: {part['text']!r} leaves the banner"
            if (w, h) == WALL_SIZES[0]:
                page.screenshot(path=str(artifacts / f"wall-outage-{w}x{h}-{lang}.png"))


def test_the_consoles_outage_state_reads_whole_at_every_size(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], artifacts: Path
) -> None:
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.add_init_script("localStorage.setItem('soc.lang', 'zh-TW')")
    login(page, f"{live_app.url}/static/console.html", "coord")
    state = page.locator("#conn-text")
    for name in NAMES["zh-TW"]:
        expect(state).to_contain_text(name, timeout=20_000)
    for lang in ("zh-TW", "en"):
        if lang == "en":
            page.locator("#lang").click()
            expect(state).to_contain_text(NAMES["en"][0])
        for w, h in CONSOLE_SIZES:
            page.set_viewport_size({"width": w, "height": h})
            where = f"console {w}x{h} {lang}"
            got = check_lines(page, "#conn-text", list(NAMES[lang]), where)
            header = check_lines(page, "#banner", [], where)
            assert header["scroll"] <= header["client"], f"{where}: the banner is cut at its right"
            assert got["box"]["right"] <= header["box"]["right"], f"{where}: the state leaves the banner"
            for other in ("#who", "#logout", "#lang", "#mode-line"):
                box = page.locator(other).bounding_box()
                assert box is not None
                assert not overlaps(got["box"], {"left": box["x"], "right": box["x"] + box["width"],
                                                 "top": box["y"], "bottom": box["y"] + box["height"]}), \
                    f"{where}: the state lies over {other}"
            if (w, h) == CONSOLE_SIZES[0]:
                page.screenshot(path=str(artifacts / f"console-outage-{w}x{h}-{lang}.png"))
