"""Payload bytes of the wire contract (docs/mqtt.md), one builder per feed (pure).

Shapes follow the real sources so that adapters stay thin (DOMAIN.md §2.4 CWA
rain, §2.2 water level, §2.3 flood, §3.2 TDX VDLive, §3.3 and §7.6 Taichung
parking, §7.8 1999 case). Every timestamp is ISO 8601 with the +08:00 offset.
JSON is compact UTF-8 (``ensure_ascii=False``), keys in a fixed order, so that
the same inputs give the same bytes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from common.vocabulary import ParkingState, PermitStatus, StatusReason
from sim.model import iso
from sim.registry import Sensor

#: VD ``-99``: "no valid value" (DOMAIN.md §3.2), never a number to store.
VD_INVALID = -99

#: 7-digit Taiwan_Geocode_103 district codes (DOMAIN.md §1.4, "very likely correct").
DISTRICT_CODES = {"西屯區": "6600600", "南屯區": "6600700", "北屯區": "6600800"}


def encode(obj: object) -> bytes:
    """Compact UTF-8 JSON bytes."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


@dataclass(frozen=True, slots=True)
class RainValues:
    """CWA rain-gauge accumulations in millimetres (DOMAIN.md §2.4 names)."""

    min_10: float
    rain_1h: float
    hour_3: float
    hour_6: float
    hour_12: float
    hour_24: float
    today: float


def rain(ts: datetime, v: RainValues) -> bytes:
    """``disaster/rain``: ``{"ts", "values": {MIN_10, RAIN, HOUR_3, ..., NOW}}``."""
    values = {
        "MIN_10": v.min_10,
        "RAIN": v.rain_1h,
        "HOUR_3": v.hour_3,
        "HOUR_6": v.hour_6,
        "HOUR_12": v.hour_12,
        "HOUR_24": v.hour_24,
        "NOW": v.today,
    }
    return encode({"ts": iso(ts), "values": values})


def water_level(ts: datetime, metres: float) -> bytes:
    """``disaster/water_level``: ``{"ts", "value"}`` in metres (centimetre resolution)."""
    return encode({"ts": iso(ts), "value": round(metres, 2)})


def flood(ts: datetime, depth_cm: float) -> bytes:
    """``disaster/flood``: ``{"ts", "value"}``, depth in centimetres (millimetre resolution)."""
    return encode({"ts": iso(ts), "value": round(depth_cm, 1)})


def fire_alarm(ts: datetime, state: str, detail: str) -> bytes:
    """``disaster/fire_alarm`` event: state ``alarm`` | ``fault`` | ``normal``."""
    return encode({"ts": iso(ts), "state": state, "detail": detail})


def status(ts: datetime, state: str, reason: StatusReason | None = None) -> bytes:
    """``.../{source_id}/status``: ``{"ts", "state": "online" | "offline", "reason"?}``
    (``reason`` offline only)."""
    body: dict[str, object] = {"ts": iso(ts), "state": state}
    if reason is not None:
        body["reason"] = reason.value
    return encode(body)


def last_will() -> bytes:
    """The last-will payload: ``offline`` without ``ts`` (the broker sends it later,
    so a time set at connect would be wrong; ingest stamps it on receipt)."""
    return encode({"state": "offline"})


@dataclass(frozen=True, slots=True)
class VdLane:
    """One lane of a VDLive record; ``VD_INVALID`` marks a missing value."""

    lane_id: int
    speed: int
    occupancy: int
    small: int
    large: int
    trailer: int


def vd(ts: datetime, sensor: Sensor, lanes: tuple[VdLane, ...], status_code: int = 0) -> bytes:
    """``traffic/vd``: one TDX ``VDLive`` record (DOMAIN.md §3.2) for ``sensor``.

    ``LaneType`` 1 and the per-type speeds (the lane speed) are fixture values;
    TDX does not publish their official meaning (DOMAIN.md §8).
    """

    def vehicles(lane: VdLane) -> list[dict[str, object]]:
        speed = lane.speed
        return [
            {"VehicleType": "S", "Volume": lane.small, "Speed": speed if lane.small else 0},
            {"VehicleType": "L", "Volume": lane.large, "Speed": speed if lane.large else 0},
            {"VehicleType": "T", "Volume": lane.trailer, "Speed": speed if lane.trailer else 0},
        ]

    record = {
        "VDID": sensor.sensor_id,
        "LinkFlows": [
            {
                "LinkID": f"{sensor.sensor_id}-L0",
                "Lanes": [
                    {
                        "LaneID": lane.lane_id,
                        "LaneType": 1,
                        "Speed": lane.speed,
                        "Occupancy": lane.occupancy,
                        "Vehicles": vehicles(lane),
                    }
                    for lane in lanes
                ],
            }
        ],
        "Status": status_code,
        "DataCollectTime": iso(ts),
    }
    return encode(record)


