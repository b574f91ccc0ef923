"""The wall on the common screen sizes, with more open incidents than the board holds:
the most urgent incident's card is on the board in full (agencies and dispatch
countdowns), the "+N more" line lies inside the incidents panel, no two panels
overlap, nothing in a panel is cut off unseen, and the map is as wide in English as in
Chinese (docs/web.md, "Screen sizes")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp
from tests.browser.conftest import ON_MAP_JS, TICKING, expect_on_map, settle
from tests.browser.test_wall_reading import INCIDENTS, check_readable, seed

#: The screens the wall is shown on, smallest first (width, height in CSS px).
SCREENS = [(1366, 768), (1440, 900), (1600, 900), (1920, 1080), (2560, 1440)]
#: The seeded incidents all have one overdue assignment; the one Extreme fire is the
#: most urgent (the board's order: overdue, then severity, then the newest).
MOST_URGENT = "inc-wall-02"
#: Its three assignments (tests/browser/test_wall_reading.py, ``seed``).
AGENCIES_ZH = ("水利局", "建設局", "警察局")
AGENCIES_EN = ("Water Res.", "Public Works", "Police")
COUNTDOWN_ZH = re.compile(r"^(剩餘|逾時) [+]?\d")
COUNTDOWN_EN = re.compile(r"^(due in|OVERDUE) [+]?\d")
#: From this screen height up every panel holds all its content (docs/web.md, "Screen sizes").
FITS_FROM_HEIGHT = 900


def stable_js(take: str) -> str:
    """A page function that runs ``take`` (the source of a JS function of no arguments,
    returning JSON) once per animation frame until a frame gives the same result as the
    one before with nothing on the page changed in between, and returns that result (or
    the last after ``STABLE_FRAMES`` frames).

    One call of ``take`` is one consistent view: the page cannot redraw inside it. A
    second, equal view with no change to the page between the two rules out a view
    taken between a redraw and the layout pass that follows it (wall.js fitRows, on the
    next frame), e.g. when a dispatch deadline passes or a delta arrives during a check.
    The texts that change every second (countdowns, clock, data ages, connection state)
    are not changes here; the result's ``volatile`` field holds such texts and is
    returned but not compared."""
    return f"""async () => {{
  const take = {take};
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const key = (s) => JSON.stringify({{ ...s, volatile: null }});
  const ticking = '{TICKING}';
  let changed = false;
  const watch = new MutationObserver((records) => {{
    if (records.some((r) => {{ const n = r.target.nodeType === 1 ? r.target : r.target.parentElement;
      return !(n && n.closest(ticking)); }})) changed = true;
  }});
  watch.observe(document.body, {{ subtree: true, childList: true, attributes: true, characterData: true }});
  try {{
    let last = null;
    for (let i = 0; i < {STABLE_FRAMES}; i += 1) {{
      await frame();
      const now = take();
      if (last !== null && !changed && key(now) === key(last)) return now;
      changed = false;
      last = now;
    }}
    return last;
  }} finally {{
    watch.disconnect();
  }}
}}"""


#: How many frames a check waits at most for two equal ones (about 10 s at 60 frames/s).
STABLE_FRAMES = 600

#: The wall's panels: banner, the seven sections of the grid, the ticker.
PANELS_JS = """() => [...document.querySelectorAll('#banner, .wall-grid > section, footer.ticker')]
  .map((n) => { const r = n.getBoundingClientRect();
    return { name: n.id || n.className, left: r.left, top: r.top, right: r.right, bottom: r.bottom }; })"""

#: Every element of the page whose content is taller than its box while its overflow
#: hides the rest (a cut-off panel, table or tile), and every element of a panel that
#: lies outside the panel's box without a scrolling box in between. The map's own
#: drawing (MapLibre's canvas, the SVG overlay's markers) is a view of the world, clipped
#: on purpose, and is checked by test_wall_reading.py.
HIDDEN_OVERFLOW_JS = """() => {
  const out = [];
  const visible = (n) => { const cs = getComputedStyle(n); const r = n.getBoundingClientRect();
    return cs.display !== 'none' && cs.visibility !== 'hidden' && r.width > 0 && r.height > 0; };
  const all = [document.body, ...document.body.querySelectorAll('*')].filter((n) =>
    !(n instanceof SVGElement && n.ownerSVGElement) && !n.closest('#basemap') && visible(n));
  for (const n of all) {
    const oy = getComputedStyle(n).overflowY;
    if ((oy === 'hidden' || oy === 'clip') && n.scrollHeight > n.clientHeight + 1)
      out.push(`${n.tagName}.${n.getAttribute("class")} ${n.id}: content ${n.scrollHeight} px in ${n.clientHeight} px`);
  }
  const panels = document.querySelectorAll('#banner, .wall-grid > section, footer.ticker');
  for (const p of panels) {
    const box = p.getBoundingClientRect();
    if (box.bottom > innerHeight + 0.5 || box.right > innerWidth + 0.5)
      out.push(`${p.className}: beyond the screen (${box.right} x ${box.bottom})`);
    for (const n of p.querySelectorAll('*')) {
      if ((n instanceof SVGElement && n.ownerSVGElement) || n.closest('#basemap') || !visible(n)) continue;
      let scroller = n.parentElement;
      while (scroller !== p && !['auto', 'scroll'].includes(getComputedStyle(scroller).overflowY))
        scroller = scroller.parentElement;
      if (['auto', 'scroll'].includes(getComputedStyle(scroller).overflowY)) continue;
      const r = n.getBoundingClientRect();
      if (r.left < box.left - 0.5 || r.top < box.top - 0.5 || r.right > box.right + 0.5
          || r.bottom > box.bottom + 0.5)
        out.push(`${n.tagName}.${n.getAttribute("class")} leaves ${p.className}: `
          + `[${[r.left, r.top, r.right, r.bottom].map(Math.round)}] in `
          + `[${[box.left, box.top, box.right, box.bottom].map(Math.round)}]`);
    }
  }
  return out;
}"""


#: Per panel: its heading lies inside the panel's box and the screen.
HEADINGS_JS = """() => Object.fromEntries([...document.querySelectorAll('.wall-grid > section > h2')].map((h) => {
  const p = h.parentElement.getBoundingClientRect(); const r = h.getBoundingClientRect();
  return [h.parentElement.className, r.height > 0 && r.top >= p.top - 0.5 && r.bottom <= p.bottom + 0.5
    && r.bottom <= innerHeight + 0.5];
}))"""

#: The map panel's left edge and width in one stable frame (its height follows the rows
#: the other panels' contents take, in each language).
MAP_BOX_JS = stable_js("""() => { const r = document.querySelector('.map-panel').getBoundingClientRect();
  return [r.left, r.width]; }""")


def covering_js(incident_id: str) -> str:
    """The markers and badges of other incidents drawn over (after, in the SVG) the given
    incident's marker, with their boxes overlapping its circle's, in one stable frame."""
    return stable_js("""() => {
  const mine = document.querySelector('g.incident[data-incident="MOST_URGENT_ID"]');
  const box = mine.querySelector('circle.marker').getBoundingClientRect();
  const group = (n) => n.closest('g.incident, g.cluster');
  const all = [...document.querySelectorAll('#map circle.marker, #map rect.badge')];
  const after = (n) => mine.compareDocumentPosition(group(n)) & Node.DOCUMENT_POSITION_FOLLOWING;
  return all.filter((n) => group(n) !== mine && after(n)).filter((n) => {
    const r = n.getBoundingClientRect();
    return r.left < box.right && box.left < r.right && r.top < box.bottom && box.top < r.bottom;
  }).map((n) => `${group(n).dataset.incident || group(n).dataset.members} ${n.getAttribute('class')}`);
}""".replace("MOST_URGENT_ID", incident_id))


#: The panels whose content is taller than their box (they scroll it).
SCROLLED_JS = """() => [...document.querySelectorAll('.wall-grid > section')]
  .filter((n) => n.scrollHeight > n.clientHeight + 1).map((n) => n.className)"""


def inside(inner: dict[str, float], outer: dict[str, float], tol: float = 0.5) -> bool:
    return (inner["x"] >= outer["x"] - tol and inner["y"] >= outer["y"] - tol
            and inner["x"] + inner["width"] <= outer["x"] + outer["width"] + tol
            and inner["y"] + inner["height"] <= outer["y"] + outer["height"] + tol)


def overlapping(panels: list[dict[str, object]]) -> list[tuple[object, object]]:
    """Pairs of panels whose boxes share more than half a pixel."""
    out = []
    for i, a in enumerate(panels):
        for b in panels[i + 1:]:
            w = min(float(a["right"]), float(b["right"])) - max(float(a["left"]), float(b["left"]))  # type: ignore[arg-type]
            h = min(float(a["bottom"]), float(b["bottom"])) - max(float(a["top"]), float(b["top"]))  # type: ignore[arg-type]
            if w > 0.5 and h > 0.5:
                out.append((a["name"], b["name"]))
    return out


@pytest.fixture(scope="module")
def seeded(live_app: LiveApp, db_settings: Settings, db_dsn: str) -> LiveApp:
    """The reading test's nine open incidents, alerts, rain and water levels and a camera event."""
    run_geo_load(db_settings)
    seed(db_dsn, datetime.now(UTC))
    return live_app


