"""Read models of what ingest stored, for the API and the wall (migrations 0001, 0010, 0013).

Read-only: registered sensors with their last report and device status, their
readings (latest, bucketed, metric names), dead letters, discrete events, the
wall's sensor states, ingest health, the rain and water trends' newest values and
the cameras' newest analytics. Writes go through :mod:`ingest.store`. The sensor
registry (``sensors``) is geo's; these reads join it to say which sensor a row
belongs to. Every statement is a named constant with bound parameters; rows come
back as frozen dataclasses (:func:`common.db.fetch_all`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from psycopg import Connection

from common.db import fetch_all, fetch_one
from ingest.store import QuarantineRow

# -- sensors --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SensorRow:
    """A registered sensor with its last report and last device status."""

    sensor_id: str
    agency: str
    kind: str
    name: str
    lon: float
    lat: float
    zone: str | None
    sub_area: str | None
    expected_interval_s: float | None
    metadata: dict[str, object]
    last_reading_at: datetime | None
    last_event_at: datetime | None
    status: str | None
    status_at: datetime | None


# The status the center holds for a device: its newest status message, except a last will
# (an ``offline`` without a time of its own: the broker's word that it dropped the device's
# connection) after which ingest received anything else of the device (``ingest_counters.last_at``
# of its data topics, stored, duplicate or quarantined: its gateway was connected after the
# will, as after the broker's own hang); such a device has no status and is drawn by its data.
# SQL_SENSORS and SQL_SENSOR_STATES both say so in their status columns.

# The latest reading as ingest keeps it in its counters (migration 0013: one
# index probe, however many readings the sensor has); the device's own
# last-will status from the `status` feed of `events` (contract 2).
SQL_SENSORS = """
SELECT s.sensor_id, s.agency, s.kind, s.name, ST_X(s.geom) AS lon, ST_Y(s.geom) AS lat,
       s.zone, s.sub_area, extract(epoch FROM s.expected_interval)::float8 AS expected_interval_s,
       s.metadata, r.last_reading_at, e.last_event_at,
       CASE WHEN st.will AND r.heard_at >= st.status_received_at THEN NULL ELSE st.status END AS status,
       CASE WHEN st.will AND r.heard_at >= st.status_received_at THEN NULL ELSE st.status_at END AS status_at
FROM sensors s
LEFT JOIN LATERAL (
    SELECT max(last_reading_time) AS last_reading_at, max(last_at) AS heard_at FROM ingest_counters
    WHERE source_id = s.sensor_id AND feed <> 'status'
) r ON true
LEFT JOIN LATERAL (
    SELECT max(time) AS last_event_at FROM events
    WHERE source_id = s.sensor_id AND feed <> 'status' AND time > %(now)s - interval '7 days'
) e ON true
LEFT JOIN LATERAL (
    SELECT coalesce(payload->>'state', category) AS status, time AS status_at,
           received_at AS status_received_at, category = 'offline' AND NOT payload ? 'ts' AS will
    FROM events
    WHERE source_id = s.sensor_id AND feed = 'status' AND time > %(now)s - interval '7 days'
    ORDER BY time DESC LIMIT 1
) st ON true
WHERE (%(kind)s::text IS NULL OR s.kind = %(kind)s)
  AND (%(agency)s::text IS NULL OR s.agency = %(agency)s)
  AND (%(sub_area)s::text IS NULL OR s.sub_area = %(sub_area)s)
  AND (%(sensor_id)s::text IS NULL OR s.sensor_id = %(sensor_id)s)
