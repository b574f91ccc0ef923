"""Benchmark: trend queries over the rollups against the same trends from the raw readings.

Run (against a database server you own; the benchmark creates and drops its own
database there)::

    flock /tmp/soc-bench.lock .venv/bin/python -m bench.trends [--sensors 10000] [--days 30]

Data, generated inside PostgreSQL with ``generate_series``:

* ``--sensors`` water-level sensors in 10 districts (``D0`` … ``D9``), 1,000 each
  at the default size;
* district ``D0`` gets **raw readings** for the last ``--raw-days`` days (8) at
  one reading per ``--raw-every`` (5 minutes), and its hourly and daily rollups
  are computed from them by the real maintenance pass
  (:func:`common.maintenance.refresh_coarse_rollups`, timed);
* every other sensor, and ``D0`` before its raw window, gets **rollup rows
  generated directly** (``readings_1h`` for ``--days`` days, ``readings_1d`` and
  the per-district ``readings_area_1h`` / ``readings_area_1d`` summed from them the
  way maintenance does): 30 days × 10,000 sensors of raw readings would be 432
  million rows at one a minute, too many to generate on a shared 2-core machine,
  and the trend queries never read them.

Queries (the route's own functions, :mod:`ingest.trends`, over one psycopg
connection), each timed ``--runs`` times after a warm-up, random sensors of D0:

* ``sensor_24h``: one sensor, 24 hours in hours (``readings_1h``);
* ``district_7d``: district D0, 7 days in Taiwan days (``readings_area_1d``, one row a day);
* ``district_7d_join``: the same pooled at query time from ``readings_1d`` joined to
  the district's sensors (the shape before per-area rollups);
* ``raw_sensor_24h`` / ``raw_district_7d``: the same answers computed from
  ``readings`` with ``time_bucket`` in the same run (fewer runs for the district:
  each reads about two million rows).

The district answers from both paths are compared (they must be equal). Prints
JSON; docs/benchmarks.md records the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql

from common.db import connect
from common.maintenance import refresh_coarse_rollups
from common.migrate import migrate
from common.settings import Settings, load_settings
from common.trends import Resolution
from ingest import trends as ingest_trends

ROOT = Path(__file__).resolve().parents[1]

SQL_SENSORS = """
INSERT INTO sensors (sensor_id, agency, kind, name, geom, district)
SELECT 'BT-' || i, 'disaster', 'water_level', 'bench ' || i,
       ST_SetSRID(ST_MakePoint(120.6 + (i %% 100) * 0.001, 24.1 + (i / 100) * 0.001), 4326),
       'D' || (i %% %(districts)s)
FROM generate_series(0, %(n)s - 1) AS i
"""
# Direct hourly rows: a smooth daily wave per sensor; 12 readings an hour.
SQL_HOURS = """
INSERT INTO readings_1h (bucket, sensor_id, metric, n, sum_value, avg_value, min_value, max_value)
SELECT h, s.sensor_id, 'water_level_m', 12,
       12 * (1.5 + sin(extract(epoch FROM h) / 13751.0 + length(s.sensor_id)))::text::numeric,
       1.5 + sin(extract(epoch FROM h) / 13751.0 + length(s.sensor_id)) ,
       1.4 + sin(extract(epoch FROM h) / 13751.0 + length(s.sensor_id)),
       1.6 + sin(extract(epoch FROM h) / 13751.0 + length(s.sensor_id))
FROM sensors s
CROSS JOIN generate_series(%(first)s::timestamptz, %(last)s::timestamptz, INTERVAL '1 hour') AS h
WHERE s.sensor_id LIKE 'BT-%%' AND (s.district <> 'D0' OR h < %(raw_start)s)
"""
SQL_DAYS = """
INSERT INTO readings_1d (bucket, sensor_id, metric, n, sum_value, avg_value, min_value, max_value)
SELECT time_bucket(INTERVAL '1 day', bucket, origin => '2000-01-03 00:00:00+08'::timestamptz),
       sensor_id, metric, sum(n), sum(sum_value), soc_mean(sum(sum_value), sum(n)::bigint), min(min_value),
       max(max_value)
FROM readings_1h GROUP BY 1, 2, 3
"""
SQL_RAW = """
INSERT INTO readings (time, sensor_id, metric, value, received_at)
SELECT t, s.sensor_id, 'water_level_m',
       1.5 + sin(extract(epoch FROM t) / 13751.0 + length(s.sensor_id)) + (random() - 0.5) * 0.2, now()
