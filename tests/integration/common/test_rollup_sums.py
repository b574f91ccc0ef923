"""Rollups merged window by window equal one recompute from the raw readings, exactly.

Maintenance adds each window of received readings to the minutes, hours and Taiwan days
it falls in (count, exact sum, min, max; migration 0007), so a unit costs its own
readings. The property: whatever the readings (times, stations, late arrivals into
buckets already rolled up, duplicates of a stored key, values at the edges of the double
range) and however they were cut into transactions and units, every bucket holds the row
one recompute from its raw readings gives, and the count, extremes and sum an independent
exact computation in Python gives.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from fractions import Fraction

import psycopg
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from common.db import Capabilities, detect_capabilities
from common.maintenance import MaintenanceWorker, refresh_coarse_rollups

pytestmark = pytest.mark.integration

RESET = """
TRUNCATE readings, readings_1h, readings_1d, readings_area_1h, readings_area_1d;
DELETE FROM soc_maintenance;
"""
INSERT = "INSERT INTO readings (time, sensor_id, metric, value) VALUES (%s, %s, %s, %s) ON CONFLICT DO NOTHING"
# One recompute from the raw readings, per bucket of each rollup.
DIRECT = """
SELECT {bucket} AS bucket, sensor_id, metric, count(*)::bigint, sum(value::text::numeric),
       soc_mean(sum(value::text::numeric), count(*)), min(value), max(value)
