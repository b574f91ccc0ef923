"""SQL of the web package, over the base tables (0001) and ``web_users`` (0060).

Every statement is a named constant with bound parameters; rows come back as
frozen dataclasses through ``class_row``. Routes for other packages' data call
those packages' own repositories where they exist; this module holds only what
the web layer needs by itself (accounts, audit, sensors, readings, quarantine).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from psycopg import Connection, errors
from psycopg.rows import class_row

from common import audit
from web.errors import ConflictError

# -- accounts -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class UserRow:
    """One account of ``web_users``."""

    user_name: str
    role: str
    agency: str | None
    display_name: str
    password_hash: str | None
    active: bool
    token_version: int
    created_at: datetime


SQL_USER_GET = """
SELECT user_name, role, agency, display_name, password_hash, active, token_version, created_at
FROM web_users WHERE user_name = %s
"""
SQL_USER_INSERT = """
INSERT INTO web_users (user_name, role, agency, display_name, password_hash)
VALUES (%s, %s, %s, %s, %s)
RETURNING user_name, role, agency, display_name, password_hash, active, token_version, created_at
"""
SQL_USER_LIST = """
SELECT user_name, role, agency, display_name, password_hash, active, token_version, created_at
FROM web_users ORDER BY user_name
"""
SQL_REVOCATION_EXISTS = "SELECT EXISTS (SELECT 1 FROM web_revoked_tokens WHERE token_id = %s)"
SQL_REVOCATION_INSERT = """
INSERT INTO web_revoked_tokens (token_id, user_name, expires_at)
VALUES (%s, %s, to_timestamp(%s)) ON CONFLICT (token_id) DO NOTHING
"""
SQL_REVOCATIONS_PURGE = "DELETE FROM web_revoked_tokens WHERE expires_at < now()"
SQL_SESSIONS = """
SELECT user_name, role, agency, active, token_version FROM web_users WHERE user_name = ANY(%s)
"""
SQL_REVOKED_AMONG = "SELECT token_id FROM web_revoked_tokens WHERE token_id = ANY(%s)"


def get_user(conn: Connection, user_name: str) -> UserRow | None:
    """The account named ``user_name``, or ``None``."""
    with conn.cursor(row_factory=class_row(UserRow)) as cur:
        cur.execute(SQL_USER_GET, (user_name,))
        return cur.fetchone()


def token_revoked(conn: Connection, token_id: str) -> bool:
    """Whether the token ``token_id`` was revoked one by one (logout)."""
    if not token_id:
        return False
    row = conn.execute(SQL_REVOCATION_EXISTS, (token_id,)).fetchone()
    return bool(row and row[0])


def revoke_token(conn: Connection, token_id: str, user_name: str, expires: float) -> None:
    """Refuse the token ``token_id`` from now until ``expires``; forget outlived rows."""
    conn.execute(SQL_REVOCATIONS_PURGE)
    conn.execute(SQL_REVOCATION_INSERT, (token_id, user_name, expires))


@dataclass(frozen=True, slots=True)
class SessionRow:
    """What an open session must still match: the account's role, agency, state, version."""

    user_name: str
    role: str
    agency: str | None
    active: bool
    token_version: int


def sessions(
    conn: Connection, user_names: list[str], token_ids: list[str]
) -> tuple[dict[str, SessionRow], set[str]]:
    """The accounts named ``user_names`` and which of ``token_ids`` are revoked."""
    with conn.cursor(row_factory=class_row(SessionRow)) as cur:
        cur.execute(SQL_SESSIONS, (user_names,))
        rows = {r.user_name: r for r in cur.fetchall()}
    revoked = {str(r[0]) for r in conn.execute(SQL_REVOKED_AMONG, (token_ids,)).fetchall()}
    return rows, revoked


def list_users(conn: Connection) -> list[UserRow]:
    """Every account, by name."""
    with conn.cursor(row_factory=class_row(UserRow)) as cur:
        cur.execute(SQL_USER_LIST)
        return cur.fetchall()


def insert_user(
    conn: Connection,
    *,
    user_name: str,
    role: str,
    agency: str | None,
    display_name: str,
    password_hash: str | None,
) -> UserRow:
    """Create an account; :class:`ConflictError` if the name is taken."""
    try:
        with conn.cursor(row_factory=class_row(UserRow)) as cur:
            cur.execute(
                SQL_USER_INSERT, (user_name, role, agency, display_name, password_hash)
            )
            row = cur.fetchone()
    except errors.UniqueViolation as exc:
        raise ConflictError(f"user {user_name!r} exists", resource="user", key=user_name) from exc
    assert row is not None
    return row


def record_audit(
    conn: Connection,
    *,
    actor: str,
    action: str,
    subject_type: str,
    subject_id: str,
    reason: str = "",
    detail: Mapping[str, object] | None = None,
) -> int:
    """Append one audit entry in the caller's transaction (:func:`common.audit.record`); returns its id."""
    return audit.record(conn, actor=actor, action=action, subject_type=subject_type, subject_id=subject_id,
                        reason=reason, detail=detail)


@dataclass(frozen=True, slots=True)
class AuditRow:
    """One audit entry."""

    id: int
    at: datetime
    actor: str
    action: str
    subject_type: str
    subject_id: str
    reason: str
    detail: dict[str, object]


