"""A gauge at a warning level whose water falls back (水位回降): said on the level's own alert,
as CAP 1.2 says a change of an alert (msgType Update of the same alert), without flapping.

Expected results come from the rule as docs/alerts.md states it (alerts/rules.yaml, the
``water-level`` rule's ``falling``): two readings in a row 0.10 m or more below the highest
since the level began say the water has fallen back; 0.10 m above the lowest since then says
it is rising again; the level and its severity are the threshold's, unchanged by it.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alerts.cap import render_alert
from alerts.evaluate import CondState, Evaluator, Fall, Reading, SensorInfo
from alerts.lifecycle import Action, AlertBook, Trigger
from alerts.rules import Falling, load_rules_file, parse_rules
from common.errors import SocError

RULES = load_rules_file(Path(__file__).parents[3] / "alerts" / "rules.yaml")
WL = SensorInfo("WL-01", "water_level", "disaster", "筏子溪", 120.64, 24.17, expected_interval_s=60,
                alert_levels_m={"1": 11.0, "2": 10.5, "3": 10.0})
T0 = datetime(2016, 9, 27, 18, 0, tzinfo=UTC)
FELL = "二級警戒・水位回降"


def _run(values: list[float], *, times: list[datetime] | None = None) -> tuple[Evaluator, AlertBook, list[Trigger]]:
    ev, book, triggers = Evaluator(RULES, [WL]), AlertBook(), []
    for i, v in enumerate(values):
        at = times[i] if times else T0 + timedelta(minutes=i)
        out = ev.feed(Reading("WL-01", "water_level_m", at, v), at)
        triggers += [d for d in out if isinstance(d, Trigger) and d.rule_id == "water-level"]
        book.apply_all(out)
    return ev, book, triggers


def _labels(book: AlertBook) -> list[tuple[str, str]]:
    return [(r.action.value, r.reason.split(":")[0]) for r in book.audit if r.rule_id == "water-level"]


def _said(triggers: list[Trigger]) -> list[str]:
    """The labels in turn, a re-trigger of the same one counted once."""
    return [t.label for i, t in enumerate(triggers) if i == 0 or t.label != triggers[i - 1].label]


def test_a_level_held_then_falling_back_updates_its_own_alert_and_rising_again_too() -> None:
    # 三級 at 10.2, 二級 at 10.6, highest 10.8; 10.68 and 10.66 lie 0.12 and 0.14 below it
    _, book, triggers = _run([10.2, 10.6, 10.8, 10.75, 10.68, 10.66, 10.67, 10.62, 10.80])
    assert _labels(book) == [
        ("raise", "water_level_m 10.2 >= 10.0 (三級警戒)"),
        ("severity", "三級警戒 (Minor) -> 二級警戒 (Moderate)"),
        ("level", f"二級警戒 -> {FELL} (Moderate)"),  # the second reading 0.10 m below: fallen back
        ("level", f"{FELL} -> 二級警戒 (Moderate)"),  # 10.80 > lowest 10.62 + 0.10: rising again
    ]
    assert next(t.at for t in triggers if t.label == FELL) == T0 + timedelta(minutes=5)  # at 10.66
    (alert,) = [a for a in book.all_alerts() if a.rule_id == "water-level"]  # one alert, updated
    assert alert.label == "二級警戒"


def test_a_level_that_cleared_while_fallen_back_and_holds_again_recurs() -> None:
    """The condition holding again after a clear is a recurrence, whatever its label was."""
    _, book, _ = _run([10.6, 10.8, 10.68, 10.66, 9.9, 10.6])
    assert [a for a, _ in _labels(book)] == ["raise", "level", "clear", "recur"]
    (alert,) = [a for a in book.all_alerts() if a.rule_id == "water-level"]
    assert alert.label == "二級警戒"  # the level as it holds now


def test_one_fall_with_jitter_below_the_drop_is_said_once() -> None:
    """Readings 5 cm up and down on the way down (less than the 0.10 m drop) do not flap."""
    down = [10.9, 10.78, 10.75, 10.8, 10.72, 10.77, 10.7, 10.74, 10.66, 10.7, 10.62]
    _, book, _ = _run([10.6, *down])
    fell = [r for r in book.audit if r.rule_id == "water-level" and r.action is Action.LEVEL]
    assert [r.reason.split(" (")[0] for r in fell] == [f"二級警戒 -> {FELL}"]


def test_one_reading_below_is_not_yet_a_fall() -> None:
    _, book, _ = _run([10.6, 10.8, 10.69, 10.8, 10.69])
    assert not [r for r in book.audit if r.action is Action.LEVEL]


def test_falling_to_a_lower_level_keeps_saying_it_and_the_end_clears_as_before() -> None:
    _, book, triggers = _run([10.6, 10.8, 10.68, 10.66, 10.4, 10.1, 9.9])
    assert _said(triggers) == ["二級警戒", FELL, "三級警戒・水位回降"]
    assert {t.label: t.severity.value for t in triggers} == {"二級警戒": "Moderate", FELL: "Moderate",
                                                            "三級警戒・水位回降": "Minor"}
    assert [r.action for r in book.audit if r.rule_id == "water-level"][-1] is Action.CLEAR


def test_the_update_is_a_cap_update_of_the_same_alert() -> None:
    _, book, _ = _run([10.6, 10.8, 10.68, 10.66])
    (stored,) = [a for a in book.all_alerts() if a.rule_id == "water-level"]
    assert stored.label == FELL
    rule = RULES.by_id()["water-level"]
    first = render_alert(stored, rule, RULES.cap, instance="T1", sent=T0)
    upd = render_alert(stored, rule, RULES.cap, instance="T1", sent=T0 + timedelta(minutes=5), earlier=(first.ref(),))
    assert upd.msg_type == "Update"
    assert first.identifier in upd.xml  # its references name the first message
    assert "水位回降" in upd.xml


def test_the_fall_state_survives_a_restart() -> None:
    ev, _, _ = _run([10.6, 10.8, 10.68])
    st_ = ev.state("water-level", "WL-01")
    assert st_.fall == Fall(10.8, 10.68, 1, False)
    again = Evaluator(RULES, [WL])
    again.restore([("water-level", "WL-01", CondState.from_json(st_.to_json()))])
    at = T0 + timedelta(minutes=3)
    out = again.feed(Reading("WL-01", "water_level_m", at, 10.66), at)
    assert [d.label for d in out if isinstance(d, Trigger) and d.rule_id == "water-level"] == [FELL]


def test_a_rule_file_with_falling_on_a_below_rule_or_another_metric_is_refused() -> None:
    base = """version: 1