ORDER BY s.sensor_id
LIMIT %(limit)s OFFSET %(offset)s
"""


def list_sensors(
    conn: Connection,
    *,
    now: datetime,
    kind: str | None = None,
    agency: str | None = None,
    sub_area: str | None = None,
    sensor_id: str | None = None,
    limit: int = 1000,
    offset: int = 0,
) -> list[SensorRow]:
    """Registered sensors with their last report and status, by id."""
    return fetch_all(conn, SensorRow, SQL_SENSORS, {
        "now": now, "kind": kind, "agency": agency, "sub_area": sub_area, "sensor_id": sensor_id,
        "limit": limit, "offset": offset,
    })


@dataclass(frozen=True, slots=True)
class LatestReading:
    """The newest value of one metric of a sensor."""

    metric: str
    time: datetime
    value: float


# The last observed, as the alert evaluator orders a series (alerts.evaluate.Reading.observed):
# a row dated after its receipt (a gateway whose clock runs fast, stored up to
# ingest.max_future_skew_s ahead) counts from its receipt, so it does not stand for the
# sensor's latest value over the on-time readings received after it. One sensor's two days
# are sorted (the detail of one sensor, not a list).
SQL_LATEST_READINGS = """
SELECT DISTINCT ON (metric) metric, time, value
FROM readings
WHERE sensor_id = %s AND time > %s - interval '2 days'
ORDER BY metric, least(time, received_at) DESC, time DESC
"""


# The date of a sensor's last observed reading within two days (any metric), ordered as
# SQL_LATEST_READINGS orders them.
SQL_LAST_OBSERVED = """
SELECT time FROM readings
WHERE sensor_id = %s AND time > %s - interval '2 days'
ORDER BY least(time, received_at) DESC, time DESC LIMIT 1
"""


def last_observed_at(conn: Connection, sensor_id: str, now: datetime) -> datetime | None:
    """The date of ``sensor_id``'s last observed reading within two days (a reading dated after
    its receipt counts from its receipt), None when it has none."""
    row = conn.execute(SQL_LAST_OBSERVED, (sensor_id, now)).fetchone()
    return None if row is None else row[0]


def latest_readings(conn: Connection, sensor_id: str, now: datetime) -> list[LatestReading]:
    """The newest value of each metric of ``sensor_id`` within two days: the last observed
    (a reading dated after its receipt counts from its receipt), with its own date."""
    return fetch_all(conn, LatestReading, SQL_LATEST_READINGS, (sensor_id, now))


@dataclass(frozen=True, slots=True)
class Bucket:
    """One time bucket of a metric."""

    bucket: datetime
    mean: float
    min: float
    max: float
    last: float
    count: int


# time_bucket with the origin at local midnight (+08:00) so that hour and day
# buckets line up with Taiwan time.
SQL_SERIES = """
SELECT time_bucket(%(width)s::interval, time, origin => '2000-01-03 00:00:00+08'::timestamptz)
           AS bucket,
       avg(value) AS mean, min(value) AS min, max(value) AS max,
       last(value, time) AS last, count(*)::int AS count
FROM readings
WHERE sensor_id = %(sensor_id)s AND metric = %(metric)s
  AND time >= %(start)s AND time < %(end)s
GROUP BY bucket
ORDER BY bucket
"""


def series(
    conn: Connection,
    *,
    sensor_id: str,
    metric: str,
    start: datetime,
    end: datetime,
    width: timedelta,
) -> list[Bucket]:
    """Readings of one metric aggregated into ``width`` buckets between ``start`` and ``end``."""
    return fetch_all(conn, Bucket, SQL_SERIES, {
        "width": width, "sensor_id": sensor_id, "metric": metric, "start": start, "end": end,
    })


SQL_METRICS = """
SELECT DISTINCT metric FROM readings
WHERE sensor_id = %s AND time > %s - interval '7 days' ORDER BY metric
"""


def metrics_of(conn: Connection, sensor_id: str, now: datetime) -> list[str]:
    """The metric names a sensor reported within a week."""
    cur = conn.execute(SQL_METRICS, (sensor_id, now))
    return [str(r[0]) for r in cur.fetchall()]


# -- quarantine -----------------------------------------------------------------


SQL_QUARANTINE_LIST = """
SELECT id, time, topic, payload, reason, detail, source_id, replayed_at
FROM quarantine
WHERE (%(reason)s::text IS NULL OR reason = %(reason)s)
  AND (%(source_id)s::text IS NULL OR source_id = %(source_id)s)
  AND (%(since)s::timestamptz IS NULL OR time >= %(since)s)
  AND (%(pending)s::bool IS NULL OR (replayed_at IS NULL) = %(pending)s)
