"""Placing an item in an incident: joining, opening, merging, growing the incident's
area and moving its quiet deadline.

Each function takes the :class:`~ops_center.correlate.Correlator` as ``self`` and is
bound as one of its methods (a subclass may override it as a method).
"""

from __future__ import annotations

import functools
import heapq
import math
from dataclasses import replace
from typing import TYPE_CHECKING

from common.lexicon import Cue, cues, read
from common.vocabulary import OPENED_AS, Signal, StatusReason
from common.vocabulary import said as said_by
from ops_center import far_sightings, permit_versions, smoke_grid, tracks
from ops_center.changes import (
    Change,
    Joined,
    Merged,
    Opened,
)
from ops_center.correlation_state import (
    _ALERT,
    _CCTV,
    _CELL,
    _CITIZEN,
    _CLOSURE,
    _CLOSURE_SIG,
    _CONTEXT,
    _CRASH_SIG,
    _CROWD,
    _DEVICE_STATE,
    _ENDS,
    _ENDS_SIG,
    _FIRE,
    _FLOOD,
    _INFRA,
    _LASTING_VALUES,
    _MISSING,
    _OBSTRUCTION,
    _OFFLINE,
    _OPEN,
    _PLANNED_EVENT,
    _PULLED,
    _RANK,
    _RESCUE,
    _ROAD_DAMAGE,
    _SEED,
    _SIGHTING_VALUES,
    _SIGNAL_FAULT,
    _SIGNAL_OF,
    _TRAFFIC,
    _UNREAD,
    _VALUE,
    _Fit,
    _Inc,
    _Piece,
    incident_id_for,
)
from ops_center.incidents import (
    CapSeverity,
    IncidentState,
    IncidentType,
    Item,
    JoinVia,
    Member,
    MergeRecord,
    check_incident_transition,
)
from ops_center.measures import (
    _NO_REACH,
    _crewed_apart,
    _dispatched_apart,
    _hold_end,
    _is_failure,
    _one_road,
    _open_burning,
    _racing_job,
    _seg_dist,
    _smoke_came,
    _span_with,
    _spills,
    _spreads,
    _two_patients,
    _two_people_sought,
)
from ops_center.policies import (
    AGENCY_FEEDS,
    ARRIVALS_S,
    CASUALTY_M,
    DARK_UNTIL_BACK_S,
    EXPECTED_OF_EVENT,
    FALSE_ALARM_HOLD_S,
    FLAP_S,
    HOLD_S,
    LEAD_S,
    MAX_EXTENT_M,
    RACING_WINDOW_S,
    REACH,
    REASON_EXPECTED,
    SAME_SOURCE_S,
    SEARCH_WINDOW_S,
    STRONG_FEEDS,
    WATCH_SITES,
    Reach,
)

if TYPE_CHECKING:
    from ops_center.correlate import Correlator


#: the text reader's topic of water on the road (common/data/lexicon.yaml)
_FLOOD_TOPIC = "flood_report"
#: the signals of a job that holds rescue reports only
_RESCUE_VALUE = Signal.RESCUE.value
_RESCUE_ONLY = frozenset({_RESCUE_VALUE})

_QUIET = IncidentState.QUIET
_COMMS_LOST = StatusReason.COMMS_LOST
_OFFLINE_VALUE = Signal.DEVICE_OFFLINE.value
_POWER_VALUE = Signal.POWER_LOSS.value
_DEVICE_TOPIC = Signal.DEVICE_OFFLINE.value  # the lexicon's topic of a device's silence
#: The lexicon's cues the rules here read (common/data/lexicon.yaml, project: cues:).
_BURST_MAIN_CUE = Cue.BURST_MAIN
_RECEDED_CUE = Cue.RECEDED
_FALSE_ALARM_CUE = Cue.FALSE_ALARM
_LINK_LOST_CUE = Cue.LINK_LOST
_EVACUATION_CUE = Cue.EVACUATION
_EVACUATION_OVER_CUE = Cue.EVACUATION_OVER
_EVACUATION = Signal.EVACUATION.value  # an evacuation's category says it (cue evacuation), whatever its text
_SMOKE_CUE = Cue.SMOKE
_SMOKE_DRAWN_IN_CUE = Cue.SMOKE_DRAWN_IN
_CRUSH_CUE = Cue.CRUSH
#: What a planned event's permit holds aside while no report of its work is in its job: its
#: audience's effects and the calls the center cannot classify, from anyone but an agency.
_EXPECTED_VALUES = frozenset({*(s.value for s in EXPECTED_OF_EVENT), _UNREAD})


