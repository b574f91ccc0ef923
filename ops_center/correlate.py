"""The correlator: groups alerts and events from several agencies into incidents.

Sans-I/O: no clock, no database, no broker. The caller offers items with
:meth:`Correlator.feed` (``now`` passed in), calls :meth:`Correlator.tick` at or
after :meth:`Correlator.next_deadline`, and persists the :data:`Change` values
both return. Same inputs in the same order give the same incidents, so the
service rebuilds its state after a restart by replaying its log.

How an item is placed (vocabulary in :mod:`common.vocabulary`, numbers in
:mod:`ops_center.policies`, rules in ``docs/ops_center.md``):

1. A key seen before is a :class:`Duplicate`. An observed time after ``now``
   (a clock running ahead) is read as ``now``; one long before ``now`` (a slow
   clock, late news) counts as current when it arrived (see :func:`_gap`).
2. Continuity: a follow-up (``follows``) joins the incident of the report it
   follows; a device's later message (back online, restored, a fault) joins the
   incident its earlier messages are in.
3. The signal of the item (:func:`common.vocabulary.categorize`); none → :class:`LeftOut`
   with the vocabulary's reason. A device reporting its own failure next to, and
   within minutes of, another device's failure joins that failure's incident (one
   cause: a power cut).
4. Every open incident the signal can join is *scored* by how well it explains
   the item: distance in metres from the incident's area (a flood's area is the
   line along its evidence), time outside the incident's evidence span, type
   compatibility (the reach's weight) and the same device. An incident of the
   item's own type wins over one it only supports (for traffic, one holding the
   same kind of report first; a crash joins none begun well before it without a
   crash); the best score wins; an item
   of the own type that fits several floods merges them (recorded). A sighting of a
   subject that drives on (a wrong-way driver, a vehicle burning as it drives) also
   fits the incident of its latest sighting when the subject could have driven there
   since. A slow-down on a road that nothing near it explains fits the incidents on
   that road begun before it, up to a queue's length along the road.
5. Nothing fits: *strong* evidence opens an incident of its own type (a sensor
   alarm, an agency report that opens or confirms, a 119 dispatch, a citizen's
   call that its agency acts on at once: :data:`~ops_center.policies.ONE_CALL`, a
   camera's crash detection), with the waiting
   reports it confirms; other evidence waits (:class:`Pending`) until an incident that
   explains it appears, or two independent items of the same type close in
   space and time confirm each other and open one (a cluster of citizen calls,
   a camera confirmed by a report), or the wait ends and it is left out with
   :data:`~ops_center.policies.REASON_NO_ANCHOR`.

An incident goes ``quiet`` when ``now`` passes its evidence span plus its
window plus the lateness grace (and at least one grace period after its last
item arrived): it lives as long as its evidence keeps coming, and a
coordinator may close it at any time.
"""

from __future__ import annotations

import hashlib
import heapq
import itertools
import math
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace

import shapely

from common.vocabulary import EVIDENCE, Categorized, Role, Signal, categorize, own_type
from ops_center.errors import UnknownIncidentError
from ops_center.incidents import (
    CapSeverity,
    Incident,
    IncidentState,
    IncidentType,
    Item,
    ItemKind,
    JoinVia,
    Member,
    MergeRecord,
    ZoneRef,
    check_incident_transition,
)
from ops_center.policies import (
    AGENCY_FEEDS,
    BURNING_VEHICLE_KEYWORDS,
    CAMERA_OPENS,
    CAMERA_SURE,
    CLUSTER_MIN_SOURCES,
    DEFAULT_POLICIES,
    ENGINE_WORDS,
    HOLD_MAX_S,
    HOLD_S,
    JUNCTION_M,
    LASTING,
    LEAD_S,
    MAX_EXTENT_M,
    MIRROR_FEED,
    MOVING_CATEGORIES,
    MOVING_GAP_S,
    MOVING_KEYWORDS,
    MOVING_SPEED_MPS,
    NEEDS,
    ON_ROAD_M,
    ON_THE_JOB_M,
    ONE_CALL,
    ONE_CALL_UNLESS,
    ONSETS,
    OPEN_BURNING_KEYWORDS,
    OUTAGE_M,
    OUTAGE_S,
    PENDING_WAIT_S,
    PERMIT_EFFECTS,
    PERMIT_REACH_M,
    POWER_EVIDENCE,
    QUEUE_M,
    REACH,
    REASON_MIRROR,
    REASON_NO_ANCHOR,
    REASON_NO_TYPE,
    REASON_REGIONAL,
    REASON_TAKEN_BACK,
    REGIONAL,
    REOPEN_WORDS,
    ROAD_EXTENT_M,
    ROAD_REACH_M,
    SAME_SOURCE_S,
    SMOKE_SEEN_M,
    SMOKE_SIGHTINGS,
    STRONG_FEEDS,
    WATCH_SITES,
    Reach,
    TypePolicy,
)

ZoneLookup = Callable[[float, float], ZoneRef]
#: The roads passing within a distance of an EPSG:3826 point, each with the metres along
#: it of the point (geo's ``SpatialIndex.roads_at``): (x, y, within_m) -> ((road, along), ...).
RoadLookup = Callable[[float, float, float], tuple[tuple[str, float], ...]]

_CELL = 700.0  # grid cell (m); a query looks at the cells within its reach (most reaches fit in one)
#: Readings of (feed, category, text) remembered: sensors and repeated calls say the same
#: words; emptied when it holds this many (a bound on memory, not a tuned number).
_TEXTS_MAX = 20_000
_CITIZEN = "citizen"
_CCTV = "cctv"
#: Signals that describe a device's own state: they continue the incident the device is in.
_DEVICE_STATE = frozenset({Signal.ENDS, Signal.DEVICE_OFFLINE})
_LASTING_VALUES = frozenset(s.value for s in LASTING)
#: Each signal's value (an enum's ``.value`` is a descriptor call; this is a dict lookup).
_VALUE: dict[Signal, str] = {s: s.value for s in Signal}
_SIGNAL_OF: dict[str, Signal] = {s.value: s for s in Signal}
_ENDS = Signal.ENDS.value
_PLANNED_EVENT = Signal.PLANNED_EVENT.value
_OBSTRUCTION = Signal.OBSTRUCTION.value  # the signal of every sighting of a moving subject
#: A device reporting its own failure: a signal controller's fault, a device offline,
#: a fire panel on its battery.
_FAILURE_VALUES = frozenset({Signal.SIGNAL_FAULT.value, Signal.DEVICE_OFFLINE.value, Signal.POWER_LOSS.value})
_FAILURE_FEEDS = frozenset({"signal", "status", "alert", "rule", "fire_alarm"})
_SIGHTING_VALUES = frozenset(s.value for s in SMOKE_SIGHTINGS)
_SIGNAL_FAULT = Signal.SIGNAL_FAULT.value
#: Traffic jobs that are more than a dark signal: a crash, an obstruction on the road.
_ROAD_JOBS = frozenset({Signal.TRAFFIC_ACCIDENT.value, _OBSTRUCTION})
_PARKING = Signal.PARKING_EFFECT
_REOPENABLE = frozenset({IncidentState.OPEN, IncidentState.QUIET})
_FLOOD = IncidentType.FLOOD
_POWER = Signal.POWER_LOSS
#: Enum members the hot paths compare with (a module constant is a dict lookup; an enum
#: member read from its class is a descriptor call, ten times the cost).
_OPEN = IncidentState.OPEN
_FIRE = IncidentType.FIRE
_TRAFFIC = IncidentType.TRAFFIC
_OBSTRUCTION_SIG = Signal.OBSTRUCTION
_SLOWDOWN = Signal.TRAFFIC_SLOWDOWN
_ENDS_SIG = Signal.ENDS
_SMOKE = Signal.SMOKE
_CONTEXT = JoinVia.CONTEXT
_CHAIN = JoinVia.CHAIN
_PULLED = JoinVia.PULLED
_SEED = JoinVia.SEED
_ALERT = ItemKind.ALERT
_RANK: dict[CapSeverity, int] = {s: s.rank for s in CapSeverity}


@dataclass(frozen=True, slots=True)
class Opened:
    """A new incident was opened by the item ``item_key``."""

    incident_id: str
    type: IncidentType
    item_key: str


@dataclass(frozen=True, slots=True)
class Joined:
    """``item_key`` became a member of ``incident_id``."""

    incident_id: str
    item_key: str
    via: JoinVia


@dataclass(frozen=True, slots=True)
class Merged:
    """``absorbed`` was merged into ``survivor``; see the :class:`MergeRecord`."""

    record: MergeRecord


@dataclass(frozen=True, slots=True)
class Pending:
    """``item_key`` waits for an incident that explains it (deadline ``until``)."""

    item_key: str
    until: float


@dataclass(frozen=True, slots=True)
class LeftOut:
    """``item_key`` belongs to no incident, for ``reason``."""

    item_key: str
    reason: str


@dataclass(frozen=True, slots=True)
class Duplicate:
    """``item_key`` was offered before; ``incident_id`` holds it (None: pending or left out)."""

    item_key: str
    incident_id: str | None


@dataclass(frozen=True, slots=True)
class Quieted:
    """No more evidence can join ``incident_id`` by position and time."""

    incident_id: str


Change = Opened | Joined | Merged | Pending | LeftOut | Duplicate | Quieted

_NO_ZONE = ZoneRef(None, None)


def _no_zone(_x: float, _y: float) -> ZoneRef:
    return _NO_ZONE


def incident_id_for(seed_key: str) -> str:
    """The deterministic id of the incident opened by ``seed_key`` (stable across restarts)."""
    return "inc-" + hashlib.sha1(seed_key.encode(), usedforsecurity=False).hexdigest()[:16]


_Seg = tuple[float, float, float, float]