FROM readings GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
"""
BUCKETS = {
    "readings_1m": "time_bucket(INTERVAL '1 minute', time)",
    "readings_1h": "time_bucket(INTERVAL '1 hour', time)",
    "readings_1d": "time_bucket(INTERVAL '1 day', time, origin => '2000-01-03 00:00:00+08'::timestamptz)",
}
SQL_COUNT = "SELECT count(*) FROM readings"
SQL_DECIMALS = "SELECT x::text FROM unnest(%s::float8[]) WITH ORDINALITY AS u(x, i) ORDER BY i"
ROLLUP = "SELECT bucket, sensor_id, metric, n, sum_value, avg_value, min_value, max_value FROM {} ORDER BY 1, 2, 3"

#: Reading times: slots 53 s apart over about 3 h around a Taiwan midnight (16:00 UTC),
#: recent enough for retention to keep them.
SLOTS = 200
SLOT = timedelta(seconds=53)
BASE = (datetime.now(UTC).replace(hour=16, minute=0, second=0, microsecond=0) - timedelta(days=2)
        - SLOTS // 2 * SLOT)

EDGES = [0.0, -0.0, 5e-324, -5e-324, 1e-323, 2.2250738585072014e-308, 1e-300, 0.1, 0.2, 0.3, 1 / 3, 1.0,
         1e16, -1e16, 2.0**53 + 2, 8.98846567431158e307, 1.7976931348623157e308, -1.7976931348623157e308,
         -20.0, 4000.0, 1e6]
values = st.one_of(st.sampled_from(EDGES), st.floats(allow_nan=False, allow_infinity=False),
                   st.floats(-20.0, 1e6))
# Clustered slots make several readings a minute and duplicates of a stored key.
readings = st.tuples(st.one_of(st.integers(0, SLOTS - 1), st.integers(0, 3)),
                     st.sampled_from(["RS-1", "RS-2"]), st.sampled_from(["rain_1h", "water_level_m"]), values)
#: Transactions of readings in commit order, each with whether maintenance runs after it.
batches = st.lists(st.tuples(st.lists(readings, max_size=12), st.booleans()), min_size=1, max_size=8)

Reading = tuple[int, str, str, float]


@pytest.fixture
def conn(db_dsn: str) -> Iterator[psycopg.Connection]:
    with psycopg.connect(db_dsn, autocommit=True) as c:
        yield c


def _maintain(conn: psycopg.Connection) -> None:
    """One pass in units of one transaction each (no budget met, no least size)."""
    worker = MaintenanceWorker(unit_s=1e-9, least=1)
    worker.open(conn, datetime.now(UTC))
    while worker.step(conn, datetime.now(UTC)):
        pass


def _stored(txns: list[tuple[list[Reading], bool]]) -> dict[tuple[int, str, str], float]:
    """The readings the table keeps: the first of each key, in commit order."""
    kept: dict[tuple[int, str, str], float] = {}
    for rows, _ in txns:
        for slot, sensor, metric, value in rows:
            kept.setdefault((slot, sensor, metric), value)
    return kept


def _expected_hours(kept: dict[tuple[int, str, str], float]) -> dict[tuple[datetime, str, str], list[float]]:
    hours: dict[tuple[datetime, str, str], list[float]] = {}
    for (slot, sensor, metric), value in kept.items():
        t = BASE + slot * SLOT
        hours.setdefault((t.replace(minute=0, second=0), sensor, metric), []).append(value)
    return hours


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(txns=batches)
@example(txns=[([(0, "RS-1", "rain_1h", 1.7976931348623157e308), (1, "RS-1", "rain_1h", 1.7976931348623157e308)],
                True)])
@example(txns=[([(0, "RS-1", "rain_1h", 1e16), (1, "RS-1", "rain_1h", 1.0)], True),
               ([(2, "RS-1", "rain_1h", -1e16)], False)])
@example(txns=[([(0, "RS-1", "rain_1h", 5e-324), (1, "RS-1", "rain_1h", 0.0), (2, "RS-1", "rain_1h", 0.0)],
                False)])
def test_rollups_merged_in_units_equal_one_recompute_from_the_raw_readings(
        conn: psycopg.Connection, txns: list[tuple[list[Reading], bool]]) -> None:
    caps: Capabilities = detect_capabilities(conn)
    conn.execute(RESET)
    if not caps.has_continuous_aggregates:
        conn.execute("TRUNCATE readings_1m")
    for rows, then_maintain in txns:
        with conn.transaction(), conn.cursor() as cur:
            cur.executemany(INSERT, [(BASE + slot * SLOT, s, m, v) for slot, s, m, v in rows])
        if then_maintain:
            _maintain(conn)
    _maintain(conn)

    tables = ["readings_1h", "readings_1d"] + ([] if caps.has_continuous_aggregates else ["readings_1m"])
    for table in tables:
        assert conn.execute(ROLLUP.format(table).encode()).fetchall() == conn.execute(
            DIRECT.format(bucket=BUCKETS[table]).encode()).fetchall(), table

    # Independently of the database's aggregates: the hours from the readings kept, each
    # taken as the decimal the database writes for it (the shortest that reads back as it,
    # not always Python's: 2.344642897984673e+16 is '2.3446428979846728e+16' there).
    kept = _stored(txns)
    assert conn.execute(SQL_COUNT).fetchone() == (len(kept),)
    expected = _expected_hours(kept)
    floats = sorted({v for vals in expected.values() for v in vals})
    exact = {v: Fraction(Decimal(text)) for v, text in zip(floats, [
        t for (t,) in conn.execute(SQL_DECIMALS, (floats,)).fetchall()], strict=True)}
    got = {(b, s, m): rest for b, s, m, *rest in conn.execute(ROLLUP.format("readings_1h").encode()).fetchall()}
    assert got.keys() == expected.keys()
    for key, vals in expected.items():
        n, total, mean, lo, hi = got[key]
        total_exact = sum((exact[v] for v in vals), Fraction(0))
        assert (n, lo, hi) == (len(vals), min(vals), max(vals)), key
        assert Fraction(total) == total_exact, key  # exact: no rounding anywhere
        q = total_exact / len(vals)
        want = 0.0 if abs(q) < Fraction(1, 10**300) else float(q)
        assert math.isclose(mean, want, rel_tol=1e-15), (key, mean, want)


SQL_WAITING = """
SELECT EXISTS (SELECT FROM pg_stat_activity WHERE pid = %s AND wait_event_type = 'Lock')
"""


def test_a_second_maintenance_waits_for_the_first_and_never_adds_a_window_twice(
        conn: psycopg.Connection, db_dsn: str) -> None:
    conn.execute(RESET)
    refresh_coarse_rollups(conn)  # the watermark's row exists: both read it
    with conn.transaction(), conn.cursor() as cur:
        cur.executemany(INSERT, [(BASE + slot * SLOT, "RS-1", "rain_1h", float(slot)) for slot in range(40)])
    done: list[BaseException | None] = []
    with psycopg.connect(db_dsn, autocommit=True) as other:
        pid = other.info.backend_pid

        def second() -> None:
            try:
                refresh_coarse_rollups(other)
                done.append(None)
            except BaseException as exc:  # handed to the test's thread
                done.append(exc)

        with conn.transaction():  # the first one's unit, held open
            refresh_coarse_rollups(conn)
            thread = threading.Thread(target=second)
            thread.start()
            deadline = time.monotonic() + 60  # a bound on waiting, not a timing assertion
            while not done and conn.execute(SQL_WAITING, (pid,)).fetchone() != (True,):
                assert time.monotonic() < deadline, "the second maintenance neither waited nor finished"
                time.sleep(0.01)
        thread.join()
    assert done == [None]
    assert conn.execute(ROLLUP.format("readings_1h").encode()).fetchall() == conn.execute(
        DIRECT.format(bucket=BUCKETS["readings_1h"]).encode()).fetchall()
