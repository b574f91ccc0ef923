"""The scenarios, one module each, looked up by name.

Each module exposes ``SCENARIO`` (a :class:`~sim.scenarios.base.Scenario`) and
the pure functions ``generate(registry, start, seed, duration) -> Iterator[SimMessage]``
and ``ground_truth(registry, start, seed, duration) -> GroundTruth``.
"""

from __future__ import annotations

from collections.abc import Mapping

from sim.errors import ScenarioError
from sim.scenarios import convention_event, faults, normal_day, typhoon
from sim.scenarios.base import Scenario

SCENARIOS: Mapping[str, Scenario] = {
    s.name: s for s in (normal_day.SCENARIO, typhoon.SCENARIO, convention_event.SCENARIO, faults.SCENARIO)
}


def get_scenario(name: str) -> Scenario:
    """The scenario called ``name``; raises :class:`ScenarioError` listing the known ones."""
    try:
        return SCENARIOS[name]
    except KeyError:
        known = ", ".join(sorted(SCENARIOS))
        raise ScenarioError(f"unknown scenario {name!r} (known: {known})", scenario=name) from None
