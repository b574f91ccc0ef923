"""A withdrawn incident (its only alarm taken back by its own device: docs/ops_center.md) on
the wall and the console: drawn apart from the live jobs, after them, greyed, labelled
已撤回 / withdrawn with why (the panel back to normal, its own words), with no agency to
send and no deadline counted down; the console still opens it."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

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

LIVE = "inc-wd-live"
WITHDRAWN = "inc-wd-panel"
PANEL = "SN-FA-006"  # a registered panel: 臺中流行影音中心 火警受信總機
#: The reason as the ops center stores it (ops_center.incidents.device_words): the device by its
#: registry name and place, not its id (tests/browser/test_withdrawn_device_words.py).
WHY = "臺中流行影音中心 火警受信總機（中科路）：復歸（誤報，探測器有蟲）"
WHY_EN = "Taichung Pop Music Center fire panel (Zhongke Rd.): Back to normal (誤報，探測器有蟲)"
NAMED = WHY

SQL_INCIDENT = """
INSERT INTO ops_incidents (incident_id, type, state, severity, priority, agencies, member_count,
    first_evidence_at, last_evidence_at, opened_at, updated_at, centroid, withdrawn)
VALUES (%(id)s, %(type)s, %(state)s, %(sev)s, %(priority)s, ARRAY['disaster'], 1, %(t)s, %(t)s, %(t)s, %(t)s,
    ST_SetSRID(ST_MakePoint(%(lon)s, %(lat)s), 4326), %(withdrawn)s)
