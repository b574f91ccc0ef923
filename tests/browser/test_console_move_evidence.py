"""A coordinator moves a piece of evidence from one incident to another and unlinks another in
the console, in a real browser, applied by a running ops service: the move needs an item, a
place and a reason; carried out, both incidents' evidence and timelines say so."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import psycopg
from playwright.sync_api import Browser, expect

from tests.api.conftest import LiveApp
from tests.browser.test_console_commands import ops_service
from tests.browser.test_pages import login

A = f"inc-console-move-a-{uuid.uuid4().hex[:8]}"
B = f"inc-console-move-b-{uuid.uuid4().hex[:8]}"


def seed(conn: psycopg.Connection, now: datetime) -> dict[str, list[str]]:
    """Two open fires: A with three 1999 calls, B with one."""
    t = now - timedelta(minutes=3)
    keys = {A: [f"event:{A}-{i}" for i in range(3)], B: [f"event:{B}-0"]}
    for n, (inc, members) in enumerate(keys.items()):
        point = f"ST_SetSRID(ST_MakePoint(120.6556, {24.18225 + 0.01 * n}), 4326)"
        conn.execute(
            "INSERT INTO ops_incidents (incident_id, type, state, severity, priority, agencies,"
            " member_count, first_evidence_at, last_evidence_at, opened_at, updated_at, centroid)"
            f" VALUES (%(inc)s, 'fire', 'open', 'Severe', 3101, ARRAY['citizen'], %(n)s, %(t)s, %(t)s,"
            f" %(t)s, %(t)s, {point})",
            {"t": t, "inc": inc, "n": len(members)})
        for i, key in enumerate(members):
            conn.execute(
                "INSERT INTO ops_incident_members (item_key, incident_id, original_incident_id, kind, agency, feed,"
                " category, severity, signal, via, anchor, distance_m, dt_s, observed_at, joined_at, geom)"
                f" VALUES (%s, %s, %s, 'event', 'citizen', '1999', 'fire_smoke', 'Severe', 'smoke', 'chain', false,"
                f" 0, 0, %s, %s, {point})",
                (key, inc, inc, t + timedelta(minutes=i), t + timedelta(minutes=i)))
    return keys


def test_console_moves_and_unlinks_evidence_with_a_reason(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_dsn: str
) -> None:
    with psycopg.connect(db_dsn) as conn:
        keys = seed(conn, datetime.now(UTC))
        (number_b,) = conn.execute("SELECT number FROM ops_incidents WHERE incident_id = %s", (B,)).fetchone() or (0,)
    with ops_service(live_app.settings):
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.add_init_script("localStorage.setItem('soc.lang', 'zh-TW')")
        login(page, f"{live_app.url}/static/console.html", "coord")
        row = page.locator(f'#incidents tr[data-incident="{A}"]')
        expect(row).to_be_visible(timeout=20_000)
        expect(page.locator(f'#incidents tr[data-incident="{B}"]')).to_be_visible(timeout=20_000)
        row.locator("td").first.click()
        box = page.locator("#dispatch-box")
        result = page.locator("#command-result")
        evidence = page.locator("#evidence tr")
        expect(evidence).to_have_count(3, timeout=20_000)

        box.locator("button[data-action=move]").click()  # nothing chosen: refused, nothing sent
        expect(result).to_have_attribute("data-state", "refused")
        box.locator("select[name=move-item]").select_option(keys[A][0])
        box.locator("select[name=move-to]").select_option(B)
        expect(box.locator("select[name=move-to] option:checked")).to_contain_text(f"#{number_b}")
        box.locator("button[data-action=move]").click()  # no reason
        expect(result).to_contain_text("請填寫移動原因")
        box.locator("input[name=move-reason]").fill("報案人說錯路名")
        box.locator("button[data-action=move]").click()
        expect(result).to_contain_text("證據移入 · 完成", timeout=20_000)
        expect(evidence).to_have_count(2, timeout=20_000)
        expect(page.locator("#timeline")).to_contain_text("證據移至另一事件")
        expect(page.locator("#timeline")).to_contain_text("報案人說錯路名")

        box.locator("select[name=move-item]").select_option(keys[A][1])
        box.locator("select[name=move-to]").select_option("-")
        box.locator("input[name=move-reason]").fill("惡作劇電話")
        box.locator("button[data-action=move]").click()
        expect(result).to_contain_text("證據移出 · 完成", timeout=20_000)
        expect(evidence).to_have_count(1, timeout=20_000)

        page.locator(f'#incidents tr[data-incident="{B}"] td').first.click()
        expect(evidence).to_have_count(2, timeout=20_000)
        expect(page.locator("#evidence")).to_contain_text("協調員手動關聯")
        expect(page.locator("#timeline")).to_contain_text("證據移入")
        page.close()
    with psycopg.connect(db_dsn) as conn:
        rows = dict(conn.execute("SELECT item_key, incident_id FROM ops_incident_members WHERE item_key = ANY(%s)",
                                 (keys[A] + keys[B],)).fetchall())
    assert rows == {keys[A][0]: B, keys[A][2]: A, keys[B][0]: B}