def _expected(inc: _Inc, member: Member) -> bool:
    """Whether ``member`` is what ``inc``'s planned event explains (held aside): an
    expected effect, or the return of a device whose effect is held (its slow-down
    cleared), from anyone but an agency; never a report of people knocked down or trampled
    in the crowd (cue ``crush``: 踩踏, 推擠倒地): the audience in danger is the job."""
    item = member.item
    if item.feed in AGENCY_FEEDS or (item.text and _CRUSH_CUE in cues(item.text)):
        return False
    return member.signal in _EXPECTED_VALUES or (
        member.signal == _ENDS and any(m.item.source_id == item.source_id for m in inc.held))


def extends(self: Correlator, inc: _Inc, item: Item, r: Reach) -> bool:
    """Whether ``item`` (within reach ``r``) extends the area of ``inc``.

    A planned event's area is its permit's: nothing extends it. A point hazard
    (a fire, a crash) is where sensors and agencies place it: once it has such a
    position, citizens' positions (where they stand, not where the hazard is) no
    longer extend it. A flood is wherever people see water: every report extends it. A
    citizen's report judged from a landmark or a junction it names (geo's gazetteer)
    extends none: neither where it was sent nor the place's guessed point is the hazard's."""
    if not r.extends or inc.fixed or inc.state is not _OPEN or item.key == self._judged_named:
        return False
    if (
        _span_with(inc.box, item.x, item.y) > MAX_EXTENT_M
        and inc.incident_id not in self._tracks  # a subject that drives on is where it went
        and not (inc.roads and _one_road(inc.roads, {road: (a, a) for road, a in self._along(item.x, item.y)}))
    ):
        return False  # an area grown this wide is not one hazard: the item joins without extending it
    return item.agency != _CITIZEN or not inc.precise or self._policies[inc.type].linear


def member(item: Item, signal: Signal | None, via: JoinVia, *, anchor: bool, fit: _Fit | None, now: float) -> Member:
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


def join(  # noqa: PLR0917 - the placement and where its changes go
    self: Correlator, fit: _Fit, item: Item, signal: Signal, via: JoinVia, now: float, changes: list[Change]
) -> None:
    extends = self._extends(fit.inc, item, fit.reach)
    member = self._member(item, signal, via, anchor=extends, fit=fit, now=now)
    if not admit(self, fit.inc, member, now, changes, extends=extends):
        return
    if signal is _CLOSURE_SIG and self._pending:
        self._pull_detours(fit.inc, item, now, changes)  # the slow-downs of its detour reported before it


def join_continuing(  # noqa: PLR0917 - the correlator, the placement and where its changes go
    self: Correlator, inc: _Inc, item: Item, signal: Signal | None, now: float, changes: list[Change]
) -> None:
    fit = self._fit_one(inc, item, signal) if signal is not None else None
    r = fit.reach if fit is not None else None
    if r is None and signal is not None and item.follows is not None and self._policies[inc.type].moves:
        # the subject moves (a lost person walks on): a follow-up says where the job is
        # now and places it there even beyond the signal's usual reach; of a fixed
        # hazard, a follow-up far off was written elsewhere (at the precinct)
        r = REACH.get((signal, inc.type))
    extends = r is not None and self._extends(inc, item, r)
    member = self._member(item, signal, _CONTEXT, anchor=extends, fit=fit, now=now)
    if admit(self, inc, member, now, changes, extends=extends) and extends:
        self._pull(inc, now, changes)


def admit(self: Correlator, inc: _Inc, member: Member, now: float, changes: list[Change], *, extends: bool) -> bool:
    """Add ``member`` to ``inc`` and record it (:class:`Joined`, via its ``via``); True when
    it joined. A planned event's job that no report of the event's work has joined yet holds
    an expected effect aside instead (left out as ``expected_of_event``, False), and the
    first other member brings the held ones in with it (:data:`EXPECTED_OF_EVENT`)."""
    if inc.planned:
        item = member.item
        if _expected(inc, member):
            inc.held.append(member)
            if item.source_id:
                self._by_source[item.source_id] = inc.incident_id  # its later messages come here too
            self._leave_out(item.key, REASON_EXPECTED, now, changes)
            self._held_by[item.key] = inc.incident_id
            return False
        self._add(inc, member, now, extends=extends)  # a later version of the permit keeps it planned
        changes.append(Joined(inc.incident_id, member.item.key, member.via))
        if member.signal != _PLANNED_EVENT or not inc.planned:
            inc.planned = False
            release_held(self, inc, now, changes)
        return True
    self._add(inc, member, now, extends=extends)
    changes.append(Joined(inc.incident_id, member.item.key, member.via))
    return True


def release_held(self: Correlator, inc: _Inc, now: float, changes: list[Change]) -> None:
    """The effects ``inc``'s permit held aside join it (the event became a job): in the order
    they came, as pulled in, extending nothing (a permit's area is fixed)."""
    held, inc.held = inc.held, []
    for m in held:
        self._left_out.pop(m.item.key, None)
        self._held_by.pop(m.item.key, None)
        self._add(inc, replace(m, via=_PULLED, joined_at=now), now, extends=False)
        changes.append(Joined(inc.incident_id, m.item.key, _PULLED))


