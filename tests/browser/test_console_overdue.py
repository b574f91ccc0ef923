"""A typhoon night on the coordinator console: 200 open incidents, 34 assignments past their
deadline that no agency has acknowledged. The console names them at the top of the list,
most overdue first, counts them, and opens any of them (or any incident of the list) from
the keyboard alone, with its detail in sight however far the list was scrolled; an
acknowledged assignment past its arrival deadline is not among them.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from playwright.sync_api import Browser, Page, expect

from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp
from tests.browser.test_pages import login
from tests.browser.test_wall_reading import SQL_ASSIGNMENT, SQL_INCIDENT

N_INCIDENTS = 200
TYPES = ("flood", "fire", "traffic", "crowd")


def overdue_unacked(i: int) -> bool:
    return i % 6 == 0


@pytest.fixture(scope="module")
def numbers(live_app: LiveApp, db_settings: Settings, db_dsn: str) -> dict[str, int]:
    """Seed the night; the incidents' short numbers by id."""
    run_geo_load(db_settings)
    now = datetime.now(UTC)
    with psycopg.connect(db_dsn) as conn:
        for i in range(N_INCIDENTS):
            inc = f"inc-night-{i:03d}"
            conn.execute(SQL_INCIDENT, {"id": inc, "type": TYPES[i % 4], "sev": "Moderate",
                                        "lon": 120.640 + (i % 20) * 0.001, "lat": 24.175 + (i // 20) * 0.001,
                                        "t": now - timedelta(minutes=300 - i)})
            t0 = now - timedelta(minutes=300)
            # Acknowledged, past its arrival deadline: chased elsewhere, not an overdue acknowledgement.
            conn.execute(SQL_ASSIGNMENT, (inc, "water", "acknowledged", t0, t0, t0, now - timedelta(minutes=5), 1))
            if overdue_unacked(i):
                conn.execute(SQL_ASSIGNMENT, (inc, "police", "assigned", t0, t0, None,
                                              now - timedelta(minutes=i + 1), 1))
            elif i % 6 == 3:
                conn.execute(SQL_ASSIGNMENT, (inc, "fire", "assigned", t0, t0, None, now + timedelta(hours=2), 0))
        rows = conn.execute("SELECT incident_id, number FROM ops_incidents WHERE incident_id LIKE 'inc-night-%'")
        return {r[0]: r[1] for r in rows}


def focused(page: Page) -> dict[str, str | None]:
    found: dict[str, str | None] = page.evaluate("""() => { const a = document.activeElement;
      return { id: a.id, incident: a.dataset ? a.dataset.incident || null : null, cls: a.className }; }""")
    return found


def detail_in_sight(page: Page) -> bool:
    # within a pixel: a scroll lands on whole pixels while the layout keeps fractions of one
    inside: bool = page.evaluate("""() => { const r = document.getElementById('detail-title').getBoundingClientRect();
      return r.top > -1 && r.bottom < innerHeight + 1 && r.height > 0; }""")
    return inside


def test_overdue_acknowledgements_are_found_at_a_glance_and_opened_by_keyboard(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], numbers: dict[str, int], artifacts: Path,
) -> None:
    expected = [f"inc-night-{i:03d}" for i in reversed(range(N_INCIDENTS)) if overdue_unacked(i)]
    assert len(expected) == 34
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    login(page, f"{live_app.url}/static/console.html", "coord")
    expect(page.locator("#incidents tr[data-incident]")).to_have_count(N_INCIDENTS, timeout=30_000)
    title = page.locator("#overdue-title")
    expect(title).to_have_text("逾時未確認：34 筆派工")
    expect(title).to_be_in_viewport()
    items = page.locator("#overdue-list button.overdue-item")
    expect(items).to_have_count(34)
    # Most overdue first; each names its incident's number, the agency and how late it is.
    assert items.evaluate_all("(b) => b.map((n) => n.dataset.incident)") == expected
    first = items.first
    expect(first).to_contain_text(f"#{numbers[expected[0]]}")
    expect(first).to_contain_text("警察局")
    expect(first).to_contain_text("逾時 +")
    assert set(items.evaluate_all("(b) => b.map((n) => n.dataset.agency)")) == {"police"}
    page.screenshot(path=str(artifacts / "console-overdue-1366x768.png"))

    # Keyboard only: a few Tabs from the top reach the most overdue, Enter opens it.
    page.evaluate("() => { document.activeElement.blur(); window.scrollTo(0, 0); }")
    for _ in range(12):
        page.keyboard.press("Tab")
        if focused(page)["incident"] == expected[0]:
            break
    assert focused(page)["incident"] == expected[0], f"Tab never reached the first overdue item: {focused(page)}"
    page.keyboard.press("Enter")
    expect(page.locator("#detail-title")).to_contain_text(f"#{numbers[expected[0]]}", timeout=20_000)
    expect(page.locator("#detail-title")).to_be_focused(timeout=20_000)
    assert detail_in_sight(page)

    # An incident far down the list: its number is a button; Enter opens its detail, in sight.
    far = "inc-night-001"
    opener = page.locator(f'#incidents tr[data-incident="{far}"] button.num-open')
    opener.focus()
    page.keyboard.press("Enter")
    expect(page.locator("#detail-title")).to_contain_text(f"#{numbers[far]}", timeout=20_000)
    expect(page.locator("#detail-title")).to_be_focused(timeout=20_000)
    assert page.evaluate("() => scrollY") > 2000, "the far incident's row was not far down the page"
    assert detail_in_sight(page)
    page.screenshot(path=str(artifacts / "console-overdue-far-1366x768.png"))

    page.locator("#lang").click()
    expect(title).to_have_text("Overdue, not acknowledged: 34 assignments")
    expect(first).to_contain_text("Police")
    expect(first).to_contain_text("OVERDUE +")
    page.locator("#lang").click()  # leave the page language as found for other tests
    page.close()
