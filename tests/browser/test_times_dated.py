"""Times on a night shift that spans midnight: a time that is not today in Taipei carries its
date (zh-TW "12/04 23:50", English "4 Dec 23:50"), today's is the time alone, and each has the
full Taipei timestamp on hover and for screen readers, on the wall's cards and the console's
incident list, whatever time zone the browser's computer is set to."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import psycopg
import pytest
from playwright.sync_api import Browser, Locator, expect

from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp
from tests.browser.test_pages import login
from tests.browser.test_wall_reading import SQL_ASSIGNMENT, SQL_INCIDENT

TAIPEI = ZoneInfo("Asia/Taipei")
OLD, NEW = "inc-dated-old", "inc-dated-new"
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@pytest.fixture(scope="module")
def opened(live_app: LiveApp, db_settings: Settings, db_dsn: str) -> dict[str, datetime]:
    """One incident opened 26 hours ago (another Taipei day), one a minute ago."""
    run_geo_load(db_settings)
    now = datetime.now(UTC).replace(microsecond=0)
    when = {OLD: now - timedelta(hours=26), NEW: now - timedelta(minutes=1)}
    with psycopg.connect(db_dsn) as conn:
        for inc, lon in ((OLD, 120.650), (NEW, 120.656)):
            conn.execute(SQL_INCIDENT, {"id": inc, "type": "flood", "sev": "Severe", "lon": lon, "lat": 24.185,
                                        "t": when[inc]})
            conn.execute(SQL_ASSIGNMENT, (inc, "water", "acknowledged", now, now, now, now + timedelta(hours=1), 0))
    return when


def expected(at: datetime, lang: str) -> str:
    """What the page shows: the time alone today (in Taipei), else with its date."""
    local, today = at.astimezone(TAIPEI), datetime.now(TAIPEI).date()
    hm = local.strftime("%H:%M")
    if local.date() == today:
        return hm
    return f"{local:%m/%d} {hm}" if lang == "zh-TW" else f"{local.day} {MONTHS[local.month - 1]} {hm}"


def check_time(cell: Locator, at: datetime, lang: str) -> None:
    """The cell reads the expected time; its <time> holds the full timestamp and the instant."""
    local = at.astimezone(TAIPEI)
    expect(cell).to_contain_text(expected(at, lang))
    node = cell.locator("time")
    expect(node).to_have_text(expected(at, lang))
    # The full timestamp on hover and for screen readers: year, date and seconds.
    for attr in ("title", "aria-label"):
        full = node.get_attribute(attr) or ""
        assert str(local.year) in full, f"{attr}: {full!r}"
        assert local.strftime("%H:%M:%S") in full, f"{attr}: {full!r}"
        assert str(local.day) in full, f"{attr}: {full!r}"
    stamp = node.get_attribute("datetime") or ""
    assert datetime.fromisoformat(stamp.replace("Z", "+00:00")) == at, stamp


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
def test_the_walls_cards_date_a_time_that_is_not_today(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], opened: dict[str, datetime], lang: str,
) -> None:
    # A browser whose computer keeps another zone: Taipei's day still decides.
    context = browser.new_context(viewport={"width": 1920, "height": 1080}, timezone_id="America/Los_Angeles")
    page = context.new_page()
    page.add_init_script(f"localStorage.setItem('soc.lang', '{lang}')")
    page.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}")
    for inc, at in opened.items():
        cell = page.locator(f'#board article[data-incident="{inc}"] .since')
        expect(cell).to_be_visible(timeout=20_000)
        check_time(cell, at, lang)
        # Each language's own order: 「23:50 起」, "since 23:50" (not "23:50 since").
        expect(cell).to_have_text(re.compile(r"^since \S" if lang == "en" else r"\d 起$"))
    context.close()


def test_the_consoles_list_dates_a_time_that_is_not_today(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], opened: dict[str, datetime],
) -> None:
    context = browser.new_context(viewport={"width": 1366, "height": 768}, timezone_id="UTC")
    page = context.new_page()
    page.add_init_script("localStorage.setItem('soc.lang', 'zh-TW')")
    login(page, f"{live_app.url}/static/console.html", "coord")
    for inc, at in opened.items():
        cell = page.locator(f'#incidents tr[data-incident="{inc}"] td:nth-child(2)')
        expect(cell).to_be_visible(timeout=20_000)
        check_time(cell, at, "zh-TW")
    page.locator("#lang").click()
    check_time(page.locator(f'#incidents tr[data-incident="{OLD}"] td:nth-child(2)'), opened[OLD], "en")
    context.close()
