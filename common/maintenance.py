"""Rollups and retention, the same on both TimescaleDB editions.

On the ``timescale`` edition (the compose image) ``readings_1m`` is a continuous
aggregate and retention is a job policy (migration ``0002_rollups.timescale``).
On the ``apache`` edition (Debian's package) neither exists, so this module
does the equivalent itself:

* ``readings_1m`` is a table; :func:`refresh_rollups` adds the readings received
  since the last refresh to the (sensor, metric, minute) buckets they fall in.
* :func:`apply_retention` runs ``drop_chunks`` with the ``soc_retention`` table.

On both editions :func:`refresh_coarse_rollups` keeps ``readings_1h`` and
``readings_1d`` (migration 0004, plain tables) up to date the same way, from its own
watermark: the readings are added to their hours and Taiwan days, then
``readings_area_1h`` / ``readings_area_1d`` (migration 0005) are recomputed from the
sensors' rows for every zone, sub-area and district of the touched sensors. An area's
rollup follows the registry as it is at refresh time: a sensor moved to another area
changes the old buckets only when they are touched again.

Adding (:data:`SQL_MERGE`) is what lets a unit cost its own readings rather than every
reading of the buckets it touches: a bucket's count and exact sum (numeric, migration
0007) add up, its extremes widen, its mean is the sum over the count. Each reading is
added exactly once: readings are only inserted (``ON CONFLICT DO NOTHING``), a unit's
window and its watermark commit together, and the watermark row is locked for the unit
so a second maintenance process never adds the same window. So every bucket equals one
recompute from its raw readings, late data included, however the readings were cut into
units (``tests/integration/common/test_rollup_sums.py``). A limit: a reading deleted or
changed by hand stays in the rollups (retention drops whole chunks and leaves them).

Rows become visible at commit, not at ``received_at`` (the transaction start),
so the refresh reads the half-open interval ``[watermark, ingest_horizon())`` of
``received_at``, the same commit-order pattern as every other consumer
(``ingest_horizon()`` is defined by migration 0010, see docs/mqtt.md).

Each package keeps its own tables trimmed through a command of its own (the ops
center's replay-log prune, ``ops_center.api.prune_feed_log``); ``soc`` composes them
into the maintenance as :data:`Job` values (common imports no domain package).
:class:`MaintenanceWorker` runs one bounded unit of a job per step and steps again at
once while the job still removes rows, so the runner beats between units.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

import psycopg
from psycopg import sql

from common.db import Capabilities, detect_capabilities
from common.logging import log_event
from common.pacing import BatchSize
from common.runner import committed_horizon, cut_received

log = logging.getLogger(__name__)

# Exact sums (migration 0007): each reading as the shortest decimal that reads back as it.
SQL_EXACT_DIGITS = "SET LOCAL extra_float_digits = 1"
# A rollup's watermark, locked for the unit: adding a window is not idempotent, so a second
# maintenance process waits here and then reads the first one's watermark.
SQL_CLAIM_WATERMARK = """
INSERT INTO soc_maintenance (key, value) VALUES (%s, '1970-01-01 00:00:00+00') ON CONFLICT (key) DO NOTHING
"""
SQL_LOCK_WATERMARK = "SELECT value FROM soc_maintenance WHERE key = %s FOR UPDATE"
SQL_SET_WATERMARK = "UPDATE soc_maintenance SET value = %s WHERE key = %s"
# What a window of received readings adds to each minute (hour) it falls in; one
# statement for both widths, so the minute and hour rollups count a reading alike.
_SQL_TOUCHED_BUCKETS = """
CREATE TEMP TABLE {touched} ON COMMIT DROP AS
SELECT time_bucket(INTERVAL '{width}', time) AS bucket, sensor_id, metric, count(*) AS n,
       sum(value::text::numeric) AS sum_value, min(value) AS min_value, max(value) AS max_value
FROM readings WHERE received_at >= %s AND received_at < %s
GROUP BY 1, 2, 3
"""
SQL_TOUCHED = _SQL_TOUCHED_BUCKETS.format(touched="soc_touched", width="1 minute")
SQL_TOUCHED_HOURS = _SQL_TOUCHED_BUCKETS.format(touched="soc_touched_h", width="1 hour")
# Day buckets start at Taiwan midnight (UTC+8 all year).
SQL_TOUCHED_DAYS = """
CREATE TEMP TABLE soc_touched_d ON COMMIT DROP AS
SELECT time_bucket(INTERVAL '1 day', bucket, origin => '2000-01-03 00:00:00+08'::timestamptz) AS bucket,
       sensor_id, metric, sum(n)::bigint AS n, sum(sum_value) AS sum_value, min(min_value) AS min_value,
       max(max_value) AS max_value
