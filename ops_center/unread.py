"""A citizen's call the center cannot classify: still evidence of something at a place and a time.

The vocabulary reads nothing in some 1999 calls filed under the catch-all category
(a resident asking how to get her grandmother in a wheelchair down from the 14th floor
while the lift is stopped by a fire; a parent asking whether the flooded street can be
driven to fetch a child; a driver stuck in a queue asking what happened ahead). A 1999
coordinator still reads such a call against the jobs running: when exactly one live job
explains it, at the caller's place (:data:`~ops_center.policies.UNREAD_SCENE_M`) or on
the road the caller names (:data:`~ops_center.policies.NAMED_ROAD_M`), the call is that
job's; a call speaking of the air outside (a smell, smoke, shutting the windows: cue
``air``) that no job at its place or on its road explains is the plume of the one
release or fire people see burning within :data:`~ops_center.policies.PLUME_M`, unless
it says the smell is its own street's (joss paper burning there, a stink that comes
back every day). When several could, or none is near, it stays out with its reason. The call joins
as context: it extends no area and draws no other call. The function takes the
:class:`~ops_center.correlate.Correlator` as ``self`` and is bound as one of its methods;
it changes no incident.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from common.lexicon import Cue, cues
from ops_center.correlation_state import _HAZMAT, _OPEN, _Inc
from ops_center.incidents import Item
from ops_center.measures import _gap, _seg_dist
from ops_center.policies import NAMED_ROAD_M, PLUME_M, UNREAD_SCENE_M
from ops_center.questions import _names, said_roads

if TYPE_CHECKING:
    from ops_center.correlate import Correlator

_AIR_CUE = Cue.AIR
#: A smell or smoke of the caller's own street: someone burning joss paper or rubbish
#: there, a stink the caller says comes back day after day (a drain, a plant's routine).
_SMELLED_HERE = frozenset({Cue.OPEN_BURNING, Cue.RECURRING})


def unread_call(self: Correlator, item: Item) -> tuple[_Inc | None, int]:
    """The one open incident that explains the unread citizen's call ``item`` and how
    many could: those whose area lies within :data:`UNREAD_SCENE_M` of the caller (its
    scene), else those within :data:`NAMED_ROAD_M` whose reports name a road the call
    names; each with evidence within its type's window of the call; failing both, for a
    call speaking of the air, the plumes over the caller (:func:`_plumes_over`). The
    incident only when it is the one such; (None, 0) when none is."""
    named = _names(item.text, self._road_spellings) if item.text and self._road_spellings else []
    arrived = self._late.get(item.key)
    scene: list[_Inc] = []
    on_road: list[_Inc] = []
    for inc in self._near(item.x, item.y, NAMED_ROAD_M if named else UNREAD_SCENE_M):
        if inc.state is not _OPEN:
            continue
        policy = self._policies[inc.type]
        if _gap(item, inc, policy, arrived) > policy.window_s:
            continue
        d = min((_seg_dist(item.x, item.y, sg) for sg in inc.segs), default=math.inf)
        if d <= UNREAD_SCENE_M:
            scene.append(inc)
        elif named and d <= NAMED_ROAD_M and not said_roads(inc, self._road_spellings).isdisjoint(named):
            on_road.append(inc)
    found = scene or on_road
    if not found and item.text:
        said = cues(item.text)
        if _AIR_CUE in said and not said & _SMELLED_HERE:
            found = _plumes_over(self, item)  # the smoke or the gas drifting over the caller
    return (found[0] if len(found) == 1 else None), len(found)


def _plumes_over(self: Correlator, item: Item) -> list[_Inc]:
    """The open incidents placed by a sensor or an agency that hold a report of a hazardous
    release or are a fire people see burning, within :data:`PLUME_M` of the unread call
    ``item`` and their window: the plumes a caller speaking of the air may smell (the rule
    of :func:`~ops_center.fitting.plume` for a call the vocabulary reads as nothing)."""
    found: list[_Inc] = []
    arrived = self._late.get(item.key)
    for inc in self._near(item.x, item.y, PLUME_M):
        if inc.state is not _OPEN or not inc.precise or not (inc.sighted or _HAZMAT in inc.signals):
            continue
        policy = self._policies[inc.type]
        if _gap(item, inc, policy, arrived) > policy.window_s:
            continue
        if min((_seg_dist(item.x, item.y, sg) for sg in inc.segs), default=math.inf) <= PLUME_M:
            found.append(inc)
    return found
