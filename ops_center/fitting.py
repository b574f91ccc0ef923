"""Which open incidents explain an item, and how well: the correlator's scoring.

Each function takes the :class:`~ops_center.correlate.Correlator` as ``self`` and is
bound as one of its methods (a subclass may override it as a method); it reads the
correlator's grid, roads and indexes and changes none of its incidents.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from common.lexicon import Cue, cues
from common.vocabulary import Signal, said
from ops_center.correlation_state import (
    _CCTV,
    _CELL,
    _CITIZEN,
    _CRASH_SIG,
    _CRIME_SIG,
    _CROWD,
    _CROWD_SIG,
    _DEVICE_STATE,
    _ENDS,
    _ENDS_SIG,
    _FIRE,
    _FLOOD,
    _HAZMAT,
    _INFRA,
    _NOISE,
    _OBSTRUCTION_SIG,
    _OPEN,
    _PARKING,
    _REOPENABLE,
    _ROAD_DAMAGE,
    _SLOWDOWN,
    _SMOKE,
    _TEXTS_MAX,
    _TRAFFIC,
    _VALUE,
    _WORKS,
    _Fit,
    _Inc,
    _Piece,
)
from ops_center.detours import Closure, closed_at, closure_distance
from ops_center.incidents import (
    IncidentState,
    IncidentType,
    Item,
    ItemKind,
)
from ops_center.measures import (
    _NO_REACH,
    _TOLD,
    _another_fire_here,
    _another_scene,
    _beyond_junction,
    _closed_by_hazard,
    _crime_kind,
    _dispatch,
    _gap,
    _network_job,
    _new_onset,
    _open_burning,
    _other_crime,
    _other_noise,
    _says_again,
    _says_it_explains,
    _second_address,
    _seg_dist,
    _slow_before,
    _smoke_came,
    _spills,
    _spreads,
    _works_closure,
)
from ops_center.policies import (
    AGAIN_M,
    AGENCY_FEEDS,
    ARRIVALS_S,
    CALLER_CRASH_M,
    CALLER_CRASH_S,
    CHANNEL_SITES,
    DARK_JUNCTION_M,
    DARK_UNTIL_BACK_S,
    EVACUATION_M,
    JUNCTION_M,
    LEAD_S,
    NAMED_PLACE_NEAR_M,
    NEEDS,
    ON_ROAD_M,
    ON_THE_JOB_M,
    ONLOOKERS_M,
    ONSETS,
    OUTAGE_M,
    OUTAGE_S,
    PANEL_SCENE_M,
    PERMIT_AREA_MARGIN_M,
    PERMIT_CALL_REACH_M,
    PERMIT_REACH_M,
    PLUME_M,
    QUEUE_CLOSED_M,
    QUEUE_M,
    REACH,
    ROAD_NEAR_M,
    ROAD_REACH_M,
    SAME_SOURCE_S,
    SILENCE_S,
    SLOW_RUN_GAP_S,
    SMOKE_SEEN_M,
    STILL_DARK_M,
    STILL_S,
    WATCH_SITES,
    WATER_MAIN_M,
    WELLING_M,
    Reach,
)

#: The lexicon's cues the rules here read (common/data/lexicon.yaml, project: cues:).
_EVACUATION_CUE = Cue.EVACUATION
_ONLOOKERS_CUE = Cue.ONLOOKERS

if TYPE_CHECKING:
    from ops_center.correlate import Correlator

#: The kinds of traffic job an agency's crew reports at its own scene (see measures._another_scene).
_SCENE_SIGNALS = frozenset({Signal.TRAFFIC_ACCIDENT, Signal.OBSTRUCTION})
#: Feeds whose reports stand where the job is (a camera's view, a patrol, a 119 crew), not a caller's phone.
_FIRST_HAND_FEEDS = frozenset({*AGENCY_FEEDS, _CCTV})


_CRASH_VALUE = _CRASH_SIG.value
_POWER_VALUE = Signal.POWER_LOSS.value


def fits(self: Correlator, item: Item, signal: Signal) -> list[_Fit]:
    """Every open incident that can explain ``item``, with its score.

    Looks only at the grid cells within the signal's largest reach of the item;
    an incident the type or the time rules out is never measured."""
    params = self._fit_params[signal]
    if signal in _TOLD:  # some types only by what the item says (measures._says_it_explains)
        params = {t: p for t, p in params.items() if _says_it_explains(item, signal, t)}
        if signal is _WORKS:
            params = {t: (p[0], _clearing_window(self, signal, t), p[2], p[3]) for t, p in params.items()}
    if not params:
        return []
    rmax = self._rmax[signal]
    x, y, t = item.x, item.y, item.t
    grid = self._grid
    citizen = item.agency == _CITIZEN
    caller_crash = citizen and signal is _CRASH_SIG  # a passer-by's crash: CALLER_CRASH_M
    named: tuple[tuple[float, float], ...] = ()
    if caller_crash:
        rmax = max(rmax, CALLER_CRASH_M)
        named = _points_named(self, item.text) if item.text else ()
    watch = item.site in WATCH_SITES
    spill = self._own[signal] is _FLOOD and _spills(item)  # a site ran over: its watch and the streets' floods
    arrived = self._late.get(item.key)
    # incident -> (incident, reach, radius, gap, window, distance); None: ruled out by type or
    # time, or (in ``far``) met so far only in pieces beyond every reach of the signal
    found: dict[str, tuple[_Inc, Reach, float, float, float, float] | None] = {}
    far: set[str] = set()
    rmax2 = rmax * rmax  # every radius judged below is at most rmax
    rows = range(math.floor((y - rmax) / _CELL), math.floor((y + rmax) / _CELL) + 1)
    for gx in range(math.floor((x - rmax) / _CELL), math.floor((x + rmax) / _CELL) + 1):
        for gy in rows:
            entries = grid.get((gx, gy))
            if not entries:
                continue
            for inc_id, piece in entries.items():
                if inc_id in found:
                    got = found[inc_id]
                    if got is None and inc_id not in far:
                        continue  # ruled out by type or time
                    bx0, by0, bx1, by1 = piece.box
                    ex = bx0 - x if x < bx0 else (x - bx1 if x > bx1 else 0.0)
                    ey = by0 - y if y < by0 else (y - by1 if y > by1 else 0.0)
                    e2 = ex * ex + ey * ey
                    if got is not None:
                        inc, r, radius, dt, window, d = got
                        fresh = False
                    elif e2 > rmax2:
                        continue  # this piece too lies beyond every reach
                    else:
                        far.discard(inc_id)  # a nearer piece of one met only far so far: its time judged now
                        inc = piece.inc
                        param = params[inc.type]
                        fresh = True
                else:
                    inc = piece.inc
                    typed = params.get(inc.type)
                    if typed is None or (inc.watch is not watch and inc.type is _FLOOD and not (spill or inc.spilled)):
                        found[inc_id] = None
                        continue
                    param = typed
                    bx0, by0, bx1, by1 = piece.box
                    ex = bx0 - x if x < bx0 else (x - bx1 if x > bx1 else 0.0)
                    ey = by0 - y if y < by0 else (y - by1 if y > by1 else 0.0)
                    e2 = ex * ex + ey * ey
                    if e2 > rmax2:
                        # beyond every reach: its time is judged only if a nearer piece is met; the
                        # entry keeps the incident's place in the order the cells meet them
                        found[inc_id] = None
                        far.add(inc_id)
                        continue
                    fresh = True
                if fresh:
                    r, window, sudden, site_radius = param
                    if t >= inc.first_t:
                        dt = t - inc.live_t if t > inc.live_t else 0.0
                    else:
                        dt = inc.first_t - (t if arrived is None else arrived)
                        if dt < 0.0 or t >= inc.arrivals_t:
                            dt = 0.0
                        elif sudden and (dt > LEAD_S or _slow_before(item)):
                            dt = math.inf  # before a sudden hazard: beyond the clocks' tolerance, or there before it
                    if dt > window:
                        found[inc_id] = None
                        continue
                    # within site_radius of a sited incident: another site of the same kind of hazard
                    radius = site_radius if site_radius is not None and inc.sited and not citizen else r.radius_m
                    if (
                        caller_crash
                        and inc.type is _TRAFFIC
                        and inc.sited
                        and _CRASH_VALUE in inc.signals
                        and dt <= CALLER_CRASH_S
                        and _names_no_other_place(inc, named)
                    ):
                        radius = max(radius, CALLER_CRASH_M)
                    d = math.inf
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
    # an agency's report of a crash or a blockage: another kind of job's crew stands elsewhere
    scene = signal in _SCENE_SIGNALS and item.feed in AGENCY_FEEDS
    own = self._own[signal]
    again = signal is _CRASH_SIG and _says_again(item)
    kind = _crime_kind(item) if signal is _CRIME_SIG else None  # a theft, or violence
    dispatch = _dispatch(item)  # crews sent to an address: another address is another job
    for got in found.values():
        if got is None:
            continue
        inc, r, radius, dt, window, d = got
        if d > radius:
            continue
        if onset and _new_onset(inc, item, signal):
            continue
        if again and inc.type is own and item.t - inc.first_t > LEAD_S and not self._known_before(inc, item):
            continue  # the crash the caller knew of: the report is of another after it
        if kind is not None and inc.type is own and _other_crime(inc, kind):
            continue  # a theft and a fight are two police jobs
        if junction and _beyond_junction(inc, signal, d, item):
            continue
        if needs is not None and (need := needs.get(inc.type)) is not None and need.isdisjoint(inc.signals):
            continue
        if (
            scene
            and inc.type is own
            and inc.incident_id not in self._tracks
            and _another_scene(inc, item, _VALUE[signal])
        ):
            continue
        if dispatch and inc.type is own and inc.incident_id not in self._tracks and _second_address(inc, item):
            continue  # 119 sends crews to a second address: a second job
        # a caller's crash is scored by its reach, however far the site lets it join (CALLER_CRASH_M)
        fit = r.weight * (1.0 - 0.5 * d / (r.radius_m if caller_crash else radius)) * (1.0 - 0.5 * dt / window)
        out.append(_Fit(inc, r, fit, d, dt))
    return out


def _names_no_other_place(inc: _Inc, points: tuple[tuple[float, float], ...]) -> bool:
    """Whether a caller naming the places ``points`` (none, or one of them at the job's
    first-hand evidence, within JUNCTION_M) may mean the job ``inc``."""
    return not points or any(
        m.item.feed in _FIRST_HAND_FEEDS and math.hypot(m.item.x - x, m.item.y - y) <= JUNCTION_M
        for m in inc.members
        for x, y in points
    )


def named_places(self: Correlator, item: Item) -> tuple[tuple[float, float], ...]:
    """The points of the places the citizen's report ``item`` names (geo's gazetteer) farther
    than :data:`~ops_center.policies.NAMED_PLACE_NEAR_M` from where it was sent: a caller
    says "綠美圖前面" or "河南路中平路口" from a phone that places them elsewhere (an agency's
    crew reports from its scene and names a landmark only as a bearing: "中科路(流行影音中心
    東側)"). None when one of them lies within that distance: the phone is at the place the
    caller names, and the others are what they wonder about ("經貿路黎明路口公車亭有個阿伯
    躺在地上，是不是剛剛轉運站被砍的那個？"). Each text is looked up once (remembered,
    bounded like the readings)."""
    if self._places is None or not item.text or item.agency != _CITIZEN:
        return ()
    points = _points_named(self, item.text)
    x, y = item.x, item.y
    far = tuple(p for p in points if math.hypot(p[0] - x, p[1] - y) > NAMED_PLACE_NEAR_M)
    # the caller stands at one of the places they name: the others are what they wonder about
    return far if len(far) == len(points) else ()


def _points_named(self: Correlator, text: str) -> tuple[tuple[float, float], ...]:
    """The gazetteer's points of the places ``text`` names, each text looked up once
    (remembered, bounded like the readings); none without a gazetteer."""
    points = self._named.get(text)
    if points is None:
        if self._places is None:
            return ()
        if len(self._named) >= _TEXTS_MAX:
            self._named.clear()
        points = self._named[text] = self._places(text)
    return points


def named_junction(self: Correlator, item: Item, signal: Signal, found: list[_Fit]) -> list[_Fit]:
    """``found`` narrowed, for a citizen's crash report that several crash jobs fit, to the one
    job whose first-hand evidence (a camera, a patrol, a 119 crew) stands within
    :data:`~ops_center.policies.JUNCTION_M` of a junction or landmark the caller names, even
    when the phone lies nearer another (a driver stuck between two crashes at neighbouring
    junctions names the one he means). ``found`` unchanged when the caller names no such
    place, or it holds no job or two of them."""
    own = self._own[signal]
    if self._places is None or not item.text or item.agency != _CITIZEN or own is None:
        return found
    mine = [f for f in found if f.inc.type is own]
    if len(mine) < 2:
        return found
    points = _points_named(self, item.text)
    if not points:
        return found
    at = [
        f
        for f in mine
        if any(
            m.item.feed in _FIRST_HAND_FEEDS and math.hypot(m.item.x - x, m.item.y - y) <= JUNCTION_M
            for m in f.inc.members
            for x, y in points
        )
    ]
    if len(at) != 1:
        return found
    return [f for f in found if f.inc.type is not own or f is at[0]]


def fits_named(self: Correlator, item: Item, signal: Signal) -> tuple[list[_Fit], tuple[float, float] | None]:
    """:func:`fits` of ``item`` judged from the first place it names where an incident of
    its own type fits (the best one there), with that place; from where it was sent, with
    None, when it names none (farther than :data:`~ops_center.policies.NAMED_PLACE_NEAR_M`)
    or no such incident fits at the places it names."""
    own = self._own[signal]
    for x, y in named_places(self, item):
        # the place names where its own kind of job is (a fire, a crash, a flood there), not
        # what else runs beside the place (a fight at the hub beside the junction named)
        at = [f for f in fits(self, replace(item, x=x, y=y), signal) if f.inc.type is own]
        if at:
            # a named place is a guess of ±100-300 m: it picks one job, never a second one
            # of the same type to merge with (two floods within reach of it)
            return [min(at, key=lambda f: (-f.fit, f.inc.seq))], (x, y)
    return fits(self, item, signal), None


def permit_fits(self: Correlator, item: Item, signal: Signal, have: set[str]) -> list[_Fit]:
    """Open planned events (permits) that explain ``item`` as an expected effect of
    their audience: within :data:`PERMIT_REACH_M` of the permit's area while it runs
    (their window after its end), a citizen's parking call within
    :data:`PERMIT_CALL_REACH_M`, and so a slow-down before the event's start (the audience
    arriving parks within a walk of the venue); where the permit declares its area
    (``area_m``), inside it and within :data:`PERMIT_AREA_MARGIN_M` of its edge. Few permits
    are open at once: each is looked at."""
    out: list[_Fit] = []
    point_m = PERMIT_CALL_REACH_M if signal is _PARKING and item.agency == _CITIZEN else PERMIT_REACH_M
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
        reach_m, scale_m = point_m, PERMIT_REACH_M
        if inc.area_m is not None:
            d, reach_m = max(0.0, d - inc.area_m), PERMIT_AREA_MARGIN_M  # from the declared area's edge
            scale_m = reach_m
        elif signal is _SLOWDOWN and item.t < inc.arrivals_t + ARRIVALS_S:
            # before the start the audience drives to a place to park within a walk of the venue;
            # a road slowing beyond that walk is the evening's own traffic (the let-out is not)
            reach_m = PERMIT_CALL_REACH_M
        if dt > policy.window_s or d > reach_m:
            continue
        fit = r.weight * (1.0 - 0.5 * d / scale_m) * (1.0 - 0.5 * dt / policy.window_s)
        out.append(_Fit(inc, r, fit, d, dt))
    return out


def along(self: Correlator, x: float, y: float) -> tuple[tuple[str, float], ...]:
    """The roads (x, y) lies on and where along each (remembered: sensors repeat)."""
    got = self._road_memo.get((x, y))
    if got is None:
        if len(self._road_memo) > 100_000:
            self._road_memo.clear()
        got = self._road_memo[(x, y)] = self._roads_at(x, y, ON_ROAD_M) if self._roads_at is not None else ()
    return got


def _runs_on(inc: _Inc, item: Item) -> bool:
    """Whether the water of flood ``inc`` runs on along its street to water reported
    farther than :data:`ROAD_NEAR_M` along it (``item``): a report says the flood spreads
    (``inc.spreading``) or ``item`` says so itself. Otherwise the far water is another
    low point of that road. A drainage channel's level station reads the channel under the
    road, not water at its post: its reading, or a flood it alone opened, runs on."""
    if inc.spreading or item.site in CHANNEL_SITES or _spreads(item, alone=True):
        return True
    return all(m.item.site in CHANNEL_SITES for m in inc.members)


def road_fits(self: Correlator, item: Item, signal: Signal, fits: list[_Fit]) -> list[_Fit]:
    """``fits`` with the incidents of linear types (floods) whose evidence lies on a
    road ``item`` lies on, within :data:`ROAD_REACH_M` along that road: water runs
    along its street, so the street explains it farther than the blocks beside it.
    The distance is measured along the road from the incident's span on it."""
    params = self._fit_params[signal]
    out = {f.inc.incident_id: f for f in fits}
    watch = item.site in WATCH_SITES
    spill = _spills(item)
    arrived = self._late.get(item.key)
    for road, a in self._along(item.x, item.y):
        for inc_id, inc in self._on_road.get(road, {}).items():
            param = params.get(inc.type)
            if param is None or (inc.watch is not watch and not (spill or inc.spilled)):
                continue
            lo, hi = inc.roads[road]
            d = lo - a if a < lo else (a - hi if a > hi else 0.0)
            if d > ROAD_REACH_M or inc.state is not _OPEN or (d > ROAD_NEAR_M and not _runs_on(inc, item)):
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


