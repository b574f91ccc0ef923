"""The alerts service on the real database: one message is one decision, a level change
within one severity is audited and notified, a clear is notified when it happens."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import psycopg
import pytest

from alerts.api import ClearCause, condition_transitions
from alerts.rules import parse_rules
from alerts.service import AlertsService

pytestmark = pytest.mark.integration

BASE = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)

RAIN_RULES = """
version: 1
defaults: {{escalate_after_s: 86400}}
rules:
  - id: rain-{uid}
    kind: threshold
    title: 雨量達中央氣象署豪大雨分級
    agency: disaster
    category: Met
    notify: [fire, water]
    select: {{sensor_ids: [{sid}]}}
    hysteresis: 5.0
    valid_s: {{rain_1h: 3600, rain_3h: 3600, rain_24h: 3600}}
    levels:
      - {{label: 大雨, severity: Moderate, any: {{rain_24h: 80, rain_1h: 40}}}}
      - {{label: 豪雨, severity: Severe, any: {{rain_24h: 200, rain_3h: 100}}}}
      - {{label: 大豪雨, severity: Severe, any: {{rain_24h: 350, rain_3h: 200}}}}
      - {{label: 超大豪雨, severity: Extreme, any: {{rain_24h: 500}}}}
"""


def add_rain_sensor(conn: psycopg.Connection, sid: str) -> None:
    conn.execute(
        "INSERT INTO sensors (sensor_id, agency, kind, name, geom, expected_interval)"
        " VALUES (%s, 'disaster', 'rain', %s, ST_SetSRID(ST_MakePoint(120.65, 24.18), 4326), interval '600 seconds')",
        (sid, f"雨量站 {sid}"),
    )
    conn.commit()


def message(conn: psycopg.Connection, sid: str, at: datetime, **values: float) -> None:
    """One rain message: its metrics in one transaction, as ingest stores them."""
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO readings (time, sensor_id, metric, value) VALUES (%s, %s, %s, %s)",
            [(at, sid, m, v) for m, v in values.items()],
        )
    conn.commit()


def outbox(conn: psycopg.Connection, sid: str) -> list[tuple[str, str, str]]:
    rows = conn.execute(
        "SELECT o.agency, o.event, o.payload -> 'alert' ->> 'label' FROM alert_outbox o"
        " JOIN alerts a USING (alert_id) WHERE a.source_id = %s ORDER BY o.id",
        (sid,),
    ).fetchall()
    conn.commit()
    return rows


def test_one_rain_message_gives_one_raise_and_one_webhook_per_agency(db_dsn: str, unique_id: str) -> None:
    sid = f"R1-{unique_id}"
    rules = parse_rules(RAIN_RULES.format(uid=unique_id, sid=sid))
    with psycopg.connect(db_dsn) as conn, psycopg.connect(db_dsn) as ingest:
        add_rain_sensor(ingest, sid)
        svc = AlertsService(conn, rules, consumer=f"lv1-{unique_id}", webhook_agencies=("fire", "water"),
                            horizon_margin_s=0)
        svc.start(BASE)
        message(ingest, sid, BASE, rain_1h=70.0, rain_3h=130.0, rain_24h=510.0)
        svc.step(BASE)
        actions = conn.execute(
            "SELECT t.action, a.label FROM alert_transitions t JOIN alerts a USING (alert_id)"
            " WHERE a.source_id = %s ORDER BY t.id", (sid,)).fetchall()
        conn.commit()
        assert actions == [("raise", "超大豪雨")]
        assert outbox(conn, sid) == [("fire", "raise", "超大豪雨"), ("water", "raise", "超大豪雨")]
        svc.stop()


def test_level_change_and_clear_are_audited_and_notified_when_they_happen(db_dsn: str, unique_id: str) -> None:
    sid = f"R2-{unique_id}"
    rules = parse_rules(RAIN_RULES.format(uid=unique_id, sid=sid))
    with psycopg.connect(db_dsn) as conn, psycopg.connect(db_dsn) as ingest:
        add_rain_sensor(ingest, sid)
        svc = AlertsService(conn, rules, consumer=f"lv2-{unique_id}", webhook_agencies=("water",),
                            horizon_margin_s=0)
        svc.start(BASE)
        message(ingest, sid, BASE, rain_1h=30.0, rain_3h=120.0, rain_24h=150.0)  # 豪雨
        svc.step(BASE)
        message(ingest, sid, BASE + timedelta(minutes=10), rain_1h=30.0, rain_3h=210.0, rain_24h=260.0)  # 大豪雨
        svc.step(BASE + timedelta(minutes=10))
        message(ingest, sid, BASE + timedelta(minutes=20), rain_1h=0.0, rain_3h=20.0, rain_24h=60.0)  # clear
        svc.step(BASE + timedelta(minutes=20))
        rows = conn.execute(
            "SELECT t.action, t.severity, t.at FROM alert_transitions t JOIN alerts a USING (alert_id)"
            " WHERE a.source_id = %s ORDER BY t.id", (sid,)).fetchall()
        created = conn.execute(
            "SELECT o.event, o.next_attempt_at FROM alert_outbox o JOIN alerts a USING (alert_id)"
            " WHERE a.source_id = %s ORDER BY o.id", (sid,)).fetchall()
        read = causes(conn, sid)
        conn.commit()
        assert [(r[0], r[1]) for r in rows] == [("raise", "Severe"), ("level", "Severe"), ("clear", "Severe")]
        # the totals fell below every level: an observed end, as the read model gives it
        assert read == [("raise", None), ("level", None), ("clear", ClearCause.ENDED)]
        assert outbox(conn, sid) == [
            ("water", "raise", "豪雨"), ("water", "level", "大豪雨"), ("water", "clear", "大豪雨")
        ]
        # the clear is due for delivery at the moment of the clear, not at the resolve 10 min later
        assert created[-1] == ("clear", BASE + timedelta(minutes=20))
        svc.stop()


def causes(conn: psycopg.Connection, sid: str) -> list[tuple[str, ClearCause | None]]:
    """``sid``'s condition transitions as the alerts package's read model gives them: action, clear cause."""
    every = condition_transitions(conn, datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC))
    return [(t.action, t.clear_cause) for t in every if t.source_id == sid]


def test_a_restart_keeps_values_that_are_still_valid(db_dsn: str, unique_id: str) -> None:
    """The evaluator is rebuilt with each series' latest value within its validity window."""
    sid = f"R3-{unique_id}"
    rules = parse_rules(RAIN_RULES.format(uid=unique_id, sid=sid))
    with psycopg.connect(db_dsn) as conn, psycopg.connect(db_dsn) as ingest:
        add_rain_sensor(ingest, sid)
        svc = AlertsService(conn, rules, consumer=f"lv3-{unique_id}", horizon_margin_s=0)
        svc.start(BASE)
        message(ingest, sid, BASE, rain_1h=10.0, rain_24h=90.0)  # 大雨
        svc.step(BASE)
        svc.stop()
        again = AlertsService(conn, rules, consumer=f"lv3-{unique_id}", horizon_margin_s=0)
        again.start(BASE + timedelta(minutes=40))  # 24 h total 40 min old: still valid
        again.step(BASE + timedelta(minutes=40))
        # No row comes after the restart: once idle, the observation clock runs on with the
        # wall clock from the restart (the downtime is not idleness), so the total is an
        # hour old on that clock 61 min after the restart.
        again.step(BASE + timedelta(minutes=40 + 61))
        rows = conn.execute(
            "SELECT t.action, t.at, t.reason FROM alert_transitions t JOIN alerts a USING (alert_id)"
            " WHERE a.source_id = %s ORDER BY t.id", (sid,)).fetchall()
        read = causes(conn, sid)
        conn.commit()
        assert [(r[0], r[1]) for r in rows] == [("raise", BASE), ("clear", BASE + timedelta(minutes=61))]
        assert "rain_24h expired" in rows[1][2]
        # no reading said it ended: the clear says it expired (the ops center reads it so)
        assert read == [("raise", None), ("clear", ClearCause.EXPIRED)]
        again.stop()
