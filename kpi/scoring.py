"""Achievement, weighted scores and trends of the plan's measures (pure).

Achievement of one indicator in one year (a fraction, 0..1):

* higher is better: ``value / target``; lower is better: ``target / value``;
* **capped at 1.0** (100 %). Over-achievement is shown (``raw``) but does not
  count: in a weighted total, beating one target must not make up for missing
  another, and the plan itself reports achievement as a share of the target
  (surveys 2 of 4: "目前達成度50%").

Weighted points of an indicator = its weight × capped achievement; a goal's
points are the sum over its indicators, its score = points / goal weight. The
year's points are the sum over goals, out of the declared total weight (70 in
2016, 68 in 2015, since the plan's table does not fill 100 %); ``normalised``
rescales that to 100. An indicator without an observation scores 0 points and
is listed in ``missing`` (never silently dropped from the denominator).

A figure computed from demonstration data (:func:`demo_source`) is never read as
the city's: the year's score names the indicators whose figure is one (``demo``)
and the points they bring (``demo_points``); a history marks each such point, and
the last change between a demonstration figure and the city's is no trend
(``Trend.NOT_COMPARABLE``): the two were not made from the same data.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Annotated, TypeVar

from pydantic import Field, computed_field

from kpi.definitions import Definitions, Direction, Indicator
from kpi.periods import parse_period


@dataclass(frozen=True, slots=True)
class Achievement:
    """Value against target in one year; ``capped`` is what the weighted score uses.

    The API shows it inside its indicator's score, so without ``indicator_id``.
    """

    indicator_id: Annotated[str, Field(exclude=True)]
    year: int
    value: float
    target: float
    raw: float
    capped: float


@dataclass(frozen=True, slots=True)
class IndicatorScore:
    """One indicator's weight, achievement (``None`` when missing) and weighted points;
    ``demo`` when the figure scored was computed from demonstration data."""

    indicator_id: str
    weight: float
    achievement: Achievement | None
    points: float
    demo: bool = False


@dataclass(frozen=True, slots=True)
class GoalScore:
    """A strategic goal's points (out of ``weight``) and score in percent."""

    goal_id: str
    weight: float
    points: float
    score_pct: float
    indicators: tuple[IndicatorScore, ...]


@dataclass(frozen=True, slots=True)
class YearScore:
    """The year's weighted total: ``points`` out of ``total_weight``, and normalised to 100."""

    year: int
    total_weight: float
    points: float
    normalised_pct: float
    goals: tuple[GoalScore, ...]
    missing: tuple[str, ...]
    #: The newest ``as_of`` of the figures scored (``None`` without any): a score whose
    #: figures end before the year's last day is an interim one (2015: as of 2015-06-30).
    as_of: date | None = None
    #: The indicators whose scored figure was computed from demonstration data, and the
    #: points they bring to ``points``: that much of the score is not the city's.
    demo: tuple[str, ...] = ()
    demo_points: float = 0.0


class Trend(StrEnum):
    """Direction of the last change, judged by the indicator's direction."""

    IMPROVING = "improving"
    WORSENING = "worsening"
    FLAT = "flat"
    UNKNOWN = "unknown"
    #: The last change is between a figure computed from demonstration data and one of the
    #: city's: not a change of the city's (7.1: the plan's 50 % against a fixture checklist).
    NOT_COMPARABLE = "not_comparable"


@dataclass(frozen=True, slots=True)
class TrendPoint:
    """One point of an indicator's history: ``provenance`` (entered or computed) and
    ``demo`` (computed from demonstration data) say where its figure comes from."""

    period: str
    as_of: date
    value: float
    achievement: Achievement | None
    provenance: str
    demo: bool


@dataclass(frozen=True, slots=True)
class History:
    """An indicator's observations in time order and the direction of the last change."""

    indicator_id: str
    points: tuple[TrendPoint, ...]
    trend: Trend


def achievement(indicator: Indicator, year: int, value: float) -> Achievement | None:
    """Achievement of ``value`` against the target of ``year``; ``None`` without a target."""
    target = indicator.target(year)
    if target is None:
        return None
    raw = _raw_achievement(indicator.direction, value, target)
    capped = max(0.0, min(raw, 1.0))
    return Achievement(indicator.id, year, value, target, raw, capped)


