"""Rules file: the shipped file loads; bad files fail with clear, located errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from alerts.errors import RuleFileError
from alerts.rules import (
    MAX_SILENCE_FACTOR,
    SILENCE_FACTOR,
    CombinationRule,
    RegistryLimit,
    ThresholdRule,
    load_rules_file,
    parse_rules,
)

SHIPPED = Path(__file__).parents[3] / "alerts" / "rules.yaml"


def test_shipped_rules_load_with_cwa_classes() -> None:
    rs = load_rules_file(SHIPPED)
    rain = rs.by_id()["cwa-rainfall"]
    assert isinstance(rain, ThresholdRule)
    # DOMAIN.md §2: 大雨 24 h >= 80 or 1 h >= 40; 豪雨 24 h >= 200 or 3 h >= 100;
    # 大豪雨 24 h >= 350 (and 3 h >= 200 from 2021); 超大豪雨 24 h >= 500.
    assert [(lv.label, dict(lv.any)) for lv in rain.levels] == [
        ("大雨", {"rain_24h": 80, "rain_1h": 40}),
        ("豪雨", {"rain_24h": 200, "rain_3h": 100}),
        ("大豪雨", {"rain_24h": 350, "rain_3h": 200}),
        ("超大豪雨", {"rain_24h": 500}),
    ]
    wl = rs.by_id()["water-level"]
    assert isinstance(wl, ThresholdRule)
    assert wl.levels[-1].any["water_level_m"] == RegistryLimit(registry="1")
    assert isinstance(rs.by_id()["corridor-congestion"], CombinationRule)


MINIMAL = """
version: 1
rules:
  - id: r1
    kind: threshold
    title: t
    agency: disaster
    select: {kind: flood}
    levels: [{label: a, severity: Minor, any: {flood_depth_cm: 10}}]
"""


def test_minimal_file_parses() -> None:
    assert parse_rules(MINIMAL).rules[0].id == "r1"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (MINIMAL.replace("version: 1", "version: 9"), "unsupported version 9"),
        (MINIMAL.replace("Minor", "Huge"), "rules[0] (id=r1).levels[0].severity"),
        (MINIMAL.replace("kind: threshold", "kind: magic"), "rules[0] (id=r1)"),
        (MINIMAL + MINIMAL.split("rules:\n")[1], "duplicate rule id 'r1'"),
        ("rules: [", "not valid YAML"),
        ("- 1", "top level must be a mapping"),
        (MINIMAL.replace("title: t", "title: t\n    colour: red"), "colour: Extra inputs"),
    ],
)
def test_invalid_files_name_the_problem(text: str, expected: str) -> None:
    with pytest.raises(RuleFileError) as info:
        parse_rules(text, path="x.yaml")
    assert expected in str(info.value)
    assert info.value.path == "x.yaml"


def test_levels_must_rise_in_severity() -> None:
    bad = MINIMAL.replace(
        "levels: [{label: a, severity: Minor, any: {flood_depth_cm: 10}}]",
        "levels: [{label: a, severity: Severe, any: {d: 10}}, {label: b, severity: Minor, any: {d: 20}}]",
    )
    with pytest.raises(RuleFileError, match="least to the most severe"):
        parse_rules(bad)


def test_combination_leaf_needs_one_comparison() -> None:
    bad = """
version: 1
rules:
  - id: c
    kind: combination
    title: t
    agency: traffic
    select: {kind: vd}
    group_by: corridor
    condition: {all: [{metric: speed_kmh}]}
"""
    with pytest.raises(RuleFileError, match="exactly one of 'above' or 'below'"):
        parse_rules(bad)


def test_missing_file_is_a_rule_file_error(tmp_path: Path) -> None:
    with pytest.raises(RuleFileError, match="cannot read"):
        load_rules_file(tmp_path / "nope.yaml")


def test_cli_rules_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from alerts.cli import run_rules_check

    assert run_rules_check(SHIPPED) == 0
    assert "12 rules" in capsys.readouterr().out
    bad = tmp_path / "bad.yaml"
    bad.write_text(MINIMAL.replace("Minor", "Huge"), encoding="utf-8")
    assert run_rules_check(bad) == 1
    assert "levels[0].severity" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ("valid_s: {rain_24h: 3600}", "valid_s['rain_24h'] must be a positive number of seconds"),
        ("valid_s: {flood_depth_cm: 0}", "valid_s['flood_depth_cm']"),
        ("confirm_readings: 0", "confirm_readings"),
        ("min_duration_intervals: -1", "min_duration_intervals"),
        ("valid_intervals: 0", "valid_intervals"),
    ],
)
def test_cadence_and_validity_fields_are_checked(extra: str, expected: str) -> None:
    with pytest.raises(RuleFileError) as info:
        parse_rules(MINIMAL.replace("select: {kind: flood}", f"select: {{kind: flood}}\n    {extra}"))
    assert expected in str(info.value)


def test_strict_limits_and_windows_parse() -> None:
    text = MINIMAL.replace("{flood_depth_cm: 10}", "{flood_depth_cm: {strict: 15}}").replace(
        "select: {kind: flood}",
        "select: {kind: flood}\n    valid_s: {flood_depth_cm: 900}\n    min_duration_intervals: 1.5",
    )
    rule = parse_rules(text).rules[0]
    assert isinstance(rule, ThresholdRule)
    assert rule.valid_for_s("flood_depth_cm", 600) == 900
    assert rule.min_duration_for_s(600) == 900
    assert rule.min_duration_for_s(None) == 0


SILENCE = """
  - id: {id}
    kind: silence
    title: offline
    agency: disaster
    select: {{kind: {kind}}}
    factor: {factor}
"""


def _with_silence(*factors: object) -> str:
    kinds = ("flood", "rain", "vd", "parking")
    return MINIMAL + "".join(SILENCE.format(id=f"s{i}", kind=kinds[i % 4], factor=f)
                             for i, f in enumerate(factors))


def test_the_silence_factor_is_the_largest_of_the_silence_rules() -> None:
    assert parse_rules(MINIMAL).silence_factor() == SILENCE_FACTOR  # no silence rule: the default
    assert parse_rules(_with_silence(5)).silence_factor() == 5.0
    # Several: a sensor is drawn offline only when every silence rule calls it silent.
    assert parse_rules(_with_silence(3, 5, 2.5)).silence_factor() == 5.0
    assert load_rules_file(SHIPPED).silence_factor() == SILENCE_FACTOR


@given(st.lists(st.floats(min_value=0, max_value=MAX_SILENCE_FACTOR, exclude_min=True),
                min_size=1, max_size=4))
def test_any_valid_silence_factors_give_their_maximum(factors: list[float]) -> None:
    assert parse_rules(_with_silence(*(repr(f) for f in factors))).silence_factor() == max(factors)


@given(st.one_of(
    st.sampled_from([".inf", "-.inf", ".nan", "0", "-1", "1001", "1e308", "9" * 400,
                     "'five'", "[5]", "{a: 5}", "true", "null", "'\\uD800'"]),
    st.floats(max_value=0).map(repr),
    st.floats(min_value=MAX_SILENCE_FACTOR, exclude_min=True).map(repr),
))
def test_a_bad_silence_factor_is_a_located_rule_file_error(bad: str) -> None:
    with pytest.raises(RuleFileError) as info:
        parse_rules(_with_silence(bad), path="x.yaml")
    assert "factor" in str(info.value)