FROM soc_touched_h
GROUP BY 1, 2, 3
"""
# A window's part merged into its buckets: counts and exact sums add up, extremes widen.
# Readings are only ever inserted (ON CONFLICT DO NOTHING) and each is in exactly one
# window, so a bucket ends as one recompute from its raw readings would make it.
SQL_MERGE = """
INSERT INTO {target} AS r (bucket, sensor_id, metric, n, sum_value, avg_value, min_value, max_value)
SELECT bucket, sensor_id, metric, n, sum_value, soc_mean(sum_value, n), min_value, max_value
FROM {delta}
ON CONFLICT (sensor_id, metric, bucket) DO UPDATE SET
    n = r.n + EXCLUDED.n,
    sum_value = r.sum_value + EXCLUDED.sum_value,
    avg_value = soc_mean(r.sum_value + EXCLUDED.sum_value, r.n + EXCLUDED.n),
    min_value = least(r.min_value, EXCLUDED.min_value),
    max_value = greatest(r.max_value, EXCLUDED.max_value)
"""
# Areas: every zone, sub-area and district of a sensor whose hours (days) were touched.
_SQL_TOUCHED_AREAS = """
CREATE TEMP TABLE {areas} ON COMMIT DROP AS
SELECT DISTINCT a.area, t.metric, t.bucket
FROM {touched} t JOIN sensors s ON s.sensor_id = t.sensor_id
CROSS JOIN LATERAL unnest(ARRAY[s.zone, s.sub_area, s.district]) AS a(area)
WHERE a.area IS NOT NULL
"""
SQL_TOUCHED_AREA_HOURS = _SQL_TOUCHED_AREAS.format(areas="soc_touched_ah", touched="soc_touched_h")
SQL_TOUCHED_AREA_DAYS = _SQL_TOUCHED_AREAS.format(areas="soc_touched_ad", touched="soc_touched_d")
SQL_DELETE_AREA = """
DELETE FROM {target} r USING {touched} t
WHERE r.area = t.area AND r.metric = t.metric AND r.bucket = t.bucket
"""
SQL_INSERT_AREA = """
INSERT INTO {target} (area, metric, bucket, n, avg_value, min_value, max_value, sensors)
SELECT t.area, t.metric, t.bucket, sum(x.n), soc_mean(sum(x.sum_value), sum(x.n)::bigint),
       min(x.min_value), max(x.max_value), count(*)
