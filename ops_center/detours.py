"""Road closures and their detours: a road closed for a job sends its traffic onto the
roads around it.

An incident that holds a police report of a road closure keeps the closure's reported
place and time (and the reports that the road is open again, :attr:`~common.lexicon.Cue.REOPEN`).
A slow-down that nothing near it explains, begun while the closure is in force within
:data:`DETOUR_M` of it, is that closure's detour: it fits the incident. A slow-down
waiting when the closure's report is placed joins with it. A closure whose report names
the roads of its detour (cue :attr:`~common.lexicon.Cue.DETOUR_VIA`: 車輛改道黎明路) reaches
a slow-down on one of those roads within :data:`DETOUR_ROAD_M`. Of several incidents that
explain a slow-down, one holding a closure in force comes first (:func:`closed_first`).

Each function takes the :class:`~ops_center.correlate.Correlator` as ``self`` and is
bound as one of its methods. The closures' places are indexed by grid cell: a
slow-down looks only at the incidents with a closure in the cells within DETOUR_M and
those whose closures name a road it lies on as their detour; an incident's closures are
dropped when it stops being open (``placement.unindex``).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from common.lexicon import Cue, after
from common.vocabulary import said
from ops_center.changes import Change
from ops_center.correlation_state import _CELL, _OPEN, _PULLED, _SLOWDOWN, _Fit, _Inc, _Wait
from ops_center.measures import _gap
from ops_center.policies import DETOUR_M, DETOUR_ROAD_M, REACH
from ops_center.questions import _names

#: The lexicon's cues the rules here read (common/data/lexicon.yaml, project: cues:).
_REOPEN_CUE = Cue.REOPEN
_DETOUR_VIA_CUE = Cue.DETOUR_VIA

if TYPE_CHECKING:
    from common.vocabulary import Signal
    from ops_center.correlate import Correlator
    from ops_center.incidents import Item

#: A police report of a road closure in an incident: (observed t, x, y, the road reopens,
#: the names of the roads its report names as the detour).
Closure = tuple[float, float, float, bool, frozenset[str]]

_NO_ROADS: frozenset[str] = frozenset()


def _in_force(closures: list[Closure], t: float) -> list[Closure]:
    """The closures of ``closures`` in force at ``t``: reported at or before it and not
    reported open again since."""
    return [
        c
        for c in closures
        if not c[3] and c[0] <= t and not any(c[0] < rt <= t for rt, _, _, r, _ in closures if r)
    ]


def closure_distance(closures: list[Closure], item: Item) -> float:
    """Metres from ``item`` to the nearest of ``closures`` in force when it was observed
    (inf: none)."""
    return min((math.hypot(item.x - x, item.y - y) for _, x, y, _, _ in _in_force(closures, item.t)), default=math.inf)


def closed_at(closures: list[Closure], t: float) -> list[tuple[float, float]]:
    """Where the closures of ``closures`` in force at ``t`` were placed."""
    return [(x, y) for _, x, y, _, _ in _in_force(closures, t)]


def detour_reach(closures: list[Closure], item: Item, on: frozenset[str]) -> tuple[float, float]:
    """(metres, share of its reach) from ``item``, lying on the roads named ``on``, to the
    closure of ``closures`` in force when it was observed whose detour reaches it the most
    easily: within :data:`DETOUR_M` of its place, or within :data:`DETOUR_ROAD_M` on a road
    its report names as the detour ((inf, inf): none)."""
    best = (math.inf, math.inf)
    for _, x, y, _, via in _in_force(closures, item.t):
        d = math.hypot(item.x - x, item.y - y)
        share = d / (DETOUR_ROAD_M if via & on else DETOUR_M)
        if share <= 1.0 and share < best[1]:
            best = (d, share)
    return best


def _on_names(self: Correlator, item: Item) -> frozenset[str]:
    """The names of the roads ``item`` lies on (none without the roads' names by id)."""
    if not self._road_name_of:
        return _NO_ROADS
    name_of = self._road_name_of
    return frozenset(name_of[r] for r, _ in self._along(item.x, item.y) if r in name_of)


def _detour_names(self: Correlator, text: str) -> frozenset[str]:
    """The zone's roads (by their first spelling) that ``text`` names after a detour cue."""
    via = after(_DETOUR_VIA_CUE, text) if self._road_name_of else ""
    return frozenset(forms[0] for forms in _names(via, self._road_spellings)) if via else _NO_ROADS


def note_closure(self: Correlator, inc: _Inc, item: Item) -> None:
    """Keep an agency's report of a road closure (or of its reopening) placed in ``inc``,
    and the grid cell of a closure's place."""
    if inc.state is not _OPEN:
        return  # a quiet job's late report: its detour is over
    reopens = _REOPEN_CUE in said(item.feed, item.category, item.text)
    via = _NO_ROADS if reopens else _detour_names(self, item.text)
    self._closures.setdefault(inc.incident_id, []).append((item.t, item.x, item.y, reopens, via))
    if not reopens:
        cell = (math.floor(item.x / _CELL), math.floor(item.y / _CELL))
        self._closure_cells.setdefault(cell, {})[inc.incident_id] = None
    for road in via:
        self._detour_roads.setdefault(road, {})[inc.incident_id] = None


def drop_closures(self: Correlator, inc: _Inc) -> None:
    """Forget the closures of ``inc``, which is no longer open."""
    closures = self._closures.pop(inc.incident_id, None)
    for _, x, y, reopens, via in closures or ():
        cell = (math.floor(x / _CELL), math.floor(y / _CELL))
        held = self._closure_cells.get(cell)
        if not reopens and held is not None:
            held.pop(inc.incident_id, None)
            if not held:
                del self._closure_cells[cell]
        for road in via:
            on_road = self._detour_roads.get(road)
            if on_road is not None:
                on_road.pop(inc.incident_id, None)
                if not on_road:
                    del self._detour_roads[road]


def detour_fits(self: Correlator, item: Item, signal: Signal) -> list[_Fit]:
    """The open incidents holding a road closure in force when the slow-down ``item``
    began, within :data:`DETOUR_M` of the closure's reported place or within
    :data:`DETOUR_ROAD_M` on a road its report names as the detour, scored by the share
    of that reach and the time."""
    out: list[_Fit] = []
    params = self._fit_params[signal]
    arrived = self._late.get(item.key)
    x, y, r = item.x, item.y, DETOUR_M
    near: dict[str, None] = {}  # the incidents with a closure in the cells within DETOUR_M
    for gx in range(math.floor((x - r) / _CELL), math.floor((x + r) / _CELL) + 1):
        for gy in range(math.floor((y - r) / _CELL), math.floor((y + r) / _CELL) + 1):
            held = self._closure_cells.get((gx, gy))
            if held:
                near.update(held)
    on = _on_names(self, item) if self._detour_roads else _NO_ROADS
    for road in on:
        near.update(self._detour_roads.get(road, {}))
    for inc_id in near:
        inc = self._incidents.get(inc_id)
        if inc is None or inc.state is not _OPEN:
            continue
        param = params.get(inc.type)
        if param is None:
            continue
        d, share = detour_reach(self._closures[inc_id], item, on)
        if share > 1.0:
            continue
        reach, window = param[0], param[1]
        dt = _gap(item, inc, self._policies[inc.type], arrived)
        if dt <= window:
            out.append(_Fit(inc, reach, reach.weight * (1.0 - 0.5 * share) * (1.0 - 0.5 * dt / window), d, dt))
    return out


def closed_first(self: Correlator, item: Item, fits: list[_Fit]) -> list[_Fit]:
    """Of the incidents that explain the slow-down ``item`` (``fits``), those holding a road
    closure in force when it began, if any, and not a planned event's (its own closures are
    the audience's traffic plan): traffic flows past a crash moved aside or a fire alarm,
    and nothing gets past a road the police closed for a job. All of ``fits`` when another
    of them holds the same device's earlier slow-down: it measures that queue still."""
    closed = [
        f
        for f in fits
        if not f.inc.fixed
        and (held := self._closures.get(f.inc.incident_id))
        and closure_distance(held, item) < math.inf
    ]
    if not closed or (item.source_id and any(item.source_id in f.inc.sources for f in fits if f not in closed)):
        return fits  # the device measures the queue its earlier slow-down was placed in
    return closed


def pull_detours(self: Correlator, inc: _Inc, closure: Item, now: float, changes: list[Change]) -> None:
    """Waiting slow-downs that the detour of the road closure ``closure`` just placed in
    ``inc`` reaches (:func:`detour_reach`), begun while a closure of ``inc`` is in force,
    join ``inc`` (the closure was reported after its detour's slow-down), in the order
    they happened."""
    reach = REACH.get((_SLOWDOWN, inc.type))
    closures = self._closures.get(inc.incident_id)
    if reach is None or not closures:
        return
    policy = self._policies[inc.type]
    x, y = closure.x, closure.y
    r = DETOUR_ROAD_M if any(c[4] for c in closures) else DETOUR_M  # a report of them names its detour
    near: list[tuple[_Wait, float, float]] = []
    for gx in range(math.floor((x - r) / _CELL), math.floor((x + r) / _CELL) + 1):
        for gy in range(math.floor((y - r) / _CELL), math.floor((y + r) / _CELL) + 1):
            for w in self._pending_grid.get((gx, gy), {}).values():
                if w.signal is not _SLOWDOWN:
                    continue
                d, share = detour_reach(closures, w.item, _on_names(self, w.item) if r > DETOUR_M else _NO_ROADS)
                dt = _gap(w.item, inc, policy, self._late.get(w.item.key))
                if share <= 1.0 and dt <= policy.window_s:
                    near.append((w, d, dt))
    near.sort(key=lambda e: (e[0].item.t, e[0].item.key))
    for w, d, dt in near:
        self._drop_pending(w)
        member = self._member(w.item, w.signal, _PULLED, anchor=False, fit=_Fit(inc, reach, 0.0, d, dt), now=now)
        self._admit(inc, member, now, changes, extends=False)