def bridge(  # noqa: PLR0917 - the correlator, the placement and where its changes go
    self: Correlator, target: _Inc, item: Item, signal: Signal, now: float, changes: list[Change]
) -> None:
    """A follow-up that also lies at the scene of another open incident of its own
    kind says the two are one job (a wrong-way driver the cameras tracked, then the
    crash it caused): the younger is merged into the older. An incident begun well
    before the one followed up (a car broken down before the wrong-way driver came by)
    is not its doing and stays apart. When the job followed up has gone quiet, the agency
    files the trouble back on its case (the signal repaired in the morning failed again,
    the fire rekindled, the night's closure filed on the first day's case): the quiet job is
    merged into the open one of its kind (a closure's or an evacuation's, which open no job of
    their own, of the quiet job's type), which stays live; of a
    type covering several kinds of job, only into one holding a report of the follow-up's
    kind (the signal's case, not the crash at its junction)."""
    own = self._own[signal]
    if own is None and target.state is _QUIET:
        own = target.type  # a closure, an evacuation filed on the quiet job's case: of that job's kind
    if own is None or (target.state is not _OPEN and target.state is not _QUIET):
        return
    for f in sorted(self._fits(item, signal), key=lambda f: f.inc.seq):
        other = f.inc
        if other is target or other.type is not own or other.state is not _OPEN:
            continue
        if f.distance > 0.5 * f.reach.radius_m:
            continue  # not at its scene
        if other.first_t < target.first_t - LEAD_S:
            continue  # a job begun well before the one followed up is not its doing: passed by
        if _dispatched_apart(target, other):
            continue  # 119 sent crews to each at its own address: two jobs
        if _two_people_sought(target, other):
            continue  # a search for a child and one for an elder: two descriptions, two searches
        if _two_patients(target, other):
            continue  # 119 sent an ambulance to each of two patients: two jobs
        if target.state is _QUIET:
            if self._policies[own].kinds and _VALUE[signal] not in other.signals:
                continue  # the signal failed again, not the crash at its junction: another kind of job
            # the agency files the trouble back on its quiet case: the live job takes it in
            self._unindex_quiet(target.incident_id)
            survivor, absorbed = other, target
        else:
            survivor, absorbed = (target, other) if target.seq < other.seq else (other, target)
        changes.append(self._merge(absorbed, survivor, item.key, now))
        target = survivor


def second_scene(self: Correlator, target: _Inc, item: Item, signal: Signal) -> _Inc | None:
    """The open incident of the follow-up ``item``'s own type at whose scene it lies (half
    its reach), when that incident and ``target`` (the job of the report it follows) were
    each sent crews of their own far apart (:func:`~ops_center.measures._crewed_apart`):
    the police link the two cases, the coordinator runs two jobs, and the report is news
    of the scene it was written at. None otherwise (the follow-up continues ``target``)."""
    own = self._own[signal]
    if own is None or own is not target.type or item.feed not in AGENCY_FEEDS:
        return None
    for f in sorted(self._fits(item, signal), key=lambda f: f.inc.seq):
        other = f.inc
        if other is target or other.type is not own or other.state is not _OPEN:
            continue
        if f.distance <= 0.5 * f.reach.radius_m and _crewed_apart(target, other):
            return other
    return None


def open_incident(
    self: Correlator, typ: IncidentType, items: list[tuple[Item, Signal]], now: float, changes: list[Change]
) -> _Inc:
    seed, seed_sig = items[0]
    inc = _Inc(
        incident_id_for(seed.key),
        typ,
        next(self._counter),
        now,
        watch=typ is _FLOOD and seed.site in WATCH_SITES,
        lazy=typ in self._lazy_types,
        shown=OPENED_AS.get(seed_sig) if self._own[seed_sig] is typ else None,
    )
    self._incidents[inc.incident_id] = inc
    self._add(inc, Member(seed, _VALUE[seed_sig], _SEED, True, joined_at=now), now, extends=True)
    changes.append(Opened(inc.incident_id, inc.shown or typ, seed.key))
    for item, sig in items[1:]:
        fit = self._fit_one(inc, item, sig)
        extends = self._extends(inc, item, REACH[(sig, typ)])
        distance = fit.distance if fit else 0.0
        member = Member(item, _VALUE[sig], _PULLED, extends, seed.key, distance, 0.0, now)
        admit(self, inc, member, now, changes, extends=extends)
    self._pull(inc, now, changes, new_segs=len(inc.segs))
    if typ is _FLOOD:
        take_water_rescues(self, inc, now, changes)
    elif typ is _FIRE and seed.agency == _CITIZEN and far_sightings.seen_from_afar(seed):
        self._far_fires[inc.incident_id] = inc  # an agency's fire within sight may take it
    return inc