ORDER BY time DESC, id DESC
LIMIT %(limit)s
"""
SQL_QUARANTINE_GET = """
SELECT id, time, topic, payload, reason, detail, source_id, replayed_at
FROM quarantine WHERE id = %s
"""
SQL_QUARANTINE_REASONS = """
SELECT reason, count(*)::int AS count, max(time) AS latest
FROM quarantine WHERE time > %s GROUP BY reason ORDER BY count DESC, reason
"""


def list_quarantine(
    conn: Connection,
    *,
    reason: str | None,
    source_id: str | None,
    since: datetime | None,
    pending: bool | None,
    limit: int,
) -> list[QuarantineRow]:
    """Dead letters, newest first."""
    return fetch_all(conn, QuarantineRow, SQL_QUARANTINE_LIST, {
        "reason": reason, "source_id": source_id, "since": since, "pending": pending, "limit": limit,
    })


def get_quarantine(conn: Connection, qid: int) -> QuarantineRow | None:
    """One dead letter by id."""
    return fetch_one(conn, QuarantineRow, SQL_QUARANTINE_GET, (qid,))


@dataclass(frozen=True, slots=True)
class ReasonCount:
    """Dead letters per reason."""

    reason: str
    count: int
    latest: datetime


def quarantine_reasons(conn: Connection, since: datetime) -> list[ReasonCount]:
    """Counts of dead letters per reason since ``since``."""
    return fetch_all(conn, ReasonCount, SQL_QUARANTINE_REASONS, (since,))


# -- events (evidence of incidents, CAP inputs) ----------------------------------


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """One discrete report."""

    time: datetime
    source_id: str
    domain: str
    feed: str
    event_key: str
    category: str | None
    severity: str | None
    lon: float | None
    lat: float | None
    payload: dict[str, object]


SQL_EVENTS = """
SELECT time, source_id, domain, feed, event_key, category, severity,
       ST_X(geom) AS lon, ST_Y(geom) AS lat, payload
FROM events
WHERE time >= %(start)s AND time < %(end)s
  AND (%(feed)s::text IS NULL OR feed = %(feed)s)
  AND (%(domain)s::text IS NULL OR domain = %(domain)s)
  AND (%(source_id)s::text IS NULL OR source_id = %(source_id)s)
ORDER BY time DESC
LIMIT %(limit)s
"""


def list_events(
    conn: Connection,
    *,
    start: datetime,
    end: datetime,
    feed: str | None,
    domain: str | None,
    source_id: str | None,
    limit: int,
) -> list[StoredEvent]:
    """Discrete reports between ``start`` and ``end``, newest first."""
    rows = fetch_all(conn, StoredEvent, SQL_EVENTS, {
        "start": start, "end": end, "feed": feed, "domain": domain, "source_id": source_id, "limit": limit,
    })
    return [_event_document(r) for r in rows]


def _event_document(row: StoredEvent) -> StoredEvent:
    """The row with its payload as a JSON object: rows stored as a JSON string that
    holds the document (jsonb_typeof = 'string') are decoded once more."""
    payload: object = row.payload
    if isinstance(payload, str):
        try:
            payload = json.loads(payload)
        except ValueError:
            payload = {"text": payload}
    if not isinstance(payload, dict):
        payload = {"value": payload}
    return replace(row, payload=payload)


# -- the wall: sensor states, ingest health, trends' newest values, cameras -----


@dataclass(frozen=True, slots=True)
class SensorPlace:
    """A registered sensor as a map draws it: what it is, whose, and where."""

    sensor_id: str
    kind: str
    agency: str
    name: str
    lon: float
    lat: float
    sub_area: str | None


@dataclass(frozen=True, slots=True)
class SensorState(SensorPlace):
    """What a sensor's drawn state is derived from: its registration, its newest
    observation within a day and its newest device status within a week (and its time)."""

    expected_interval_s: float | None
    last_seen: datetime | None
    status: str | None
    status_at: datetime | None = None
    #: The reason that status message gave (``maintenance``, ...: common.vocabulary.StatusReason).
    status_reason: str | None = None


# The last reading comes from ingest's counters (migration 0013), one index
# probe per sensor; the last event within a day from events.
SQL_SENSOR_STATES = """
SELECT s.sensor_id, s.kind, s.agency, s.name, ST_X(s.geom) AS lon, ST_Y(s.geom) AS lat,
       s.sub_area, extract(epoch FROM s.expected_interval)::float8 AS expected_interval_s,
       greatest(r.t, e.t) AS last_seen,
       CASE WHEN st.will AND r.heard_at >= st.status_received_at THEN NULL ELSE st.status END AS status,
       CASE WHEN st.will AND r.heard_at >= st.status_received_at THEN NULL ELSE st.status_at END AS status_at,
       st.status_reason
