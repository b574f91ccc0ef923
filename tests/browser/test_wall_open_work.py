"""The wall on a night with more open incidents than its feed carries (300, ``web/wall/topics.py``,
``INCIDENTS_MOST``): the board's "+N more" counts every open incident not drawn out of the true
total, and the agencies panel counts every open assignment (open, acknowledged, overdue), at
1920x1080 in a real headless Chromium."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from playwright.sync_api import Browser, expect

from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp
from tests.browser.conftest import settle
from tests.browser.test_wall_reading import SQL_ASSIGNMENT, SQL_INCIDENT

N_OPEN = 332
#: Police on every incident: every third acknowledged, of the others every fifth past its deadline.
ACKED = sum(1 for i in range(N_OPEN) if i % 3 == 0)
OVERDUE = sum(1 for i in range(N_OPEN) if i % 3 and i % 5 == 0)


@pytest.fixture(scope="module")
def seeded(live_app: LiveApp, db_settings: Settings, db_dsn: str) -> None:
    run_geo_load(db_settings)
    now = datetime.now(UTC)
    t0 = now - timedelta(minutes=30)
    with psycopg.connect(db_dsn) as conn:
        for i in range(N_OPEN):
            inc = f"inc-beyond-{i:03d}"
            conn.execute(SQL_INCIDENT, {"id": inc, "type": "flood", "sev": "Moderate",
                                        "lon": 120.640 + (i % 20) * 0.0015, "lat": 24.172 + (i // 20) * 0.0015,
                                        "t": now - timedelta(minutes=400 - i)})
            if i % 3 == 0:
                conn.execute(SQL_ASSIGNMENT, (inc, "police", "acknowledged", t0, t0, t0, now + timedelta(hours=2), 0))
            else:
                conn.execute(SQL_ASSIGNMENT, (inc, "police", "assigned", t0, t0, None,
                                              now + timedelta(hours=-1 if i % 5 == 0 else 2), 0))


#: The "+N more" line's head in each language, with the count not drawn and the total.
HEAD = {"zh-TW": ("另有 {n} 件（共 {total} 件進行中）", "："), "en": ("{n} more of {total} open", ": ")}


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
def test_the_wall_counts_every_open_incident_past_its_feed(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], seeded: None, artifacts: Path,
    lang: str,
) -> None:
    page = browser.new_page(viewport={"width": 1920, "height": 1080})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}&lang={lang}")
    expect(page.locator("#board-more")).to_contain_text(str(N_OPEN), timeout=60_000)
    police = page.locator("#agencies tr[data-agency=police] td")
    expect(police.nth(1)).to_have_text(str(N_OPEN), timeout=30_000)
    settle(page)
    cards = page.locator("#board .card").count()
    assert cards >= 1
    more = page.locator("#board-more").text_content() or ""
    page.screenshot(path=str(artifacts / f"wall-open-work-1920x1080-{lang}.png"))
    # Every open incident not on the board, out of all of them; the numbers end in "…" (those
    # past the feed are not named).
    form, colon = HEAD[lang]
    head, _, nums = more.partition(colon)
    assert head == form.format(n=N_OPEN - cards, total=N_OPEN), more
    assert nums.endswith(" …"), more
    # The agencies panel: every open assignment, acknowledged, overdue.
    assert police.nth(2).text_content().startswith(f"{ACKED}/{N_OPEN}")  # type: ignore[union-attr]
    expect(police.nth(3)).to_have_text(str(OVERDUE))
    assert errors == []
    page.close()