def _in_water(item: Item) -> bool:
    """Whether a rescue report says its people are trapped in water (車輛受困積水, 受困水中,
    涉水熄火): the text reader reads water on the road among its topics, after the rescue."""
    return bool(item.text) and any(topic == _FLOOD_TOPIC for topic, _ in read(item.text).topics)


def take_water_rescues(self: Correlator, inc: _Inc, now: float, changes: list[Change]) -> None:
    """A flood opening where a rescue job of people trapped in water already stands takes that
    job: the car stalled in the water that 119 (or a patrol) reported before any sensor or
    call told of the flood is the flood's people trapped, one job for the flood's agencies and
    the fire bureau's rescue together (the fire bureau keeps its assignment on the job taken,
    ``Dispatcher.dispatch``'s ``merged_from``). The rescue joins within the reach a rescue
    report has to a flood (``REACH``); a rescue job holding anything but rescue reports (a
    search for a missing person) is left as it is."""
    if not self._water_rescues:
        return
    reach = REACH[(Signal.RESCUE, _FLOOD)].radius_m
    here = [(m.item.x, m.item.y) for m in inc.members]
    for other in sorted(self._water_rescues.values(), key=lambda i: i.seq):
        if other.state is not _OPEN:
            del self._water_rescues[other.incident_id]  # merged, closed or quiet: no standing job
            continue
        if other.signals != _RESCUE_ONLY:
            continue
        if any(
            _in_water(m.item) and min(math.hypot(m.item.x - x, m.item.y - y) for x, y in here) <= reach
            for m in other.members
        ):
            changes.append(self._merge(other, inc, inc.members[0].item.key, now))


