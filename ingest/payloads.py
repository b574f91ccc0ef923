"""Payload parsing: one MQTT message in, typed rows or a rejection out (pure).

Call :func:`parse_message` with the topic, the raw bytes, the current time and a
snapshot of the sensor registry. It returns a :class:`Parsed` holding
:class:`Reading` rows (for the ``readings`` hypertable) and :class:`Event` rows
(for ``events``), or raises :class:`~ingest.errors.MessageRejectedError` with one
:class:`~ingest.errors.QuarantineReason`. It never raises anything else on any
input (checked by Hypothesis property tests at the edges of every JSON type),
reads no clock and does no I/O. Known bad input gets its own reason; anything
that still raises inside (a bug) becomes ``parser_error`` with the exception's
type, so that one message can never stop the worker.

Checks, in order: size, topic, registry, UTF-8, JSON, shape (pydantic, strict
types), timestamps (offset required, not in the future), physical ranges. The
wire shapes are documented in docs/mqtt.md and ingest/schemas/*.json; they follow
the real sources of DOMAIN.md §3 and §7 (CWA rain gauges, TDX VDLive, 1999 cases).
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictFloat,
    StrictInt,
    StrictStr,
    ValidationError,
)

from common.jsondoc import loads_unique
from common.vocabulary import CaseStatus, ParkingState, PermitStatus, StatusReason, codes, words
from ingest.errors import MessageRejectedError, QuarantineReason
from ingest.topics import FEEDS, Domain, Feed, Topic, parse_topic, valid_source_id

# ---------------------------------------------------------------------------
# Rows
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Reading:
    """One numeric observation; natural key (sensor_id, metric, time)."""

    time: datetime
    sensor_id: str
    metric: str
    value: float


@dataclass(frozen=True, slots=True)
class Event:
    """One discrete report; natural key (source_id, feed, event_key, time).

    ``payload`` is the original observation as JSON text (kept whole, so reports
    and cases keep their original fields); ``lon``/``lat`` the report location,
    None when the device's registered location applies. A planned event also
    has ``ends`` (its end; ``time`` is its start) and its area: ``area`` (a
    GeoJSON Polygon as text, ``lon``/``lat`` its centroid) or ``radius_m``
    around ``lon``/``lat``. ``follows`` holds the ``source_id`` values of the
    reports of the same feed this one follows up (a police report's
    ``follows``, a 1999 case's or a 119 dispatch's own id for its updates).
    """

    time: datetime
    source_id: str
    domain: str
    feed: str
    event_key: str
    category: str | None
    severity: str | None
    lon: float | None
    lat: float | None
    payload: str
    ends: datetime | None = None
    area: str | None = None
    radius_m: float | None = None
    follows: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Parsed:
    """A message that can be stored; ``late`` when an observation is older than the limit."""

    topic: Topic
    readings: tuple[Reading, ...]
    events: tuple[Event, ...]
    late: bool


@dataclass(frozen=True, slots=True)
class Limits:
    """Input limits; built from ``IngestSettings`` by the shell."""

    max_payload_bytes: int = 262_144
    max_future_skew: timedelta = timedelta(seconds=300)
    late_after: timedelta = timedelta(seconds=600)
    max_batch: int = 10_000


# Physical ranges per metric, inclusive. Generous on purpose: they catch unit
# mistakes and sensor faults, not rare weather. World 24 h rainfall record is
# 1,825 mm (Réunion, 1966); Taiwan's is 1,748 mm (Alishan, Typhoon Morakot 2009).
# Water levels are elevations in metres (DOMAIN.md §7.2 shows 157.41 m).
RANGES: dict[str, tuple[float, float]] = {
    "rain_10m": (0.0, 300.0),
    "rain_1h": (0.0, 600.0),
    "rain_3h": (0.0, 1500.0),
    "rain_6h": (0.0, 2000.0),
    "rain_12h": (0.0, 2500.0),
    "rain_24h": (0.0, 3000.0),
    "rain_today": (0.0, 3000.0),
    "water_level_m": (-20.0, 4000.0),
    "flood_depth_cm": (0.0, 1000.0),
    "speed_kmh": (0.0, 250.0),
    "occupancy_pct": (0.0, 100.0),
    "volume_veh": (0.0, 10_000.0),
    "available_car": (0.0, 100_000.0),
    "available_motor": (0.0, 100_000.0),
    "confidence": (0.0, 1.0),
    "radius_m": (1.0, 5000.0),
    "expected_attendance": (0.0, 1_000_000.0),
}
#: A planned event lasts at most this long, and starts at most this far ahead.
MAX_EVENT_SPAN = timedelta(days=400)
MAX_EVENT_LEAD = timedelta(days=730)
#: Positions of a planned event's polygon ring (closed: the first repeated last).
MAX_RING = 1000
#: Report ids a police report may follow up.
MAX_FOLLOWS = 16
#: Characters of a 1999 case's ``status`` (a word: 已受理, 處理中, 已結案). It is the stored
#: event's key and part of the ops center's item key, both held by btree indexes (at most
#: 2,704 bytes a key, docs/mqtt.md): a longer one would be stored and then stop the ops center.
MAX_CASE_STATUS_CHARS = 100
#: Characters of a report's category (a police report's and a 1999 case's own word, a CAP
#: alert's ``event``; the CAP import's bound, alerts.cap.MAX_KEY_CHARS): the text reader reads
#: it whole, and a category of the payload limit's size would cost the ops center seconds.
MAX_CATEGORY_CHARS = 128
# Bounding box of Taiwan including Kinmen and Matsu, for report locations.
LON_RANGE = (118.0, 123.0)
LAT_RANGE = (21.0, 27.0)
#: Integers up to this are exact as floats; larger ones are refused before float().
_SAFE_INT = 2**53
_INT64 = 2**63
# An epoch value earlier than this is almost surely seconds sent as milliseconds.
MIN_TIME = datetime(1990, 1, 1, tzinfo=UTC)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
#: TDX VDLive marks "no valid value" with -99 (contract 2); never stored.
VD_NO_VALUE = -99
#: Largest lane id of a detector (TDX numbers lanes from 0; generous): a lane id becomes
#: part of a metric name, so one of hundreds of digits must not reach the store.
MAX_LANE_ID = 999

# CWA rain-gauge element → metric (contract 2).
RAIN_METRICS: dict[str, str] = {
    "MIN_10": "rain_10m",
    "RAIN": "rain_1h",
    "HOUR_3": "rain_3h",
    "HOUR_6": "rain_6h",
    "HOUR_12": "rain_12h",
    "HOUR_24": "rain_24h",
    "NOW": "rain_today",
}

# ---------------------------------------------------------------------------
# Wire models (strict: "12" is not a number, true is not an integer)
# ---------------------------------------------------------------------------

Ts = StrictInt | StrictStr
Num = StrictFloat | StrictInt


class _Wire(BaseModel):
    model_config = ConfigDict(strict=True, extra="ignore", frozen=True)


class _WireKeep(BaseModel):
    """Reports keep unknown fields: they are stored in ``events.payload``."""

    model_config = ConfigDict(strict=True, extra="allow", frozen=True)


class Point(_Wire):
    type: Literal["Point"]
    coordinates: list[Num] = Field(min_length=2, max_length=3)  # lon, lat[, altitude]


class RainValues(_Wire):
    MIN_10: Num | None = None
    RAIN: Num | None = None
    HOUR_3: Num | None = None
    HOUR_6: Num | None = None
    HOUR_12: Num | None = None
    HOUR_24: Num | None = None
    NOW: Num | None = None


class RainObs(_Wire):
    ts: Ts
    values: RainValues


class ValueObs(_Wire):
    """Water level (metres) and flood depth (cm)."""

    ts: Ts
    value: Num


#: A car park's state, when its operator says it (the ``parking`` codes of common.vocabulary).
if TYPE_CHECKING:
    ParkingStateName = str
else:
    ParkingStateName = words(ParkingState)


class ParkingObs(_Wire):
    """Availability counts and, optionally, the car park's ``state`` (full, closed, empty):
    the counts are readings, a state is also an event (the correlator's evidence)."""

    ts: Ts
    AvailableCar: StrictInt | None = None
    AvailableMotor: StrictInt | None = None
    TotalCar: StrictInt | None = None
    TotalMotor: StrictInt | None = None
    state: ParkingStateName | None = None


class VdVehicle(_Wire):
    VehicleType: StrictStr
    Volume: Num
    Speed: Num | None = None


class VdLane(_Wire):
    LaneID: StrictInt = Field(ge=0, le=MAX_LANE_ID)  # names metrics: lane{LaneID}.speed_kmh
    LaneType: StrictInt | None = None
    Speed: Num
    Occupancy: Num
    Vehicles: list[VdVehicle]


#: Direction of travel of a detection link (TDX static VD ``DetectionLinks[].Bearing``,
#: copied onto the live record by the adapter; the value set is a GUESS, DOMAIN.md §3.2).
VdBearing = Literal["N", "S", "E", "W", "NE", "NW", "SE", "SW"]


class VdLink(_Wire):
    LinkID: StrictStr | None = None
    Bearing: VdBearing | None = None
    Lanes: list[VdLane]


class VdObs(_Wire):
    """One TDX ``VDLive`` record (DOMAIN.md §7.5)."""

    VDID: StrictStr | None = None
    LinkFlows: list[VdLink]
    Status: StrictInt | None = None
    DataCollectTime: Ts


class FireAlarmObs(_WireKeep):
    ts: Ts
    state: Literal["alarm", "fault", "normal"]


class SignalObs(_WireKeep):
    ts: Ts
    state: Literal["fault", "restored"]


#: A CAP severity as the wire spells it (the JSON Schemas list these words); the values of
#: :class:`common.vocabulary.CapSeverity` (tests/unit/common/test_vocabulary.py).
CapSeverityText = Literal["Minor", "Moderate", "Severe", "Extreme", "Unknown"]


class IncidentObs(_WireKeep):
    """A police report; ``follows`` lists the report ids (topic ``source_id``) it follows up."""

    ts: Ts
    category: StrictStr = Field(max_length=MAX_CATEGORY_CHARS)
    severity: CapSeverityText
    location: Point
    unit: StrictStr
    text: StrictStr = ""
    follows: list[StrictStr] | None = Field(default=None, min_length=1, max_length=MAX_FOLLOWS)


#: Camera analytics events (the ``cctv`` codes of common.vocabulary; a unit test keeps them equal).
CctvEvent = Literal[
    "stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark", "flooding", "accident"
]


class CctvObs(_WireKeep):
    """Camera analytics; ``motion`` tells a moving crowd from a standing one (crowding only)."""

    ts: Ts
    event: CctvEvent
    confidence: Num
    location: Point | None = None
    motion: Literal["moving", "standing"] | None = None


class Case1999Obs(_WireKeep):
    """A 1999 case; an update of it carries ``updatedAt`` and is stored at that time."""

    caseId: StrictStr  # noqa: N815 - upstream field name
    category: StrictStr = Field(max_length=MAX_CATEGORY_CHARS)
    district: StrictStr
    location: Point
    createdAt: Ts  # noqa: N815 - upstream field name
    status: StrictStr | None = Field(default=None, max_length=MAX_CASE_STATUS_CHARS)
    updatedAt: Ts | None = None  # noqa: N815 - upstream field name


#: Where a 119 dispatch stands: the words of :class:`common.vocabulary.CaseStatus`.
if TYPE_CHECKING:
    CaseStatusName = str
else:
    CaseStatusName = words(CaseStatus)

#: 119 dispatch categories and planned-event categories (the ``119`` and ``planned_event``
#: codes of common.vocabulary), and where a permit stands (:class:`common.vocabulary.PermitStatus`).
if TYPE_CHECKING:
    Category119 = str
    PlannedCategory = str
    PermitStatusName = str
else:
    Category119 = Literal[codes("119")]
    PlannedCategory = Literal[codes("planned_event")]
    PermitStatusName = words(PermitStatus)


class Dispatch119Obs(_WireKeep):
    """One 119 dispatch of the fire bureau's command centre, or an update of it (``status``)."""

    ts: Ts
    category: Category119
    location: Point
    status: CaseStatusName = CaseStatus.DISPATCHED.value
    severity: CapSeverityText | None = None
    units: list[StrictStr] = Field(default_factory=list, max_length=100)
    text: StrictStr = ""


class AreaCircle(_Wire):
    """A circle: a GeoJSON Point with ``radius_m`` (GeoJSON itself has no circle)."""

    type: Literal["Point"]
    coordinates: list[Num] = Field(min_length=2, max_length=3)
    radius_m: Num


class AreaPolygon(_Wire):
    """A GeoJSON Polygon with its outer ring only."""

    type: Literal["Polygon"]
    coordinates: list[list[list[Num]]] = Field(min_length=1, max_length=1)



class PlannedEventObs(_WireKeep):
    """A permit for a planned event, known in advance: start, end and area.

    ``ts`` is when this version of the permit was issued or amended.
    """

    ts: Ts
    category: PlannedCategory
    start: Ts
    end: Ts
    area: AreaCircle | AreaPolygon = Field(discriminator="type")
    status: PermitStatusName = PermitStatus.APPROVED.value
    title: StrictStr = ""
    text: StrictStr = ""
    expected_attendance: StrictInt | None = None


class CapArea(_WireKeep):
    """A CAP ``area``: ``circle`` is ``"lat,lon radius_km"``, ``polygon`` ``"lat,lon lat,lon ..."``
    (CAP 1.2 §3.2.4), one string or a list of them."""

    areaDesc: StrictStr  # noqa: N815 - CAP element name
    circle: StrictStr | list[StrictStr] | None = None
    polygon: StrictStr | list[StrictStr] | None = None


class CapInfo(_WireKeep):
    event: StrictStr = Field(max_length=MAX_CATEGORY_CHARS)
    severity: CapSeverityText
    area: CapArea | list[CapArea] | None = None


class CapObs(_WireKeep):
    """A CAP 1.2 alert normalised to JSON (DOMAIN.md §7.7)."""

    identifier: StrictStr
    sender: StrictStr
    sent: Ts
    status: StrictStr
    msgType: Literal["Alert", "Update", "Cancel", "Ack", "Error"]  # noqa: N815 - upstream field name
    info: CapInfo | list[CapInfo]
    references: StrictStr | None = None  # "sender,identifier,sent ..." (CAP 1.2 §3.2.1)


#: Why a device is offline, when it knows (its last will cannot): the words of
#: :class:`common.vocabulary.StatusReason`.
if TYPE_CHECKING:
    StatusReasonName = str
else:
    StatusReasonName = words(StatusReason)


class StatusObs(_Wire):
    """Device status; ``ts`` may be absent in a last will (set at connect time).

    ``reason`` says why a device went offline (offline only)."""

    ts: Ts | None = None
    state: Literal["online", "offline"]
    reason: StatusReasonName | None = None


#: Device kinds (``sensors.kind``) each domain may report status for.
DOMAIN_KINDS: dict[Domain, frozenset[str]] = {d: frozenset(str(f) for f in fs) for d, fs in FEEDS.items()}

MODELS: dict[Feed, type[_Wire] | type[_WireKeep]] = {
    Feed.RAIN: RainObs,
    Feed.WATER_LEVEL: ValueObs,
    Feed.FLOOD: ValueObs,
    Feed.FIRE_ALARM: FireAlarmObs,
    Feed.CAP: CapObs,
    Feed.VD: VdObs,
    Feed.PARKING: ParkingObs,
    Feed.SIGNAL: SignalObs,
    Feed.INCIDENT: IncidentObs,
    Feed.CCTV: CctvObs,
    Feed.CASE_1999: Case1999Obs,
    Feed.PLANNED_EVENT: PlannedEventObs,
    Feed.DISPATCH_119: Dispatch119Obs,
}

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------


class _Ctx:
    """What every conversion needs; raises rejections with topic and source filled in."""

    __slots__ = ("limits", "now", "oldest", "source_id", "topic")

    def __init__(self, topic: str, source_id: str | None, now: datetime, limits: Limits) -> None:
        self.topic = topic
        self.source_id = source_id
        self.now = now
        self.limits = limits
        self.oldest: datetime | None = None

    def reject(self, reason: QuarantineReason, detail: str) -> MessageRejectedError:
        return MessageRejectedError(reason, detail, topic=self.topic, source_id=self.source_id)

    def time(self, raw: int | str, field: str) -> datetime:
        """ISO 8601 with offset, or integer epoch milliseconds; checked against ``now``."""
        t = self.instant(raw, field)
        if t > self.now + self.limits.max_future_skew:
            raise self.reject(QuarantineReason.FUTURE_TIMESTAMP, f"{field}: {t.isoformat()} is in the future")
        if self.oldest is None or t < self.oldest:
            self.oldest = t
        return t

    def schedule(self, raw: int | str, field: str) -> datetime:
        """A scheduled time (a planned event's start or end): may lie ahead, up to
        :data:`MAX_EVENT_LEAD`; not an observation, so it does not make a message late."""
        t = self.instant(raw, field)
        if t > self.now + MAX_EVENT_LEAD:
            raise self.reject(QuarantineReason.OUT_OF_RANGE, f"{field}: {t.isoformat()} is more than two years ahead")
        return t

    def instant(self, raw: int | str, field: str) -> datetime:
        """The time ``raw`` stands for (offset required, 1990 or later), unchecked against ``now``."""
        if isinstance(raw, int):
            try:
                t = _EPOCH + timedelta(milliseconds=raw)
            except OverflowError as exc:
                raise self.reject(QuarantineReason.INVALID_TIMESTAMP, f"{field}: epoch ms out of range") from exc
        else:
            try:
                t = datetime.fromisoformat(raw)
            except ValueError as exc:
                raise self.reject(QuarantineReason.INVALID_TIMESTAMP, f"{field}: not ISO 8601") from exc
            if t.tzinfo is None or t.utcoffset() is None:
                raise self.reject(QuarantineReason.NAIVE_TIMESTAMP, f"{field}: no UTC offset")
            try:
                t = t.astimezone(UTC)
            except OverflowError as exc:
                raise self.reject(QuarantineReason.INVALID_TIMESTAMP, f"{field}: out of range") from exc
        if t < MIN_TIME:
            raise self.reject(QuarantineReason.INVALID_TIMESTAMP, f"{field}: before {MIN_TIME:%Y}")
        return t

    def check(self, metric: str, value: float, what: str | None = None) -> float:
        lo, hi = RANGES[metric]
        if type(value) is int and not (-_SAFE_INT < value < _SAFE_INT):
            # float() of a JSON integer of 310+ digits raises OverflowError.
            raise self.reject(
                QuarantineReason.OUT_OF_RANGE, f"{what or metric}: integer of {_digits(value)} not in [{lo}, {hi}]"
            )
        v = float(value)
        if not (lo <= v <= hi):  # also false for NaN
            raise self.reject(QuarantineReason.OUT_OF_RANGE, f"{what or metric}={value!r} not in [{lo}, {hi}]")
        return v

    def point(self, p: Point | AreaCircle | None, what: str = "location") -> tuple[float | None, float | None]:
        if p is None:
            return None, None
        return self.position(p.coordinates, what)

    def position(self, coordinates: list[float | int], what: str) -> tuple[float, float]:
        """``[lon, lat(, altitude)]`` inside Taiwan's box, as floats."""
        if len(coordinates) not in {2, 3}:
            raise self.reject(QuarantineReason.SCHEMA, f"{what}: a position is [lon, lat] or [lon, lat, altitude]")
        if any(type(c) is int and not (-_SAFE_INT < c < _SAFE_INT) for c in coordinates):
            raise self.reject(QuarantineReason.OUT_OF_RANGE, f"{what}: a coordinate is a huge integer")
        lon, lat = float(coordinates[0]), float(coordinates[1])
        if not (LON_RANGE[0] <= lon <= LON_RANGE[1] and LAT_RANGE[0] <= lat <= LAT_RANGE[1]):
            raise self.reject(QuarantineReason.OUT_OF_RANGE, f"{what} ({lon}, {lat}) is outside Taiwan")
        return lon, lat

    def refs(self, ids: Iterable[str], own: str, what: str) -> tuple[str, ...]:
        """Report ids another report points to: each a valid ``source_id``, not its own, once each."""
        out: list[str] = []
        for ref in ids:
            if not valid_source_id(ref) or "/" in ref:
                raise self.reject(QuarantineReason.SCHEMA, f"{what}: {ref[:40]!r} is not a valid report id")
            if ref == own:
                raise self.reject(QuarantineReason.SCHEMA, f"{what}: a report cannot follow itself")
            if ref not in out:
                out.append(ref)
        return tuple(out)


def _digits(n: int) -> str:
    """How long a huge integer is, without ``str()`` (limited to 4,300 digits)."""
    return f"~{int(abs(n).bit_length() * 0.30103) + 1} digits"


def _unstorable(obj: object, path: str = "") -> str | None:
    """The first value that cannot be stored as PostgreSQL text/jsonb and dumped as JSON
    (a NUL, a lone surrogate, a non-finite float, an integer beyond ±2**63: ``json.dumps``
    refuses integers of more than 4,300 digits) as ``field: problem``
    (``text: contains a NUL character (U+0000)``, ``x.note[1]: …``), or ``None``."""
    where = path or "(payload)"
    if isinstance(obj, str):
        if "\x00" in obj:
            return f"{where}: contains a NUL character (U+0000), which text cannot store"
        try:
            obj.encode("utf-8")
        except UnicodeEncodeError:
            return f"{where}: contains a lone surrogate (not a character)"
        return None
    if isinstance(obj, dict):
        for k, v in obj.items():
            key = k if isinstance(k, str) else str(k)
            sub = f"{path}.{key}" if path else key
            found = _unstorable(k, f"{sub} (its name)") or _unstorable(v, sub)
            if found:
                return found
        return None
    if isinstance(obj, list):
        for i, v in enumerate(obj):
            found = _unstorable(v, f"{path}[{i}]")
            if found:
                return found
        return None
    if isinstance(obj, float) and not math.isfinite(obj):
        return f"{where}: is not a finite number"
    if isinstance(obj, int) and not isinstance(obj, bool) and not -_INT64 <= obj < _INT64:
        return f"{where}: is an integer beyond 64 bits"
    return None


# ---------------------------------------------------------------------------
# Per-feed conversion
# ---------------------------------------------------------------------------


def _rain(ctx: _Ctx, sid: str, o: RainObs) -> Iterable[Reading]:
    t = ctx.time(o.ts, "ts")
    for key, metric in RAIN_METRICS.items():
        raw = getattr(o.values, key)
        if raw is not None:
            yield Reading(t, sid, metric, ctx.check(metric, raw, key))


def _value(metric: str) -> Any:
    def convert(ctx: _Ctx, sid: str, o: ValueObs) -> Iterable[Reading]:
        t = ctx.time(o.ts, "ts")
        yield Reading(t, sid, metric, ctx.check(metric, o.value, "value"))

    return convert


def _parking(ctx: _Ctx, sid: str, o: ParkingObs) -> Iterable[Reading]:
    t = ctx.time(o.ts, "ts")
    for avail, total, metric in (
        (o.AvailableCar, o.TotalCar, "available_car"),
        (o.AvailableMotor, o.TotalMotor, "available_motor"),
    ):
        if avail is None:
            continue
        v = ctx.check(metric, avail)
        if total is not None and avail > total:
            raise ctx.reject(QuarantineReason.OUT_OF_RANGE, f"{metric}={avail} exceeds total {total}")
        yield Reading(t, sid, metric, v)


def _vd_value(ctx: _Ctx, metric: str, raw: float, what: str) -> float | None:
    if raw == VD_NO_VALUE:
        return None
    return ctx.check(metric, raw, what)


def _vd(ctx: _Ctx, sid: str, o: VdObs) -> Iterable[Reading]:
    """Per-lane readings plus detector totals (contract 2).

    Detector ``speed_kmh`` is the volume-weighted mean over lanes with a valid
    speed and volume (omitted when no vehicle passed), ``occupancy_pct`` the mean
    over lanes with a valid occupancy, ``volume_veh`` the sum of valid lane
    volumes. A lane volume is valid only when every vehicle class has one.
    When the links carry a ``Bearing`` (a bidirectional detector), lane metrics
    are named ``dir{Bearing}.lane{LaneID}.*`` and each direction also gets its
    own totals ``dir{Bearing}.*``; lane ids then need to be unique per direction.
    """
    if o.VDID is not None and sid != o.VDID:
        raise ctx.reject(QuarantineReason.SCHEMA, f"VDID {o.VDID!r} differs from the topic's source_id")
    t = ctx.time(o.DataCollectTime, "DataCollectTime")
    bearings = {link.Bearing for link in o.LinkFlows}
    if None in bearings and len(bearings) > 1:
        raise ctx.reject(QuarantineReason.SCHEMA, "Bearing is given on some LinkFlows only")
    out: list[Reading] = []
    groups: dict[str | None, _VdTotals] = {}
    seen: set[tuple[str | None, int]] = set()
    for link in o.LinkFlows:
        totals = groups.setdefault(link.Bearing, _VdTotals())
        base = "" if link.Bearing is None else f"dir{link.Bearing}."
        for lane in link.Lanes:
            if (link.Bearing, lane.LaneID) in seen:
                where = "" if link.Bearing is None else f" in direction {link.Bearing}"
                raise ctx.reject(QuarantineReason.SCHEMA, f"LaneID {lane.LaneID} appears twice{where}")
            seen.add((link.Bearing, lane.LaneID))
            prefix = f"{base}lane{lane.LaneID}."
            speed = _vd_value(ctx, "speed_kmh", lane.Speed, prefix + "Speed")
            occ = _vd_value(ctx, "occupancy_pct", lane.Occupancy, prefix + "Occupancy")
            vols = [_vd_value(ctx, "volume_veh", v.Volume, prefix + "Volume") for v in lane.Vehicles]
            volume = None if not vols or any(v is None for v in vols) else sum(v for v in vols if v is not None)
            if volume is not None:
                volume = ctx.check("volume_veh", volume, prefix + "Volume")
                totals.volumes.append(volume)
                out.append(Reading(t, sid, prefix + "volume_veh", volume))
            if speed is not None:
                out.append(Reading(t, sid, prefix + "speed_kmh", speed))
                if volume is not None:
                    totals.speed_w.append((speed, volume))
            if occ is not None:
                totals.occs.append(occ)
                out.append(Reading(t, sid, prefix + "occupancy_pct", occ))
    if len(groups) == 1:  # one direction (or none given): its totals are the detector's
        (everything,) = groups.values()
    else:
        everything = _VdTotals()
        for bearing, totals in groups.items():
            out.extend(totals.readings(ctx, t, sid, f"dir{bearing}."))
            everything.merge(totals)
    out.extend(everything.readings(ctx, t, sid, ""))
    return out


@dataclass(slots=True)
class _VdTotals:
    """What a detector's (or one direction's) totals are computed from."""

    speed_w: list[tuple[float, float]] = field(default_factory=list)
    occs: list[float] = field(default_factory=list)
    volumes: list[float] = field(default_factory=list)

    def merge(self, other: _VdTotals) -> None:
        self.speed_w.extend(other.speed_w)
        self.occs.extend(other.occs)
        self.volumes.extend(other.volumes)

    def readings(self, ctx: _Ctx, t: datetime, sid: str, prefix: str) -> list[Reading]:
        out: list[Reading] = []
        weight = sum(w for _, w in self.speed_w)
        if weight > 0:
            out.append(Reading(t, sid, prefix + "speed_kmh", sum(s * w for s, w in self.speed_w) / weight))
        if self.occs:
            out.append(Reading(t, sid, prefix + "occupancy_pct", sum(self.occs) / len(self.occs)))
        if self.volumes:
            volume = ctx.check("volume_veh", sum(self.volumes), prefix + "volume_veh")
            out.append(Reading(t, sid, prefix + "volume_veh", volume))
        return out


def _event(  # noqa: PLR0917 - private helper, every call site names the meaning
    ctx: _Ctx,
    topic: Topic,
    raw: object,
    t: datetime,
    key: str,
    category: str | None,
    severity: str | None = None,
    where: Point | None = None,
    *,
    follows: tuple[str, ...] = (),
) -> Event:
    lon, lat = ctx.point(where)
    payload = _payload(ctx, raw)
    feed = "status" if topic.status else str(topic.feed)
    return Event(
        t, topic.source_id, str(topic.domain), feed, key, category, severity, lon, lat, payload, follows=follows
    )


def _payload(ctx: _Ctx, raw: object) -> str:
    problem = _unstorable(raw)
    if problem is not None:
        raise ctx.reject(QuarantineReason.SCHEMA, problem)
    return json.dumps(raw, ensure_ascii=False, separators=(",", ":"))


def _utc_key(t: datetime) -> str:
    return t.astimezone(UTC).isoformat()


def _ring_area(ring: list[tuple[float, float]]) -> tuple[float, float, float]:
    """Signed area (degrees²) and centroid of a closed ring (shoelace formula)."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in itertools.pairwise(ring):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    a /= 2.0
    if a == 0.0:
        return 0.0, ring[0][0], ring[0][1]
    return a, cx / (6.0 * a), cy / (6.0 * a)


def _planned(ctx: _Ctx, topic: Topic, o: PlannedEventObs, raw: object) -> Event:
    """A permit: stored at its start, with its end and area; one row per version (``ts``)."""
    issued = ctx.time(o.ts, "ts")
    start = ctx.schedule(o.start, "start")
    end = ctx.schedule(o.end, "end")
    if end <= start:
        raise ctx.reject(QuarantineReason.SCHEMA, "end is not after start")
    if end - start > MAX_EVENT_SPAN:
        raise ctx.reject(QuarantineReason.OUT_OF_RANGE, f"the event lasts more than {MAX_EVENT_SPAN.days} days")
    if o.expected_attendance is not None:
        ctx.check("expected_attendance", o.expected_attendance)
    area: str | None = None
    radius: float | None = None
    if isinstance(o.area, AreaCircle):
        lon, lat = ctx.position(o.area.coordinates, "area")
        radius = ctx.check("radius_m", o.area.radius_m, "area.radius_m")
    else:
        ring_raw = o.area.coordinates[0]
        if not 4 <= len(ring_raw) <= MAX_RING:
            raise ctx.reject(QuarantineReason.SCHEMA, f"area: a ring has 4 to {MAX_RING} positions")
        ring = [ctx.position(pos, "area") for pos in ring_raw]
        if ring[0] != ring[-1]:
            raise ctx.reject(QuarantineReason.SCHEMA, "area: the ring is not closed (first position != last)")
        size, lon, lat = _ring_area(ring)
        if abs(size) < 1e-12:  # about 0.01 m²: a line or a point, not an area
            raise ctx.reject(QuarantineReason.SCHEMA, "area: the polygon has no area")
        area = json.dumps({"type": "Polygon", "coordinates": [[list(p) for p in ring]]})
    payload = _payload(ctx, raw)
    return Event(
        start,
        topic.source_id,
        str(topic.domain),
        str(topic.feed),
        f"{o.status}@{_utc_key(issued)}",
        o.category,
        None,
        lon,
        lat,
        payload,
        ends=end,
        area=area,
        radius_m=radius,
        follows=(topic.source_id,) if o.status != "approved" else (),
    )


#: A CAP circle's radius, km (CAP-TWP typhoon areas are counties: hundreds of km).
CAP_MAX_RADIUS_KM = 1000.0
#: A CAP area places its alert only when it is local: a circle of at most this radius,
#: a polygon at most this many degrees across (about 5.5 km); a wider one is regional.
CAP_LOCAL_RADIUS_M = 5000.0
CAP_LOCAL_SPAN_DEG = 0.05


def _cap_pairs(ctx: _Ctx, text: str, what: str) -> list[tuple[float, float]]:
    """``"lat,lon lat,lon ..."`` as (lon, lat) positions (WGS84 ranges)."""
    out: list[tuple[float, float]] = []
    for pair in text.split():
        parts = pair.split(",")
        try:
            lat, lon = float(parts[0]), float(parts[1])
        except (ValueError, IndexError):
            lat = lon = math.nan
        if len(parts) != 2 or not (math.isfinite(lat) and math.isfinite(lon)):  # a pair
            raise ctx.reject(QuarantineReason.SCHEMA, f"{what}: {pair[:40]!r} is not lat,lon")
        if not (-180.0 <= lon <= 180.0 and -90.0 <= lat <= 90.0):  # WGS84
            raise ctx.reject(QuarantineReason.OUT_OF_RANGE, f"{what}: {pair[:40]!r} is not on Earth")
        out.append((lon, lat))
    return out


def _in_taiwan(points: Iterable[tuple[float, float]]) -> bool:
    return all(LON_RANGE[0] <= x <= LON_RANGE[1] and LAT_RANGE[0] <= y <= LAT_RANGE[1] for x, y in points)


def _cap_circle(ctx: _Ctx, text: str) -> tuple[float, float, float]:
    """``"lat,lon radius_km"`` as (lon, lat, radius in metres)."""
    centre, _, r = text.strip().partition(" ")
    try:
        km = float(r)
    except ValueError:
        km = math.nan
    pts = _cap_pairs(ctx, centre, "circle")
    if len(pts) != 1 or not math.isfinite(km):
        raise ctx.reject(QuarantineReason.SCHEMA, f"circle: {text[:60]!r} is not 'lat,lon radius_km'")
    if not 0.0 <= km <= CAP_MAX_RADIUS_KM:
        raise ctx.reject(QuarantineReason.OUT_OF_RANGE, f"circle: {km} km is not in [0, {CAP_MAX_RADIUS_KM}]")
    return pts[0][0], pts[0][1], km * 1000.0


def _listed(value: str | list[str] | None) -> list[str]:
    return value if isinstance(value, list) else [value] if value else []


def _cap(ctx: _Ctx, topic: Topic, o: CapObs, info: CapInfo, raw: object) -> Event:
    """A CAP alert: placed at its first local circle (centre and radius) or polygon (centroid,
    polygon kept) inside Taiwan; regional ones (wider, or geocodes only) place nothing. An
    update follows the identifiers its ``references`` name."""
    t = ctx.time(o.sent, "sent")
    refs: list[str] = []
    for triple in (o.references or "").split():
        parts = triple.split(",")
        if len(parts) != 3 or not all(parts):  # sender,identifier,sent
            raise ctx.reject(QuarantineReason.SCHEMA, f"references: {triple[:60]!r} is not sender,identifier,sent")
        refs.append(parts[1])
    follows = ctx.refs(refs, topic.source_id, "references")
    areas = info.area if isinstance(info.area, list) else [info.area] if info.area is not None else []
    place: tuple[float, float, float | None, str | None] | None = None
    for area in areas:
        for c in _listed(area.circle):
            lon, lat, radius = _cap_circle(ctx, c)
            if radius <= CAP_LOCAL_RADIUS_M and _in_taiwan([(lon, lat)]):
                place = place or (lon, lat, radius, None)
        for text in _listed(area.polygon):
            ring = _cap_pairs(ctx, text, "polygon")
            if len(ring) < 4 or ring[0] != ring[-1]:  # CAP 1.2 §3.2.4: a closed ring
                raise ctx.reject(QuarantineReason.SCHEMA, "polygon: a closed ring of at least 4 lat,lon pairs")
            size, lon, lat = _ring_area(ring)
            if abs(size) < 1e-12:  # about 0.01 m²: a line or a point, not an area
                raise ctx.reject(QuarantineReason.SCHEMA, "polygon: the ring has no area")
            xs, ys = [x for x, _ in ring], [y for _, y in ring]
            local = max(max(xs) - min(xs), max(ys) - min(ys)) <= CAP_LOCAL_SPAN_DEG
            if local and _in_taiwan(ring):
                shape = json.dumps({"type": "Polygon", "coordinates": [[list(p) for p in ring]]})
                place = place or (lon, lat, None, shape)
    payload = _payload(ctx, raw)
    if place is None:
        return Event(t, topic.source_id, str(topic.domain), str(topic.feed), o.msgType, info.event, info.severity,
                     None, None, payload, follows=follows)
    return Event(t, topic.source_id, str(topic.domain), str(topic.feed), o.msgType, info.event, info.severity,
                 place[0], place[1], payload, area=place[3], radius_m=place[2], follows=follows)


def _events(ctx: _Ctx, topic: Topic, o: Any, raw: object) -> Event:
    sid = topic.source_id
    if isinstance(o, FireAlarmObs | SignalObs):
        return _event(ctx, topic, raw, ctx.time(o.ts, "ts"), o.state, o.state)
    if isinstance(o, IncidentObs):
        t = ctx.time(o.ts, "ts")
        follows = ctx.refs(o.follows or (), sid, "follows")
        return _event(ctx, topic, raw, t, "report", o.category, o.severity, o.location, follows=follows)
    if isinstance(o, CctvObs):
        ctx.check("confidence", o.confidence)
        if o.motion is not None and o.event != "crowding":
            raise ctx.reject(QuarantineReason.SCHEMA, "motion is given for crowding only")
        return _event(ctx, topic, raw, ctx.time(o.ts, "ts"), o.event, o.event, None, o.location)
    if isinstance(o, Case1999Obs):
        if o.caseId != sid:
            raise ctx.reject(QuarantineReason.SCHEMA, "caseId differs from the topic's source_id")
        created = ctx.time(o.createdAt, "createdAt")
        if o.updatedAt is None:
            return _event(ctx, topic, raw, created, o.status or "created", o.category, None, o.location)
        updated = ctx.time(o.updatedAt, "updatedAt")
        if updated < created:
            raise ctx.reject(QuarantineReason.SCHEMA, "updatedAt is before createdAt")
        key = o.status or "updated"
        return _event(ctx, topic, raw, updated, key, o.category, None, o.location, follows=(sid,))
    if isinstance(o, Dispatch119Obs):
        follows = (sid,) if o.status != "dispatched" else ()
        t = ctx.time(o.ts, "ts")
        return _event(ctx, topic, raw, t, o.status, o.category, o.severity, o.location, follows=follows)
    if isinstance(o, PlannedEventObs):
        return _planned(ctx, topic, o, raw)
    if isinstance(o, CapObs):
        if o.identifier != sid:
            raise ctx.reject(QuarantineReason.SCHEMA, "identifier differs from the topic's source_id")
        info = o.info[0] if isinstance(o.info, list) and o.info else o.info
        if isinstance(info, list):
            raise ctx.reject(QuarantineReason.SCHEMA, "CAP alert without info")
        return _cap(ctx, topic, o, info, raw)
    raise AssertionError(f"no event conversion for {type(o).__name__}")  # pragma: no cover


_READINGS: dict[Feed, Any] = {
    Feed.RAIN: _rain,
    Feed.WATER_LEVEL: _value("water_level_m"),
    Feed.FLOOD: _value("flood_depth_cm"),
    Feed.PARKING: _parking,
    Feed.VD: _vd,
}

# ---------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------


def _decode(ctx: _Ctx, payload: bytes) -> object:
    try:
        payload.decode("utf-8")  # checked first, so a byte that is no UTF-8 gets its own reason
    except UnicodeDecodeError as exc:
        raise ctx.reject(QuarantineReason.INVALID_UTF8, f"byte {exc.start}: {exc.reason}") from exc
    try:  # NaN, Infinity and a key named twice in one object refused (common/jsondoc.py)
        return loads_unique(payload)
    except ValueError as exc:
        lone = _lone_surrogate(payload) if _SURROGATE_REFUSED.search(str(exc)) else None
        if lone is not None:  # JSON but for a string text cannot store: named as the others are
            raise ctx.reject(QuarantineReason.SCHEMA, lone[:200]) from exc
        raise ctx.reject(QuarantineReason.INVALID_JSON, str(exc)[:200]) from exc


#: The decoder's words for an escaped lone surrogate (``"\ud800"``, ``"\udc00"``): it refuses
#: the document, where the other unstorable strings parse and are refused by their field.
_SURROGATE_REFUSED = re.compile(r"surrogate|hex escape")


def _lone_surrogate(payload: bytes) -> str | None:
    """``field: contains a lone surrogate ...`` when ``payload`` is JSON but for an escaped lone
    surrogate in a string (Python's decoder keeps it, where the wire's refuses it), the field
    spelt with its surrogates and NULs escaped so the detail is storable text; ``None`` otherwise (a
    truncated escape, anything else that is no JSON). Only on the refusal path."""
    try:
        doc = json.loads(payload)
    except (ValueError, RecursionError):
        return None
    found = _unstorable(doc)
    if found is None or "lone surrogate" not in found:
        return None
    return found.encode("utf-8", "backslashreplace").decode("utf-8").replace("\x00", "\\u0000")


def _items(ctx: _Ctx, doc: object) -> list[object]:
    if isinstance(doc, dict) and "batch" in doc:
        items = doc["batch"]
        if len(doc) != 1 or not isinstance(items, list) or not items:
            raise ctx.reject(QuarantineReason.SCHEMA, 'a batch is {"batch": [<observation>, ...]}, non-empty')
        if len(items) > ctx.limits.max_batch:
            raise ctx.reject(QuarantineReason.OVERSIZE, f"batch of {len(items)} > {ctx.limits.max_batch}")
        return items
    return [doc]


class _FastValue(NamedTuple):
    ts: int | str
    value: float | int




def _fast_value(raw: object) -> _FastValue | None:
    """``ValueObs`` for the plain case, without pydantic; None means "ask pydantic".

    Water level and flood depth are most of the single-reading stream, and
    ``model_validate`` was the largest single cost of parsing one. Accepts only
    what :class:`ValueObs` accepts, with the same values (strict: no bools, no
    numeric strings; ints kept small enough to be exact everywhere);
    ``tests/unit/ingest/test_ingest_payloads.py`` checks it against pydantic.
    """
    if type(raw) is not dict:
        return None
    ts = raw.get("ts")
    value = raw.get("value")
    tt, vt = type(ts), type(value)
    if not (tt is str or (tt is int and -_SAFE_INT < ts < _SAFE_INT)):  # type: ignore[operator]
        return None
    if not (vt is float or (vt is int and -_SAFE_INT < value < _SAFE_INT)):  # type: ignore[operator]
        return None
    return _FastValue(ts, value)  # type: ignore[arg-type]


# A VD fast path in plain Python measured no faster than pydantic-core (46.9 vs 52 µs).
_FAST: dict[type[BaseModel], Callable[[object], Any]] = {ValueObs: _fast_value}


def _validate(ctx: _Ctx, model: type[BaseModel], raw: object) -> Any:
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors(include_url=False, include_input=False)[0]
        loc = ".".join(str(p) for p in first["loc"]) or "(root)"
        raise ctx.reject(QuarantineReason.SCHEMA, f"{loc}: {first['msg']}"[:300]) from exc


def parse_message(
    topic: str,
    payload: bytes,
    *,
    now: datetime,
    registry: Mapping[str, str],
    limits: Limits,
) -> Parsed:
    """Parse one MQTT message into rows, or raise :class:`MessageRejectedError`.

    ``now`` must be timezone-aware (the receive time); ``registry`` maps each
    registered ``sensor_id`` to its ``kind`` (contract 1). Any other exception
    raised while parsing (a bug; ``RecursionError``, ``MemoryError`` and the
    like included) comes out as a rejection with reason ``parser_error``.
    """
    try:
        return _parse(topic, payload, now, registry, limits)
    except MessageRejectedError:
        raise
    except Exception as exc:  # the last-resort guard: one message never stops the worker
        raise parser_error(topic, exc) from exc


def parser_error(topic: str, exc: BaseException) -> MessageRejectedError:
    """The rejection for an unexpected exception while handling one message."""
    try:
        text = str(exc)
    except Exception:  # str() of an arbitrary exception may raise too
        text = ""
    return MessageRejectedError(
        QuarantineReason.PARSER_ERROR, f"{type(exc).__name__}: {text}"[:300], topic=topic
    )


def _parse(
    topic: str, payload: bytes, now: datetime, registry: Mapping[str, str], limits: Limits
) -> Parsed:
    ctx = _Ctx(topic, None, now, limits)
    if len(payload) > limits.max_payload_bytes:
        raise ctx.reject(QuarantineReason.OVERSIZE, f"{len(payload)} bytes > {limits.max_payload_bytes}")
    tp = parse_topic(topic)
    sid = ctx.source_id = tp.source_id
    if tp.needs_registration:
        kind = registry.get(sid)
        if kind is None:
            raise ctx.reject(QuarantineReason.UNREGISTERED_SOURCE, f"{sid!r} is not in the sensor registry")
        if not tp.status and kind != tp.feed:
            raise ctx.reject(QuarantineReason.KIND_MISMATCH, f"{sid!r} is registered as {kind}, not {tp.feed}")
        if tp.status and kind not in DOMAIN_KINDS[tp.domain]:
            # Each domain's account writes only its own tree (ACL), so a domain
            # may speak only for its own devices: disaster cannot mark a CCTV offline.
            raise ctx.reject(QuarantineReason.FOREIGN_DEVICE, f"{sid!r} is a {kind}, not a {tp.domain} device")
    if tp.status and not payload:
        # An empty retained payload is MQTT's only way to clear a retained message (a
        # last will the device or its gateway takes back); the broker forwards it to
        # live subscribers without the retain flag. A clear, not bad input: nothing stored.
        return Parsed(tp, (), (), False)
    doc = _decode(ctx, payload)
    readings: list[Reading] = []
    events: list[Event] = []
    if tp.status:
        for raw in _items(ctx, doc):
            st = _validate(ctx, StatusObs, raw)
            if st.reason is not None and st.state != "offline":
                raise ctx.reject(QuarantineReason.SCHEMA, "reason is given for offline only")
            t = now if st.ts is None else ctx.time(st.ts, "ts")
            events.append(_event(ctx, tp, raw, t, st.state, st.state))
    else:
        model = MODELS[tp.feed]
        to_readings = _READINGS.get(tp.feed)
        for raw in _items(ctx, doc):
            fast = _FAST.get(model)
            obs = (fast(raw) if fast is not None else None) or _validate(ctx, model, raw)
            if to_readings is not None:
                readings.extend(to_readings(ctx, sid, obs))
                if isinstance(obs, ParkingObs) and obs.state is not None:
                    events.append(_event(ctx, tp, raw, ctx.time(obs.ts, "ts"), obs.state, obs.state))
            else:
                events.append(_events(ctx, tp, obs, raw))
    late = ctx.oldest is not None and ctx.oldest < now - limits.late_after
    return Parsed(tp, tuple(readings), tuple(events), late)
