"""SQL behind the wall feed: the current content of each wall topic.

Each ``load_*`` returns ``key -> item`` for one :class:`web.wall.hub.Topic` and is
called inside one read-only REPEATABLE READ transaction by :mod:`web.wall.feed`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from psycopg import Connection, sql
from psycopg.rows import class_row

from alerts.api import OPEN_STATES, failed_deliveries, failed_delivery_count, open_alert_severities
from common.trends import parse_range
from geo.api import PLACE_JOINS, place_of
from kpi import api as kpi_service
from kpi.api import Definitions
from ops_center import api as ops
from web.repo_trends import sensor_trend
from web.views import max_severity
from web.wall.hub import (
    AlertItem,
    AssignmentItem,
    CameraItem,
    HealthItem,
    IncidentItem,
    IngestItem,
    KpiItem,
    ModeItem,
    SensorItem,
    TrendItem,
    WallItem,
)
from web.wall.seen import SEEN_CHANNEL, SensorBasis, drawn_state
from web.wording import alert_words

OPEN_ALERT_STATES: tuple[str, ...] = tuple(sorted(str(s) for s in OPEN_STATES))

#: The push path's subscription (:mod:`web.wall.push`) to ingest's per-batch notifications.
SQL_LISTEN_SEEN = sql.SQL("LISTEN {}").format(sql.Identifier(SEEN_CHANNEL))


@dataclass(frozen=True, slots=True)
class _AlertRow:
    alert_id: int
    rule_id: str
    source_id: str
    state: str
    severity: str
    category: str
    agency: str
    title: str
    lon: float | None
    lat: float | None
    raised_at: datetime
    label: str
    source_name: str | None
    source_name_en: str | None
    road: str | None
    road_en: str | None
    road_m: float | None
    area: str | None
    area_en: str | None
    active: bool
    clear_cause: str | None


# Newest first, capped: the ticker shows the latest few hundred open alerts. The
# place (nearest road, covering area) and the sensor's registered names let the
# wall say what and where in words (geo.places).
SQL_OPEN_ALERTS = "".join(("""
SELECT a.alert_id, a.rule_id, a.source_id, a.state, a.severity, a.category, a.agency, a.title,
       ST_X(a.geom) AS lon, ST_Y(a.geom) AS lat, a.raised_at, a.label,
       s.name AS source_name, s.name_en AS source_name_en,
       rd.road, rd.road_en, rd.road_m, ar.area, ar.area_en, a.cleared_at IS NULL AS active,
       a.clear_cause
FROM (SELECT * FROM alerts WHERE state = ANY(%(states)s)
      ORDER BY raised_at DESC, alert_id DESC LIMIT 500) a
LEFT JOIN sensors s ON s.sensor_id = a.source_id
""", PLACE_JOINS.format(geom="a.geom"), """
ORDER BY a.raised_at DESC, a.alert_id DESC
"""))


def load_alerts(conn: Connection, now: datetime) -> Mapping[str, WallItem]:
    """Open alerts (raised, acknowledged, escalated, shelved)."""
    with conn.cursor(row_factory=class_row(_AlertRow)) as cur:
        cur.execute(SQL_OPEN_ALERTS, {"states": list(OPEN_ALERT_STATES)})
        rows = cur.fetchall()
    items: dict[str, WallItem] = {}
    for r in rows:
        where = place_of(r.road, r.road_en, r.road_m, r.area, r.area_en)
        what = alert_words(r.rule_id, r.label, r.title)
        items[str(r.alert_id)] = AlertItem(
            alert_id=r.alert_id, rule_id=r.rule_id, source_id=r.source_id, state=r.state,
            severity=r.severity, category=r.category, agency=r.agency, title=r.title,
            lon=r.lon, lat=r.lat, raised_at=r.raised_at.isoformat(), label=r.label,
            what=what.zh, what_en=what.en,
            source_name=r.source_name or "", source_name_en=r.source_name_en or "",
            place=where.name, place_en=where.name_en, active=r.active,
            clear_cause=r.clear_cause or "",
        )
    return items


@dataclass(frozen=True, slots=True)
class _SensorStateRow:
    sensor_id: str
    kind: str
    agency: str
    name: str
    lon: float
    lat: float
    sub_area: str | None
    expected_interval_s: float | None
    last_seen: datetime | None
    status: str | None


# The last reading comes from ingest's counters (migration 0013), one index
# probe per sensor; the last event within a day from events.
SQL_SENSOR_STATES = """
SELECT s.sensor_id, s.kind, s.agency, s.name, ST_X(s.geom) AS lon, ST_Y(s.geom) AS lat,
       s.sub_area, extract(epoch FROM s.expected_interval)::float8 AS expected_interval_s,
       greatest(r.t, e.t) AS last_seen, st.status
