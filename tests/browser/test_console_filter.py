"""Finding one incident among a typhoon night's: the console's open-incident list narrowed by
number, words (place, type, agency), type, agency and state, kept in the wall's order of
urgency, live as incidents come and go, saying how many it hides and how many of those are
overdue, from the keyboard, in both languages (a typhoon night holds some 257 open incidents,
about 1,000 lines, too many for the browser's Ctrl-F)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from playwright.sync_api import Browser, Page, expect

from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp
from tests.browser.test_pages import login
from tests.browser.test_wall_reading import SQL_ASSIGNMENT, SQL_INCIDENT

N = 80
TYPES = ("flood", "fire", "traffic", "crowd")


def kind(i: int) -> str:
    return TYPES[i % 4]


def overdue(i: int) -> bool:
    """A flood whose water bureau missed its deadline to acknowledge."""
    return i % 20 == 0


def seed_one(
    conn: psycopg.Connection[tuple[object, ...]], inc: str, typ: str, i: int, now: datetime, late: bool
) -> None:
    conn.execute(
        SQL_INCIDENT,
        {
            "id": inc,
            "type": typ,
            "sev": "Moderate",
            "lon": 120.638 + (i % 10) * 0.002,
            "lat": 24.172 + (i // 10) * 0.002,
            "t": now - timedelta(minutes=200 - i),
        },
    )
    t0 = now - timedelta(minutes=200)
    agency, st, acked, due = {
        "flood": ("water", "assigned", None, now - timedelta(minutes=3) if late else now + timedelta(hours=2)),
        "fire": ("fire", "assigned", None, now + timedelta(hours=2)),
        "traffic": ("police", "acknowledged", t0, now + timedelta(hours=3)),
        "crowd": ("police", "assigned", None, now + timedelta(hours=1)),
    }[typ]
    conn.execute(SQL_ASSIGNMENT, (inc, agency, st, t0, t0, acked, due, 0))


@pytest.fixture(scope="module")
def numbers(live_app: LiveApp, db_settings: Settings, db_dsn: str) -> dict[str, int]:
    run_geo_load(db_settings)
    now = datetime.now(UTC)
    with psycopg.connect(db_dsn) as conn:
        for i in range(N):
            seed_one(conn, f"inc-f-{i:03d}", kind(i), i, now, overdue(i))
        rows = conn.execute("SELECT incident_id, number FROM ops_incidents").fetchall()
    return {r[0]: r[1] for r in rows}


def listed(page: Page) -> list[str]:
    found: list[str] = page.locator("#incidents tr[data-incident]").evaluate_all(
        "(rows) => rows.map((r) => r.dataset.incident)"
    )
    return found


def test_a_coordinator_narrows_the_open_incidents_and_is_told_what_the_filter_hides(
    browser: Browser,
    live_app: LiveApp,
    accounts: dict[str, str],
    numbers: dict[str, int],
    db_dsn: str,
) -> None:
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    login(page, f"{live_app.url}/static/console.html", "coord")
    rows = page.locator("#incidents tr[data-incident]")
    expect(rows).to_have_count(N, timeout=30_000)
    whole = listed(page)
    search = page.locator("#incident-filter input[name=q]")
    summary = page.locator("#filter-summary")
    expect(search).to_be_in_viewport()
    expect(summary).to_be_hidden()

    # "Jump to #N": one incident left, Enter opens it; the four overdue floods are said hidden.
    target = "inc-f-005"
    search.fill(f"#{numbers[target]}")
    expect(rows).to_have_count(1)
    assert listed(page) == [target]
    expect(summary).to_have_text(f"篩選中：列出 1 件，共 {N} 件，{N - 1} 件未列出（未列出的有 4 件逾時）")
    expect(page.locator("#overdue-list button.overdue-item")).to_have_count(4)  # the overdue box stays whole
    search.press("Enter")
    expect(page.locator("#detail-title")).to_contain_text(f"#{numbers[target]}", timeout=20_000)
    # Escape in the box clears it: the whole list again.
    search.focus()
    search.press("Escape")
    expect(rows).to_have_count(N)
    expect(summary).to_be_hidden()

    # By type: the fires only, in the list's own order of urgency.
    form = page.locator("#incident-filter")
    form.locator("select[name=type]").select_option("fire")
    fires = [x for x in whole if kind(int(x[-3:])) == "fire"]
    expect(rows).to_have_count(len(fires))
    assert listed(page) == fires
    # By agency and state: the water bureau's overdue work.
    form.locator("select[name=type]").select_option("")
    form.locator("select[name=agency]").select_option("water")
    form.locator("select[name=state]").select_option("overdue")
    late = [x for x in whole if overdue(int(x[-3:]))]
    expect(rows).to_have_count(4)
    assert listed(page) == late
    # Not acknowledged: fires, crowds and floods wait for an answer; the traffic jobs do not.
    form.locator("select[name=agency]").select_option("")
    form.locator("select[name=state]").select_option("unacked")
    expect(rows).to_have_count(N - N // 4)
    assert all(kind(int(x[-3:])) != "traffic" for x in listed(page))
    page.locator("#filter-clear").click()
    expect(rows).to_have_count(N)

    # Words: an agency's name in either language, and a place as the list writes it.
    search.fill("消防")
    expect(rows).to_have_count(len(fires))
    search.fill("fire bureau")
    expect(rows).to_have_count(len(fires))
    search.fill("")
    place = page.locator(f'#incidents tr[data-incident="{whole[-1]}"] td').nth(3).inner_text().split(" · ")[0]
    assert place, "the seeded incidents have a place"
    search.fill(place)
    expect(rows.first).to_be_visible()
    assert 0 < rows.count() <= N
    assert all(place in t for t in rows.evaluate_all("(r) => r.map((x) => x.children[3].textContent)"))

    # Live under a filter: a new fire is listed, a new overdue flood counted among the hidden.
    search.fill("")
    form.locator("select[name=type]").select_option("fire")
    expect(rows).to_have_count(len(fires))
    now = datetime.now(UTC)
    with psycopg.connect(db_dsn) as conn:
        seed_one(conn, "inc-f-new-fire", "fire", N, now, False)
        seed_one(conn, "inc-f-new-flood", "flood", N + 1, now, True)
    expect(rows).to_have_count(len(fires) + 1, timeout=20_000)
    expect(summary).to_have_text(
        f"篩選中：列出 {len(fires) + 1} 件，共 {N + 2} 件，{N + 1 - len(fires)} 件未列出（未列出的有 5 件逾時）",
        timeout=20_000,
    )

    # English: the same filter, its words and choices in English.
    page.locator("#lang").click()
    expect(summary).to_have_text(
        f"Filtered: {len(fires) + 1} of {N + 2} listed, {N + 1 - len(fires)} not listed (5 of those not listed overdue)"
    )
    expect(form.locator("select[name=type] option:checked")).to_have_text("Fire")
    expect(page.locator("#filter-clear")).to_have_text("Clear filter")
    form.locator("select[name=type]").select_option("traffic")
    search.fill("police")
    expect(rows).to_have_count(N // 4)
    search.fill("nothing-like-this")
    expect(page.locator("#incidents td.empty")).to_have_text(f"No incident matches the filter ({N + 2} open)")

    # Keyboard: "/" from anywhere on the page goes to the search box.
    page.locator("#filter-clear").click()
    page.evaluate("() => document.activeElement.blur()")
    page.keyboard.press("/")
    expect(search).to_be_focused()
    page.locator("#lang").click()  # leave the language as found
    page.close()
