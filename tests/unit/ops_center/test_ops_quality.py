"""Pairwise scoring, and facts of the generated typhoon seeds (figures in docs/benchmarks.md)."""

from __future__ import annotations

import pytest

from tests import scenarios
from tests.quality import evaluate, pairwise


def test_pairwise_counts_on_a_hand_example() -> None:
    truth = {"a": "T1", "b": "T1", "c": "T1", "d": "T2", "e": None}
    predicted = {"a": "P1", "b": "P1", "c": "P2", "d": "P2", "e": "P2"}
    # true pairs ab ac bc; predicted ab cd ce de; agreeing ab
    assert pairwise(truth, predicted) == (3, 4, 1)


@pytest.mark.parametrize("seed", scenarios.SEEDS)
def test_scenario_file_is_what_the_generator_makes(seed: int) -> None:
    assert scenarios.load(scenarios.scenario_path(seed)) == scenarios.generate(seed)


@pytest.mark.parametrize("seed", scenarios.SEEDS)
def test_typhoon_scenario_facts(seed: int) -> None:
    """Facts of the generated seeds (their F1 is reported in docs/benchmarks.md, not asserted)."""
    records = scenarios.load(scenarios.scenario_path(seed))
    notes = " ".join(r.note for r in records)
    # the set really has the hard parts: noise, late, duplicate, bridge, beyond the radius
    assert {"noise", "late", "duplicate", "bridge", "beyond_radius"} <= set(notes.replace(",", " ").split())
    report = evaluate([r.labelled() for r in records])
    assert report.truth_incidents == 17
    assert report.false_dispatches == 0
    # every incident of the truth is opened, within 20 minutes of its first evidence
    assert all(d.seconds is not None and 0 <= d.seconds <= 20 * 60 for d in report.delays)
