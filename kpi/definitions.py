"""The KPI definitions: the plan's measures table and the center's operational KPIs.

Loaded from the versioned data file ``data/definitions.yaml`` (pydantic parses
the file; frozen dataclasses hold the result) and validated as a whole:
unique ids, units that fit the formula kind, a weight and target for every
declared year, indicator weights adding up to their goal's weight and goal
weights adding up to the declared total of the year (70 % in 2016, 68 % in
2015: the plan's business-dimension goals do not fill 100 %, see the file).

Call :func:`load_definitions` (a path) or :func:`parse_definitions` (text).
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from common import yamldoc
from kpi.errors import DefinitionError, UnknownIndicatorError
from kpi.periods import Frequency

#: The data file shipped with the package.
DEFAULT_PATH = Path(__file__).parent / "data" / "definitions.yaml"


class Unit(StrEnum):
    """Units of measure, as written in CSV files (``unit`` column)."""

    PERCENT = "%"
    TIMES = "times"  # 次
    CASES = "cases"  # 件
    ITEMS = "items"  # 項
    SECONDS = "s"


class Kind(StrEnum):
    """Formula kinds; each maps to one pure function in :mod:`kpi.formulas`."""

    RATIO = "ratio"
    COUNT = "count"
    PETITION = "petition"
    MILESTONES = "milestones"
    COVERAGE = "coverage"
    SERVICE_ITEMS = "service_items"
    AVAILABILITY = "availability"
    COMPLETENESS = "completeness"
    MEAN_DURATION = "mean_duration"
    SHARE = "share"


class Direction(StrEnum):
    """Whether a larger value is better (most measures) or worse (durations)."""

    HIGHER = "higher"
    LOWER = "lower"


class EvaluationBasis(StrEnum):
    """The plan's 評估方式: statistics (統計數據) or documents (文件資料)."""

    STATISTICS = "statistics"
    DOCUMENTS = "documents"


_UNITS_OF_KIND: dict[Kind, frozenset[Unit]] = {
    Kind.RATIO: frozenset({Unit.PERCENT}),
    Kind.COUNT: frozenset({Unit.TIMES, Unit.CASES, Unit.ITEMS}),
    Kind.PETITION: frozenset({Unit.PERCENT}),
    Kind.MILESTONES: frozenset({Unit.PERCENT}),
    Kind.COVERAGE: frozenset({Unit.PERCENT}),
    Kind.SERVICE_ITEMS: frozenset({Unit.ITEMS}),
    Kind.AVAILABILITY: frozenset({Unit.PERCENT}),
    Kind.COMPLETENESS: frozenset({Unit.PERCENT}),
    Kind.MEAN_DURATION: frozenset({Unit.SECONDS}),
    Kind.SHARE: frozenset({Unit.PERCENT}),
}

_WEIGHT_TOLERANCE = 1e-9


@dataclass(frozen=True, slots=True)
class YearSpec:
    """Weight (percent of the whole evaluation) and target of an indicator in one year."""

    year: int
    weight: float
    target: float


@dataclass(frozen=True, slots=True)
class Component:
    """A deliverable counted by a composite indicator (petition control, 6.1)."""

    id: str
    name_zh: str
    name_en: str
    required: int


@dataclass(frozen=True, slots=True)
class Goal:
    """A strategic goal (策略績效目標) with its weight per year."""

    id: str
    name_zh: str
    name_en: str
    weights: tuple[tuple[int, float], ...]

    def weight(self, year: int) -> float | None:
        """The goal's weight in ``year``, or ``None`` if the year is not defined."""
        return dict(self.weights).get(year)


@dataclass(frozen=True, slots=True)
class Indicator:
    """One measure. Plan indicators have a goal and yearly specs; operational ones a target."""

    id: str
    goal_id: str | None
    name_zh: str
    name_en: str
    #: Its short name on the wall's KPI tile (a plan measure's ``wall_zh``, else its name).
    wall_zh: str
    wall_en: str
    kind: Kind
    formula_zh: str
    formula_en: str
    unit: Unit
    frequency: Frequency
    direction: Direction
    evaluation_system: Annotated[int | None, Field(exclude=True)]
    evaluation_basis: Annotated[EvaluationBasis | None, Field(exclude=True)]
    years: tuple[YearSpec, ...]
    components: Annotated[tuple[Component, ...], Field(exclude=True)]
    numerator_en: Annotated[str | None, Field(exclude=True)]
    denominator_en: Annotated[str | None, Field(exclude=True)]
    standing_target: float | None

    @property
    def is_plan(self) -> bool:
        """True for the plan's measures (weighted), False for operational KPIs."""
        return self.goal_id is not None

    def year_spec(self, year: int) -> YearSpec | None:
        """Weight and target in ``year``; ``None`` when the plan sets none for that year."""
        for spec in self.years:
            if spec.year == year:
                return spec
        return None

    def target(self, year: int) -> float | None:
        """The target in ``year`` (operational KPIs: the same target every year)."""
        spec = self.year_spec(year)
        if spec is not None:
            return spec.target
        return self.standing_target


