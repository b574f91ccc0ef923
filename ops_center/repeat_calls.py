"""A caller who calls again: the matter is still there, or they called about it before.

A citizen's call that says what it reported is still there or that the caller called before
(cue ``still``: 剛剛打過了, 到現在還是沒電, 那個電線還垂在那裡, 碎片到現在還沒清) and that no open
job explains is news of the job at the caller's place, open or gone quiet, whose last
evidence is at most :data:`~ops_center.policies.STILL_S` before the call: the crash's debris
hours later, the outage's block still dark after the job went quiet while the utility worked.
It joins as context (it extends no area and draws no other call) when exactly one job is so
placed and the call's reading may explain it (its signal reaches the job's type) or the call
is unread; with several jobs there (which one is still there?) or none, it is left out with
the reason it had. A noise complaint is a noise heard now, its own case. The function takes the
:class:`~ops_center.correlate.Correlator` as ``self`` and is bound as one of its methods.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from common.lexicon import Cue, cues
from ops_center.changes import Change
from ops_center.correlation_state import _CELL, _CITIZEN, _CONTEXT, _NOISE, _OPEN, _UNREAD, _VALUE, _Inc
from ops_center.incidents import IncidentState, Member
from ops_center.measures import _seg_dist
from ops_center.policies import NEEDS, REACH, STILL_S, STILL_SCENE_M

if TYPE_CHECKING:
    from common.vocabulary import Signal
    from ops_center.correlate import Correlator
    from ops_center.incidents import Item

_STILL_CUE = Cue.STILL
_ANOTHER_CUE = Cue.ANOTHER_CRASH
_QUIET = IncidentState.QUIET


def called_again(self: Correlator, item: Item, signal: Signal | None, *, opens: bool = False) -> _Inc | None:
    """The one job, open or quiet, within :data:`STILL_SCENE_M` of the citizen's call ``item``
    (read as ``signal``; None: unread) whose evidence began before the call and ended at most
    :data:`STILL_S` before it, when the call says the matter is still there or that its caller
    called before and its reading may explain that job; None when it says neither, is a noise
    complaint, or none or several jobs are so placed. ``opens``: the call would open a job by
    itself (a fire report), and only the jobs its reading explains (:data:`REACH`, with what
    :data:`~ops_center.policies.NEEDS` asks held) count: the lingering smell of the fire, not
    the dark signals at the corner. A call that would open a job and tells of another crash
    ("又撞了一台…那個都還沒處理完") reports a new one, whatever it says of the first."""
    if item.agency != _CITIZEN or not item.text or signal is _NOISE:
        return None
    said = cues(item.text)
    if _STILL_CUE not in said:
        return None
    if opens and _ANOTHER_CUE in said:
        return None
    x, y, t, r = item.x, item.y, item.t, STILL_SCENE_M
    near: dict[str, _Inc] = {inc.incident_id: inc for inc in self._near(x, y, r)}
    for gx in range(math.floor((x - r) / _CELL), math.floor((x + r) / _CELL) + 1):
        for gy in range(math.floor((y - r) / _CELL), math.floor((y + r) / _CELL) + 1):
            near.update(self._quiet_grid.get((gx, gy), {}))
    found: list[_Inc] = []
    for inc in near.values():
        if inc.state is not _OPEN and inc.state is not _QUIET:
            continue
        if not inc.segs or t < inc.first_t or t - inc.live_t > STILL_S:
            continue
        if opens and not (signal is not None and (signal, inc.type) in REACH and _needs_held(signal, inc)):
            continue  # a call that opens a job by itself: only the job its reading explains is the one it calls about
        if min(_seg_dist(x, y, sg) for sg in inc.segs) <= r:
            found.append(inc)
    if len(found) != 1 or (signal is not None and (signal, found[0].type) not in REACH):
        return None  # two jobs there: which is still there? Or what it says is no news of that kind of job
    return found[0]


def _needs_held(signal: Signal, inc: _Inc) -> bool:
    """Whether ``inc`` holds what :data:`~ops_center.policies.NEEDS` says ``signal`` needs in its type."""
    needs = NEEDS.get((signal, inc.type))
    return needs is None or not needs.isdisjoint(inc.signals)


def join_again(  # noqa: PLR0917 - the correlator, the placement and where its changes go
    self: Correlator, inc: _Inc, item: Item, signal: Signal | None, now: float, changes: list[Change]
) -> None:
    """Put the call ``item`` (read as ``signal``; None: unread) in ``inc`` as context: it extends
    no area (see :func:`called_again`)."""
    d = min((_seg_dist(item.x, item.y, sg) for sg in inc.segs), default=0.0)
    value = _VALUE[signal] if signal is not None else _UNREAD
    member = Member(item, value, _CONTEXT, False, inc.members[0].item.key, d, max(0.0, item.t - inc.live_t), now)
    self._admit(inc, member, now, changes, extends=False)
