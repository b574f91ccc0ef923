"""A hand resolve while the condition still holds, through the real service and database:
the next readings at that level open nothing; a higher level, or the condition's return
after it ended, opens a new alert (docs/alerts.md, "Resolving while the condition holds")."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import psycopg
import pytest

from alerts.lifecycle import AlertState
from alerts.service import AlertsService, act
from tests.integration.alerts.alerts_helpers import add_water_sensor, insert_readings, rules_for

pytestmark = pytest.mark.integration

BASE = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)


def minute(n: float) -> datetime:
    return BASE + timedelta(minutes=n)


def alerts_of(conn: psycopg.Connection, sid: str) -> list[tuple[int, str, str, bool]]:
    """The station's water-level alerts (not those of the rate-of-change rule)."""
    rows = conn.execute(
        "SELECT alert_id, state, label, set_aside FROM alerts WHERE source_id = %s AND rule_id LIKE 'wl-%%'"
        " ORDER BY alert_id",
        (sid,),
    ).fetchall()
    conn.commit()
    return rows


def history(conn: psycopg.Connection, alert_id: int) -> list[tuple[str, str, str]]:
    rows = conn.execute(
        "SELECT actor, action, reason FROM alert_transitions WHERE alert_id = %s ORDER BY id", (alert_id,)
    ).fetchall()
    conn.commit()
    return rows


def test_resolved_while_holding_stays_resolved_until_it_rises(db_dsn: str, unique_id: str) -> None:
    sid = f"WLs-{unique_id}"  # levels 3/2/1 = 10.0/10.5/11.0 m
    rules = rules_for(unique_id, [sid])
    with psycopg.connect(db_dsn) as conn, psycopg.connect(db_dsn) as ingest:
        add_water_sensor(ingest, sid)
        svc = AlertsService(conn, rules, consumer=f"sa1-{unique_id}", horizon_margin_s=0)
        svc.start(minute(0))
        insert_readings(ingest, [(sid, minute(i), 10.6) for i in range(3)])
        svc.step(minute(3))
        [(first, state, label, _)] = alerts_of(conn, sid)
        assert (state, label) == ("raised", "二級警戒")
        act(conn, rules, first, AlertState.RESOLVED, now=minute(3), actor="coord-lin", reason="crew on site")
        # the station keeps reporting the same level, and once a lower one, for ten minutes
        insert_readings(ingest, [(sid, minute(4 + i), v) for i, v in enumerate([10.6, 10.7, 10.4, 10.6] * 3)])
        svc.step(minute(16))
        assert alerts_of(conn, sid) == [(first, "resolved", "二級警戒", True)]
        # the water rises to level 1: that is new
        insert_readings(ingest, [(sid, minute(16 + i), 11.2) for i in range(3)])
        svc.step(minute(19))
        [old, new] = alerts_of(conn, sid)
        assert old == (first, "resolved", "二級警戒", False)
        assert new[1:] == ("raised", "一級警戒", False)
        ((_, action, why),) = history(conn, new[0])
        assert action == "raise"
        assert why.endswith(f"rose above 二級警戒 of alert {first}")
        resolve = [h for h in history(conn, first) if h[1] == "resolve"]
        assert resolve == [("coord-lin", "resolve",
                            "crew on site · condition still holds (二級警戒): no new alert until it ends or rises above"
                            " 二級警戒")]
        svc.stop()


def test_resolved_while_holding_comes_back_after_the_condition_ended(db_dsn: str, unique_id: str) -> None:
    sid = f"WLe-{unique_id}"
    rules = rules_for(unique_id, [sid])
    with psycopg.connect(db_dsn) as conn, psycopg.connect(db_dsn) as ingest:
        add_water_sensor(ingest, sid)
        svc = AlertsService(conn, rules, consumer=f"sa2-{unique_id}", horizon_margin_s=0)
        svc.start(minute(0))
        insert_readings(ingest, [(sid, minute(i), 10.6) for i in range(3)])
        svc.step(minute(3))
        [(first, _, _, _)] = alerts_of(conn, sid)
        act(conn, rules, first, AlertState.RESOLVED, now=minute(3), actor="coord-lin", reason="handled")
        insert_readings(ingest, [(sid, minute(4), 9.2)])  # below every level: the condition ended
        svc.step(minute(5))
        assert alerts_of(conn, sid) == [(first, "resolved", "二級警戒", False)]
        assert history(conn, first)[-1][1:] == ("clear", "condition ended after the resolve: below every level")
        row = conn.execute("SELECT cleared_at, clear_cause FROM alerts WHERE alert_id = %s", (first,)).fetchone()
        conn.commit()
        assert row == (minute(4), "ended")
        insert_readings(ingest, [(sid, minute(6 + i), 10.6) for i in range(3)])  # and it comes back
        svc.step(minute(9))
        [old, new] = alerts_of(conn, sid)
        assert old[:2] == (first, "resolved")
        assert new[1:3] == ("raised", "二級警戒")
        svc.stop()
