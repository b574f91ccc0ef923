"""A wall whose server falls silent while its socket stays open does not say "live".

A frozen ``soc web`` (SIGSTOP here; a stuck event loop or a half-open network behaves the
same) keeps the browser's websocket open: the browser notices nothing, no close comes, and
the data on the wall stand still. The wall must then say it is not connected and since when
its data stand still, instead of 即時連線 / 即時; once the server speaks again it reconnects
and is live again.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from common.settings import Settings, WebSettings
from geo.service import run_geo_load
from tests import http_calls
from tests.api.wsclient import WallClient
from tests.security.conftest import WebProcess, bearer, start_web, stop_web
from web.cli import run_display_token, run_users_add
from web.security import Role

#: How long a wall may say "live" while nothing arrives: an operator reads "live" as "as of a
#: few seconds ago" (the feed polls every 0.5 s; a wall still live after 20 s of a frozen
#: server misled its operators). The page's clock is Playwright's, advanced by this much
#: while the server is frozen, so the test judges the state after the silence, not a speed.
FEW_SECONDS_S = 6.0
#: The server's own ping interval (``SOC_WEB__WALL_PING_S``), the production default.
PING_S = WebSettings.model_fields["wall_ping_s"].default


@pytest.fixture(scope="module")
def web(db_settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[WebProcess, str]]:
    """A real ``soc web`` over a database with the zone loaded, and a wall's display token."""
    run_geo_load(db_settings)
    # No process is required to beat: the panels are live while the server speaks.
    server = start_web(db_settings, tmp_path_factory.mktemp("web") / "web.log", SOC_HEALTH__SERVICES="[]")
    try:
        run_users_add(db_settings, "wall-silent", role=Role.DISPLAY, agency=None, password=None)
        yield server, run_display_token(db_settings, "wall-silent")
    finally:
        os.kill(server.proc.pid, signal.SIGCONT)
        stop_web(server)


def test_a_silent_server_is_not_shown_live(browser: Browser, web: tuple[WebProcess, str], artifacts: Path) -> None:
    server, token = web
    # The pages learn the server's ping interval from its snapshot.
    r = http_calls.post(f"{server.url}/api/ws-ticket", headers=bearer(token), timeout=30)
    assert r.status_code == 200, r.text
    probe = WallClient(f"{server.ws_url}/ws/wall?ticket={r.json()['ticket']}")
    try:
        assert probe.next("snapshot")["ping_s"] == PING_S
    finally:
        probe.close()
    page = browser.new_page(viewport={"width": 1920, "height": 1080})
    page.clock.install()  # the page's clock runs on its own until the server is frozen
    page.add_init_script("localStorage.setItem('soc.lang', 'en')")
    page.goto(f"{server.url}/static/wall.html#token={token}")
    ingest = page.locator("section:has(h2 [data-i18n=ingest]) .age[data-age=live]")
    expect(page.locator("#conn.connected")).to_have_count(1, timeout=60_000)
    expect(ingest).to_have_text("live", timeout=30_000)
    os.kill(server.proc.pid, signal.SIGSTOP)
    try:
        # From here the page's time moves only as the test says: a few seconds of silence.
        page.clock.pause_at(page.evaluate("Date.now()") / 1000 + 1)  # seconds; a second on
        page.clock.run_for(int(FEW_SECONDS_S * 1000))
        expect(page.locator("#conn.connected")).to_have_count(0, timeout=10_000)
        expect(ingest).to_have_class("age stale")
        expect(ingest).not_to_have_text("live")
        expect(page.locator("#health-parts")).to_contain_text("server")
        page.screenshot(path=str(artifacts / "wall-silent-server.png"))
        assert server.proc.poll() is None  # still frozen, never closed: only the page noticed
    finally:
        os.kill(server.proc.pid, signal.SIGCONT)
        page.clock.resume()
    expect(page.locator("#conn.connected")).to_have_count(1, timeout=60_000)
    expect(ingest).to_have_text("live", timeout=30_000)
    page.close()