def _raw_achievement(direction: Direction, value: float, target: float) -> float:
    if direction is Direction.HIGHER:
        return value / target
    # Lower is better: at or under target is full achievement; a zero duration is perfect.
    return target / value if value > 0 else float("inf")


def score_year(
    defs: Definitions, year: int, values: Mapping[str, float], *, demo: Collection[str] = ()
) -> YearScore:
    """Weighted score of ``year`` from the value of each plan indicator (by id).

    ``values`` holds one value per indicator (the latest of the year, see
    :func:`latest_values`); ids of operational KPIs are ignored. ``demo`` names the
    indicators whose value was computed from demonstration data (:func:`demo_source`).
    """
    goals: list[GoalScore] = []
    missing: list[str] = []
    for goal in defs.goals:
        goal_weight = goal.weight(year)
        if goal_weight is None:
            continue
        scores: list[IndicatorScore] = []
        for ind in defs.indicators_of(goal.id):
            spec = ind.year_spec(year)
            if spec is None:
                continue
            value = values.get(ind.id)
            ach = achievement(ind, year, value) if value is not None else None
            if ach is None:
                missing.append(ind.id)
            points = spec.weight * ach.capped if ach is not None else 0.0
            scores.append(IndicatorScore(ind.id, spec.weight, ach, points, ach is not None and ind.id in demo))
        goal_points = sum(s.points for s in scores)
        goals.append(
            GoalScore(
                goal.id,
                goal_weight,
                goal_points,
                goal_points / goal_weight * 100.0 if goal_weight else 0.0,
                tuple(scores),
            )
        )
    total = defs.total_weight(year)
    points = sum(g.points for g in goals)
    demo_scores = [i for g in goals for i in g.indicators if i.demo]
    return YearScore(
        year,
        total,
        points,
        points / total * 100.0 if total else 0.0,
        tuple(goals),
        tuple(missing),
        demo=tuple(i.indicator_id for i in demo_scores),
        demo_points=sum(i.points for i in demo_scores),
    )


_V = TypeVar("_V")


def latest_values(observations: Iterable[tuple[str, str, date, _V]], year: int) -> dict[str, _V]:
    """The latest value (by ``as_of``) per indicator among annual observations of ``year``.

    ``observations`` are ``(indicator_id, period, as_of, value)``; the value may be any
    object (the service passes the observation itself, to know where it comes from).
    """
    best: dict[str, tuple[date, _V]] = {}
    for indicator_id, period, as_of, value in observations:
        parsed = parse_period(period)
        if parsed.year != year:
            continue
        current = best.get(indicator_id)
        if current is None or as_of > current[0]:
            best[indicator_id] = (as_of, value)
    return {k: v for k, (_, v) in best.items()}


def history(indicator: Indicator, observations: Iterable[ObservedValue]) -> History:
    """An indicator's history in time order and the trend of its last change."""
    ordered = sorted(observations, key=lambda o: (parse_period(o.period), o.as_of))
    points = tuple(
        TrendPoint(o.period, o.as_of, o.value, achievement(indicator, parse_period(o.period).year, o.value),
                   o.provenance, o.demo)
        for o in ordered
    )
    return History(indicator.id, points, _trend(indicator, points))


def _trend(indicator: Indicator, points: tuple[TrendPoint, ...]) -> Trend:
    if len(points) < 2:
        return Trend.UNKNOWN
    prev, cur = points[-2], points[-1]
    if prev.demo != cur.demo:
        return Trend.NOT_COMPARABLE
    # Compare achievements when both have one: targets and interim dates differ
    # between years (2 surveys by June 2015 vs 4 in 2016); else the raw values.
    if prev.achievement is not None and cur.achievement is not None:
        before, last = prev.achievement.raw, cur.achievement.raw
        higher_is_better = True
    else:
        before, last = prev.value, cur.value
        higher_is_better = indicator.direction is Direction.HIGHER
    if last == before:
        return Trend.FLAT
    better = last > before if higher_is_better else last < before
    return Trend.IMPROVING if better else Trend.WORSENING


