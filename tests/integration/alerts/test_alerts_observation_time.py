"""The alerts service is a function of the stored evidence, however late it is evaluated.

Data evaluated long after its observation time (a backlog after an outage, a replay)
must give the same alerts as the same data evaluated as it came, in any batches,
with or without a restart of the evaluator in between.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import psycopg
import pytest

from alerts.service import AlertsService
from tests.integration.alerts.alerts_helpers import add_water_sensor, insert_readings, rules_for

pytestmark = pytest.mark.integration

BASE = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=4)
#: How far the wall clock runs ahead of the data: more than auto-resolve (600 s) and
#: than the rate rule's memory (2 x 600 s), less than a water level's validity (3600 s).
LAG = timedelta(minutes=25)


def minute(n: float) -> datetime:
    return BASE + timedelta(minutes=n)


def raised(conn: psycopg.Connection, rule: str) -> list[datetime]:
    rows = conn.execute("SELECT raised_at FROM alerts WHERE rule_id = %s ORDER BY raised_at", (rule,)).fetchall()
    conn.commit()
    return [r[0] for r in rows]


# Level 三級 (Minor) is 10.0 m, hysteresis 0.05, 60 s to confirm: above from minute 0,
# clear at minute 5, above again from minute 20 (clear for 15 min: a new alert), clear
# at minute 25, above again from minute 28 (clear for 3 min: the same alert recurs).
LEVELS = [10.2] * 5 + [9.5] * 15 + [10.2] * 5 + [9.5] * 3 + [10.2] * 4


@pytest.mark.parametrize("steps", [1, 4, 32], ids=["one-batch", "four-batches", "every-minute"])
def test_a_condition_clear_for_auto_resolve_opens_a_new_alert_in_any_batches(
        db_dsn: str, unique_id: str, steps: int) -> None:
    sid = f"WLo-{unique_id}-{steps}"
    rule = f"wl-{unique_id}-{steps}"
    stream = [(sid, minute(m), v) for m, v in enumerate(LEVELS)]
    size = -(-len(stream) // steps)
    with psycopg.connect(db_dsn) as conn, psycopg.connect(db_dsn) as ingest:
        add_water_sensor(ingest, sid)
        svc = AlertsService(conn, rules_for(f"{unique_id}-{steps}", [sid], resolve=600),
                            consumer=f"o1-{unique_id}-{steps}", horizon_margin_s=0)
        svc.start(minute(0) + LAG)
        for i in range(0, len(stream), size):
            chunk = stream[i:i + size]
            insert_readings(ingest, chunk)
            svc.step(chunk[-1][1] + LAG)  # evaluated LAG after the newest observation
        assert raised(conn, rule) == [minute(1), minute(21)]
        svc.stop()


def test_a_restart_while_the_data_runs_behind_keeps_the_rate_window(db_dsn: str, unique_id: str) -> None:
    lag = timedelta(hours=2)  # more than any value is remembered for (3600 s)
    sid = f"WLr-{unique_id}"
    rule = f"rise-{unique_id}"
    rules = rules_for(unique_id, [sid])
    with psycopg.connect(db_dsn) as ingest:
        add_water_sensor(ingest, sid)
    # 9.0 m for 5 minutes, then 9.6 m: a rise of 0.6 m within 600 s (the rule's 0.5 m)
    with psycopg.connect(db_dsn) as conn, psycopg.connect(db_dsn) as ingest:
        svc = AlertsService(conn, rules, consumer=f"o2-{unique_id}", horizon_margin_s=0)
        svc.start(minute(0) + lag)
        insert_readings(ingest, [(sid, minute(m), 9.0) for m in range(5)])
        svc.step(minute(4) + lag)
        svc.stop()  # its lock released now, not when the server gets round to the closed session
    # the evaluator restarts (its memory is rebuilt from the database), then the rise comes
    with psycopg.connect(db_dsn) as conn, psycopg.connect(db_dsn) as ingest:
        svc = AlertsService(conn, rules, consumer=f"o2-{unique_id}", horizon_margin_s=0)
        svc.start(minute(5) + lag)
        insert_readings(ingest, [(sid, minute(5), 9.6)])
        svc.step(minute(5) + lag)
        assert raised(conn, rule) == [minute(5)]
        svc.stop()


def transitions(conn: psycopg.Connection, rule: str) -> list[tuple[str, datetime, str]]:
    rows = conn.execute(
        "SELECT t.action, t.at, t.severity FROM alert_transitions t JOIN alerts a ON a.alert_id = t.alert_id"
        " WHERE a.rule_id = %s ORDER BY t.at, t.id", (rule,)).fetchall()
    conn.commit()
    return [(str(a), at, str(s)) for a, at, s in rows]


@pytest.mark.parametrize("steps", [1, 4, 30], ids=["one-batch", "four-batches", "every-minute"])
def test_values_expire_on_the_observation_clock_in_any_batches(db_dsn: str, unique_id: str, steps: int) -> None:
    # A station above 三級 (10.0 m) every minute for half an hour, evaluated two hours
    # behind the wall clock (longer than a water level stays valid, 3600 s): no value
    # expires between two readings a minute apart, so the alert is raised once (confirmed
    # after 60 s) and nothing else happens, however the readings were batched.
    lag = timedelta(hours=2)
    sid = f"WLx-{unique_id}-{steps}"
    rule = f"wl-x{unique_id}-{steps}"
    stream = [(sid, minute(m), 10.2) for m in range(30)]
    size = -(-len(stream) // steps)
    with psycopg.connect(db_dsn) as conn, psycopg.connect(db_dsn) as ingest:
        add_water_sensor(ingest, sid)
        svc = AlertsService(conn, rules_for(f"x{unique_id}-{steps}", [sid]),
                            consumer=f"o3-{unique_id}-{steps}", horizon_margin_s=0)
        svc.start(minute(0) + lag)
        for i in range(0, len(stream), size):
            chunk = stream[i:i + size]
            insert_readings(ingest, chunk)
            svc.step(chunk[-1][1] + lag)
        assert transitions(conn, rule) == [("raise", minute(1), "Minor")]
        svc.stop()


def insert_permit(conn: psycopg.Connection, permit_id: str, issued: datetime, start: datetime) -> None:
    """A festival's permit issued at ``issued`` for an evening from ``start``, stored as ingest
    stores a permit's version: ``time`` is the start, the key ``approved@{issued in UTC}``."""
    conn.execute(
        "INSERT INTO events (time, source_id, domain, feed, event_key, category, geom, payload, ends_at)"
        " VALUES (%s, %s, 'police', 'planned_event', %s, 'festival', ST_SetSRID(ST_MakePoint(120.64, 24.17), 4326),"
        " '{}', %s)",
        (start, permit_id, f"approved@{issued.astimezone(UTC).isoformat()}", start + timedelta(hours=4)))
    conn.commit()