def slow_run(self: Correlator, item: Item, signal: Signal | None) -> None:
    """Note ``item`` in its detector's run of slow readings: a slow-down the center's rules
    raised (:func:`~ops_center.measures._slow_before`) continues the run of its detector's
    earlier ones within :data:`~ops_center.policies.SLOW_RUN_GAP_S`, or begins one; the
    detector's own clearing ends it."""
    src = item.source_id
    if not src or item.kind is not ItemKind.ALERT:
        return
    if signal is _ENDS_SIG:
        self._slow_runs.pop(src, None)
    elif signal is _SLOWDOWN and _slow_before(item):
        run = self._slow_runs.get(src)
        if run is None or item.t - run[1] > SLOW_RUN_GAP_S or item.t < run[0]:
            self._slow_runs[src] = (item.t, item.t)
        elif item.t > run[1]:
            self._slow_runs[src] = (run[0], item.t)


def own_traffic(self: Correlator, item: Item, inc: _Inc) -> bool:
    """Whether the slow-down ``item`` is its road's own traffic, not ``inc``'s queue: its
    detector was slow before ``inc``, a sudden hazard, began (its run of slow readings,
    :func:`slow_run`, began before ``inc``'s first evidence) and it stands on no road an
    agency's report in ``inc`` (police, 119) stands on (within ON_ROAD_M of its line).
    A planned event's audience is on the roads before it starts: never its own traffic."""
    run = self._slow_runs.get(item.source_id) if item.source_id else None
    if run is None or run[0] >= item.t or run[0] >= inc.first_t or inc.planned or inc.fixed:
        return False
    if not self._policies[inc.type].sudden or self._roads_at is None:
        return False
    mine = {road for road, _ in self._along(item.x, item.y)}
    if not mine:
        return False
    for m in inc.members:
        if m.item.feed in AGENCY_FEEDS and any(road in mine for road, _ in self._along(m.item.x, m.item.y)):
            return False
    return True


