"""Hourly and daily rollups (migration 0004) against direct aggregates of the raw readings."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import psycopg
import pytest

from common.db import detect_capabilities
from common.maintenance import run_once

pytestmark = pytest.mark.integration

DIRECT_H = """
SELECT time_bucket(INTERVAL '1 hour', time), sensor_id, metric, count(*)::bigint, avg(value), min(value), max(value)
FROM readings GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
"""
# Taiwan days: local midnight is 16:00 UTC the day before.
DIRECT_D = """
SELECT date_trunc('day', time, 'Asia/Taipei'), sensor_id, metric, count(*)::bigint, avg(value), min(value),
       max(value)
FROM readings GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
"""
ROLLUP = "SELECT bucket, sensor_id, metric, n, avg_value, min_value, max_value FROM {} ORDER BY 1, 2, 3"


def _insert(conn: psycopg.Connection, rows: list[tuple[datetime, str, str, float]]) -> None:
    with conn.cursor() as cur:
        cur.executemany("INSERT INTO readings (time, sensor_id, metric, value) VALUES (%s, %s, %s, %s)", rows)


def _rounded(rows: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    return [tuple(round(v, 9) if isinstance(v, float) else v for v in r) for r in rows]


def test_hour_and_day_rollups_match_the_raw_readings_including_late_data(db_dsn: str) -> None:
    # Around a Taiwan midnight (16:00 UTC), recent enough for retention to keep it.
    midnight = datetime.now(UTC).replace(hour=16, minute=0, second=0, microsecond=0) - timedelta(days=2)
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        caps = detect_capabilities(conn)
        _insert(conn, [(midnight + timedelta(minutes=7 * i - 180), f"s{i % 3}", "water_level_m", float(i % 11))
                       for i in range(80)])
        run_once(conn, caps)
        assert _rounded(conn.execute(ROLLUP.format("readings_1h")).fetchall()) == _rounded(
            conn.execute(DIRECT_H).fetchall())
        days = conn.execute(ROLLUP.format("readings_1d")).fetchall()
        assert _rounded(days) == _rounded(conn.execute(DIRECT_D).fetchall())
        assert {d[0] for d in days} == {midnight - timedelta(days=1), midnight}  # both sides of local midnight
        # Late data into an hour and a day already rolled up.
        _insert(conn, [(midnight - timedelta(minutes=1), "s0", "water_level_m", 100.0)])
        run_once(conn, caps)
        assert _rounded(conn.execute(ROLLUP.format("readings_1h")).fetchall()) == _rounded(
            conn.execute(DIRECT_H).fetchall())
        assert _rounded(conn.execute(ROLLUP.format("readings_1d")).fetchall()) == _rounded(
            conn.execute(DIRECT_D).fetchall())


AREA_DIRECT_H = """
SELECT a.area, r.metric, time_bucket(INTERVAL '1 hour', r.time), count(*)::bigint, avg(r.value), min(r.value),
       max(r.value), count(DISTINCT r.sensor_id)::int
FROM readings r JOIN sensors s ON s.sensor_id = r.sensor_id
CROSS JOIN LATERAL unnest(ARRAY[s.zone, s.sub_area, s.district]) AS a(area)
WHERE a.area IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
"""
AREA_DIRECT_D = AREA_DIRECT_H.replace("time_bucket(INTERVAL '1 hour', r.time)",
                                      "date_trunc('day', r.time, 'Asia/Taipei')")
AREA_ROLLUP = """
SELECT area, metric, bucket, n, avg_value, min_value, max_value, sensors FROM {} ORDER BY 1, 2, 3
"""


def test_area_rollups_pool_each_zone_sub_area_and_district_including_late_data(db_dsn: str) -> None:
    start = datetime.now(UTC).replace(minute=0, second=0, microsecond=0) - timedelta(days=1)
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        caps = detect_capabilities(conn)
        for sid, zone, sub, district in (("A1", "shuinan", "central_park", "西屯區"),
                                         ("A2", "shuinan", None, "西屯區"), ("A3", None, None, "北屯區")):
            conn.execute("INSERT INTO sensors (sensor_id, agency, kind, geom, zone, sub_area, district) VALUES"
                         " (%s, 'disaster', 'rain', ST_SetSRID(ST_MakePoint(120.65, 24.18), 4326), %s, %s, %s)",
                         (sid, zone, sub, district))
        _insert(conn, [(start + timedelta(minutes=13 * i), f"A{1 + i % 3}", "rain_1h", float(i % 5))
                       for i in range(120)])
        run_once(conn, caps)
        for table, direct in (("readings_area_1h", AREA_DIRECT_H), ("readings_area_1d", AREA_DIRECT_D)):
            assert _rounded(conn.execute(AREA_ROLLUP.format(table)).fetchall()) == _rounded(
                conn.execute(direct).fetchall())
        _insert(conn, [(start + timedelta(minutes=1), "A2", "rain_1h", 50.0)])  # late, into a done hour
        run_once(conn, caps)
        for table, direct in (("readings_area_1h", AREA_DIRECT_H), ("readings_area_1d", AREA_DIRECT_D)):
            assert _rounded(conn.execute(AREA_ROLLUP.format(table)).fetchall()) == _rounded(
                conn.execute(direct).fetchall())

