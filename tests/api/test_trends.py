"""Trend routes: a sensor's 24 hours in hours, an area's 7 days in Taiwan days, from the rollups."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import psycopg
import pytest

from common.db import detect_capabilities
from common.maintenance import run_once
from tests.api.conftest import auth
from tests.api.test_auth import is_problem
from tests.integration.ingest.ingest_helpers import wait_until
from web.wall import topics
from web.wall.hub import TrendItem

SENSORS = [("TR-1", "shuinan", "central_park", "西屯區"), ("TR-2", "shuinan", "expo_park", "西屯區"),
           ("TR-3", None, None, "北屯區")]


@pytest.fixture(scope="module")
def seeded(db_dsn: str) -> datetime:
    """Three sensors, one reading every 20 minutes for 9 days, rollups refreshed."""
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        for sid, zone, sub, district in SENSORS:
            conn.execute(
                "INSERT INTO sensors (sensor_id, agency, kind, name, geom, zone, sub_area, district)"
                " VALUES (%s, 'disaster', 'water_level', %s, ST_SetSRID(ST_MakePoint(120.656, 24.182), 4326),"
                " %s, %s, %s)", (sid, sid, zone, sub, district))
        rows = [(now - timedelta(minutes=20 * k), sid, "water_level_m", float((k * 7 + j) % 13))
                for k in range(9 * 72) for j, (sid, *_rest) in enumerate(SENSORS)]
        with conn.cursor() as cur:
            cur.executemany("INSERT INTO readings (time, sensor_id, metric, value) VALUES (%s, %s, %s, %s)", rows)
        run_once(conn, detect_capabilities(conn))
    return now


def _direct(db_dsn: str, query: str, params: dict[str, object]) -> list[tuple[datetime, float, float, float, int]]:
    with psycopg.connect(db_dsn) as conn:
        return [(b, round(m, 9), lo, hi, n) for b, m, lo, hi, n in conn.execute(query, params).fetchall()]


def _points(body: dict[str, object]) -> list[tuple[datetime, float, float, float, int]]:
    return [(datetime.fromisoformat(p["bucket"]), round(p["mean"], 9), p["min"], p["max"], p["n"])  # type: ignore[index]
            for p in body["points"]]  # type: ignore[attr-defined]


def test_sensor_trend_of_24_hours_comes_in_hours_equal_to_the_raw_readings(
    api: httpx.Client, accounts: dict[str, str], seeded: datetime, db_dsn: str
) -> None:
    r = api.get("/api/sensors/TR-1/trend", headers=auth(accounts["op"]),
                params={"metric": "water_level_m", "range": "24h"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert (body["resolution"], body["range"], body["key"]) == ("hour", "24h", "TR-1")
    start = datetime.fromisoformat(body["start"])
    expected = _direct(db_dsn, """
        SELECT time_bucket(INTERVAL '1 hour', time) b, avg(value), min(value), max(value), count(*)
        FROM readings WHERE sensor_id = 'TR-1' AND time >= time_bucket(INTERVAL '1 hour', %(s)s::timestamptz)
        GROUP BY 1 ORDER BY 1""", {"s": start})
    assert _points(body) == expected
    assert 24 <= len(expected) <= 25


def test_area_trend_of_7_days_comes_in_taiwan_days_pooled_over_the_areas_sensors(
    api: httpx.Client, accounts: dict[str, str], seeded: datetime, db_dsn: str
) -> None:
    r = api.get("/api/areas/西屯區/trend", headers=auth(accounts["op"]),
                params={"metric": "water_level_m", "range": "7d"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["resolution"] == "day"
    start = datetime.fromisoformat(body["start"])
    expected = _direct(db_dsn, """
        SELECT date_trunc('day', r.time, 'Asia/Taipei') b, avg(value), min(value), max(value), count(*)
        FROM readings r WHERE sensor_id IN ('TR-1', 'TR-2')
          AND r.time >= date_trunc('day', %(s)s::timestamptz, 'Asia/Taipei')
        GROUP BY 1 ORDER BY 1""", {"s": start})
    assert _points(body) == expected
    assert {p["sensors"] for p in body["points"]} == {2}
    sub = api.get("/api/areas/central_park/trend", headers=auth(accounts["op"]),
                  params={"metric": "water_level_m", "range": "30d"}).json()
    assert {p["sensors"] for p in sub["points"]} == {1}


def test_trend_errors(api: httpx.Client, accounts: dict[str, str], seeded: datetime) -> None:
    h = auth(accounts["op"])
    is_problem(api.get("/api/sensors/TR-1/trend", params={"metric": "water_level_m"}), 401)
    is_problem(api.get("/api/sensors/nope/trend", headers=h, params={"metric": "water_level_m"}), 404)
    is_problem(api.get("/api/areas/nowhere/trend", headers=h, params={"metric": "water_level_m"}), 404)
    for bad in ("1w", "0h", "401d", "24"):
        is_problem(api.get("/api/sensors/TR-1/trend", headers=h, params={"metric": "water_level_m", "range": bad}),
                   422)
    is_problem(api.get("/api/sensors/TR-1/trend", headers=h), 422)  # metric required
    month = api.get("/api/sensors/TR-1/trend", headers=h, params={"metric": "water_level_m", "range": "90d"})
    assert month.json()["resolution"] == "month"
    assert sum(p["n"] for p in month.json()["points"]) == 9 * 72


SQL_WALL_READING = "INSERT INTO readings (time, sensor_id, metric, value) VALUES (%s, 'TR-WALL', 'water_level_m', %s)"


def _hours(conn: psycopg.Connection) -> int:
    row = conn.execute("SELECT count(*) FROM readings_1h WHERE sensor_id = 'TR-WALL'").fetchone()
    return int(row[0]) if row else 0


def test_the_walls_sparkline_is_the_trend_routes_answer_and_its_newest_value_is_live(
    api: httpx.Client, accounts: dict[str, str], db_dsn: str
) -> None:
    """The wall draws a station's 12 hours as ``GET /api/sensors/{id}/trend?range=12h``
    answers them (the hourly rollup's highs); a reading stored after the rollup's last
    refresh is the newest value at once but enters the sparkline with the rollup."""
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        conn.execute(
            "INSERT INTO sensors (sensor_id, agency, kind, name, geom, zone, sub_area, district)"
            " VALUES ('TR-WALL', 'disaster', 'water_level', '牆面水位',"
            " ST_SetSRID(ST_MakePoint(120.656, 24.182), 4326), 'shuinan', 'central_park', '西屯區')")
        with conn.cursor() as cur:
            cur.executemany(SQL_WALL_READING, [(now - timedelta(minutes=30 * k + 1), 1.0 + k % 5) for k in range(26)])
        # the refresh reads up to ingest_horizon(): a transaction open elsewhere (the live app's
        # services) holds it back, so it is repeated until the hours hold the station's readings
        caps = detect_capabilities(conn)
        wait_until(lambda: run_once(conn, caps) is not None and _hours(conn) >= 11, 60, "the rollup of TR-WALL")
        conn.execute(SQL_WALL_READING, (now, 9.5))
        items = topics.load_trends(conn, now)
    r = api.get("/api/sensors/TR-WALL/trend", headers=auth(accounts["op"]),
                params={"metric": "water_level_m", "range": "12h"})
    assert r.status_code == 200, r.text
    assert r.json()["resolution"] == "hour"
    hour0 = now.replace(minute=0) - timedelta(hours=11)
    expected: list[float | None] = [None] * 12
    for p in r.json()["points"]:
        i = int((datetime.fromisoformat(p["bucket"]) - hour0).total_seconds() // 3600)
        if 0 <= i < 12:
            expected[i] = p["max"]
    item = items["TR-WALL"]
    assert isinstance(item, TrendItem)
    assert list(item.spark) == expected
    assert 9.5 not in item.spark
    assert sum(v is not None for v in item.spark) >= 11
    assert item.latest == 9.5