def queue_fits(self: Correlator, item: Item, signal: Signal, on: tuple[tuple[str, float], ...]) -> list[_Fit]:
    """The open incidents on a road a slow-down ``item`` lies on (``on``: each road and
    where along it) whose queue can reach it (:data:`~ops_center.policies.QUEUE_M`
    along that road, :data:`~ops_center.policies.QUEUE_CLOSED_M` while a road closure
    placed in the incident is in force, measured from the job's evidence on the road or from
    such a closure on it: a fire set back from the road backs it up from the closure its
    smoke or engines made; not a permit's, whose audience's traffic the permit explains),
    each begun before the slow-down. Scored by the
    distance along the road and the time alone, not the type: a queue backs up from the
    nearest blockage, whatever blocks the road."""
    at = dict(on)
    found = (_queue_fit(self, item, signal, inc, at) for inc in self._near(item.x, item.y, QUEUE_CLOSED_M))
    return [f for f in found if f is not None]


def _queue_fit(self: Correlator, item: Item, signal: Signal, inc: _Inc, at: Mapping[str, float]) -> _Fit | None:
    """How the queue of ``inc`` explains the slow-down ``item`` (``at``: the roads it lies on
    and where along each), or None where its queue cannot reach it (see :func:`queue_fits`)."""
    param = self._fit_params[signal].get(inc.type)
    if param is None or item.t < inc.first_t:
        return None  # a slow-down already there when the incident began is not its queue
    if (inc.watch and not inc.spilled) or (inc.type is _FIRE and not inc.sighted and _ENDS in inc.signals):
        return None  # a pond filling, or an alarm its panel took back that nobody saw burn, closes no road
    reach, window = param[0], param[1]
    dt = _gap(item, inc, self._policies[inc.type], self._late.get(item.key))
    if item.t > inc.road_t and inc.road_t < inc.last_t and not inc.holding and _POWER_VALUE in inc.signals:
        dt = max(dt, item.t - inc.road_t)  # lost power stops no car: the queue is as old as the road's evidence
    if dt > window:
        return None
    closures = self._closures.get(inc.incident_id)
    # nothing gets past a closed road: its queue backs up farther
    r = QUEUE_CLOSED_M if closures and closure_distance(closures, item) < math.inf else QUEUE_M
    along = along_from(self, inc, at)
    if closures and inc.incident_id not in self._permits:
        # the queue backs up from the closure the job holds in force, wherever its scene stands
        along = min(along, _along_closed(self, closures, item, at))
    if along > r:
        return None
    fit = (1.0 - 0.5 * along / QUEUE_M) * (1.0 - 0.5 * dt / window)  # the nearest blockage first
    return _Fit(inc, reach, fit, along, dt)


