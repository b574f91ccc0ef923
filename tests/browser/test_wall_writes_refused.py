"""A table refusing writes while the others take theirs (ingest's beat names it: a full disk
under ``readings``, docs/mqtt.md "One table refusing writes") on the wall: a line under the
banner in the warning colour naming the table and how long, in both languages, inside a
1366x768 screen; a warning, not an outage (the connection still says live); gone once the
table takes writes again."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import psycopg
from playwright.sync_api import Browser, expect

from tests.api.conftest import LiveApp

INSTANCE = "refusal-test:1"
BEAT = ("INSERT INTO service_heartbeats (service, instance, beat_at, detail) VALUES ('ingest', %s, now(), %s)"
        " ON CONFLICT (service, instance) DO UPDATE SET beat_at = now(), detail = EXCLUDED.detail")


def _beat(dsn: str, refused: list[dict[str, object]]) -> None:
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(BEAT, (INSTANCE, json.dumps({"refused": refused})))


def test_the_wall_says_which_table_refuses_writes_and_since_when(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_dsn: str,
) -> None:
    since = datetime.now(UTC) - timedelta(minutes=3, seconds=2)
    try:
        page = browser.new_page(viewport={"width": 1366, "height": 768})
        page.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}")
        expect(page.locator("#conn.connected")).to_have_count(1, timeout=20_000)
        line = page.locator("#writes-refused")
        _beat(db_dsn, [])
        expect(line).to_be_hidden()
        _beat(db_dsn, [{"table": "readings", "since": since.isoformat(), "sqlstate": "53100"}])
        expect(line).to_be_visible(timeout=20_000)
        expect(line).to_contain_text("資料表 readings 拒收寫入已 3 分")
        expect(line).to_contain_text("恢復後補存")
        expect(page.locator("#conn.connected")).to_have_count(1)  # a warning, not an outage
        expect(page.locator("#health")).to_be_hidden()
        box = line.bounding_box()
        assert box is not None
        assert box["y"] >= 0
        assert box["y"] + box["height"] <= 768
        page.locator("#lang").click()
        _beat(db_dsn, [{"table": "readings", "since": since.isoformat(), "sqlstate": "53100"}])
        expect(line).to_contain_text("Table readings has refused writes for 3 min")
        assert line.evaluate("(n) => n.scrollWidth <= n.clientWidth + 1")
        _beat(db_dsn, [])  # the table takes writes again
        expect(line).to_be_hidden(timeout=20_000)
        page.close()
    finally:
        with psycopg.connect(db_dsn, autocommit=True) as conn:
            conn.execute("DELETE FROM service_heartbeats WHERE instance = %s", (INSTANCE,))