def parking(
    ts: datetime, sensor: Sensor, available_car: int, available_motor: int, state: ParkingState | None = None
) -> bytes:
    """``traffic/parking``: Taichung off-street availability fields (DOMAIN.md §3.3) plus ``ts``,
    and the car park's ``state`` (full, closed, empty) when its operator says it.

    The open data's ``Updatetime`` has no offset, so the contract's ``ts`` carries the time.
    """
    body: dict[str, object] = {
        "ts": iso(ts),
        "ID": sensor.sensor_id,
        "TotalCar": sensor.total_car or 0,
        "AvailableCar": available_car,
        "TotalMotor": sensor.total_motor or 0,
        "AvailableMotor": available_motor,
    }
    if state is not None:
        body["state"] = state.value
    return encode(body)


def signal(ts: datetime, state: str, fault: str | None) -> bytes:
    """``traffic/signal`` event: ``fault`` (with its kind) or ``restored``."""
    body: dict[str, object] = {"ts": iso(ts), "state": state}
    if fault is not None:
        body["fault"] = fault
    return encode(body)


@dataclass(frozen=True, slots=True)
class Report:
    """A police report (``police/incident``) before encoding."""

    report_id: str
    category: str
    severity: str
    lon: float
    lat: float
    unit: str
    text: str
    follows: tuple[str, ...] = ()


def incident(ts: datetime, r: Report) -> bytes:
    """``police/incident``: category, severity, location, reporting unit, free text, and the
    report ids it follows up (``follows``, when it is a follow-up)."""
    body: dict[str, object] = {
        "ts": iso(ts),
        "report_id": r.report_id,
        "category": r.category,
        "severity": r.severity,
        "location": {"type": "Point", "coordinates": [r.lon, r.lat]},
        "unit": r.unit,
        "text": r.text,
    }
    if r.follows:
        body["follows"] = list(r.follows)
    return encode(body)


def cctv(ts: datetime, event: str, confidence: float, count: int | None = None, motion: str | None = None) -> bytes:
    """``police/cctv`` analytics event (a vocabulary ``cctv`` code) with confidence; a crowd's
    ``motion`` (``moving`` | ``standing``) when known."""
    body: dict[str, object] = {"ts": iso(ts), "event": event, "confidence": round(confidence, 2)}
    if count is not None:
        body["count"] = count
    if motion is not None:
        body["motion"] = motion
    return encode(body)


@dataclass(frozen=True, slots=True)
class Dispatch119:
    """A 119 dispatch of the fire bureau (``fire/119``) before encoding."""

    case_id: str
    category: str  # fire | rescue | ambulance | hazmat
    lon: float
    lat: float
    units: tuple[str, ...]
    text: str
    status: str = "dispatched"


def dispatch_119(ts: datetime, d: Dispatch119) -> bytes:
    """``fire/119``: category, location, status, units sent, free text."""
    return encode(
        {
            "ts": iso(ts),
            "category": d.category,
            "status": d.status,
            "location": {"type": "Point", "coordinates": [d.lon, d.lat]},
            "units": list(d.units),
            "text": d.text,
        }
    )


@dataclass(frozen=True, slots=True)
class Permit:
    """A planned event's permit (``police/planned_event``) before encoding: a circle area."""

    permit_id: str
    category: str  # a ``planned_event`` code of common.vocabulary
    title: str
    lon: float
    lat: float
    radius_m: float
    start: datetime
    end: datetime
    expected_attendance: int | None = None
    status: PermitStatus = PermitStatus.APPROVED  # a later version: amended or cancelled


def planned_event(ts: datetime, p: Permit) -> bytes:
    """``police/planned_event``: issued at ``ts``, with start, end and a circle."""
    body: dict[str, object] = {
        "ts": iso(ts),
        "category": p.category,
        "title": p.title,
        "start": iso(p.start),
        "end": iso(p.end),
        "area": {"type": "Point", "coordinates": [p.lon, p.lat], "radius_m": p.radius_m},
    }
    if p.expected_attendance is not None:
        body["expected_attendance"] = p.expected_attendance
    if p.status is not PermitStatus.APPROVED:
        body["status"] = p.status.value
    return encode(body)


@dataclass(frozen=True, slots=True)
class Case1999:
    """A 1999 hotline case (``citizen/1999``) before encoding (DOMAIN.md §7.8 fields)."""

    case_id: str
    category: str
    sub_category: str
    district: str
    address: str
    lon: float
    lat: float
    assigned_agency: str
    sla_hours: int | None = None


def case_1999(ts: datetime, c: Case1999, *, updated: datetime | None = None, status: str = "已派工") -> bytes:
    """``citizen/1999``: the DOMAIN.md §7.8 shape; ``ts`` equals ``createdAt``. An update
    of the case carries its own time, ``updatedAt``, and its new ``status``."""
    stamp = iso(ts)
    body: dict[str, object] = {
        "ts": stamp,
        "caseId": c.case_id,
        "channel": "1999",
        "caseType": "派工",
        "category": c.category,
        "subCategory": c.sub_category,
        "district": c.district,
        "districtCode": DISTRICT_CODES.get(c.district),
        "address": c.address,
        "location": {"type": "Point", "coordinates": [c.lon, c.lat]},
        "createdAt": stamp,
        "status": status,
        "assignedAgency": c.assigned_agency,
        "slaHours": c.sla_hours,
    }
    if updated is not None:
        body["updatedAt"] = iso(updated)
    return encode(body)