def add(self: Correlator, inc: _Inc, member: Member, now: float, *, extends: bool) -> None:
    item = member.item
    released = False  # a lasting alert of the incident ended
    inc.members.append(member)
    inc.hull_pts.append((item.x, item.y))
    inc.sx += item.x
    inc.sy += item.y
    evidence = member.signal != _UNREAD  # a call the center could not classify is no evidence the job goes on
    if evidence:
        t = item.t if item.ends_t is None else max(item.t, item.ends_t)
        if item.t < inc.first_t:  # noqa: PLR1730 - cheaper than min() on every member
            inc.first_t = item.t
        if t > inc.last_t:  # noqa: PLR1730 - cheaper than max() on every member
            inc.last_t = t
        if t > inc.road_t and member.signal != _POWER_VALUE:
            inc.road_t = t
    if item.severity is not inc.severity and _RANK[item.severity] > _RANK[inc.severity]:
        inc.severity = item.severity
    inc.agencies.add(item.agency)
    inc.signals.add(member.signal)
    if inc.type is _RESCUE and member.signal == _RESCUE_VALUE and _in_water(item):
        self._water_rescues[inc.incident_id] = inc  # a flood opening beside it takes it
    if inc.precise and not inc.smoky and member.signal in _SIGHTING_VALUES:
        smoke_grid.note(self, inc)  # a sighting of fire or smoke in a job placed by a sensor or an agency
    if inc.type is _FLOOD and item.text:
        if _BURST_MAIN_CUE in cues(item.text):
            inc.signals.add(_ROAD_DAMAGE)  # its water comes from a burst main: the main's job
        if not inc.spilled and _spills(item):
            inc.spilled = True  # a pond ran over: its alarms and the streets' reports are this job's
        if not inc.spreading and _spreads(item):
            inc.spreading = True  # its water runs on along the street: the street's far reports are its
    if (
        member.signal in _SIGHTING_VALUES
        and (item.agency == _CITIZEN or item.feed == _CCTV)
        and not (item.text and (_open_burning(item, _SIGNAL_OF[member.signal]) or _smoke_came(item)))
        and member.distance_m <= self._reach_to[inc.type].get(_SIGNAL_OF[member.signal], _NO_REACH).radius_m
    ):
        # a rubbish fire beside a caller is no column of smoke seen from afar, smoke that
        # drifted in to a caller no fire seen burning there; a call placed
        # beyond the sighting's reach (smoke seen from afar) does not say this fire is the one
        inc.sighted = True
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
            if item.gateway:
                self._gateway_failures.setdefault(item.gateway, []).append(
                    (item.t, item.source_id, inc.incident_id, now)
                )
            if member.signal == _SIGNAL_FAULT:
                # a controller gone dark: the junction whose reports fitting.dark_junction reads
                self._dark.setdefault(cell, {})[item.source_id] = (item.t, item.x, item.y, inc.incident_id)
        elif member.signal == _ENDS and self._dark:
            lit = self._dark.get((math.floor(item.x / _CELL), math.floor(item.y / _CELL)))
            if lit is not None:
                lit.pop(item.source_id, None)
        inc.sources.add(item.source_id)
        if item.source_id not in self._by_source or (
            item.t >= self._went_silent.get(item.source_id, -math.inf)
            and not (member.signal == _ENDS and _back_online(item))
        ):
            # a reading from before its device said it fell silent, placed only now (it waited), does
            # not take the device's later state messages from the job that holds its silence; nor
            # does the device's return take its readings' later clears to that job
            self._by_source[item.source_id] = inc.incident_id
        if member.signal == _OFFLINE_VALUE:
            self._silent_in[item.source_id] = inc.incident_id
        if member.signal == _ENDS:
            released = inc.holding.pop(item.source_id, None) is not None
        elif (item.kind is _ALERT and member.signal in _LASTING_VALUES) or (
            member.signal == _POWER_VALUE and inc.type is _INFRA
        ):
            # water stays high while its alert stays raised; a device without mains stays dark
            # until it says it is back: the cut it reports lasts while the utility works
            inc.holding[item.source_id] = max(item.t, inc.holding.get(item.source_id, -math.inf))
            if inc.lazy:
                self._schedule_eagerly(inc)
    if (
        inc.holding
        and inc.type is _FLOOD
        and item.feed in AGENCY_FEEDS
        and _RECEDED_CUE in cues(item.text)
    ):
        inc.holding.clear()  # an agency says the water is gone: its sensors' alerts hold it no longer
        released = True
    arrived = self._late.get(item.key) if evidence else None
    if arrived is not None and arrived > inc.recv_t:
        inc.recv_t = arrived
    live = inc.last_t if inc.last_t > inc.recv_t else inc.recv_t
    inc.live_t = max(live, _hold_end(inc)) if inc.holding else live
    if extends and inc.state is _OPEN:
        self._extend(inc, item)
    if inc.state is _OPEN and (
        (member.signal == _OBSTRUCTION and self._moving(item))
        or (member.signal == _MISSING and inc.type is _RESCUE)
        or (inc.type is _TRAFFIC and member.signal == _CRASH_SIG.value and tracks.fled(item))
        or (
            member.signal in _SIGHTING_VALUES
            and inc.type is _FIRE
            and (inc.incident_id in self._tracks or self._drives_on(item))
        )
    ):
        last = self._tracks.get(inc.incident_id)
        if last is None or item.t >= last[0]:
            self._tracks[inc.incident_id] = (item.t, item.x, item.y)
    if inc.type is _FIRE and (item.text or member.signal == _EVACUATION):
        said = said_by(item.feed, item.category, item.text)  # an evacuation's category says it
        if _EVACUATION_OVER_CUE in said:
            inc.evacuated = False  # the building reopened: the people outside went back
        elif not inc.evacuated:
            inc.evacuated = _EVACUATION_CUE in said
    if member.signal == _PLANNED_EVENT:
        inc.fixed = True
        if item.area_m is not None:
            inc.area_m = item.area_m  # the area its latest version declares
        if permit_versions.is_later_version(inc, item):
            permit_versions.replace_version(self, inc, item)  # an amendment, or a cancellation of a job
            released = True  # its end may come earlier
        else:
            inc.planned = len(inc.members) == 1  # a permit's own job: no report of its work yet
            if inc.type is _CROWD:
                inc.arrivals_t = min(inc.arrivals_t, item.t - ARRIVALS_S)  # the audience arrives before the start
        if not inc.cancelled:
            self._permits[inc.incident_id] = inc
        live = inc.last_t if inc.last_t > inc.recv_t else inc.recv_t
        inc.live_t = max(live, _hold_end(inc)) if inc.holding else live
    elif member.signal == _CLOSURE and item.feed in AGENCY_FEEDS:
        self._note_closure(inc, item)
    if evidence and inc.state is _OPEN:
        self._reschedule(inc, now, released=released)


def extend(self: Correlator, inc: _Inc, item: Item) -> None:
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
    became_precise = item.agency != _CITIZEN and not inc.precise  # a sensor or an agency places it first
    if item.agency != _CITIZEN:
        inc.precise = True
        if item.feed != _CCTV:
            inc.sited = True  # a camera sees its junction's approaches: its position is not the hazard's
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
                smoke_grid.placed(self, inc, (gx, gy))
            else:
                bx0, by0, bx1, by1 = piece.box
                piece.box = (min(bx0, x0), min(by0, y0), max(bx1, x1), max(by1, y1))
                piece.segs.append(seg)
            inc.cells.add((gx, gy))
    if became_precise:
        # a fire, or a job holding a sighting, placed by a sensor or an agency: its smoke is seen from afar
        smoke_grid.note(self, inc)