def _along_closed(self: Correlator, closures: list[Closure], item: Item, at: Mapping[str, float]) -> float:
    """The distance along a road ``item`` lies on (``at``: each road and where along it) to the
    nearest of ``closures`` in force when it was observed that lies on that road; infinite when
    none does."""
    best = math.inf
    for x, y in closed_at(closures, item.t):
        for road, b in along(self, x, y):
            a = at.get(road)
            if a is not None and abs(b - a) < best:
                best = abs(b - a)
    return best


def _closed_along(self: Correlator, inc: _Inc, item: Item, at: Mapping[str, float]) -> bool:
    """Whether a road closure of ``inc`` in force when ``item`` was observed lies on a road
    ``item`` lies on (``at``: each road and where along it), within
    :data:`~ops_center.policies.QUEUE_CLOSED_M` along it."""
    held = self._closures.get(inc.incident_id)
    if not held:
        return False
    for x, y in closed_at(held, item.t):
        for road, b in along(self, x, y):
            a = at.get(road)
            if a is not None and abs(b - a) <= QUEUE_CLOSED_M:
                return True
    return False


def own_road_fits(self: Correlator, item: Item, signal: Signal, fits: list[_Fit]) -> list[_Fit]:
    """``fits`` of the slow-down ``item`` narrowed to the jobs whose queue can reach it along
    a road it lies on (:func:`queue_fits`): a detector is slowed by what blocks its own road,
    not by a job beside it on another road, however near or weighty. Kept beside them: the
    planned events (their audience drives on every road around the event's area, not along
    one) and the jobs whose road closure in force lies on one of its roads within
    :data:`~ops_center.policies.QUEUE_CLOSED_M` along it (nothing gets past the closure,
    wherever the job itself stands: a fire engine's closure in front of a block set back
    from the road). Where none of ``fits`` is kept, the blockages on its
    roads are (:func:`queue_fits`); where no job lies on them, ``fits`` stand. Only
    ``fits``' own jobs are measured first: the open jobs along the roads are looked for
    only when none of them is kept."""
    on = along(self, item.x, item.y)
    if not on:
        return fits
    at = dict(on)
    kept = [
        f
        for f in fits
        if f.inc.incident_id in self._permits
        or _closed_along(self, f.inc, item, at)
        or _queue_fit(self, item, signal, f.inc, at) is not None
    ]
    if kept:
        return kept
    return queue_fits(self, item, signal, on) or fits


