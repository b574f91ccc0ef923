"""A building's smoke detector set off by the smoke of a fire burning beside it.

A fire an agency reports burning (119 crews on it, a patrol at it), or a release of gas or
chemicals it works (correlated as a fire), sends its smoke or its gas over the neighbouring
blocks, and their panels' detectors go off one after another: the coordinator
reads those alarms as the fire's smoke, not as fires of their own, unless crews are sent to
the building. So a panel's alarm that no fire's site explains, beyond that site but within
:data:`~ops_center.policies.SMOKE_DRIFT_M` of such a fire burning before it, waits
:data:`~ops_center.policies.SMOKE_DRIFT_HOLD_S` (:func:`drifted`): a 119 dispatch to its
building meanwhile opens a fire of its own with it (a second address), its panel reset
meanwhile takes it back (something at its own building set it off, and the staff checked it:
:func:`~ops_center.waiting.flapped`), and otherwise it joins the fire without extending its
area (:func:`held_beside` when that fire went quiet since). A citizen's report of fire or
smoke at its building waits with it and follows it (:func:`at_held_alarm`), unless the caller
says the smoke came from elsewhere. The functions take the
:class:`~ops_center.correlate.Correlator` as ``self`` and are bound as its methods; they
change no incident.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from common.vocabulary import Signal
from ops_center.correlation_state import _CELL, _Fit, _Inc, _Wait
from ops_center.fitting import open_within
from ops_center.incidents import IncidentState, IncidentType
from ops_center.measures import _seg_dist, _smoke_came
from ops_center.policies import AGENCY_FEEDS, REACH, SMOKE_DRIFT_M, SMOKE_SIGHTINGS, Reach

if TYPE_CHECKING:
    from ops_center.correlate import Correlator
    from ops_center.incidents import Item

_FIRE = IncidentType.FIRE
#: A held alarm's building: where a caller seeing fire or smoke stands at it (the panel's reach).
_AT_ALARM_M = REACH[(Signal.FIRE_ALARM, _FIRE)].radius_m
#: What says a fire burns or a release leaks: a report of it, of its smoke or of its gas.
_SEEN_BURNING = frozenset({Signal.FIRE_REPORT.value, Signal.SMOKE.value, Signal.HAZMAT.value})


def _burning_before(inc: _Inc, item: Item) -> bool:
    """Whether ``inc`` is a fire an agency reported burning (119 crews on it, a patrol at it)
    since before ``item``."""
    if inc.type is not _FIRE or not inc.signals & _SEEN_BURNING or inc.first_t > item.t:
        return False
    return any(m.item.feed in AGENCY_FEEDS and m.signal in _SEEN_BURNING for m in inc.members)


def _fit(inc: _Inc, item: Item) -> _Fit:
    d = min((_seg_dist(item.x, item.y, sg) for sg in inc.segs), default=0.0)
    weight = REACH[(Signal.FIRE_ALARM, _FIRE)].weight
    return _Fit(inc, Reach(SMOKE_DRIFT_M, weight, False), weight * max(0.5, 1.0 - 0.5 * d / SMOKE_DRIFT_M), d, 0.0)


def drifted(self: Correlator, item: Item) -> _Fit | None:
    """The nearest open fire seen burning before the panel alarm ``item`` whose area lies
    within :data:`SMOKE_DRIFT_M` of it, as a fit that extends no area; None when none is."""
    found = open_within(self, item, SMOKE_DRIFT_M, lambda inc: _burning_before(inc, item))
    if not found:
        return None
    return _fit(min(found, key=lambda i: (min(_seg_dist(item.x, item.y, sg) for sg in i.segs), i.seq)), item)


def held_beside(self: Correlator, item: Item, incident_id: str) -> _Fit | None:
    """The fire ``incident_id`` (or the one it was merged into) that the panel alarm ``item``
    was held beside, open or gone quiet since, as a fit that extends no area; None when the
    correlator no longer holds it."""
    inc = self._incidents.get(self._resolve(incident_id) or "")
    return None if inc is None or inc.state is IncidentState.MERGED else _fit(inc, item)


def at_held_alarm(self: Correlator, item: Item, signal: Signal) -> _Wait | None:
    """The panel alarm held as a fire's smoke at whose building the citizen's report ``item``
    of fire or smoke is made: the nearest held within the panel's reach of the caller, unless
    the caller says the smoke came from elsewhere (measures._smoke_came). Such a report waits
    with the alarm: it is what crews sent there find, or the fire's smoke with it."""
    if signal not in SMOKE_SIGHTINGS or _smoke_came(item):
        return None
    x, y, r = item.x, item.y, _AT_ALARM_M
    best: _Wait | None = None
    d2best = r * r
    for gx in range(math.floor((x - r) / _CELL), math.floor((x + r) / _CELL) + 1):
        for gy in range(math.floor((y - r) / _CELL), math.floor((y + r) / _CELL) + 1):
            for w in self._pending_grid.get((gx, gy), {}).values():
                if w.beside is None or w.signal is not Signal.FIRE_ALARM:
                    continue
                d2 = (w.item.x - x) ** 2 + (w.item.y - y) ** 2
                if d2 <= d2best:
                    best, d2best = w, d2
    return best
