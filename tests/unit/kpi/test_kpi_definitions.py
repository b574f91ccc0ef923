"""The definitions file: the plan's table, its weights and the loader's validation."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kpi.definitions import (
    DEFAULT_PATH,
    WALL_NAME_EN,
    WALL_NAME_ZH,
    EvaluationBasis,
    Kind,
    Unit,
    load_definitions,
    parse_definitions,
)
from kpi.errors import DefinitionError, UnknownIndicatorError
from kpi.periods import Frequency

TEXT = DEFAULT_PATH.read_text(encoding="utf-8")


def test_plan_table_is_reproduced() -> None:
    defs = load_definitions()
    plan = defs.plan_indicators()
    assert [i.id for i in plan] == ["1.1", "2.1", "3.1", "4.1", "5.1", "6.1", "7.1", "7.2", "7.3"]
    # 2016 targets, plan part one §貳.
    targets = {i.id: i.target(2016) for i in plan}
    assert targets == {
        "1.1": 75,
        "2.1": 4,
        "3.1": 50,
        "4.1": 85,
        "5.1": 1,
        "6.1": 100,
        "7.1": 100,
        "7.2": 80,
        "7.3": 90,
    }
    # 2015 targets, plan part three.
    assert {i.id: i.target(2015) for i in plan} == {
        "1.1": 75,
        "2.1": 4,
        "3.1": 50,
        "4.1": 83,
        "5.1": 1,
        "6.1": 100,
        "7.1": 100,
        "7.2": 70,
        "7.3": 85,
    }
    assert defs.indicator("7.3").unit is Unit.ITEMS
    assert defs.indicator("2.1").unit is Unit.TIMES
    assert defs.indicator("7.2").kind is Kind.COVERAGE
    docs = {i.id for i in plan if i.evaluation_basis is EvaluationBasis.DOCUMENTS}
    assert docs == {"6.1", "7.1"}
    assert all(i.frequency is Frequency.ANNUAL and i.evaluation_system == 1 for i in plan)
    assert all(i.name_zh and i.name_en and i.formula_zh and i.formula_en for i in defs.indicators)
    assert [c.required for c in defs.indicator("6.1").components] == [12, 4, 1, 1]


def test_weights_add_up_to_the_plans_totals() -> None:
    """The table's weights sum to 70 % (2016) and 68 % (2015), not 100 %."""
    defs = load_definitions()
    for year, expected in ((2016, 70), (2015, 68)):
        goals = sum(g.weight(year) or 0 for g in defs.goals)
        indicators = sum(spec.weight for i in defs.plan_indicators() if (spec := i.year_spec(year)))
        assert goals == indicators == defs.total_weight(year) == expected
    assert defs.goal("3").weight(2015) == 8
    assert defs.goal("3").weight(2016) == 10
    assert defs.goal("7").weight(2016) == 25


def test_unknown_indicator_is_a_typed_error() -> None:
    with pytest.raises(UnknownIndicatorError) as info:
        load_definitions().indicator("8.1")
    assert info.value.indicator_id == "8.1"


def test_goal_weight_mismatch_is_refused() -> None:
    bad = TEXT.replace("weight: {2015: 25, 2016: 25}", "weight: {2015: 25, 2016: 24}")
    with pytest.raises(DefinitionError, match=r"goal weights add up|indicators of goal 7"):
        parse_definitions(bad)


def test_declared_total_mismatch_is_refused() -> None:
    bad = TEXT.replace("  2016: 70\n", "  2016: 100\n")
    with pytest.raises(DefinitionError, match="declared total is 100"):
        parse_definitions(bad)


def test_unit_must_fit_the_kind() -> None:
    bad = re.sub(r'(id: "4\.1"(?:.|\n)*?unit: )"%"', r'\1"items"', TEXT, count=1)
    assert bad != TEXT
    with pytest.raises(DefinitionError, match="unit items does not fit kind ratio"):
        parse_definitions(bad)


def test_duplicate_indicator_is_refused() -> None:
    bad = TEXT.replace('id: "2.1"', 'id: "1.1"', 1)
    with pytest.raises(DefinitionError, match=r"duplicate indicator id '1\.1'"):
        parse_definitions(bad)


def test_unknown_field_is_refused() -> None:
    bad = TEXT.replace('version: "2016.1"', 'version: "2016.1"\nwieght: 3', 1)
    with pytest.raises(DefinitionError, match="wieght"):
        parse_definitions(bad)


def test_sha_identifies_the_text() -> None:
    assert parse_definitions(TEXT).sha256 != parse_definitions(TEXT + "\n# x\n").sha256


def test_every_plan_measure_has_a_wall_name_within_a_tiles_line() -> None:
    defs = load_definitions(DEFAULT_PATH)
    plan = [i for i in defs.indicators if i.is_plan]
    assert all(0 < len(i.wall_zh) <= WALL_NAME_ZH and 0 < len(i.wall_en) <= WALL_NAME_EN for i in plan)
    assert all((i.wall_zh, i.wall_en) == (i.name_zh, i.name_en) for i in defs.indicators if not i.is_plan)


_WALL_ZH = 'wall_zh: "研究成果採行"'
_WALL_EN = 'wall_en: "Research used"'


@given(st.text(st.sampled_from("研究成果採行情形 4G"), min_size=0, max_size=WALL_NAME_ZH + 3),
       st.text(st.sampled_from("Research usd-4G "), min_size=0, max_size=WALL_NAME_EN + 3))
def test_a_wall_name_is_refused_empty_or_longer_than_a_tiles_line(zh: str, en: str) -> None:
    text = TEXT.replace(_WALL_ZH, f'wall_zh: "{zh}"', 1).replace(_WALL_EN, f'wall_en: "{en}"', 1)
    if 0 < len(zh) <= WALL_NAME_ZH and 0 < len(en) <= WALL_NAME_EN:
        ind = parse_definitions(text).indicator("1.1")
        assert (ind.wall_zh, ind.wall_en) == (zh, en)
    else:
        with pytest.raises(DefinitionError, match="wall_"):
            parse_definitions(text)


def test_a_plan_measure_without_a_wall_name_is_refused() -> None:
    with pytest.raises(DefinitionError, match="wall_zh"):
        parse_definitions(TEXT.replace(f"    {_WALL_ZH}\n", "", 1))
