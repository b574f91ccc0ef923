"""No name of the wall's map under an incident: a marker, its agency badges or its caption
drawn by the wall over a road's or a sub-area's name leaves neither readable from across
the room. Incidents are opened where the names are (the sub-areas' middles, the roads'
middles), and the map is read without the wall's overlay, pixel by pixel: inside the box
of every incident's marker, badge, caption and arrow, and of the legend and the zoom
buttons over the map, there is no pixel of a name's letters (docs/web.md, "The wall's map")."""

from __future__ import annotations

import math
import struct
import zlib
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

#: Where the map writes names: the middles of the four sub-areas (their names stand there)
#: and the middles of roads crossing the zone (geo/data/zones.geojson, roads.geojson).
AT_NAMES = [
    ("inc-names-1", "flood", "Extreme", 120.6564, 24.1823),    # Central Park
    ("inc-names-2", "fire", "Severe", 120.6536, 24.1940),      # the transit hub's area
    ("inc-names-3", "traffic", "Moderate", 120.6520, 24.1809),  # the R&D area (west)
    ("inc-names-4", "crowd", "Moderate", 120.6574, 24.1809),   # the eco-residential area
    ("inc-names-5", "flood", "Minor", 120.6569, 24.1925),      # Jingmao Road
    ("inc-names-6", "traffic", "Minor", 120.6510, 24.1880),    # Kaixuan Road
]

#: The letters of the map's names: road names #c2ccd6, sub-area names #e6f1fb, on a dark
#: halo. Nothing else the map draws has all three channels this bright (its lines and
#: fills are darker or coloured: #6fb1e0, #55c98a, #59636e).
BRIGHT = 160

#: The pieces of each incident drawn on the map that carry its words (its marker with the
#: number, its agency badges, its caption, its edge arrow), each with its box in page px,
#: cut to the map's frame; and the legend and the zoom buttons, also drawn over the map.
BOXES_JS = """() => {
  const f = document.getElementById('basemap').getBoundingClientRect();
  return [...document.querySelectorAll(
    '#map g.incidents > g :is(circle.marker, rect.badge, rect.marker-label, polygon.edge-arrow)')].map((n) => {
    const b = n.getBoundingClientRect(); const g = n.closest('g.incidents > g');
    return { id: `${g.dataset.incident || g.dataset.members} ${n.getAttribute('class')}`,
             box: [Math.max(b.left, f.left), Math.max(b.top, f.top),
                   Math.min(b.right, f.right), Math.min(b.bottom, f.bottom)] };
  }).concat([...document.querySelectorAll('.map-panel .legend, .map-panel .map-zoom')].map((n) => {
    const b = n.getBoundingClientRect();
    return { id: n.getAttribute('class'), box: [b.left, b.top, b.right, b.bottom] };
  })).filter((b) => b.box[2] - b.box[0] > 4 && b.box[3] - b.box[1] > 4);
}"""


def decode_png(png: bytes) -> tuple[int, int, int, bytes]:
    """Width, height, bytes per pixel and the raw pixel rows of an 8-bit, non-interlaced
    RGB or RGBA PNG (what Chromium's screenshots are), its filters undone."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, head = 8, b"", b""
    while pos < len(png):
        (length,) = struct.unpack(">I", png[pos:pos + 4])
        kind, body = png[pos + 4:pos + 8], png[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            head = body
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", head)
    assert depth == 8, head
    assert colour in (2, 6), head
    assert interlace == 0, head
    bpp = 3 if colour == 2 else 4
    raw, stride, out = zlib.decompress(idat), width * bpp, bytearray()
    prev = bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        out += line
        prev = line
    return width, height, bpp, bytes(out)


def bright_pixels(png: bytes) -> int:
    """How many pixels of ``png`` have all three channels at least ``BRIGHT``."""
    width, height, bpp, px = decode_png(png)
    return sum(1 for i in range(0, width * height * bpp, bpp)
               if px[i] >= BRIGHT and px[i + 1] >= BRIGHT and px[i + 2] >= BRIGHT)


#: Resolves once MapLibre has nothing left to load, move or place.
MAP_IDLE_JS = """() => new Promise((resolve) => {
  const m = SOC.WallMap.current.map;
  m.once('idle', () => resolve(true));
  m.triggerRepaint();
})"""


#: The wall's overlay and what lies over the map, hidden ("hidden") or shown again ("").
HIDE_JS = """(v) => document.querySelectorAll('#map, .map-panel .legend, .map-panel .map-zoom, #zoom-state')
  .forEach((n) => { n.style.visibility = v; })"""


@pytest.fixture(scope="module")
def seeded(live_app: LiveApp, db_settings: Settings, db_dsn: str) -> None:
    run_geo_load(db_settings)
    now = datetime.now(UTC)
    t0 = now - timedelta(minutes=20)
    with psycopg.connect(db_dsn) as conn:
        for i, (inc, typ, sev, lon, lat) in enumerate(AT_NAMES):
            conn.execute(SQL_INCIDENT, {"id": inc, "type": typ, "sev": sev, "lon": lon, "lat": lat,
                                        "t": now - timedelta(minutes=30 - i)})
            for agency in ("water", "police")[: 1 + i % 2]:
                conn.execute(SQL_ASSIGNMENT, (inc, agency, "assigned", t0, t0, None, now + timedelta(minutes=9), 0))


def letters_under_incidents(page: Page) -> list[dict[str, object]]:
    """The incidents whose drawn box holds letters of a map name, read with the overlay,
    the legend and the zoom buttons hidden (they stay where they are)."""
    page.evaluate(MAP_IDLE_JS)
    boxes = page.evaluate(BOXES_JS)
    assert len(boxes) >= 2, boxes
    page.evaluate(HIDE_JS, "hidden")
    counts = []
    for b in boxes:
        # Inside the box by a pixel: its edges' pixels may belong to its neighbours.
        x0, y0, x1, y1 = b["box"]
        clip = {"x": math.ceil(x0) + 1, "y": math.ceil(y0) + 1, "width": math.floor(x1) - math.ceil(x0) - 2,
                "height": math.floor(y1) - math.ceil(y0) - 2}
        counts.append({"id": b["id"], "n": bright_pixels(page.screenshot(clip=clip))})
    page.evaluate(HIDE_JS, "")
    return [c for c in counts if c["n"] > 0]


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1920, 1080)])
def test_no_map_name_lies_under_an_incident(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], seeded: None, artifacts: Path,
    width: int, height: int,
) -> None:
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}")
    expect(page.locator("#conn.connected")).to_have_count(1, timeout=20_000)
    expect(page.locator("g.incident")).to_have_count(len(AT_NAMES), timeout=20_000)
    for lang in ("zh-TW", "en"):
        if lang == "en":
            page.locator("#lang").click()
            expect(page.locator("#mode")).to_have_text("Peacetime")
        settle(page)
        page.screenshot(path=str(artifacts / f"wall-map-names-{width}x{height}-{lang}.png"))
        assert letters_under_incidents(page) == [], f"{width}x{height} {lang}: a map name under an incident"
    # Zoomed in, the markers are drawn again for the view: the names keep clear of them too.
    page.locator("#zoom-in").click()
    expect(page.locator("#zoom-state")).to_be_visible()
    settle(page)
    assert letters_under_incidents(page) == [], f"{width}x{height} zoomed: a map name under an incident"
    page.close()