def along_from(self: Correlator, inc: _Inc, at: Mapping[str, float]) -> float:
    """The distance along a road from a point (``at``: each road it lies on and where along
    it) to the nearest end of ``inc``'s evidence on that road; infinite when none lies on
    one of those roads."""
    along = math.inf
    for x1, y1, x2, y2 in inc.segs:
        for px, py in ((x1, y1), (x2, y2)):
            for road, b in self._along(px, py):
                a = at.get(road)
                if a is not None and abs(b - a) < along:
                    along = abs(b - a)
    return along


def reopened(self: Correlator, item: Item, signal: Signal) -> _Fit | None:
    """The incident, open or quiet, whose scene an agency's report of the road reopened
    (:attr:`~common.lexicon.Cue.REOPEN`) lies at, within the signal's reach and
    :data:`~ops_center.policies.SAME_SOURCE_S` of its last evidence (the nearest): the
    report ends that job, however long the job took.

    Looks at the incidents with area in the cells within the signal's largest reach:
    the open ones in the grid, the quiet ones in the grid of quiet incidents; in the
    order they were opened, so of two as near the first opened wins."""
    params = self._fit_params[signal]
    best: _Fit | None = None
    x, y, r = item.x, item.y, self._rmax[signal]
    near: dict[str, _Inc] = {}
    for gx in range(math.floor((x - r) / _CELL), math.floor((x + r) / _CELL) + 1):
        for gy in range(math.floor((y - r) / _CELL), math.floor((y + r) / _CELL) + 1):
            for inc_id, piece in self._grid.get((gx, gy), {}).items():
                near[inc_id] = piece.inc
            near.update(self._quiet_grid.get((gx, gy), {}))
    scene = signal in _SCENE_SIGNALS and item.feed in AGENCY_FEEDS
    for inc in sorted(near.values(), key=lambda i: i.seq):
        param = params.get(inc.type)
        if param is None or inc.state not in _REOPENABLE or not inc.segs:
            continue
        if item.t < inc.first_t or item.t - inc.last_t > SAME_SOURCE_S:
            continue
        if scene and inc.type is self._own[signal] and _another_scene(inc, item, _VALUE[signal]):
            continue
        d = min(_seg_dist(item.x, item.y, sg) for sg in inc.segs)
        if d <= param[0].radius_m and (best is None or d < best.distance):
            best = _Fit(inc, param[0], 0.0, d, max(0.0, item.t - inc.live_t))
    return best


def cells(self: Correlator, x: float, y: float, r: float) -> Iterator[dict[str, _Piece]]:
    """The pieces of area in each non-empty grid cell within ``r`` of (x, y)."""
    grid = self._grid
    for gx in range(math.floor((x - r) / _CELL), math.floor((x + r) / _CELL) + 1):
        for gy in range(math.floor((y - r) / _CELL), math.floor((y + r) / _CELL) + 1):
            entries = grid.get((gx, gy))
            if entries:
                yield entries


def known_before(self: Correlator, inc: _Inc, item: Item) -> bool:
    """Whether another open incident began before ``inc`` within :data:`AGAIN_M` of ``item``
    (a job the caller's "again" may mean, so ``inc`` may be the crash they report)."""
    x, y = item.x, item.y
    for other in self._near(x, y, AGAIN_M):
        if other is inc or other.first_t >= inc.first_t:
            continue
        if any(_seg_dist(x, y, sg) <= AGAIN_M for sg in other.segs):
            return True
    return False


def near(self: Correlator, x: float, y: float, r: float) -> Iterator[_Inc]:
    """Each incident with a piece of its area in the grid cells within ``r`` of (x, y), once."""
    seen: set[str] = set()
    for entries in self._cells(x, y, r):
        for inc_id, piece in entries.items():
            if inc_id not in seen:
                seen.add(inc_id)
                yield piece.inc


def onlookers_job(self: Correlator, item: Item, signal: Signal) -> _Fit | None:
    """The job the crowd or the parked cars of ``item`` came to watch: a crowd or parking
    report saying so (cue ``onlookers``: 看熱鬧, 圍觀) and the nearest open job within
    :data:`~ops_center.policies.ONLOOKERS_M` of its evidence that is no crowd's (an event's
    audience is no onlooker). None when it says no such thing or no such job is near."""
    if signal not in (_PARKING, _CROWD_SIG) or not item.text or _ONLOOKERS_CUE not in cues(item.text):
        return None
    best: tuple[float, int, _Inc] | None = None
    for inc in near(self, item.x, item.y, ONLOOKERS_M):
        if inc.state is not _OPEN or inc.type is _CROWD or not inc.segs:
            continue
        d = min(_seg_dist(item.x, item.y, sg) for sg in inc.segs)
        if d <= ONLOOKERS_M and (best is None or (d, inc.seq) < best[:2]):
            best = (d, inc.seq, inc)
    if best is None:
        return None
    d, _, inc = best
    return _Fit(inc, REACH.get((signal, inc.type), _NO_REACH), 0.0, d, 0.0)


def job_of(self: Correlator, item: Item, value: str, own: IncidentType) -> _Inc | None:
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


