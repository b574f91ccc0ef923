"""Each formula reproduces the plan's reported 2015 figures from its raw numbers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kpi import formulas
from kpi.definitions import load_definitions
from kpi.errors import FormulaInputError

DEFS = load_definitions()

#: The city population the operators' March 2015 statistic must have used:
#: 2,608,999 covered = 97.17 % ⇒ 2,608,999 / 0.9717 ≈ 2,684,984 (DERIVED; every
#: value in [2,684,846, 2,685,122] rounds to 97.17 %). It is below the
#: end-2015 household figure 2,744,445 (DOMAIN.md §5): an older base was used.
DERIVED_POPULATION_2015 = round(2_608_999 / 0.9717)


def test_tender_execution_rate_2015() -> None:
    # Plan part three, goal 四: 2,504 of 2,722 on schedule = 91.99 %.
    assert formulas.ratio_percent(2504, 2722).value == 91.99


def test_tri_county_rate_2015_and_per_meeting() -> None:
    # Plan part three, goal 三: 16 of 20 = 80 %; meetings 7/9 and 9/11.
    assert formulas.ratio_percent(16, 20).value == 80.0
    assert formulas.ratio_percent(7, 9).value == 77.78
    assert formulas.ratio_percent(9, 11).value == 81.82
    pooled = formulas.pooled_ratio_percent([(7, 9), (9, 11)])
    assert pooled.value == 80.0
    # Pooling is not the mean of the meeting rates (79.80 %).
    assert round((7 / 9 + 9 / 11) / 2 * 100, 2) == 79.8


def test_4g_coverage_2015_and_the_derived_population() -> None:
    assert DERIVED_POPULATION_2015 == 2_684_984
    assert formulas.coverage_percent(2_608_999, DERIVED_POPULATION_2015).value == 97.17
    assert formulas.coverage_percent(2_608_999, 2_684_846).value == 97.17
    assert formulas.coverage_percent(2_608_999, 2_685_122).value == 97.17
    assert formulas.coverage_percent(2_608_999, 2_685_123).value == 97.16
    assert formulas.coverage_percent(2_608_999, 2_684_845).value == 97.18
    # With the end-2015 registered population it would be 95.06 %, not 97.17 %.
    assert formulas.coverage_percent(2_608_999, 2_744_445).value == 95.06


def test_petition_achievement_2015_first_half() -> None:
    # 6 monthly reports, 2 quarterly compilations, training done, assessment from October.
    components = DEFS.indicator("6.1").components
    result = formulas.petition_achievement(
        components, {"reports": 6, "compilations": 2, "training": 1, "assessment": 0}
    )
    assert result.value == 50.0
    full = formulas.petition_achievement(components, {"reports": 12, "compilations": 4, "training": 1, "assessment": 1})
    assert full.value == 100.0
    # Extra reports do not make up for a missing assessment.
    extra = formulas.petition_achievement(
        components, {"reports": 24, "compilations": 4, "training": 1, "assessment": 0}
    )
    assert extra.value == 75.0
    with pytest.raises(FormulaInputError, match="unknown petition components"):
        formulas.petition_achievement(components, {"memos": 1})


def test_counts_and_service_items() -> None:
    assert formulas.count(2).value == 2  # surveys by mid-2015
    assert formulas.service_items(18, 5).value == 90  # the 2016 target shape
    assert formulas.service_items(0, 5).value == 0
    with pytest.raises(FormulaInputError):
        formulas.count(-1)


def test_milestones_weighted() -> None:
    r = formulas.milestone_progress([("a", 1, True), ("b", 1, False), ("c", 2, True)])
    assert r.value == 75.0
    with pytest.raises(FormulaInputError):
        formulas.milestone_progress([])


@pytest.mark.parametrize(("num", "den"), [(1, 0), (3, 2), (-1, 5)])
def test_ratio_refuses_impossible_inputs(num: int, den: int) -> None:
    with pytest.raises(FormulaInputError):
        formulas.ratio_percent(num, den)


@given(st.integers(0, 10**7), st.integers(1, 10**7))
def test_ratio_is_a_percentage_and_records_inputs(num: int, den: int) -> None:
    if num > den:
        num, den = den, num or 1
    r = formulas.ratio_percent(num, den)
    assert 0 <= r.value <= 100
    assert abs(r.value - r.exact) <= 0.005 + 1e-9
    assert r.inputs_dict() == {"numerator": num, "denominator": den}
