"""The wall on a typhoon night with 300 open incidents: the most urgent card stays in full on
the board, and "+N more" stays one line inside its panel, naming the most urgent of the
hidden incidents by number as far as the line holds, with the count of all of them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from playwright.sync_api import Browser, expect

from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp
from tests.browser.conftest import settle
from tests.browser.test_wall_reading import SQL_ASSIGNMENT, SQL_INCIDENT

N_INCIDENTS = 300
TYPES = ("flood", "fire", "traffic", "crowd")
SEVERITIES = ("Minor", "Moderate", "Severe", "Extreme")


@pytest.fixture(scope="module")
def seeded(live_app: LiveApp, db_settings: Settings, db_dsn: str) -> list[str]:
    """Seed the night; the incidents' numbers ("#n") in the board's order of urgency."""
    run_geo_load(db_settings)
    now = datetime.now(UTC)
    with psycopg.connect(db_dsn) as conn:
        for i in range(N_INCIDENTS):
            inc = f"inc-many-{i:03d}"
            conn.execute(SQL_INCIDENT, {"id": inc, "type": TYPES[i % 4], "sev": SEVERITIES[i % 4],
                                        "lon": 120.640 + (i % 20) * 0.0015, "lat": 24.172 + (i // 20) * 0.0015,
                                        "t": now - timedelta(minutes=400 - i)})
            t0 = now - timedelta(minutes=30)
            conn.execute(SQL_ASSIGNMENT, (inc, "police", "assigned", t0, t0, None,
                                          now + timedelta(hours=2 if i % 5 else -1), 0))
            conn.execute(SQL_ASSIGNMENT, (inc, "water", "acknowledged", t0, t0, t0, now + timedelta(hours=2), 0))
        numbers = dict(conn.execute("SELECT incident_id, number FROM ops_incidents").fetchall())
    # Overdue first, then the most severe, then the newest (i grows with the opening time).
    order = sorted(range(N_INCIDENTS), key=lambda i: (i % 5 != 0, -(i % 4), -i))
    return [f"#{numbers[f'inc-many-{i:03d}']}" for i in order]


#: The board's first card, the "+N more" line and their panels, in screen px.
BOARD_JS = """() => {
  const box = (n) => { const r = n.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }; };
  const more = document.getElementById('board-more');
  const probe = more.cloneNode(); probe.textContent = '#1'; probe.classList.remove('none');
  more.after(probe); const one = probe.getBoundingClientRect().height; probe.remove();
  const cards = [...document.querySelectorAll('#board .card')];
  return { cards: cards.map((c) => ({ id: c.dataset.incident, num: c.querySelector('.num').textContent.trim(),
                                      compact: c.classList.contains('compact'), ...box(c) })),
           more: { text: more.textContent, visible: !more.classList.contains('none'), one, ...box(more) },
           panel: box(document.querySelector('.board-panel')),
           agencies: box(document.querySelector('section:has(h2 [data-i18n=agencies])')),
           screen: { w: innerWidth, h: innerHeight } };
}"""


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1920, 1080)])
def test_three_hundred_incidents_leave_the_board_readable(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], seeded: list[str], artifacts: Path,
    width: int, height: int,
) -> None:
    page = browser.new_page(viewport={"width": width, "height": height})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}")
    expect(page.locator("#board-more")).to_contain_text("另有", timeout=60_000)
    expect(page.locator("#board .card").first).to_be_visible(timeout=30_000)
    settle(page)  # the grid's rows are handed out on the next frames
    b = page.evaluate(BOARD_JS)
    page.screenshot(path=str(artifacts / f"wall-300-{width}x{height}.png"))
    assert errors == []
    first, more = b["cards"][0], b["more"]
    # The most urgent (overdue, then most severe, newest first) is first and in full.
    assert not first["compact"], b["cards"][:2]
    assert first["bottom"] <= b["panel"]["bottom"] + 0.5
    # "+N more": one line, inside its panel, nothing of it over the agencies below.
    assert more["visible"]
    tall = more["bottom"] - more["top"]
    assert tall <= more["one"] + 0.5, f"'+N more' takes {tall} px: {more['text'][:80]}"
    assert more["bottom"] <= b["panel"]["bottom"] + 0.5
    assert more["bottom"] <= b["agencies"]["top"] + 0.5
    assert more["right"] <= b["screen"]["w"]
    # Its count is every incident not on the board; its numbers are the most urgent of those.
    head, _, nums = more["text"].partition("：")  # zh-TW text takes the full-width colon
    assert head == f"另有 {N_INCIDENTS - len(b['cards'])} 件", more["text"]
    listed = nums.removesuffix(" …").split()
    assert nums.endswith(" …")
    assert len(listed) >= 3, more["text"]
    assert [c["num"] for c in b["cards"]] + listed == seeded[:len(b["cards"]) + len(listed)]
    page.close()
