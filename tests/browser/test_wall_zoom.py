"""The wall's map zooms and pans to a district: the mouse wheel around the pointer, a
drag, the buttons and the keys (+, -, 0, arrows). Sensors and incidents are drawn again
for the new view, clusters gathered anew: at 300 incidents the largest cluster of the
whole zone comes apart when zoomed on, every incident still drawn exactly once and none
over another. "Whole zone" (or 0) brings back the automatic frame, and so does a minute
count of five left alone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Error, Page, expect

from common.settings import Settings
from tests.api.conftest import LiveApp
from tests.browser.conftest import box_of
from tests.browser.test_wall_map_clusters import check_map, seed_night

#: The screen position of a place, by the wall's own projection.
PROJECT_JS = "([lon, lat]) => SOC.WallMap.current.project(lon, lat)"
#: A point of the map with nothing drawn over it (no marker, caption, legend or button),
#: with room for a drag of (+150, -80) inside the map.
FREE_SPOT_JS = """() => {
  const r = document.querySelector('#basemap').getBoundingClientRect();
  for (let y = r.bottom - 120; y > r.top + 100; y -= 17) {
    for (let x = r.left + 20; x < r.right - 170; x += 23) {
      const n = document.elementFromPoint(x, y);
      if (n && !n.closest('#map g, .legend, .map-zoom, #cluster-list')) return [x, y];
    }
  }
  return null;
}"""
#: A place inside the zone, to follow across zooms and pans.
PLACE = [120.6520, 24.1860]


@pytest.fixture(scope="module")
def seeded(live_app: LiveApp, db_settings: Settings, db_dsn: str) -> dict[str, dict[str, object]]:
    """The night of 300 open incidents of ``test_wall_map_clusters``."""
    return seed_night(db_settings, db_dsn)


def drawn_at(page: Page, scale: float) -> None:
    """Wait until the markers are drawn for a view of ``scale`` (against the whole frame)."""
    page.wait_for_function("(s) => Math.abs(Number(document.querySelector('#map').dataset.scale) - s) < 0.01",
                           arg=scale, timeout=20_000)


def where(page: Page) -> tuple[float, float]:
    x, y = page.evaluate(PROJECT_JS, PLACE)
    return float(x), float(y)


def open_wall(browser: Browser, live_app: LiveApp, token: str) -> Page:
    page = browser.new_page(viewport={"width": 1920, "height": 1080})
    page.goto(f"{live_app.url}/static/wall.html#token={token}")
    expect(page.locator("#conn.connected")).to_have_count(1, timeout=30_000)
    expect(page.locator("#board-more")).to_contain_text("另有", timeout=60_000)
    expect(page.locator("#map g.incident, #map g.cluster").first).to_be_visible(timeout=20_000)
    return page


#: The module's 1920x1080 wall (:func:`full_hd_wall`), while it is open.
_FULL_HD: list[Page] = []


@pytest.fixture(scope="module")
def full_hd_wall(browser: Browser, live_app: LiveApp, accounts: dict[str, str],
                 seeded: dict[str, dict[str, object]]) -> Iterator[Page]:
    """One 1920x1080 wall of the night for the module's tests on that screen: loading 300
    incidents is most of such a test's work, and what they check starts from the whole zone.
    Those tests come first; the module's later ones close it (:func:`alone`)."""
    page = open_wall(browser, live_app, accounts["wall1"])
    _FULL_HD.append(page)
    yield page
    if not page.is_closed():
        page.close()
    _FULL_HD.clear()


@pytest.fixture
def alone() -> None:
    """The module's 1920x1080 wall closed before a test that opens a wall of its own: left
    open, it goes on drawing its 300 incidents and taking its feed in the same Chromium, and
    on a loaded host the new page's renderer was starved (its socket closed before it said
    connected, the page not answering for 2 s)."""
    for page in _FULL_HD:
        if not page.is_closed():
            page.close()