"""
SQL_HISTORY = """
INSERT INTO ops_incident_history (incident_id, at, actor, action, reason, detail)
VALUES (%s, %s, 'ops-center', %s, %s, %s)
"""
SQL_MOVE = """
INSERT INTO ops_assignment_transitions (incident_id, agency, from_state, to_state, at, actor, reason, channel)
VALUES (%s, %s, %s, %s, %s, %s, %s, 'service')
"""


def seed(dsn: str, now: datetime) -> None:
    """A live flood (water assigned, due in 10 min; police acknowledged) opened 20 min ago, and
    a fire panel's alarm opened 3 min ago, Extreme (first by severity and time among live
    jobs), withdrawn a minute later as the ops center leaves it: quiet, the two assignments
    nobody acknowledged cancelled with the reason, the fire bureau's, acknowledged before the
    reset, left for a coordinator to stand down, its history saying why."""
    opened, back = now - timedelta(minutes=3), now - timedelta(minutes=2)
    with psycopg.connect(dsn) as conn:
        conn.execute(SQL_INCIDENT, {"id": LIVE, "type": "flood", "state": "open", "sev": "Moderate", "priority": 2100,
                                    "t": now - timedelta(minutes=20), "lon": 120.6436, "lat": 24.1917,
                                    "withdrawn": False})
        t0 = now - timedelta(minutes=20)
        conn.execute(SQL_ASSIGNMENT, (LIVE, "water", "assigned", t0, t0, None, now + timedelta(minutes=10), 0))
        conn.execute(SQL_ASSIGNMENT, (LIVE, "police", "acknowledged", t0, t0, t0, now + timedelta(minutes=40), 0))
        conn.execute(SQL_INCIDENT, {"id": WITHDRAWN, "type": "fire", "state": "quiet", "sev": "Extreme",
                                    "priority": 4101, "t": opened, "lon": 120.6480, "lat": 24.1760,
                                    "withdrawn": True})
        for action, at, reason, detail in (("opened", opened, "", {}), ("quiet", back, "", {}),
                                           ("withdrawn", back, WHY, {"reason_en": WHY_EN, "source_id": PANEL})):
            conn.execute(SQL_HISTORY, (WITHDRAWN, at, action, reason, Jsonb(detail)))
        acked = opened + timedelta(seconds=30)
        # Its clock stopped by the withdrawal: no deadline (docs/ops_center.md, "Dispatch").
        conn.execute(SQL_ASSIGNMENT, (WITHDRAWN, "fire", "acknowledged", opened, acked, acked, None, 0))
        conn.execute(SQL_MOVE, (WITHDRAWN, "fire", None, "assigned", opened, "dispatcher", "route fire"))
        conn.execute(SQL_MOVE, (WITHDRAWN, "fire", "assigned", "acknowledged", acked, "fire", ""))
        for agency in ("police", "environment"):
            conn.execute(SQL_ASSIGNMENT, (WITHDRAWN, agency, "cancelled", opened, back, None, None, 0))
            conn.execute(SQL_MOVE, (WITHDRAWN, agency, None, "assigned", opened, "dispatcher", "route fire"))
            conn.execute(SQL_MOVE, (WITHDRAWN, agency, "assigned", "cancelled", back, "ops-center",
                                    f"withdrawn: {WHY}"))


def open_wall(browser: Browser, live_app: LiveApp, token: str, width: int, height: int) -> Page:
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(f"{live_app.url}/static/wall.html#token={token}")
    expect(page.locator("#conn.connected")).to_have_count(1, timeout=20_000)
    expect(page.locator("#map g.incident")).to_have_count(2, timeout=20_000)
    expect(page.locator("#board article.card").first).to_have_attribute("data-incident", LIVE, timeout=20_000)
    return page


def check_wall(page: Page, lang: str, *, card_shown: bool) -> None:
    """The withdrawn incident after the live one (on a small screen, ``card_shown`` False,
    the board may name it below by number instead of its card), greyed and labelled with why on its card, and
    on the map."""
    words, why = ("已撤回", WHY) if lang == "zh-TW" else ("withdrawn", WHY_EN)
    cards = page.locator("#board article.card")
    # Apart: the live job first, the withdrawn one after it, though it is newer and Extreme.
    expect(cards.first).to_have_attribute("data-incident", LIVE)
    marker = page.locator(f'#map g.incident[data-incident="{WITHDRAWN}"]')
    expect(marker).to_have_class(re.compile(r"\bwithdrawn\b"))
    expect(marker.locator("circle.halo")).to_have_count(0)
    # Its one agency badge: the fire bureau, still on its way until a coordinator stands it down.
    expect(marker.locator("rect.badge")).to_have_count(1)
    expect(page.locator(f'#map g.incident[data-incident="{LIVE}"] rect.badge')).to_have_count(2)
    # Laid out after the live one: the live one's marker is drawn over it (drawn last).
    order = page.evaluate("() => [...document.querySelectorAll('#map g.incident')].map((g) => g.dataset.incident)")
    assert order == [WITHDRAWN, LIVE], (lang, order)
    settle(page)
    if not card_shown and cards.count() < 2:
        expect(page.locator("#board-more")).to_contain_text("#2")
        return
    expect(cards).to_have_count(2)
    card = cards.nth(1)
    expect(card).to_have_class(re.compile(r"\bwithdrawn\b"))
    expect(card.locator(".wd-tag")).to_have_text(words)
    expect(card.locator(".withdrawn-why")).to_contain_text(why)
    # Greyed: no severity colour on its edge, no urgency: nothing due, no agency to send.
    edge = card.evaluate("(n) => getComputedStyle(n).borderLeftColor")
    live_edge = cards.nth(0).evaluate("(n) => getComputedStyle(n).borderLeftColor")
    assert edge != live_edge, (edge, live_edge)
    expect(card.locator(".countdown, .chip.pending, .chip.overdue, .assignment, .sev")).to_have_count(0)
    expect(cards.nth(0).locator(".countdown")).not_to_have_count(0)


@pytest.fixture(scope="module")
def seeded(live_app: LiveApp, db_settings: Settings, db_dsn: str) -> None:
    """The zone and the live and the withdrawn incidents, for every test of the module."""
    run_geo_load(db_settings)
    seed(db_dsn, datetime.now(UTC))


def test_the_wall_draws_a_withdrawn_incident_apart_greyed_and_labelled(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], seeded: None, artifacts: Path,
) -> None:
    for width, height in ((1920, 1080), (1366, 768)):
        page = open_wall(browser, live_app, accounts["wall1"], width, height)
        check_wall(page, "zh-TW", card_shown=width == 1920)
        page.screenshot(path=str(artifacts / f"wall-withdrawn-{width}.png"))
        page.locator("#lang").click()
        expect(page.locator("#mode")).to_have_text("Peacetime")
        check_wall(page, "en", card_shown=width == 1920)
        page.locator("#lang").click()
        page.close()


def test_the_console_lists_a_withdrawn_incident_after_the_live_ones_and_still_opens_it(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], seeded: None, artifacts: Path,
) -> None:
    page = browser.new_page(viewport={"width": 1920, "height": 1080})
    login(page, f"{live_app.url}/static/console.html", "coord")
    rows = page.locator("#incidents tr[data-incident]")
    expect(rows).to_have_count(2, timeout=20_000)
    assert [rows.nth(i).get_attribute("data-incident") for i in range(2)] == [LIVE, WITHDRAWN]
    row = rows.nth(1)
    expect(row).to_have_class(re.compile(r"\bwithdrawn\b"))
    expect(row.locator(".inc-state")).to_contain_text("已撤回")
    expect(row.locator(".inc-state")).to_contain_text(NAMED)
    # The fire bureau acknowledged before the panel's reset: on its way until a coordinator
    # decides, said on the row; no deadline counted down (the withdrawal stopped its clock).
    expect(row.locator(".stand-down")).to_contain_text("待協調員確認：消防局已確認出勤")
    expect(row.locator(".countdown")).to_have_count(0)
    expect(rows.nth(0).locator(".countdown")).not_to_have_count(0)
    # Still opened by a click: the detail says it is withdrawn and why, and its timeline in words.
    row.locator("td").nth(2).click()
    expect(row).to_have_class(re.compile(r"\bselected\b"))
    expect(page.locator("#detail-withdrawn")).to_be_visible(timeout=20_000)
    expect(page.locator("#detail-withdrawn")).to_contain_text(f"已撤回：設備已自行收回警報：{NAMED}")
    expect(page.locator("#detail-stand-down")).to_contain_text("待協調員確認：消防局已確認出勤")
    timeline = page.locator("#timeline")
    expect(timeline).to_contain_text("已撤回（設備自行收回警報）")
    expect(timeline).to_contain_text(f"已撤回：{NAMED}")
    expect(page.locator("#detail-withdrawn")).not_to_contain_text(PANEL)
    expect(timeline).not_to_contain_text(PANEL)
    page.screenshot(path=str(artifacts / "console-withdrawn.png"))
    # The live incident's detail says nothing of a withdrawal.
    rows.nth(0).locator("td").nth(2).click()
    expect(page.locator("#detail-title")).to_contain_text("淹水", timeout=20_000)
    expect(page.locator("#detail-withdrawn")).to_be_hidden()
    expect(page.locator("#detail-stand-down")).to_be_hidden()
    page.close()


PERMIT = "inc-wd-permit"
PERMIT_WHY = "PE-CX1：演唱會 撤銷"
PERMIT_WHY_EN = "PE-CX1: Concert Cancelled"


def test_a_planned_event_withdrawn_by_its_cancelled_permit_says_so_not_a_device(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], seeded: None, db_dsn: str,
) -> None:
    """A concert's permit cancelled before anyone worked it: the console and the wall name the
    cancelled permit as the reason, never a device taking its alarm back."""
    at = datetime.now(UTC) - timedelta(minutes=1)
    with psycopg.connect(db_dsn) as conn:
        conn.execute(SQL_INCIDENT, {"id": PERMIT, "type": "crowd", "state": "quiet", "sev": "Minor",
                                    "priority": 1000, "t": at, "lon": 120.6430, "lat": 24.1830, "withdrawn": True})
        conn.execute("UPDATE ops_incidents SET planned = true WHERE incident_id = %s", (PERMIT,))
        for action, reason, detail in (("opened", "", {}), ("quiet", "", {}),
                                       ("withdrawn", PERMIT_WHY, {"reason_en": PERMIT_WHY_EN, "source_id": "PE-CX1",
                                                                  "feed": "planned_event", "category": "concert"})):
            conn.execute(SQL_HISTORY, (PERMIT, at, action, reason, Jsonb(detail)))
    page = browser.new_page(viewport={"width": 1920, "height": 1080})
    login(page, f"{live_app.url}/static/console.html", "coord")
    row = page.locator(f'#incidents tr[data-incident="{PERMIT}"]')
    expect(row.locator(".inc-state")).to_contain_text(f"許可已撤銷：{PERMIT_WHY}", timeout=20_000)
    expect(row.locator(".inc-state")).not_to_contain_text("設備")
    row.locator("td").nth(2).click()
    expect(page.locator("#detail-withdrawn")).to_contain_text(f"已撤回：許可已撤銷：{PERMIT_WHY}", timeout=20_000)
    timeline = page.locator("#timeline")
    expect(timeline).to_contain_text("已撤回（許可已撤銷）")
    expect(timeline).not_to_contain_text("設備自行收回")
    page.close()
    wall = browser.new_page(viewport={"width": 1920, "height": 1080})
    wall.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}")
    marker = wall.locator(f'#map g.incident[data-incident="{PERMIT}"]')
    expect(marker).to_have_attribute("aria-label", re.compile(r"預定活動 · 已撤回"), timeout=20_000)
    wall.close()
