"""Operational KPIs of the center itself, as pure functions over typed inputs.

* sensor availability per agency: expected reporting slots that hold any
  reading / expected slots (devices with an ``expected_interval_s``; event-only
  devices have no slots and are left out); a sensor is expected to report only from
  when it could (its ``since``: its registration, or its first reading if that came
  first, received before the registration, and not before the center's first reading of
  any sensor), so a sensor installed mid-month is not counted missing for the days before;
* data completeness: received (sensor, metric, slot) cells / expected cells,
  with the expected metrics per sensor kind given by the caller (a VD that
  reports speed but drops an invalid ``-99`` volume is available but incomplete);
* mean time to acknowledge alerts;
* time from an incident's first evidence to its first dispatch, and to clearance;
  items still open at the computation are counted apart (``open_items``) with their mean
  wait so far (``open_wait_s``), so a month in which nothing was done is told from one
  in which nothing happened;
* share of dispatches acknowledged by their deadline.

Slots: the window ``[start, end)`` is cut into ``floor((end - start) / interval)``
slots per sensor, slot ``k`` being ``[start + k·interval, start + (k+1)·interval)``;
a sensor whose ``since`` lies inside the window is expected in the slot holding
``since`` and every whole slot after it (:func:`sensor_slots`), none when it lies at or
after the window's end.
The service counts present slots in SQL; :func:`slots_present` is the same rule
in Python (used by tests and small inputs). Time is always an argument.
"""

from __future__ import annotations

import math
import statistics
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from kpi.errors import FormulaInputError


@dataclass(frozen=True, slots=True)
class Ratio:
    """``numerator / denominator``; ``pct`` is ``None`` when there is nothing to measure."""

    numerator: int
    denominator: int

    @property
    def pct(self) -> float | None:
        """The ratio in percent, or ``None`` for an empty denominator."""
        if self.denominator == 0:
            return None
        return self.numerator / self.denominator * 100.0


@dataclass(frozen=True, slots=True)
class SensorSpec:
    """What a sensor is expected to send: its agency, kind and reporting interval.

    ``since``: from when it could report (its registration, or its first reading if that
    came first, not before the center's first reading); ``None`` when it could all along.
    """

    sensor_id: str
    agency: str
    kind: str
    expected_interval_s: int | None
    since: datetime | None = None


@dataclass(frozen=True, slots=True)
class SlotCount:
    """Distinct expected slots of ``[start, end)`` in which ``(sensor, metric)`` has a value.

    ``metric`` is ``None`` for "any metric" (availability).
    """

    sensor_id: str
    metric: str | None
    slots: int


@dataclass(frozen=True, slots=True)
class DurationStats:
    """Durations in seconds: count, mean, median and the items left out.

    ``open_wait_s``: the mean time the ``open_items`` have waited so far, at the ``now``
    the statistics were taken (``None`` without open items or without ``now``); with no
    item done it is a lower bound of the mean that is not known yet.
    """

    count: int
    mean_s: float | None
    median_s: float | None
    open_items: int
    inconsistent: int
    open_wait_s: float | None = None


@dataclass(frozen=True, slots=True)
class AlertTimes:
    """When an alert was raised and (if it was) acknowledged."""

    alert_id: int
    raised_at: datetime
    acknowledged_at: datetime | None


@dataclass(frozen=True, slots=True)
class IncidentTimes:
    """An incident's first evidence, first dispatch and clearance times."""

    incident_id: str
    first_evidence_at: datetime
    first_dispatch_at: datetime | None
    cleared_at: datetime | None


@dataclass(frozen=True, slots=True)
class AssignmentTimes:
    """A dispatch assignment: when it was sent, its acknowledgement deadline and ack time."""

    assignment_id: str
    sent_at: datetime
    ack_deadline: datetime
    acknowledged_at: datetime | None


@dataclass(frozen=True, slots=True)
class AckShare:
    """Dispatches acknowledged in time among those decided; ``pending`` are not yet due."""

    ratio: Ratio
    pending: int


def expected_slots(start: datetime, end: datetime, interval_s: int) -> int:
    """Number of whole reporting slots of ``interval_s`` seconds in ``[start, end)``."""
    if interval_s <= 0:
        raise FormulaInputError(f"expected interval must be positive, got {interval_s}")
    if end <= start:
        raise FormulaInputError("window end must be after its start")
    return math.floor((end - start).total_seconds() / interval_s)


def sensor_slots(sensor: SensorSpec, start: datetime, end: datetime) -> int:
    """Whole slots of ``[start, end)`` in which ``sensor`` is expected to report: those from
    the one holding its ``since`` on (all when ``since`` is ``None`` or before ``start``)."""
    if sensor.expected_interval_s is None:
        return 0
    n = expected_slots(start, end, sensor.expected_interval_s)
    if sensor.since is None or sensor.since <= start:
        return n
    first = math.floor((sensor.since - start).total_seconds() / sensor.expected_interval_s)
    return max(0, n - first)


def slots_present(times: Iterable[datetime], start: datetime, end: datetime, interval_s: int) -> int:
    """Distinct whole slots of ``[start, end)`` that contain at least one of ``times``."""
    n = expected_slots(start, end, interval_s)
    seen: set[int] = set()
    for t in times:
        if start <= t < end:
            k = math.floor((t - start).total_seconds() / interval_s)
            if k < n:
                seen.add(k)
    return len(seen)