@dataclass(frozen=True, slots=True)
class Definitions:
    """The whole definitions file, validated. ``sha256`` identifies the exact text."""

    version: str
    source: str
    sha256: Annotated[str, Field(exclude=True)]
    declared_total_weight: Annotated[tuple[tuple[int, float], ...], Field(exclude=True)]
    goals: tuple[Goal, ...]
    indicators: tuple[Indicator, ...]

    def indicator(self, indicator_id: str) -> Indicator:
        """The indicator with this id; raises :class:`UnknownIndicatorError`."""
        for ind in self.indicators:
            if ind.id == indicator_id:
                return ind
        raise UnknownIndicatorError(indicator_id)

    def goal(self, goal_id: str) -> Goal:
        """The goal with this id; raises :class:`DefinitionError` if absent."""
        for goal in self.goals:
            if goal.id == goal_id:
                return goal
        raise DefinitionError(f"unknown goal {goal_id!r}")

    def plan_indicators(self) -> tuple[Indicator, ...]:
        """The weighted measures of the plan, in file order."""
        return tuple(i for i in self.indicators if i.is_plan)

    def operational_indicators(self) -> tuple[Indicator, ...]:
        """The center's own operational KPIs."""
        return tuple(i for i in self.indicators if not i.is_plan)

    def indicators_of(self, goal_id: str) -> tuple[Indicator, ...]:
        """The indicators of one goal."""
        return tuple(i for i in self.indicators if i.goal_id == goal_id)

    def years(self) -> tuple[int, ...]:
        """Years with declared weights, ascending."""
        return tuple(sorted(y for y, _ in self.declared_total_weight))

    def total_weight(self, year: int) -> float:
        """The declared total weight of ``year`` (70 in 2016): the sum of goal weights."""
        for y, w in self.declared_total_weight:
            if y == year:
                return w
        raise DefinitionError(f"no weights declared for {year}")


# -- boundary models (pydantic) --------------------------------------------------------


#: The longest short name of a plan measure on the wall's KPI tile (characters): what one
#: line of the tile holds at 20 px from 1366x768 up (tests/browser/test_wall_kpi_names.py).
WALL_NAME_ZH = 7
WALL_NAME_EN = 14


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _YearModel(_Strict):
    weight: float = Field(ge=0, le=100)
    target: float = Field(gt=0)


class _ComponentModel(_Strict):
    id: str = Field(min_length=1)
    name_zh: str = Field(min_length=1)
    name_en: str = Field(min_length=1)
    required: int = Field(gt=0)


class _GoalModel(_Strict):
    id: str = Field(min_length=1)
    name_zh: str = Field(min_length=1)
    name_en: str = Field(min_length=1)
    weight: dict[int, float]


class _PlanIndicatorModel(_Strict):
    id: str = Field(min_length=1)
    goal: str
    name_zh: str = Field(min_length=1)
    name_en: str = Field(min_length=1)
    wall_zh: str = Field(min_length=1, max_length=WALL_NAME_ZH)
    wall_en: str = Field(min_length=1, max_length=WALL_NAME_EN)
    kind: Kind
    formula_zh: str = Field(min_length=1)
    formula_en: str = Field(min_length=1)
    numerator_en: str | None = None
    denominator_en: str | None = None
    unit: Unit
    frequency: Frequency
    direction: Direction
    evaluation_system: int
    evaluation_basis: EvaluationBasis
    components: list[_ComponentModel] = Field(default_factory=list)
    years: dict[int, _YearModel]


class _OperationalModel(_Strict):
    id: str = Field(min_length=1)
    name_zh: str = Field(min_length=1)
    name_en: str = Field(min_length=1)
    kind: Kind
    formula_zh: str = Field(min_length=1)
    formula_en: str = Field(min_length=1)
    unit: Unit
    frequency: Frequency
    direction: Direction
    target: float = Field(gt=0)


class _FileModel(_Strict):
    version: str = Field(min_length=1)
    source: str
    declared_total_weight: dict[int, float]
    goals: list[_GoalModel]
    indicators: list[_PlanIndicatorModel]
    operational: list[_OperationalModel] = Field(default_factory=list)


_PLAN_KINDS = frozenset({Kind.RATIO, Kind.COUNT, Kind.PETITION, Kind.MILESTONES, Kind.COVERAGE, Kind.SERVICE_ITEMS})
_OPERATIONAL_KINDS = frozenset(Kind) - _PLAN_KINDS