FROM {touched} t
JOIN sensors s ON t.area IN (s.zone, s.sub_area, s.district)
JOIN {source} x ON x.sensor_id = s.sensor_id AND x.metric = t.metric AND x.bucket = t.bucket
GROUP BY t.area, t.metric, t.bucket
"""
# Statistics of a unit's touched areas, so the planner probes the rollups by their keys
# for a few buckets instead of reading a whole rollup every unit.
SQL_ANALYZE_TOUCHED_AREAS = "ANALYZE soc_touched_ah, soc_touched_ad"
SQL_REFRESH_CAGG = "CALL refresh_continuous_aggregate('readings_1m', NULL, NULL)"
SQL_RETENTION = "SELECT hypertable::text, keep FROM soc_retention ORDER BY 1"
SQL_DROP_CHUNKS = "SELECT count(*) FROM drop_chunks(%s::regclass, older_than => %s::timestamptz)"
SQL_NOW = "SELECT now()"

#: A package's maintenance command: one bounded unit in its own transaction on an
#: autocommit connection; returns how many rows it removed (0: nothing left to do).
Job = Callable[[psycopg.Connection], int]


@dataclass(frozen=True, slots=True)
class MaintenanceReport:
    """What one maintenance pass did."""

    edition: str
    buckets_refreshed: int
    chunks_dropped: int


def refresh_rollups(conn: psycopg.Connection, caps: Capabilities) -> int:
    """Bring ``readings_1m`` up to date; returns the number of buckets merged into (apache)."""
    return rollup_unit(conn, caps)[0]


def rollup_unit(conn: psycopg.Connection, caps: Capabilities, n: int | None = None) -> tuple[int, bool]:
    """One unit of :func:`refresh_rollups`: the readings received since the watermark, about
    ``n`` of them (never splitting a transaction; None: all up to the horizon), in one
    transaction with the watermark after them. Returns the buckets merged into and whether
    readings below the horizon are left for another unit.

    Each reading is added to its bucket once (:data:`SQL_MERGE`), so a unit costs its own
    readings and the rollup after the last unit is the same however they were cut."""
    if caps.has_continuous_aggregates:
        conn.execute(SQL_REFRESH_CAGG)  # needs autocommit: CALL cannot run in a transaction
        return 0, False
    with conn.transaction():
        since, horizon = _claim(conn, "readings_1m")
        hi = _window_end(conn, since, horizon, n)
        conn.execute(SQL_TOUCHED, (since, hi))
        cur = conn.execute(_merge("readings_1m", "soc_touched"))
        conn.execute(SQL_SET_WATERMARK, (hi, "readings_1m"))
        return cur.rowcount, hi < horizon


def refresh_coarse_rollups(conn: psycopg.Connection) -> int:
    """Bring ``readings_1h`` and ``readings_1d`` up to date (both editions); returns hours merged into."""
    return coarse_unit(conn)[0]


def coarse_unit(conn: psycopg.Connection, n: int | None = None) -> tuple[int, bool]:
    """One unit of :func:`refresh_coarse_rollups`, cut as :func:`rollup_unit`; returns the
    hours merged into and whether readings are left for another unit.

    The window's readings are added to their hours and Taiwan days as in
    :func:`rollup_unit`; the area rollups of the touched hours and days are recomputed from
    their sensors' rows (a sensor's first reading in a bucket changes the area's count)."""
    with conn.transaction():
        since, horizon = _claim(conn, "readings_1h")
        hi = _window_end(conn, since, horizon, n)
        conn.execute(SQL_TOUCHED_HOURS, (since, hi))
        hours = conn.execute(_merge("readings_1h", "soc_touched_h")).rowcount
        conn.execute(SQL_TOUCHED_DAYS)
        conn.execute(_merge("readings_1d", "soc_touched_d"))
        conn.execute(SQL_TOUCHED_AREA_HOURS)
        conn.execute(SQL_TOUCHED_AREA_DAYS)
        conn.execute(SQL_ANALYZE_TOUCHED_AREAS)
        for target, touched, source in (("readings_area_1h", "soc_touched_ah", "readings_1h"),
                                        ("readings_area_1d", "soc_touched_ad", "readings_1d")):
            names = {"target": sql.Identifier(target), "touched": sql.Identifier(touched),
                     "source": sql.Identifier(source)}
            conn.execute(sql.SQL(SQL_DELETE_AREA).format(**names))
            conn.execute(sql.SQL(SQL_INSERT_AREA).format(**names))
        conn.execute(SQL_SET_WATERMARK, (hi, "readings_1h"))
        return hours, hi < horizon


def _claim(conn: psycopg.Connection, key: str) -> tuple[datetime, datetime]:
    """Lock rollup ``key``'s watermark for this transaction; returns it and the commit horizon."""
    conn.execute(SQL_EXACT_DIGITS)
    conn.execute(SQL_CLAIM_WATERMARK, (key,))
    row = conn.execute(SQL_LOCK_WATERMARK, (key,)).fetchone()
    assert row is not None
    # Horizon and rows in separate statements (READ COMMITTED): every row received
    # before the horizon is committed and visible to the next one.
    horizon = committed_horizon(conn)
    since: datetime = row[0]
    return since, max(since, horizon)


def _merge(target: str, delta: str) -> sql.Composed:
    return sql.SQL(SQL_MERGE).format(target=sql.Identifier(target), delta=sql.Identifier(delta))


def _window_end(conn: psycopg.Connection, since: datetime, horizon: datetime, n: int | None) -> datetime:
    """The end of a unit's window of ``received_at`` from ``since``: about ``n`` readings, or the horizon."""
    if n is None or horizon <= since:
        return horizon
    return cut_received(conn, "readings", since, horizon, n=n)


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
        now = _db_now(conn)
    buckets = refresh_rollups(conn, caps)
    refresh_coarse_rollups(conn)
    dropped = apply_retention(conn, caps, now)
    if dropped:
        log_event(log, "retention_applied", chunks=dropped)
    return MaintenanceReport(caps.edition, buckets, dropped)


