"""The board's one-line cards at 1920x1080, in both languages: incidents dispatched to all
six agencies, overdue and escalated, of a kind with a long name ("Crowd and event
safety"), so that the chips, escalations and deadline of a one-line card leave its
heading little room. Each card's number, kind and severity stay whole, on one line and in
sight: nothing of its heading runs under its chips or wraps, a card that cannot hold it
all on one line takes a second for its chips (docs/web.md, "Screen sizes")."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from playwright.sync_api import Browser, Page, expect

from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp
from tests.browser.conftest import settle
from tests.browser.test_wall_reading import SQL_ASSIGNMENT, SQL_INCIDENT
from tests.browser.test_wall_screens import stable_js

#: At 1366x768 six agencies at work take the room of the board's next cards (docs/web.md).
SCREENS = [(1920, 1080)]
SIX = ("fire", "police", "traffic", "water", "public_works", "environment")
#: The first card: one agency, a short card, so the board has room for one-line cards.
FIRST = "inc-compact-0"
#: The others: a crowd incident each, all six agencies overdue and escalated twice.
OTHERS = [f"inc-compact-{i}" for i in range(1, 4)]


@pytest.fixture(scope="module")
def seeded(live_app: LiveApp, db_settings: Settings, db_dsn: str) -> LiveApp:
    run_geo_load(db_settings)
    now = datetime.now(UTC)
    t0 = now - timedelta(minutes=20)
    with psycopg.connect(db_dsn) as conn:
        conn.execute(SQL_INCIDENT, {"id": FIRST, "type": "fire", "sev": "Extreme", "lon": 120.652, "lat": 24.186,
                                    "t": now - timedelta(minutes=30)})
        conn.execute(SQL_ASSIGNMENT, (FIRST, "fire", "assigned", t0, t0, None, now - timedelta(minutes=9), 2))
        for i, inc in enumerate(OTHERS):
            conn.execute(SQL_INCIDENT, {"id": inc, "type": "crowd", "sev": "Extreme", "lon": 120.645 + 0.004 * i,
                                        "lat": 24.180, "t": now - timedelta(minutes=20 - i)})
            for agency in SIX:
                conn.execute(SQL_ASSIGNMENT, (inc, agency, "assigned", t0, t0, None, now - timedelta(minutes=4), 2))
    return live_app


@pytest.fixture
def wall(request: pytest.FixtureRequest, browser: Browser, seeded: LiveApp,
         accounts: dict[str, str]) -> Iterator[Page]:
    width, height = request.param
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(f"{seeded.url}/static/wall.html#token={accounts['wall1']}")
    expect(page.locator("#conn.connected")).to_have_count(1, timeout=20_000)
    expect(page.locator(f'#board article.card[data-incident="{FIRST}"]')).to_have_count(1, timeout=30_000)
    expect(page.locator("#agencies tr.overdue")).to_have_count(len(SIX), timeout=30_000)
    yield page
    page.close()


#: Each card on the board: whether it is one line, its heading's parts (number, kind,
#: severity) with their boxes, and its chips' box, in one settled frame.
CARDS_JS = stable_js("""() => {
  const box = (n) => { if (!n) return null; const r = n.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom }; };
  return [...document.querySelectorAll('#board article.card')].map((c) => {
    const head = c.querySelector('header');
    return { id: c.dataset.incident, compact: c.classList.contains('compact'), card: box(c), head: box(head),
      overflow: head.scrollWidth - head.clientWidth,
      parts: ['.num', '.kind', '.sev'].map((s) => ({ part: s, text: head.querySelector(s).textContent,
        ...box(head.querySelector(s)) })),
      body: box(c.querySelector('.assignment.compact')) };
  });
}""")


def apart(a: dict[str, float], b: dict[str, float]) -> bool:
    """Two boxes that share no more than half a pixel."""
    return (min(a["right"], b["right"]) - max(a["left"], b["left"]) <= 0.5
            or min(a["bottom"], b["bottom"]) - max(a["top"], b["top"]) <= 0.5)


@pytest.mark.parametrize("wall", SCREENS, indirect=True, ids=[f"{w}x{h}" for w, h in SCREENS])
def test_a_one_line_card_keeps_its_number_kind_and_severity_whole(wall: Page, artifacts: Path) -> None:
    page = wall
    size = page.viewport_size
    assert size is not None
    for lang in ("zh-TW", "en"):
        if lang == "en":
            page.locator("#lang").click()
            expect(page.locator("#mode")).to_have_text("Peacetime")
        settle(page)
        name = f"{lang} {size['width']}x{size['height']}"
        page.screenshot(path=str(artifacts / f"wall-compact-cards-{size['width']}x{size['height']}-{lang}.png"))
        cards = page.evaluate(CARDS_JS)
        compact = [c for c in cards if c["compact"]]
        assert compact, f"{name}: no one-line card on the board: {cards}"
        for c in compact:
            assert c["overflow"] <= 1, (name, c)
            # Number, kind and severity on one line: none wraps (a kind's words broken over
            # two lines, the place squeezed out).
            line = c["parts"][0]["bottom"] - c["parts"][0]["top"]
            for p in c["parts"]:
                assert p["bottom"] - p["top"] <= line + 1, (name, c["id"], p)
                assert p["text"], (name, c["id"], p)
                head = c["head"]
                assert head["left"] - 0.5 <= p["left"] <= p["right"] <= head["right"] + 0.5, (name, c["id"], p)
                assert c["card"]["left"] <= p["left"] <= p["right"] <= c["card"]["right"], (name, c["id"], p)
                assert apart(p, c["body"]), (name, c["id"], p, c["body"])
