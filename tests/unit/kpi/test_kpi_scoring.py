"""Achievement (capped), weighted scores that add up, history and trend."""

from __future__ import annotations

import math
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from kpi.definitions import load_definitions
from kpi.periods import Frequency, Period, parse_period, parse_period_for
from kpi.scoring import (
    ObservedValue,
    Trend,
    achievement,
    history,
    latest_values,
    measure_status,
    operational_status,
    score_year,
)

DEFS = load_definitions()
PLAN_IDS = [i.id for i in DEFS.plan_indicators()]

#: The plan's 2015 first-half figures (observations_2015.csv).
VALUES_2015 = {
    "2.1": 2,
    "3.1": 80.0,
    "4.1": 91.99,
    "5.1": 0,
    "6.1": 50.0,
    "7.1": 50.0,
    "7.2": 97.17,
}


def test_achievement_is_capped_at_one() -> None:
    tender = DEFS.indicator("4.1")
    a = achievement(tender, 2015, 91.99)
    assert a is not None
    assert math.isclose(a.raw, 91.99 / 83)
    assert a.capped == 1.0
    surveys = achievement(DEFS.indicator("2.1"), 2015, 2)
    assert surveys is not None
    assert surveys.capped == 0.5  # the plan: "目前達成度50%"


def test_lower_is_better_for_durations() -> None:
    mtta = DEFS.indicator("ops.mtta_alerts")  # target 300 s
    slow = achievement(mtta, 2016, 600)
    fast = achievement(mtta, 2016, 120)
    assert slow is not None
    assert slow.capped == 0.5
    assert fast is not None
    assert fast.capped == 1.0


def test_score_2015_first_half_by_hand() -> None:
    s = score_year(DEFS, 2015, VALUES_2015)
    # Points: 1.1 missing 0; 2.1 7×0.5; 3.1 8×1; 4.1 7×1; 5.1 7×0; 6.1 7×0.5;
    # 7.1 10×0.5; 7.2 10×1; 7.3 missing 0.
    expected = 3.5 + 8 + 7 + 0 + 3.5 + 5 + 10
    assert math.isclose(s.points, expected)
    assert s.total_weight == 68
    assert math.isclose(s.normalised_pct, expected / 68 * 100)
    assert s.missing == ("1.1", "7.3")
    goal7 = next(g for g in s.goals if g.goal_id == "7")
    assert math.isclose(goal7.points, 15)
    assert math.isclose(goal7.score_pct, 60)


def test_full_achievement_scores_the_declared_total() -> None:
    full = {i.id: i.target(2016) or 0 for i in DEFS.plan_indicators()}
    s = score_year(DEFS, 2016, full)
    assert math.isclose(s.points, 70)
    assert math.isclose(s.normalised_pct, 100)
    assert s.missing == ()


@given(st.lists(st.floats(0, 200, allow_nan=False), min_size=9, max_size=9))
def test_weighted_scores_add_up(raw: list[float]) -> None:
    values = dict(zip(PLAN_IDS, raw, strict=True))
    for year in (2015, 2016):
        s = score_year(DEFS, year, values)
        assert math.isclose(s.points, sum(g.points for g in s.goals))
        for g in s.goals:
            assert math.isclose(g.points, sum(i.points for i in g.indicators))
            assert 0 <= g.points <= g.weight + 1e-9
        assert 0 <= s.points <= s.total_weight + 1e-9


def test_latest_values_pick_latest_as_of_in_the_year() -> None:
    obs = [
        ("4.1", "2015", date(2015, 6, 30), 91.99),
        ("4.1", "2015", date(2015, 12, 31), 88.0),
        ("4.1", "2016", date(2016, 6, 30), 90.0),
    ]
    assert latest_values(obs, 2015) == {"4.1": 88.0}
    assert latest_values(obs, 2016) == {"4.1": 90.0}


def test_history_and_trend() -> None:
    surveys = DEFS.indicator("2.1")
    h = history(surveys, [_seen("2016", date(2016, 12, 31), 4), _seen("2015", date(2015, 6, 30), 2)])
    assert [p.period for p in h.points] == ["2015", "2016"]
    assert h.trend is Trend.IMPROVING
    tender = DEFS.indicator("4.1")
    worse = history(tender, [_seen("2015", date(2015, 6, 30), 91.99), _seen("2016", date(2016, 6, 30), 70)])
    assert worse.trend is Trend.WORSENING
    assert history(tender, [_seen("2015", date(2015, 6, 30), 91.99)]).trend is Trend.UNKNOWN