def common_cause(self: Correlator, item: Item, now: float) -> _Inc | None:
    """The open incident holding another device's failure within :data:`OUTAGE_S`
    and :data:`OUTAGE_M` of this one (the nearest): devices that fail together
    share one cause (a power cut, a cut cable), whatever their usual reach. A rule's
    alert of a device's failure (its silence) also shares the cause of failures up to
    :data:`SILENCE_S` before it: the rule raises it only after the silence lasted; where
    the device itself said it went offline before the alert, its silence began then. A
    failure stamped long before it came (a slow clock) failed as late as its arrival. A
    device that hangs on a registered gateway (``Item.gateway``) shares first the cause of
    the failures of that gateway's other devices in that time, however far they are."""
    x, y, t = item.x, item.y, item.t
    best: tuple[float, _Inc] | None = None
    r = OUTAGE_M
    # a rule's alert that the device fell silent comes up to SILENCE_S after the silence began,
    # which began when the device said it went offline, where it said so
    lo, hi = t - OUTAGE_S, t + OUTAGE_S
    if item.kind is ItemKind.ALERT:
        said = self._went_silent.get(item.source_id)
        lo = said - OUTAGE_S if said is not None and 0.0 <= t - said <= SILENCE_S else lo - SILENCE_S
    if item.key in self._late:
        hi = now + OUTAGE_S  # stamped long before it came (a slow clock): it failed as late as its arrival
    if item.gateway and (behind := self._gateway_failures.get(item.gateway)):
        behind[:] = [e for e in behind if now - e[3] <= 2 * OUTAGE_S + LEAD_S + SILENCE_S]  # forget old ones
        for ft, src, inc_id, _ in reversed(behind):
            if src == item.source_id or ft < lo or ft > hi:
                continue
            resolved = self._resolve(inc_id)
            inc = self._incidents.get(resolved) if resolved is not None else None
            if inc is not None and inc.state is _OPEN:
                return inc  # the gateway's outage: one job, the latest that holds its devices
    for gx in range(math.floor((x - r) / _CELL), math.floor((x + r) / _CELL) + 1):
        for gy in range(math.floor((y - r) / _CELL), math.floor((y + r) / _CELL) + 1):
            entries = self._failures.get((gx, gy))
            if not entries:
                continue
            entries[:] = [e for e in entries if now - e[5] <= 2 * OUTAGE_S + LEAD_S + SILENCE_S]  # forget old ones
            if not entries:
                del self._failures[(gx, gy)]
                continue
            for ft, fx, fy, src, inc_id, _ in entries:
                d = math.hypot(fx - x, fy - y)
                if src == item.source_id or ft < lo or ft > hi or d > r:
                    continue
                resolved = self._resolve(inc_id)
                inc = self._incidents.get(resolved) if resolved is not None else None
                if inc is not None and inc.state is _OPEN and (best is None or d < best[0]):
                    best = (d, inc)
    return best[1] if best is not None else None


def dark_junction(self: Correlator, item: Item) -> _Fit | None:
    """The open infrastructure job holding the own fault of a signal controller within
    :data:`DARK_JUNCTION_M` of ``item`` (a report of a dark signal by a camera, the police
    or a caller) and not back since (the nearest): the dark junction the power cut made is
    the cut's job, not a signal crew's of its own. None where no such job is open."""
    x, y = item.x, item.y
    r = DARK_JUNCTION_M
    best: tuple[float, _Inc] | None = None
    for gx in range(math.floor((x - r) / _CELL), math.floor((x + r) / _CELL) + 1):
        for gy in range(math.floor((y - r) / _CELL), math.floor((y + r) / _CELL) + 1):
            dark = self._dark.get((gx, gy))
            if not dark:
                continue
            for _, sx, sy, inc_id in dark.values():
                d = math.hypot(sx - x, sy - y)
                if d > r or (best is not None and d >= best[0]):
                    continue
                resolved = self._resolve(inc_id)
                inc = self._incidents.get(resolved) if resolved is not None else None
                if inc is not None and inc.type is _INFRA and inc.state is _OPEN:
                    best = (d, inc)
    if best is None:
        return None
    d, inc = best
    area = min((_seg_dist(x, y, sg) for sg in inc.segs), default=d)
    return _Fit(inc, _NO_REACH, 0.0, area, 0.0)


def still_dark(self: Correlator, item: Item) -> _Fit | None:
    """The incident, open or quiet, holding the own fault of a signal controller within
    :data:`STILL_DARK_M` of ``item`` (a report of a dark signal: the controller's, a
    camera's, the police's or a caller's) that has not reported back since, at most
    :data:`DARK_UNTIL_BACK_S` before ``item`` (the nearest): the junction is still dark, and
    the report is news of the job that holds it, however long that job has been quiet. The
    police directing the traffic at a junction a power cut darkened are their own job there,
    not the cut's (:func:`dark_junction`)."""
    x, y, t = item.x, item.y, item.t
    agency = item.feed in AGENCY_FEEDS
    r = STILL_DARK_M
    best: tuple[float, _Inc] | None = None
    for gx in range(math.floor((x - r) / _CELL), math.floor((x + r) / _CELL) + 1):
        for gy in range(math.floor((y - r) / _CELL), math.floor((y + r) / _CELL) + 1):
            for ft, sx, sy, inc_id in self._dark.get((gx, gy), {}).values():
                d = math.hypot(sx - x, sy - y)
                if d > r or t - ft > DARK_UNTIL_BACK_S or (best is not None and d >= best[0]):
                    continue
                resolved = self._resolve(inc_id)
                inc = self._incidents.get(resolved) if resolved is not None else None
                if inc is None or inc.state not in _REOPENABLE or inc.withdrawn or (agency and inc.type is _INFRA):
                    continue
                best = (d, inc)
    if best is None:
        return None
    d, inc = best
    area = min((_seg_dist(x, y, sg) for sg in inc.segs), default=d)
    return _Fit(inc, _NO_REACH, 0.0, area, max(0.0, t - inc.live_t))


def sighted_first(self: Correlator, item: Item, same: list[_Fit]) -> list[_Fit]:
    """Of the fires that explain a citizen's sighting of fire or smoke, those others
    have seen burning, or at whose scene (half the reach) the caller stands. A fire
    nobody has seen from outside (a panel alarm the drifting smoke set off) explains
    no sighting beyond its scene while a fire that others see burns within
    :data:`SMOKE_SEEN_M`; with no such fire the sighting is placed as usual. Smoke
    that reached the caller from elsewhere (smelled, drifting in: :func:`_smoke_came`)
    is that fire's even at another fire's scene."""
    if _smoke_came(item):
        keep = [f for f in same if f.inc.sighted]
    else:
        keep = [f for f in same if f.inc.sighted or f.distance <= 0.5 * f.reach.radius_m]
    if keep:
        return keep
    seen = self._smoke_seen(item, sighted_only=True)
    return [seen] if seen is not None else same