rules:
  - id: x
    kind: threshold
    title: t
    agency: disaster
    select: {kind: water_level}
    direction: %s
    falling: {metric: %s, label: 回降, drop: 0.1}
    levels:
      - {label: a, severity: Minor, any: {water_level_m: 1}}
"""
    parse_rules(base % ("above", "water_level_m"))
    for direction, metric in (("below", "water_level_m"), ("above", "flood_depth_cm")):
        with pytest.raises(SocError, match="falling"):
            parse_rules(base % (direction, metric))
    for drop in ("0", "-1", ".nan", ".inf"):
        with pytest.raises(SocError):
            parse_rules((base % ("above", "water_level_m")).replace("drop: 0.1", f"drop: {drop}"))


# ---------------------------------------------------------------- the edges (Hypothesis)

FALLING = Falling(metric="water_level_m", label="水位回降", drop=0.1, readings=2)
EDGE = st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.sampled_from([1e308, -1e308, 5e-324, 0.0]))


@settings(max_examples=300)
@given(st.lists(st.floats(allow_nan=False, allow_infinity=False), min_size=1, max_size=40))
def test_fall_steps_never_leave_their_invariants(values: list[float]) -> None:
    """Over any finite series: the highest is never below the lowest seen since; fallen back
    only after ``readings`` in a row at least ``drop`` below the highest."""
    f = Fall(values[0], values[0])
    run = 0
    for v in values[1:]:
        before = f
        f = f.step(FALLING, v)
        assert f.peak >= f.trough or math.isclose(f.peak, f.trough)
        if not before.fallen:
            run = run + 1 if max(before.peak, v) - v >= FALLING.drop else 0
            assert f.fallen == (run >= FALLING.readings)
        elif f.fallen:
            assert v - before.trough <= FALLING.drop
        else:  # rising again: a fall counts afresh from here
            assert v - before.trough > FALLING.drop
            run = 0


@settings(max_examples=200)
@given(st.lists(EDGE, min_size=1, max_size=30))
def test_nan_huge_and_infinite_values_never_break_the_rule(values: list[float]) -> None:
    """NaN and infinities say nothing about a fall; huge finite values are values. The
    evaluator never raises, and a label is always the level's, with or without 水位回降."""
    _, book, triggers = _run([10.6, *values])
    for t in triggers:
        assert t.label.removesuffix("・水位回降") in {"三級警戒", "二級警戒", "一級警戒"}
    assert len([a for a in book.all_alerts() if a.rule_id == "water-level"]) >= 1


@settings(max_examples=200)
@given(st.permutations(range(8)))
def test_a_reading_out_of_order_changes_nothing(order: list[int]) -> None:
    """A reading older than the latest is not evaluated: the fall is judged on readings in
    time order, so a late one can neither say the water fell nor that it rose again."""
    values = [10.6, 10.8, 10.75, 10.68, 10.66, 10.64, 10.7, 10.9]
    times = [T0 + timedelta(minutes=i) for i in range(8)]
    ev, book, _ = Evaluator(RULES, [WL]), AlertBook(), []
    newest = None
    for i in order:
        before = ev.state("water-level", "WL-01")
        out = ev.feed(Reading("WL-01", "water_level_m", times[i], values[i]), times[i])
        book.apply_all(out)
        if newest is not None and times[i] <= newest:
            assert [d for d in out if getattr(d, "rule_id", "") == "water-level"] == []
            assert ev.state("water-level", "WL-01").fall == before.fall
        newest = max(newest or times[i], times[i])
