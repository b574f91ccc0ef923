"""Which of several open incidents explains a call best: the coordinator's reading of it.

A citizen's call the vocabulary reads as nothing (:mod:`ops_center.unread`) may find
several live jobs that could explain it: two jobs at the caller's place, two on the road it
names, two fires a relative could mean. A coordinator does not leave such a call aside; they
read it against each job and give it to the one that clearly explains it best:

* **what** the caller says: the kinds of job its cues name (:data:`~ops_center.policies.CALL_SAYS`:
  smoke or people sent out of a building are a fire's, a lift a rescue's, deep water a
  flood's); a job of a kind named scores :data:`~ops_center.policies.EXPLAIN_SAID`. A driver
  naming a road and asking whether it can be driven (cue ``passable``: can it be driven, when
  does it reopen, it is jammed) asks about what closes it: a job holding a road closure;
* **where** the caller is: minus the log of ``(d + EXPLAIN_NEAR_M) / EXPLAIN_NEAR_M``, ``d``
  from the job's evidence to the caller or to a place the call names, so that only a job
  several times nearer is better placed (a phone's place is a guess of tens of metres);
  nothing where the caller's place says nothing of the job (a relative calling from home,
  a driver asking about a road from wherever they are);
* **when**: minus :data:`~ops_center.policies.EXPLAIN_WHEN` times the job's gap to the call
  in its type's windows, at most one (a job still reporting explains a call better than one
  whose evidence is fading).

The parts add up; the best job is the call's when it leads the second by
:data:`~ops_center.policies.EXPLAIN_MARGIN`. Otherwise the call is about either as far as
anyone can tell, and it stays out as :data:`~ops_center.policies.REASON_SEVERAL`. Each job is
scored from what it already holds (its signals, its area, its evidence span): no incident is
changed, and only the few candidates the caller's place, road or words found are looked at.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from common.lexicon import Cue
from common.vocabulary import IncidentType, Signal
from ops_center.correlation_state import _Inc
from ops_center.measures import _gap, _seg_dist
from ops_center.policies import CALL_SAYS, EXPLAIN_MARGIN, EXPLAIN_NEAR_M, EXPLAIN_SAID, EXPLAIN_WHEN

if TYPE_CHECKING:
    from ops_center.correlate import Correlator
    from ops_center.incidents import Item

#: A kind of job: its incident types, and the signals a job holds that are of the kind.
_Kind = tuple[frozenset[IncidentType], frozenset[Signal]]
_PASSABLE = Cue.PASSABLE
#: What a driver's question about a road is about: the job that closes it.
_CLOSES_THE_ROAD: _Kind = (frozenset(), frozenset({Signal.ROAD_CLOSURE}))


@dataclass(frozen=True, slots=True)
class Explanation:
    """How well one open incident explains a call, by part (see the module docstring)."""

    inc: _Inc
    said: float
    where: float
    when: float

    @property
    def score(self) -> float:
        """The parts added up: the higher, the better the job explains the call."""
        return self.said + self.where + self.when


def kinds_said(said: Collection[Cue], *, names_road: bool = False) -> list[_Kind]:
    """The kinds of job the cues ``said`` name (:data:`CALL_SAYS`), and, for a call that names
    a road of the zone (``names_road``) and asks whether it can be driven (cue ``passable``),
    the job that closes it."""
    kinds = [CALL_SAYS[c] for c in said if c in CALL_SAYS]
    if names_road and _PASSABLE in said:
        kinds.append(_CLOSES_THE_ROAD)
    return kinds


def _of_kind(inc: _Inc, kinds: Sequence[_Kind]) -> bool:
    return any(inc.type in types or not inc.signals.isdisjoint(signals) for types, signals in kinds)


def explain(
    self: Correlator,
    item: Item,
    found: Sequence[_Inc],
    kinds: Sequence[_Kind],
    places: Sequence[tuple[float, float]] | None,
) -> list[Explanation]:
    """How well each of ``found`` explains the call ``item``: ``kinds`` the kinds of job it
    names (:func:`kinds_said`), ``places`` the points where the caller is (the phone's place,
    the places it names), or None where the caller's place says nothing of the job."""
    arrived = self._late.get(item.key)
    out: list[Explanation] = []
    for inc in found:
        said = EXPLAIN_SAID if _of_kind(inc, kinds) else 0.0
        where = 0.0
        if places:
            d = min((_seg_dist(x, y, sg) for sg in inc.segs for x, y in places), default=math.inf)
            where = -math.log((d + EXPLAIN_NEAR_M) / EXPLAIN_NEAR_M)
        policy = self._policies[inc.type]
        gap = _gap(item, inc, policy, arrived)
        when = -EXPLAIN_WHEN * min(gap / policy.window_s, 1.0) if policy.window_s > 0.0 else 0.0
        out.append(Explanation(inc, said, where, when))
    return out


def clear_best(explained: Sequence[Explanation]) -> _Inc | None:
    """The incident that explains the call clearly best: the one with the highest score
    when it leads every other by :data:`EXPLAIN_MARGIN`; None when two are about as good
    (or none is given)."""
    if not explained:
        return None
    ranked = sorted(explained, key=lambda e: (-e.score, e.inc.seq))
    # "not >=": two jobs as far beyond reach (a score of -inf each) lead neither
    if len(ranked) > 1 and not ranked[0].score - ranked[1].score >= EXPLAIN_MARGIN:
        return None
    return ranked[0].inc