def smoke_seen(self: Correlator, item: Item, *, sighted_only: bool = False, r: float = SMOKE_SEEN_M) -> _Fit | None:
    """The nearest open fire placed by a sensor or an agency within :data:`SMOKE_SEEN_M`
    of a citizen's report of fire or smoke and within the fire's window: the smoke
    the caller sees from afar (see :data:`SMOKE_SIGHTINGS`). A fire others have seen
    burning comes before one nobody has (``sighted_only``: only such a fire). ``r``: how far
    the report may lie from the fire (a patrol's report: :data:`~ops_center.policies.PATROL_SITE_M`)."""
    x, y = item.x, item.y
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


def plume(self: Correlator, item: Item, signal: Signal) -> _Fit | None:
    """The nearest open incident placed by a sensor or an agency that holds a report of a
    hazardous release or is a fire people see burning, within :data:`PLUME_M` of a
    citizen's report of an irritant smell and within its window: the plume the caller
    smells downwind (see :attr:`~common.lexicon.Cue.PLUME`)."""
    x, y = item.x, item.y
    params = self._fit_params[signal]
    best: _Fit | None = None
    for inc in self._near(x, y, PLUME_M):
        param = params.get(inc.type)
        if param is None or not inc.precise or not (inc.sighted or _HAZMAT in inc.signals):
            continue
        policy = self._policies[inc.type]
        dt = _gap(item, inc, policy, self._late.get(item.key))
        d = min((_seg_dist(x, y, sg) for sg in inc.segs), default=math.inf)
        if dt <= policy.window_s and d <= PLUME_M and (best is None or d < best.distance):
            best = _Fit(inc, param[0], 0.0, d, dt)
    return best


def burst_main(self: Correlator, item: Item) -> _Fit | None:
    """The nearest open infrastructure job holding road damage (a collapse, a sinkhole)
    within :data:`WELLING_M` of a report of water welling up, and within its window: the
    main broken under the road (see :attr:`~common.lexicon.Cue.WELLING`)."""
    x, y = item.x, item.y
    policy = self._policies[_INFRA]
    best: _Fit | None = None
    for inc in self._near(x, y, WELLING_M):
        if inc.type is not _INFRA or inc.state is not _OPEN or _ROAD_DAMAGE not in inc.signals:
            continue
        dt = _gap(item, inc, policy, self._late.get(item.key))
        d = min((_seg_dist(x, y, sg) for sg in inc.segs), default=math.inf)
        if dt <= policy.window_s and d <= WELLING_M and (best is None or d < best.distance):
            best = _Fit(inc, _WELLING_REACH, 0.0, d, dt)
    return best


_WELLING_REACH = Reach(WELLING_M, 1.0, False)  # supports the main's job; does not extend its area


def dry_taps(self: Correlator, item: Item, signal: Signal) -> _Fit | None:
    """The job, open or quiet, of the burst main (or the outage) that cut the water of the
    call about dry taps ``item`` (read as ``signal``): the nearest incident holding the
    evidence ``signal`` needs there (:data:`~ops_center.policies.NEEDS`: the main's break,
    other dry taps) within :data:`~ops_center.policies.WATER_MAIN_M` of ``item``, begun
    before it and whose evidence ended at most :data:`~ops_center.policies.STILL_S` before
    it. The taps stay dry until the main is repaired, and the water comes back muddy:
    callers tell of both long after the job's last report. None when no such job is there."""
    x, y, t, r = item.x, item.y, item.t, WATER_MAIN_M
    near: dict[str, _Inc] = {inc.incident_id: inc for inc in self._near(x, y, r)}
    for gx in range(math.floor((x - r) / _CELL), math.floor((x + r) / _CELL) + 1):
        for gy in range(math.floor((y - r) / _CELL), math.floor((y + r) / _CELL) + 1):
            near.update(self._quiet_grid.get((gx, gy), {}))
    best: _Fit | None = None
    for inc in sorted(near.values(), key=lambda i: i.seq):
        needs = NEEDS.get((signal, inc.type))
        reach = REACH.get((signal, inc.type))
        if needs is None or reach is None or not inc.segs or inc.state not in _REOPENABLE:
            continue
        if not needs & inc.signals or t < inc.first_t or t - inc.live_t > STILL_S:
            continue
        d = min(_seg_dist(x, y, sg) for sg in inc.segs)
        if d <= r and (best is None or d < best.distance):
            best = _Fit(inc, reach, 0.0, d, max(0.0, t - inc.live_t))
    return best


def quiet_scene(self: Correlator, item: Item, signal: Signal, own: IncidentType | None) -> _Fit | None:
    """The incident gone quiet at whose scene a late delivery ``item`` lies and that was
    gathering evidence when ``item`` was observed (from :data:`LEAD_S` before its first
    evidence to its window after its last): what was seen then, delivered after the job
    went quiet. The scene is the signal's reach (another site of a point hazard a sensor
    or an agency placed is not its scene; evidence of another kind of hazard only at half
    the reach). The nearest; of two as near, the first opened. Looks at the quiet
    incidents with area in the cells within the signal's largest reach (the grid of quiet
    incidents)."""
    best: _Fit | None = None
    t, x, y = item.t, item.x, item.y
    params = self._fit_params[signal]
    r = self._rmax[signal]
    near: dict[str, _Inc] = {}
    for gx in range(math.floor((x - r) / _CELL), math.floor((x + r) / _CELL) + 1):
        for gy in range(math.floor((y - r) / _CELL), math.floor((y + r) / _CELL) + 1):
            near.update(self._quiet_grid.get((gx, gy), {}))
    for inc in sorted(near.values(), key=lambda i: i.seq):
        if inc.state is not IncidentState.QUIET or not inc.segs:
            continue
        param = params.get(inc.type)
        if param is None or t < inc.first_t - LEAD_S or t - inc.live_t > param[1]:
            continue
        if signal not in _DEVICE_STATE and _network_job(inc):
            continue  # a network's outage explains no hazard seen while it lasted
        radius = param[3] if param[3] is not None and inc.sited and item.agency != _CITIZEN else param[0].radius_m
        if own is not None and inc.type is not own:
            radius *= 0.5
        d = min(_seg_dist(x, y, sg) for sg in inc.segs)
        if d > radius or (best is not None and d >= best.distance):
            continue
        fit = fit_one(self, inc, item, signal)
        if fit is not None:
            best = _Fit(inc, param[0], fit.fit, d, max(0.0, t - inc.live_t))
    return best