@dataclass(frozen=True, slots=True)
class ObservedValue:
    """One stored observation as the status of a measure needs it."""

    period: str
    as_of: date
    value: float
    numerator: float | None
    denominator: float | None
    provenance: str
    #: Computed from demonstration fixtures or synthetic layers, not the city's data
    #: (:func:`demo_source`); the page says so beside the figure.
    demo: bool = False
    #: Of an operational duration (MTTA, evidence to dispatch or clearance): the items done
    #: and those still open at the computation.
    completed: int | None = None
    open_items: int | None = None
    #: Nothing done yet: the value is the open items' mean wait so far, a lower bound.
    lower_bound: bool = False


#: The inputs a computation records when it used demonstration data: milestone evidence
#: marked FIXTURE (7.1), registry rows marked FIXTURE (7.3), features of a layer marked
#: SYNTHETIC (7.2).
DEMO_INPUTS = ("fixture_evidence", "fixture_rows", "synthetic_features")


def demo_source(inputs: Mapping[str, object] | None) -> bool:
    """True when a computed observation's ``inputs`` say it used demonstration data."""
    if not inputs:
        return False
    for key in DEMO_INPUTS:
        value = inputs.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
            return True
    return False


@dataclass(frozen=True, slots=True)
class MeasureStatus:
    """A plan measure at its latest year with data: what a planner reads on the page.

    ``year`` and ``as_of`` say which figure is shown (never silently another
    year's target); ``weight`` and ``points`` are that year's (``points`` =
    weight × capped achievement, the figure the weighted score adds up);
    ``over_target`` is True when the raw achievement exceeds 100 % and the cap
    applies. ``latest`` is ``None`` when the measure has no observation at all.
    """

    indicator_id: str
    year: int | None
    latest: ObservedValue | None
    target: float | None
    weight: float | None
    achievement: Achievement | None
    points: float | None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def over_target(self) -> bool:
        """True when the value beats the target and the achievement is capped."""
        return self.achievement is not None and self.achievement.raw > self.achievement.capped


def measure_status(indicator: Indicator, observations: Iterable[ObservedValue]) -> MeasureStatus:
    """The status of ``indicator`` from its latest annual observation.

    Latest = the latest year of the plan (one the plan weighs and sets a target for)
    with any observation, and within it the latest ``as_of``; the achievement and points
    are against that same year's target and weight, so a 2015 figure is never compared
    with a 2016 target. A figure of a year the plan does not cover (a 2026 typed for a
    2016 plan) has nothing to be scored against and does not hide the plan year's; it
    is read only when the measure has no figure of a plan year at all.
    """
    best: tuple[bool, int, date, ObservedValue] | None = None
    for obs in observations:
        year = parse_period(obs.period).year
        key = (indicator.year_spec(year) is not None, year, obs.as_of)
        if best is None or key > best[:3]:
            best = (*key, obs)
    if best is None:
        return MeasureStatus(indicator.id, None, None, None, None, None, None)
    _, year, _, latest = best
    spec = indicator.year_spec(year)
    ach = achievement(indicator, year, latest.value)
    points = spec.weight * ach.capped if spec is not None and ach is not None else None
    return MeasureStatus(
        indicator.id,
        year,
        latest,
        indicator.target(year),
        spec.weight if spec is not None else None,
        ach,
        points,
    )


@dataclass(frozen=True, slots=True)
class OperationalStatus:
    """An operational KPI of the center at its latest month with data: what the planner page
    shows below the plan's measures. ``target`` is the standing (proposed) target; ``met``
    says whether the figure meets it in the KPI's direction (``None`` with no figure or no
    target, or when the figure is a lower bound still within the target)."""

    indicator_id: str
    latest: ObservedValue | None
    target: float | None
    met: bool | None


def operational_status(indicator: Indicator, observations: Iterable[ObservedValue]) -> OperationalStatus:
    """The status of an operational ``indicator`` from its latest month (then its latest ``as_of``)."""
    best: ObservedValue | None = None
    for obs in observations:
        if best is None or (parse_period(obs.period).start, obs.as_of) > (parse_period(best.period).start, best.as_of):
            best = obs
    target = indicator.standing_target
    if best is None or target is None:
        return OperationalStatus(indicator.id, best, target, None)
    if best.lower_bound:
        # Only "at least this long" is known: past the target it is missed whatever comes;
        # within it, not known yet.
        late = best.value > target if indicator.direction is Direction.LOWER else None
        return OperationalStatus(indicator.id, best, target, False if late else None)
    met = best.value >= target if indicator.direction is Direction.HIGHER else best.value <= target
    return OperationalStatus(indicator.id, best, target, met)