FROM sensors s
CROSS JOIN generate_series(%(start)s::timestamptz, %(end)s::timestamptz, %(every)s::interval) AS t
WHERE s.district = 'D0'
"""
# Area rollups from the sensors' rollups, the way maintenance builds them (districts only here).
SQL_AREAS = """
INSERT INTO {target} (area, metric, bucket, n, avg_value, min_value, max_value, sensors)
SELECT s.district, x.metric, x.bucket, sum(x.n), sum(x.avg_value * x.n) / sum(x.n), min(x.min_value),
       max(x.max_value), count(*)
FROM {source} x JOIN sensors s ON s.sensor_id = x.sensor_id
GROUP BY 1, 2, 3
"""
JOINED_DISTRICT = """
SELECT r.bucket, sum(r.avg_value * r.n) / sum(r.n), min(r.min_value), max(r.max_value), sum(r.n), count(*)
FROM readings_1d r JOIN sensors s ON s.sensor_id = r.sensor_id
WHERE %(key)s IN (s.zone, s.sub_area, s.district)
  AND r.metric = 'water_level_m' AND r.bucket > %(start)s AND r.bucket < %(end)s
GROUP BY r.bucket ORDER BY r.bucket
"""
RAW_SENSOR = """
SELECT time_bucket(INTERVAL '1 hour', time) AS bucket, avg(value), min(value), max(value), count(*)
FROM readings WHERE sensor_id = %(key)s AND metric = 'water_level_m' AND time > %(start)s AND time < %(end)s
GROUP BY 1 ORDER BY 1
"""
RAW_DISTRICT = """
SELECT time_bucket(INTERVAL '1 day', r.time, origin => '2000-01-03 00:00:00+08'::timestamptz) AS bucket,
       avg(r.value), min(r.value), max(r.value), count(*)
FROM readings r JOIN sensors s ON s.sensor_id = r.sensor_id
WHERE %(key)s IN (s.zone, s.sub_area, s.district) AND r.metric = 'water_level_m'
  AND r.time >= %(start)s AND r.time < %(end)s
