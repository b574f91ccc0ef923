"""What a citizen's question about a consequence names: the job on the road it names.

A caller turned back at a closure or stuck in a queue asks about it from where they
stand ("環中路為什麼封路？", "中科路是不是不能走？"), often far from its cause. The
place they name says which job they ask about: the open incident whose own reports
name the same road (:data:`~ops_center.policies.NAMED_ROAD_M`). The function takes the
:class:`~ops_center.correlate.Correlator` as ``self`` and is bound as one of its
methods; it changes no incident.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from common.vocabulary import Signal
from ops_center.correlation_state import _CITIZEN, _FLOOD, _OPEN, _UNREAD, _VALUE, _Fit, _Inc
from ops_center.incidents import IncidentType, Item
from ops_center.measures import _gap, _seg_dist
from ops_center.policies import NAMED_ROAD_M, NAMED_ROAD_SIGNALS, REACH, UNDERPASS_TOLD_M

if TYPE_CHECKING:
    from ops_center.correlate import Correlator

#: The values of the signals a question about a consequence reads (its own kind, not evidence).
_ASKING = frozenset(_VALUE[s] for s in NAMED_ROAD_SIGNALS)
_UNDERPASS_SITE = "underpass"


def spellings(names: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Each road name with the spellings callers type: 臺 and 台 are one character to them."""
    return tuple(tuple(dict.fromkeys((n, n.replace("臺", "台"), n.replace("台", "臺")))) for n in names if n)


def _names(text: str, roads: tuple[tuple[str, ...], ...]) -> list[tuple[str, ...]]:
    return [forms for forms in roads if any(f in text for f in forms)]


def said_roads(inc: _Inc, roads: tuple[tuple[str, ...], ...]) -> set[tuple[str, ...]]:
    """The roads of ``roads`` (the zone's, as :func:`spellings` gives them) that reports of
    ``inc`` name: its members other than citizens' questions and unread calls, which say
    where the caller is, not where the job is. Each member's text is read once, when the
    first question after it joined asks (questions come again and again while a closure
    lasts; a job gains hundreds of members): the answer is kept on the incident."""
    said = inc.said
    if said is None:
        said = inc.said = set()
    members = inc.members
    for m in members[inc.said_n :]:
        if m.item.text and not (m.item.agency == _CITIZEN and (m.signal == _UNREAD or m.signal in _ASKING)):
            said.update(_names(m.item.text, roads))
    inc.said_n = len(members)
    return said


def named_road(self: Correlator, item: Item, signal: Signal, only: IncidentType | None = None) -> _Fit | None:
    """The open incident within :data:`NAMED_ROAD_M` of the citizen's question ``item``
    whose reports (other than such questions) name a road the question names: the one
    naming the most of them, then the nearest; of type ``only`` when given (a caller
    asking about the crash ahead asks about a crash job). None when the question names no
    road of the zone or no job names one. Called only for a question nothing near it
    explains (the roads a job's reports name are read once per member: :func:`said_roads`)."""
    named = _names(item.text, self._road_spellings)
    if not named:
        return None
    best: tuple[int, float, int] | None = None
    found: _Fit | None = None
    arrived = self._late.get(item.key)
    for inc in self._near(item.x, item.y, NAMED_ROAD_M):
        reach = REACH.get((signal, inc.type))
        if reach is None or inc.state is not _OPEN or (only is not None and inc.type is not only):
            continue
        policy = self._policies[inc.type]
        dt = _gap(item, inc, policy, arrived)
        d = min((_seg_dist(item.x, item.y, sg) for sg in inc.segs), default=math.inf)
        if dt > policy.window_s or d > NAMED_ROAD_M:
            continue
        said = said_roads(inc, self._road_spellings).intersection(named)
        key = (len(said), -d, -inc.seq)
        if said and (best is None or key > best):
            best, found = key, _Fit(inc, reach, 0.0, d, dt)
    return found


def told_underpass(self: Correlator, item: Item, signal: Signal) -> _Fit | None:
    """The flooded underpass the citizen's report ``item`` names (cue ``underpass``) when no
    flood job within its reach explains it: the open flood job holding an alarm of an
    underpass's sensor (site ``underpass``) whose reports name a road the call names, within
    :data:`NAMED_ROAD_M` of the caller; failing that, the one such job whose sensor lies within
    :data:`UNDERPASS_TOLD_M` of the caller. A caller asking whether the underpass can be driven,
    or telling of the water heard of or seen on the way, speaks of the underpass, not of the
    place the phone is. None when no such job, or two as good."""
    reach = REACH.get((signal, _FLOOD))
    if reach is None:
        return None

    def sensor_d(inc: _Inc) -> float:
        return min(
            (math.hypot(m.item.x - item.x, m.item.y - item.y) for m in inc.members if m.item.site == _UNDERPASS_SITE),
            default=math.inf,
        )

    policy = self._policies[_FLOOD]
    arrived = self._late.get(item.key)
    flooded: list[tuple[float, _Inc]] = []
    for inc in self._near(item.x, item.y, NAMED_ROAD_M):
        if inc.type is not _FLOOD or inc.state is not _OPEN or _gap(item, inc, policy, arrived) > policy.window_s:
            continue
        if (d := sensor_d(inc)) <= NAMED_ROAD_M:
            flooded.append((d, inc))
    if not flooded:
        return None
    named = _names(item.text, self._road_spellings) if self._road_spellings else []
    on_road = [(d, inc) for d, inc in flooded if named and not said_roads(inc, self._road_spellings).isdisjoint(named)]
    if len(on_road) == 1:
        d, inc = on_road[0]
    else:
        near = [(d, inc) for d, inc in (on_road or flooded) if d <= UNDERPASS_TOLD_M]
        if len(near) != 1:
            return None
        d, inc = near[0]
    return _Fit(inc, reach, 0.0, d, _gap(item, inc, policy, arrived))