@pytest.fixture
def whole_wall(full_hd_wall: Page) -> Page:
    """:func:`full_hd_wall` back at the whole zone, in Chinese, as a freshly opened wall is
    (a test before may have left it zoomed or in English)."""
    page = full_hd_wall
    if page.evaluate("SOC.lang()") == "en":
        page.locator("#lang").click()
    page.keyboard.press("0")
    drawn_at(page, 1)
    expect(page.locator("#zoom-state")).to_be_hidden()
    expect(page.locator("#board-more")).to_contain_text("另有")
    return page


def test_wheel_buttons_and_keys_zoom_and_pan_the_map(
    whole_wall: Page, seeded: dict[str, dict[str, object]], artifacts: Path,
) -> None:
    page = whole_wall
    errors: list[str] = []

    def record(e: Error) -> None:
        errors.append(str(e))

    page.on("pageerror", record)
    box = page.locator("#basemap").bounding_box()
    assert box is not None
    x0, y0 = where(page)

    # The wheel zooms around the pointer: the place under it stays under it.
    ax, ay = box["x"] + box["width"] * 0.4, box["y"] + box["height"] * 0.5
    page.mouse.move(ax, ay)
    for _ in range(3):
        page.mouse.wheel(0, -300)  # three doublings
    page.wait_for_function("([lon, lat, x, y]) => { const [a, b] = SOC.WallMap.current.project(lon, lat);"
                           " return Math.hypot(a - x, b - y) > 20; }", arg=[*PLACE, x0, y0], timeout=20_000)
    drawn_at(page, 8)
    x1, y1 = where(page)
    px, py = ax - box["x"], ay - box["y"]
    # The fixed point of the zoom (x1 = p + 8 (x0 - p)) is the pointer, within a pixel and a half.
    assert abs((8 * x0 - x1) / 7 - px) < 1.5, (x0, x1, px)
    assert abs((8 * y0 - y1) / 7 - py) < 1.5, (y0, y1, py)
    expect(page.locator("#zoom-state")).to_have_text("地圖放大 8.0 倍，按 0 或「全區」回到全區")
    check_map(page, seeded, "wheel x8")

    # The buttons: out halves, "whole zone" brings back the automatic frame.
    page.locator("#zoom-out").click()
    drawn_at(page, 4)
    page.locator("#zoom-whole").click()
    drawn_at(page, 1)
    expect(page.locator("#zoom-state")).to_be_hidden()
    assert max(abs(a - b) for a, b in zip(where(page), (x0, y0), strict=True)) < 1

    # The keys: + doubles around the middle, an arrow pans a fifth of the map, 0 is whole.
    page.locator("body").press("+")
    drawn_at(page, 2)
    x2, _ = where(page)
    page.keyboard.press("ArrowRight")
    page.wait_for_function("([lon, lat, x]) => Math.abs(SOC.WallMap.current.project(lon, lat)[0] - x) < 2",
                           arg=[*PLACE, x2 - box["width"] * 0.2], timeout=20_000)
    page.keyboard.press("0")
    drawn_at(page, 1)

    # A drag pans: the place follows the pointer.
    page.locator("#zoom-in").click()
    drawn_at(page, 2)
    x3, y3 = where(page)
    sx, sy = page.evaluate(FREE_SPOT_JS)
    page.mouse.move(sx, sy)
    page.mouse.down()
    page.mouse.move(sx + 150, sy - 80, steps=5)
    page.mouse.up()
    page.wait_for_function(
        f"([lon, lat]) => {{ const [x, y] = SOC.WallMap.current.project(lon, lat);"
        f" return Math.abs(x - {x3 + 150}) < 2 && Math.abs(y - {y3 - 80}) < 2; }}", arg=PLACE, timeout=20_000)
    page.keyboard.press("0")
    drawn_at(page, 1)
    page.locator("#lang").click()
    page.locator("#zoom-in").click()
    drawn_at(page, 2)
    expect(page.locator("#zoom-state")).to_have_text("Map zoomed ×2.0: 0 or Whole zone to see all")
    expect(page.locator("#zoom-whole")).to_have_text("Whole zone")
    page.keyboard.press("0")
    page.locator("#lang").click()
    page.remove_listener("pageerror", record)
    assert errors == []