FROM sensors s
LEFT JOIN LATERAL (
    SELECT max(last_reading_time) AS t FROM ingest_counters
    WHERE source_id = s.sensor_id AND feed <> 'status'
) r ON true
LEFT JOIN LATERAL (
    SELECT max(time) AS t FROM events
    WHERE source_id = s.sensor_id AND feed <> 'status' AND time > %(now)s - interval '1 day'
) e ON true
LEFT JOIN LATERAL (
    SELECT coalesce(payload->>'state', category) AS status FROM events
    WHERE source_id = s.sensor_id AND feed = 'status' AND time > %(now)s - interval '7 days'
    ORDER BY time DESC LIMIT 1
) st ON true
ORDER BY s.sensor_id
"""


@dataclass(frozen=True, slots=True)
class SensorStates:
    """Every registered sensor's wall item, and the basis its state was derived from.

    The push path (:mod:`web.wall.seen`) advances ``bases`` between polls.
    """

    items: Mapping[str, WallItem]
    bases: Mapping[str, SensorBasis]


def load_sensor_states(conn: Connection, now: datetime) -> SensorStates:
    """Every registered sensor with its drawn state and that state's basis."""
    severities = open_alert_severities(conn)
    with conn.cursor(row_factory=class_row(_SensorStateRow)) as cur2:
        cur2.execute(SQL_SENSOR_STATES, {"now": now})
        rows = cur2.fetchall()
    items: dict[str, WallItem] = {}
    bases: dict[str, SensorBasis] = {}
    for r in rows:
        severity = max_severity(severities.get(r.sensor_id, []))
        basis = SensorBasis(expected_interval_s=r.expected_interval_s, last_seen=r.last_seen,
                            status=r.status)
        bases[r.sensor_id] = basis
        items[r.sensor_id] = SensorItem(
            sensor_id=r.sensor_id, kind=r.kind, agency=r.agency, name=r.name, lon=r.lon,
            lat=r.lat, sub_area=r.sub_area, state=drawn_state(basis, severity, now),
            severity=severity,
        )
    return SensorStates(items, bases)


def load_sensors(conn: Connection, now: datetime) -> Mapping[str, WallItem]:
    """Every registered sensor with its drawn state."""
    return load_sensor_states(conn, now).items


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


def load_ingest(
    conn: Connection, now: datetime, sensors: Mapping[str, WallItem] | None = None
) -> Mapping[str, WallItem]:
    """Ingest health: rows stored per second (last 10 s), quarantine, sensors offline, broker drops.

    Rates come from the base tables (0001); totals from the ingest package's
    per-source counters (0010) when they exist, else from the quarantine table.
    ``sensors``: the sensor states just read in the same transaction, if any
    (saves reading them twice).
    """
    row = conn.execute(SQL_INGEST_RATE, {"now": now}).fetchone()
    rate = float(row[0]) / 10.0 if row else 0.0
    q = conn.execute(SQL_QUARANTINE_COUNTS, {"now": now}).fetchone()
    stored = duplicate = 0
    quarantined = int(q[1]) if q else 0
    totals = conn.execute(SQL_INGEST_TOTALS).fetchone()
    if totals is not None:
        stored, duplicate, quarantined = int(totals[0]), int(totals[1]), int(totals[2])
    d = conn.execute(SQL_BROKER_DROPPED).fetchone()  # service_heartbeats: base schema (0003)
    dropped = int(d[0]) if d else 0
    if sensors is None:
        sensors = load_sensors(conn, now)
    offline = sum(
        1 for s in sensors.values() if isinstance(s, SensorItem) and s.state.value == "offline"
    )
    failed = failed_delivery_count(conn)  # the alerts package's read model (0030)
    last = failed_deliveries(conn, 1) if failed else []
    return {
        "ingest": IngestItem(
            received_per_s=rate,
            stored_total=stored,
            duplicate_total=duplicate,
            quarantined_total=quarantined,
            quarantined_last_hour=int(q[0]) if q else 0,
            sensors_offline=offline,
            sensors_total=len(sensors),
            broker_dropped=dropped,
            webhooks_failed=failed,
            webhook_last_failure=last[0].last_error[:200] if last else "",
            webhook_last_agency=last[0].agency if last else "",
        )
    }


