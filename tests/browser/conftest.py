"""Headless Chromium (Debian's ``chromium-headless-shell``) driven by Playwright, plus the live app.

The live-server fixtures of ``tests/api`` are reused; screenshots go to
``test-artifacts/`` at the repository root.

Each worker runs one Chromium (``browser_server`` and ``browser``, in ``tests/fix_browser.py``,
shared with the security modules that drive pages); each module connects to it and runs
its own live app over its own database (``accounts``: a copy of the worker's database with
the accounts, see ``tests/api/conftest.py``); each test's pages are closed when it ends.
"""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Download, Locator, Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from common import services as svc
from common.db import connect
from common.migrate import migrate
from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import (  # noqa: F401 - fixtures re-exported for this directory
    accounts,
    accounts_template,
    api,
    db_name,
    live_app,
    required_processes,
    wall_options,
)
from tests.fix_services import settings_for_layout
from web.cli import run_display_token, run_users_add
from web.security import Role

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
@pytest.fixture(autouse=True)
def page_cleanup(request: pytest.FixtureRequest) -> Iterator[None]:
    """Close the contexts (and so the pages) a test of a browser module opened, when it ends:
    a page left open goes on drawing its ticking texts and taking its feed while the module's
    later tests run. Contexts a module's fixture opened stay until the module ends."""
    if "browser" not in request.fixturenames:
        yield
        return
    b: Browser = request.getfixturevalue("browser")
    before = set(b.contexts)
    yield
    for context in b.contexts:
        if context not in before:
            context.close()


def download_bytes(download: Download) -> bytes:
    """What ``download`` holds: the browser is the worker's (``browser_server``), so the file
    is copied out with ``save_as`` (``path`` is only there for a browser the test launched)."""
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / download.suggested_filename
        download.save_as(target)
        return target.read_bytes()


#: The wall map's drawn labels (MapLibre symbol layers, after collision) and their sizes.
MAP_LABELS_JS = """() => {
  const view = SOC.WallMap.current;
  if (!view || !view.map) return null;
  const m = view.map;
  const placed = m.queryRenderedFeatures({ layers: ['road-label', 'zone-label'] });
  const lang = SOC.lang();
  return {
    webgl: view.webgl,
    roads: [...new Set(placed.filter((f) => f.layer.id === 'road-label')
      .map((f) => lang === 'en' ? f.properties.name_en : f.properties.name))],
    zones: [...new Set(placed.filter((f) => f.layer.id === 'zone-label')
      .map((f) => lang === 'en' ? f.properties.name_en : f.properties.name))],
    sizes: [m.getLayoutProperty('road-label', 'text-size'), m.getLayoutProperty('zone-label', 'text-size')],
    overlap: [m.getLayoutProperty('road-label', 'text-allow-overlap') || false,
              m.getLayoutProperty('zone-label', 'text-allow-overlap') || false],
  };
}"""


def private_wall(settings: Settings, layout: svc.Layout) -> tuple[Settings, str]:
    """``layout``'s services up, migrated, with the zone loaded and a display account
    ``wall``: the settings for it and the wall's display token (for a test that runs the
    real processes and stops or kills them)."""
    svc.up(layout)
    s = settings_for_layout(settings, layout)
    with connect(s, autocommit=True) as conn:
        migrate(conn)
    run_geo_load(s)
    run_users_add(s, "wall", role=Role.DISPLAY, agency=None, password=None, display_name="wall")
    return s, run_display_token(s, "wall")


