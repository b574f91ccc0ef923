"""Each wall topic's current content, from the owning packages' read models.

Each ``load_*`` returns ``key -> item`` for one :class:`web.wall.hub.Topic` and is
called inside one read-only REPEATABLE READ transaction by :mod:`web.wall.feed`.
The data come through the packages' application interfaces (alerts: the open
alerts; ops center: incidents, assignments, the mode; ingest: sensor states,
ingest health, latest values and trends, cameras; kpi: tiles); this module only
turns their read models into wall items and holds no SQL.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from psycopg import Connection

from alerts import api as alerts
from common.health import (
    BROKER,
    SUPERVISOR,
    WRITES_REFUSED,
    ProcessHealth,
    ProcessState,
    broker_lost_since,
    read_health,
    read_refusals,
    supervision_stopped,
)
from common.trends import parse_range
from ingest import api as ingest
from kpi import api as kpi
from kpi.api import Definitions
from ops_center import api as ops
from web.views import fields_of, max_severity
from web.wall.hub import (
    AlertItem,
    AssignmentItem,
    CameraItem,
    HealthItem,
    IncidentItem,
    IngestItem,
    LogHoldItem,
    ModeItem,
    SensorItem,
    TrendItem,
    WallItem,
)
from web.wall.notices import SensorBasis, drawn_state, in_maintenance
from web.wording import alert_words, label_words


def alert_item(a: alerts.PlacedAlert) -> AlertItem:
    """The ticker's view of an open alert: what and where in words."""
    where = a.place
    what = alert_words(a.rule_id, a.label, a.title)
    label = label_words(a.label)
    return AlertItem(
        alert_id=a.alert_id, rule_id=a.rule_id, source_id=a.source_id, state=a.state.value,
        severity=a.severity.value, category=a.category, agency=a.agency, title=a.title,
        lon=a.lon, lat=a.lat, raised_at=a.raised_at.isoformat(), label=a.label,
        label_zh=label.zh if label else "", label_en=label.en if label else "",
        what=what.zh, what_en=what.en,
        source_name=a.source_name or "", source_name_en=a.source_name_en or "",
        place=where.name, place_en=where.name_en, active=a.cleared_at is None,
        clear_cause=a.clear_cause.value if a.clear_cause else "",
        shelved_until=a.shelved_until.isoformat() if a.shelved_until and a.state is alerts.AlertState.SHELVED else "",
        escalation_level=a.escalation_level,
    )


def load_alerts(conn: Connection, now: datetime) -> Mapping[str, WallItem]:
    """The newest 500 open alerts (raised, acknowledged, escalated, shelved), the escalated
    ones kept first (:func:`alerts.api.open_alerts`)."""
    return {str(a.alert_id): alert_item(a) for a in alerts.open_alerts(conn, 500)}


@dataclass(frozen=True, slots=True)
class SensorStates:
    """Every registered sensor's wall item, and the basis its state was derived from.

    The push path (:mod:`web.wall.notices`) advances ``bases`` between polls.
    """

    items: Mapping[str, WallItem]
    bases: Mapping[str, SensorBasis]


def load_sensor_states(conn: Connection, now: datetime, silence_factor: float) -> SensorStates:
    """Every registered sensor with its drawn state and that state's basis.

    ``silence_factor``: the configured rules' (``RuleSet.silence_factor``).
    """
    severities = alerts.open_alert_severities(conn)
    items: dict[str, WallItem] = {}
    bases: dict[str, SensorBasis] = {}
    for r in ingest.sensor_states(conn, now):
        severity = max_severity(severities.get(r.sensor_id, []))
        basis = SensorBasis(expected_interval_s=r.expected_interval_s, last_seen=r.last_seen,
                            status=r.status, status_at=r.status_at, status_reason=r.status_reason)
        bases[r.sensor_id] = basis
        state = drawn_state(basis, severity, now, silence_factor)
        items[r.sensor_id] = SensorItem(**fields_of(r, ingest.SensorPlace), state=state, severity=severity,
                                        maintenance=in_maintenance(basis, state))
    return SensorStates(items, bases)


def load_ingest(
    conn: Connection, now: datetime, sensors: Mapping[str, WallItem]
) -> Mapping[str, WallItem]:
    """Ingest health: rows stored per second (last 10 s), quarantine, sensors offline, broker
    drops, failed webhook deliveries.

    ``sensors``: the sensor states read in the same transaction (:func:`load_sensor_states`).
    """
    health = ingest.ingest_health(conn, now)
    offline = sum(
        1 for s in sensors.values() if isinstance(s, SensorItem) and s.state.value == "offline"
    )
    failed = alerts.failed_delivery_count(conn)
    last = alerts.failed_deliveries(conn, 1) if failed else []
    return {
        "ingest": IngestItem(
            **fields_of(health),
            sensors_offline=offline,
            sensors_total=len(sensors),
            webhooks_failed=failed,
            webhook_last_failure=last[0].last_error[:200] if last else "",
            webhook_last_agency=last[0].agency if last else "",
        )
    }


