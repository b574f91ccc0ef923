"""Trend read models: one sensor or one area over a range, read from the rollups.

The resolution (and so the table) comes from :mod:`common.trends`; table names
are composed with :class:`psycopg.sql.Identifier` from that fixed map only.
Buckets overlapping ``[start, end)`` are returned, oldest first; a month is
summed from Taiwan days. An area is a zone, sub-area or district name as the
sensor registry stores it (``sensors.zone``, ``sub_area``, ``district``); its
hours and days come from the per-area rollups (migration 0005), one row a
bucket, its minutes are pooled from the sensors' minute rollup.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from psycopg import Connection, sql
from psycopg.rows import class_row

from common.trends import TABLES, Resolution

CITY_TZ = ZoneInfo("Asia/Taipei")

#: Width of each resolution's bucket (months: only to find the first overlapping one).
WIDTH: dict[Resolution, timedelta] = {
    Resolution.MINUTE: timedelta(minutes=1),
    Resolution.HOUR: timedelta(hours=1),
    Resolution.DAY: timedelta(days=1),
    Resolution.MONTH: timedelta(days=31),
}


@dataclass(frozen=True, slots=True)
class TrendPoint:
    """One bucket of a trend: count-weighted mean, extremes, readings and sensors behind it."""

    bucket: datetime
    mean: float
    min: float
    max: float
    n: int
    sensors: int


_SENSOR = """
SELECT bucket, avg_value AS mean, min_value AS min, max_value AS max, n::bigint AS n, 1 AS sensors
FROM {table}
WHERE sensor_id = %(key)s AND metric = %(metric)s AND bucket > %(start)s AND bucket < %(end)s
ORDER BY bucket
"""
_SENSOR_MONTH = """
SELECT date_trunc('month', bucket, 'Asia/Taipei') AS bucket,
       sum(avg_value * n) / sum(n) AS mean, min(min_value) AS min, max(max_value) AS max,
       sum(n)::bigint AS n, 1 AS sensors
FROM {table}
WHERE sensor_id = %(key)s AND metric = %(metric)s AND bucket > %(start)s AND bucket < %(end)s
GROUP BY 1 ORDER BY 1
"""
#: Hour and day buckets of an area come from its own rollup (one row a bucket, migration 0005).
AREA_TABLES: dict[Resolution, str] = {
    Resolution.HOUR: "readings_area_1h",
    Resolution.DAY: "readings_area_1d",
    Resolution.MONTH: "readings_area_1d",
}
_AREA = """
SELECT bucket, avg_value AS mean, min_value AS min, max_value AS max, n, sensors
FROM {table}
WHERE area = %(key)s AND metric = %(metric)s AND bucket > %(start)s AND bucket < %(end)s
ORDER BY bucket
"""
# A month's sensors: the most that reported on any of its days.
_AREA_MONTH = """
SELECT date_trunc('month', bucket, 'Asia/Taipei') AS bucket,
       sum(avg_value * n) / sum(n) AS mean, min(min_value) AS min, max(max_value) AS max,
       sum(n)::bigint AS n, max(sensors) AS sensors
FROM {table}
WHERE area = %(key)s AND metric = %(metric)s AND bucket > %(start)s AND bucket < %(end)s
GROUP BY 1 ORDER BY 1
"""
# Minutes (ranges up to an hour) are pooled from the sensors' minute rollup.
_AREA_MINUTE = """
SELECT r.bucket, sum(r.avg_value * r.n) / sum(r.n) AS mean, min(r.min_value) AS min,
       max(r.max_value) AS max, sum(r.n)::bigint AS n, count(*)::int AS sensors
FROM {table} r
JOIN sensors s ON s.sensor_id = r.sensor_id
WHERE %(key)s IN (s.zone, s.sub_area, s.district)
  AND r.metric = %(metric)s AND r.bucket > %(start)s AND r.bucket < %(end)s
GROUP BY r.bucket ORDER BY r.bucket
"""
SQL_AREA_EXISTS = "SELECT EXISTS (SELECT 1 FROM sensors WHERE %s IN (zone, sub_area, district))"


def _query(template: str, resolution: Resolution) -> sql.Composed:
    return sql.SQL(template).format(table=sql.Identifier(TABLES[resolution]))


def sensor_trend(conn: Connection, *, sensor_id: str, metric: str, resolution: Resolution,
                 start: datetime, end: datetime) -> list[TrendPoint]:
    """One sensor's metric in ``resolution`` buckets overlapping ``[start, end)``."""
    template = _SENSOR_MONTH if resolution is Resolution.MONTH else _SENSOR
    return _fetch(conn, _query(template, resolution), sensor_id, metric, resolution, start, end)


def area_trend(conn: Connection, *, area: str, metric: str, resolution: Resolution,
               start: datetime, end: datetime) -> list[TrendPoint]:
    """All sensors of an area (zone, sub-area or district) pooled per bucket."""
    if resolution is Resolution.MINUTE:
        query = _query(_AREA_MINUTE, resolution)
    else:
        template = _AREA_MONTH if resolution is Resolution.MONTH else _AREA
        query = sql.SQL(template).format(table=sql.Identifier(AREA_TABLES[resolution]))
    return _fetch(conn, query, area, metric, resolution, start, end)


def area_exists(conn: Connection, area: str) -> bool:
    """True when some registered sensor lies in the zone, sub-area or district ``area``."""
    row = conn.execute(SQL_AREA_EXISTS, (area,)).fetchone()
    return bool(row and row[0])


def _fetch(conn: Connection, query: sql.Composed, key: str, metric: str, resolution: Resolution,  # noqa: PLR0917 - one private helper of two callers
           start: datetime, end: datetime) -> list[TrendPoint]:
    if resolution is Resolution.MONTH:
        # Whole months: every day of the month the range starts in.
        local = start.astimezone(CITY_TZ)
        first = local.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
        since = first - timedelta(microseconds=1)
    else:
        since = start - WIDTH[resolution]
    params = {"key": key, "metric": metric, "start": since, "end": end}
    with conn.cursor(row_factory=class_row(TrendPoint)) as cur:
        cur.execute(query, params)
        return cur.fetchall()
