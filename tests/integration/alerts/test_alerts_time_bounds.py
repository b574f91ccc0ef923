"""Instants the evaluator could not read back are refused by the alerts tables themselves.

The API already refuses them; a hand-written UPDATE is the other writer. One alert with
a timestamp past year 9999 (or ±infinity) would stop every read of the table: the
evaluator and the wall's alert feed (docs/security.md).
"""

from __future__ import annotations

import psycopg
import pytest

pytestmark = pytest.mark.integration

#: Each instant column the evaluator reads, by table and the row's key.
COLUMNS = {
    "alerts": ("alert_id", ("raised_at", "updated_at", "last_triggered_at", "cleared_at", "acknowledged_at",
                            "next_escalation_at", "shelved_until", "resolved_at", "closed_at")),
    "alert_transitions": ("id", ("at", "recorded_at")),
    "alert_watermarks": ("consumer", ("readings_wm", "events_wm", "observed_through")),
    "alert_progress": ("consumer", ("through",)),
    "alert_outbox": ("id", ("next_attempt_at", "delivered_at", "failed_at")),
}
UNREADABLE = ("10000-01-01 00:00+00", "9999-12-31 23:00-05:00", "infinity", "-infinity", "0001-01-01 00:00+00")


@pytest.fixture
def keys(db_conn: psycopg.Connection, unique_id: str) -> dict[str, object]:
    alert = db_conn.execute(
        "INSERT INTO alerts (rule_id, source_id, state, severity, category, agency, title, raised_at,"
        " updated_at, last_triggered_at, escalate_after_s, auto_resolve_after_s)"
        " VALUES ('r', %s, 'raised', 'Minor', 'Met', 'disaster', 't', now(), now(), now(), 600, 600)"
        " RETURNING alert_id", (f"bounds-{unique_id}",)).fetchone()
    assert alert is not None
    transition = db_conn.execute(
        "INSERT INTO alert_transitions (alert_id, at, actor, action, to_state, severity)"
        " VALUES (%s, now(), 'test', 'raise', 'raised', 'Minor') RETURNING id", alert).fetchone()
    outbox = db_conn.execute(
        "INSERT INTO alert_outbox (alert_id, agency, event, payload) VALUES (%s, 'water', 'raise', '{}')"
        " RETURNING id", alert).fetchone()
    consumer = f"bounds-{unique_id}"
    db_conn.execute("INSERT INTO alert_watermarks (consumer, readings_wm, events_wm) VALUES (%s, now(), now())",
                    (consumer,))
    db_conn.execute("INSERT INTO alert_progress (consumer, through) VALUES (%s, now())", (consumer,))
    db_conn.commit()
    assert transition is not None
    assert outbox is not None
    return {"alerts": alert[0], "alert_transitions": transition[0], "alert_outbox": outbox[0],
            "alert_watermarks": consumer, "alert_progress": consumer}


@pytest.mark.parametrize("table", sorted(COLUMNS))
def test_an_instant_python_cannot_read_is_refused_in_every_alerts_table(
    db_conn: psycopg.Connection, keys: dict[str, object], table: str
) -> None:
    key, columns = COLUMNS[table]
    for column in columns:
        for value in UNREADABLE:
            with pytest.raises(psycopg.errors.CheckViolation), db_conn.transaction():
                db_conn.execute(f"UPDATE {table} SET {column} = %s::timestamptz WHERE {key} = %s",
                                (value, keys[table]))
        # the bounds themselves are no limit in practice: 1900 and 9000 are stored and read back
        for value in ("1900-01-01 00:00+00", "9000-01-01 00:00+00"):
            with db_conn.transaction():
                db_conn.execute(f"UPDATE {table} SET {column} = %s::timestamptz WHERE {key} = %s",
                                (value, keys[table]))
    db_conn.rollback()
    assert db_conn.execute(f"SELECT * FROM {table}").fetchall()  # every row still reads
