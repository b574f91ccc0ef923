"""The console's closed-incident search on a long night: more closed incidents match than
one answer carries (the API's page), and the coordinator reaches every one of them, each
once, instead of a list cut off without a word."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from playwright.sync_api import Browser, Page, expect

from tests.api.conftest import LiveApp
from tests.browser.test_pages import login

#: More than the console's page of 200, two of them alike in priority and opening time.
COUNT = 205
T0 = datetime.now(UTC).replace(microsecond=0) - timedelta(days=1)
IDS = [f"inc-hpage-{n:03d}" for n in range(1, COUNT + 1)]


def seed(conn: psycopg.Connection) -> None:
    """Closed floods, one a minute, the last two opened in the same second."""
    for n, inc in enumerate(IDS):
        t = T0 + timedelta(minutes=min(n, COUNT - 2))
        conn.execute(
            "INSERT INTO ops_incidents (incident_id, type, state, severity, priority, agencies,"
            " member_count, first_evidence_at, last_evidence_at, opened_at, updated_at, centroid,"
            " closed_by, close_reason) VALUES (%s, 'flood', 'closed', 'Moderate', 2000,"
            " ARRAY['disaster'], 1, %s, %s, %s, %s, ST_SetSRID(ST_MakePoint(120.6436, 24.1917), 4326),"
            " 'coord', '積水退去')", (inc, t, t, t, t + timedelta(minutes=30)))


@pytest.fixture(scope="module")
def page(browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_dsn: str) -> Iterator[Page]:
    """The console signed in as the coordinator at 1366x768."""
    with psycopg.connect(db_dsn) as conn:
        seed(conn)
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    p = context.new_page()
    login(p, f"{live_app.url}/static/console.html", "coord")
    expect(p.locator("#history-form")).to_be_visible(timeout=20_000)
    yield p
    context.close()


def shown(page: Page) -> list[str]:
    return page.locator("#history tr[data-incident]").evaluate_all(
        "rows => rows.map((r) => r.dataset.incident)")


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
def test_every_matching_closed_incident_is_reached_once(page: Page, lang: str) -> None:
    page.evaluate("(lang) => SOC.setLang(lang)", lang)
    form = page.locator("#history-form")
    form.locator("button[type=submit]").click()
    rows = page.locator("#history tr[data-incident]")
    expect(rows).to_have_count(200, timeout=20_000)
    more = page.locator("#history-more")
    # The list says there is more, and how to reach it, in the page's language.
    expect(more).to_be_visible()
    expect(more).to_have_text("顯示更多（已列出 200 筆）" if lang == "zh-TW" else "Show more (200 listed)")
    more.click()
    expect(rows).to_have_count(COUNT, timeout=20_000)
    expect(more).to_have_count(0)
    got = shown(page)
    assert len(got) == len(set(got)), "an incident is listed twice"
    assert sorted(got) == IDS
    # A new search starts the list again.
    form.locator("button[type=submit]").click()
    expect(rows).to_have_count(200, timeout=20_000)
    expect(more).to_be_visible()
