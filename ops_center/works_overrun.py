"""Works permits left out and kept: the works that ran over, and the hazard a permit clears.

A permit for road works (``planned_event`` ``road_works``, signal ``planned_works``) that no
job explains is left out: works bring no audience, and routine works are no job. The works it
allows may run over its end, the lanes still taken into the morning's traffic; a caller or
the police say so (cues ``works`` and ``not_cleared``: 施工都天亮了還沒收, 工程逾時未撤), and
that report opens or joins the overrun's job. The coordinator puts the permit in that job: it
says whose works they are and until when they were allowed. So a works permit is remembered,
by grid cell, until :data:`~ops_center.policies.OVERRUN_S` after its end; a report saying the
works are still not cleared, placed in a job, draws in each remembered permit that was left
out, ended before the report and at most :data:`~ops_center.policies.OVERRUN_S` before it,
and lies within :data:`~ops_center.policies.OVERRUN_PERMIT_M` of it, as context (it extends
nothing). So too a permit that says it clears or repairs a hazard (cue ``clearing``: a drain
dug out, a fallen tree removed) left out because no job was there yet: the job of that hazard,
opened or joined at the permit's place while its works run (from
:data:`~ops_center.policies.CLEARING_AHEAD_S` before their start to their end), draws it in (the
drain the works clear floods; the tree they remove darkens the junction's signal). The
functions take the :class:`~ops_center.correlate.Correlator` as ``self`` and are bound as its
methods.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from common.lexicon import Cue, cues
from ops_center.changes import Change
from ops_center.correlation_state import _CELL, _OPEN, _VALUE, _WORKS
from ops_center.incidents import JoinVia, Member
from ops_center.measures import _clears, _seg_dist
from ops_center.policies import CLEARING_AHEAD_S, OVERRUN_PERMIT_M, OVERRUN_S, REACH

if TYPE_CHECKING:
    from ops_center.correlate import Correlator
    from ops_center.incidents import Item

#: What says works are still there past their time (both cues).
_STILL_THERE = frozenset({Cue.WORKS, Cue.NOT_CLEARED})
_PULLED = JoinVia.PULLED
_WORKS_VALUE = _VALUE[_WORKS]


def remember(self: Correlator, item: Item, now: float) -> None:
    """Keep the works permit ``item`` (with an end) until :data:`OVERRUN_S` after its end,
    forgetting those past theirs."""
    if item.ends_t is None:
        return
    for cell in [c for c, kept in self._works_permits.items() if _forget(kept, now)]:
        del self._works_permits[cell]
    cell = (math.floor(item.x / _CELL), math.floor(item.y / _CELL))
    self._works_permits.setdefault(cell, {})[item.key] = item


def _forget(kept: dict[str, Item], now: float) -> bool:
    """Drop from ``kept`` the permits whose end is more than :data:`OVERRUN_S` before ``now``;
    whether none is left."""
    for key in [k for k, it in kept.items() if it.ends_t is not None and now - it.ends_t > OVERRUN_S]:
        del kept[key]
    return not kept


def draw_permits(self: Correlator, item: Item, now: float, changes: list[Change]) -> None:
    """Draw into the open job ``item`` was placed in the remembered permits left out that are
    its works: when ``item`` says works are still there past their time, those that ended
    before it, at most :data:`OVERRUN_S` before, within :data:`OVERRUN_PERMIT_M` of it; and
    those that say they clear or repair a hazard (cue ``clearing``) whose works run at
    ``item``'s time (from :data:`CLEARING_AHEAD_S` before their start to their end), within
    the permit's reach to the job's type of it: the hazard a permit was filed to clear, first
    reported once the permit had been left out."""
    inc = self._incidents.get(self._resolve(self._seen.get(item.key)) or "")
    if inc is None or inc.state is not _OPEN:
        return
    overrun = bool(item.text) and cues(item.text) >= _STILL_THERE
    clearing = REACH.get((_WORKS, inc.type))
    if not overrun and clearing is None:
        return
    r = OVERRUN_PERMIT_M
    x, y, t = item.x, item.y, item.t
    for gx in range(math.floor((x - r) / _CELL), math.floor((x + r) / _CELL) + 1):
        for gy in range(math.floor((y - r) / _CELL), math.floor((y + r) / _CELL) + 1):
            kept = self._works_permits.get((gx, gy))
            if not kept:
                continue
            for key, permit in sorted(kept.items()):
                end = permit.ends_t
                if end is None or self._seen.get(key, "") is not None:
                    continue  # placed (or not yet decided)
                d = math.hypot(permit.x - x, permit.y - y)
                ran_over = overrun and 0.0 <= t - end <= OVERRUN_S and d <= r
                clears = (
                    clearing is not None
                    and permit.t - CLEARING_AHEAD_S <= t <= end
                    and d <= clearing.radius_m
                    and _clears(permit)
                )
                if not (ran_over or clears):
                    continue
                self._left_out.pop(key, None)
                at = min((_seg_dist(permit.x, permit.y, sg) for sg in inc.segs), default=0.0)
                member = Member(permit, _WORKS_VALUE, _PULLED, False, item.key, at, abs(t - end), now)
                self._admit(inc, member, now, changes, extends=False)
