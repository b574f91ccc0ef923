"""The coordinator console through a dispatch cycle at 1920x1080: number, place and
state in the list; the selected row highlighted; pickers that keep the user's choice
under live updates and never default to a state beside a different tag; evidence and
timeline in words; a reason required to reassign and to close, with the reason for a
refusal on the page; closed incidents found by place, type, agency and time; the mode
switch as a dialog with a reason, audited."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
from playwright.sync_api import Browser, Page, expect

from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp
from tests.browser.test_pages import login

INC = f"inc-console-work-{uuid.uuid4().hex[:6]}"
OLD = f"inc-console-old-{uuid.uuid4().hex[:6]}"
CODES = (r"\b[a-z]+_[a-z_]+\b|\bagency-[a-z]+|\b[A-Z]{2,}(?:-[A-Z0-9]+)*-\d[\w-]*|\binc-[0-9a-z-]+|"
         r"merged / bridged|route flood|reassigned \w+ ->")
RAW = re.compile(CODES + r"|\bopened\b")  # zh-TW: not even the English action word
RAW_EN = re.compile(CODES)


def seed(conn: psycopg.Connection, now: datetime) -> None:
    t = now - timedelta(minutes=6)
    for inc, state, when, (lon, lat) in ((INC, "open", t, (120.6436, 24.1917)),
                                         (OLD, "closed", now - timedelta(days=3), (120.6560, 24.1800))):
        conn.execute(
            "INSERT INTO ops_incidents (incident_id, type, state, severity, priority, agencies, member_count,"
            " first_evidence_at, last_evidence_at, opened_at, updated_at, centroid, closed_by, close_reason)"
            " VALUES (%s, 'flood', %s, 'Severe', 3101, ARRAY['disaster'], 2, %s, %s, %s, %s,"
            " ST_SetSRID(ST_MakePoint(%s, %s), 4326), %s, %s)",
            (inc, state, when, when, when, when, lon, lat, "coord" if state == "closed" else None,
             "積水退去" if state == "closed" else None))
        conn.execute("INSERT INTO ops_incident_history (incident_id, at, actor, action, reason) VALUES"
                     " (%s, %s, 'ops-center', 'opened', '')", (inc, when))
    conn.execute("INSERT INTO ops_incident_history (incident_id, at, actor, action, reason) VALUES"
                 " (%s, %s, 'ops-center', 'merged', 'bridged')", (INC, t + timedelta(minutes=1)))
    conn.execute(
        "INSERT INTO ops_incident_members (item_key, incident_id, original_incident_id, kind, agency, feed,"
        " category, severity, signal, via, anchor, distance_m, dt_s, observed_at, joined_at, source_id, geom)"
        " VALUES (%s, %s, %s, 'event', 'traffic', 'cctv', 'stalled_vehicle', 'Moderate', 'obstruction',"
        " 'seed', true, 0, 0, %s, %s, 'SN-CCTV-009', ST_SetSRID(ST_MakePoint(120.6436, 24.1917), 4326))",
        (f"{INC}-m1", INC, INC, t, t))
    for agency, st in (("water", "assigned"), ("public_works", "acknowledged")):
        conn.execute(
            "INSERT INTO ops_assignments (incident_id, agency, state, ack_policy, assigned_at, state_since,"
            " acknowledged_at, deadline) VALUES (%s, %s, %s, 'all', %s, %s, %s, %s)",
            (INC, agency, st, t, t, t if st == "acknowledged" else None, now + timedelta(minutes=12)))
        conn.execute(
            "INSERT INTO ops_assignment_transitions (incident_id, agency, from_state, to_state, at, actor,"
            " reason, channel) VALUES (%s, %s, NULL, 'assigned', %s, 'dispatcher', 'route flood', 'service')",
            (INC, agency, t))
    # the agency's own system acknowledges over MQTT with its account (ops_center.agency_reports)
    conn.execute(
        "INSERT INTO ops_assignment_transitions (incident_id, agency, from_state, to_state, at, actor,"
        " reason, channel) VALUES (%s, 'public_works', 'assigned', 'acknowledged', %s, 'agency-public_works',"
        " '', 'mqtt')", (INC, t + timedelta(seconds=30)))


SQL_ALERT = """
INSERT INTO alerts (rule_id, source_id, state, severity, category, agency, title, geom,
                    raised_at, updated_at, last_triggered_at, escalate_after_s,
                    auto_resolve_after_s, label)
VALUES ('cwa-rainfall', 'SN-RG-001', 'raised', 'Severe', 'Met', 'disaster', '雨量達中央氣象署豪大雨分級：豪雨 x',
        ST_SetSRID(ST_MakePoint(120.6556, 24.1822), 4326), now(), now(), now(), 600, 600, '豪雨')
