"""What one vehicle leaves along its road as it drives on: the open job whose stretch a report lies on.

A leaking tank's fuel (:mod:`ops_center.fuel_trails`) and a badly tied load
(:mod:`ops_center.load_trails`) are found the same way: the nearest open job within a
trail's length whose evidence says it is such a trail, on a road the report names or lies
on, inside the job's window. Only what makes a job such a trail differs. The function takes
the :class:`~ops_center.correlate.Correlator` as ``self``; it changes no incident.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from ops_center.correlation_state import _OPEN, _Fit, _Inc
from ops_center.fitting import along_from
from ops_center.measures import _gap, _seg_dist
from ops_center.policies import Reach
from ops_center.questions import _names, said_roads

if TYPE_CHECKING:
    from ops_center.correlate import Correlator
    from ops_center.incidents import Item


def job_on_trail(self: Correlator, item: Item, length_m: float, reach: Reach,
                 is_trail: Callable[[_Inc], bool]) -> _Fit | None:
    """The nearest open job for which ``is_trail`` holds, within ``length_m`` of ``item`` along
    a road ``item`` names or lies on and inside its window, as a fit of ``reach``; None if none."""
    named = set(_names(item.text, self._road_spellings)) if self._road_spellings else set()
    on: dict[str, float] | None = None
    arrived = self._late.get(item.key)
    best: _Fit | None = None
    for inc in self._near(item.x, item.y, length_m):
        if inc.state is not _OPEN or not inc.segs:
            continue
        policy = self._policies[inc.type]
        dt = _gap(item, inc, policy, arrived)
        if dt > policy.window_s:
            continue
        d = min((_seg_dist(item.x, item.y, sg) for sg in inc.segs), default=math.inf)
        if d > length_m or (best is not None and (d, inc.seq) >= (best.distance, best.inc.seq)):
            continue
        if not is_trail(inc):
            continue
        on_road = bool(named) and not said_roads(inc, self._road_spellings).isdisjoint(named)
        if not on_road:
            if on is None:
                on = dict(self._along(item.x, item.y))
            on_road = bool(on) and along_from(self, inc, on) <= length_m
        if on_road:
            best = _Fit(inc, reach, 1.0, d, dt)
    return best