SQL_AUDIT_LIST = """
SELECT id, at, actor, action, subject_type, subject_id, reason, detail
FROM audit_log
WHERE (%(subject_type)s::text IS NULL OR subject_type = %(subject_type)s)
  AND (%(subject_id)s::text IS NULL OR subject_id = %(subject_id)s)
  AND (%(actor)s::text IS NULL OR actor = %(actor)s)
ORDER BY id DESC
LIMIT %(limit)s
"""


def list_audit(
    conn: Connection,
    *,
    subject_type: str | None,
    subject_id: str | None,
    actor: str | None,
    limit: int,
) -> list[AuditRow]:
    """Latest audit entries, newest first, optionally filtered."""
    with conn.cursor(row_factory=class_row(AuditRow)) as cur:
        cur.execute(
            SQL_AUDIT_LIST,
            {"subject_type": subject_type, "subject_id": subject_id, "actor": actor,
             "limit": limit},
        )
        return cur.fetchall()


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


# The latest reading as ingest keeps it in its counters (migration 0013: one
# index probe, however many readings the sensor has); the device's own
# last-will status from the `status` feed of `events` (contract 2).
SQL_SENSORS = """
SELECT s.sensor_id, s.agency, s.kind, s.name, ST_X(s.geom) AS lon, ST_Y(s.geom) AS lat,
       s.zone, s.sub_area, extract(epoch FROM s.expected_interval)::float8 AS expected_interval_s,
       s.metadata, r.last_reading_at, e.last_event_at, st.status, st.status_at
FROM sensors s
LEFT JOIN LATERAL (
    SELECT max(last_reading_time) AS last_reading_at FROM ingest_counters
    WHERE source_id = s.sensor_id AND feed <> 'status'
) r ON true
LEFT JOIN LATERAL (
    SELECT max(time) AS last_event_at FROM events
    WHERE source_id = s.sensor_id AND feed <> 'status' AND time > %(now)s - interval '7 days'
) e ON true
LEFT JOIN LATERAL (
    SELECT coalesce(payload->>'state', category) AS status, time AS status_at FROM events
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
    with conn.cursor(row_factory=class_row(SensorRow)) as cur:
        cur.execute(
            SQL_SENSORS,
            {"now": now, "kind": kind, "agency": agency, "sub_area": sub_area,
             "sensor_id": sensor_id, "limit": limit, "offset": offset},
        )
        return cur.fetchall()


@dataclass(frozen=True, slots=True)
class LatestReading:
    """The newest value of one metric of a sensor."""

    metric: str
    time: datetime
    value: float


SQL_LATEST_READINGS = """
SELECT DISTINCT ON (metric) metric, time, value
FROM readings
WHERE sensor_id = %s AND time > %s - interval '2 days'
ORDER BY metric, time DESC
"""


def latest_readings(conn: Connection, sensor_id: str, now: datetime) -> list[LatestReading]:
    """The newest value of each metric of ``sensor_id`` within two days."""
    with conn.cursor(row_factory=class_row(LatestReading)) as cur:
        cur.execute(SQL_LATEST_READINGS, (sensor_id, now))
        return cur.fetchall()


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
    with conn.cursor(row_factory=class_row(Bucket)) as cur:
        cur.execute(
            SQL_SERIES,
            {"width": width, "sensor_id": sensor_id, "metric": metric, "start": start,
             "end": end},
        )
        return cur.fetchall()


SQL_METRICS = """
SELECT DISTINCT metric FROM readings
WHERE sensor_id = %s AND time > %s - interval '7 days' ORDER BY metric
"""


def metrics_of(conn: Connection, sensor_id: str, now: datetime) -> list[str]:
    """The metric names a sensor reported within a week."""
    cur = conn.execute(SQL_METRICS, (sensor_id, now))
    return [str(r[0]) for r in cur.fetchall()]


# -- quarantine -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class QuarantineRow:
    """One dead letter."""

    id: int
    time: datetime
    topic: str
    payload: bytes
    reason: str
    detail: str
    source_id: str | None
    replayed_at: datetime | None


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
    with conn.cursor(row_factory=class_row(QuarantineRow)) as cur:
        cur.execute(
            SQL_QUARANTINE_LIST,
            {"reason": reason, "source_id": source_id, "since": since, "pending": pending,
             "limit": limit},
        )
        return cur.fetchall()


def get_quarantine(conn: Connection, qid: int) -> QuarantineRow | None:
    """One dead letter by id."""
    with conn.cursor(row_factory=class_row(QuarantineRow)) as cur:
        cur.execute(SQL_QUARANTINE_GET, (qid,))
        return cur.fetchone()


@dataclass(frozen=True, slots=True)
class ReasonCount:
    """Dead letters per reason."""

    reason: str
    count: int
    latest: datetime


def quarantine_reasons(conn: Connection, since: datetime) -> list[ReasonCount]:
    """Counts of dead letters per reason since ``since``."""
    with conn.cursor(row_factory=class_row(ReasonCount)) as cur:
        cur.execute(SQL_QUARANTINE_REASONS, (since,))
        return cur.fetchall()


# -- events (evidence of incidents, CAP inputs) ----------------------------------


@dataclass(frozen=True, slots=True)
class EventRow:
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
) -> list[EventRow]:
    """Discrete reports between ``start`` and ``end``, newest first."""
    with conn.cursor(row_factory=class_row(EventRow)) as cur:
        cur.execute(
            SQL_EVENTS,
            {"start": start, "end": end, "feed": feed, "domain": domain, "source_id": source_id,
             "limit": limit},
        )
        rows = cur.fetchall()
    return [_event_document(r) for r in rows]


def _event_document(row: EventRow) -> EventRow:
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
