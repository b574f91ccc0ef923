"""The plan's formulas (衡量標準) as pure functions.

Each returns a :class:`Result`: the value in the indicator's unit, rounded the
way the plan reports it (percentages to two decimals, 91.99 %), plus the exact
value and the inputs, so that an observation can store what it was computed
from. None of these functions reads a clock, a file or a database.

Sources: plan part one §貳 (formulas), part three (2015 figures used in tests).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from kpi.definitions import Component
from kpi.errors import FormulaInputError

#: The plan reports percentages with two decimals ("91.99%", "97.17%").
PERCENT_DECIMALS = 2

InputValue = int | float | str


@dataclass(frozen=True, slots=True)
class Result:
    """A computed value: ``value`` (rounded as reported), ``exact`` and the ``inputs`` used."""

    value: float
    exact: float
    inputs: tuple[tuple[str, InputValue], ...]

    def inputs_dict(self) -> dict[str, InputValue]:
        """The inputs as a plain mapping (for JSON provenance)."""
        return dict(self.inputs)


def _round_percent(x: float) -> float:
    return round(x, PERCENT_DECIMALS)


def _non_negative(name: str, value: float) -> None:
    if value < 0:
        raise FormulaInputError(f"{name} must not be negative, got {value}")


def ratio_percent(numerator: float, denominator: float) -> Result:
    """``numerator / denominator × 100 %``: the ratio measures 1.1, 3.1, 4.1.

    E.g. tender control 2015: ``ratio_percent(2504, 2722).value == 91.99``.
    The numerator counts a subset of the denominator, so it may not exceed it.
    """
    _non_negative("numerator", numerator)
    if denominator <= 0:
        raise FormulaInputError(f"denominator must be positive, got {denominator}")
    if numerator > denominator:
        raise FormulaInputError(f"numerator {numerator} exceeds denominator {denominator}; it counts a subset of it")
    exact = numerator / denominator * 100.0
    return Result(
        _round_percent(exact),
        exact,
        (("numerator", numerator), ("denominator", denominator)),
    )


def pooled_ratio_percent(parts: Sequence[tuple[float, float]]) -> Result:
    """Pooled ratio over several sittings: Σ numerators / Σ denominators × 100 %.

    The tri-county rate (3.1) pools the meetings of the year: (7 + 9) / (9 + 11)
    = 80 % in 2015, not the mean of 7/9 and 9/11.
    """
    if not parts:
        raise FormulaInputError("pooled ratio needs at least one (numerator, denominator)")
    for num, den in parts:
        ratio_percent(num, den)  # validates each part
    num_total = sum(n for n, _ in parts)
    den_total = sum(d for _, d in parts)
    base = ratio_percent(num_total, den_total)
    inputs: list[tuple[str, InputValue]] = list(base.inputs)
    for k, (num, den) in enumerate(parts, start=1):
        inputs += [(f"part{k}.numerator", num), (f"part{k}.denominator", den)]
    return Result(base.value, base.exact, tuple(inputs))


def count(n: int) -> Result:
    """A count for the year (surveys 2.1, award nominations 5.1)."""
    _non_negative("count", n)
    return Result(float(n), float(n), (("count", n),))


def petition_achievement(components: Sequence[Component], done: Mapping[str, int]) -> Result:
    """Petition control (6.1): mean of each deliverable's achievement, each capped at 100 %.

    The plan's measure is "各項指標達成率" (the achievement of each item): 12
    reports, 4 compilations, 1 training, 1 assessment per year. Each item counts
    equally and doing more of one item does not make up for another. 2015 first
    half: 6/12, 2/4, 1/1, 0/1 → (50 + 50 + 100 + 0) / 4 = 50 %.
    """
    if not components:
        raise FormulaInputError("petition achievement needs its components")
    unknown = set(done) - {c.id for c in components}
    if unknown:
        raise FormulaInputError(f"unknown petition components: {sorted(unknown)}")
    rates: list[float] = []
    inputs: list[tuple[str, InputValue]] = []
    for comp in components:
        n = done.get(comp.id, 0)
        _non_negative(comp.id, n)
        rates.append(min(n / comp.required, 1.0))
        inputs += [(f"{comp.id}.done", n), (f"{comp.id}.required", comp.required)]
    exact = sum(rates) / len(rates) * 100.0
    return Result(_round_percent(exact), exact, tuple(inputs))


def milestone_progress(items: Sequence[tuple[str, float, bool]]) -> Result:
    """Demonstration-zone progress (7.1): weight of milestones done / total weight × 100 %.

    ``items`` are ``(milestone_id, weight, done)``; see :mod:`kpi.milestones`.
    """
    if not items:
        raise FormulaInputError("milestone progress needs at least one milestone")
    total = 0.0
    achieved = 0.0
    inputs: list[tuple[str, InputValue]] = []
    for ident, weight, done in items:
        if weight <= 0:
            raise FormulaInputError(f"milestone {ident}: weight must be positive")
        total += weight
        achieved += weight if done else 0.0
        inputs.append((f"{ident}.done", int(done)))
    exact = achieved / total * 100.0
    return Result(_round_percent(exact), exact, tuple(inputs))


def coverage_percent(covered_population: float, city_population: float) -> Result:
    """4G coverage (7.2): base-station covered population / city population × 100 %.

    2015 (operators' March 2015 statistics): 2,608,999 covered = 97.17 %.
    """
    base = ratio_percent(covered_population, city_population)
    return Result(
        base.value,
        base.exact,
        (("covered_population", covered_population), ("city_population", city_population)),
    )


def service_items(agencies_using: int, new_items: int) -> Result:
    """Online application / e-payment items (7.3): agencies using × new service items.

    The plan's own definition ("計算方式為使用機關數乘以新增服務項目數").
    Computed from the services registry by :func:`kpi.eservices.count_items`.
    """
    _non_negative("agencies_using", agencies_using)
    _non_negative("new_items", new_items)
    product = agencies_using * new_items
    return Result(
        float(product),
        float(product),
        (("agencies_using", agencies_using), ("new_items", new_items)),
    )
