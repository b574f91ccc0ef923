"""Sensors with their latest state, readings as time-bucketed series, discrete events."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, Query

from web import repo
from web.deps import Db, Reader
from web.errors import InvalidInputError, NotFoundError
from web.schemas import (
    BucketOut,
    EventOut,
    LatestReadingOut,
    SensorDetailOut,
    SensorOut,
    SeriesOut,
)
from web.views import latest, max_severity, sensor_state

router = APIRouter(prefix="/api", tags=["sensors"])

#: Most buckets one series request may produce; a wider request must use wider buckets.
MAX_BUCKETS = 5000


def _sensor_out(row: repo.SensorRow, severities: dict[str, list[str]], now: datetime) -> dict[
    str, object
]:
    state = sensor_state(
        status=row.status,
        last_seen=latest(row.last_reading_at, row.last_event_at),
        expected_interval_s=row.expected_interval_s,
        alert_severity=max_severity(severities.get(row.sensor_id, [])),
        now=now,
    )
    return {
        "sensor_id": row.sensor_id, "agency": row.agency, "kind": row.kind, "name": row.name,
        "lon": row.lon, "lat": row.lat, "zone": row.zone, "sub_area": row.sub_area,
        "expected_interval_s": row.expected_interval_s, "last_reading_at": row.last_reading_at,
        "last_event_at": row.last_event_at, "status": row.status, "status_at": row.status_at,
        "state": state.value,
    }


@router.get("/sensors", response_model=list[SensorOut])
def list_sensors(
    *,
    user: Reader,
    db: Db,
    kind: str | None = None,
    agency: str | None = None,
    sub_area: str | None = None,
    limit: Annotated[int, Query(ge=1, le=10_000)] = 1000,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[SensorOut]:
    """Registered sensors with their state: normal, alert (an open alert), offline, unknown."""
    now = datetime.now(UTC)
    rows = repo.list_sensors(db, now=now, kind=kind, agency=agency, sub_area=sub_area,
                             limit=limit, offset=offset)
    severities = repo.open_alert_severities(db)
    return [SensorOut.model_validate(_sensor_out(r, severities, now)) for r in rows]


@router.get("/sensors/{sensor_id}", response_model=SensorDetailOut)
def get_sensor(sensor_id: str, user: Reader, db: Db) -> SensorDetailOut:
    """One sensor with its metadata and the latest value of each metric."""
    now = datetime.now(UTC)
    rows = repo.list_sensors(db, now=now, sensor_id=sensor_id, limit=1)
    if not rows:
        raise NotFoundError(f"no sensor {sensor_id!r}", resource="sensor", key=sensor_id)
    out = _sensor_out(rows[0], repo.open_alert_severities(db), now)
    out["metadata"] = rows[0].metadata
    out["latest"] = [
        LatestReadingOut.model_validate(r) for r in repo.latest_readings(db, sensor_id, now)
    ]
    out["metrics"] = repo.metrics_of(db, sensor_id, now)
    return SensorDetailOut.model_validate(out)


@router.get("/sensors/{sensor_id}/readings", response_model=SeriesOut)
def readings(
    *,
    sensor_id: str,
    user: Reader,
    db: Db,
    metric: Annotated[str, Query(min_length=1, max_length=100)],
    start: datetime | None = None,
    end: datetime | None = None,
    bucket_s: Annotated[int, Query(ge=1, le=31 * 86400)] = 600,
) -> SeriesOut:
    """Readings of one metric in ``bucket_s`` buckets (mean, min, max, last, count).

    Defaults to the last 24 hours. Buckets start at Taiwan midnight (+08:00).
    """
    end = end or datetime.now(UTC)
    start = start or end - timedelta(days=1)
    problems = []
    if start.tzinfo is None or end.tzinfo is None:
        problems.append("start and end need a UTC offset (e.g. 2016-06-02T07:00:00+08:00)")
    elif end <= start:
        problems.append("end must be after start")
    elif (end - start).total_seconds() / bucket_s > MAX_BUCKETS:
        problems.append(f"at most {MAX_BUCKETS} buckets per request: widen bucket_s")
    if problems:
        raise InvalidInputError("; ".join(problems))
    if not repo.list_sensors(db, now=end, sensor_id=sensor_id, limit=1):
        raise NotFoundError(f"no sensor {sensor_id!r}", resource="sensor", key=sensor_id)
    buckets = repo.series(db, sensor_id=sensor_id, metric=metric, start=start, end=end,
                          width=timedelta(seconds=bucket_s))
    return SeriesOut(sensor_id=sensor_id, metric=metric, bucket_s=bucket_s, start=start, end=end,
                     buckets=[BucketOut.model_validate(b) for b in buckets])


@router.get("/events", response_model=list[EventOut], tags=["events"])
def list_events(
    *,
    user: Reader,
    db: Db,
    start: datetime | None = None,
    end: datetime | None = None,
    feed: str | None = None,
    domain: str | None = None,
    source_id: str | None = None,
    limit: Annotated[int, Query(ge=1, le=5000)] = 200,
) -> list[EventOut]:
    """Discrete reports (fire alarms, police reports, CCTV, 1999 cases, ...), newest first."""
    end = end or datetime.now(UTC)
    start = start or end - timedelta(days=1)
    if start.tzinfo is None or end.tzinfo is None:
        raise InvalidInputError("start and end need a UTC offset")
    rows = repo.list_events(db, start=start, end=end, feed=feed, domain=domain,
                            source_id=source_id, limit=limit)
    return [EventOut.model_validate(r) for r in rows]
