"""A withdrawn incident's device in words everywhere: a registered fire panel (SN-FA-006,
臺中流行影音中心 火警受信總機) raises its alarm and takes it back (誤報) a minute later, through
the real ops service with geo's lookups over this module's database. The agencies' MQTT
messages, the CAP Update, the wall and the console all name the panel by its registry name
and place (``ops_center.incidents.device_words``), never by its id; the id is kept apart for
machines (the messages' ``device_id``, in brackets in the CAP note)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
import pytest
from playwright.sync_api import Browser, Page, expect

from common.settings import Settings
from geo.service import run_geo_load
from ops_center.dispatch import load_routing
from ops_center.service import OpsService, _geo_lookups
from tests.api.conftest import LiveApp
from tests.browser.test_pages import login
from tests.fix_services import ROOT
from tests.integration.ops_center.test_ops_agency_feeds import drain, publish

PANEL = "SN-FA-006"
NAME, NAME_EN = "臺中流行影音中心 火警受信總機", "Taichung Pop Music Center fire panel"


@pytest.fixture(scope="module")
def withdrawn(db_settings: Settings, db_dsn: str, live_app: LiveApp) -> dict[str, Any]:
    """The panel's alarm and its take-back through the ops service; the reason it stored and
    the assignment messages it published (the fire bureau's, last one)."""
    run_geo_load(db_settings)
    sent: list[tuple[str, bytes]] = []
    now = datetime.now(UTC)
    with psycopg.connect(db_dsn) as w, psycopg.connect(db_dsn, autocommit=True) as c:
        svc = OpsService(c, load_routing(ROOT / db_settings.ops.routing_file), **_geo_lookups(c)._asdict(),
                         idle_after_s=None, publish=lambda topic, payload, *, retain: sent.append((topic, payload)))
        svc.start()
        for state, at, text in (("alarm", now - timedelta(minutes=3), ""), ("normal", now - timedelta(minutes=2),
                                                                            "誤報，探測器有蟲")):
            publish(w, db_settings, f"soc/v1/disaster/fire_alarm/{PANEL}",
                    {"ts": at.isoformat(), "state": state, **({"text": text} if text else {})}, at)
            drain(svc, c)
        (reason, reason_en) = c.execute(
            "SELECT reason, detail ->> 'reason_en' FROM ops_incident_history WHERE action = 'withdrawn'").fetchone()
    fire = [json.loads(p) for t, p in sent if t.startswith("soc/v1/dispatch/fire/assignment/") and p]  # not clears
    return {"reason": reason, "reason_en": reason_en, "fire": fire[-1]}


def test_the_messages_and_the_cap_update_name_the_device_in_words_with_its_id_apart(
    withdrawn: dict[str, Any],
) -> None:
    reason, reason_en, body = withdrawn["reason"], withdrawn["reason_en"], withdrawn["fire"]
    # The registry's name and the place, then what the panel said.
    assert reason.startswith(f"{NAME}（"), reason
    assert reason.endswith("）：復歸（誤報，探測器有蟲）"), reason
    assert reason_en.startswith(f"{NAME_EN} ("), reason_en
    assert PANEL not in reason
    assert PANEL not in reason_en
    assert (body["withdrawn"], body["state"]) == (True, "cancelled")
    assert (body["reason"], body["reason_en"], body["device_id"]) == (reason, reason_en, PANEL)
    assert f"<note>已撤回 withdrawn: {reason} [{PANEL}]</note>" in body["cap"]


def visible_text(page: Page) -> str:
    return str(page.evaluate("() => document.body.innerText"))


def test_the_wall_and_the_console_show_the_same_words_and_not_the_id(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], withdrawn: dict[str, Any],
) -> None:
    reason, reason_en = withdrawn["reason"], withdrawn["reason_en"]
    wall = browser.new_page(viewport={"width": 1920, "height": 1080})
    wall.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}")
    why = wall.locator("#board article.card .withdrawn-why")
    expect(why).to_contain_text(reason, timeout=20_000)
    assert PANEL not in visible_text(wall)
    wall.locator("#lang").click()
    expect(why).to_contain_text(reason_en)
    assert PANEL not in visible_text(wall)

    console = browser.new_page(viewport={"width": 1920, "height": 1080})
    login(console, f"{live_app.url}/static/console.html", "coord")
    row = console.locator("#incidents tr[data-incident].withdrawn")
    expect(row.locator(".inc-state")).to_contain_text(reason, timeout=20_000)
    row.locator("td").nth(2).click()
    expect(console.locator("#detail-withdrawn")).to_contain_text(reason, timeout=20_000)
    expect(console.locator("#timeline")).to_contain_text(reason)
    assert PANEL not in visible_text(console)