@pytest.fixture
def wall(request: pytest.FixtureRequest, browser: Browser, seeded: LiveApp,
         accounts: dict[str, str]) -> Iterator[Page]:
    width, height = request.param
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(f"{seeded.url}/static/wall.html#token={accounts['wall1']}")
    expect(page.locator("#conn.connected")).to_have_count(1, timeout=20_000)
    expect_on_map(page, len(INCIDENTS))
    expect(page.locator('#trends tr[data-sensor="SN-RG-001"]')).to_have_count(1, timeout=30_000)
    expect(page.locator('#cameras tr[data-camera="SN-CCTV-001"]')).to_have_count(1, timeout=20_000)
    settle(page)
    yield page
    page.close()


@pytest.mark.parametrize("wall", SCREENS, indirect=True, ids=[f"{w}x{h}" for w, h in SCREENS])
def test_every_screen_shows_the_most_urgent_incident_and_no_panel_hides_another(
    wall: Page, artifacts: Path,
) -> None:
    page = wall
    size = page.viewport_size
    assert size is not None
    name = f"{size['width']}x{size['height']}"
    page.screenshot(path=str(artifacts / f"wall-screen-{name}.png"))
    check_screen(page, f"zh-TW {name}", MOST_URGENT, AGENCIES_ZH, COUNTDOWN_ZH)
    map_zh = page.evaluate(MAP_BOX_JS)
    page.locator("#lang").click()
    expect(page.locator("#mode")).to_have_text("Peacetime")
    settle(page)
    page.screenshot(path=str(artifacts / f"wall-screen-{name}-en.png"))
    check_screen(page, f"en {name}", MOST_URGENT, AGENCIES_EN, COUNTDOWN_EN)
    # The labels of the other panels never take the map's room: as wide in both languages.
    map_en = page.evaluate(MAP_BOX_JS)
    assert map_en == pytest.approx(map_zh, abs=0.5), f"{name}: the map is {map_zh} in Chinese, {map_en} in English"
    page.locator("#lang").click()  # leave the page language as found for other tests