FROM sensors s
LEFT JOIN LATERAL (
    SELECT max(last_reading_time) AS t, max(last_at) AS heard_at FROM ingest_counters
    WHERE source_id = s.sensor_id AND feed <> 'status'
) r ON true
LEFT JOIN LATERAL (
    SELECT max(time) AS t FROM events
    WHERE source_id = s.sensor_id AND feed <> 'status' AND time > %(now)s - interval '1 day'
) e ON true
LEFT JOIN LATERAL (
    SELECT coalesce(payload->>'state', category) AS status, time AS status_at,
           payload->>'reason' AS status_reason, received_at AS status_received_at,
           category = 'offline' AND NOT payload ? 'ts' AS will
    FROM events
    WHERE source_id = s.sensor_id AND feed = 'status' AND time > %(now)s - interval '7 days'
    ORDER BY time DESC LIMIT 1
) st ON true
ORDER BY s.sensor_id
"""


def sensor_states(conn: Connection, now: datetime) -> list[SensorState]:
    """Every registered sensor's state basis, by id."""
    return fetch_all(conn, SensorState, SQL_SENSOR_STATES, {"now": now})


@dataclass(frozen=True, slots=True)
class IngestHealth:
    """Rows stored per second over the last 10 s, the counters' totals, dead letters
    of the last hour and the broker's drop counter as ingest last reported it."""

    received_per_s: float
    stored_total: int
    duplicate_total: int
    quarantined_total: int
    quarantined_last_hour: int
    broker_dropped: int


SQL_INGEST_RATE = """
SELECT (SELECT count(*) FROM readings WHERE received_at > %(now)s - interval '10 seconds')
     + (SELECT count(*) FROM events WHERE received_at > %(now)s - interval '10 seconds')
"""
SQL_INGEST_TOTALS = """
SELECT coalesce(sum(stored), 0)::bigint, coalesce(sum(duplicate), 0)::bigint,
       coalesce(sum(quarantined), 0)::bigint
FROM ingest_counters
"""
# The newest ingest heartbeat's view of the broker's drop counter (0003, ingest.consumer).
SQL_BROKER_DROPPED = """
SELECT coalesce((detail->>'broker_dropped')::bigint, 0) FROM service_heartbeats
WHERE service = 'ingest' ORDER BY beat_at DESC LIMIT 1
"""
SQL_QUARANTINE_COUNTS = """
SELECT count(*) FILTER (WHERE time > %(now)s - interval '1 hour') AS last_hour,
       count(*) AS total
FROM quarantine
"""


def ingest_health(conn: Connection, now: datetime) -> IngestHealth:
    """Ingest's health at ``now``: rates from the base tables (0001), totals from the
    per-source counters (0010), the last hour's dead letters from ``quarantine``."""
    row = conn.execute(SQL_INGEST_RATE, {"now": now}).fetchone()
    q = conn.execute(SQL_QUARANTINE_COUNTS, {"now": now}).fetchone()
    totals = conn.execute(SQL_INGEST_TOTALS).fetchone()
    d = conn.execute(SQL_BROKER_DROPPED).fetchone()
    return IngestHealth(
        received_per_s=float(row[0]) / 10.0 if row else 0.0,
        stored_total=int(totals[0]) if totals else 0,
        duplicate_total=int(totals[1]) if totals else 0,
        quarantined_total=int(totals[2]) if totals else int(q[1]) if q else 0,
        quarantined_last_hour=int(q[0]) if q else 0,
        broker_dropped=int(d[0]) if d else 0,
    )


