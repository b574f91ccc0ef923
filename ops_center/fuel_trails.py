"""A tank leaking as its vehicle drives on: the fuel it leaves along its road is one job.

A lorry with a split tank drips diesel for kilometres before anyone stops it; callers
report oil on the road, a diesel smell, a slippery stretch, each where they stand along
its way, and the fire bureau and the cleaners work the whole stretch as one spill. A
report whose text speaks of fuel on the road or in the air (cue ``fuel``: 油漬, 漏油,
油污, 柴油, 地上有油 ...) joins the open job of a spill within
:data:`~ops_center.policies.FUEL_TRAIL_M` of its evidence on a road the report names
or lies on: a job holding a report of fuel that is no crash's (a crash on the oil is a
casualty's job of its own, and a report of it joins as a crash does). The nearest such
job wins. A report of fuel far from any spill, or on another road, is placed as usual.
The function takes the :class:`~ops_center.correlate.Correlator` as ``self`` and is
bound as one of its methods; it changes no incident.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from common.lexicon import Cue, cues
from common.vocabulary import Signal
from ops_center.correlation_state import _VALUE, _Fit, _Inc
from ops_center.policies import FUEL_TRAIL_M, Reach
from ops_center.road_trails import job_on_trail

if TYPE_CHECKING:
    from ops_center.correlate import Correlator
    from ops_center.incidents import Item

_FUEL_CUE = Cue.FUEL
#: What a report of the spill itself says: fuel on the road (a hazard, a hazmat release, a damaged
#: surface), the lanes closed to clean it, or nothing the vocabulary reads. A crash, a casualty or a
#: fire that speaks of fuel is a job of its own.
_SPILL_SIGNALS = frozenset({Signal.HAZMAT, Signal.OBSTRUCTION, Signal.ROAD_DAMAGE, Signal.ROAD_CLOSURE})
_SPILL_VALUES = frozenset(_VALUE[s] for s in _SPILL_SIGNALS)
#: How a report of the trail fits its spill: anywhere along the trail, extending the job's area
#: as the trail is found (a point hazard's area grows only by sensors' and agencies' positions).
_TRAIL_REACH = Reach(FUEL_TRAIL_M, 1.0, True)


def speaks_of_fuel(item: Item) -> bool:
    """Whether ``item``'s text speaks of fuel on the road or in the air (cue ``fuel``)."""
    return bool(item.text) and _FUEL_CUE in cues(item.text)


def _a_spill(inc: _Inc) -> bool:
    """Whether ``inc`` holds a report of the spill itself (:data:`_SPILL_SIGNALS`) speaking of fuel."""
    return any(m.signal in _SPILL_VALUES and speaks_of_fuel(m.item) for m in inc.members)


def trail_job(self: Correlator, item: Item, signal: Signal | None) -> _Fit | None:
    """The open spill whose trail the report ``item`` of fuel lies on (see the module), as a
    fit; None when ``item`` is a crash's report, speaks of no fuel, or no spill is on its road
    within :data:`FUEL_TRAIL_M`."""
    if (signal is not None and signal not in _SPILL_SIGNALS) or not speaks_of_fuel(item):
        return None
    return job_on_trail(self, item, FUEL_TRAIL_M, _TRAIL_REACH, _a_spill)
