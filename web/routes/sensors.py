"""Sensors with their latest state, readings as time-bucketed series, discrete events."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, Query

from alerts import api as alerts_api
from common.trends import TrendRangeError, parse_range
from ingest import api as ingest
from web.deps import Db, PersonalReader, Reader, State
from web.errors import InvalidInputError, NotFoundError
from web.jsonbody import UniqueKeysRoute
from web.schemas import (
    Instant,
    PathKey,
    SensorDetailOut,
    SensorOut,
    SeriesOut,
    TrendOut,
)
from web.views import fields_of, latest, max_severity, sensor_state
from web.wall.hub import SensorState

router = APIRouter(prefix="/api", tags=["sensors"], route_class=UniqueKeysRoute)

#: Most buckets one series request may produce; a wider request must use wider buckets.
MAX_BUCKETS = 5000


def _state(row: ingest.SensorRow, severities: dict[str, list[str]], now: datetime,
           silence_factor: float) -> SensorState:
    """The sensor's drawn state: its status, its silence against its interval and the
    configured silence factor, its open alerts."""
    return sensor_state(
        status=row.status,
        status_at=row.status_at,
        last_seen=latest(row.last_reading_at, row.last_event_at),
        expected_interval_s=row.expected_interval_s,
        alert_severity=max_severity(severities.get(row.sensor_id, [])),
        now=now,
        silence_factor=silence_factor,
    )


@router.get("/sensors", response_model=list[SensorOut])
def list_sensors(
    *,
    user: Reader,
    db: Db,
    state: State,
    kind: str | None = None,
    agency: str | None = None,
    sub_area: str | None = None,
    limit: Annotated[int, Query(ge=1, le=10_000)] = 1000,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[SensorOut]:
    """Registered sensors with their state: normal, alert (an open alert), offline, unknown."""
    now = datetime.now(UTC)
    rows = ingest.list_sensors(db, now=now, kind=kind, agency=agency, sub_area=sub_area,
                               limit=limit, offset=offset)
    severities = alerts_api.open_alert_severities(db)
    factor = state.alert_rules().silence_factor()
    return [SensorOut(**fields_of(r), state=_state(r, severities, now, factor)) for r in rows]


@router.get("/sensors/{sensor_id}", response_model=SensorDetailOut)
def get_sensor(sensor_id: PathKey, user: Reader, db: Db, state: State) -> SensorDetailOut:
    """One sensor with its metadata and the latest value of each metric."""
    now = datetime.now(UTC)
    rows = ingest.list_sensors(db, now=now, sensor_id=sensor_id, limit=1)
    if not rows:
        raise NotFoundError(f"no sensor {sensor_id!r}", resource="sensor", key=sensor_id)
    drawn = _state(rows[0], alerts_api.open_alert_severities(db), now,
                   state.alert_rules().silence_factor())
    fields = fields_of(rows[0])
    # The last observed reading's date, as its latest values are chosen (a reading dated after
    # its receipt counts from its receipt); beyond two days, the furthest date stored.
    fields["last_reading_at"] = ingest.last_observed_at(db, sensor_id, now) or fields["last_reading_at"]
    return SensorDetailOut(**fields, state=drawn,
                           latest=ingest.latest_readings(db, sensor_id, now),
                           metrics=ingest.metrics_of(db, sensor_id, now))


@router.get("/sensors/{sensor_id}/readings", response_model=SeriesOut)
def readings(
    *,
    sensor_id: PathKey,
    user: Reader,
    db: Db,
    metric: Annotated[str, Query(min_length=1, max_length=100)],
    start: Instant | None = None,
    end: Instant | None = None,
    bucket_s: Annotated[int, Query(ge=1, le=31 * 86400)] = 600,
) -> SeriesOut:
    """Readings of one metric in ``bucket_s`` buckets (mean, min, max, last, count).

    Defaults to the last 24 hours. Buckets start at Taiwan midnight (+08:00).
    """
    end = end or datetime.now(UTC)
    start = start or end - timedelta(days=1)
    problems = []
    if end <= start:
        problems.append("end must be after start")
    elif (end - start).total_seconds() / bucket_s > MAX_BUCKETS:
        problems.append(f"at most {MAX_BUCKETS} buckets per request: widen bucket_s")
    if problems:
        raise InvalidInputError("; ".join(problems))
    if not ingest.list_sensors(db, now=end, sensor_id=sensor_id, limit=1):
        raise NotFoundError(f"no sensor {sensor_id!r}", resource="sensor", key=sensor_id)
    buckets = ingest.series(db, sensor_id=sensor_id, metric=metric, start=start, end=end,
                            width=timedelta(seconds=bucket_s))
    return SeriesOut(sensor_id=sensor_id, metric=metric, bucket_s=bucket_s, start=start, end=end,
                     buckets=buckets)


#: A trend's range: N and m, h or d (see common.trends).
RangeQuery = Annotated[str, Query(alias="range", min_length=2, max_length=8,
                                  description="range ending now: 60m, 24h, 7d, 30d, 90d")]
MetricQuery = Annotated[str, Query(min_length=1, max_length=100)]


def _trend(key: str, metric: str, text: str, fetch: Callable[..., list[ingest.TrendPoint]]) -> TrendOut:
    try:
        rng = parse_range(text)
    except TrendRangeError as exc:
        raise InvalidInputError(str(exc)) from exc
    end = datetime.now(UTC)
    start = end - rng.length
    points = fetch(metric=metric, resolution=rng.resolution, start=start, end=end)
    return TrendOut(key=key, metric=metric, range=rng.text, resolution=rng.resolution.value, start=start,
                    end=end, points=points)


@router.get("/sensors/{sensor_id}/trend", response_model=TrendOut)
def sensor_trend(sensor_id: PathKey, user: Reader, db: Db, metric: MetricQuery, range_: RangeQuery = "24h") -> TrendOut:
    """One sensor's metric over a range ending now, for sparklines and charts.

    The bucket follows the range (a minute up to an hour, an hour up to a day, a
    day up to 31 days, a month beyond) and the points come from the matching
    rollup, never from the raw readings.
    """
    if not ingest.list_sensors(db, now=datetime.now(UTC), sensor_id=sensor_id, limit=1):
        raise NotFoundError(f"no sensor {sensor_id!r}", resource="sensor", key=sensor_id)
    return _trend(sensor_id, metric, range_,
                  lambda **kw: ingest.sensor_trend(db, sensor_id=sensor_id, **kw))


@router.get("/areas/{area}/trend", response_model=TrendOut)
def area_trend(area: PathKey, user: Reader, db: Db, metric: MetricQuery, range_: RangeQuery = "7d") -> TrendOut:
    """All sensors of a zone, sub-area or district pooled per bucket (count-weighted mean, extremes).

    ``area`` is a name as the sensor registry stores it (e.g. ``central_park``,
    ``西屯區``); buckets as for a sensor's trend.
    """
    if not ingest.area_exists(db, area):
        raise NotFoundError(f"no sensors in area {area!r}", resource="area", key=area)
    return _trend(area, metric, range_, lambda **kw: ingest.area_trend(db, area=area, **kw))


@router.get("/events", response_model=list[ingest.StoredEvent], tags=["events"])
def list_events(
    *,
    user: PersonalReader,
    db: Db,
    start: Instant | None = None,
    end: Instant | None = None,
    feed: str | None = None,
    domain: str | None = None,
    source_id: str | None = None,
    limit: Annotated[int, Query(ge=1, le=5000)] = 200,
) -> list[ingest.StoredEvent]:
    """Discrete reports (fire alarms, police reports, CCTV, 1999 cases, ...), newest first."""
    end = end or datetime.now(UTC)
    start = start or end - timedelta(days=1)
    rows = ingest.list_events(db, start=start, end=end, feed=feed, domain=domain,
                              source_id=source_id, limit=limit)
    return list(rows)
