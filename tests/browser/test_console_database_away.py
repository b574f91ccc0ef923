"""A coordinator acting while the database is away, through the real ``soc web`` and ``soc ops run``.

A private TimescaleDB + Mosquitto, the real web server and ops center, and a headless
Chromium on the coordinator console with an incident's detail open. PostgreSQL is stopped:

* a dispatch and a mode switch tried meanwhile are refused at once, and the console says so
  (``Temporarily unavailable``), never "done"; nothing of them is recorded, and once the
  database is back the same dispatch is carried out by the same processes;
* a dispatch accepted just before the database went away (recorded, but not yet applied: the
  ops center is held, SIGSTOP, as a busy one would be) is applied once the database and the
  ops center are back. The console, which follows a pending command, must go on following it
  through the outage and say that it was done, not leave an error and a "pending" that
  stays: a coordinator reading that would send the crew a second time or another one.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import httpx
import psycopg
import pytest
from playwright.sync_api import Browser, Page, expect

from common import services as svc
from common.settings import Settings
from tests import http_calls
from tests.api.conftest import PASSWORD
from tests.browser.conftest import private_wall
from tests.browser.test_console_commands import INC, seed
from tests.browser.test_pages import login
from tests.fix_services import ROOT, stop_processes, subprocess_env
from tests.integration.ops_center.ops_helpers import wait_for
from web.cli import run_users_add
from web.security import Role

pytestmark = [pytest.mark.integration, pytest.mark.slow]

UNAVAILABLE = "Error: Temporarily unavailable (the database or a service is down); try again shortly"


def _health(url: str) -> int | None:
    try:
        return http_calls.get(f"{url}/api/health", timeout=15).status_code
    except httpx.HTTPError:
        return None


def _one(s: Settings, sql: str, *args: object) -> tuple[object, ...] | None:
    with psycopg.connect(s.db.conninfo(), autocommit=True) as conn:
        return conn.execute(sql, args).fetchone()


def _database_named(page: Page) -> None:
    expect(page.locator("#conn-text")).to_contain_text("database", timeout=30_000)


def test_a_coordinator_acting_while_the_database_is_away_is_told_and_a_pending_dispatch_is_followed(
    settings: Settings, private_layout: svc.Layout, browser: Browser, tmp_path: Path,
) -> None:
    s, _token = private_wall(settings, private_layout)
    run_users_add(s, "coord", role=Role.COORDINATOR, agency=None, password=PASSWORD)
    with psycopg.connect(s.db.conninfo()) as conn:
        seed(conn, datetime.now(UTC))
    port = svc.free_port()
    url = f"http://127.0.0.1:{port}"
    env = subprocess_env(s, SOC_WEB__PORT=str(port), SOC_HEALTH__SERVICES='["ops"]', SOC_HEALTH__BEAT_EVERY_S="1",
                         SOC_OPS__POLL_INTERVAL_MS="100")
    procs: dict[str, subprocess.Popen[bytes]] = {}
    try:
        for name, argv in (("web", ("web",)), ("ops", ("ops", "run"))):
            with (tmp_path / f"{name}.log").open("ab") as fh:
                procs[name] = subprocess.Popen([sys.executable, "-m", "soc", *argv], cwd=ROOT, env=env,
                                               stdout=fh, stderr=fh)
        wait_for(lambda: _health(url) == 200, 180, "200 from /api/health with the ops center beating")
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.add_init_script("localStorage.setItem('soc.lang', 'en')")
        login(page, f"{url}/static/console.html", "coord")
        expect(page.locator("#conn-text")).to_have_text("Live", timeout=30_000)
        page.locator(f'#incidents tr[data-incident="{INC}"] td').first.click()
        box, result, message = page.locator("#dispatch-box"), page.locator("#command-result"), page.locator("#message")
        expect(box).to_be_visible(timeout=20_000)

        # The database away: what the coordinator tries is refused, and said.
        svc.pg_down(private_layout)
        try:
            _database_named(page)
            box.locator("select[name=assign-agency]").select_option("fire")
            box.locator("button[data-action=assign]").click()
            expect(message).to_have_text(UNAVAILABLE, timeout=30_000)
            expect(result).not_to_have_attribute("data-state", "done")
            page.locator("#mode-switch").click()
            page.locator("#mode-dialog textarea[name=reason]").fill("typhoon land warning")
            page.locator("#mode-confirm").click()
            expect(page.locator("#mode-dialog-error")).to_have_text(UNAVAILABLE, timeout=30_000)
            page.locator("#mode-cancel").click()
        finally:
            svc.pg_up(private_layout)
        expect(page.locator("#conn-text")).to_have_text("Live", timeout=60_000)
        assert _one(s, "SELECT count(*) FROM ops_commands") == (0,)
        assert _one(s, "SELECT count(*) FROM ops_mode_switches") == (0,)
        # The same dispatch, sent again once the database is back, is done by the same processes.
        box.locator("select[name=assign-agency]").select_option("fire")
        box.locator("button[data-action=assign]").click()
        expect(result).to_have_attribute("data-state", "done", timeout=30_000)

        # A dispatch recorded while the ops center is held, then the database away.
        os.kill(procs["ops"].pid, signal.SIGSTOP)
        try:
            box.locator("select[name=assign-agency]").select_option("traffic")
            box.locator("button[data-action=assign]").click()
            expect(result).to_have_attribute("data-state", "pending", timeout=30_000)
            svc.pg_down(private_layout)
            try:
                # The console's follow of the command meets the outage.
                with page.expect_response(lambda r: "/api/commands/" in r.url and r.status >= 500, timeout=30_000):
                    pass
                _database_named(page)
                expect(result).to_have_text("command #2 · dispatch Transportation Bureau · pending · the server"
                                            " cannot confirm it just now; still following", timeout=30_000)
            finally:
                svc.pg_up(private_layout)
        finally:
            os.kill(procs["ops"].pid, signal.SIGCONT)
        wait_for(lambda: _one(s, "SELECT state FROM ops_commands WHERE args->>'agency' = 'traffic'") == ("done",),
                 120, "the held dispatch applied once the database and the ops center are back")
        expect(result).to_have_text("command #2 · dispatch Transportation Bureau · done", timeout=30_000)
        expect(result).to_have_attribute("data-state", "done")
        expect(message).not_to_have_text(UNAVAILABLE)
        assert _one(s, "SELECT count(*) FROM ops_assignments WHERE incident_id = %s AND agency = 'traffic'",
                    INC) == (1,)
        page.close()
    finally:
        if not svc.status(private_layout)[0].running:
            svc.pg_up(private_layout)
        for proc in procs.values():
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGCONT)
        stop_processes(procs.values())
        for name in procs:
            print(f"--- {name} log ---\n" + (tmp_path / f"{name}.log").read_text(errors="replace")[-3000:])