def _db_now(conn: psycopg.Connection) -> datetime:
    row = conn.execute(SQL_NOW).fetchone()
    assert row is not None
    value: datetime = row[0]
    return value


def run_jobs(conn: psycopg.Connection, jobs: Mapping[str, Job]) -> dict[str, int]:
    """Run each job's units until it has nothing left; rows removed per job."""
    removed: dict[str, int] = {}
    for name, job in jobs.items():
        removed[name] = 0
        while n := job(conn):
            removed[name] += n
    return removed


#: Readings one rollup unit takes at most, whatever its time allows.
ROLLUP_UNIT_MAX = 500_000
#: Readings one rollup unit takes at least (unless fewer wait). A unit adds only its own
#: readings, but recomputes the area rollups of every hour and day it touches from all
#: of their sensors, so units of one ingest transaction each would spend their time on
#: the same area buckets again and again.
ROLLUP_UNIT_LEAST = 20_000


class MaintenanceWorker:
    """Maintenance as a :class:`common.runner.Worker` (``soc db maintain --every S``).

    A pass is, one bounded unit per step: the minute rollup, then the hour and day
    rollups, each in windows of the readings received since its watermark sized by time
    (about ``unit_s`` a unit: :class:`common.pacing.BatchSize`, from ``least``
    (:data:`ROLLUP_UNIT_LEAST`) to :data:`ROLLUP_UNIT_MAX` readings, never splitting a
    transaction; ``unit_s`` None: each in one unit), then retention, then the ``jobs``
    until each removes nothing. The step
    reports itself busy while the pass has units left, so the runner steps again at once,
    beating in between. Each unit is its own transaction with its watermark, so a pass cut
    short (an outage, a kill) is simply taken up again after the reconnect, and the
    rollups after the last unit are the same however the units were cut.
    """

    ROLLUPS = ("rollup_1m", "rollup_1h", "retention")

    def __init__(self, jobs: Mapping[str, Job] | None = None, unit_s: float | None = None,
                 least: int = ROLLUP_UNIT_LEAST) -> None:
        self.caps: Capabilities | None = None
        self.last: MaintenanceReport | None = None
        self.jobs: dict[str, Job] = dict(jobs or {})
        self.unit_s = unit_s
        self._sizes = ({name: BatchSize(unit_s, most=ROLLUP_UNIT_MAX, least=least) for name in self.ROLLUPS[:2]}
                       if unit_s else {})
        self._due: list[str] = []  # parts of the pass under way that may have work left
        self._removed = 0  # rows the current job removed in this pass
        self._buckets = 0  # minute buckets added to in this pass

    def open(self, conn: psycopg.Connection, now: datetime) -> tuple[()]:
        """Detect the edition on the fresh connection (one short unit)."""
        self.caps = detect_capabilities(conn)
        return ()

    def step(self, conn: psycopg.Connection, now: datetime) -> bool:
        """One unit of the pass under way (a new pass when none is); busy while the pass has
        units left (the runner waits its period only after the pass)."""
        caps = self.caps
        assert caps is not None
        if not self._due:
            self._due = [*self.ROLLUPS, *self.jobs]
            self._buckets = 0
        name = self._due[0]
        if name in ("rollup_1m", "rollup_1h"):
            size = self._sizes.get(name)
            began = time.monotonic()
            if name == "rollup_1m":
                done, more = rollup_unit(conn, caps, size.size if size else None)
                self._buckets += done
            else:
                done, more = coarse_unit(conn, size.size if size else None)
            if size is not None:
                # a window that reached the horizon held fewer readings than its size
                size.took(time.monotonic() - began, None if more else 0)
            if not more:
                self._due.pop(0)
        elif name == "retention":
            dropped = apply_retention(conn, caps, _db_now(conn))
            if dropped:
                log_event(log, "retention_applied", chunks=dropped)
            self.last = MaintenanceReport(caps.edition, self._buckets, dropped)
            self._due.pop(0)
        else:
            removed = self.jobs[name](conn)
            self._removed += removed
            if not removed:
                if self._removed:
                    log_event(log, "maintenance_removed", job=name, rows=self._removed)
                self._due.pop(0)
                self._removed = 0
        return bool(self._due)

    def close(self, conn: psycopg.Connection) -> None:
        """Nothing held."""