GROUP BY 1 ORDER BY 1
"""


def timed(fn: Callable[[], object], runs: int, warmup: int = 5) -> dict[str, float]:
    """Latency percentiles (ms) of ``fn`` over ``runs`` calls after ``warmup`` calls."""
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    samples.sort()

    def pct(p: float) -> float:
        return round(samples[min(len(samples) - 1, int(p * len(samples)))], 2)

    return {"runs": runs, "p50_ms": pct(0.50), "p95_ms": pct(0.95), "p99_ms": pct(0.99),
            "max_ms": round(samples[-1], 2), "mean_ms": round(statistics.fmean(samples), 2)}


def generate(conn: psycopg.Connection, args: argparse.Namespace, now: datetime) -> dict[str, Any]:
    """Fill the benchmark database; returns row counts and generation times."""
    out: dict[str, Any] = {}
    first = (now - timedelta(days=args.days)).replace(minute=0, second=0, microsecond=0)
    last = now.replace(minute=0, second=0, microsecond=0)
    raw_start = (now - timedelta(days=args.raw_days)).replace(minute=0, second=0, microsecond=0)
    t0 = time.monotonic()
    conn.execute(SQL_SENSORS, {"n": args.sensors, "districts": args.districts})
    conn.execute(SQL_HOURS, {"first": first, "last": last, "raw_start": raw_start})
    conn.execute(SQL_DAYS)
    for target, source in (("readings_area_1h", "readings_1h"), ("readings_area_1d", "readings_1d")):
        conn.execute(SQL_AREAS.format(target=target, source=source).encode())
    out["direct_rollups_s"] = round(time.monotonic() - t0, 1)
    t0 = time.monotonic()
    conn.execute(SQL_RAW, {"start": raw_start, "end": now, "every": timedelta(minutes=args.raw_every)})
    out["raw_insert_s"] = round(time.monotonic() - t0, 1)
    conn.execute("ANALYZE")
    t0 = time.monotonic()
    out["maintenance_hours_recomputed"] = refresh_coarse_rollups(conn)
    out["maintenance_s"] = round(time.monotonic() - t0, 1)
    conn.execute("ANALYZE")
    for table in ("readings", "readings_1h", "readings_1d", "readings_area_1h", "readings_area_1d"):
        row = conn.execute(f"SELECT count(*) FROM {table}".encode()).fetchone()
        out[f"rows_{table}"] = int(row[0]) if row else 0
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--sensors", type=int, default=10_000)
    ap.add_argument("--districts", type=int, default=10)
    ap.add_argument("--days", type=int, default=30, help="days of rollups for every sensor")
    ap.add_argument("--raw-days", type=int, default=8, help="days of raw readings for district D0")
    ap.add_argument("--raw-every", type=int, default=5, help="minutes between raw readings")
    ap.add_argument("--runs", type=int, default=500)
    ap.add_argument("--raw-runs", type=int, default=20, help="runs of the raw district query")
    ap.add_argument("--keep", action="store_true", help="keep the database (prints its name)")
    args = ap.parse_args()

    base: Settings = load_settings(ROOT / ".env")
    dbname = f"bench_trends_{uuid.uuid4().hex[:8]}"
    with connect(base, dbname="postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{dbname}"'.encode())
    s = base.model_copy(update={"db": base.db.model_copy(update={"name": dbname})})
    try:
        with connect(s, autocommit=True) as conn:
            migrate(conn)
            now = datetime.now(UTC)
            gen = generate(conn, args, now)
            rng = random.Random(1)
            d0 = [r[0] for r in conn.execute("SELECT sensor_id FROM sensors WHERE district = 'D0'")]

            def sensor() -> object:
                return ingest_trends.sensor_trend(conn, sensor_id=rng.choice(d0), metric="water_level_m",
                                                resolution=Resolution.HOUR, start=now - timedelta(hours=24), end=now)

            def raw_sensor() -> object:
                return conn.execute(RAW_SENSOR, {"key": rng.choice(d0), "start": now - timedelta(hours=25),
                                                 "end": now}).fetchall()

            def district() -> list[ingest_trends.TrendPoint]:
                return ingest_trends.area_trend(conn, area="D0", metric="water_level_m", resolution=Resolution.DAY,
                                              start=now - timedelta(days=7), end=now)

            def joined_district() -> object:
                return conn.execute(JOINED_DISTRICT, {"key": "D0", "start": now - timedelta(days=8),
                                                      "end": now}).fetchall()

            # The route's 7-day range covers from the Taiwan midnight of now - 7 days.
            local = (now - timedelta(days=7)).astimezone(ingest_trends.CITY_TZ)
            week_start = local.replace(hour=0, minute=0, second=0, microsecond=0)

            def raw_district() -> list[Any]:
                return conn.execute(RAW_DISTRICT, {"key": "D0", "start": week_start, "end": now}).fetchall()

            results = {
                "sensor_24h": timed(sensor, args.runs),
                "raw_sensor_24h": timed(raw_sensor, args.runs),
                "district_7d": timed(district, args.runs),
                "district_7d_join": timed(joined_district, args.runs),
                "raw_district_7d": timed(raw_district, args.raw_runs, warmup=2),
            }
            # The same answer both ways (every day of the range lies inside the raw window).
            rolled = {p.bucket: (round(p.mean, 9), p.min, p.max, p.n) for p in district()}
            raw = {b: (round(m, 9), lo, hi, n) for b, m, lo, hi, n in raw_district()}
            # Only days that lie wholly inside the raw window (--raw-days 8 covers the range).
            raw_from = now - timedelta(days=args.raw_days - 1)
            common = sorted(b for b in set(rolled) | set(raw) if b >= raw_from)
            mismatched = [b.isoformat() for b in common if rolled.get(b) != raw.get(b)]
            explain = conn.execute(
                b"EXPLAIN (ANALYZE, BUFFERS) "
                + sql.SQL(ingest_trends._AREA).format(table=sql.Identifier("readings_area_1d")).as_bytes(conn),
                {"key": "D0", "metric": "water_level_m", "start": now - timedelta(days=8), "end": now},
            ).fetchall()
        report = {
            "cores": os.cpu_count(),
            "load_average": os.getloadavg(),
            "args": vars(args),
            "generation": gen,
            "results": results,
            "district_days_compared": len(common),
            "district_days_mismatched": mismatched,
            "district_plan": [r[0] for r in explain],
        }
        print(json.dumps(report, indent=2, default=str), flush=True)
        return 1 if mismatched else 0
    finally:
        if args.keep:
            print(f"kept database {dbname}", file=sys.stderr)
        else:
            from bench.ingest import drop_database

            drop_database(base, dbname)


if __name__ == "__main__":
    raise SystemExit(main())
