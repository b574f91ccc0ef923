"""A coordinator's dispatch to a withdrawn incident that nobody acknowledged in time is overdue
like any other (docs/ops_center.md, "Dispatch": "a dispatch like any other, with the
acknowledgement deadline and the escalations of any, counted down in the console and on the
wall, overdue when late"): the console's overdue box names it, most overdue first, the
console's list and the wall's board and map put its incident among the overdue ones, first,
and its card and row count it down in the alarm colour; the work the withdrawal itself kept
has no deadline and is never overdue. An outside tester found such a dispatch left out of the
box and its incident listed last, behind incidents with nothing overdue."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from playwright.sync_api import Browser, Page, expect
from psycopg.types.json import Jsonb

from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp
from tests.browser.conftest import settle
from tests.browser.test_pages import login
from tests.browser.test_wall_reading import SQL_ASSIGNMENT
from tests.browser.test_wall_withdrawn import PANEL, SQL_HISTORY, SQL_INCIDENT, SQL_MOVE, WHY, WHY_EN

LATE = "inc-wo-late"        # live Moderate flood: water's acknowledgement 10 min late, escalated twice
DISPATCHED = "inc-wo-wd"    # withdrawn panel alarm: public works dispatched since, 1 min late, escalated once
SEVERE = "inc-wo-severe"    # live Severe fire: police due in 5 min
MINOR = "inc-wo-minor"      # live Minor, the newest, every agency acknowledged
QUIET = "inc-wo-quiet"      # withdrawn Extreme panel alarm, nothing dispatched since: after them all
#: Overdue first (the live job, then the withdrawn one), then the live jobs by severity and
#: the nearest unanswered deadline, the withdrawn one with nothing due after them all.
URGENCY = [LATE, DISPATCHED, SEVERE, MINOR, QUIET]


def withdrawn(conn: psycopg.Connection, inc: str, at: datetime, sev: str, lon: float) -> None:
    """A fire panel's alarm at ``at`` taken back a minute later, as the ops center leaves it:
    quiet, the fire bureau's acknowledged assignment kept with its clock stopped (no
    deadline), environment's unacknowledged one cancelled with the reason."""
    back = at + timedelta(minutes=1)
    conn.execute(SQL_INCIDENT, {"id": inc, "type": "fire", "state": "quiet", "sev": sev, "priority": 4101,
                                "t": at, "lon": lon, "lat": 24.1760, "withdrawn": True})
    for action, when, reason, detail in (("opened", at, "", {}), ("quiet", back, "", {}),
                                         ("withdrawn", back, WHY, {"reason_en": WHY_EN, "source_id": PANEL})):
        conn.execute(SQL_HISTORY, (inc, when, action, reason, Jsonb(detail)))
    acked = at + timedelta(seconds=30)
    conn.execute(SQL_ASSIGNMENT, (inc, "fire", "acknowledged", at, acked, acked, None, 0))
    conn.execute(SQL_ASSIGNMENT, (inc, "environment", "cancelled", at, back, None, None, 0))
    conn.execute(SQL_MOVE, (inc, "environment", "assigned", "cancelled", back, "ops-center", f"withdrawn: {WHY}"))


@pytest.fixture(scope="module")
def seeded(live_app: LiveApp, db_settings: Settings, db_dsn: str) -> dict[str, str]:
    """The incidents' numbers ("#n") by id."""
    run_geo_load(db_settings)
    now = datetime.now(UTC)
    t0 = now - timedelta(minutes=30)
    with psycopg.connect(db_dsn) as conn:
        withdrawn(conn, QUIET, now - timedelta(minutes=3), "Extreme", 120.6480)
        for k, (inc, typ, sev, at) in enumerate(((LATE, "flood", "Moderate", t0),
                                                  (SEVERE, "fire", "Severe", now - timedelta(minutes=20)),
                                                  (MINOR, "traffic", "Minor", now - timedelta(minutes=5)))):
            conn.execute(SQL_INCIDENT, {"id": inc, "type": typ, "state": "open", "sev": sev, "priority": 2100,
                                        "t": at, "lon": 120.6436 + 0.003 * k, "lat": 24.1917, "withdrawn": False})
        conn.execute(SQL_ASSIGNMENT, (LATE, "water", "assigned", t0, t0, None, now - timedelta(minutes=10), 2))
        conn.execute(SQL_ASSIGNMENT, (SEVERE, "police", "assigned", t0, t0, None, now + timedelta(minutes=5), 0))
        conn.execute(SQL_ASSIGNMENT, (MINOR, "police", "acknowledged", t0, t0, t0, now + timedelta(minutes=40), 0))
        # Withdrawn 25 min ago; a coordinator dispatched public works to it 6 min ago (a caller
        # still smells smoke), its 5-minute emergency deadline passed a minute ago, escalated.
        withdrawn(conn, DISPATCHED, now - timedelta(minutes=26), "Unknown", 120.6520)
        sent = now - timedelta(minutes=6)
        conn.execute(SQL_ASSIGNMENT, (DISPATCHED, "public_works", "assigned", sent, sent, None,
                                      now - timedelta(minutes=1), 1))
        conn.execute(SQL_MOVE, (DISPATCHED, "public_works", None, "assigned", sent, "coord", "caller smells smoke"))
        rows = conn.execute("SELECT incident_id, number FROM ops_incidents").fetchall()
    return {inc: f"#{n}" for inc, n in rows}