@dataclass(frozen=True, slots=True)
class LatestValue:
    """The newest value of one metric of a rain gauge or water-level station within two days."""

    sensor_id: str
    kind: str
    name: str
    name_en: str | None
    metric: str
    latest_at: datetime | None
    latest: float | None


# The newest readings of the given kinds' sensors: the last observed of each (sensor, metric),
# as the alert evaluator orders a series (alerts.evaluate.Reading.observed): a row dated after
# its receipt counts from its receipt (SQL_LATEST_READINGS), so a gauge stamping one reading
# minutes ahead does not stand for its latest value over the on-time readings received after it.
# Two short index range scans per (sensor, metric) (the readings primary key is (sensor_id,
# metric, time)): the newest by date, then the rows dated from its observation to its date, the
# only ones that can have been observed after it (a row is observed at its date or before), among
# which the last observed wins (at most ingest.max_future_skew_s of rows). Only the newest value
# comes from the raw readings (it must not wait for the rollup's refresh); sparklines come from
# the rollups (:mod:`ingest.trends`).
SQL_LATEST_VALUES = """
SELECT s.sensor_id, s.kind, s.name, s.name_en, m.metric, last.time AS latest_at, last.value AS latest
FROM sensors s
JOIN LATERAL (SELECT unnest(%(metrics)s::text[]) AS metric) m ON true
LEFT JOIN LATERAL (
    SELECT time, received_at FROM readings r
    WHERE r.sensor_id = s.sensor_id AND r.metric = m.metric AND least(r.time, r.received_at) <= %(now)s
      AND r.time > %(now)s - interval '2 days'
    ORDER BY time DESC LIMIT 1
) newest ON true
LEFT JOIN LATERAL (
    SELECT time, value FROM readings r
    WHERE r.sensor_id = s.sensor_id AND r.metric = m.metric AND least(r.time, r.received_at) <= %(now)s
      AND r.time >= least(newest.time, newest.received_at) AND r.time <= newest.time
      AND r.time > %(now)s - interval '2 days'
    ORDER BY least(r.time, r.received_at) DESC, r.time DESC LIMIT 1
) last ON true
WHERE s.kind = ANY(%(kinds)s)
ORDER BY s.kind, s.sensor_id, m.metric
"""


def latest_values(conn: Connection, *, kinds: list[str], metrics: list[str], now: datetime) -> list[LatestValue]:
    """Each (sensor of ``kinds``, metric of ``metrics``) pair with its newest value, if any."""
    return fetch_all(conn, LatestValue, SQL_LATEST_VALUES, {"metrics": metrics, "kinds": kinds, "now": now})


@dataclass(frozen=True, slots=True)
class Camera:
    """A registered camera, named in both languages."""

    sensor_id: str
    name: str
    name_en: str


@dataclass(frozen=True, slots=True)
class CameraEvent(Camera):
    """A registered camera and its newest analytics event within a day, if any."""

    category: str | None
    time: datetime | None
    confidence: float | None


# Each camera's newest analytics event of the last day: one probe of the events
# primary key (source_id, feed, ...) per camera.
SQL_CAMERAS = """
SELECT s.sensor_id, s.name, coalesce(s.name_en, s.name) AS name_en,
       e.category, e.time, (e.payload->>'confidence')::float8 AS confidence
FROM sensors s
LEFT JOIN LATERAL (
    SELECT category, time, payload FROM events
    WHERE source_id = s.sensor_id AND feed = 'cctv'
      AND time > %(now)s - interval '1 day' AND time <= %(now)s
    ORDER BY time DESC LIMIT 1
) e ON true
WHERE s.kind = 'cctv'
ORDER BY s.sensor_id
"""


def camera_events(conn: Connection, now: datetime) -> list[CameraEvent]:
    """Every registered camera with its newest analytics event within a day, by id."""
    return fetch_all(conn, CameraEvent, SQL_CAMERAS, {"now": now})
