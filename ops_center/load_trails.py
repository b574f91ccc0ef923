"""A load shed as its lorry drives on: what it drops along its road is one job.

A lorry with a badly tied load drops it over hundreds of metres (a bundle of steel pipes,
gravel, planks); callers report it where they stand along the way (路上還有鐵管, more pipes
further on), and the police and the road crews clear the whole stretch as one job. A report
of a thing in the road (an obstruction, or a citizen's call the vocabulary reads as nothing)
whose text names a shed load (cue ``load``: 鋼管, 鐵管, 鋼筋, 碎石, 砂石, 木板, 棧板, 貨物 ...)
joins the open job holding an obstruction report that names a load too, within
:data:`~ops_center.policies.LOAD_TRAIL_M` of its evidence, on a road the report names or
lies on. The nearest such job wins. A load named on another road, or farther, is placed as
usual; a tree or a signboard in the road names no load. The function takes the
:class:`~ops_center.correlate.Correlator` as ``self`` and is bound as one of its methods; it
changes no incident.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from common.lexicon import Cue, cues
from common.vocabulary import Signal
from ops_center.correlation_state import _VALUE, _Fit, _Inc
from ops_center.policies import LOAD_TRAIL_M, Reach
from ops_center.road_trails import job_on_trail

if TYPE_CHECKING:
    from ops_center.correlate import Correlator
    from ops_center.incidents import Item

_LOAD_CUE = Cue.LOAD
_OBSTRUCTION = Signal.OBSTRUCTION
_OBSTRUCTION_VALUE = _VALUE[Signal.OBSTRUCTION]
#: How a report of the load fits its job: anywhere along the stretch, extending the job's area.
_LOAD_REACH = Reach(LOAD_TRAIL_M, 1.0, True)


def names_a_load(item: Item) -> bool:
    """Whether ``item``'s text names a load shed on the road (cue ``load``)."""
    return bool(item.text) and _LOAD_CUE in cues(item.text)


def _a_shed_load(inc: _Inc) -> bool:
    """Whether ``inc`` holds a report of a thing in the road naming a load."""
    return any(m.signal == _OBSTRUCTION_VALUE and names_a_load(m.item) for m in inc.members)


def load_job(self: Correlator, item: Item, signal: Signal | None) -> _Fit | None:
    """The open job of a shed load whose stretch the report ``item`` lies on (see the module),
    as a fit; None when ``item`` reports no thing in the road, names no load, or no such job is
    on its road within :data:`LOAD_TRAIL_M`."""
    if (signal is not None and signal is not _OBSTRUCTION) or not names_a_load(item):
        return None
    return job_on_trail(self, item, LOAD_TRAIL_M, _LOAD_REACH, _a_shed_load)