def check_screen(page: Page, name: str, most_urgent: str, agencies: tuple[str, ...],
                 countdown: re.Pattern[str]) -> None:
    check_board_and_panels(page, name, most_urgent, agencies, countdown)
    check_readable(page, name)
    # The most urgent incident's marker is not drawn under another incident's marker or badge.
    covering = page.evaluate(covering_js(most_urgent))
    assert covering == [], f"{name}: drawn over the most urgent incident's marker: {covering}"
    # Every panel shows at least its heading; from 900 px high up none has to scroll.
    headings = page.evaluate(HEADINGS_JS)
    assert all(headings.values()), f"{name}: panel headings not shown in full: {headings}"
    size = page.viewport_size
    assert size is not None
    scrolled = page.evaluate(SCROLLED_JS)
    if size["height"] >= FITS_FROM_HEIGHT:
        assert scrolled == [], f"{name}: panels that scroll: {scrolled}"

#: The board in one frame: the cards, the first card's box, its agencies and countdowns
#: with their boxes, the "+N more" line, the incidents on the map, the panels' boxes and
#: what is cut off unseen.
BOARD_JS = stable_js(f"""() => {{
  const box = (n) => {{ if (!n) return null; const r = n.getBoundingClientRect();
    const cs = getComputedStyle(n);
    return cs.display === 'none' || cs.visibility === 'hidden' || !r.width || !r.height ? null
      : {{ x: r.left, y: r.top, width: r.width, height: r.height }}; }};
  const cards = [...document.querySelectorAll('#board article.card')];
  const first = cards[0] || null;
  const rows = first ? [...first.querySelectorAll('.assignment')] : [];
  const more = document.getElementById('board-more');
  return {{
    cards: cards.length,
    incidents: ({ON_MAP_JS})().length,
    first: first && {{ id: first.dataset.incident, compact: first.classList.contains('compact'), box: box(first),
      rows: rows.map((a) => ({{ agency: a.querySelector('.agency').textContent,
        agencyBox: box(a.querySelector('.agency')), countdownBox: box(a.querySelector('.countdown')) }})) }},
    board: box(document.getElementById('board')),
    panel: box(document.querySelector('.board-panel')),
    more: {{ box: box(more), text: more.textContent }},
    panels: ({PANELS_JS})(),
    cut: ({HIDDEN_OVERFLOW_JS})(),
    volatile: {{ countdowns: rows.map((a) => a.querySelector('.countdown').textContent) }},
  }};
}}""")


