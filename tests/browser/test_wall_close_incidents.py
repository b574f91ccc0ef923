"""Incidents 50 to 150 m apart on the wall's map: each one's number and agency badges stay
readable from across the room (no marker or badge drawn over another incident's), the most
urgent stays on its place, and a moved marker is tied to its place by a leader line."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from playwright.sync_api import Browser, Page, expect

from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp
from tests.browser.conftest import box_of, click_until_open, settle
from tests.browser.test_wall_reading import SQL_ASSIGNMENT, SQL_INCIDENT

# Four incidents within 150 m of each other in the zone (0.001° of latitude is 111 m,
# of longitude about 101 m here), and one alone.
CLOSE = [
    ("inc-close-1", "flood", "Extreme", 120.6500, 24.1850),
    ("inc-close-2", "traffic", "Severe", 120.6503, 24.1856),   # 71 m from 1
    ("inc-close-3", "fire", "Moderate", 120.6510, 24.1851),    # 102 m from 1
    ("inc-close-4", "crowd", "Minor", 120.6497, 24.1862),      # 137 m from 1
    ("inc-close-5", "flood", "Moderate", 120.6580, 24.1900),
]

#: Each incident's drawn marker and agency badges, and its leader line, in screen px.
FOOTPRINTS_JS = """() => [...document.querySelectorAll('#map g.incident')].map((g) => {
  const boxes = [...g.querySelectorAll('circle.marker, rect.badge')].map((n) => n.getBoundingClientRect());
  const number = g.querySelector('text.marker-text').getBoundingClientRect();
  const marker = g.querySelector('circle.marker').getBoundingClientRect();
  return { id: g.dataset.incident, moved: g.classList.contains('moved'),
           leader: g.querySelectorAll('line.leader').length,
           boxes: boxes.map((b) => [b.left, b.top, b.right, b.bottom]),
           number: [number.left, number.top, number.right, number.bottom],
           marker: [marker.left, marker.top, marker.right, marker.bottom] };
})"""

#: An incident's marker on the map, by its id.
MARKER = 'g.incident[data-incident="{}"] circle.marker'


def seed(dsn: str, now: datetime) -> None:
    with psycopg.connect(dsn) as conn:
        for i, (inc, typ, sev, lon, lat) in enumerate(CLOSE):
            conn.execute(SQL_INCIDENT, {"id": inc, "type": typ, "sev": sev, "lon": lon, "lat": lat,
                                        "t": now - timedelta(minutes=30 - i)})
            t0 = now - timedelta(minutes=20)
            for agency, st, acked, due in (
                ("water", "acknowledged", t0, now + timedelta(minutes=25)),
                ("public_works", "assigned", None, now + timedelta(minutes=5)),
                ("police", "assigned", None, now + timedelta(minutes=2)),
            )[: 3 - i % 2]:
                conn.execute(SQL_ASSIGNMENT, (inc, agency, st, t0, t0, acked, due, 0))


@pytest.fixture(scope="module")
def seeded(live_app: LiveApp, db_settings: Settings, db_dsn: str) -> None:
    """The zone's map and the close incidents, once for the module (each test asks for it,
    so a test run on its own, or by another pytest-xdist worker, has them too)."""
    run_geo_load(db_settings)
    seed(db_dsn, datetime.now(UTC))


def overlaps(a: list[float], b: list[float]) -> bool:
    return a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5


def check_apart(page: Page, label: str) -> list[dict[str, object]]:
    drawn: list[dict[str, object]] = page.evaluate(FOOTPRINTS_JS)
    assert {d["id"] for d in drawn} == {c[0] for c in CLOSE}, label
    for i, a in enumerate(drawn):
        for b in drawn[i + 1:]:
            hits = [(x, y) for x in a["boxes"] for y in b["boxes"] if overlaps(x, y)]  # type: ignore[attr-defined]
            assert not hits, f"{label}: {a['id']} and {b['id']} drawn over each other: {hits[:2]}"
        num, marker = a["number"], a["marker"]
        assert marker[0] <= num[0], f"{label}: {a['id']}'s number leaves its marker"
        assert num[2] <= marker[2], f"{label}: {a['id']}'s number leaves its marker"
        assert a["leader"] == (1 if a["moved"] else 0), f"{label}: {a}"
    return drawn


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1920, 1080)])
def test_close_incidents_keep_their_badges_apart(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], seeded: None, artifacts: Path,
    width: int, height: int,
) -> None:
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}")
    expect(page.locator("#conn.connected")).to_have_count(1, timeout=20_000)
    expect(page.locator("g.incident")).to_have_count(len(CLOSE), timeout=20_000)
    settle(page)
    drawn = check_apart(page, f"{width} zh-TW")
    # The most urgent stays on its place; at least one of its neighbours had to move.
    first = next(d for d in drawn if d["id"] == "inc-close-1")
    assert not first["moved"]
    assert any(d["moved"] for d in drawn)
    page.screenshot(path=str(artifacts / f"wall-close-incidents-{width}.png"))
    page.locator("#lang").click()
    expect(page.locator("#mode")).to_have_text("Peacetime")
    settle(page)
    check_apart(page, f"{width} en")
    page.screenshot(path=str(artifacts / f"wall-close-incidents-{width}-en.png"))
    page.locator("#lang").click()
    page.close()


#: Each incident's marker and badge boxes that intersect the map's legend (drawn over the map).
UNDER_LEGEND_JS = """() => {
  const l = document.querySelector('.map-panel .legend').getBoundingClientRect();
  return [...document.querySelectorAll('#map circle.marker, #map rect.badge')].filter((n) => {
    const r = n.getBoundingClientRect();
    return r.left < l.right && l.left < r.right && r.top < l.bottom && l.top < r.bottom;
  }).map((n) => `${n.closest('g').dataset.incident || n.closest('g').dataset.members} ${n.getAttribute('class')}`);
}"""


def test_no_marker_is_placed_under_the_legend(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], seeded: None,
) -> None:
    """The legend lies over the map: a marker or badge under it could not be read. With the
    legend moved over the close incidents' places, they are placed clear of it."""
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}")
    expect(page.locator("#conn.connected")).to_have_count(1, timeout=20_000)
    expect(page.locator("g.incident")).to_have_count(len(CLOSE), timeout=20_000)
    settle(page)
    box = box_of(page, MARKER.format("inc-close-3"))
    panel = page.locator(".map-panel").bounding_box()
    assert box is not None
    assert panel is not None
    page.add_style_tag(content=f".map-panel .legend {{ left: {box['x'] - panel['x'] - 20:.0f}px; "
                               f"bottom: auto; top: {box['y'] - panel['y']:.0f}px; }}")
    page.locator("#lang").click()  # a redraw of the map with the legend where it now is
    expect(page.locator("#mode")).to_have_text("Peacetime")
    settle(page)
    assert page.evaluate(UNDER_LEGEND_JS) == []
    page.close()


def test_an_opened_list_closes_by_itself_on_an_unattended_wall(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], seeded: None,
) -> None:
    """A wall is left alone: a list opened from a marker (here a lone incident's) closes a
    minute after it was opened or last used, so it never hides the map for the night."""
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.clock.install()
    page.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}")
    expect(page.locator("#conn.connected")).to_have_count(1, timeout=20_000)
    expect(page.locator("g.incident")).to_have_count(len(CLOSE), timeout=20_000)
    lst = page.locator("#cluster-list")
    click_until_open(page, MARKER.format("inc-close-5"), lst)
    page.clock.fast_forward(40_000)
    expect(lst).to_be_visible()
    page.keyboard.press("ArrowDown")  # used: the minute starts again
    page.clock.fast_forward(40_000)
    expect(lst).to_be_visible()
    page.clock.fast_forward(21_000)
    expect(lst).to_be_hidden()
    page.close()
