"""A coordinator's dispatch to a withdrawn incident on the screens (docs/ops_center.md,
"Dispatch"): a fire panel's alarm taken back by the panel, the fire bureau acknowledged before
the reset (its clock stopped, left for a coordinator to stand down), then a coordinator sent
the police (acknowledged since, its arrival deadline running) and the environment bureau (no
acknowledgement, its deadline passed). The console counts the two new deadlines down and names
only the fire bureau on the "needs a coordinator" line; the wall flags the incident overdue."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from playwright.sync_api import Browser, expect
from psycopg.types.json import Jsonb

from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp
from tests.browser.test_pages import login
from tests.browser.test_wall_reading import SQL_ASSIGNMENT
from tests.browser.test_wall_withdrawn import SQL_HISTORY, SQL_INCIDENT, SQL_MOVE, WHY, WHY_EN

INC = "inc-wd-sent-since"
PANEL = "SN-FA-006"


@pytest.fixture(scope="module")
def seeded(live_app: LiveApp, db_settings: Settings, db_dsn: str) -> None:
    """The withdrawn incident as the ops center leaves it after the coordinator's two dispatches."""
    run_geo_load(db_settings)
    now = datetime.now(UTC)
    opened, back, sent = now - timedelta(minutes=20), now - timedelta(minutes=18), now - timedelta(minutes=16)
    with psycopg.connect(db_dsn) as conn:
        conn.execute(SQL_INCIDENT, {"id": INC, "type": "fire", "state": "quiet", "sev": "Extreme", "priority": 4101,
                                    "t": opened, "lon": 120.6480, "lat": 24.1760, "withdrawn": True})
        for action, at, reason, detail in (("opened", opened, "", {}), ("quiet", back, "", {}),
                                           ("withdrawn", back, WHY, {"reason_en": WHY_EN, "source_id": PANEL})):
            conn.execute(SQL_HISTORY, (INC, at, action, reason, Jsonb(detail)))
        acked = opened + timedelta(seconds=30)
        # Kept by the withdrawal, its clock stopped: no deadline.
        conn.execute(SQL_ASSIGNMENT, (INC, "fire", "acknowledged", opened, acked, acked, None, 0))
        conn.execute(SQL_MOVE, (INC, "fire", None, "assigned", opened, "dispatcher", "route fire"))
        conn.execute(SQL_MOVE, (INC, "fire", "assigned", "acknowledged", acked, "fire", ""))
        # Sent by a coordinator since: the police acknowledged, due on scene in 20 minutes; the
        # environment bureau never acknowledged, its acknowledgement deadline 1 minute past.
        police_ack = sent + timedelta(minutes=1)
        conn.execute(SQL_ASSIGNMENT, (INC, "police", "acknowledged", sent, police_ack, police_ack,
                                      now + timedelta(minutes=20), 0))
        conn.execute(SQL_MOVE, (INC, "police", None, "assigned", sent, "coord", "dispatch"))
        conn.execute(SQL_MOVE, (INC, "police", "assigned", "acknowledged", police_ack, "police", ""))
        conn.execute(SQL_ASSIGNMENT, (INC, "environment", "assigned", sent, sent, None, now - timedelta(minutes=1), 0))
        conn.execute(SQL_MOVE, (INC, "environment", None, "assigned", sent, "coord", "dispatch"))


def test_the_console_counts_down_a_dispatch_since_and_leaves_it_off_the_coordinator_line(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], seeded: None,
) -> None:
    page = browser.new_page(viewport={"width": 1920, "height": 1080})
    login(page, f"{live_app.url}/static/console.html", "coord")
    row = page.locator(f'#incidents tr[data-incident="{INC}"]')
    expect(row).to_have_class(re.compile(r"\bwithdrawn\b"), timeout=20_000)
    # The two dispatches since count down (the environment bureau's past its deadline); the
    # fire bureau's stopped clock shows none.
    expect(row.locator(".countdown")).to_have_count(2)
    tags = row.locator(".assign-cell .tag")
    expect(tags.filter(has_text="警察局").locator(".countdown")).to_have_count(1)
    expect(tags.filter(has_text="環保局").locator(".countdown")).to_have_count(1)
    expect(tags.filter(has_text="環保局")).to_have_class(re.compile(r"\boverdue\b"))
    expect(tags.filter(has_text="消防局").locator(".countdown")).to_have_count(0)
    # Only the fire bureau, on its way before the reset, waits for a coordinator; the police,
    # acknowledged since, are a live dispatch.
    line = row.locator(".stand-down")
    expect(line).to_contain_text("待協調員確認：消防局已確認出勤")
    expect(line).not_to_contain_text("警察局")
    row.locator("td").nth(2).click()
    detail = page.locator("#detail-stand-down")
    expect(detail).to_contain_text("待協調員確認：消防局已確認出勤", timeout=20_000)
    expect(detail).not_to_contain_text("警察局")
    page.close()


def test_the_wall_flags_the_withdrawn_incident_overdue_when_a_dispatch_since_is_late(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], seeded: None,
) -> None:
    page = browser.new_page(viewport={"width": 1920, "height": 1080})
    page.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}")
    expect(page.locator("#conn.connected")).to_have_count(1, timeout=20_000)
    marker = page.locator(f'#map g.incident[data-incident="{INC}"]')
    expect(marker).to_have_class(re.compile(r"\bwithdrawn\b"), timeout=20_000)
    expect(marker).to_have_class(re.compile(r"\boverdue\b"))
    expect(marker.locator("circle.halo")).to_have_count(1)
    expect(marker).to_have_attribute("aria-label", re.compile(r"逾時.*已撤回"))
    page.close()
