"""A citizen's call the center cannot classify: still evidence of something at a place and a time.

The vocabulary reads nothing in some 1999 calls filed under the catch-all category
(a resident asking how to get her grandmother in a wheelchair down from the 14th floor
while the lift is stopped by a fire; a parent asking whether the flooded street can be
driven to fetch a child; a driver stuck in a queue asking what happened ahead). A 1999
coordinator still reads such a call against the jobs running: when exactly one live job
explains it, at the caller's place (:data:`~ops_center.policies.UNREAD_SCENE_M`) or on
the road the caller names (:data:`~ops_center.policies.NAMED_ROAD_M`), the call is that
job's; when several could, or none is near, it stays out with its reason. The call joins
as context: it extends no area and draws no other call. The function takes the
:class:`~ops_center.correlate.Correlator` as ``self`` and is bound as one of its methods;
it changes no incident.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from ops_center.correlation_state import _CITIZEN, _OPEN, _UNREAD, _Inc
from ops_center.incidents import Item
from ops_center.measures import _gap, _seg_dist
from ops_center.policies import NAMED_ROAD_M, UNREAD_SCENE_M
from ops_center.questions import _ASKING, _names

if TYPE_CHECKING:
    from ops_center.correlate import Correlator


def _names_own(inc: _Inc, named: list[tuple[str, ...]]) -> bool:
    """Whether a report of ``inc`` (not a citizen's question or an unread call) names one of ``named``."""
    return any(
        _names(m.item.text, tuple(named))
        for m in inc.members
        if m.item.text and not (m.item.agency == _CITIZEN and (m.signal == _UNREAD or m.signal in _ASKING))
    )


def unread_call(self: Correlator, item: Item) -> tuple[_Inc | None, int]:
    """The one open incident that explains the unread citizen's call ``item`` and how
    many could: those whose area lies within :data:`UNREAD_SCENE_M` of the caller (its
    scene), else those within :data:`NAMED_ROAD_M` whose reports name a road the call
    names; each with evidence within its type's window of the call. The incident only
    when it is the one such; (None, 0) when none is."""
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
        elif named and d <= NAMED_ROAD_M and _names_own(inc, named):
            on_road.append(inc)
    found = scene or on_road
    return (found[0] if len(found) == 1 else None), len(found)