def load_incidents(conn: Connection, now: datetime) -> Mapping[str, WallItem]:
    """Open and quiet incidents with their assignments."""
    incidents = ops.list_incidents(conn, states=list(ops.OPEN_INCIDENT_STATES),
                                        limit=300)
    by_incident: dict[str, list[AssignmentItem]] = {}
    if incidents:
        for a in ops.list_assignments(conn, incident_ids=[i.incident_id for i in incidents]):
            by_incident.setdefault(a.incident_id, []).append(assignment_item(a, now))
    items: dict[str, WallItem] = {}
    for i in incidents:
        where = i.place
        items[i.incident_id] = IncidentItem(
            incident_id=i.incident_id, kind=i.type,
            title=" · ".join(p for p in (i.type, i.sub_area or i.zone) if p),
            severity=i.severity, state=i.state, lon=i.lon, lat=i.lat, sub_area=i.sub_area,
            opened_at=i.opened_at.isoformat(),
            assignments=tuple(by_incident.get(i.incident_id, ())),
            overdue=any(a.overdue for a in by_incident.get(i.incident_id, ())),
            number=i.number, place=where.name, place_en=where.name_en, area=where.area,
            area_en=where.area_en,
        )
    return items


def assignment_item(a: ops.AssignmentRow, now: datetime) -> AssignmentItem:
    """The wall's view of an assignment: overdue when a running deadline has passed."""
    return AssignmentItem(
        agency=a.agency, state=a.state,
        deadline=a.deadline.isoformat() if a.deadline and a.deadline_running else None,
        acknowledged=a.acknowledged_at is not None,
        overdue=a.overdue(now),
        escalations=a.escalations,
    )


def load_kpis(conn: Connection, now: datetime, defs: Definitions) -> Mapping[str, WallItem]:
    """KPI tiles: each plan indicator's value in the latest weighted year that has one.

    ``period`` names that year, so a tile never shows a dash for 2016 while the
    data is for 2015; an indicator without any data shows the latest year's target.
    """
    years = sorted(defs.years(), reverse=True)
    scored = [kpi_service.scores(conn, defs, y) for y in years]
    tiles: dict[str, WallItem] = {}
    for year, score in zip(years, scored, strict=True):
        for goal in score.goals:
            for ind in goal.indicators:
                if ind.indicator_id in tiles and ind.achievement is None:
                    continue
                current = tiles.get(ind.indicator_id)
                if isinstance(current, KpiItem) and current.achievement is not None:
                    continue  # a newer year already has data
                indicator = defs.indicator(ind.indicator_id)
                ach = ind.achievement
                tiles[ind.indicator_id] = KpiItem(
                    kpi_id=ind.indicator_id, name=indicator.name_zh, name_en=indicator.name_en,
                    unit=indicator.unit.value, actual=ach.value if ach else None,
                    target=ach.target if ach else indicator.target(year),
                    achievement=ach.capped if ach else None,
                    period=str(year) if ach else None,
                )
    return tiles


#: The range a trend sparkline covers: the trend routes' resolution for it
#: (:func:`common.trends.parse_range`) reads the hourly rollup, one point an hour.
TREND_RANGE = parse_range("12h")
TREND_HOURS = 12
#: The metric each kind's sparkline follows (ingest/payloads.py metric names).
TREND_METRICS = {"rain": "rain_1h", "water_level": "water_level_m"}