def test_periods() -> None:
    assert parse_period("2016") == Period(Frequency.ANNUAL, 2016)
    q = parse_period("2016-Q2")
    assert (q.start, q.end) == (date(2016, 4, 1), date(2016, 6, 30))
    m = parse_period("2016-02")
    assert (m.start, m.end, str(m)) == (date(2016, 2, 1), date(2016, 2, 29), "2016-02")
    assert parse_period("2016-12").end == date(2016, 12, 31)
    assert parse_period("2016-Q4").end == date(2016, 12, 31)
    import pytest

    from kpi.errors import PeriodError

    with pytest.raises(PeriodError, match="is monthly, the indicator is annual"):
        parse_period_for("2016-06", Frequency.ANNUAL)
    with pytest.raises(PeriodError):
        parse_period("2016-13")


# -- the status of a measure on the planner page --------------------------------------


def _obs(period: str, as_of: str, value: float, num: float | None = None, den: float | None = None) -> ObservedValue:
    return ObservedValue(period, date.fromisoformat(as_of), value, num, den, "entered")


def test_status_uses_the_latest_year_with_data_and_that_years_target() -> None:
    defs = load_definitions()
    ind = defs.indicator("4.1")  # targets 83 (2015) and 85 (2016), weight 7
    status = measure_status(ind, [_obs("2015", "2015-06-30", 91.99, 2504, 2722)])
    assert status.year == 2015
    assert status.target == 83
    assert status.weight == 7
    assert status.latest is not None
    assert (status.latest.numerator, status.latest.denominator) == (2504, 2722)
    assert status.achievement is not None
    assert round(status.achievement.raw, 4) == round(91.99 / 83, 4)
    assert status.achievement.capped == 1.0
    assert status.over_target
    assert status.points == 7.0
    later = measure_status(ind, [_obs("2015", "2015-06-30", 91.99), _obs("2016", "2016-03-31", 80.0)])
    assert later.year == 2016
    assert later.target == 85
    assert later.achievement is not None
    assert round(later.achievement.capped, 4) == round(80 / 85, 4)
    assert not later.over_target


def test_status_of_3_1_is_capped_at_100_and_says_over_target() -> None:
    ind = load_definitions().indicator("3.1")  # 2015 target 50 %, weight 8
    status = measure_status(ind, [_obs("2015", "2015-06-30", 80.0, 16, 20)])
    assert status.achievement is not None
    assert round(status.achievement.raw, 4) == 1.6
    assert status.achievement.capped == 1.0
    assert status.over_target
    assert status.points == 8.0


def test_status_without_observations_is_empty() -> None:
    status = measure_status(load_definitions().indicator("1.1"), [])
    assert status.year is None
    assert status.latest is None
    assert status.points is None
    assert not status.over_target


@settings(deadline=None)  # no timing in tests: a loaded machine took 250-340 ms per example
@given(st.lists(st.tuples(st.integers(2015, 2016), st.integers(1, 12), st.floats(0, 1e6)), min_size=1, max_size=8))
def test_status_picks_the_latest_observation_and_caps_points(rows: list[tuple[int, int, float]]) -> None:
    ind = load_definitions().indicator("4.1")
    obs = [_obs(str(y), f"{y}-{m:02d}-01", v) for y, m, v in rows]
    status = measure_status(ind, obs)
    year, month, _value = max(rows, key=lambda r: (r[0], r[1]))
    assert status.year == year
    assert status.latest is not None
    assert status.latest.as_of == date(year, month, 1)
    assert status.weight is not None
    assert status.points is not None
    assert 0 <= status.points <= status.weight


def test_an_operational_kpi_shows_its_latest_month_against_its_standing_target() -> None:
    # definitions.yaml: availability higher is better, target 98; MTTA lower, target 300 s
    avail, mtta = DEFS.indicator("ops.sensor_availability"), DEFS.indicator("ops.mtta_alerts")
    months = [ObservedValue("2026-11", date(2026, 11, 30), 99.1, 990, 999, "computed"),
              ObservedValue("2026-12", date(2026, 12, 7), 97.0, 97, 100, "computed"),
              ObservedValue("2026-10", date(2026, 10, 31), 100.0, 10, 10, "computed")]
    status = operational_status(avail, months)
    assert (status.latest, status.target, status.met) == (months[1], 98.0, False)
    assert operational_status(mtta, [ObservedValue("2026-12", date(2026, 12, 7), 200.0, None, None,
                                                   "computed")]).met is True
    assert operational_status(avail, []).latest is None
    assert operational_status(avail, []).met is None