#: The most open incidents the wall feed carries (the API's order: live ones first, by
#: priority, newest first); the console reads the others from the API (its ``FEED_CAP``).
INCIDENTS_MOST = 300


def load_incidents(conn: Connection, now: datetime) -> Mapping[str, WallItem]:
    """Open and quiet incidents with their assignments (at most :data:`INCIDENTS_MOST`)."""
    incidents = ops.list_incidents(conn, states=list(ops.OPEN_INCIDENT_STATES),
                                        limit=INCIDENTS_MOST)
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
            # a withdrawn incident's clocks are stopped on what its withdrawal kept (never
            # overdue); a coordinator's dispatch to it since is overdue like any other
            overdue=any(a.overdue for a in by_incident.get(i.incident_id, ())),
            number=i.number, place=where.name, place_en=where.name_en, area=where.area,
            area_en=where.area_en, place_far=where.far, withdrawn=i.withdrawn,
            withdrawn_reason=i.withdrawn_reason or "",
            withdrawn_reason_en=i.withdrawn_reason_en or "", planned=i.planned, held=i.held,
            awaiting_dispatch=i.awaiting_dispatch,
        )
    return items


def load_open_work(conn: Connection, now: datetime) -> Mapping[str, WallItem]:
    """Every open incident and its open assignments per agency, counted in the database
    (:func:`ops_center.api.open_work`), however many the incident topic carries."""
    return {"all": ops.open_work(conn, now)}


def assignment_item(a: ops.AssignmentRow, now: datetime) -> AssignmentItem:
    """The wall's view of an assignment: overdue when a running deadline has passed."""
    return AssignmentItem(
        agency=a.agency, state=a.state,
        deadline=a.deadline.isoformat() if a.deadline and a.deadline_running else None,
        acknowledged=a.acknowledged_at is not None,
        overdue=a.overdue_at(now),
        escalations=a.escalations,
    )


def load_kpis(conn: Connection, now: datetime, defs: Definitions) -> Mapping[str, WallItem]:
    """KPI tiles: each plan indicator's value in the latest weighted year that has one
    (:func:`kpi.api.tiles`; a tile is the wall's :class:`~web.wall.hub.KpiItem` as it is)."""
    return dict(kpi.tiles(conn, defs))


#: The range a trend sparkline covers: the trend routes' resolution for it
#: (:func:`common.trends.parse_range`) reads the hourly rollup, one point an hour.
TREND_RANGE = parse_range("12h")
TREND_HOURS = 12
#: The metric each kind's sparkline follows (ingest/payloads.py metric names).
TREND_METRICS = {"rain": "rain_1h", "water_level": "water_level_m"}


