"""Callers who saw a fire's smoke from afar before any crew placed the fire.

A column of smoke is seen, and smelled, kilometres away, and the first calls about it often
come before the fire bureau knows where it burns: "看到南邊有很大的煙，不知道哪裡燒起來" from a
balcony 1.4 km off. Such a call opens a fire of its own where the caller stands (a call of
fire opens, and no fire is placed yet to take it as smoke seen from afar), and the next
callers around it join it. When an agency then places a fire within sight (a 119 dispatch, a
patrol at the fire), the job the far callers made is that fire's smoke: :func:`merge_far`
merges it into the nearest such fire, without extending that fire's area. Only a job nobody
was sent to is merged: it holds no agency report, and every caller in it says the smoke is
seen in the distance or reached them (cues ``smoke_afar`` and ``smoke_came``), none that it
burns where they stand; devices beside them (a panel the drifting smoke set off) go with
it. The function takes the :class:`~ops_center.correlate.Correlator` as ``self``.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import TYPE_CHECKING

from common.lexicon import Cue, cues
from ops_center.changes import Change
from ops_center.incidents import IncidentState, IncidentType
from ops_center.measures import _gap
from ops_center.policies import AGENCY_FEEDS, SMOKE_SEEN_M, SMOKE_SIGHTINGS

if TYPE_CHECKING:
    from ops_center.correlate import Correlator
    from ops_center.correlation_state import _Inc
    from ops_center.incidents import Item

_FIRE = IncidentType.FIRE
_OPEN = IncidentState.OPEN
_CITIZEN = "citizen"
_SIGHTINGS = frozenset(s.value for s in SMOKE_SIGHTINGS)
_AFAR = frozenset({Cue.SMOKE_AFAR, Cue.SMOKE_CAME})


def _placed(inc: _Inc) -> bool:
    """Whether an agency reported ``inc``'s fire or smoke (119 crews sent to it, a patrol at it)."""
    return any(m.item.feed in AGENCY_FEEDS and m.signal in _SIGHTINGS for m in inc.members)


def seen_from_afar(item: Item) -> bool:
    """Whether a citizen's report says the smoke is seen in the distance or reached them,
    and not that someone burns something beside them (open burning: smoke at their place)."""
    if not item.text:
        return False
    said = cues(item.text)
    return not _AFAR.isdisjoint(said) and Cue.OPEN_BURNING not in said


def _far_callers(inc: _Inc) -> bool:
    """Whether ``inc`` is a fire that only callers who saw smoke from afar made: opened by
    such a call, no agency report in it, and every citizen's report in it such a call."""
    if inc.type is not _FIRE or not inc.members or inc.members[0].item.agency != _CITIZEN:
        return False
    for m in inc.members:
        if m.item.feed in AGENCY_FEEDS:
            return False
        if m.item.agency == _CITIZEN and (m.signal not in _SIGHTINGS or not seen_from_afar(m.item)):
            return False
    return True


def _distance(a: _Inc, b: _Inc) -> float:
    return min(math.hypot(m.item.x - n.item.x, m.item.y - n.item.y) for m in a.members for n in b.members)


def merge_far(self: Correlator, item: Item, now: float, changes: list[Change]) -> None:
    """An agency's report ``item`` of fire or smoke, just placed in an open fire: each open
    fire within :data:`SMOKE_SEEN_M` that only far callers made (:func:`_far_callers`) and
    whose nearest fire an agency placed is this one is merged into it, its members extending
    no area (they stand where the smoke was seen from)."""
    resolved = self._resolve(self._seen.get(item.key))
    fire = self._incidents.get(resolved) if resolved is not None else None
    if fire is None or fire.type is not _FIRE or fire.state is not _OPEN or not _placed(fire):
        return
    far, policy = self._far_fires, self._policies[_FIRE]
    for inc in sorted(far.values(), key=lambda i: i.seq):
        if inc.state is not _OPEN or not _far_callers(inc):
            del far[inc.incident_id]  # merged, quiet or closed, or no longer only far callers'
            continue
        if inc is fire or _gap(item, inc, policy, self._late.get(item.key)) > policy.window_s:
            continue
        d = _distance(inc, fire)
        if d > SMOKE_SEEN_M:
            continue
        seed = inc.members[0].item
        nearer = any(
            other is not fire and other is not inc and _placed(other) and _distance(inc, other) < d
            for other in self._smoke_sources(seed.x, seed.y, SMOKE_SEEN_M)
        )
        if nearer:
            continue  # another fire the crews placed is nearer the callers: theirs, if any
        inc.members = [replace(m, anchor=False) for m in inc.members]
        del far[inc.incident_id]
        changes.append(self._merge(inc, fire, item.key, now))
