"""Headless Chromium (Debian's ``chromium``) driven by Playwright, plus the live app.

The live-server fixtures of ``tests/api`` are reused; screenshots go to
``test-artifacts/`` at the repository root.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from tests.api.conftest import (  # noqa: F401 - fixtures re-exported for this directory
    accounts,
    api,
    live_app,
    required_processes,
    wall_options,
)

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# No GPU here: WebGL (the wall's MapLibre map) runs on ANGLE's SwiftShader software renderer.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--no-first-run"]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """A headless Chromium for the module (a missing chromium is a failure, not a skip)."""
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is not installed (apt-get install -y chromium)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


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
