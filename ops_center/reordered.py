"""A take-back delivered before what it takes back: a device's reset (``normal``) or restore
that reached the center before its own alarm, a permit's cancellation before the version it
cancels (a buffering gateway that forwards its queue out of order, a QoS 1 redelivery after a
reconnect). A take-back is judged in observation time, not in arrival order: the alarm or
the permit opens its incident as it would have, and the take-back its source sent after it
then withdraws that incident as it would have in order (a device's within the take-back's
hold, ``placement.taken_back``; a permit's when the cancellation was issued no earlier than
the version it follows).

A take-back that finds nothing of its source to take back is left out (``no_incident_nearby``,
a cancellation ``permit_cancelled``) and kept here, one per source (the newest), for what of its
source arrives after it, until its key is forgotten. Its stored row in ``ops_left_out`` keeps that
first reason (the table keeps the first); the withdrawal names it (history, ``withdrawn_reason``).

Pure: functions taking the correlator as ``self``, bound as its methods.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from common.vocabulary import PermitStatus
from ops_center.correlation_state import _ENDS_SIG
from ops_center.policies import REASON_TAKEN_BACK

if TYPE_CHECKING:
    from ops_center.changes import Change
    from ops_center.correlate import Correlator
    from ops_center.incidents import Item

_CANCELLED = PermitStatus.CANCELLED


def _issued(item: Item) -> float:
    """When a permit's version was issued (its time when it does not say)."""
    return item.issued_t if item.issued_t is not None else item.t


def remember(self: Correlator, item: Item) -> None:
    """Keep ``item``, a take-back left out because nothing of its source was held (a device's
    ``normal`` or ``restored``, a permit's cancellation), for what its source sent before it
    and the center reads after it."""
    if not item.source_id:
        return
    kept = self._back_first.get(item.source_id)
    if kept is None or _issued(kept) <= _issued(item):
        self._back_first[item.source_id] = item
        self._back_keys[item.key] = item.source_id


def forget(self: Correlator, key: str) -> None:
    """The left-out item ``key`` is forgotten (its retention is over): so is its take-back."""
    source = self._back_keys.pop(key, None)
    if source is not None and (kept := self._back_first.get(source)) is not None and kept.key == key:
        del self._back_first[source]


def taken_back_before(self: Correlator, item: Item, now: float, changes: list[Change]) -> None:
    """``item`` was just placed: when it opened an incident alone and its source's take-back
    kept by :func:`remember` came after it in observation time, that take-back withdraws the
    incident now (``changes`` gets what the in-order take-back gives)."""
    back = self._back_first.get(item.source_id)
    if back is None:
        return
    resolved = self._resolve(self._seen.get(item.key))
    inc = self._incidents.get(resolved) if resolved is not None else None
    if inc is None or inc.withdrawn or len(inc.members) != 1 or inc.members[0].item.key != item.key:
        return
    first = inc.members[0].item
    if back.permit_status is _CANCELLED:
        if first.permit_status is None or first.permit_status is _CANCELLED or _issued(back) < _issued(first):
            return  # a version issued after the cancellation: the permit stands again
        del self._back_first[item.source_id]
        self._cancelled(inc, back, now, changes)
        return
    if back.t < first.t or not self._taken_back(inc, back, _ENDS_SIG):
        return  # an alarm after the reset, or one the reset came too late to take back
    del self._back_first[item.source_id]
    self._withdraw(inc, back, REASON_TAKEN_BACK, now, changes)