def sensor_availability(
    sensors: Sequence[SensorSpec],
    present: Iterable[SlotCount],
    start: datetime,
    end: datetime,
) -> dict[str, Ratio]:
    """Availability per agency: Σ present slots / Σ expected slots over its sensors, each
    sensor's from its ``since`` (:func:`sensor_slots`).

    ``present`` holds one :class:`SlotCount` with ``metric=None`` per sensor (missing
    sensors had no data). Counts above the expected number are capped at it.
    """
    by_sensor = {p.sensor_id: p.slots for p in present if p.metric is None}
    num: dict[str, int] = defaultdict(int)
    den: dict[str, int] = defaultdict(int)
    for s in sensors:
        if s.expected_interval_s is None:
            continue
        n = sensor_slots(s, start, end)
        den[s.agency] += n
        num[s.agency] += min(by_sensor.get(s.sensor_id, 0), n)
    return {agency: Ratio(num[agency], den[agency]) for agency in sorted(den)}


def data_completeness(
    sensors: Sequence[SensorSpec],
    expected_metrics: Mapping[str, Sequence[str]],
    present: Iterable[SlotCount],
    start: datetime,
    end: datetime,
) -> Ratio:
    """Completeness: received (sensor, metric, slot) cells / expected cells, each sensor's
    cells from its ``since`` (:func:`sensor_slots`).

    ``expected_metrics`` maps a sensor kind to the metrics it must report (kinds
    not listed are not measured); ``present`` holds per-(sensor, metric) slot counts.
    """
    got = {(p.sensor_id, p.metric): p.slots for p in present if p.metric is not None}
    num = 0
    den = 0
    for s in sensors:
        metrics = expected_metrics.get(s.kind)
        if s.expected_interval_s is None or not metrics:
            continue
        n = sensor_slots(s, start, end)
        for metric in metrics:
            den += n
            num += min(got.get((s.sensor_id, metric), 0), n)
    return Ratio(num, den)


def _durations(pairs: Iterable[tuple[datetime, datetime | None]], now: datetime | None) -> DurationStats:
    values: list[float] = []
    waits: list[float] = []
    open_items = 0
    inconsistent = 0
    for begin, finish in pairs:
        if finish is None:
            open_items += 1
            if now is not None:
                waits.append(max(0.0, (now - begin).total_seconds()))
            continue
        seconds = (finish - begin).total_seconds()
        if seconds < 0:
            # Clock skew between a device and the center; counted, not averaged.
            inconsistent += 1
            continue
        values.append(seconds)
    wait = statistics.fmean(waits) if waits else None
    if not values:
        return DurationStats(0, None, None, open_items, inconsistent, wait)
    return DurationStats(
        len(values), statistics.fmean(values), statistics.median(values), open_items, inconsistent, wait
    )


def mean_time_to_acknowledge(alerts: Iterable[AlertTimes], now: datetime | None = None) -> DurationStats:
    """Mean and median seconds from raising to acknowledging; unacknowledged: ``open_items``
    (with their mean wait at ``now``)."""
    return _durations(((a.raised_at, a.acknowledged_at) for a in alerts), now)


def evidence_to_dispatch(incidents: Iterable[IncidentTimes], now: datetime | None = None) -> DurationStats:
    """Seconds from an incident's first evidence to its first dispatch."""
    return _durations(((i.first_evidence_at, i.first_dispatch_at) for i in incidents), now)


def evidence_to_clearance(incidents: Iterable[IncidentTimes], now: datetime | None = None) -> DurationStats:
    """Seconds from an incident's first evidence to its clearance."""
    return _durations(((i.first_evidence_at, i.cleared_at) for i in incidents), now)


def ack_within_deadline(assignments: Iterable[AssignmentTimes], now: datetime) -> AckShare:
    """Share of dispatches acknowledged by their deadline.

    Decided = acknowledged (in time or late) or unacknowledged past the deadline
    at ``now``; unacknowledged ones still within their deadline are ``pending``.
    """
    in_time = 0
    decided = 0
    pending = 0
    for a in assignments:
        if a.acknowledged_at is not None:
            decided += 1
            if a.acknowledged_at <= a.ack_deadline:
                in_time += 1
        elif a.ack_deadline < now:
            decided += 1
        else:
            pending += 1
    return AckShare(Ratio(in_time, decided), pending)


#: Metrics each sensor kind must report (contract 2, metric names in ``readings``);
#: the default for :func:`data_completeness` in the service. Event-only kinds
#: (fire_alarm, signal, cctv) have no expected metrics.
EXPECTED_METRICS: dict[str, tuple[str, ...]] = {
    "rain": ("rain_10m", "rain_1h", "rain_3h", "rain_6h", "rain_12h", "rain_24h", "rain_today"),
    "water_level": ("water_level_m",),
    "flood": ("flood_depth_cm",),
    "vd": ("speed_kmh", "occupancy_pct", "volume_veh"),
    "parking": ("available_car", "available_motor"),
}