def load_definitions(path: Path | str = DEFAULT_PATH) -> Definitions:
    """Read and validate a definitions file; raises :class:`DefinitionError`."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise DefinitionError(f"cannot read {p}: {exc}", path=str(p)) from exc
    return parse_definitions(text, path=str(p))


def parse_definitions(text: str, *, path: str | None = None) -> Definitions:
    """Parse and validate the YAML text of a definitions file."""
    try:
        raw = yamldoc.safe_load(text)
        model = _FileModel.model_validate(raw)
    except (yaml.YAMLError, ValidationError) as exc:
        raise DefinitionError(f"invalid definitions file: {exc}", path=path) from exc
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    defs = _build(model, sha)
    _validate(defs, path)
    return defs


def _build(model: _FileModel, sha: str) -> Definitions:
    goals = tuple(Goal(g.id, g.name_zh, g.name_en, tuple(sorted(g.weight.items()))) for g in model.goals)
    plan = tuple(
        Indicator(
            id=i.id,
            goal_id=i.goal,
            name_zh=i.name_zh,
            name_en=i.name_en,
            wall_zh=i.wall_zh,
            wall_en=i.wall_en,
            kind=i.kind,
            formula_zh=i.formula_zh,
            formula_en=i.formula_en,
            unit=i.unit,
            frequency=i.frequency,
            direction=i.direction,
            evaluation_system=i.evaluation_system,
            evaluation_basis=i.evaluation_basis,
            years=tuple(YearSpec(y, s.weight, s.target) for y, s in sorted(i.years.items())),
            components=tuple(Component(c.id, c.name_zh, c.name_en, c.required) for c in i.components),
            numerator_en=i.numerator_en,
            denominator_en=i.denominator_en,
            standing_target=None,
        )
        for i in model.indicators
    )
    operational = tuple(
        Indicator(
            id=o.id,
            goal_id=None,
            name_zh=o.name_zh,
            name_en=o.name_en,
            wall_zh=o.name_zh,
            wall_en=o.name_en,
            kind=o.kind,
            formula_zh=o.formula_zh,
            formula_en=o.formula_en,
            unit=o.unit,
            frequency=o.frequency,
            direction=o.direction,
            evaluation_system=None,
            evaluation_basis=None,
            years=(),
            components=(),
            numerator_en=None,
            denominator_en=None,
            standing_target=o.target,
        )
        for o in model.operational
    )
    return Definitions(
        version=model.version,
        source=model.source,
        sha256=sha,
        declared_total_weight=tuple(sorted(model.declared_total_weight.items())),
        goals=goals,
        indicators=plan + operational,
    )


def _fail(message: str, path: str | None) -> DefinitionError:
    return DefinitionError(message, path=path)


def _validate(defs: Definitions, path: str | None) -> None:
    _check_unique([g.id for g in defs.goals], "goal", path)
    _check_unique([i.id for i in defs.indicators], "indicator", path)
    goal_ids = {g.id for g in defs.goals}
    years = defs.years()
    for ind in defs.indicators:
        allowed = _UNITS_OF_KIND[ind.kind]
        if ind.unit not in allowed:
            raise _fail(f"indicator {ind.id}: unit {ind.unit} does not fit kind {ind.kind}", path)
        if ind.is_plan:
            _validate_plan_indicator(ind, goal_ids, years, path)
        elif ind.kind not in _OPERATIONAL_KINDS:
            raise _fail(f"operational indicator {ind.id}: kind {ind.kind} is a plan kind", path)
    for year in years:
        total = defs.total_weight(year)
        if total > 100 + _WEIGHT_TOLERANCE:
            raise _fail(f"{year}: declared total weight {total} exceeds 100", path)
        goal_sum = 0.0
        for goal in defs.goals:
            gw = goal.weight(year)
            if gw is None:
                raise _fail(f"goal {goal.id} has no weight for {year}", path)
            goal_sum += gw
            ind_sum = sum(
                spec.weight for ind in defs.indicators_of(goal.id) if (spec := ind.year_spec(year)) is not None
            )
            if not math.isclose(ind_sum, gw, abs_tol=_WEIGHT_TOLERANCE):
                raise _fail(
                    f"{year}: indicators of goal {goal.id} weigh {ind_sum}, the goal weighs {gw}",
                    path,
                )
        if not math.isclose(goal_sum, total, abs_tol=_WEIGHT_TOLERANCE):
            raise _fail(f"{year}: goal weights add up to {goal_sum}, declared total is {total}", path)


def _validate_plan_indicator(ind: Indicator, goal_ids: set[str], years: tuple[int, ...], path: str | None) -> None:
    if ind.goal_id not in goal_ids:
        raise _fail(f"indicator {ind.id}: unknown goal {ind.goal_id!r}", path)
    if ind.kind not in _PLAN_KINDS:
        raise _fail(f"indicator {ind.id}: kind {ind.kind} is not a plan kind", path)
    if ind.frequency is not Frequency.ANNUAL:
        raise _fail(f"indicator {ind.id}: plan measures are annual", path)
    missing = [y for y in years if ind.year_spec(y) is None]
    if missing:
        raise _fail(f"indicator {ind.id}: no weight/target for {missing}", path)
    if (ind.kind is Kind.PETITION) != bool(ind.components):
        raise _fail(f"indicator {ind.id}: components belong to (and only to) petition", path)
    _check_unique([c.id for c in ind.components], f"component of {ind.id}", path)
    if ind.kind in (Kind.RATIO, Kind.COVERAGE) and not (ind.numerator_en and ind.denominator_en):
        raise _fail(f"indicator {ind.id}: ratio needs numerator_en and denominator_en", path)


def _check_unique(ids: list[str], what: str, path: str | None) -> None:
    seen: set[str] = set()
    for ident in ids:
        if ident in seen:
            raise _fail(f"duplicate {what} id {ident!r}", path)
        seen.add(ident)
