"""Grouping quality of the correlator against labelled ground truth.

Pure: give it labelled items in arrival order and it runs a fresh
:class:`~ops_center.correlate.Correlator`, then scores the grouping with the
pairwise measures used for clustering evaluation: a pair of items is
*predicted* together when they end in the same incident and *truly* together
when they share a ground-truth incident; items left out or labelled as noise
are singletons (they form no pairs).

    precision = |predicted ∩ true pairs| / |predicted pairs|
    recall    = |predicted ∩ true pairs| / |true pairs|
    F1        = 2 P R / (P + R)

It also reports, per ground-truth incident, the time from its first evidence
(observed time) to dispatch, taken as the moment (``now``) at which the first
incident holding any of its items was opened: dispatch is routed on opening.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item


@dataclass(frozen=True, slots=True)
class Labelled:
    """One delivery of an item: arrival time and its ground-truth incident (None: noise)."""

    item: Item
    arrival: float
    truth: str | None


@dataclass(frozen=True, slots=True)
class DispatchDelay:
    """First evidence to dispatch of one ground-truth incident (None: never dispatched)."""

    truth: str
    first_evidence_t: float
    dispatched_at: float | None

    @property
    def seconds(self) -> float | None:
        """The delay in seconds, or None if no incident was opened for it."""
        return None if self.dispatched_at is None else self.dispatched_at - self.first_evidence_t


@dataclass(frozen=True, slots=True)
class QualityReport:
    """Pairwise scores and delays of one scenario run."""

    items: int
    deliveries: int
    true_pairs: int
    predicted_pairs: int
    agreeing_pairs: int
    truth_incidents: int
    predicted_incidents: int
    left_out: int
    false_incidents: int
    false_dispatches: int
    delays: tuple[DispatchDelay, ...]

    @property
    def precision(self) -> float:
        """Share of predicted pairs that are true (1.0 when nothing was paired)."""
        return self.agreeing_pairs / self.predicted_pairs if self.predicted_pairs else 1.0

    @property
    def recall(self) -> float:
        """Share of true pairs that were predicted (1.0 when there are none)."""
        return self.agreeing_pairs / self.true_pairs if self.true_pairs else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _pairs(counts: Iterable[int]) -> int:
    return sum(n * (n - 1) // 2 for n in counts)


def pairwise(truth: Mapping[str, str | None], predicted: Mapping[str, str | None]) -> tuple[int, int, int]:
    """``(true_pairs, predicted_pairs, agreeing_pairs)`` over the keys of ``truth``."""
    true_pairs = _pairs(Counter(t for t in truth.values() if t is not None).values())
    pred = {k: predicted.get(k) for k in truth}
    predicted_pairs = _pairs(Counter(p for p in pred.values() if p is not None).values())
    both = Counter((truth[k], p) for k, p in pred.items() if p is not None and truth[k] is not None)
    return true_pairs, predicted_pairs, _pairs(both.values())


def evaluate(
    deliveries: Sequence[Labelled],
    correlator: Correlator | None = None,
    *,
    min_dispatch_severity: CapSeverity = CapSeverity.MODERATE,
) -> QualityReport:
    """Feed ``deliveries`` (sorted by arrival here) and score the result after a final tick.

    ``false_dispatches`` counts incidents made only of noise whose severity reached
    ``min_dispatch_severity`` (the flood route's threshold in ``routing.yaml``).
    """
    c = correlator if correlator is not None else Correlator(retention_s=1e12)
    ordered = sorted(deliveries, key=lambda d: d.arrival)
    for d in ordered:
        c.feed(d.item, d.arrival)
    end = max((d.arrival for d in ordered), default=0.0) + 1e7
    c.tick(end)
    truth = {d.item.key: d.truth for d in ordered}
    predicted = {k: c.where(k) for k in truth}
    true_pairs, predicted_pairs, agreeing = pairwise(truth, predicted)

    first_t: dict[str, float] = {}
    for d in ordered:
        if d.truth is not None:
            first_t[d.truth] = min(first_t.get(d.truth, d.item.t), d.item.t)
    # Dispatch is routed when an incident opens, so a truth incident is dispatched when
    # the first of its items joins any incident (merged ones included).
    dispatched: dict[str, float] = {}
    false_dispatches = 0
    for inc_id in c.incident_ids():
        snap = c.snapshot(inc_id)
        for m in snap.members:
            t = truth.get(m.item.key)
            if t is not None:
                dispatched[t] = min(dispatched.get(t, m.joined_at), m.joined_at)
        if snap.merged_into is None and all(truth.get(k) is None for k in snap.member_keys):
            false_dispatches += snap.severity.rank >= min_dispatch_severity.rank
    delays = tuple(DispatchDelay(t, first_t[t], dispatched.get(t)) for t in sorted(first_t))
    live = {p for p in predicted.values() if p is not None}
    truth_of_pred: dict[str, set[str | None]] = {}
    for k, p in predicted.items():
        if p is not None:
            truth_of_pred.setdefault(p, set()).add(truth[k])
    false_incidents = sum(1 for s in truth_of_pred.values() if s == {None})

    return QualityReport(
        items=len(truth),
        deliveries=len(ordered),
        true_pairs=true_pairs,
        predicted_pairs=predicted_pairs,
        agreeing_pairs=agreeing,
        truth_incidents=len(first_t),
        predicted_incidents=len(live),
        left_out=sum(1 for p in predicted.values() if p is None),
        false_incidents=false_incidents,
        false_dispatches=false_dispatches,
        delays=delays,
    )