def load_trends(conn: Connection, now: datetime) -> Mapping[str, WallItem]:
    """Rain gauges (hourly rain, 24-hour total) and water-level stations (level) of the
    last :data:`TREND_HOURS` hours, one :class:`TrendItem` per sensor.

    The newest value comes from the raw readings (:func:`ingest.api.latest_values`),
    each sparkline is the sensor's trend over :data:`TREND_RANGE`
    (:func:`ingest.api.sensor_trend`: the hourly rollup, the hour's highest
    reading), so the wall draws what ``GET /api/sensors/{id}/trend?range=12h`` answers.
    """
    rows = ingest.latest_values(conn, kinds=list(TREND_METRICS),
                                metrics=[*TREND_METRICS.values(), "rain_24h"], now=now)
    start = now.replace(minute=0, second=0, microsecond=0) - timedelta(hours=TREND_HOURS - 1)
    by_sensor: dict[str, dict[str, ingest.LatestValue]] = {}
    for row in rows:
        by_sensor.setdefault(row.sensor_id, {})[row.metric] = row
    items: dict[str, WallItem] = {}
    for sid, metrics in by_sensor.items():
        first = next(iter(metrics.values()))
        metric = TREND_METRICS[first.kind]
        row = metrics.get(metric, first)
        spark: list[float | None] = [None] * TREND_HOURS
        points = ingest.sensor_trend(conn, sensor_id=sid, metric=metric, resolution=TREND_RANGE.resolution,
                                     start=now - TREND_RANGE.length, end=now)
        for point in points:
            i = int((point.bucket - start).total_seconds() // 3600)
            if 0 <= i < TREND_HOURS:
                spark[i] = round(point.max, 2)
        total = metrics.get("rain_24h")
        items[sid] = TrendItem(
            sensor_id=sid, kind=first.kind, name=first.name, name_en=first.name_en or first.name,
            metric=metric, latest=None if row.latest is None else round(float(row.latest), 2),
            latest_at=None if row.latest_at is None else row.latest_at.isoformat(),
            spark=tuple(spark),
            total_24h=None if first.kind != "rain" or total is None or total.latest is None
            else round(float(total.latest), 1),
        )
    return items


def load_cameras(conn: Connection, now: datetime) -> Mapping[str, WallItem]:
    """Every registered camera with its latest analytics event within a day (no image:
    the feed carries none)."""
    return {
        c.sensor_id: CameraItem(
            **fields_of(c, ingest.Camera), event=c.category,
            event_at=None if c.time is None else c.time.isoformat(),
            confidence=None if c.confidence is None else round(c.confidence, 2),
        )
        for c in ingest.camera_events(conn, now)
    }


def load_mode(conn: Connection, default: str) -> Mapping[str, WallItem]:
    """Peacetime or emergency: the ops center's latest recorded switch, else the setting."""
    now = ops.mode_now(conn, default)
    return {"mode": ModeItem(mode=now.mode, since=None if now.at is None else now.at.isoformat(), by=now.actor,
                             reason=now.reason)}


def log_hold_item(hold: ops.LogHold, incident: ops.IncidentRow | None, retention_s: float) -> LogHoldItem:
    """The wall's view of a hold: the incident by number and type, its age in whole minutes,
    late once it holds the log past the window by more than ``retention_s``."""
    return LogHoldItem(
        number=incident.number if incident else None, kind=incident.type if incident else "",
        state=hold.state.value, age_min=int(hold.age_s // 60),
        late=hold.age_s - hold.window_s > retention_s,
    )


def load_log_hold(conn: Connection, retention_s: float) -> Mapping[str, WallItem]:
    """The incident holding the replay log's prune back (:func:`ops_center.api.log_hold`), if any."""
    hold = ops.log_hold(conn, retention_s=retention_s)
    if hold is None:
        return {}
    found = ops.list_incidents(conn, incident_id=hold.incident_id, limit=1)
    return {"hold": log_hold_item(hold, found[0] if found else None, retention_s)}


#: The simulator's heartbeat service (:mod:`sim.publisher`), and the health part saying so.
SIMULATOR = "simulator"


def load_health(conn: Connection, required: Sequence[str], stale_after_s: float,
                outage_since: datetime | None = None) -> tuple[Mapping[str, WallItem], tuple[ProcessHealth, ...]]:
    """The required processes' health, the database's (up: this read succeeded) and the
    broker's (down while a required process is down cut off from it), a
    warning while supervision has stopped (the ``supervisor`` part), one for each table
    refusing writes while the others take theirs (the ``writes_refused`` part, keyed
    ``writes_refused:TABLE``, since when), the ``simulator`` part (up) while the simulator
    beats, and the processes as
    read (:func:`common.health.read_health`, ``outage_since`` as there)."""
    items: dict[str, WallItem] = {"database": HealthItem("database", True)}
    processes = read_health(conn, required, stale_after_s, outage_since=outage_since)
    # The broker, which beats nowhere, is named from the processes cut off from it: a
    # broker away is not "data intake stopped", and restarting ingest would not mend it.
    lost = broker_lost_since(processes)
    items[BROKER] = HealthItem(BROKER, lost is None, None if lost is None else lost.isoformat())
    for p in processes:
        if p.required:
            items[p.service] = process_item(p)
    stopped = supervision_stopped(processes)
    if stopped is not None and stopped.last_beat is not None and not stopped.required:
        items[SUPERVISOR] = HealthItem(SUPERVISOR, False, stopped.last_beat.isoformat(), warning=True)
    # The simulator beats while it publishes (``soc simulate``, the demo's typhoon): the
    # wall then says its data are simulated; a real feed has no such beat.
    if any(p.service == SIMULATOR and not p.stale for p in processes):
        items[SIMULATOR] = HealthItem(SIMULATOR, True)
    for r in read_refusals(conn, stale_after_s):
        key = f"{WRITES_REFUSED}:{r.table}"
        items[key] = HealthItem(WRITES_REFUSED, False, r.since.isoformat(), warning=True, table=r.table)
    return items, processes


def process_item(p: ProcessHealth) -> HealthItem:
    """A process as the wall shows it: up, waiting on the database since it went away, or
    down since :attr:`~common.health.ProcessHealth.down_since`."""
    if p.state is ProcessState.WAITING:
        since = None if p.waiting_since is None else p.waiting_since.isoformat()
        return HealthItem(p.service, False, since, waiting=True)
    return HealthItem(p.service, not p.stale, None if p.down_since is None else p.down_since.isoformat())
