"""A note whose answer is lost is retried from the console and added once, through the real processes.

The real ``soc web`` and ``soc ops run`` over a private database, and a headless Chromium on
the coordinator console with an incident's detail open. The web server holds its answer to a
new command (``SOC_WEB__TEST_ANSWER_DELAY_S``, tests only) and is killed (-9) after the note
is recorded and applied but before it answers: the console is told nothing came back. It must
say the command may have been recorded and offer to retry; once a new ``soc web`` answers on
the same address, the retry must show the note as the server knows it (command #1, done) and
the incident must hold one note, not two.
"""

from __future__ import annotations

import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest
from playwright.sync_api import Browser, expect

from common.settings import Settings
from tests.api.conftest import PASSWORD
from tests.browser.test_console_commands import INC, seed
from tests.browser.test_pages import login
from tests.fix_services import ROOT, stop_processes, subprocess_env
from tests.integration.ops_center.ops_helpers import wait_for
from tests.security.conftest import WebProcess, start_web, stop_web
from web.cli import run_users_add
from web.security import Role

pytestmark = [pytest.mark.integration, pytest.mark.slow]

NOTE = "北屯路積水，改道至文心路"


def _one(dsn: str, sql: str, *args: object) -> tuple[object, ...] | None:
    with psycopg.connect(dsn, autocommit=True) as conn:
        return conn.execute(sql, args).fetchone()


@pytest.fixture
def ops(db_settings: Settings, tmp_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    """``soc ops run`` over the module's database."""
    env = subprocess_env(db_settings, SOC_OPS__POLL_INTERVAL_MS="100")
    with (tmp_path / "ops.log").open("ab") as fh:
        proc = subprocess.Popen([sys.executable, "-m", "soc", "ops", "run"], cwd=ROOT, env=env,
                                stdout=fh, stderr=fh)
    try:
        yield proc
    finally:
        stop_processes([proc])
        print("--- ops log ---\n" + (tmp_path / "ops.log").read_text(errors="replace")[-3000:])


def test_a_note_whose_answer_was_lost_is_retried_and_added_once(
    db_settings: Settings, db_dsn: str, browser: Browser, tmp_path: Path, ops: subprocess.Popen[bytes],
) -> None:
    run_users_add(db_settings, "coord", role=Role.COORDINATOR, agency=None, password=PASSWORD)
    with psycopg.connect(db_dsn) as conn:
        seed(conn, datetime.now(UTC))
    webs: list[WebProcess] = [start_web(db_settings, tmp_path / "web-1.log", SOC_HEALTH__SERVICES="[]",
                                        SOC_WEB__TEST_ANSWER_DELAY_S="30")]
    try:
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.add_init_script("localStorage.setItem('soc.lang', 'en')")
        login(page, f"{webs[0].url}/static/console.html", "coord")
        expect(page.locator("#conn-text")).to_have_text("Live", timeout=30_000)
        page.locator(f'#incidents tr[data-incident="{INC}"] td').first.click()
        box, result = page.locator("#dispatch-box"), page.locator("#command-result")
        expect(box).to_be_visible(timeout=20_000)

        box.locator("input[name=note-text]").fill(NOTE)
        box.locator("button[data-action=note]").click()
        # Recorded and applied; the server still holds its answer. Killed now, it never answers.
        wait_for(lambda: _one(db_dsn, "SELECT state FROM ops_commands WHERE kind = 'note'") == ("done",),
                 120, "the note recorded and applied by the ops center")
        webs[0].proc.send_signal(signal.SIGKILL)
        webs[0].proc.wait(30)
        expect(page.locator("#message")).to_contain_text("Cannot reach the server", timeout=30_000)
        expect(result).to_have_attribute("data-state", "unanswered")
        expect(result).to_contain_text("it may have been recorded")
        retry = result.locator("button[data-action=retry]")
        expect(retry).to_be_visible()

        webs.append(start_web(db_settings, tmp_path / "web-2.log", port=webs[0].port, SOC_HEALTH__SERVICES="[]"))
        retry.click()
        expect(result).to_have_text("command #1 · note added · done", timeout=30_000)
        expect(result).to_have_attribute("data-state", "done")
        assert _one(db_dsn, "SELECT count(*) FROM ops_commands WHERE kind = 'note'") == (1,)
        assert _one(db_dsn, "SELECT count(*) FROM audit_log WHERE action = 'incident.note'") == (1,)
        # What the retry's done step forgets: the note typed for it, so a second click sends nothing.
        expect(box.locator("input[name=note-text]")).to_have_value("")
        page.close()
    finally:
        for web in webs:
            stop_web(web)
        for web in webs:
            print(f"--- {web.log_path.name} ---\n" + web.log()[-3000:])
