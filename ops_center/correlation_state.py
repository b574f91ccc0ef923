"""The correlator's working state: the mutable record of one incident (``_Inc``), its
pieces of area in the grid (``_Piece``), a waiting item (``_Wait``), a scored fit
(``_Fit``), the incident id, and the constants the correlator's modules share.

None of it leaves the correlator: callers see :class:`~ops_center.incidents.Incident`
snapshots and the records of :mod:`ops_center.changes`.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable
from dataclasses import dataclass, field

from common.vocabulary import Signal
from ops_center.incidents import (
    CapSeverity,
    IncidentState,
    IncidentType,
    Item,
    ItemKind,
    JoinVia,
    Member,
    MergeRecord,
    ZoneRef,
)
from ops_center.policies import (
    LASTING,
    SMOKE_SIGHTINGS,
    Reach,
)

ZoneLookup = Callable[[float, float], ZoneRef]
#: The roads passing within a distance of an EPSG:3826 point, each with the metres along
#: it of the point (geo's ``SpatialIndex.roads_at``): (x, y, within_m) -> ((road, along), ...).
RoadLookup = Callable[[float, float, float], tuple[tuple[str, float], ...]]
#: The EPSG:3826 points of the places a text names, landmarks and junctions (geo's
#: ``Gazetteer.points_named``): text -> ((x, y), ...).
PlaceLookup = Callable[[str], tuple[tuple[float, float], ...]]

_CELL = 700.0  # grid cell (m); a query looks at the cells within its reach (most reaches fit in one)
#: Readings of (feed, category, text) remembered: sensors and repeated calls say the same
#: words; emptied when it holds this many (a bound on memory, not a tuned number).
_TEXTS_MAX = 20_000
_CITIZEN = "citizen"
#: The member signal of a citizen's call the vocabulary reads as nothing, placed by
#: :mod:`ops_center.unread` (no :class:`~common.vocabulary.Signal`: it is no evidence of a type).
_UNREAD = "unread_call"
_CCTV = "cctv"
#: Signals that describe a device's own state: they continue the incident the device is in.
_DEVICE_STATE = frozenset({Signal.ENDS, Signal.DEVICE_OFFLINE})
_LASTING_VALUES = frozenset(s.value for s in LASTING)
#: Each signal's value (an enum's ``.value`` is a descriptor call; this is a dict lookup).
_VALUE: dict[Signal, str] = {s: s.value for s in Signal}
_SIGNAL_OF: dict[str, Signal] = {s.value: s for s in Signal}
_ENDS = Signal.ENDS.value
_PLANNED_EVENT = Signal.PLANNED_EVENT.value
_CLOSURE = Signal.ROAD_CLOSURE.value
_HAZMAT = Signal.HAZMAT.value
_OBSTRUCTION = Signal.OBSTRUCTION.value  # the signal of every sighting of a moving subject
_MISSING = Signal.MISSING_PERSON.value  # the signal of every report of a missing person on foot
#: A device reporting its own failure: a signal controller's fault, a device offline,
#: a fire panel on its battery.
_FAILURE_VALUES = frozenset({Signal.SIGNAL_FAULT.value, Signal.DEVICE_OFFLINE.value, Signal.POWER_LOSS.value})
_FAILURE_FEEDS = frozenset({"signal", "status", "alert", "rule", "fire_alarm"})
_SIGHTING_VALUES = frozenset(s.value for s in SMOKE_SIGHTINGS)
_SIGNAL_FAULT = Signal.SIGNAL_FAULT.value
#: Traffic jobs that are more than a dark signal: a crash, an obstruction on the road.
_ROAD_JOBS = frozenset({Signal.TRAFFIC_ACCIDENT.value, _OBSTRUCTION})
_ROAD_DAMAGE = Signal.ROAD_DAMAGE.value  # a collapse, a sinkhole, a burst main
_PARKING = Signal.PARKING_EFFECT
_WORKS = Signal.PLANNED_WORKS
_REOPENABLE = frozenset({IncidentState.OPEN, IncidentState.QUIET})
_FLOOD = IncidentType.FLOOD
_POWER = Signal.POWER_LOSS
#: Enum members the hot paths compare with (a module constant is a dict lookup; an enum
#: member read from its class is a descriptor call, ten times the cost).
_OPEN = IncidentState.OPEN
_FIRE = IncidentType.FIRE
_TRAFFIC = IncidentType.TRAFFIC
_CROWD = IncidentType.CROWD
_RESCUE = IncidentType.RESCUE
_MISSING_SIG = Signal.MISSING_PERSON
_RESCUE_SIG = Signal.RESCUE
_OBSTRUCTION_SIG = Signal.OBSTRUCTION
_SLOWDOWN = Signal.TRAFFIC_SLOWDOWN
_CRASH_SIG = Signal.TRAFFIC_ACCIDENT
_CRIME_SIG = Signal.CRIME
_CLOSURE_SIG = Signal.ROAD_CLOSURE
_CROWD_SIG = Signal.CROWD
_NOISE = Signal.CROWD_EFFECT  # a noise complaint's signal
_INFRA = IncidentType.INFRASTRUCTURE
_OFFLINE = Signal.DEVICE_OFFLINE
_ENDS_SIG = Signal.ENDS
_SMOKE = Signal.SMOKE
_HAZMAT_SIG = Signal.HAZMAT
_WATER_REPORTS = frozenset({Signal.FLOOD_REPORT, Signal.DRAINAGE})  # people telling of water, not sensors
_CONTEXT = JoinVia.CONTEXT
_CHAIN = JoinVia.CHAIN
_PULLED = JoinVia.PULLED
_SEED = JoinVia.SEED
_ALERT = ItemKind.ALERT
_RANK: dict[CapSeverity, int] = {s: s.rank for s in CapSeverity}


_NO_ZONE = ZoneRef(None, None)


def _no_zone(_x: float, _y: float) -> ZoneRef:
    return _NO_ZONE


def incident_id_for(seed_key: str) -> str:
    """The deterministic id of the incident opened by ``seed_key`` (stable across restarts)."""
    return "inc-" + hashlib.sha1(seed_key.encode(), usedforsecurity=False).hexdigest()[:16]


_Seg = tuple[float, float, float, float]


@dataclass(slots=True)
class _Inc:
    """Mutable working state of one incident (never leaves the correlator)."""

    incident_id: str
    type: IncidentType  # the type it is correlated as (its policy and reach)
    seq: int
    opened_at: float
    shown: IncidentType | None = None  # the type it is shown and dispatched as, where not ``type`` (OPENED_AS)
    state: IncidentState = IncidentState.OPEN
    members: list[Member] = field(default_factory=list)
    # The area: segments (a point is a segment of length 0) and the grid cells holding them.
    segs: list[_Seg] = field(default_factory=list)
    cells: set[tuple[int, int]] = field(default_factory=set)
    precise: bool = False  # the area has a sensor or agency position
    sited: bool = False  # ... other than a camera's, which stands where it looks from: where the hazard is
    smoky: bool = False  # precise, and a fire or holding a sighting of one: a far smoke's source (smoke_grid)
    sighted: bool = False  # people or cameras outside have reported its fire or smoke
    evacuated: bool = False  # a fire whose reports say people were sent out, not yet back
    box: tuple[float, float, float, float] = (math.inf, math.inf, -math.inf, -math.inf)  # of its area
    fixed: bool = False  # the area is a permit's (a planned event): evidence does not extend it
    # A permit's job that no report of the event's work has joined yet: its expected effects
    # are held aside (``held``, left out as REASON_EXPECTED) and join at the first such report.
    planned: bool = False
    held: list[Member] = field(default_factory=list)
    cancelled: bool = False  # its permit was cancelled: it explains nothing more (ops_center.permit_versions)
    area_m: float | None = None  # how far its permit's declared area reaches from its point (Item.area_m)
    watch: bool = False  # a flood opened by the alarm of a site built to fill (WATCH_SITES)
    spilled: bool = False  # a flood a report says the site ran over into: it takes the site's and the streets' evidence
    spreading: bool = False  # a flood a report says spreads along its street (measures._spreads)
    hull_pts: list[tuple[float, float]] = field(default_factory=list)
    roads: dict[str, tuple[float, float]] = field(default_factory=dict)  # road -> span along it (linear types)
    sx: float = 0.0
    sy: float = 0.0
    first_t: float = math.inf
    arrivals_t: float = math.inf  # a planned event's audience comes from then on (ARRIVALS_S before its start)
    last_t: float = -math.inf
    # its latest evidence other than a word of lost power: the time of a queue it explains
    # (lost power stops no car: residents' calls make its dark junction no newer)
    road_t: float = -math.inf
    severity: CapSeverity = CapSeverity.UNKNOWN
    agencies: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)
    signals: set[str] = field(default_factory=set)  # what its members say
    holding: dict[str, float] = field(default_factory=dict)  # device -> time of its lasting alert
    recv_t: float = -math.inf  # when its latest evidence arrived (a slow source clock stamps it earlier)
    live_t: float = -math.inf  # max(last_t, end of the holding alerts): the gap is counted from it
    merges: list[MergeRecord] = field(default_factory=list)
    absorbed: list[str] = field(default_factory=list)
    merged_into: str | None = None
    withdrawn: bool = False  # its device took back its only alarm (REASON_TAKEN_BACK)
    updated_at: float = 0.0
    deadline: float = math.inf
    dseq: int = 0  # the order of ``deadline`` among the deadlines of the heap (see placement.reschedule)
    lazy: bool = True  # one heap entry at a time, moved on when it comes due (see placement.reschedule)
    # The zone's roads (their spellings) its reports name, read from its first ``said_n``
    # members (see questions.said_roads); None until a citizen's question asks.
    said: set[tuple[str, ...]] | None = None
    said_n: int = 0
    # a coordinator moved evidence into or out of it (ops_center.relink): its snapshot is
    # drawn from its members, not from the running sums the correlation keeps
    edited: bool = False


@dataclass(slots=True, eq=False)
class _Piece:
    """The part of one incident's area in one grid cell: its segments and their bounding
    box (min x, min y, max x, max y), so far incidents are skipped cheaply."""

    inc: _Inc
    box: tuple[float, float, float, float]
    segs: list[_Seg]


@dataclass(slots=True)
class _Wait:
    """An item waiting for an incident that explains it."""

    item: Item
    signal: Signal
    own: IncidentType | None
    cell: tuple[int, int]
    deadline: float
    roads: tuple[tuple[str, float], ...] = ()  # the roads it lies on, for a flood that follows one
    beside: str | None = None  # the fire whose smoke a panel's alarm is held as (ops_center.smoke_drift)


@dataclass(slots=True)
class _Fit:
    inc: _Inc
    reach: Reach
    fit: float
    distance: float
    dt: float