RETURNING alert_id
"""


def visible_text(page: Page) -> str:
    return page.evaluate("() => document.body.innerText")


def test_a_dispatch_cycle_on_the_console(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_settings: Settings,
    db_dsn: str, artifacts: Path,
) -> None:
    run_geo_load(db_settings)
    with psycopg.connect(db_dsn) as conn:
        seed(conn, datetime.now(UTC))
    page = browser.new_page(viewport={"width": 1920, "height": 1080})
    login(page, f"{live_app.url}/static/console.html", "coord")
    row = page.locator(f'#incidents tr[data-incident="{INC}"]')
    expect(row).to_be_visible(timeout=20_000)
    # Number, type, place and state in the list.
    cells = row.locator("td")
    expect(cells.nth(0)).to_have_text(re.compile(r"^#\d+$"))
    number = cells.nth(0).inner_text()
    expect(cells.nth(2)).to_have_text("淹水")
    expect(cells.nth(3)).to_contain_text("環中路")
    expect(cells.nth(5)).to_have_text("處理中")

    # The state picker beside 已派工 offers only what may come next, and no default.
    water = row.locator(".assign-cell").filter(has_text="水利局")
    picker = water.locator("select")
    expect(picker).to_have_value("")
    assert picker.locator("option").all_inner_texts() == ["回報狀態…", "已確認"]
    water.locator("button[data-action=report]").click()
    expect(page.locator("#message")).to_have_text("請先選擇要回報的狀態。")
    # A choice survives live updates: the row is redrawn (countdown, a change in the feed).
    picker.select_option("acknowledged")
    picker.evaluate("(n) => { n.dataset.chosenHere = ''; }")  # the node the choice was made on
    with psycopg.connect(db_dsn) as conn:
        conn.execute("UPDATE ops_incidents SET severity = 'Extreme' WHERE incident_id = %s", (INC,))
    expect(row.locator("td").nth(4)).to_have_text("極嚴重", timeout=20_000)
    redrawn = row.locator(".assign-cell").filter(has_text="水利局").locator("select")
    expect(redrawn).not_to_have_attribute("data-chosen-here", "")  # a new picker, drawn since
    expect(redrawn).to_have_value("acknowledged")

    # Detail: the row is highlighted, the title names number, type and place; words only.
    cells.nth(1).click()
    expect(row).to_have_class(re.compile(r"\bselected\b"))
    expect(page.locator("#detail-title")).to_have_text(f"{number} · 淹水 · 環中路 · 西屯區", timeout=20_000)
    expect(page.locator("#evidence")).to_contain_text("路口監視器車輛停滯開立依據")
    expect(page.locator("#timeline")).to_contain_text("合併了另一事件")
    expect(page.locator("#timeline")).to_contain_text("依派工路由：淹水")
    # An agency's own report is the agency's, by name, not its MQTT account.
    expect(page.locator("#timeline tr").filter(has_text="建設局：已派工 → 已確認").locator("td").nth(1)
           ).to_have_text("建設局（機關回報）")
    box = page.locator("#dispatch-box")
    # Reassign: no agency chosen by default; a reason is required, and the page says so.
    expect(box.locator("select[name=reassign-from]")).to_have_value("")
    expect(box.locator("select[name=reassign-to]")).to_have_value("")
    # Said in the detail beside the commands, in view, not in the message line at the page's top.
    said = page.locator("#command-result")
    box.locator("button[data-action=reassign]").click()
    expect(said).to_have_text("請選擇要改派的機關與改派對象。")
    box.locator("select[name=reassign-from]").select_option("water")
    box.locator("select[name=reassign-to]").select_option("traffic")
    box.locator("button[data-action=reassign]").click()
    expect(said).to_have_text(re.compile("^請填寫改派原因"))
    box.locator("button[data-action=close]").click()
    expect(said).to_have_text(re.compile("^無法結案：請填寫結案原因"))
    expect(said).to_be_in_viewport()
    expect(page.locator("#message")).to_have_text("")
    # The detail follows the feed live: a new timeline entry appears without a click.
    with psycopg.connect(db_dsn) as conn:
        conn.execute("INSERT INTO ops_incident_history (incident_id, at, actor, action, reason) VALUES"
                     " (%s, now(), 'alice', 'note', '抽水機抵達')", (INC,))
        conn.execute("UPDATE ops_incidents SET member_count = 3 WHERE incident_id = %s", (INC,))
        conn.execute("UPDATE ops_assignments SET escalations = 1 WHERE incident_id = %s AND agency = 'water'",
                     (INC,))
    expect(page.locator("#timeline")).to_contain_text("抽水機抵達", timeout=20_000)
    # What the user had chosen in the dispatch box is still there after the live refresh.
    expect(box.locator("select[name=reassign-from]")).to_have_value("water")
    expect(box.locator("select[name=reassign-to]")).to_have_value("traffic")
    raw = RAW.findall(visible_text(page))
    assert raw == [], raw
    page.locator("#lang").click()  # the same in English
    expect(page.locator("#detail-title")).to_have_text(f"{number} · Flooding · Huanzhong Road · Xitun District")
    expect(page.locator("#timeline")).to_contain_text("dispatch route: Flooding")
    expect(page.locator("#timeline")).to_contain_text("Construction Bureau (agency's report)")
    # an agency's move in English punctuation, not the zh-TW colon
    expect(page.locator("#timeline")).to_contain_text("Construction Bureau: assigned → acknowledged")
    expect(page.locator("#evidence")).to_contain_text("Stalled vehicle")
    raw = RAW_EN.findall(visible_text(page))
    assert raw == [], raw
    page.locator("#lang").click()

    # History: the closed incident is found by place, type, agency and time.
    hist = page.locator("#history-form")
    # every incident type of the vocabulary is a filter, the hazmat type among them
    types = hist.locator("select[name=type] option")
    expect(types).to_have_count(1 + 8)
    expect(hist.locator("select[name=type] option[value=hazmat]")).to_have_text("危險物品")
    hist.locator("input[name=place]").fill("中央公園")
    hist.locator("select[name=type]").select_option("flood")
    hist.locator("input[name=since]").fill((datetime.now(UTC) - timedelta(days=5)).strftime("%Y-%m-%d"))
    hist.locator("button[type=submit]").click()
    found = page.locator(f'#history tr[data-incident="{OLD}"]')
    expect(found).to_have_count(1, timeout=20_000)
    expect(found.locator("td").nth(6)).to_have_text("積水退去")
    hist.locator("select[name=agency]").select_option("fire")
    hist.locator("button[type=submit]").click()
    expect(page.locator("#history")).to_contain_text("查無已結案事件", timeout=20_000)

    # Mode switch: a dialog; an empty reason is refused on the dialog; then audited.
    page.locator("#mode-switch").click()
    dialog = page.locator("#mode-dialog")
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text("切換為戰時")
    page.locator("#mode-confirm").click()
    expect(page.locator("#mode-dialog-error")).to_contain_text("請填寫切換原因")
    dialog.locator("textarea[name=reason]").fill("颱風陸上警報發布")
    page.screenshot(path=str(artifacts / "console-mode-dialog.png"))
    page.locator("#mode-confirm").click()
    expect(dialog).to_be_hidden()
    expect(page.locator("#mode")).to_have_text("戰時", timeout=20_000)
    expect(page.locator("#mode-switch")).to_have_text("切換為平時")
    with psycopg.connect(db_dsn) as conn:
        audit = conn.execute("SELECT actor, reason FROM audit_log WHERE action = 'mode.switch'"
                             " ORDER BY id DESC LIMIT 1").fetchone()
        conn.execute("INSERT INTO ops_mode_switches (at, from_mode, to_mode, actor, reason)"
                     " VALUES (now(), 'emergency', 'peacetime', 'test', 'reset')")
    assert audit == ("coord", "颱風陸上警報發布")
    # Resolving a rain alert whose condition still holds: a dialog with a reason, and a
    # warning that it will come back as a new alert (shelve instead).
    with psycopg.connect(db_dsn) as conn:
        row = conn.execute(SQL_ALERT).fetchone()
    assert row is not None
    alert = page.locator(f'#alerts tr[data-alert="{row[0]}"]')
    expect(alert).to_contain_text("豪大雨 · 豪雨", timeout=20_000)
    expect(alert).to_contain_text("中央公園雨量站")
    alert.locator("button[data-action=resolve]").click()
    reason_dialog = page.locator("#reason-dialog")
    expect(reason_dialog).to_be_visible()
    expect(page.locator("#reason-dialog-warning")).to_contain_text("條件仍然成立")
    # what happens then (docs/alerts.md): no new alert at this level until it ends or rises
    expect(page.locator("#reason-dialog-warning")).to_contain_text("同級或較低等級不會再產生新警報")
    page.locator("#reason-confirm").click()
    expect(page.locator("#reason-dialog-error")).to_contain_text("請填寫原因")
    reason_dialog.locator("textarea[name=reason]").fill("雨勢已減弱，現場確認")
    page.locator("#reason-confirm").click()
    expect(reason_dialog).to_be_hidden()
    expect(alert).to_have_count(0, timeout=20_000)
    with psycopg.connect(db_dsn) as conn:
        resolved = conn.execute("SELECT state, set_aside FROM alerts WHERE alert_id = %s", (row[0],)).fetchone()
    assert resolved == ("resolved", True)
    page.locator("#mode").click()  # focus away from the dialog for the picture
    page.screenshot(path=str(artifacts / "console.png"))
    page.close()