def check_console(page: Page, lang: str, seeded: dict[str, str]) -> None:
    overdue, agency = ("逾時未確認：2 筆派工", "建設局") if lang == "zh-TW" else (
        "Overdue, not acknowledged: 2 assignments", "")
    expect(page.locator("#overdue-title")).to_have_text(overdue)
    items = page.locator("#overdue-list button.overdue-item")
    expect(items).to_have_count(2)
    # Most overdue first: the flood's 10 minutes, then the withdrawn incident's public works.
    assert items.evaluate_all("(b) => b.map((n) => [n.dataset.incident, n.dataset.agency])") == [
        [LATE, "water"], [DISPATCHED, "public_works"]], lang
    second = items.nth(1)
    expect(second).to_contain_text(seeded[DISPATCHED])
    expect(second).to_contain_text(agency)
    expect(second).to_contain_text("逾時 +" if lang == "zh-TW" else "OVERDUE +")
    rows = page.locator("#incidents tr[data-incident]")
    listed = rows.evaluate_all("(r) => r.map((n) => n.dataset.incident)")
    assert listed == URGENCY, (lang, [seeded[i] for i in listed])
    row = page.locator(f'#incidents tr[data-incident="{DISPATCHED}"]')
    expect(row).to_have_class(re.compile(r"\bwithdrawn\b"))
    # Greyed, but its late agency in the alarm colour, counted down; the fire bureau the
    # withdrawal kept still named for a coordinator, with no countdown.
    late_tag = row.locator(".tag.overdue")
    expect(late_tag).to_have_count(1)
    expect(late_tag).to_contain_text(agency)
    expect(late_tag.locator(".countdown")).to_contain_text("逾時 +" if lang == "zh-TW" else "OVERDUE +")
    assert late_tag.evaluate("(n) => getComputedStyle(n).backgroundColor") == page.locator(
        "#overdue-list button.overdue-item").first.evaluate("(n) => getComputedStyle(n).backgroundColor")
    expect(row.locator(".countdown")).to_have_count(1)
    expect(row.locator(".stand-down")).to_contain_text("消防局" if lang == "zh-TW" else "Fire")


def test_the_console_counts_a_late_dispatch_to_a_withdrawn_incident_as_overdue(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], seeded: dict[str, str],
) -> None:
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    login(page, f"{live_app.url}/static/console.html", "coord")
    expect(page.locator("#incidents tr[data-incident]")).to_have_count(len(URGENCY), timeout=20_000)
    settle(page)
    check_console(page, "zh-TW", seeded)
    page.locator("#lang").click()
    expect(page.locator("#overdue-title")).to_contain_text("Overdue")
    check_console(page, "en", seeded)
    # The filter's overdue state finds it too, and nothing hidden is overdue.
    page.locator("#incident-filter select[name=state]").select_option("overdue")
    rows = page.locator("#incidents tr[data-incident]")
    expect(rows).to_have_count(2)
    assert rows.evaluate_all("(r) => r.map((n) => n.dataset.incident)") == [LATE, DISPATCHED]
    expect(page.locator("#filter-summary")).to_contain_text("2 of 5 listed")
    expect(page.locator("#filter-summary .hidden-overdue")).to_have_count(0)
    page.locator("#lang").click()
    page.close()


@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (1366, 768)])
def test_the_wall_puts_a_late_dispatch_to_a_withdrawn_incident_among_the_overdue(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], seeded: dict[str, str], width: int, height: int,
) -> None:
    wall = browser.new_page(viewport={"width": width, "height": height})
    wall.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}")
    expect(wall.locator("#conn.connected")).to_have_count(1, timeout=20_000)
    expect(wall.locator("#map g.incident")).to_have_count(len(URGENCY), timeout=20_000)
    expect(wall.locator("#board article.card").first).to_have_attribute("data-incident", LATE, timeout=20_000)
    settle(wall)
    # The board's cards, then "+N more", in the order of urgency.
    shown = wall.locator("#board article.card .num").all_text_contents()
    more = wall.locator("#board-more").text_content() or ""
    named = more.partition("：")[2].removesuffix(" …").split()
    assert shown + named == [seeded[i] for i in URGENCY], (width, shown, more)
    # Its marker haloed, its public works badge overdue, the fire bureau's not.
    marker = wall.locator(f'#map g.incident[data-incident="{DISPATCHED}"]')
    expect(marker).to_have_class(re.compile(r"\bwithdrawn\b"))
    expect(marker).to_have_class(re.compile(r"\boverdue\b"))
    expect(marker.locator("circle.halo")).to_have_count(1)
    expect(marker.locator("rect.badge.overdue")).to_have_count(1)
    expect(marker.locator("rect.badge")).to_have_count(2)
    expect(wall.locator(f'#map g.incident[data-incident="{QUIET}"] circle.halo')).to_have_count(0)
    card = wall.locator(f'#board article.card[data-incident="{DISPATCHED}"]')
    if not card.count():
        return  # named by number in "+N more" on a screen that holds fewer cards
    expect(card).to_have_class(re.compile(r"\bwithdrawn\b"))
    expect(card).to_have_class(re.compile(r"\boverdue\b"))
    expect(card.locator(".wd-tag")).to_have_text("已撤回")
    # Public works counted down, late, in the alarm colour; the fire bureau kept, no deadline.
    late = card.locator(".assignment.overdue")
    expect(late).to_have_count(1)
    expect(late.locator(".countdown")).to_contain_text("逾時 +")
    expect(card.locator(".countdown")).to_have_count(1)
    expect(card.locator(".chip.still")).to_have_count(1)
    wall.locator("#lang").click()
    expect(card.locator(".wd-tag")).to_have_text("withdrawn")
    expect(card.locator(".assignment.overdue .countdown")).to_contain_text("OVERDUE +")
    wall.locator("#lang").click()
    wall.close()