# The newest readings of the rain gauges and water-level stations, one index range
# scan per (sensor, metric): the readings primary key is (sensor_id, metric, time).
# Only the newest value comes from the raw readings (it must not wait for the
# rollup's refresh); the sparklines come from the rollups, as the trend routes do.
SQL_TRENDS = """
SELECT s.sensor_id, s.kind, s.name, s.name_en, m.metric, last.time AS latest_at, last.value AS latest
FROM sensors s
JOIN LATERAL (SELECT unnest(%(metrics)s::text[]) AS metric) m ON true
LEFT JOIN LATERAL (
    SELECT time, value FROM readings r
    WHERE r.sensor_id = s.sensor_id AND r.metric = m.metric AND r.time <= %(now)s
      AND r.time > %(now)s - interval '2 days'
    ORDER BY time DESC LIMIT 1
) last ON true
WHERE s.kind = ANY(%(kinds)s)
ORDER BY s.kind, s.sensor_id, m.metric
"""


def load_trends(conn: Connection, now: datetime) -> Mapping[str, WallItem]:
    """Rain gauges (hourly rain, 24-hour total) and water-level stations (level) of the
    last :data:`TREND_HOURS` hours, one :class:`TrendItem` per sensor.

    Each sparkline is the sensor's trend over :data:`TREND_RANGE` read through
    :func:`web.repo_trends.sensor_trend` (the hourly rollup, the hour's highest
    reading), so the wall draws what ``GET /api/sensors/{id}/trend?range=12h`` answers.
    """
    rows = conn.execute(
        SQL_TRENDS,
        {"metrics": [*TREND_METRICS.values(), "rain_24h"], "kinds": list(TREND_METRICS), "now": now},
    ).fetchall()
    start = now.replace(minute=0, second=0, microsecond=0) - timedelta(hours=TREND_HOURS - 1)
    by_sensor: dict[str, dict[str, tuple[object, ...]]] = {}
    for row in rows:
        by_sensor.setdefault(str(row[0]), {})[str(row[4])] = row
    items: dict[str, WallItem] = {}
    for sid, metrics in by_sensor.items():
        first = next(iter(metrics.values()))
        kind = str(first[1])
        metric = TREND_METRICS[kind]
        row = metrics.get(metric, first)
        spark: list[float | None] = [None] * TREND_HOURS
        points = sensor_trend(conn, sensor_id=sid, metric=metric, resolution=TREND_RANGE.resolution,
                              start=now - TREND_RANGE.length, end=now)
        for point in points:
            i = int((point.bucket - start).total_seconds() // 3600)
            if 0 <= i < TREND_HOURS:
                spark[i] = round(point.max, 2)
        latest_at = row[5]
        total = metrics.get("rain_24h")
        items[sid] = TrendItem(
            sensor_id=sid, kind=kind, name=str(first[2]), name_en=str(first[3] or first[2]),
            metric=metric, latest=None if row[6] is None else round(float(row[6]), 2),  # type: ignore[arg-type]
            latest_at=latest_at.isoformat() if isinstance(latest_at, datetime) else None,
            spark=tuple(spark),
            total_24h=None if kind != "rain" or total is None or total[6] is None
            else round(float(total[6]), 1),  # type: ignore[arg-type]
        )
    return items


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


def load_cameras(conn: Connection, now: datetime) -> Mapping[str, WallItem]:
    """Every registered camera with its latest analytics event within a day (no image:
    the feed carries none)."""
    items: dict[str, WallItem] = {}
    for sid, name, name_en, category, at, confidence in conn.execute(SQL_CAMERAS, {"now": now}).fetchall():
        items[str(sid)] = CameraItem(
            sensor_id=str(sid), name=str(name), name_en=str(name_en),
            event=None if category is None else str(category),
            event_at=at.isoformat() if isinstance(at, datetime) else None,
            confidence=None if confidence is None else round(float(confidence), 2),
        )
    return items


def load_mode(conn: Connection, default: str) -> Mapping[str, WallItem]:
    """Peacetime or emergency: the ops center's latest recorded switch, else the setting."""
    return {"mode": ModeItem(mode=ops.current_mode(conn, default))}


def load_health(conn: Connection, required: Sequence[str], stale_after_s: float) -> Mapping[str, WallItem]:
    """The required processes' health and the database's (up: this read succeeded)."""
    from common.health import read_health

    items: dict[str, WallItem] = {"database": HealthItem("database", True)}
    for p in read_health(conn, required, stale_after_s):
        if p.required:
            last = None if not p.stale or p.last_beat is None else p.last_beat.isoformat()
            items[p.service] = HealthItem(p.service, not p.stale, last)
    return items