def test_a_cluster_zoomed_on_comes_apart_and_every_incident_stays_drawn_once(
    whole_wall: Page, seeded: dict[str, dict[str, object]], artifacts: Path,
) -> None:
    page = whole_wall
    groups = check_map(page, seeded, "whole")
    big = max((g for g in groups if g["cluster"]), key=lambda g: len(g["members"]))  # type: ignore[arg-type]
    members = set(big["members"])  # type: ignore[arg-type]
    box = page.locator("#basemap").bounding_box()
    assert box is not None
    # Its marker's middle, read in one step right before the wheel: the wall may have drawn it anew.
    marker = box_of(page, f'#map g.cluster[data-members="{" ".join(big["members"])}"] circle.marker')  # type: ignore[arg-type]
    assert marker is not None
    cx, cy = marker["x"] + marker["width"] / 2, marker["y"] + marker["height"] / 2
    page.mouse.move(cx, cy)
    page.mouse.wheel(0, -300)
    page.mouse.wheel(0, -300)
    drawn_at(page, 4)
    zoomed = check_map(page, seeded, "cluster x4")
    parts = [g for g in zoomed if members & set(g["members"])]  # type: ignore[arg-type]
    assert len(parts) > 1, f"the cluster of {len(members)} is still one marker at x4"
    page.screenshot(path=str(artifacts / "wall-zoom-x4.png"))


def test_a_zoomed_wall_left_alone_returns_to_the_whole_zone(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], seeded: dict[str, dict[str, object]],
    alone: None,
) -> None:
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.clock.install()
    page.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}")
    expect(page.locator("#conn.connected")).to_have_count(1, timeout=30_000)
    drawn_at(page, 1)
    page.locator("#zoom-in").click()
    drawn_at(page, 2)
    page.clock.fast_forward("04:00")
    page.locator("#zoom-state").wait_for(state="visible")
    page.keyboard.press("ArrowLeft")  # used again: five minutes from now on
    page.clock.fast_forward("04:00")
    expect(page.locator("#zoom-state")).to_be_visible()
    page.clock.fast_forward("01:01")
    drawn_at(page, 1)
    expect(page.locator("#zoom-state")).to_be_hidden()
    page.close()


def overlap(a: dict[str, float], b: dict[str, float]) -> bool:
    return (a["x"] < b["x"] + b["width"] and b["x"] < a["x"] + a["width"]
            and a["y"] < b["y"] + b["height"] and b["y"] < a["y"] + a["height"])


@pytest.mark.parametrize(("width", "height"), [(1280, 720), (1366, 768)])
def test_the_zoom_caption_leaves_the_buttons_whole_on_a_small_screen(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], seeded: dict[str, dict[str, object]],
    artifacts: Path, width: int, height: int, alone: None,
) -> None:
    """Zoomed on a narrow map, the caption that says how to go back lies under the buttons,
    inside the map: no button is squeezed onto two lines or covered."""
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}")
    expect(page.locator("#conn.connected")).to_have_count(1, timeout=30_000)
    drawn_at(page, 1)
    page.locator("#zoom-in").click()
    drawn_at(page, 2)
    expect(page.locator("#zoom-state")).to_be_visible()
    ids = ["zoom-in", "zoom-out", "zoom-whole"]
    caption, whole_map = box_of(page, "#zoom-state"), box_of(page, "#basemap")
    buttons = [box_of(page, f"#{i}") for i in ids]
    page.screenshot(path=str(artifacts / f"wall-zoom-caption-{width}x{height}.png"))
    page.close()
    assert caption is not None
    assert whole_map is not None
    assert all(buttons)
    for button in buttons:
        assert button is not None
        assert not overlap(caption, button), (caption, button)
    # one line each: the three buttons as high as one another
    assert max(b["height"] for b in buttons if b) - min(b["height"] for b in buttons if b) < 1, buttons
    assert whole_map["x"] <= caption["x"]
    assert caption["x"] + caption["width"] <= whole_map["x"] + whole_map["width"]