@dataclass(slots=True)
class _Inc:
    """Mutable working state of one incident (never leaves this module)."""

    incident_id: str
    type: IncidentType
    seq: int
    opened_at: float
    state: IncidentState = IncidentState.OPEN
    members: list[Member] = field(default_factory=list)
    # The area: segments (a point is a segment of length 0) and the grid cells holding them.
    segs: list[_Seg] = field(default_factory=list)
    cells: set[tuple[int, int]] = field(default_factory=set)
    precise: bool = False  # the area has a sensor or agency position
    sighted: bool = False  # people or cameras outside have reported its fire or smoke
    box: tuple[float, float, float, float] = (math.inf, math.inf, -math.inf, -math.inf)  # of its area
    fixed: bool = False  # the area is a permit's (a planned event): evidence does not extend it
    watch: bool = False  # a flood opened by the alarm of a site built to fill (WATCH_SITES)
    hull_pts: list[tuple[float, float]] = field(default_factory=list)
    roads: dict[str, tuple[float, float]] = field(default_factory=dict)  # road -> span along it (linear types)
    sx: float = 0.0
    sy: float = 0.0
    first_t: float = math.inf
    last_t: float = -math.inf
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
    updated_at: float = 0.0
    deadline: float = math.inf
    dseq: int = 0  # the order of ``deadline`` among the deadlines of the heap (see _reschedule)
    lazy: bool = True  # one heap entry at a time, moved on when it comes due (see _reschedule)


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


@dataclass(slots=True)
class _Fit:
    inc: _Inc
    reach: Reach
    fit: float
    distance: float
    dt: float


def _seg_dist(x: float, y: float, s: _Seg) -> float:
    x1, y1, x2, y2 = s
    dx, dy = x2 - x1, y2 - y1
    ll = dx * dx + dy * dy
    if ll == 0.0:
        return math.hypot(x - x1, y - y1)
    u = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / ll))
    return math.hypot(x - x1 - u * dx, y - y1 - u * dy)


def _hold_end(inc: _Inc) -> float:
    """Until when the lasting alerts of ``inc`` keep its evidence current."""
    return max(inc.holding.values()) + HOLD_MAX_S if inc.holding else -math.inf


def _gap(item: Item, inc: _Inc, policy: TypePolicy, arrived: float | None = None) -> float:
    """Seconds between ``item`` and the evidence span of ``inc`` (inf: before a sudden onset).

    While a lasting alert of the incident holds, its evidence is as recent as the item
    (``live_t`` is the later of the last evidence, the end of the holding alerts and the
    arrival of late evidence). An item stamped long before it ``arrived`` may carry a
    slow clock: before the incident it counts as observed as late as its arrival."""
    t = item.t
    if t >= inc.first_t:
        return t - inc.live_t if t > inc.live_t else 0.0
    lead = inc.first_t - (arrived if arrived is not None and arrived > t else t)
    if lead <= 0.0:
        return 0.0
    return math.inf if policy.sudden and lead > LEAD_S else lead


def _engines_kept_out(item: Item, signal: Signal, typ: IncidentType) -> bool:
    """Whether a parking report ``item`` may explain an incident of ``typ``: a fire only
    when its text says the engines are kept out (:data:`~ops_center.policies.ENGINE_WORDS`)."""
    if signal is not _PARKING or typ is not _FIRE:
        return True
    if not item.text:
        return False
    text = item.text.lower()
    return any(word in text for word in ENGINE_WORDS)


