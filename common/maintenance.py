"""Rollups and retention, the same on both TimescaleDB editions.

On the ``timescale`` edition (the compose image) ``readings_1m`` is a continuous
aggregate and retention is a job policy (migration ``0002_rollups.timescale``).
On the ``apache`` edition (Debian's package) neither exists, so this module
does the equivalent itself:

* ``readings_1m`` is a table; :func:`refresh_rollups` recomputes every
  (sensor, metric, minute) bucket touched by readings received since the last
  refresh. Recomputing whole buckets makes it idempotent and gives exactly the
  aggregate a continuous aggregate would, late data included.
* :func:`apply_retention` runs ``drop_chunks`` with the ``soc_retention`` table.

Rows become visible at commit, not at ``received_at`` (the transaction start),
so the refresh reads the half-open interval ``[watermark, ingest_horizon())`` of
``received_at``, the same commit-order pattern as every other consumer
(``ingest_horizon()`` is defined by migration 0010, see docs/mqtt.md).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

import psycopg

from common.db import Capabilities, detect_capabilities
from common.logging import log_event
from common.runner import committed_horizon

log = logging.getLogger(__name__)

SQL_GET_WATERMARK = "SELECT value FROM soc_maintenance WHERE key = 'readings_1m'"
SQL_SET_WATERMARK = """
INSERT INTO soc_maintenance (key, value) VALUES ('readings_1m', %s)
ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value
"""
SQL_TOUCHED = """
CREATE TEMP TABLE soc_touched ON COMMIT DROP AS
SELECT DISTINCT sensor_id, metric, time_bucket(INTERVAL '1 minute', time) AS bucket
FROM readings WHERE received_at >= %s AND received_at < %s
"""
SQL_DELETE_TOUCHED = """
DELETE FROM readings_1m r USING soc_touched t
WHERE r.sensor_id = t.sensor_id AND r.metric = t.metric AND r.bucket = t.bucket
"""
SQL_INSERT_TOUCHED = """
INSERT INTO readings_1m (bucket, sensor_id, metric, n, avg_value, min_value, max_value)
SELECT t.bucket, t.sensor_id, t.metric, count(*), avg(r.value), min(r.value), max(r.value)
FROM soc_touched t
JOIN readings r ON r.sensor_id = t.sensor_id AND r.metric = t.metric
               AND r.time >= t.bucket AND r.time < t.bucket + INTERVAL '1 minute'
GROUP BY t.bucket, t.sensor_id, t.metric
"""
SQL_REFRESH_CAGG = "CALL refresh_continuous_aggregate('readings_1m', NULL, NULL)"
SQL_RETENTION = "SELECT hypertable::text, keep FROM soc_retention ORDER BY 1"
SQL_DROP_CHUNKS = "SELECT count(*) FROM drop_chunks(%s::regclass, older_than => %s::timestamptz)"
SQL_NOW = "SELECT now()"


@dataclass(frozen=True, slots=True)
class MaintenanceReport:
    """What one maintenance pass did."""

    edition: str
    buckets_refreshed: int
    chunks_dropped: int


def refresh_rollups(conn: psycopg.Connection, caps: Capabilities) -> int:
    """Bring ``readings_1m`` up to date; returns the number of buckets recomputed (apache)."""
    if caps.has_continuous_aggregates:
        conn.execute(SQL_REFRESH_CAGG)  # needs autocommit: CALL cannot run in a transaction
        return 0
    with conn.transaction():
        # Horizon and rows in separate statements (READ COMMITTED): every row
        # received before the horizon is committed and visible to the next one.
        horizon = committed_horizon(conn)
        wm_row = conn.execute(SQL_GET_WATERMARK).fetchone()
        since = wm_row[0] if wm_row else datetime(1970, 1, 1, tzinfo=horizon.tzinfo)
        conn.execute(SQL_TOUCHED, (since, horizon))
        conn.execute(SQL_DELETE_TOUCHED)
        cur = conn.execute(SQL_INSERT_TOUCHED)
        conn.execute(SQL_SET_WATERMARK, (horizon,))
        return cur.rowcount


def apply_retention(conn: psycopg.Connection, caps: Capabilities, now: datetime) -> int:
    """Drop chunks older than each hypertable's retention (apache; policies do it on timescale)."""
    if caps.has_continuous_aggregates:
        return 0
    dropped = 0
    for table, keep in conn.execute(SQL_RETENTION).fetchall():
        row = conn.execute(SQL_DROP_CHUNKS, (table, now - keep)).fetchone()
        dropped += int(row[0]) if row else 0
    return dropped


def run_once(conn: psycopg.Connection, caps: Capabilities, now: datetime | None = None) -> MaintenanceReport:
    """One maintenance pass; ``conn`` must be autocommit. ``now`` defaults to the database clock."""
    if now is None:
        row = conn.execute(SQL_NOW).fetchone()
        assert row is not None
        now = row[0]
    buckets = refresh_rollups(conn, caps)
    dropped = apply_retention(conn, caps, now)
    if dropped:
        log_event(log, "retention_applied", chunks=dropped)
    return MaintenanceReport(caps.edition, buckets, dropped)


class MaintenanceWorker:
    """Maintenance as a :class:`common.runner.Worker` (``soc db maintain --every S``).

    Each step is one :func:`run_once` on an autocommit connection; the rollup's
    watermark is stored with its rows, so a pass cut short by an outage is
    simply done again after the reconnect.
    """

    def __init__(self) -> None:
        self.caps: Capabilities | None = None
        self.last: MaintenanceReport | None = None

    def open(self, conn: psycopg.Connection, now: datetime) -> None:
        """Detect the edition on the fresh connection."""
        self.caps = detect_capabilities(conn)

    def step(self, conn: psycopg.Connection, now: datetime) -> bool:
        """One pass; never "busy" (the runner waits its period before the next)."""
        assert self.caps is not None
        self.last = run_once(conn, self.caps)
        return False

    def close(self, conn: psycopg.Connection) -> None:
        """Nothing held."""
