"""The apache-edition fallback for rollups and retention, run for real."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import psycopg
import pytest

from common.db import detect_capabilities
from common.maintenance import run_once

pytestmark = pytest.mark.integration

DIRECT = """
SELECT time_bucket(INTERVAL '1 minute', time) AS bucket, sensor_id, metric,
       count(*)::bigint, avg(value), min(value), max(value)
FROM readings GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
"""
ROLLUP = """
SELECT bucket, sensor_id, metric, n, avg_value, min_value, max_value
FROM readings_1m ORDER BY 1, 2, 3
"""


def _insert(conn: psycopg.Connection, rows: list[tuple[datetime, str, str, float]]) -> None:
    with conn.cursor() as cur:
        cur.executemany("INSERT INTO readings (time, sensor_id, metric, value) VALUES (%s, %s, %s, %s)", rows)


def test_rollup_matches_direct_aggregate_including_late_data(db_dsn: str) -> None:
    # Recent data: retention (400 days) runs in the same pass and would drop 2016 chunks.
    t0 = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(days=1)
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        caps = detect_capabilities(conn)
        _insert(conn, [(t0 + timedelta(seconds=20 * i), f"s{i % 3}", "flood_depth_cm", float(i))
                       for i in range(30)])
        first = run_once(conn, caps)
        assert first.buckets_refreshed > 0
        assert conn.execute(ROLLUP).fetchall() == conn.execute(DIRECT).fetchall()
        # Late data for an already-rolled-up minute, and a new minute.
        _insert(conn, [(t0 + timedelta(seconds=5), "s0", "flood_depth_cm", 100.0),
                       (t0 + timedelta(hours=1), "s1", "flood_depth_cm", 7.0)])
        second = run_once(conn, caps)
        # Exactly the two touched buckets: the watermark is the commit horizon.
        assert second.buckets_refreshed == 2
        assert run_once(conn, caps).buckets_refreshed == 0  # nothing new, nothing recomputed
        assert conn.execute(ROLLUP).fetchall() == conn.execute(DIRECT).fetchall()


def test_retention_drops_old_chunks_only(db_dsn: str) -> None:
    now = datetime(2026, 11, 1, tzinfo=UTC)
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        caps = detect_capabilities(conn)
        _insert(conn, [(now - timedelta(days=500), "old", "m", 1.0),
                       (now - timedelta(days=10), "new", "m", 2.0)])
        report = run_once(conn, caps, now=now)
        assert report.chunks_dropped >= 1
        left = {r[0] for r in conn.execute("SELECT DISTINCT sensor_id FROM readings")}
        assert "new" in left
        assert "old" not in left