def reschedule(self: Correlator, inc: _Inc, now: float, *, released: bool = False) -> None:
    """Move the incident's quiet deadline later (or, when one of its lasting alerts
    ended, ``released``, to where its evidence now puts it, possibly earlier).

    A lazy incident keeps one heap entry: when it comes due before the deadline,
    :meth:`Correlator.tick` pushes it again at the deadline, with the order number drawn here,
    so incidents go quiet in the order they would if every deadline had its own
    entry (most items move a deadline; few incidents reach one)."""
    policy = self._policies[inc.type]
    # Late evidence keeps the incident open for one grace period from ``now``, so
    # related late items arriving with it still join.
    if inc.type is _RESCUE and _MISSING in inc.signals:
        window = SEARCH_WINDOW_S
    elif _racing_job(inc):
        window = RACING_WINDOW_S  # the gang comes back to its stretch later in the night
    else:
        window = policy.window_s
    deadline = max(inc.live_t + window, now) + policy.grace_s
    if deadline > inc.deadline or inc.deadline == math.inf or (released and deadline != inc.deadline):
        first = inc.deadline == math.inf
        inc.deadline = deadline
        inc.dseq = seq = next(self._counter)
        if first or released or not inc.lazy:
            heapq.heappush(self._heap, (deadline, seq, "incident", inc.incident_id))


def schedule_eagerly(self: Correlator, inc: _Inc) -> None:
    """From now on every new deadline of ``inc`` gets its own heap entry: a lasting
    alert's end can move it earlier, and the quiet must come at the earliest entry
    holding the deadline then in force, as when every deadline had its own entry."""
    inc.lazy = False
    if inc.deadline != math.inf:
        heapq.heappush(self._heap, (inc.deadline, inc.dseq, "incident", inc.incident_id))


def merge(self: Correlator, absorbed: _Inc, survivor: _Inc, bridge_key: str, now: float) -> Merged:
    absorbed.state = check_incident_transition(absorbed.incident_id, absorbed.state, IncidentState.MERGED)
    record = MergeRecord(
        survivor.incident_id,
        absorbed.incident_id,
        bridge_key,
        now,
        survivor.shown or survivor.type,
        absorbed.shown or absorbed.type,
    )
    self._unindex(absorbed)
    # a device whose later messages went to another job keeps following that job
    elsewhere = {
        src: inc_id
        for src in absorbed.sources
        if (inc_id := self._by_source.get(src)) is not None and self._resolve(inc_id) != absorbed.incident_id
    }
    for m in absorbed.members:
        self._add(survivor, m, now, extends=m.anchor)
    self._by_source.update(elsewhere)
    absorbed.merged_into = survivor.incident_id
    absorbed.updated_at = now
    survivor.merges.extend(absorbed.merges)
    survivor.merges.append(record)
    survivor.absorbed.extend([*absorbed.absorbed, absorbed.incident_id])
    return Merged(record)


def drawn_in(self: Correlator, item: Item, now: float, changes: list[Change]) -> None:
    """An agency's or a device's report that the smoke of the fire nobody sees burning it
    joined came in from outside (:attr:`~common.lexicon.Cue.SMOKE_DRAWN_IN`): the
    detector tripped on the smoke of the nearest fire people see burning within sight
    (:func:`~ops_center.fitting.smoke_seen`), and its incident is merged into that fire.
    A call about smoke drifting in is placed by the sighting rules instead; an alarm the
    fire bureau dispatched an engine to as a call of its own (a 119 report before the
    finding) stays that call's job."""
    resolved = self._resolve(self._seen.get(item.key))
    inc = self._incidents.get(resolved) if resolved is not None else None
    if inc is None or inc.type is not _FIRE or inc.sighted or inc.state is not _OPEN:
        return
    said = cues(item.text)  # smoke named (not the smoke detector's name, 偵煙), and drawn in
    if _SMOKE_CUE not in said or _SMOKE_DRAWN_IN_CUE not in said:
        return
    if any(m.item.feed in STRONG_FEEDS and m.item is not item for m in inc.members):
        return  # the fire bureau sent an engine to it as a call of its own: its own job
    seen = self._smoke_seen(item, sighted_only=True)
    if seen is not None and seen.inc is not inc and seen.inc.state is _OPEN:
        changes.append(self._merge(inc, seen.inc, item.key, now))


def note_casualty(self: Correlator, item: Item) -> None:
    """Keep the incident of the fire bureau's report ``item`` when it is an open rescue job
    (a casualty the crews were sent to) that :func:`crash_casualty` may give to a crash."""
    resolved = self._resolve(self._seen.get(item.key))
    inc = self._incidents.get(resolved) if resolved is not None else None
    if inc is not None and inc.type is _RESCUE and inc.state is _OPEN:
        self._casualties[inc.incident_id] = inc


