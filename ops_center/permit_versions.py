"""A planned event's permit after its first version: amended or cancelled (its ``status``,
docs/mqtt.md). An amended version replaces the earlier one (its time, place and area), in the
same incident; a cancelled one explains nothing from then on, and a planned event made only
of its permit is withdrawn by it.

Pure: functions taking the correlator as ``self``, bound as its methods.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from common.vocabulary import PermitStatus
from ops_center.correlation_state import _OPEN, _PLANNED_EVENT, _UNREAD, _Inc
from ops_center.policies import ARRIVALS_S, REASON_PERMIT_CANCELLED

if TYPE_CHECKING:
    from ops_center.changes import Change
    from ops_center.correlate import Correlator
    from ops_center.incidents import Item

_CANCELLED = PermitStatus.CANCELLED


def is_later_version(inc: _Inc, item: Item) -> bool:
    """Whether ``item``, a permit's version, follows a permit ``inc`` already holds."""
    return item.follows is not None and any(m.signal == _PLANNED_EVENT for m in inc.members)


def cancelled(self: Correlator, inc: _Inc, item: Item, now: float, changes: list[Change]) -> bool:
    """``item`` cancels the permit of ``inc``: from then on it explains nothing (dropped from
    the open permits). A planned event its permit alone makes is withdrawn by the cancellation
    (left out as ``permit_cancelled``, quiet, :class:`Withdrawn` with the cancellation: its
    reason); True then. A job that reports of the event's work joined goes on as their job
    (False: the cancellation joins it), no longer held open by the permit's end."""
    self._permits.pop(inc.incident_id, None)
    inc.cancelled = True
    if not inc.planned:
        return False
    self._withdraw(inc, item, REASON_PERMIT_CANCELLED, now, changes)
    return True


def replace_version(self: Correlator, inc: _Inc, item: Item) -> None:
    """``item``, a later version of ``inc``'s permit, replaces the earlier: the incident's
    place is its point (the area is the permit's alone: nothing else extends it), its span
    its start to its end (a cancellation's: its issue), its audience arrives before its new
    start. Other members keep their times. Called after ``item`` was added as a member."""
    earlier = [m.item for m in inc.members[:-1] if m.signal == _PLANNED_EVENT]
    for old in earlier:
        inc.sx += item.x - old.x  # the centroid counts the latest version's point for each
        inc.sy += item.y - old.y
    gone = {(old.x, old.y) for old in earlier} - {(item.x, item.y)}
    inc.hull_pts = [p for p in inc.hull_pts if p not in gone]
    if inc.state is _OPEN:
        self._unindex_area(inc)
        inc.segs.clear()
        inc.box = (math.inf, math.inf, -math.inf, -math.inf)
        self._extend(inc, item)
    others = [m.item for m in inc.members if m.signal not in {_PLANNED_EVENT, _UNREAD}]
    stop = item.t if item.ends_t is None else max(item.t, item.ends_t)
    if item.permit_status is _CANCELLED:
        stop = item.issued_t if item.issued_t is not None else item.t
    inc.first_t = min([item.t, *(o.t for o in others)])
    inc.last_t = max([stop, *(o.t if o.ends_t is None else max(o.t, o.ends_t) for o in others)])
    inc.arrivals_t = item.t - ARRIVALS_S
    inc.planned = not others and not inc.cancelled
