"""Cars a camera saw stop as a crash or a breakdown happened, reported by others minutes later.

A junction camera's analytics report cars stopped on the road (``cctv/stalled_vehicle``)
with no more than that: the camera stands where it looks from, and what stopped the cars
may lie down the approach it sees, a crash or a broken-down bus, with the cars stopped
behind it. Such a detection waits for a second source (:data:`~ops_center.policies.QUEUE_SIGHTINGS`);
when its wait ends and a traffic job holding a crash or a blockage (a breakdown, a load
shed) on a road the camera stands on began within :data:`~ops_center.policies.STALL_SEEN_S`
of the detection, before or after it (the callers and the patrol report minutes after the
cars stopped), within :data:`~ops_center.policies.STALL_SEEN_M` along that road, the cars
the camera saw stop are that job's. The rule of the queue
(:func:`~ops_center.fitting.queue_fits`) comes after it: it needs the job begun before the
stopped cars and stays out when two jobs on the road could hold them, while the job begun
with the detection is what the camera saw. With two such jobs (which stopped the cars?), or
none, the detection goes on to the queue's rule. The function takes the
:class:`~ops_center.correlate.Correlator` as ``self`` and is bound as one of its methods;
it changes no incident.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ops_center.correlation_state import _CRASH_SIG, _OBSTRUCTION_SIG, _OPEN, _VALUE, _Fit
from ops_center.fitting import along_from
from ops_center.incidents import IncidentType
from ops_center.policies import REACH, STALL_SEEN_M, STALL_SEEN_S

if TYPE_CHECKING:
    from ops_center.correlate import Correlator
    from ops_center.incidents import Item

_TRAFFIC = IncidentType.TRAFFIC
#: What stops the cars at the spot: a crash, or a thing blocking the road (a breakdown).
_STOPPERS = frozenset({_VALUE[_CRASH_SIG], _VALUE[_OBSTRUCTION_SIG]})


def stopped_by(self: Correlator, item: Item) -> _Fit | None:
    """The one open traffic job holding a crash or a blockage that began within
    :data:`STALL_SEEN_S` of the camera's stalled-vehicle detection ``item`` and lies within
    :data:`STALL_SEEN_M` along a road the camera stands on, as a fit; None when none or
    several are."""
    on = dict(self._along(item.x, item.y))
    if not on:
        return None
    found: list[_Fit] = []
    for inc in self._near(item.x, item.y, STALL_SEEN_M):
        if inc.state is not _OPEN or inc.type is not _TRAFFIC or not inc.signals & _STOPPERS:
            continue
        if abs(inc.first_t - item.t) > STALL_SEEN_S:
            continue  # a job begun long before is a queue's question, one begun long after another's
        along = along_from(self, inc, on)
        if along <= STALL_SEEN_M:
            found.append(_Fit(inc, REACH[(_OBSTRUCTION_SIG, _TRAFFIC)], 0.0, along, abs(inc.first_t - item.t)))
    return found[0] if len(found) == 1 else None