def crash_casualty(self: Correlator, item: Item, now: float, changes: list[Change]) -> None:
    """A report of a crash (``item``, just placed in an open traffic incident): an open
    rescue job within :data:`CASUALTY_M` of it that holds only the fire bureau's crews
    sent to a casualty (its dispatch and their updates: no caller, no patrol), begun at
    most LEAD_S before the traffic incident, is the crash's casualty reported first (the
    ambulance's dispatch reached the center before the police or a caller said a crash;
    a rider down reads as someone taken ill, 倒地, and kept its own job): it is merged
    into the traffic incident. The candidates are the rescue jobs :func:`note_casualty`
    kept, dropped here once they hold another report or stop being open."""
    held = self._casualties
    for inc_id, other in list(held.items()):
        if other.state is not _OPEN or not all(m.item.feed in STRONG_FEEDS for m in other.members):
            del held[inc_id]
    if not held:
        return
    resolved = self._resolve(self._seen.get(item.key))
    inc = self._incidents.get(resolved) if resolved is not None else None
    if inc is None or inc.type is not _TRAFFIC or inc.state is not _OPEN:
        return
    crash = _VALUE[_CRASH_SIG]
    if not any(m.item is item and m.signal == crash for m in inc.members[-8:]):
        return
    for other in list(held.values()):
        if other.first_t < inc.first_t - LEAD_S:
            continue  # begun well before the crash: someone taken ill there, not its casualty
        if min((_seg_dist(item.x, item.y, sg) for sg in other.segs), default=math.inf) <= CASUALTY_M:
            del held[other.incident_id]
            changes.append(self._merge(other, inc, item.key, now))


def taken_back(inc: _Inc, item: Item, signal: Signal | None) -> bool:
    """Whether ``item`` is its device taking back the only evidence of ``inc``: within
    HOLD_S, FLAP_S for a feed whose devices flap longer, FALSE_ALARM_HOLD_S when the
    take-back names a false alarm or a drill. Once withdrawn, at any time: the device's
    later word that it is normal or back online (a panel reconnecting after a power blip)
    says nothing of a fire, and leaves the false alarm withdrawn."""
    if signal is not None and signal is not _ENDS_SIG:
        return False
    if not item.source_id or inc.sources != {item.source_id} or len(inc.members) > 1:
        return False
    if inc.withdrawn:
        return True
    hold = FLAP_S.get(item.feed, HOLD_S)
    if _FALSE_ALARM_CUE in cues(item.text):
        hold = FALSE_ALARM_HOLD_S
    return item.t - inc.members[0].item.t <= hold


def link_only(self: Correlator, item: Item, signal: Signal | None) -> bool:
    """Whether the device state message ``item`` is about its device's link: the link lost
    (its status's reason ``comms_lost``, or its text says so:
    :attr:`~common.lexicon.Cue.LINK_LOST`) or the device's return after that. Such
    messages report the network, and follow only an infrastructure job."""
    if not item.source_id or signal not in _DEVICE_STATE:
        return False
    if signal is _OFFLINE:
        if item.reason is _COMMS_LOST or _LINK_LOST_CUE in cues(item.text):
            self._link_down.add(item.source_id)
            return True
        self._link_down.discard(item.source_id)
        return False
    if item.source_id in self._link_down:
        self._link_down.discard(item.source_id)  # back after its link dropped
        return True
    return False


def _back_online(item: Item) -> bool:
    """Whether the state message ``item`` says its device is back online (the lexicon's
    ``device_offline`` topic, its end: 恢復連線, 重新上線): the end of its silence, not of
    an alarm on what it measures."""
    return bool(item.text) and _says_back_online(item.text)


@functools.lru_cache(maxsize=4096)
def _says_back_online(text: str) -> bool:
    said = read(text, device=True)  # a device's few texts repeat: read each once
    return said.end and said.topic == _DEVICE_TOPIC