def check_board_and_panels(page: Page, name: str, most_urgent: str, agencies: tuple[str, ...],
                           countdown: re.Pattern[str]) -> None:
    """The most urgent card in full with its agencies and countdowns, "+N more" inside the
    incidents panel, no two panels overlapping, nothing cut off unseen; all read from one
    stable frame (:func:`stable_js`)."""
    size = page.viewport_size
    assert size is not None
    screen = {"x": 0.0, "y": 0.0, "width": float(size["width"]), "height": float(size["height"])}
    view = page.evaluate(BOARD_JS)

    # The most urgent incident: first on the board, in full, inside the screen and the board.
    assert view["cards"] > 0, f"{name}: no incident card on the board"
    first = view["first"]
    assert first["id"] == most_urgent, f"{name}: the first card is not the most urgent"
    assert not first["compact"], f"{name}: the first card is shortened to one line"
    card_box = first["box"]
    board_box = view["board"]
    assert card_box is not None, f"{name}: the first card is not displayed"
    assert board_box is not None, f"{name}: the board is not displayed"
    assert inside(card_box, screen), f"{name}: the first card leaves the screen: {card_box}"
    assert inside(card_box, board_box), f"{name}: the first card is cut off by the board: {card_box} {board_box}"
    # Its agencies and their dispatch countdowns, each inside the card.
    assert sorted(r["agency"] for r in first["rows"]) == sorted(agencies), name
    for row, text in zip(first["rows"], view["volatile"]["countdowns"], strict=True):
        for part in ("agencyBox", "countdownBox"):
            assert row[part] is not None, f"{name}: {row['agency']}: {part} not displayed"
            assert inside(row[part], card_box), f"{name}: {row['agency']}: {part} outside the first card"
        assert countdown.match(text), f"{name}: {row['agency']}: countdown {text!r}"

    # Whatever does not fit is named inside the incidents panel.
    shown, total, more = view["cards"], view["incidents"], view["more"]
    if shown < total:
        assert more["box"] is not None, f"{name}: {total - shown} incidents left out and not named"
        assert re.search(rf"\b{total - shown}\b", more["text"]), more["text"]
    if shown < total or more["box"] is not None:
        assert view["panel"] is not None
        assert inside(more["box"], view["panel"]), f"{name}: the '+N more' line leaves the incidents panel"

    # No two panels overlap; nothing is cut off unseen.
    pairs = overlapping(view["panels"])
    assert pairs == [], f"{name}: panels overlap: {pairs}"
    cut = view["cut"]
    assert cut == [], f"{name}: content cut off: {cut}"