def _seen(period: str, as_of: date, value: float, *, provenance: str = "entered", demo: bool = False) -> ObservedValue:
    return ObservedValue(period, as_of, value, None, None, provenance, demo)


def test_a_change_between_the_citys_figure_and_a_demo_figure_is_no_trend() -> None:
    # 7.1: the plan's 2015 figure (50 %, entered) and a 2016 figure computed from the shipped
    # fixture milestones (42.86 %): the demonstration zone did not get worse, the figures are
    # not of the same thing. Each point says where it comes from.
    zone = DEFS.indicator("7.1")
    h = history(zone, [_seen("2015", date(2015, 6, 30), 50.0),
                       _seen("2016", date(2016, 12, 31), 42.86, provenance="computed", demo=True)])
    assert h.trend is Trend.NOT_COMPARABLE
    assert [(p.provenance, p.demo) for p in h.points] == [("entered", False), ("computed", True)]
    # Two demo figures, or two of the city's, are compared as before.
    both_demo = history(zone, [_seen("2016", date(2016, 6, 30), 42.86, provenance="computed", demo=True),
                               _seen("2016", date(2016, 12, 31), 57.14, provenance="computed", demo=True)])
    assert both_demo.trend is Trend.IMPROVING
    city = history(zone, [_seen("2015", date(2015, 6, 30), 50.0), _seen("2016", date(2016, 12, 31), 42.86)])
    assert city.trend is Trend.WORSENING


def test_a_score_says_which_of_its_figures_and_points_are_demo_data() -> None:
    # 2016 with only the figures the center computes from its shipped demonstration data.
    values = {"7.1": 42.86, "7.2": 96.43, "7.3": 0.0}
    s = score_year(DEFS, 2016, values, demo={"7.1", "7.2", "7.3"})
    assert s.demo == ("7.1", "7.2", "7.3")
    assert math.isclose(s.demo_points, s.points)
    scored = {i.indicator_id: i for g in s.goals for i in g.indicators}
    assert [k for k, i in scored.items() if i.demo] == ["7.1", "7.2", "7.3"]
    # The city's own figures only: nothing demo.
    plain = score_year(DEFS, 2015, VALUES_2015)
    assert (plain.demo, plain.demo_points) == ((), 0.0)
    mixed = score_year(DEFS, 2015, VALUES_2015, demo={"7.2"})
    assert mixed.demo == ("7.2",)
    assert math.isclose(mixed.demo_points, 10.0)  # 7.2: 10 % × 100 %


def test_an_open_only_duration_is_a_lower_bound_and_never_met() -> None:
    # MTTA (lower is better, target 300 s) with nothing acknowledged yet: the figure is the
    # open alerts' mean wait so far. Past the target it is not met; under it, not yet known.
    mtta = DEFS.indicator("ops.mtta_alerts")

    def waiting(seconds: float) -> ObservedValue:
        return ObservedValue("2026-12", date(2026, 12, 7), seconds, None, None, "computed",
                             completed=0, open_items=28, lower_bound=True)

    assert operational_status(mtta, [waiting(3000.0)]).met is False
    assert operational_status(mtta, [waiting(120.0)]).met is None


def test_status_reads_the_latest_plan_year_not_a_later_year_the_plan_sets_no_target_for() -> None:
    # 5.1: the plan targets and weighs 2015 and 2016 only. A figure typed for 2026 has no
    # target, achievement or points: the row stays on 2016's, scored against 2016's target.
    ind = DEFS.indicator("5.1")
    rows = [_obs("2016", "2016-09-30", 1.0), _obs("2026", "2026-12-01", 1.0), _obs("2015", "2015-06-30", 0.0)]
    status = measure_status(ind, rows)
    assert (status.year, status.target, status.weight, status.points) == (2016, 1.0, 7.0, 7.0)
    # Only figures of years the plan does not weigh: the latest of them, unscored.
    alone = measure_status(ind, [_obs("2014", "2014-12-31", 2.0), _obs("2026", "2026-12-01", 1.0)])
    assert (alone.year, alone.target, alone.points) == (2026, None, None)
