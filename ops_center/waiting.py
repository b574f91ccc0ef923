"""Items that wait for an incident that explains them: waiting, opening an incident
when waiting items confirm each other, and pulling them into an incident that
explains them.

Each function takes the :class:`~ops_center.correlate.Correlator` as ``self`` and is
bound as one of its methods (a subclass may override it as a method).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from common.lexicon import Cue, cues
from common.vocabulary import EVIDENCE, Role, Signal, category
from ops_center.changes import (
    Change,
    Pending,
)
from ops_center.correlation_state import (
    _CCTV,
    _CELL,
    _CITIZEN,
    _FLOOD,
    _NOISE,
    _OBSTRUCTION_SIG,
    _OFFLINE,
    _OPEN,
    _POWER,
    _PULLED,
    _RESCUE,
    _SLOWDOWN,
    _Fit,
    _Inc,
    _Wait,
)
from ops_center.fitting import open_within
from ops_center.incidents import (
    CapSeverity,
    IncidentType,
    Item,
)
from ops_center.measures import (
    _another_person,
    _gap,
    _names_site,
    _other_person,
    _racing_job,
    _says_it_explains,
    _seg_dist,
    _source_of,
    _unseen_alarm,
    _wells_up,
)
from ops_center.policies import (
    AGENCY_FEEDS,
    CAMERA_HAZARD_SURE,
    CAMERA_HAZARDS,
    CAMERA_MOVING_SURE,
    CAMERA_OPENS,
    CAMERA_SURE,
    CLUSTER_MIN_SOURCES,
    MOVING_CATEGORIES,
    NEEDS,
    ONE_CALL,
    ONE_CALL_EVEN_IF,
    ONE_CALL_OVERRUN,
    ONE_CALL_STUCK,
    ONE_CALL_STUCK_FIRE_M,
    ONE_CALL_UNLESS,
    ONE_CALL_WELLING,
    PENDING_WAIT_S,
    POWER_EVIDENCE,
    RACING_M,
    RACING_TYPE,
    RACING_WINDOW_S,
    REACH,
    STALL_SEEN_M,
    STALL_SEEN_S,
    STRONG_FEEDS,
    WATCH_OPENS,
    WATCH_SITES,
    Reach,
)

#: The lexicon's cues the rules here read (common/data/lexicon.yaml, project: cues:).
_SETTLED_CUE = Cue.SETTLED
_RACING_CUE = Cue.RACING
_REVVING_CUE = Cue.REVVING
_WORKS_CUE = Cue.WORKS
_NOT_CLEARED_CUE = Cue.NOT_CLEARED

#: What a device's return takes back while it waits: its going offline, and a panel's alarm
#: held as the smoke of a fire beside it (ops_center.smoke_drift).
_TAKEN_BACK = frozenset({_OFFLINE, Signal.FIRE_ALARM})

if TYPE_CHECKING:
    from ops_center.correlate import Correlator


def wait(  # noqa: PLR0917 - the correlator, the item and where its changes go
    self: Correlator,
    item: Item,
    signal: Signal,
    own: IncidentType | None,
    now: float,
    changes: list[Change],
    *,
    hold: bool = False,
    wait_s: float | None = None,
    beside: str | None = None,
) -> None:
    """Hold ``item`` until an incident explains it; ``wait_s``: how long (default: the
    longer of :data:`PENDING_WAIT_S` and its own type's window); ``beside``: the incident
    it is held as the evidence of unless something else claims it (ops_center.smoke_drift)."""
    if wait_s is None:
        wait_s = PENDING_WAIT_S
        if own is not None:
            wait_s = max(wait_s, self._policies[own].window_s)
    cell = (math.floor(item.x / _CELL), math.floor(item.y / _CELL))
    wait = _Wait(item, signal, own, cell, now + wait_s, beside=beside)
    if beside is not None:
        self._smoke_held.add(item.key)
    self._pending[item.key] = wait
    self._pending_grid.setdefault(cell, {})[item.key] = wait
    if signal in _TAKEN_BACK and item.source_id:
        self._pending_offline.setdefault(item.source_id, {})[item.key] = wait
    if signal in self._road_signals and self._roads_at is not None:
        wait.roads = self._along(item.x, item.y)
        for road, _ in wait.roads:
            self._pending_on_road.setdefault(road, {})[item.key] = wait
    self._seen[item.key] = None
    self._push(wait.deadline, "pending", item.key)
    changes.append(Pending(item.key, wait.deadline))


def try_cluster(
    self: Correlator, item: Item, signal: Signal, now: float, changes: list[Change], *, alone: _Wait | None = None
) -> bool:
    """Open an incident when independent waiting items confirm each other; whether it did.

    For the item's own type: other waiting items of that type, or agency reports
    that support it, within the item's reach and the type's window, from at least
    :data:`CLUSTER_MIN_SOURCES` distinct sources. An agency report that only
    supports a type confirms the waiting items of that type near it; a device offline that
    hangs on a registered gateway, the waiting offlines of that gateway's other devices
    wherever they are. ``alone``: the item opens by itself and is not waiting (the reports
    near it open with it)."""
    own = self._own[signal]
    if own is not None:
        types = [own]
    elif item.feed in AGENCY_FEEDS:
        types = [t for t, _ in self._joins[signal] if _says_it_explains(item, signal, t)]
    elif signal is _NOISE and item.agency == _CITIZEN and _REVVING_CUE in cues(item.text):
        return _racing(self, item, signal, now, changes)
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
        rows = range(math.floor((y - r) / _CELL), math.floor((y + r) / _CELL) + 1)
        for gx in range(math.floor((x - r) / _CELL), math.floor((x + r) / _CELL) + 1):
            for gy in rows:
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
                    if typ is _RESCUE and _other_person(item, o):
                        continue  # a lost child and an elder in need beside it: two people, two jobs
                    if typ is _FLOOD and (o.site in WATCH_SITES) is not watch and not _names_site(o if watch else item):
                        continue  # a watch site's alarm and a street's report are two jobs, unless it names the site
                    group.append(w)
                    has_own = has_own or is_own
        if item.gateway and signal is _OFFLINE:
            # the devices behind one gateway fall silent together, however far apart: its outage
            for waits in self._pending_offline.values():
                for w in waits.values():
                    if (
                        w.signal is _OFFLINE
                        and w.item.gateway == item.gateway
                        and abs(w.item.t - t) <= window
                        and w not in group
                    ):
                        group.append(w)
                        has_own = has_own or w.own is typ
        if self._roads_at is not None and any(self._sees_queue(w.item) for w in group):
            # cars a camera sees stopped on a road an open job's queue reaches are that queue
            group = [w for w in group if w is alone or not _in_queue(self, w.item, alone)]
            has_own = any(w.own is typ for w in group)
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


def _in_queue(self: Correlator, item: Item, opener: _Wait | None) -> bool:
    """Whether ``item`` is a camera's detection of cars stopped on the road
    (:data:`~ops_center.policies.QUEUE_SIGHTINGS`) that an open job's queue reaches along a
    road it lies on (:func:`~ops_center.fitting.queue_fits`): cameras up the road from a
    blockage see its queue, not a hazard of their own, and confirm no other job; each joins
    the queue when its wait ends (``Correlator._expire``). Not when ``opener`` (the report
    that opens by itself with the waiting ones) is a blockage, or was seen within
    :data:`STALL_SEEN_S` after the detection: what the camera saw stop (a car broken down at
    its junction, a crash as it happened); a crash reported later in the queue happened in
    cars that were already stopped."""
    if not self._sees_queue(item):
        return False
    if opener is not None and (opener.signal is _OBSTRUCTION_SIG or opener.item.t - item.t <= STALL_SEEN_S):
        return False
    on = self._along(item.x, item.y)
    return bool(on) and bool(self._queue_fits(item, _SLOWDOWN, on))


def _racing(self: Correlator, item: Item, signal: Signal, now: float, changes: list[Change]) -> bool:
    """Open a street-racing job when the waiting noise complaints about racing or revving
    within :data:`RACING_M` of ``item`` and the type's window, one of them saying cars race,
    come from at least :data:`CLUSTER_MIN_SOURCES` sources; whether it did."""
    window = self._policies[RACING_TYPE].window_s
    r = RACING_M
    group: list[_Wait] = []
    racing = False
    for gx in range(math.floor((item.x - r) / _CELL), math.floor((item.x + r) / _CELL) + 1):
        for gy in range(math.floor((item.y - r) / _CELL), math.floor((item.y + r) / _CELL) + 1):
            for w in self._pending_grid.get((gx, gy), {}).values():
                o = w.item
                if w.signal is not signal or o.agency != _CITIZEN or abs(o.t - item.t) > window:
                    continue
                if (o.x - item.x) ** 2 + (o.y - item.y) ** 2 > r * r:
                    continue
                said = cues(o.text)
                if _REVVING_CUE in said:
                    group.append(w)
                    racing = racing or _RACING_CUE in said
    if not racing or len({_source_of(w.item) for w in group}) < CLUSTER_MIN_SOURCES:
        return False
    group.sort(key=lambda w: (w.item.t, w.item.key))
    for w in group:
        self._drop_pending(w)
    self._open(RACING_TYPE, [(w.item, w.signal) for w in group], now, changes)
    return True


def racing_job(self: Correlator, item: Item, signal: Signal) -> _Fit | None:
    """The nearest open street-racing job (a :data:`RACING_TYPE` incident holding a report
    that says cars race) within :data:`RACING_M` and :data:`RACING_WINDOW_S` of a report that
    says cars race, or of a noise complaint about revving engines (once a job hears the gang
    race, the engines revving along its stretch are the gang's): the gang races along the
    stretch the callers and the patrol report from."""
    reach = REACH.get((signal, RACING_TYPE))
    if reach is None:
        return None
    said = cues(item.text)
    if _RACING_CUE not in said and (signal is not _NOISE or _REVVING_CUE not in said):
        return None
    policy = self._policies[RACING_TYPE]
    best: _Fit | None = None
    for inc in self._near(item.x, item.y, RACING_M):
        if not _racing_job(inc):
            continue
        dt = _gap(item, inc, policy, self._late.get(item.key))
        d = min((_seg_dist(item.x, item.y, sg) for sg in inc.segs), default=math.inf)
        if dt <= RACING_WINDOW_S and d <= RACING_M and (best is None or d < best.distance):
            best = _Fit(inc, reach, 0.0, d, dt)
    return best


def pull(self: Correlator, inc: _Inc, now: float, changes: list[Change], new_segs: int = 1) -> None:
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
        rows = range(gy0, gy1 + 1)
        for gx in range(gx0, gx1 + 1):
            for gy in rows:
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
        if fit is None or (typ is _RESCUE and _another_person(w, inc)):
            continue
        if wait.signal is Signal.TRAFFIC_SLOWDOWN and (self._own_traffic(w, inc) or _unseen_alarm(inc)):
            continue  # slow before the job began, on another road: its own traffic; no fire seen: no road closed
        self._drop_pending(wait)
        extends = self._extends(inc, w, fit.reach)
        member = self._member(w, wait.signal, _PULLED, anchor=extends, fit=fit, now=now)
        self._admit(inc, member, now, changes, extends=extends)


def flapped(self: Correlator, item: Item) -> list[_Wait]:
    """The waiting reports of ``item``'s device going offline before ``item``, its return
    (back online, restored): nothing explained them while the device was away, and it is
    back, a flap of its own (every author reads an offline and its return within minutes,
    with nothing else, as background). So is a panel's alarm held as a fire's drifting
    smoke that its panel resets within the hold: set off by something at its own building
    and checked there (ops_center.smoke_drift)."""
    return [w for w in self._pending_offline.get(item.source_id, {}).values() if w.item.t <= item.t]


def drop_pending(self: Correlator, wait: _Wait) -> None:
    del self._pending[wait.item.key]
    if wait.beside is not None:
        self._smoke_held.discard(wait.item.key)
    if wait.signal in _TAKEN_BACK and wait.item.source_id:
        offline = self._pending_offline[wait.item.source_id]
        del offline[wait.item.key]
        if not offline:
            del self._pending_offline[wait.item.source_id]
    for road, _ in wait.roads:
        on = self._pending_on_road[road]
        del on[wait.item.key]
        if not on:
            del self._pending_on_road[road]
    cell = self._pending_grid[wait.cell]
    del cell[wait.item.key]
    if not cell:
        del self._pending_grid[wait.cell]


def _in_a_fire(self: Correlator, item: Item) -> bool:
    """Whether a fire stands open within :data:`ONE_CALL_STUCK_FIRE_M` of ``item``."""
    return bool(open_within(self, item, ONE_CALL_STUCK_FIRE_M, lambda inc: inc.type is IncidentType.FIRE))


def strong(self: Correlator, item: Item, signal: Signal, own: IncidentType) -> bool:
    """Whether ``item`` opens an incident of type ``own`` by itself (else it needs
    confirmation by an independent item)."""
    if item.feed in STRONG_FEEDS:
        return True  # the fire bureau has sent a crew
    if item.feed in AGENCY_FEEDS:
        # an agency's report is its own word, unless it reports a matter settled or past
        return item.severity.rank >= CapSeverity.SEVERE.rank or _SETTLED_CUE not in cues(item.text)
    if item.agency == _CITIZEN and signal in ONE_CALL:
        # the agency answering such a call acts on one call
        said = cues(item.text)
        if ONE_CALL_UNLESS.get(signal) in said and ONE_CALL_EVEN_IF.get(signal) not in said:
            return False
        cue = ONE_CALL[signal]
        return (
            cue is None
            or cue in said
            or (signal in ONE_CALL_WELLING and _wells_up(item))
            or (signal in ONE_CALL_OVERRUN and _WORKS_CUE in said and _NOT_CLEARED_CUE in said)
            or (signal is Signal.RESCUE and said >= ONE_CALL_STUCK and not _in_a_fire(self, item))
        )
    if item.feed == _CCTV:  # the operator sees a crash on the image, unless the analytics doubts it
        if item.category in MOVING_CATEGORIES:  # a wrong-way driver: intercepted on one sighting
            return item.confidence is None or item.confidence >= CAMERA_MOVING_SURE
        if signal in CAMERA_OPENS:
            return item.confidence is None or item.confidence >= CAMERA_SURE
        return _lane_hazard(self, item)
    if item.agency == _CITIZEN:
        return False  # citizens are confirmed by a second, independent source
    if item.site in WATCH_SITES and item.severity.rank < WATCH_OPENS.rank:
        return False  # a pond holding a little water is filling as built: no watch yet
    if item.severity.rank >= CapSeverity.SEVERE.rank:
        return True
    return EVIDENCE[signal][own] is Role.OPENS



def _lane_hazard(self: Correlator, item: Item) -> bool:
    """Whether the camera detection ``item`` is a lane hazard that opens by itself: an
    object fallen into the lanes (:data:`~ops_center.policies.CAMERA_HAZARDS`) its analytics
    rates at :data:`~ops_center.policies.CAMERA_HAZARD_SURE` or better (none given counts as
    sure), with no incident open within :data:`~ops_center.policies.STALL_SEEN_M` (the
    camera's view down its approaches): an object there may be that job's (a crash's debris,
    the storm's branches), and the detection is placed at the camera, not at the object."""
    cat = category(item.feed, item.category)
    if cat is None or cat.code not in CAMERA_HAZARDS:
        return False
    if item.confidence is not None and item.confidence < CAMERA_HAZARD_SURE:
        return False
    return not open_within(self, item, STALL_SEEN_M, lambda _inc: True)
