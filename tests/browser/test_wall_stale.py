"""The wall never says "live" over data that is not: while the database is out of reach the
websocket stays up, but the board, the agencies and ingest stop changing, so their headings
say how old their data are instead of 即時 / "live"; a process that is down (here the
correlation and dispatch engine, which never beats) takes "live" from the panels it feeds.

The database is taken out of the app's reach by refusing new connections to it and ending
the app's open ones (``ALLOW_CONNECTIONS false`` + ``pg_terminate_backend``), then given back.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp
from tests.browser.test_wall_reading import seed
from tests.fix_db import database_unreachable

LIVE = {"zh-TW": "即時", "en": "live"}


@pytest.fixture(scope="module")
def required_processes() -> tuple[str, ...]:
    """Ops is required and never runs here: its panels must not say live."""
    return ("ops",)


@pytest.fixture(scope="module")
def seeded(live_app: LiveApp, db_settings: Settings, db_dsn: str) -> None:
    run_geo_load(db_settings)
    seed(db_dsn, datetime.now(UTC))


def ages(page: Page) -> dict[str, dict[str, object]]:
    """Each panel heading's age label: its text and whether it is marked stale."""
    found: dict[str, dict[str, object]] = page.evaluate("""() => Object.fromEntries(
      [...document.querySelectorAll('section .age[data-age=live]')].map((n) => [
        n.closest('section').id || n.closest('section').className,
        { text: n.textContent, stale: n.classList.contains('stale') }]))""")
    return found


def panel(part: str) -> str:
    """The age label of the panel whose heading names ``part`` (i18n key)."""
    return f"section:has(h2 [data-i18n={part}]) .age[data-age=live]"


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
def test_a_panel_is_live_only_while_its_data_are(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], seeded: None, db_settings: Settings,
    artifacts: Path, lang: str,
) -> None:
    page = browser.new_page(viewport={"width": 1920, "height": 1080})
    page.add_init_script(f"localStorage.setItem('soc.lang', '{lang}')")
    page.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}")
    expect(page.locator("#conn.degraded")).to_have_count(1, timeout=20_000)  # ops never beat
    ingest, board, agencies = (page.locator(panel(p)) for p in ("ingest", "incidents", "agencies"))
    # Ops down: the board and the agencies are not live; ingest's data still are.
    expect(ingest).to_have_text(LIVE[lang])
    for node in (board, agencies):
        expect(node).to_have_class("age stale")
        expect(node).not_to_have_text(LIVE[lang])
        expect(node).not_to_be_empty()
    page.screenshot(path=str(artifacts / f"wall-stale-ops-{lang}.png"))

    with database_unreachable(db_settings):
        expect(page.locator("#health-parts")).to_contain_text(
            "資料庫" if lang == "zh-TW" else "database", timeout=20_000)
        # The websocket is still connected, yet no panel fed by the database says live.
        expect(page.locator("#conn.degraded")).to_have_count(1)
        for node in (ingest, board, agencies):
            expect(node).to_have_class("age stale")
            expect(node).not_to_have_text(LIVE[lang])
            expect(node).not_to_be_empty()
        found = ages(page)
        assert all(a["stale"] and a["text"] != LIVE[lang] for a in found.values()), found
        page.screenshot(path=str(artifacts / f"wall-stale-db-{lang}.png"))
    # The database back: ingest is live again, the board still waits for ops.
    expect(ingest).to_have_text(LIVE[lang], timeout=30_000)
    expect(ingest).to_have_class("age")
    expect(board).to_have_class("age stale")
    page.close()