@pytest.mark.parametrize("steps", [1, 4, 30], ids=["one-batch", "four-batches", "every-minute"])
def test_a_permit_for_an_evening_ahead_leaves_the_observation_clock_where_the_data_is(
        db_dsn: str, unique_id: str, steps: int) -> None:
    # The stream of the test above, two hours behind the wall clock, with a festival's permit
    # issued as it begins for an evening 11 h later (the typhoon's): the permit was observed
    # when it was issued, not at the evening's start, so the clock stays with the data and the
    # alert is raised once, nothing else (a clock carried to the start, then held at the wall
    # clock, would find every value expired after each step: a clear, then a recur).
    lag = timedelta(hours=2)
    sid = f"WLp-{unique_id}-{steps}"
    rule = f"wl-p{unique_id}-{steps}"
    stream = [(sid, minute(m), 10.2) for m in range(30)]
    size = -(-len(stream) // steps)
    with psycopg.connect(db_dsn) as conn, psycopg.connect(db_dsn) as ingest:
        add_water_sensor(ingest, sid)
        insert_permit(ingest, f"PE-{unique_id}-{steps}", minute(0), minute(11 * 60))
        svc = AlertsService(conn, rules_for(f"p{unique_id}-{steps}", [sid]),
                            consumer=f"o4-{unique_id}-{steps}", horizon_margin_s=0)
        svc.start(minute(0) + lag)
        for i in range(0, len(stream), size):
            chunk = stream[i:i + size]
            insert_readings(ingest, chunk)
            svc.step(chunk[-1][1] + lag)
        assert transitions(conn, rule) == [("raise", minute(1), "Minor")]
        # with the data's hour (other tests' streams in the module's database end by minute 31),
        # neither the evening's start nor the wall clock two hours ahead
        assert svc.observed is not None
        assert svc.observed < minute(60)
        svc.stop()


def test_a_restart_counts_a_reading_dated_ahead_of_its_receipt_from_its_receipt(db_dsn: str, unique_id: str) -> None:
    # A station's gateway stamps a reading 280 s fast (ingest stores it: within
    # ingest.max_future_skew_s). The evaluator restarts, its memory rebuilt from the database,
    # then the station's next reading comes on time, 0.6 m higher: a rise within the rate
    # rule's 600 s, counted in the order the readings were observed, as without the restart.
    sid = f"WLa-{unique_id}"
    rule = f"rise-{unique_id}"
    rules = rules_for(unique_id, [sid])
    with psycopg.connect(db_dsn) as ingest:
        add_water_sensor(ingest, sid)
    with psycopg.connect(db_dsn) as conn, psycopg.connect(db_dsn) as ingest:
        svc = AlertsService(conn, rules, consumer=f"o5-{unique_id}", horizon_margin_s=0)
        svc.start(datetime.now(UTC))
        insert_readings(ingest, [(sid, datetime.now(UTC) + timedelta(seconds=280), 9.0)])
        svc.step(datetime.now(UTC))
        svc.stop()
    with psycopg.connect(db_dsn) as conn, psycopg.connect(db_dsn) as ingest:
        svc = AlertsService(conn, rules, consumer=f"o5-{unique_id}", horizon_margin_s=0)
        svc.start(datetime.now(UTC))
        on_time = datetime.now(UTC)
        insert_readings(ingest, [(sid, on_time, 9.6)])
        svc.step(datetime.now(UTC))
        assert raised(conn, rule) == [on_time]
        svc.stop()