def _clearing_window(self: Correlator, signal: Signal, typ: IncidentType) -> float:
    """How long after an incident's evidence ``signal`` may still explain it: the type's
    window; a works permit clearing a hazard (not an infrastructure repair) the window and
    the lateness grace: the fallen tree lies on the road until it is cleared, so its
    clearing is the job's while the job is open."""
    policy = self._policies[typ]
    if signal is _WORKS and typ is not _INFRA:
        return policy.window_s + policy.grace_s
    return policy.window_s


def fit_one(self: Correlator, inc: _Inc, item: Item, signal: Signal) -> _Fit | None:
    r = REACH.get((signal, inc.type))
    if r is None or (
        inc.watch is not (item.site in WATCH_SITES) and inc.type is _FLOOD and not (inc.spilled or _spills(item))
    ):
        return None
    if signal in _TOLD and not _says_it_explains(item, signal, inc.type):
        return None
    d = min((_seg_dist(item.x, item.y, s) for s in inc.segs), default=math.inf)
    radius = r.radius_m
    if d > radius and inc.roads and signal in self._road_signals:
        # a flood that follows a road: measured along the road it follows
        d, radius = self._road_distance(inc, item), ROAD_REACH_M
        if d > ROAD_NEAR_M and not _runs_on(inc, item):
            return None
    policy = self._policies[inc.type]
    window = _clearing_window(self, signal, inc.type)
    dt = _gap(item, inc, policy, self._late.get(item.key))
    if d > radius or dt > window or _new_onset(inc, item, signal) or _beyond_junction(inc, signal, d, item):
        return None
    if d > 0.5 * r.radius_m and _open_burning(item, signal):
        return None  # smoke beside the caller: only a fire at its scene explains it
    if _another_fire_here(item, signal, inc, d, r.radius_m):
        return None  # grass or a vehicle burning where the caller is: not a building's fire beyond its scene
    if inc.type is _CROWD and _closed_by_hazard(item, signal):
        return None  # a car park closed for a fire or water: no audience's
    if signal is _NOISE and _other_noise(item, signal, inc):
        return None  # a building site's or a racing car's noise is no audience's
    if _works_closure(item, signal, inc.type):
        return None  # a lane closed for works is the works', not the audience's
    need = self._needs.get(signal)
    if need is not None and (held := need.get(inc.type)) is not None and held.isdisjoint(inc.signals):
        return None
    return _Fit(inc, r, r.weight * (1.0 - 0.5 * d / radius) * (1.0 - 0.5 * dt / window), d, dt)


def road_distance(self: Correlator, inc: _Inc, item: Item) -> float:
    """Metres along a road from the span of ``inc`` on it to ``item`` (inf: on none of its roads)."""
    best = math.inf
    for road, a in self._along(item.x, item.y):
        span = inc.roads.get(road)
        if span is not None:
            lo, hi = span
            d = lo - a if a < lo else (a - hi if a > hi else 0.0)
            best = min(best, d)
    return best


def evacuation(self: Correlator, item: Item, signal: Signal) -> _Fit | None:
    """The nearest open incident holding a report of a hazardous-material leak and an
    agency's report of an evacuation (:attr:`~common.lexicon.Cue.EVACUATION`)
    within :data:`~ops_center.policies.EVACUATION_M` of the crowd ``item`` (observed after
    the incident began, within its window): the people evacuated from around the leak.
    Called only for a crowd nothing else explains: the members' texts are read here."""
    best: _Fit | None = None
    arrived = self._late.get(item.key)
    for inc in self._near(item.x, item.y, EVACUATION_M):
        reach = REACH.get((signal, inc.type))
        if reach is None or inc.state is not _OPEN or _HAZMAT not in inc.signals or item.t < inc.first_t:
            continue
        policy = self._policies[inc.type]
        dt = _gap(item, inc, policy, arrived)
        d = min((_seg_dist(item.x, item.y, sg) for sg in inc.segs), default=math.inf)
        if dt > policy.window_s or d > EVACUATION_M or (best is not None and d >= best.distance):
            continue
        if any(
            m.item.feed in AGENCY_FEEDS and _EVACUATION_CUE in said(m.item.feed, m.item.category, m.item.text)
            for m in inc.members
        ):
            best = _Fit(inc, reach, 0.0, d, dt)
    return best



def open_within(self: Correlator, item: Item, radius: float, keep: Callable[[_Inc], bool]) -> list[_Inc]:
    """The open incidents ``keep`` takes whose area lies within ``radius`` of ``item`` and
    whose evidence is within their type's window of it, in the order the grid gives them."""
    found: list[_Inc] = []
    arrived = self._late.get(item.key)
    for inc in self._near(item.x, item.y, radius):
        if inc.state is not _OPEN or not keep(inc):
            continue
        policy = self._policies[inc.type]
        if _gap(item, inc, policy, arrived) > policy.window_s:
            continue
        if min((_seg_dist(item.x, item.y, sg) for sg in inc.segs), default=math.inf) <= radius:
            found.append(inc)
    return found


def building_job(self: Correlator, item: Item, types: frozenset[IncidentType]) -> _Inc | None:
    """The open job of one of ``types`` whose area lies within :data:`PANEL_SCENE_M` of the
    fire panel's report ``item`` and whose evidence is within its window of it: what hit the
    panel's building (see :data:`~ops_center.policies.PANEL_SCENE_M`). The nearest; of two as
    near, the first opened."""
    found = open_within(self, item, PANEL_SCENE_M, lambda inc: inc.type in types)
    return min(
        found,
        key=lambda inc: (min(_seg_dist(item.x, item.y, sg) for sg in inc.segs), inc.seq),
        default=None,
    )
