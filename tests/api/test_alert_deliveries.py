"""Webhook rows that failed for good: listed with the receiver's answer, on the wall's
health, and queued again by an alert manager (role-checked, audited)."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import psycopg
import pytest
from psycopg.types.json import Jsonb

from tests.api.conftest import auth
from tests.api.test_alerts_kpis import SQL_ALERT
from tests.api.test_auth import is_problem
from web.wall.hub import IngestItem
from web.wall.topics import load_ingest, load_sensor_states

SQL_OUTBOX = """
INSERT INTO alert_outbox (alert_id, agency, event, payload, attempts, failed_at, delivered_at, last_error)
VALUES (%s, %s, 'raise', %s, 1, %s, %s, %s) RETURNING id
"""


@pytest.fixture
def failed_row(db_dsn: str, unique_id: str) -> int:
    now = datetime.now(UTC)
    with psycopg.connect(db_dsn) as conn:
        row = conn.execute(SQL_ALERT, (f"C0F9T0-d{unique_id}", now, now, now)).fetchone()
        assert row is not None
        payload = Jsonb({"event": "raise"})
        conn.execute(SQL_OUTBOX, (row[0], "water", payload, None, now, ""))  # delivered
        out = conn.execute(
            SQL_OUTBOX, (row[0], "police", payload, now, None, "HTTP 400: signature rejected by 110 gateway")
        ).fetchone()
    assert out is not None
    return int(out[0])


def test_failed_rows_are_listed_with_the_answer_and_retried_by_a_manager(
    api: httpx.Client, accounts: dict[str, str], failed_row: int, db_dsn: str
) -> None:
    op, coord = auth(accounts["op"]), auth(accounts["coord"])
    listed = api.get("/api/deliveries/failed", headers=op)
    assert listed.status_code == 200, listed.text
    mine = [d for d in listed.json() if d["outbox_id"] == failed_row]
    assert len(mine) == 1
    assert mine[0]["agency"] == "police"
    assert mine[0]["last_error"] == "HTTP 400: signature rejected by 110 gateway"
    assert mine[0]["title"] == "豪雨 西屯"
    # the wall's health shows it, with the newest receiver's answer
    with psycopg.connect(db_dsn) as conn:
        now = datetime.now(UTC)
        ingest = load_ingest(conn, now, load_sensor_states(conn, now, 3.0).items)["ingest"]
    assert isinstance(ingest, IngestItem)
    assert ingest.webhooks_failed >= 1
    assert "HTTP 400" in ingest.webhook_last_failure
    # operators see it; only alert managers queue it again
    is_problem(api.post(f"/api/deliveries/{failed_row}/retry", headers=op, json={}), 403)
    is_problem(api.get("/api/deliveries/failed"), 401)
    is_problem(api.get("/api/deliveries/failed", headers=auth(accounts["fire1"])), 403)
    r = api.post(f"/api/deliveries/{failed_row}/retry", headers=coord, json={"reason": "gateway key fixed"})
    assert r.status_code == 204, r.text
    with psycopg.connect(db_dsn) as conn:
        row = conn.execute(
            "SELECT failed_at, delivered_at, retried_by, next_attempt_at <= now() FROM alert_outbox WHERE id = %s",
            (failed_row,),
        ).fetchone()
        audited = conn.execute(
            "SELECT actor, reason FROM audit_log WHERE action = 'webhook.retry' AND subject_id = %s",
            (str(failed_row),),
        ).fetchall()
    assert row == (None, None, "coord", True)  # pending again, due now
    assert audited == [("coord", "gateway key fixed")]
    assert failed_row not in [d["outbox_id"] for d in api.get("/api/deliveries/failed", headers=op).json()]
    # a row that has not failed cannot be retried
    is_problem(api.post(f"/api/deliveries/{failed_row}/retry", headers=coord, json={}), 404)
