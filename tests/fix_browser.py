"""Fixture plugin: one headless Chromium per worker, shared by every module that drives a browser.

``browser_server`` launches Debian's ``chromium-headless-shell`` once per pytest worker behind
Playwright's browser server; ``browser`` connects a module to it with a Playwright of the module's own.
The browser tier (``tests/browser/``) and the security modules that drive pages
(``tests/security/test_credentials_in_logs.py``) use the same two fixtures, so a worker
never launches a second Chromium: a fresh one's first wall costs about three times the
CPU of the same wall in a warm one. Each page a test opens gets a context of its own
(``browser.new_page``), so no cookie, storage or cache passes between tests or modules.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
from playwright._impl._driver import compute_driver_executable
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

from tests import page_watch

T = TypeVar("T")

#: Debian's ``chromium-headless-shell``: Chromium's old headless mode, the same Blink, V8,
#: compositor and SwiftShader as Debian's ``chromium`` of the same version without its desktop
#: browser layer, and what Playwright itself runs for headless Chromium. The same pages cost its
#: processes a quarter to a half less CPU than ``chromium --headless`` (``test_wall_screens.py``
#: 32.1 -> 24.9 s, ``test_wall_page.py`` with ``test_planner.py`` 21.9 / 20.7 -> 11.6 s, every
#: process of the browser sampled; docs/development.md), mostly in the renderer and the browser
#: process; the software drawing of the map (the GPU process) costs the same.
CHROMIUM = shutil.which("chromium-headless-shell") or "/usr/bin/chromium-headless-shell"
# No GPU here: WebGL (the wall's MapLibre map) runs on ANGLE's SwiftShader software renderer.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--no-first-run"]


#: Playwright's own ``chromium.launchServer`` in its bundled driver: one Chromium for the
#: worker, launched with Playwright's switches as ``launch`` would, whose websocket endpoint it
#: prints; it closes the browser when its stdin closes (the worker's session ended or died).
SERVER_JS = """
const pw = require(process.env.SOC_PW_PACKAGE);
(async () => {
  const server = await pw.chromium.launchServer({
    executablePath: process.env.SOC_PW_CHROMIUM, headless: true, args: JSON.parse(process.env.SOC_PW_ARGS),
  });
  process.stdout.write(server.wsEndpoint() + '\\n');
  process.stdin.on('end', () => server.close().then(() => process.exit(0)));
  process.stdin.resume();
})().catch((e) => { console.error(e); process.exit(1); });
"""


@pytest.fixture(scope="session")
def browser_server() -> Iterator[str]:
    """Once per worker: a headless Chromium behind Playwright's browser server; its websocket
    endpoint (a missing chromium-headless-shell is a failure, not a skip). Each module connects to it with a
    Playwright of its own (``browser``) and each test's pages get contexts of their own
    (``page_cleanup``), so no cookie, storage or cache passes between tests; what the modules
    share is the browser's processes, whose fonts, shaders and compiled code stay warm (a
    fresh Chromium's first wall cost about three times the CPU of a warm one's). Not one
    Playwright per worker: while Playwright's sync API runs, ``asyncio.run`` fails in its
    thread, and the worker runs other modules' tests that call it."""
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium-headless-shell is not installed"
                    " (make host-deps, or apt-get install -y chromium-headless-shell)")
    driver = compute_driver_executable()
    node, package = Path(driver[0]), Path(driver[1]).parent
    env = dict(os.environ, SOC_PW_PACKAGE=str(package), SOC_PW_CHROMIUM=CHROMIUM,
               SOC_PW_ARGS=json.dumps(CHROMIUM_ARGS))
    proc = subprocess.Popen([str(node), "-e", SERVER_JS], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            env=env, text=True)
    assert proc.stdout is not None
    assert proc.stdin is not None
    try:
        endpoint = proc.stdout.readline().strip()
        if not endpoint.startswith("ws://"):
            pytest.fail(f"Playwright's browser server did not start (exit {proc.wait(timeout=30)})")
        yield endpoint
    finally:
        proc.stdin.close()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        proc.stdout.close()


@pytest.fixture(scope="module")
def browser(browser_server: str) -> Iterator[Browser]:
    """The worker's Chromium (``browser_server``) through a Playwright of the module's own;
    the contexts it made are closed when the module ends."""
    with sync_playwright() as p:
        b = p.chromium.connect(browser_server)
        b.new_context = _reduced_motion(b.new_context)  # type: ignore[method-assign]
        b.new_page = _reduced_motion(b.new_page)  # type: ignore[method-assign]
        yield b
        b.close()


def _reduced_motion(make: Callable[..., T]) -> Callable[..., T]:
    """``make`` (the browser's ``new_page`` or ``new_context``) with the screen set to reduced
    motion unless the caller says otherwise: the wall's pulsing halos and emergency banner
    (style.css) are then still, as on a screen with that setting. Pulsing, they kept software
    rendering busy while a page was open (a third of a core for nine halos), and no test
    reads the pulse but ``test_wall_map_clusters.py``, which turns it on. What it makes is
    watched (``tests/page_watch.py``) for the report of a test that fails."""
    def made(*args: Any, **kwargs: Any) -> T:
        kwargs.setdefault("reduced_motion", "reduce")
        made_: T = make(*args, **kwargs)
        if isinstance(made_, BrowserContext):
            page_watch.watch(made_)
        elif isinstance(made_, Page):
            page_watch.watch(made_.context)
        return made_
    return made


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item,
                              call: pytest.CallInfo[None]) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """A failed test (or setup) that drives pages gets two more sections in its report: what
    its open pages were waiting on (``tests/page_watch.py``) and, when it serves a live app,
    what that server was doing (``tests/server_watch.py``)."""
    report = yield
    if not report.failed or call.when == "teardown":
        return report
    args = getattr(item, "funcargs", {})
    if "browser" in args or "browser" in getattr(item, "fixturenames", ()):
        pages = page_watch.report()
        if pages:
            report.sections.append(("pages", pages))
    live = args.get("live_app")
    watch = getattr(live, "watch", None)
    if watch is not None:
        report.sections.append(("live app", watch.report()))
    return report


