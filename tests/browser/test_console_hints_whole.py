"""Every hint in the coordinator console's text fields is read whole at 1366x768 and
1920x1080, in both languages: the search box's ("press / to search", the shortcut), the
reasons' ("(required)"), the note's, the history search's. The hint is how the console says
what a field needs; an outside tester found "reason for reassigning (r" and "number, place,
agency o" at 1366x768 (docs/web.md, "Screen sizes": the console's 1366x768 layout).

Each field's room for text (its inner width) is compared with its hint's width in its own
font, and the hint is typed into it to see it scroll no further than it shows."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Browser, Page, expect

from common.settings import Settings
from tests.api.conftest import LiveApp
from tests.browser.conftest import settle
from tests.browser.test_pages import console_with_nine
from tests.browser.test_wall_reading import INCIDENTS

#: [name, hint, hint's width, room for it, typed hint's width, the field's inner width] of every
#: visible text field with a hint.
HINTS_JS = """() => {
  const ctx = document.createElement('canvas').getContext('2d');
  return [...document.querySelectorAll('input[placeholder]')]
    .filter((n) => n.placeholder && n.getClientRects().length)
    .map((n) => {
      const cs = getComputedStyle(n);
      ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      const room = n.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
      const kept = n.value;
      n.value = n.placeholder;
      const typed = [n.scrollWidth, n.clientWidth];
      n.value = kept;
      return [n.name, n.placeholder, Math.ceil(ctx.measureText(n.placeholder).width), Math.floor(room), ...typed];
    });
}"""
#: The fields whose hints the tester found cut, by name (both languages).
NAMED = {"q", "reassign-reason", "close-reason", "note-text", "assign-reason", "move-reason", "place"}


def cut_hints(page: Page) -> tuple[list[list[object]], set[str]]:
    """The fields whose hint is cut, and the names of every field measured."""
    fields: list[list[object]] = page.evaluate(HINTS_JS)
    cut = [f for f in fields if int(f[2]) > int(f[3]) or int(f[4]) > int(f[5])]  # type: ignore[call-overload]
    return cut, {str(f[0]) for f in fields}


def test_every_hint_in_the_console_is_whole_at_1366x768_and_1920x1080(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_settings: Settings, db_dsn: str,
    artifacts: Path,
) -> None:
    page = console_with_nine(browser, live_app.url, db_settings, db_dsn)
    opened = page.locator(f'#incidents tr[data-incident="{INCIDENTS[0][0]}"] button.num-open')
    found: dict[tuple[int, str], list[list[object]]] = {}
    for width, height in ((1366, 768), (1920, 1080)):
        page.set_viewport_size({"width": width, "height": height})
        opened.click()
        expect(page.locator('#dispatch-box input[name="reassign-reason"]')).to_be_visible(timeout=20_000)
        for lang, required in (("zh-TW", "（必填）"), ("en", "(required)")):
            expect(page.locator('#dispatch-box input[name="close-reason"]')).to_have_attribute(
                "placeholder", f"{'結案原因' if lang == 'zh-TW' else 'reason for closing '}{required}")
            settle(page)
            page.screenshot(path=str(artifacts / f"console-hints-{width}-{lang}.png"))
            cut, names = cut_hints(page)
            assert names >= NAMED, (width, lang, names)
            found[(width, lang)] = cut
            page.locator("#lang").click()
    page.close()
    cut_at = {f"{w} px {lang}": [f"{f[0]} {f[2]}/{f[3]} px" for f in v] for (w, lang), v in found.items() if v}
    assert not cut_at, f"hints wider than their fields (hint/room): {cut_at}"