def _union(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> tuple[float, ...]:
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def _box_span(box: tuple[float, ...]) -> float:
    """Diagonal of a bounding box (0 when empty)."""
    if box[0] > box[2]:
        return 0.0
    return math.hypot(box[2] - box[0], box[3] - box[1])


def _span_with(box: tuple[float, float, float, float], x: float, y: float) -> float:
    """Diagonal of ``box`` grown to hold (x, y)."""
    bx0, by0, bx1, by1 = box
    w = (x if x > bx1 else bx1) - (x if x < bx0 else bx0)  # max(bx1, x) - min(bx0, x), without the calls
    h = (y if y > by1 else by1) - (y if y < by0 else by0)
    return math.hypot(w, h)


def _one_road(a: Mapping[str, tuple[float, float]], b: Mapping[str, tuple[float, float]]) -> bool:
    """Whether two spans along roads (road -> (from, to) metres) lie on one road within
    :data:`ROAD_EXTENT_M` of its length together: one flood following that road."""
    for road, (lo, hi) in b.items():
        have = a.get(road)
        if have is not None and max(hi, have[1]) - min(lo, have[0]) <= ROAD_EXTENT_M:
            return True
    return False


def _source_of(item: Item) -> str:
    return item.source_id or item.key


def _is_failure(item: Item, signal: str | None) -> bool:
    """Whether ``item`` is a device reporting its own failure (not a camera or a person
    reporting a dark signal)."""
    return bool(item.source_id) and signal in _FAILURE_VALUES and item.feed in _FAILURE_FEEDS


_NO_REACH = Reach(0.0, 0.0, False)


def _open_burning(item: Item, signal: Signal) -> bool:
    """Whether ``item`` is a caller saying someone burns something beside them (joss
    paper, rubbish, a barbecue): smoke at the caller's place, not a fire seen from afar."""
    if signal not in SMOKE_SIGHTINGS or item.agency != _CITIZEN or not item.text:
        return False
    text = item.text.lower()
    return any(word in text for word in OPEN_BURNING_KEYWORDS)


def _beyond_junction(inc: _Inc, signal: Signal, distance: float) -> bool:
    """Whether an obstruction ``distance`` metres from ``inc`` lies beyond the junction of
    a dark signal's job (an incident that holds signal faults and no crash or obstruction)."""
    return (
        distance > JUNCTION_M
        and signal is _OBSTRUCTION_SIG
        and inc.type is _TRAFFIC
        and _SIGNAL_FAULT in inc.signals
        and inc.signals.isdisjoint(_ROAD_JOBS)
    )


def _new_onset(inc: _Inc, item: Item, signal: Signal) -> bool:
    """Whether ``item`` is a sudden onset (a crash) that ``inc``, of its own type but
    holding no such onset and begun more than :data:`LEAD_S` before it, did not contain:
    a crash at a signal dark for a quarter of an hour is a new job."""
    return (
        signal in ONSETS
        and _VALUE[signal] not in inc.signals
        and item.t - inc.first_t > LEAD_S
        and own_type(signal) is inc.type
    )


class Correlator:
    """Groups items into incidents. See the module docstring.

    ``zone_of`` maps an EPSG:3826 point to its zone and sub-area (geo's index);
    ``roads_at`` gives the roads an EPSG:3826 point lies on (geo's index; without
    it a flood's area is only the line through its evidence);
    ``retention_s`` is how long (in ``now`` time) keys and quiet incidents are
    remembered for de-duplication and snapshots.
    """

    def __init__(
        self,
        policies: Mapping[IncidentType, TypePolicy] = DEFAULT_POLICIES,
        *,
        zone_of: ZoneLookup = _no_zone,
        roads_at: RoadLookup | None = None,
        retention_s: float = 6 * 3600.0,
    ) -> None:
        self._policies = dict(policies)
        self._zone_of = zone_of
        self._roads_at = roads_at
        self._road_memo: dict[tuple[float, float], tuple[tuple[str, float], ...]] = {}
        # road -> open incidents of linear types whose evidence lies on it
        self._on_road: dict[str, dict[str, _Inc]] = {}
        # signals that extend an incident of a linear type (a flood follows its road)
        # signals whose agency reports follow up a job (not a sudden onset: a new crash)
        self._job_values = frozenset(_VALUE[s] for s in Signal if own_type(s) is not None and s not in ONSETS)
        self._road_signals = frozenset(
            sig for (sig, t), r in REACH.items() if r.extends and t in self._policies and self._policies[t].linear
        )
        self._retention_s = retention_s
        # cell -> incident -> its piece of area in the cell
        self._grid: dict[tuple[int, int], dict[str, _Piece]] = {}
        self._cats: dict[tuple[str, str], Categorized] = {}
        # (feed, category) -> whether its items' text is read; (feed, category, text) -> the reading
        self._reads_text: dict[tuple[str, str], bool] = {}
        self._texts: dict[tuple[str, str, str], Categorized] = {}
        # signal -> (type, reach) it can join, and the largest radius (cells to look at)
        self._joins: dict[Signal, list[tuple[IncidentType, Reach]]] = {
            sig: [(t, REACH[(sig, t)]) for t in roles if t in self._policies] for sig, roles in EVIDENCE.items()
        }
        self._rmax: dict[Signal, float] = {
            sig: max((r.radius_m for _, r in js), default=0.0) for sig, js in self._joins.items()
        }
        # signal -> type -> (reach, window, sudden, radius at another site of a precise incident)
        self._fit_params: dict[Signal, dict[IncidentType, tuple[Reach, float, bool, float | None]]] = {
            sig: {
                t: (
                    r,
                    self._policies[t].window_s,
                    self._policies[t].sudden,
                    min(r.radius_m, site_m) if (site_m := self._policies[t].site_m) is not None and r.extends else None,
                )
                for t, r in js
            }
            for sig, js in self._joins.items()
        }
        # a parking report that does not say the engines are kept out fits no fire
        self._parking_params = {t: p for t, p in self._fit_params[_PARKING].items() if t is not _FIRE}
        self._own: dict[Signal, IncidentType | None] = {sig: own_type(sig) for sig in Signal}
        # signal -> type -> what an incident of that type must hold before the signal joins it
        self._needs: dict[Signal, dict[IncidentType, frozenset[str]]] = {}
        for (sig, typ), needed in NEEDS.items():
            self._needs.setdefault(sig, {})[typ] = frozenset(_VALUE[n] for n in needed)
        # type -> signal -> the reach of that signal to the type
        self._reach_to: dict[IncidentType, dict[Signal, Reach]] = {t: {} for t in IncidentType}
        for (sig, typ), reach in REACH.items():
            self._reach_to[typ][sig] = reach
        self._type_rmax: dict[IncidentType, float] = {
            t: max(r.radius_m for (_, tt), r in REACH.items() if tt is t) for t in self._policies
        }
        self._pending_grid: dict[tuple[int, int], dict[str, _Wait]] = {}
        # road -> waiting items of the signals that extend a flood, lying on it
        self._pending_on_road: dict[str, dict[str, _Wait]] = {}
        # cell -> recent device failures placed in incidents: (observed t, x, y, device, incident, now)
        self._failures: dict[tuple[int, int], list[tuple[float, float, float, str, str, float]]] = {}
        # (cell, feed, signal) -> agency reports placed in incidents: (observed t, x, y, incident)
        self._on_the_job: dict[tuple[int, int, str, str], list[tuple[float, float, float, str]]] = {}
        self._permits: dict[str, _Inc] = {}  # open planned events
        # incident -> (observed t, x, y) of its latest sighting of a moving subject
        self._tracks: dict[str, tuple[float, float, float]] = {}
        self._pending: dict[str, _Wait] = {}
        self._incidents: dict[str, _Inc] = {}
        # incidents forgotten since release_forgotten(): a caller that stores a batch's changes
        # after feeding it can still snapshot one opened and forgotten within the batch
        # (their working state, frozen into a snapshot only when asked for)
        self._forgotten: dict[str, _Inc] = {}
        self._by_source: dict[str, str] = {}
        self._late: dict[str, float] = {}  # key -> arrival of an item stamped long before it (see _gap)
        self._seen: dict[str, str | None] = {}
        self._left_out: dict[str, str] = {}
        self._heap: list[tuple[float, int, str, str]] = []
        self._counter = itertools.count()
        # types no lasting alert can hold: their deadlines only ever move later
        self._lazy_types = frozenset(self._policies) - {t for (sig, t) in REACH if sig in LASTING}

    # ----------------------------------------------------------------- API
    def feed(self, item: Item, now: float) -> list[Change]:
        """Offer one item at time ``now``; returns what changed (expiries first)."""
        changes = self.tick(now) if self._heap and self._heap[0][0] <= now else []
        if item.key in self._seen:
            changes.append(Duplicate(item.key, self._resolve(self._seen[item.key])))
            return changes
        if item.t > now and item.ends_t is None:
            item = replace(item, t=now)  # a source clock ahead of ours: the arrival bounds it
        elif now - item.t > LEAD_S:
            self._late[item.key] = now  # stamped long before it came: a slow clock, or news only now
        if item.feed == MIRROR_FEED:
            self._leave_out(item.key, REASON_MIRROR, now, changes)
            return changes
        signal, reason = self._signal(item)
        target = self._continuity(item, signal)
        if target is not None and self._taken_back(target, item, signal):
            # a lone device alarm its device takes back within minutes: a test or a flap
            self._leave_out(item.key, REASON_TAKEN_BACK, now, changes)
            if target.state is _OPEN:
                self._quiet(target, now)
                changes.append(Quieted(target.incident_id))
            return changes
        if target is not None:
            self._join_continuing(target, item, signal, now, changes)
            if item.follows is not None and signal is not None:
                self._bridge(target, item, signal, now, changes)
            return changes
        if signal is None:
            self._leave_out(item.key, reason, now, changes)
            return changes
        if not self._joins[signal]:
            reason = REASON_REGIONAL if signal in REGIONAL else REASON_NO_TYPE
            self._leave_out(item.key, reason if signal is not _ENDS_SIG else REASON_NO_ANCHOR, now, changes)
            return changes
        own = self._own[signal]
        value = _VALUE[signal]
        if _is_failure(item, value):
            shared = self._common_cause(item, now)
            if shared is not None:
                fit = self._fit_one(shared, item, signal)
                if fit is None:
                    d = min((_seg_dist(item.x, item.y, sg) for sg in shared.segs), default=0.0)
                    fit = _Fit(shared, REACH.get((signal, shared.type), _NO_REACH), 0.0, d, 0.0)
                self._join(fit, item, signal, _CONTEXT, now, changes)
                return changes
        fits = self._fits(item, signal)
        if signal in PERMIT_EFFECTS and self._permits:
            fits.extend(self._permit_fits(item, signal, {f.inc.incident_id for f in fits}))
        if signal is _OBSTRUCTION_SIG and self._tracks and self._moving(item):
            fits = self._track_fits(item, signal, fits)
        elif signal in SMOKE_SIGHTINGS and self._tracks:
            fits = self._track_fits(item, signal, fits, _FIRE)  # a burning vehicle drove on
        if self._on_road and signal in self._road_signals:
            fits = self._road_fits(item, signal, fits)
        if not fits and signal is _SLOWDOWN and item.source_id and self._roads_at is not None:
            # nothing at the detector explains it: a blockage down its road may
            on = self._along(item.x, item.y)
            if on:
                fits = self._queue_fits(item, signal, on)
        burning = signal in SMOKE_SIGHTINGS and _open_burning(item, signal)
        if burning:
            # the caller names a source beside them: a fire explains it only at its scene
            fits = [f for f in fits if f.distance <= 0.5 * f.reach.radius_m]
        same = [f for f in fits if f.inc.type is own]
        if same and signal in SMOKE_SIGHTINGS and item.agency == _CITIZEN and not burning:
            same = self._sighted_first(item, same)
        if same:
            # where the type covers several kinds of job, a report joins the job of its kind
            best = (
                same[0]
                if len(same) == 1
                else max(
                    same,
                    key=lambda f: (self._policies[f.inc.type].kinds and value in f.inc.signals, f.fit, -f.inc.seq),
                )
            )
            self._join(best, item, signal, _CHAIN, now, changes)
            if len(same) > 1 and self._policies[best.inc.type].linear and best.reach.extends:
                for other in sorted((f.inc for f in same if f.inc is not best.inc), key=lambda i: i.seq):
                    survivor, absorbed = (best.inc, other) if best.inc.seq < other.seq else (other, best.inc)
                    if _box_span(_union(survivor.box, absorbed.box)) > MAX_EXTENT_M and not _one_road(
                        survivor.roads, absorbed.roads
                    ):
                        continue  # two floods this far apart stay two incidents, unless along one road
                    if absorbed.state is _OPEN and survivor.state is _OPEN:
                        changes.append(self._merge(absorbed, survivor, item.key, now))
                        best = replace(best, inc=survivor)
            if best.inc.segs and best.inc.members[-1].anchor:
                self._pull(best.inc, now, changes)
            return changes
        if own is not None and item.feed in AGENCY_FEEDS and signal not in ONSETS:
            job = self._job_of(item, value, own)
            if job is not None:
                # the agency reports on the job it works, however long the work took
                self._join_continuing(job, item, signal, now, changes)
                return changes
        if own is not None and signal not in _DEVICE_STATE:
            # evidence of its own kind of hazard joins another kind only at its scene, and
            # never a planned event: an event explains its audience, not emergencies
            fits = [f for f in fits if f.distance <= 0.5 * f.reach.radius_m and not f.inc.fixed]
        if fits:
            best = max(fits, key=lambda f: (f.fit, -f.inc.seq))
            self._join(best, item, signal, _CONTEXT, now, changes)
            return changes
        if signal in SMOKE_SIGHTINGS and item.agency == _CITIZEN and not burning:
            seen = self._smoke_seen(item)
            if seen is not None:
                self._join(seen, item, signal, _CONTEXT, now, changes)
                return changes
        if item.text and item.feed in AGENCY_FEEDS and any(word in item.text for word in REOPEN_WORDS):
            ended = self._reopened(item, signal)
            if ended is not None:
                self._join(ended, item, signal, _CONTEXT, now, changes)
                return changes
        if own is not None and self._strong(item, signal, own):
            # it opens by itself; the waiting reports it confirms open with it (the earliest seeds)
            alone = _Wait(item, signal, own, (0, 0), now)
            if not self._try_cluster(item, signal, now, changes, alone=alone):
                self._open(own, [(item, signal)], now, changes)
            return changes
        self._wait(item, signal, own, now, changes)
        self._try_cluster(item, signal, now, changes)
        return changes

    def tick(self, now: float) -> list[Change]:
        """Apply every deadline at or before ``now`` (quiet incidents, expire waiting items)."""
        changes: list[Change] = []
        heap = self._heap
        while heap and heap[0][0] <= now:
            deadline, _, kind, ident = heapq.heappop(heap)
            if kind == "incident":
                inc = self._incidents.get(ident)
                if inc is not None and inc.state is _OPEN:
                    if inc.deadline == deadline:
                        self._quiet(inc, now)
                        changes.append(Quieted(ident))
                    elif inc.lazy and deadline < inc.deadline:
                        # its deadline moved on since this entry: the entry moves with it
                        heapq.heappush(heap, (inc.deadline, inc.dseq, kind, ident))
            elif kind == "pending":
                wait = self._pending.get(ident)
                if wait is not None and wait.deadline == deadline:
                    self._drop_pending(wait)
                    self._leave_out(ident, REASON_NO_ANCHOR, now, changes)
            elif kind == "forget_incident":
                self._forget_incident(ident)
            elif self._seen.get(ident, "") is None and ident not in self._pending:
                del self._seen[ident]
                self._late.pop(ident, None)
                self._left_out.pop(ident, None)
        return changes

    def next_deadline(self) -> float | None:
        """The earliest time at which :meth:`tick` has something to do, if any."""
        return self._heap[0][0] if self._heap else None

    def snapshot(self, incident_id: str) -> Incident:
        """A frozen view of one incident (a merged one keeps ``merged_into``), also of one
        forgotten since the last :meth:`release_forgotten`."""
        inc = self._incidents.get(incident_id)
        if inc is None:
            inc = self._forgotten.get(incident_id)
            if inc is None:
                raise UnknownIncidentError(incident_id)
        n = len(inc.members)
        cx, cy = (inc.sx / n, inc.sy / n) if n else (0.0, 0.0)
        if inc.state is IncidentState.MERGED or n == 0:
            hull: tuple[tuple[float, float], ...] = ()
        else:
            geom = shapely.convex_hull(shapely.multipoints(inc.hull_pts))
            hull = tuple((float(x), float(y)) for x, y in shapely.get_coordinates(geom))
            inc.hull_pts = list(dict.fromkeys(hull))
        return Incident(
            incident_id=inc.incident_id,
            type=inc.type,
            state=inc.state,
            members=tuple(inc.members),
            severity=inc.severity,
            agencies=frozenset(inc.agencies),
            first_evidence_t=inc.first_t,
            last_evidence_t=inc.last_t,
            opened_at=inc.opened_at,
            updated_at=inc.updated_at,
            centroid=(cx, cy),
            hull=hull,
            zone=self._zone_of(cx, cy),
            merges=tuple(inc.merges),
            merged_into=inc.merged_into,
        )

    def incident_ids(self, *, state: IncidentState | None = None) -> list[str]:
        """Ids of the incidents held, optionally only those in ``state``, oldest first."""
        incs = sorted(self._incidents.values(), key=lambda i: i.seq)
        return [i.incident_id for i in incs if state is None or i.state is state]

    def where(self, item_key: str) -> str | None:
        """The incident holding ``item_key`` now (after merges), or None."""
        return self._resolve(self._seen.get(item_key))

    def left_out(self) -> dict[str, str]:
        """Item keys left out (still remembered) and their reasons."""
        return dict(self._left_out)

    def pending_keys(self) -> list[str]:
        """Keys of items still waiting for an incident."""
        return list(self._pending)

    def open_window_size(self) -> int:
        """Number of items in open incidents plus waiting ones (the "open window")."""
        n = sum(len(i.members) for i in self._incidents.values() if i.state is _OPEN)
        return n + len(self._pending)

    def close(self, incident_id: str, now: float) -> None:
        """A coordinator closed the incident: it accepts no more evidence."""
        inc = self._incidents.get(incident_id)
        if inc is None:
            raise UnknownIncidentError(incident_id)
        was_open = inc.state is _OPEN
        inc.state = check_incident_transition(incident_id, inc.state, IncidentState.CLOSED)
        inc.updated_at = now
        if was_open:
            self._unindex(inc)
        self._push(now + self._retention_s, "forget_incident", incident_id)

    # ------------------------------------------------------- classification
    def _signal(self, item: Item) -> tuple[Signal | None, str]:
        ck = (item.feed, item.category)
        got = self._cats.get(ck)
        if got is None:
            got = self._table(ck)
        if item.text and self._reads_text[ck]:
            # the text reader reads each text (an empty one reads as the category alone)
            tk = (item.feed, item.category, item.text)
            read = self._texts.get(tk)
            if read is None:
                if len(self._texts) >= _TEXTS_MAX:
                    self._texts.clear()
                read = self._texts[tk] = categorize(item.feed, item.category, item.text)
            got = read
        return got.signal, got.reason

    def _table(self, ck: tuple[str, str]) -> Categorized:
        """What the vocabulary's table says of a (feed, category), and whether its items'
        text is read too (remembered: the pairs are few)."""
        got = self._cats[ck] = categorize(*ck)
        self._reads_text[ck] = got.rule != "table" or (
            got.category is not None and bool(got.category.generic or got.category.words)
        )
        return got

    def _strong(self, item: Item, signal: Signal, own: IncidentType) -> bool:
        """Whether ``item`` opens an incident of type ``own`` by itself (else it needs
        confirmation by an independent item)."""
        if item.feed in STRONG_FEEDS or item.feed in AGENCY_FEEDS:
            return True  # an agency's report is its own word
        if item.agency == _CITIZEN and signal in ONE_CALL:
            # the agency answering such a call acts on one call
            text = item.text.lower()
            if any(w in text for w in ONE_CALL_UNLESS.get(signal, ())):
                return False
            words = ONE_CALL[signal]
            return words is None or any(w in text for w in words)
        if item.feed == _CCTV:  # the operator sees a crash on the image, unless the analytics doubts it
            return signal in CAMERA_OPENS and (item.confidence is None or item.confidence >= CAMERA_SURE)
        if item.agency == _CITIZEN:
            return False  # citizens are confirmed by a second, independent source
        if item.severity.rank >= CapSeverity.SEVERE.rank:
            return True
        return EVIDENCE[signal][own] is Role.OPENS

    # -------------------------------------------------------------- scoring
    def _fits(self, item: Item, signal: Signal) -> list[_Fit]:
        """Every open incident that can explain ``item``, with its score.

        Looks only at the grid cells within the signal's largest reach of the item;
        an incident the type or the time rules out is never measured."""
        params = self._fit_params[signal]
        if signal is _PARKING and not _engines_kept_out(item, signal, _FIRE):
            params = self._parking_params
        if not params:
            return []
        rmax = self._rmax[signal]
        x, y, t = item.x, item.y, item.t
        grid = self._grid
        citizen = item.agency == _CITIZEN
        watch = item.site in WATCH_SITES
        arrived = self._late.get(item.key)
        # incident -> (incident, reach, radius, gap, window, distance); None: ruled out by type or time
        found: dict[str, tuple[_Inc, Reach, float, float, float, float] | None] = {}
        gx0, gx1 = math.floor((x - rmax) / _CELL), math.floor((x + rmax) / _CELL)
        gy0, gy1 = math.floor((y - rmax) / _CELL), math.floor((y + rmax) / _CELL)
        for gx in range(gx0, gx1 + 1):
            for gy in range(gy0, gy1 + 1):
                entries = grid.get((gx, gy))
                if not entries:
                    continue
                for inc_id, piece in entries.items():
                    if inc_id in found:
                        got = found[inc_id]
                        if got is None:
                            continue
                        inc, r, radius, dt, window, d = got
                    else:
                        inc = piece.inc
                        param = params.get(inc.type)
                        if param is None or (inc.watch is not watch and inc.type is _FLOOD):
                            found[inc_id] = None
                            continue
                        r, window, sudden, site_radius = param
                        if t >= inc.first_t:
                            dt = t - inc.live_t if t > inc.live_t else 0.0
                        else:
                            dt = inc.first_t - (t if arrived is None else arrived)
                            if dt < 0.0:
                                dt = 0.0
                            elif sudden and dt > LEAD_S:
                                dt = math.inf
                        if dt > window:
                            found[inc_id] = None
                            continue
                        # within site_radius of a precise incident: another site of the same kind of hazard
                        radius = site_radius if site_radius is not None and inc.precise and not citizen else r.radius_m
                        d = math.inf
                    bx0, by0, bx1, by1 = piece.box
                    ex = bx0 - x if x < bx0 else (x - bx1 if x > bx1 else 0.0)
                    ey = by0 - y if y < by0 else (y - by1 if y > by1 else 0.0)
                    e2 = ex * ex + ey * ey
                    if e2 > radius * radius or e2 >= d * d:
                        if d == math.inf:
                            found[inc_id] = (inc, r, radius, dt, window, d)
                        continue
                    d2 = d * d  # squared distances below: one square root per incident and cell
                    for x1, y1, x2, y2 in piece.segs:
                        px, py = x - x1, y - y1
                        sx, sy = x2 - x1, y2 - y1
                        if sx or sy:
                            u = (px * sx + py * sy) / (sx * sx + sy * sy)
                            if u > 1.0:
                                px, py = x - x2, y - y2
                            elif u > 0.0:
                                px, py = px - u * sx, py - u * sy
                        e2 = px * px + py * py
                        if e2 < d2:  # noqa: PLR1730 - cheaper than min() in the hot loop
                            d2 = e2
                    found[inc_id] = (inc, r, radius, dt, window, math.sqrt(d2))
        out: list[_Fit] = []
        onset = signal in ONSETS
        junction = signal is _OBSTRUCTION_SIG  # a stalled vehicle or a load: a dark signal's junction bounds it
        needs = self._needs.get(signal)
        for got in found.values():
            if got is None:
                continue
            inc, r, radius, dt, window, d = got
            if d > radius:
                continue
            if onset and _new_onset(inc, item, signal):
                continue
            if junction and d > JUNCTION_M and _beyond_junction(inc, signal, d):
                continue
            if needs is not None and (need := needs.get(inc.type)) is not None and need.isdisjoint(inc.signals):
                continue
            fit = r.weight * (1.0 - 0.5 * d / radius) * (1.0 - 0.5 * dt / window)
            out.append(_Fit(inc, r, fit, d, dt))
        return out

    def _permit_fits(self, item: Item, signal: Signal, have: set[str]) -> list[_Fit]:
        """Open planned events (permits) that explain ``item`` as an expected effect of
        their audience: within :data:`PERMIT_REACH_M` of the permit's area while it runs
        (their window after its end). Few permits are open at once: each is looked at."""
        out: list[_Fit] = []
        for inc_id, inc in list(self._permits.items()):
            if inc.state is not _OPEN:
                del self._permits[inc_id]
                continue
            r = REACH.get((signal, inc.type))
            if inc_id in have or r is None:
                continue
            policy = self._policies[inc.type]
            dt = _gap(item, inc, policy, self._late.get(item.key))
            d = min((_seg_dist(item.x, item.y, sg) for sg in inc.segs), default=math.inf)
            if dt > policy.window_s or d > PERMIT_REACH_M:
                continue
            fit = r.weight * (1.0 - 0.5 * d / PERMIT_REACH_M) * (1.0 - 0.5 * dt / policy.window_s)
            out.append(_Fit(inc, r, fit, d, dt))
        return out

    def _moving(self, item: Item) -> bool:
        """Whether ``item`` is a sighting of a subject that drives on (a wrong-way driver)."""
        ck = (item.feed, item.category)
        got = self._cats.get(ck)
        if got is None:
            got = self._table(ck)
        if got.category is not None and got.category.code in MOVING_CATEGORIES:
            return True
        if got.category is not None and not got.category.generic:
            return False
        text = f"{item.category} {item.text}".lower()
        return any(word in text for word in MOVING_KEYWORDS)

    def _track_fits(self, item: Item, signal: Signal, fits: list[_Fit], typ: IncidentType | None = None) -> list[_Fit]:
        """``fits`` with the incidents (of ``typ``, if given) whose latest sighting of a
        moving subject the subject could have driven from to ``item`` (see
        :data:`MOVING_CATEGORIES`, :data:`BURNING_VEHICLE_KEYWORDS`): such an incident
        explains the sighting as well as one at its scene."""
        out = {f.inc.incident_id: f for f in fits}
        for inc_id, (t0, x0, y0) in list(self._tracks.items()):
            inc = self._incidents.get(inc_id)
            if inc is None or inc.state is not _OPEN:
                del self._tracks[inc_id]
                continue
            if typ is not None and inc.type is not typ:
                continue
            r = REACH.get((signal, inc.type))
            dt = abs(item.t - t0)
            if r is None or dt > MOVING_GAP_S:
                continue
            d = math.hypot(item.x - x0, item.y - y0)
            if d > r.radius_m + MOVING_SPEED_MPS * dt:
                continue
            window = self._policies[inc.type].window_s
            fit = _Fit(inc, r, r.weight * (1.0 - 0.5 * dt / window), d, dt)
            have = out.get(inc_id)
            if have is None or have.fit < fit.fit:
                out[inc_id] = fit
        return list(out.values())

    @staticmethod
    def _drives_on(item: Item) -> bool:
        """Whether a report of fire or smoke says the burning vehicle drives on."""
        if not item.text:
            return False
        text = item.text.lower()
        return any(word in text for word in BURNING_VEHICLE_KEYWORDS)

    def _along(self, x: float, y: float) -> tuple[tuple[str, float], ...]:
        """The roads (x, y) lies on and where along each (remembered: sensors repeat)."""
        got = self._road_memo.get((x, y))
        if got is None:
            if len(self._road_memo) > 100_000:
                self._road_memo.clear()
            got = self._road_memo[(x, y)] = self._roads_at(x, y, ON_ROAD_M) if self._roads_at is not None else ()
        return got

    def _road_fits(self, item: Item, signal: Signal, fits: list[_Fit]) -> list[_Fit]:
        """``fits`` with the incidents of linear types (floods) whose evidence lies on a
        road ``item`` lies on, within :data:`ROAD_REACH_M` along that road: water runs
        along its street, so the street explains it farther than the blocks beside it.
        The distance is measured along the road from the incident's span on it."""
        params = self._fit_params[signal]
        out = {f.inc.incident_id: f for f in fits}
        watch = item.site in WATCH_SITES
        arrived = self._late.get(item.key)
        for road, a in self._along(item.x, item.y):
            for inc_id, inc in self._on_road.get(road, {}).items():
                param = params.get(inc.type)
                if param is None or inc.watch is not watch:
                    continue
                lo, hi = inc.roads[road]
                d = lo - a if a < lo else (a - hi if a > hi else 0.0)
                if d > ROAD_REACH_M or inc.state is not _OPEN:
                    continue
                r, window = param[0], param[1]
                dt = _gap(item, inc, self._policies[inc.type], arrived)
                if dt > window:
                    continue
                fit = r.weight * (1.0 - 0.5 * d / ROAD_REACH_M) * (1.0 - 0.5 * dt / window)
                have = out.get(inc_id)
                if have is None or have.fit < fit:
                    out[inc_id] = _Fit(inc, r, fit, d, dt)
        return list(out.values())

    def _queue_fits(self, item: Item, signal: Signal, on: tuple[tuple[str, float], ...]) -> list[_Fit]:
        """The open incidents on a road a slow-down ``item`` lies on (``on``: each road and
        where along it) whose queue can reach it (:data:`~ops_center.policies.QUEUE_M`
        along that road), each begun before the slow-down. Scored by the distance along
        the road and the time alone, not the type: a queue backs up from the nearest
        blockage, whatever blocks the road."""
        out: list[_Fit] = []
        params = self._fit_params[signal]
        t, r = item.t, QUEUE_M
        at = dict(on)
        arrived = self._late.get(item.key)
        for inc in self._near(item.x, item.y, r):
            param = params.get(inc.type)
            if param is None or t < inc.first_t:
                continue  # a slow-down already there when the incident began is not its queue
            if inc.watch or (inc.type is _FIRE and not inc.sighted and _ENDS in inc.signals):
                continue  # a pond filling, or an alarm its panel took back that nobody saw burn, closes no road
            reach, window = param[0], param[1]
            dt = _gap(item, inc, self._policies[inc.type], arrived)
            if dt > window:
                continue
            along = math.inf
            for x1, y1, x2, y2 in inc.segs:
                for px, py in ((x1, y1), (x2, y2)):
                    for road, b in self._along(px, py):
                        a = at.get(road)
                        if a is not None and abs(b - a) < along:
                            along = abs(b - a)
            if along > r:
                continue
            fit = (1.0 - 0.5 * along / r) * (1.0 - 0.5 * dt / window)
            out.append(_Fit(inc, reach, fit, along, dt))
        return out

    def _reopened(self, item: Item, signal: Signal) -> _Fit | None:
        """The incident, open or quiet, whose scene an agency's report of the road reopened
        (:data:`~ops_center.policies.REOPEN_WORDS`) lies at, within the signal's reach and
        :data:`~ops_center.policies.SAME_SOURCE_S` of its last evidence (the nearest): the
        report ends that job, however long the job took."""
        params = self._fit_params[signal]
        best: _Fit | None = None
        for inc in self._incidents.values():
            param = params.get(inc.type)
            if param is None or inc.state not in _REOPENABLE or not inc.segs:
                continue
            if item.t < inc.first_t or item.t - inc.last_t > SAME_SOURCE_S:
                continue
            d = min(_seg_dist(item.x, item.y, sg) for sg in inc.segs)
            if d <= param[0].radius_m and (best is None or d < best.distance):
                best = _Fit(inc, param[0], 0.0, d, max(0.0, item.t - inc.live_t))
        return best

    def _cells(self, x: float, y: float, r: float) -> Iterator[dict[str, _Piece]]:
        """The pieces of area in each non-empty grid cell within ``r`` of (x, y)."""
        grid = self._grid
        for gx in range(math.floor((x - r) / _CELL), math.floor((x + r) / _CELL) + 1):
            for gy in range(math.floor((y - r) / _CELL), math.floor((y + r) / _CELL) + 1):
                entries = grid.get((gx, gy))
                if entries:
                    yield entries

    def _near(self, x: float, y: float, r: float) -> Iterator[_Inc]:
        """Each incident with a piece of its area in the grid cells within ``r`` of (x, y), once."""
        seen: set[str] = set()
        for entries in self._cells(x, y, r):
            for inc_id, piece in entries.items():
                if inc_id not in seen:
                    seen.add(inc_id)
                    yield piece.inc

    def _job_of(self, item: Item, value: str, own: IncidentType) -> _Inc | None:
        """The incident of type ``own`` (open or quiet) holding an earlier report of the
        same agency feed and signal within :data:`ON_THE_JOB_M` of ``item`` and at most
        :data:`SAME_SOURCE_S` before it (the latest such): the job the agency reports on."""
        x, y, t = item.x, item.y, item.t
        r = ON_THE_JOB_M
        best: tuple[float, _Inc] | None = None
        for gx in range(math.floor((x - r) / _CELL), math.floor((x + r) / _CELL) + 1):
            for gy in range(math.floor((y - r) / _CELL), math.floor((y + r) / _CELL) + 1):
                entries = self._on_the_job.get((gx, gy, item.feed, value))
                if not entries:
                    continue
                for et, ex, ey, inc_id in entries:
                    if et > t or t - et > SAME_SOURCE_S or math.hypot(ex - x, ey - y) > r:
                        continue
                    resolved = self._resolve(inc_id)
                    inc = self._incidents.get(resolved) if resolved is not None else None
                    if inc is None or inc.type is not own or inc.state not in {IncidentState.OPEN, IncidentState.QUIET}:
                        continue
                    if best is None or et > best[0]:
                        best = (et, inc)
        return best[1] if best is not None else None

    def _smoke_sources(self, x: float, y: float, r: float) -> Iterator[_Inc]:
        """The open incidents placed by a sensor or an agency that hold a fire or a sighting
        of one, with a piece of area in the cells within ``r`` of (x, y), once: what a
        caller may see smoke of from afar. Not :meth:`_near` and a filter: the cells within
        sight hold some twenty incidents, few of them fires, and most are passed by here."""
        seen: set[str] = set()
        for entries in self._cells(x, y, r):
            for inc_id, piece in entries.items():
                inc = piece.inc
                if not inc.precise or inc_id in seen:
                    continue
                if inc.type is not _FIRE and inc.signals.isdisjoint(_SIGHTING_VALUES):
                    continue
                seen.add(inc_id)
                if inc.state is _OPEN:
                    yield inc

    def _common_cause(self, item: Item, now: float) -> _Inc | None:
        """The open incident holding another device's failure within :data:`OUTAGE_S`
        and :data:`OUTAGE_M` of this one (the nearest): devices that fail together
        share one cause (a power cut, a cut cable), whatever their usual reach."""
        x, y, t = item.x, item.y, item.t
        best: tuple[float, _Inc] | None = None
        r = OUTAGE_M
        for gx in range(math.floor((x - r) / _CELL), math.floor((x + r) / _CELL) + 1):
            for gy in range(math.floor((y - r) / _CELL), math.floor((y + r) / _CELL) + 1):
                entries = self._failures.get((gx, gy))
                if not entries:
                    continue
                entries[:] = [e for e in entries if now - e[5] <= 2 * OUTAGE_S + LEAD_S]  # forget old ones
                if not entries:
                    del self._failures[(gx, gy)]
                    continue
                for ft, fx, fy, src, inc_id, _ in entries:
                    d = math.hypot(fx - x, fy - y)
                    if src == item.source_id or abs(ft - t) > OUTAGE_S or d > r:
                        continue
                    resolved = self._resolve(inc_id)
                    inc = self._incidents.get(resolved) if resolved is not None else None
                    if inc is not None and inc.state is _OPEN and (best is None or d < best[0]):
                        best = (d, inc)
        return best[1] if best is not None else None

    def _sighted_first(self, item: Item, same: list[_Fit]) -> list[_Fit]:
        """Of the fires that explain a citizen's sighting of fire or smoke, those others
        have seen burning, or at whose scene (half the reach) the caller stands. A fire
        nobody has seen from outside (a panel alarm the drifting smoke set off) explains
        no sighting beyond its scene while a fire that others see burns within
        :data:`SMOKE_SEEN_M`; with no such fire the sighting is placed as usual."""
        keep = [f for f in same if f.inc.sighted or f.distance <= 0.5 * f.reach.radius_m]
        if keep:
            return keep
        seen = self._smoke_seen(item, sighted_only=True)
        return [seen] if seen is not None else same

    def _smoke_seen(self, item: Item, *, sighted_only: bool = False) -> _Fit | None:
        """The nearest open fire placed by a sensor or an agency within :data:`SMOKE_SEEN_M`
        of a citizen's report of fire or smoke and within the fire's window: the smoke
        the caller sees from afar (see :data:`SMOKE_SIGHTINGS`). A fire others have seen
        burning comes before one nobody has (``sighted_only``: only such a fire)."""
        x, y, r = item.x, item.y, SMOKE_SEEN_M
        policy = self._policies[_FIRE]
        reach = REACH[(_SMOKE, _FIRE)]
        best: _Fit | None = None
        unseen: _Fit | None = None
        for inc in self._smoke_sources(x, y, r):
            bx0, by0, bx1, by1 = inc.box
            ex = max(bx0 - x, x - bx1, 0.0)
            ey = max(by0 - y, y - by1, 0.0)
            if ex * ex + ey * ey > r * r:
                continue  # its whole area is out of sight
            dt = _gap(item, inc, policy, self._late.get(item.key))
            d = min((_seg_dist(x, y, sg) for sg in inc.segs), default=math.inf)
            if dt > policy.window_s or d > r:
                continue
            if inc.sighted:
                if best is None or d < best.distance:
                    best = _Fit(inc, reach, 0.0, d, dt)
            elif unseen is None or d < unseen.distance:
                unseen = _Fit(inc, reach, 0.0, d, dt)
        return best if best is not None or sighted_only else unseen

    def _fit_one(self, inc: _Inc, item: Item, signal: Signal) -> _Fit | None:
        r = REACH.get((signal, inc.type))
        if r is None or (inc.watch is not (item.site in WATCH_SITES) and inc.type is _FLOOD):
            return None
        if signal is _PARKING and not _engines_kept_out(item, signal, inc.type):
            return None
        d = min((_seg_dist(item.x, item.y, s) for s in inc.segs), default=math.inf)
        radius = r.radius_m
        if d > radius and inc.roads and signal in self._road_signals:
            # a flood that follows a road: measured along the road it follows
            d, radius = self._road_distance(inc, item), ROAD_REACH_M
        policy = self._policies[inc.type]
        window = policy.window_s
        dt = _gap(item, inc, policy, self._late.get(item.key))
        if d > radius or dt > window or _new_onset(inc, item, signal) or _beyond_junction(inc, signal, d):
            return None
        if d > 0.5 * r.radius_m and _open_burning(item, signal):
            return None  # smoke beside the caller: only a fire at its scene explains it
        need = self._needs.get(signal)
        if need is not None and (held := need.get(inc.type)) is not None and held.isdisjoint(inc.signals):
            return None
        return _Fit(inc, r, r.weight * (1.0 - 0.5 * d / radius) * (1.0 - 0.5 * dt / window), d, dt)

    def _road_distance(self, inc: _Inc, item: Item) -> float:
        """Metres along a road from the span of ``inc`` on it to ``item`` (inf: on none of its roads)."""
        best = math.inf
        for road, a in self._along(item.x, item.y):
            span = inc.roads.get(road)
            if span is not None:
                lo, hi = span
                d = lo - a if a < lo else (a - hi if a > hi else 0.0)
                best = min(best, d)
        return best

    @staticmethod
    def _taken_back(inc: _Inc, item: Item, signal: Signal | None) -> bool:
        """Whether ``item`` is its device taking back the only evidence of ``inc``."""
        if signal is not None and signal is not _ENDS_SIG:
            return False
        if not item.source_id or inc.sources != {item.source_id} or len(inc.members) > 1:
            return False
        return item.t - inc.members[0].item.t <= HOLD_S

    def _continuity(self, item: Item, signal: Signal | None) -> _Inc | None:
        """The incident a follow-up or a device's later state message continues, if any.

        Only state messages (back online, restored, offline, a panel fault) follow their
        device: a camera's or a detector's later observations are new evidence, placed
        by what they say."""
        ids: list[str | None] = []
        if item.follows is not None:
            ids.append(self._seen.get(item.follows))
        if item.source_id and (signal is None or signal in _DEVICE_STATE):
            ids.append(self._by_source.get(item.source_id))
        for inc_id in ids:
            resolved = self._resolve(inc_id)
            inc = self._incidents.get(resolved) if resolved is not None else None
            if inc is None or inc.state not in {_OPEN, IncidentState.QUIET}:
                continue
            if item.t - inc.last_t <= SAME_SOURCE_S:
                return inc
        return None

    # ----------------------------------------------------------- placement
    def _extends(self, inc: _Inc, item: Item, r: Reach) -> bool:
        """Whether ``item`` (within reach ``r``) extends the area of ``inc``.

        A planned event's area is its permit's: nothing extends it. A point hazard
        (a fire, a crash) is where sensors and agencies place it: once it has such a
        position, citizens' positions (where they stand, not where the hazard is) no
        longer extend it. A flood is wherever people see water: every report extends it."""
        if not r.extends or inc.fixed or inc.state is not _OPEN:
            return False
        if (
            _span_with(inc.box, item.x, item.y) > MAX_EXTENT_M
            and inc.incident_id not in self._tracks  # a subject that drives on is where it went
            and not (inc.roads and _one_road(inc.roads, {road: (a, a) for road, a in self._along(item.x, item.y)}))
        ):
            return False  # an area grown this wide is not one hazard: the item joins without extending it
        return item.agency != _CITIZEN or not inc.precise or self._policies[inc.type].linear

    @staticmethod
    def _member(
        item: Item, signal: Signal | None, via: JoinVia, *, anchor: bool, fit: _Fit | None, now: float
    ) -> Member:
        linked = None
        if fit is not None and fit.inc.members:
            linked = fit.inc.members[0].item.key
        return Member(
            item,
            _VALUE[signal] if signal is not None else "same_source",
            via,
            anchor,
            linked,
            fit.distance if fit is not None else 0.0,
            fit.dt if fit is not None else 0.0,
            now,
        )

    def _join(  # noqa: PLR0917 - the placement and where its changes go
        self, fit: _Fit, item: Item, signal: Signal, via: JoinVia, now: float, changes: list[Change]
    ) -> None:
        extends = self._extends(fit.inc, item, fit.reach)
        member = self._member(item, signal, via, anchor=extends, fit=fit, now=now)
        self._add(fit.inc, member, now, extends=extends)
        changes.append(Joined(fit.inc.incident_id, item.key, via))

    def _join_continuing(self, inc: _Inc, item: Item, signal: Signal | None, now: float, changes: list[Change]) -> None:
        fit = self._fit_one(inc, item, signal) if signal is not None else None
        r = fit.reach if fit is not None else None
        if r is None and signal is not None and item.follows is not None and self._policies[inc.type].moves:
            # the subject moves (a lost person walks on): a follow-up says where the job is
            # now and places it there even beyond the signal's usual reach; of a fixed
            # hazard, a follow-up far off was written elsewhere (at the precinct)
            r = REACH.get((signal, inc.type))
        extends = r is not None and self._extends(inc, item, r)
        member = self._member(item, signal, _CONTEXT, anchor=extends, fit=fit, now=now)
        self._add(inc, member, now, extends=extends)
        changes.append(Joined(inc.incident_id, item.key, _CONTEXT))
        if extends:
            self._pull(inc, now, changes)

    def _bridge(self, target: _Inc, item: Item, signal: Signal, now: float, changes: list[Change]) -> None:
        """A follow-up that also lies at the scene of another open incident of its own
        kind says the two are one job (a wrong-way driver the cameras tracked, then the
        crash it caused): the younger is merged into the older. An incident begun well
        before the one followed up (a car broken down before the wrong-way driver came by)
        is not its doing and stays apart."""
        own = self._own[signal]
        if own is None or target.state is not _OPEN:
            return
        for f in sorted(self._fits(item, signal), key=lambda f: f.inc.seq):
            other = f.inc
            if other is target or other.type is not own or other.state is not _OPEN:
                continue
            if f.distance > 0.5 * f.reach.radius_m:
                continue  # not at its scene
            if other.first_t < target.first_t - LEAD_S:
                continue  # a job begun well before the one followed up is not its doing: passed by
            survivor, absorbed = (target, other) if target.seq < other.seq else (other, target)
            changes.append(self._merge(absorbed, survivor, item.key, now))
            target = survivor

    def _open(self, typ: IncidentType, items: list[tuple[Item, Signal]], now: float, changes: list[Change]) -> _Inc:
        seed, seed_sig = items[0]
        inc = _Inc(
            incident_id_for(seed.key),
            typ,
            next(self._counter),
            now,
            watch=typ is _FLOOD and seed.site in WATCH_SITES,
            lazy=typ in self._lazy_types,
        )
        self._incidents[inc.incident_id] = inc
        self._add(inc, Member(seed, _VALUE[seed_sig], _SEED, True, joined_at=now), now, extends=True)
        changes.append(Opened(inc.incident_id, typ, seed.key))
        for item, sig in items[1:]:
            fit = self._fit_one(inc, item, sig)
            extends = self._extends(inc, item, REACH[(sig, typ)])
            distance = fit.distance if fit else 0.0
            member = Member(item, _VALUE[sig], _PULLED, extends, seed.key, distance, 0.0, now)
            self._add(inc, member, now, extends=extends)
            changes.append(Joined(inc.incident_id, item.key, _PULLED))
        self._pull(inc, now, changes, new_segs=len(inc.segs))
        return inc

    def _add(self, inc: _Inc, member: Member, now: float, *, extends: bool) -> None:
        item = member.item
        released = False  # a lasting alert of the incident ended
        inc.members.append(member)
        inc.hull_pts.append((item.x, item.y))
        inc.sx += item.x
        inc.sy += item.y
        t = item.t if item.ends_t is None else max(item.t, item.ends_t)
        if item.t < inc.first_t:  # noqa: PLR1730 - cheaper than min() on every member
            inc.first_t = item.t
        if t > inc.last_t:  # noqa: PLR1730 - cheaper than max() on every member
            inc.last_t = t
        if item.severity is not inc.severity and _RANK[item.severity] > _RANK[inc.severity]:
            inc.severity = item.severity
        inc.agencies.add(item.agency)
        inc.signals.add(member.signal)
        if (
            member.signal in _SIGHTING_VALUES
            and (item.agency == _CITIZEN or item.feed == _CCTV)
            and not (item.text and _open_burning(item, _SIGNAL_OF[member.signal]))
        ):
            inc.sighted = True  # a rubbish fire beside a caller is no column of smoke seen from afar
        inc.updated_at = now
        self._seen[item.key] = inc.incident_id
        if item.feed in AGENCY_FEEDS and member.signal in self._job_values:
            key = (math.floor(item.x / _CELL), math.floor(item.y / _CELL), item.feed, member.signal)
            jobs = self._on_the_job.setdefault(key, [])
            if jobs and item.t - jobs[0][0] > SAME_SOURCE_S:
                jobs[:] = [e for e in jobs if item.t - e[0] <= SAME_SOURCE_S]  # forget old ones
            jobs.append((item.t, item.x, item.y, inc.incident_id))
        if item.source_id:
            if _is_failure(item, member.signal):
                cell = (math.floor(item.x / _CELL), math.floor(item.y / _CELL))
                entry = (item.t, item.x, item.y, item.source_id, inc.incident_id, now)
                self._failures.setdefault(cell, []).append(entry)
            inc.sources.add(item.source_id)
            self._by_source[item.source_id] = inc.incident_id
            if member.signal == _ENDS:
                released = inc.holding.pop(item.source_id, None) is not None
            elif item.kind is _ALERT and member.signal in _LASTING_VALUES:
                inc.holding[item.source_id] = max(item.t, inc.holding.get(item.source_id, -math.inf))
                if inc.lazy:
                    self._schedule_eagerly(inc)
        arrived = self._late.get(item.key)
        if arrived is not None and arrived > inc.recv_t:
            inc.recv_t = arrived
        live = inc.last_t if inc.last_t > inc.recv_t else inc.recv_t
        inc.live_t = max(live, _hold_end(inc)) if inc.holding else live
        if extends and inc.state is _OPEN:
            self._extend(inc, item)
        if inc.state is _OPEN and (
            (member.signal == _OBSTRUCTION and self._moving(item))
            or (
                member.signal in _SIGHTING_VALUES
                and inc.type is _FIRE
                and (inc.incident_id in self._tracks or self._drives_on(item))
            )
        ):
            last = self._tracks.get(inc.incident_id)
            if last is None or item.t >= last[0]:
                self._tracks[inc.incident_id] = (item.t, item.x, item.y)
        if member.signal == _PLANNED_EVENT:
            inc.fixed = True
            self._permits[inc.incident_id] = inc
        if inc.state is _OPEN:
            self._reschedule(inc, now, released=released)

    def _extend(self, inc: _Inc, item: Item) -> None:
        x, y = item.x, item.y
        if self._policies[inc.type].linear and inc.segs:
            # A line along the evidence: link the new point to the nearest point so far.
            px, py = inc.segs[0][0], inc.segs[0][1]
            best = (px - x) ** 2 + (py - y) ** 2
            for x1, y1, x2, y2 in inc.segs:  # the first nearest end, in the order they came
                d = (x1 - x) ** 2 + (y1 - y) ** 2
                if d < best:
                    px, py, best = x1, y1, d
                d = (x2 - x) ** 2 + (y2 - y) ** 2
                if d < best:
                    px, py, best = x2, y2, d
            seg = (px, py, x, y)
        else:
            seg = (x, y, x, y)
        if self._policies[inc.type].linear and self._roads_at is not None:
            for road, a in self._along(x, y):
                lo, hi = inc.roads.get(road, (a, a))
                inc.roads[road] = (min(lo, a), max(hi, a))
                self._on_road.setdefault(road, {})[inc.incident_id] = inc
        inc.segs.append(seg)
        bx0, by0, bx1, by1 = inc.box
        inc.box = (min(bx0, x), min(by0, y), max(bx1, x), max(by1, y))
        if item.agency != _CITIZEN:
            inc.precise = True
        x0, x1 = sorted((seg[0], seg[2]))
        y0, y1 = sorted((seg[1], seg[3]))
        grid = self._grid
        for gx in range(math.floor(x0 / _CELL), math.floor(x1 / _CELL) + 1):
            for gy in range(math.floor(y0 / _CELL), math.floor(y1 / _CELL) + 1):
                entries = grid.get((gx, gy))
                if entries is None:
                    entries = grid[(gx, gy)] = {}
                piece = entries.get(inc.incident_id)
                if piece is None:
                    entries[inc.incident_id] = _Piece(inc, (x0, y0, x1, y1), [seg])
                else:
                    bx0, by0, bx1, by1 = piece.box
                    piece.box = (min(bx0, x0), min(by0, y0), max(bx1, x1), max(by1, y1))
                    piece.segs.append(seg)
                inc.cells.add((gx, gy))

    def _reschedule(self, inc: _Inc, now: float, *, released: bool = False) -> None:
        """Move the incident's quiet deadline later (or, when one of its lasting alerts
        ended, ``released``, to where its evidence now puts it, possibly earlier).

        A lazy incident keeps one heap entry: when it comes due before the deadline,
        :meth:`tick` pushes it again at the deadline, with the order number drawn here,
        so incidents go quiet in the order they would if every deadline had its own
        entry (most items move a deadline; few incidents reach one)."""
        policy = self._policies[inc.type]
        # Late evidence keeps the incident open for one grace period from ``now``, so
        # related late items arriving with it still join.
        deadline = max(inc.live_t + policy.window_s, now) + policy.grace_s
        if deadline > inc.deadline or inc.deadline == math.inf or (released and deadline != inc.deadline):
            first = inc.deadline == math.inf
            inc.deadline = deadline
            inc.dseq = seq = next(self._counter)
            if first or released or not inc.lazy:
                heapq.heappush(self._heap, (deadline, seq, "incident", inc.incident_id))

    def _schedule_eagerly(self, inc: _Inc) -> None:
        """From now on every new deadline of ``inc`` gets its own heap entry: a lasting
        alert's end can move it earlier, and the quiet must come at the earliest entry
        holding the deadline then in force, as when every deadline had its own entry."""
        inc.lazy = False
        if inc.deadline != math.inf:
            heapq.heappush(self._heap, (inc.deadline, inc.dseq, "incident", inc.incident_id))

    def _wait(
        self,
        item: Item,
        signal: Signal,
        own: IncidentType | None,
        now: float,
        changes: list[Change],
        *,
        hold: bool = False,
    ) -> None:
        wait_s = PENDING_WAIT_S
        if own is not None:
            wait_s = max(wait_s, self._policies[own].window_s)
        cell = (math.floor(item.x / _CELL), math.floor(item.y / _CELL))
        wait = _Wait(item, signal, own, cell, now + wait_s)
        self._pending[item.key] = wait
        self._pending_grid.setdefault(cell, {})[item.key] = wait
        if signal in self._road_signals and self._roads_at is not None:
            wait.roads = self._along(item.x, item.y)
            for road, _ in wait.roads:
                self._pending_on_road.setdefault(road, {})[item.key] = wait
        self._seen[item.key] = None
        self._push(wait.deadline, "pending", item.key)
        changes.append(Pending(item.key, wait.deadline))

    def _try_cluster(
        self, item: Item, signal: Signal, now: float, changes: list[Change], *, alone: _Wait | None = None
    ) -> bool:
        """Open an incident when independent waiting items confirm each other; whether it did.

        For the item's own type: other waiting items of that type, or agency reports
        that support it, within the item's reach and the type's window, from at least
        :data:`CLUSTER_MIN_SOURCES` distinct sources. An agency report that only
        supports a type confirms the waiting items of that type near it. ``alone``: the
        item opens by itself and is not waiting (the reports near it open with it)."""
        own = self._own[signal]
        if own is not None:
            types = [own]
        elif item.feed in AGENCY_FEEDS:
            types = [t for t, _ in self._joins[signal] if _engines_kept_out(item, signal, t)]
        else:
            return False
        x, y, t = item.x, item.y, item.t
        watch = item.site in WATCH_SITES
        pending_grid = self._pending_grid
        for typ in types:
            r = REACH[(signal, typ)].radius_m
            window = self._policies[typ].window_s
            group: list[_Wait] = [] if alone is None else [alone]
            has_own = alone is not None and alone.own is typ
            reach_of = self._reach_to[typ]
            for gx in range(math.floor((x - r) / _CELL), math.floor((x + r) / _CELL) + 1):
                for gy in range(math.floor((y - r) / _CELL), math.floor((y + r) / _CELL) + 1):
                    in_cell = pending_grid.get((gx, gy))
                    if in_cell is None:
                        continue
                    for w in in_cell.values():
                        if (signal is _POWER or w.signal is _POWER) and not (
                            signal in POWER_EVIDENCE and w.signal in POWER_EVIDENCE
                        ):
                            continue  # a power cut is confirmed only by other signs of lost power
                        is_own = w.own is typ
                        if not is_own and (
                            w.item.feed not in AGENCY_FEEDS or w.signal not in reach_of or (w.signal, typ) in NEEDS
                        ):
                            continue
                        o = w.item
                        dx, dy = o.x - x, o.y - y
                        if abs(o.t - t) > window or dx * dx + dy * dy > r * r:
                            continue
                        if typ is _FLOOD and (o.site in WATCH_SITES) is not watch:
                            continue  # a watch site's alarm and a street's report are two jobs
                        group.append(w)
                        has_own = has_own or is_own
            if not has_own:
                continue
            if len({_source_of(w.item) for w in group}) < CLUSTER_MIN_SOURCES:
                continue
            group.sort(key=lambda w: (w.own is not typ, w.item.t, w.item.key))
            for w in group:
                if w is not alone:
                    self._drop_pending(w)
            self._open(typ, [(w.item, w.signal) for w in group], now, changes)
            return True
        return False

    def _pull(self, inc: _Inc, now: float, changes: list[Change], new_segs: int = 1) -> None:
        """Waiting items the incident now explains join it; only the last ``new_segs``
        pieces of its area are new, so only waiting items near them are looked at."""
        if not self._pending or inc.state is not _OPEN or not inc.segs:
            return
        rmax = self._type_rmax[inc.type]
        rects: list[tuple[int, int, int, int]] = []  # the cells within reach of each new piece
        for sg in inc.segs[-new_segs:]:
            x0, x1 = (sg[0], sg[2]) if sg[0] <= sg[2] else (sg[2], sg[0])
            y0, y1 = (sg[1], sg[3]) if sg[1] <= sg[3] else (sg[3], sg[1])
            gx0, gx1 = math.floor((x0 - rmax) / _CELL), math.floor((x1 + rmax) / _CELL)
            gy0, gy1 = math.floor((y0 - rmax) / _CELL), math.floor((y1 + rmax) / _CELL)
            rects.append((gx0, gx1, gy0, gy1))
        pending_grid = self._pending_grid
        waits: list[_Wait] = []
        if len(rects) == 1 and (rects[0][1] - rects[0][0] + 1) * (rects[0][3] - rects[0][2] + 1) <= len(pending_grid):
            gx0, gx1, gy0, gy1 = rects[0]  # one new piece (the usual case): its cells, each once
            for gx in range(gx0, gx1 + 1):
                for gy in range(gy0, gy1 + 1):
                    in_cell = pending_grid.get((gx, gy))
                    if in_cell is not None:
                        waits.extend(in_cell.values())
        elif sum((r[1] - r[0] + 1) * (r[3] - r[2] + 1) for r in rects) > len(pending_grid):
            # fewer cells hold waiting items than are in reach: look at those
            for (gx, gy), cell_waits in pending_grid.items():
                if any(r[0] <= gx <= r[1] and r[2] <= gy <= r[3] for r in rects):
                    waits.extend(cell_waits.values())
        else:
            cells = {(gx, gy) for r in rects for gx in range(r[0], r[1] + 1) for gy in range(r[2], r[3] + 1)}
            for cell in cells:
                in_cell = pending_grid.get(cell)
                if in_cell is not None:
                    waits.extend(in_cell.values())
        typ = inc.type
        policy = self._policies[typ]
        window = policy.window_s
        reach_of = self._reach_to[typ]
        bx0, by0, bx1, by1 = inc.box
        near: list[tuple[_Wait, Reach]] = []
        late = self._late
        for wait in waits:
            r = reach_of.get(wait.signal)
            if r is None:
                continue
            w = wait.item
            # the box first: most waiting items near the new piece are beyond its reach
            ex = bx0 - w.x if w.x < bx0 else (w.x - bx1 if w.x > bx1 else 0.0)
            ey = by0 - w.y if w.y < by0 else (w.y - by1 if w.y > by1 else 0.0)
            if ex * ex + ey * ey > r.radius_m * r.radius_m:
                continue
            if _gap(w, inc, policy, late.get(w.key) if late else None) <= window:
                near.append((wait, r))
        if policy.linear and inc.roads and self._pending_on_road:
            # a flood that follows a road reaches the water reported farther along it
            have = {id(w) for w, _ in near}
            for road in inc.roads:
                for wait in self._pending_on_road.get(road, {}).values():
                    r = reach_of.get(wait.signal)
                    if r is not None and id(wait) not in have:
                        have.add(id(wait))
                        near.append((wait, r))
        near.sort(key=lambda wr: (wr[0].item.t, wr[0].item.key))  # the order they happened in
        for wait, _ in near:
            w = wait.item
            fit = self._fit_one(inc, w, wait.signal)
            if fit is None:
                continue
            self._drop_pending(wait)
            extends = self._extends(inc, w, fit.reach)
            member = self._member(w, wait.signal, _PULLED, anchor=extends, fit=fit, now=now)
            self._add(inc, member, now, extends=extends)
            changes.append(Joined(inc.incident_id, w.key, _PULLED))

    def _drop_pending(self, wait: _Wait) -> None:
        del self._pending[wait.item.key]
        for road, _ in wait.roads:
            on = self._pending_on_road[road]
            del on[wait.item.key]
            if not on:
                del self._pending_on_road[road]
        cell = self._pending_grid[wait.cell]
        del cell[wait.item.key]
        if not cell:
            del self._pending_grid[wait.cell]

    def _merge(self, absorbed: _Inc, survivor: _Inc, bridge_key: str, now: float) -> Merged:
        absorbed.state = check_incident_transition(absorbed.incident_id, absorbed.state, IncidentState.MERGED)
        record = MergeRecord(survivor.incident_id, absorbed.incident_id, bridge_key, now, survivor.type, absorbed.type)
        self._unindex(absorbed)
        for m in absorbed.members:
            self._add(survivor, m, now, extends=m.anchor)
        absorbed.merged_into = survivor.incident_id
        absorbed.updated_at = now
        survivor.merges.extend(absorbed.merges)
        survivor.merges.append(record)
        survivor.absorbed.extend([*absorbed.absorbed, absorbed.incident_id])
        return Merged(record)

    # ------------------------------------------------------------ internals
    def _push(self, at: float, kind: str, ident: str) -> None:
        heapq.heappush(self._heap, (at, next(self._counter), kind, ident))

    def _resolve(self, incident_id: str | None) -> str | None:
        while incident_id is not None:
            inc = self._incidents.get(incident_id)
            if inc is None or inc.merged_into is None:
                return incident_id
            incident_id = inc.merged_into
        return None

    def _leave_out(self, key: str, reason: str, now: float, changes: list[Change]) -> None:
        self._seen[key] = None
        self._left_out[key] = reason
        self._push(now + self._retention_s, "forget_key", key)
        changes.append(LeftOut(key, reason))

    def _unindex(self, inc: _Inc) -> None:
        for key in inc.cells:
            entries = self._grid.get(key)
            if entries is not None:
                entries.pop(inc.incident_id, None)
                if not entries:
                    del self._grid[key]
        inc.cells.clear()
        for road in inc.roads:
            on = self._on_road.get(road)
            if on is not None:
                on.pop(inc.incident_id, None)
                if not on:
                    del self._on_road[road]
        inc.roads.clear()

    def _quiet(self, inc: _Inc, now: float) -> None:
        inc.state = check_incident_transition(inc.incident_id, inc.state, IncidentState.QUIET)
        inc.updated_at = now
        self._unindex(inc)
        self._push(now + self._retention_s, "forget_incident", inc.incident_id)

    def release_forgotten(self) -> None:
        """Drop the snapshots of incidents forgotten since the last call (see :meth:`snapshot`)."""
        self._forgotten.clear()

    def _forget_incident(self, incident_id: str) -> None:
        if incident_id not in self._incidents:
            return
        for ident in (incident_id, *self._incidents[incident_id].absorbed):
            if ident in self._incidents:
                self._forgotten[ident] = self._incidents[ident]
        inc = self._incidents.pop(incident_id)
        self._tracks.pop(incident_id, None)
        for old in inc.absorbed:
            self._incidents.pop(old, None)
        for m in inc.members:
            self._seen.pop(m.item.key, None)
            self._late.pop(m.item.key, None)
            src = m.item.source_id
            if src and self._by_source.get(src) == incident_id:
                del self._by_source[src]


__all__ = [
    "Change",
    "Correlator",
    "Duplicate",
    "ItemKind",
    "Joined",
    "LeftOut",
    "Merged",
    "Opened",
    "Pending",
    "Quieted",
    "RoadLookup",
    "ZoneLookup",
    "incident_id_for",
]