@pytest.fixture(scope="module")
def artifacts() -> Path:
    """Where screenshots are saved."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


#: The open incidents drawn on the wall's map, each alone or in one cluster (their ids).
ON_MAP_JS = """() => [...document.querySelectorAll('#map g.incident, #map g.cluster')]
  .flatMap((g) => g.dataset.members ? g.dataset.members.split(' ') : [g.dataset.incident])"""


def expect_on_map(page: Page, count: int, timeout: float = 20_000) -> None:
    """Wait until ``count`` incidents are drawn on the map (alone or clustered, docs/web.md)."""
    page.wait_for_function(f"(n) => ({ON_MAP_JS})().length === n", arg=count, timeout=timeout)


#: The nodes the pages rewrite every second (countdowns, clock, data ages, connection
#: state): their ticks are no drawing to wait for.
TICKING = ".countdown, #clock, .age, #conn, #conn-text, #health"

#: True on the third animation frame in a row in which nothing in the document changed
#: but the ticking nodes (polled once a frame; its observer stays with the page).
QUIET_FRAMES_JS = """() => {
  const basemap = document.getElementById('basemap');  // a wall: its map is placed first
  if (basemap && !basemap.dataset.map) return false;
  const s = window.__socQuiet || (window.__socQuiet = (() => {
    const st = { changed: true, quiet: 0 };
    const ticks = (r) => { const n = r.target.nodeType === 1 ? r.target : r.target.parentElement;
      return Boolean(n && n.closest('TICKING')); };
    new MutationObserver((records) => { if (!records.every(ticks)) st.changed = true; }).observe(document,
      { subtree: true, childList: true, attributes: true, characterData: true });
    return st;
  })());
  if (s.changed) { s.changed = false; s.quiet = 0; return false; }
  s.quiet += 1;
  return s.quiet >= 3;
}""".replace("TICKING", TICKING)


def settle(page: Page, timeout: float = 20_000) -> None:
    """Wait until the page has drawn what it was given: three animation frames in a row that
    change nothing in its document but the ticking texts (``TICKING``). The wall fits its
    grid's rows on the frame after new data or a language switch and redraws its board and
    map from the resize (wall.js fitRows). Data still to come is waited for by the caller
    (an ``expect`` on what it brings): a page waiting for an answer changes nothing. A wall
    settles only once its map is placed (or refused): its board may come before the map."""
    page.evaluate("() => { if (window.__socQuiet) window.__socQuiet.changed = true; }")
    page.wait_for_function(QUIET_FRAMES_JS, polling="raf", timeout=timeout)


def requests_fenced(page: Page) -> None:
    """Return once every request the page started before this call has reached the page's
    ``request`` listeners: the page runs its queued tasks (a dialog's close event, the handler
    resumed by it), then fetches a fence this waits for; requests are reported in the order
    they start. A test that counts what a cancel did not send counts after this."""
    fence = uuid.uuid4().hex
    with page.expect_request(lambda r: fence in r.url):
        page.evaluate("""(fence) => new Promise((r) => setTimeout(r, 0))
          .then(() => new Promise((r) => setTimeout(r, 0)))
          .then(() => { fetch(`/api/health/live?fence=${fence}`).catch(() => {}); })""", fence)


def box_of(page: Page, selector: str) -> dict[str, float] | None:
    """A node's box on the screen, found and measured in one step: the wall draws its map's
    markers anew at each change of the feed, so a node found first and measured after may be
    gone."""
    box: dict[str, float] | None = page.evaluate("""(selector) => {
      const n = document.querySelector(selector);
      if (!n) return null;
      const b = n.getBoundingClientRect();
      return { x: b.x, y: b.y, width: b.width, height: b.height };
    }""", selector)
    return box


def click_until_open(page: Page, selector: str, opened: Locator) -> None:
    """Click the middle of the node ``selector`` names, as a person would, until ``opened`` is
    visible: a redraw of the map between reading the node's place and the click (a delta of
    the feed, the grid's rows fitted anew) moves it, and a person would click again."""
    for _ in range(5):
        box = box_of(page, selector)
        assert box is not None, selector
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        try:
            opened.wait_for(state="visible", timeout=2_000)
            return
        except PlaywrightTimeoutError:
            continue
    expect(opened).to_be_visible()
