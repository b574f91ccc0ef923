"""Ground truth of a scenario run: the incidents it must cause and the faults it injects (pure).

Written as JSON by ``soc simulate --truth FILE`` (format in docs/simulator.md).
Times are observation times (the run's :class:`~sim.model.TimeMap` applied), so
that a test can compare them with what the center stored.

Which agencies an incident type must reach is one table, :data:`AGENCIES`, so
that it can be compared line by line with the ops center's routing. The
dispatch agencies are those of ``common.settings.DISPATCH_AGENCIES``; the
fire bureau also runs emergency medical services in Taiwan, hence ``fire`` on
injury accidents.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from sim.model import SimMessage, TimeMap, iso


class IncidentType(StrEnum):
    """Kinds of incident a scenario causes on purpose."""

    HEAVY_RAIN = "heavy_rain"  # CWA 豪雨: 24 h >= 200 mm or 3 h >= 100 mm (DOMAIN.md §2)
    WATER_LEVEL = "water_level_alert"  # a registry alert level crossed
    FLOOD = "flood"  # flood sensor depth in the warning band or worse
    CONGESTION = "congestion"  # corridor speed collapse seen by VDs
    STALLED_VEHICLE = "stalled_vehicle"  # police report / CCTV analytics
    TRAFFIC_ACCIDENT = "traffic_accident"  # with injuries
    MINOR_ACCIDENT = "minor_accident"  # damage only
    CROWDING = "crowding"  # CCTV analytics near a venue
    PARKING_FULL = "parking_full"
    SIGNAL_FAULT = "signal_fault"
    STREETLIGHT = "streetlight_out"  # 1999 case
    FALLEN_TREE = "fallen_tree"  # 1999 case
    POWER_OUTAGE = "power_outage"  # 1999 case: a household's power is off
    MISSING_PERSON = "missing_person"  # police report: a search for someone missing
    FIRE = "fire"  # a 119 fire dispatch, or a rekindle (復燃) sent as a new case at a fire's place
    SENSOR_SILENT = "sensor_silent"  # a periodic device stopped reporting


#: Agencies that must be dispatched for each incident type.
AGENCIES: Mapping[IncidentType, tuple[str, ...]] = {
    IncidentType.HEAVY_RAIN: ("fire", "water"),
    IncidentType.WATER_LEVEL: ("public_works", "water"),
    IncidentType.FLOOD: ("police", "public_works", "traffic", "water"),
    IncidentType.CONGESTION: ("police", "traffic"),
    IncidentType.STALLED_VEHICLE: ("police", "traffic"),
    IncidentType.TRAFFIC_ACCIDENT: ("fire", "police", "traffic"),
    IncidentType.MINOR_ACCIDENT: ("police", "traffic"),
    IncidentType.CROWDING: ("police",),
    IncidentType.PARKING_FULL: ("traffic",),
    IncidentType.SIGNAL_FAULT: ("traffic",),
    IncidentType.STREETLIGHT: ("public_works",),
    IncidentType.FALLEN_TREE: ("public_works",),
    IncidentType.POWER_OUTAGE: ("public_works",),
    IncidentType.MISSING_PERSON: ("police",),
    IncidentType.FIRE: ("fire", "police", "environment"),  # engines; a cordon; the smoke's run-off
    IncidentType.SENSOR_SILENT: (),  # maintenance of the owning agency; nobody is dispatched
}


#: The center's incident types (common/vocabulary.py) that may hold each kind of
#: expected incident, for the kinds the center must open from the evidence the
#: scenario sends (a stalled vehicle in a flooded underpass is part of the flood).
#: Kinds absent here are conditions the center watches without opening an incident
#: from them alone (rain, a slow corridor, a lone 1999 case).
CENTER_TYPES: Mapping[IncidentType, frozenset[str]] = {
    IncidentType.FLOOD: frozenset({"flood"}),
    IncidentType.STALLED_VEHICLE: frozenset({"flood", "traffic"}),
    IncidentType.TRAFFIC_ACCIDENT: frozenset({"traffic", "flood", "crowd"}),
    IncidentType.MINOR_ACCIDENT: frozenset({"traffic", "flood", "crowd"}),
    IncidentType.FIRE: frozenset({"fire"}),
}


@dataclass(frozen=True, slots=True)
class ExpectedIncident:
    """An incident the center must open.

    ``window_start`` is the observation time of the first message that meets
    the trigger; ``window_end`` when the condition ends (or the run ends).
    ``source_ids`` are the topics' source ids that carry the evidence.
    """

    incident_id: str
    type: IncidentType
    severity: str  # CAP: Minor | Moderate | Severe | Extreme
    lon: float
    lat: float
    window_start: datetime
    window_end: datetime
    source_ids: tuple[str, ...]
    trigger: str
    detail: tuple[tuple[str, str | float | int], ...] = ()

    @property
    def agencies(self) -> tuple[str, ...]:
        """Agencies that must be dispatched (from :data:`AGENCIES`)."""
        return AGENCIES[self.type]


@dataclass(frozen=True, slots=True)
class ExpectedFault:
    """A fault the scenario injects on purpose (faults scenario)."""

    type: str  # silent | clock_skew | a Fault value
    source_id: str
    topic: str
    count: int
    start: datetime
    detail: tuple[tuple[str, str | float | int], ...] = ()


@dataclass(frozen=True, slots=True)
class GroundTruth:
    """Everything a test needs to judge one pass of a scenario."""

    scenario: str
    seed: int
    sim_start: datetime
    duration_s: int
    time_map: TimeMap
    incidents: tuple[ExpectedIncident, ...]
    faults: tuple[ExpectedFault, ...] = ()
    messages_total: int = 0
    outcomes: tuple[tuple[str, int], ...] = field(default=())


def count_outcomes(messages: Iterable[SimMessage]) -> tuple[int, tuple[tuple[str, int], ...]]:
    """Total messages and how many must end stored, duplicate or quarantined."""
    counts: Counter[str] = Counter()
    total = 0
    for m in messages:
        total += 1
        counts["stored" if m.fault is None else m.fault.outcome] += 1
    return total, tuple(sorted(counts.items()))


def to_json(truth: GroundTruth) -> str:
    """The ground-truth document (UTF-8 text, zh-TW kept readable)."""
    doc = {
        "format": "soc-sim-truth/1",
        "scenario": truth.scenario,
        "seed": truth.seed,
        "sim_start": iso(truth.sim_start),
        "duration_s": truth.duration_s,
        "time_map": {
            "sim_start": iso(truth.time_map.sim_start),
            "obs_start": iso(truth.time_map.obs_start),
            "factor": truth.time_map.factor,
        },
        "messages": {"total": truth.messages_total, "outcomes": dict(truth.outcomes)},
        "incidents": [
            {
                "id": i.incident_id,
                "type": str(i.type),
                "severity": i.severity,
                "location": {"lon": i.lon, "lat": i.lat},
                "window": {"start": iso(i.window_start), "end": iso(i.window_end)},
                "agencies": list(i.agencies),
                "source_ids": list(i.source_ids),
                "trigger": i.trigger,
                "detail": dict(i.detail),
            }
            for i in truth.incidents
        ],
        "faults": [
            {
                "type": f.type,
                "source_id": f.source_id,
                "topic": f.topic,
                "count": f.count,
                "start": iso(f.start),
                "detail": dict(f.detail),
            }
            for f in truth.faults
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