def continuity(self: Correlator, item: Item, signal: Signal | None, *, link: bool = False) -> _Inc | None:
    """The incident a follow-up or a device's later state message continues, if any
    (the device's: the incident of its latest message; see :func:`merge`). A follow-up
    continues the job of the report it follows while that job is held, open or quiet,
    however long ago it went quiet, a planned event's included (its permit amended): the
    agency names its case (in the labelled sets every follow-up is its report's job, 93 of
    them four hours or more after it).

    Only state messages (back online, restored, offline, a panel fault) follow their
    device: a camera's or a detector's later observations are new evidence, placed
    by what they say. A message about the device's link (``link``: :func:`link_only`)
    follows its device only into an infrastructure job."""
    ids: list[tuple[str | None, bool]] = []
    if item.follows is not None:
        followed = self._resolve(self._seen.get(item.follows))
        inc = self._incidents.get(followed) if followed is not None else None
        if inc is not None and inc.state in {_OPEN, IncidentState.QUIET}:
            return inc  # the agency names its report: that report's job, however long ago
    if item.source_id and (signal is None or signal in _DEVICE_STATE):
        if signal is _ENDS_SIG and _back_online(item):
            # the device's return ends its silence: the job that holds the silence, not the one
            # its readings buffered meanwhile and replayed on its return went to
            ids.append((self._silent_in.get(item.source_id), link))
        ids.append((self._by_source.get(item.source_id), link))
    for inc_id, infra_only in ids:
        resolved = self._resolve(inc_id)
        inc = self._incidents.get(resolved) if resolved is not None else None
        if inc is None or inc.state not in {_OPEN, IncidentState.QUIET}:
            continue
        if infra_only and inc.type is not _INFRA:
            continue
        if inc.planned and signal is not _ENDS_SIG:
            continue  # a device failing beside a quiet event is no effect of it: placed by what it says
        if item.t - inc.last_t <= SAME_SOURCE_S or _dark_since(self, item) >= item.t - DARK_UNTIL_BACK_S:
            return inc
    return None


def _dark_since(self: Correlator, item: Item) -> float:
    """When ``item``'s device, a signal controller, reported its own fault if it is still
    dark (not back since): its later messages follow it until it is back (-inf otherwise)."""
    if not item.source_id or not self._dark:
        return -math.inf
    entry = self._dark.get((math.floor(item.x / _CELL), math.floor(item.y / _CELL)), {}).get(item.source_id)
    return entry[0] if entry is not None else -math.inf


def corrects(self: Correlator, inc: _Inc, item: Item, signal: Signal) -> bool:
    """Whether an agency's follow-up ``item`` says that the report it follows, placed in
    ``inc``, was an emergency of another type that is not ``inc``'s (a road collapse where
    it had reported water, beside a flood): the follow-up names a type other than its
    report's, it is a dispatch (:data:`~ops_center.policies.STRONG_FEEDS`) or Severe (a
    minor note, a stalled car in the water waiting for a tow, is news of ``inc``), and
    ``inc`` began elsewhere, none of the evidence it began with (observed within
    :data:`~ops_center.policies.LEAD_S` of its first) lying at the followed report's scene
    (half the follow-up's reach to ``inc``'s type). An incident that began with the
    report or at its place is the job the follow-up names (the water was the burst
    main's) and keeps it. Called only for a follow-up continuing ``inc``."""
    own = self._own[signal]
    if own is None or own is inc.type or item.feed not in AGENCY_FEEDS:
        return False
    if item.feed not in STRONG_FEEDS and item.severity.rank < CapSeverity.SEVERE.rank:
        return False
    r = REACH.get((signal, inc.type))
    was = next((m for m in inc.members if m.item.key == item.follows), None)
    if r is None or was is None or (sig := _SIGNAL_OF.get(was.signal)) is None or self._own[sig] in {own, None}:
        return False  # the same kind of job as the report it follows: news of that job
    followed = was.item
    scene = 0.5 * r.radius_m
    for m in inc.members:
        if m.item.t - inc.first_t <= LEAD_S and math.hypot(m.item.x - followed.x, m.item.y - followed.y) <= scene:
            return False
    return True


def unindex_area(self: Correlator, inc: _Inc) -> None:
    """Take ``inc``'s area out of the grid (its cells)."""
    for key in inc.cells:
        entries = self._grid.get(key)
        if entries is not None:
            entries.pop(inc.incident_id, None)
            if not entries:
                del self._grid[key]
    inc.cells.clear()


def unindex(self: Correlator, inc: _Inc) -> None:
    smoke_grid.drop(self, inc)
    unindex_area(self, inc)
    for road in inc.roads:
        on = self._on_road.get(road)
        if on is not None:
            on.pop(inc.incident_id, None)
            if not on:
                del self._on_road[road]
    inc.roads.clear()
    if inc.incident_id in self._closures:
        self._drop_closures(inc)  # a detour needs its closure's incident open


def quiet(self: Correlator, inc: _Inc, now: float) -> None:
    inc.state = check_incident_transition(inc.incident_id, inc.state, IncidentState.QUIET)
    inc.updated_at = now
    cells = tuple(inc.cells)
    self._unindex(inc)
    if cells:  # a quiet job stays findable by place until it is forgotten (see fitting.reopened)
        self._quiet_cells[inc.incident_id] = cells
        for key in cells:
            self._quiet_grid.setdefault(key, {})[inc.incident_id] = inc
    self._push(now + self._retention_s, "forget_incident", inc.incident_id)
