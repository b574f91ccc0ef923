"""Property tests over the evaluator: any sequence of readings gives a legal sequence of
transitions, at most one decision per observation and alert, independent of row order,
and no rain alert outlives the values that raised it."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from alerts.evaluate import Evaluator, Reading, SensorInfo
from alerts.lifecycle import TRANSITIONS, Action, AlertBook, AlertState, Trigger
from alerts.rules import ThresholdRule, load_rules_file

RULES = load_rules_file(Path(__file__).parents[3] / "alerts" / "rules.yaml")
T0 = datetime(2016, 6, 2, tzinfo=UTC)
SENSORS = [
    SensorInfo("R1", "rain", "disaster", "r1", expected_interval_s=600),
    SensorInfo("F1", "flood", "disaster", "f1", expected_interval_s=600),
    SensorInfo("W1", "water_level", "disaster", "w1", expected_interval_s=600,
               alert_levels_m={"1": 11.0, "2": 10.5, "3": 10.0}),
]
METRICS = {"R1": ("rain_1h", "rain_3h", "rain_24h"), "F1": ("flood_depth_cm",), "W1": ("water_level_m",)}
# the standards' boundaries and their neighbours, plus anything in range
BOUNDARY = [0.0, 0.9, 1.0, 9.9, 10.0, 10.5, 11.0, 15.0, 15.5, 16.0, 30.0, 30.5, 39.9, 40.0, 79.9, 80.0,
            99.9, 100.0, 199.9, 200.0, 349.9, 350.0, 499.9, 500.0, 600.0]
value = st.sampled_from(BOUNDARY) | st.floats(0, 1000, allow_nan=False)


@st.composite
def observation(draw: st.DrawFn) -> tuple[str, int, str, list[tuple[str, float]]]:
    sensor = draw(st.sampled_from(sorted(METRICS)))
    metrics = draw(st.lists(st.sampled_from(METRICS[sensor]), min_size=1, unique=True))
    gap = draw(st.integers(0, 90))  # minutes since the previous step (silences included)
    return ("obs", gap, sensor, [(m, draw(value)) for m in metrics])


step = observation() | st.tuples(st.just("tick"), st.integers(0, 90), st.just(""), st.just([])) | st.tuples(
    st.just("ack"), st.integers(0, 5), st.just(""), st.just([])
)
THRESHOLDS = {r.id: r for r in RULES.rules if isinstance(r, ThresholdRule)}


@settings(max_examples=300, deadline=None)
@given(st.lists(step, min_size=1, max_size=40))
def test_any_readings_give_legal_transitions_one_decision_per_observation(
    steps: list[tuple[str, int, str, list[tuple[str, float]]]],
) -> None:
    ev, mirror, book = Evaluator(RULES, SENSORS), Evaluator(RULES, SENSORS), AlertBook()
    now = T0
    last_value: dict[tuple[str, str], datetime] = {}
    for kind, gap, sensor, values in steps:
        now += timedelta(minutes=gap)
        if kind == "ack":
            for a in book.open_alerts():
                if a.state in (AlertState.RAISED, AlertState.ESCALATED):
                    book.act(a.alert_id or 0, AlertState.ACKNOWLEDGED, at=now, actor="op", reason="")
            continue
        if kind == "tick":
            book.apply_all(ev.tick(now))
            mirror.tick(now)
            book.tick(now)
        else:
            rows = [Reading(sensor, m, now, v) for m, v in values]
            out = ev.feed_observation(rows, now)
            # the same message with its rows in the opposite order decides the same
            assert mirror.feed_observation(rows[::-1], now) == out
            per_key = Counter((d.rule_id, d.source_id) for d in out)
            assert max(per_key.values(), default=0) <= 1
            for d in out:
                rule = THRESHOLDS.get(d.rule_id)
                if isinstance(d, Trigger) and rule is not None:
                    # the level's label, or while its value has fallen back the level's, ・, and
                    # the rule's ``falling`` label (docs/alerts.md, 水位回降)
                    said = {rule.levels[d.level].label}
                    if rule.falling is not None:
                        said.add(f"{rule.levels[d.level].label}・{rule.falling.label}")
                    assert d.label in said
                    assert rule.levels[d.level].severity is d.severity
            before = len(book.audit)
            book.apply_all(out)
            added = Counter(r.alert_id for r in book.audit[before:] if r.action is not Action.REARM)
            assert max(added.values(), default=0) <= 1  # one transition per alert and observation
            for m, _ in values:
                last_value[(sensor, m)] = now
        # liveness: an open rain alert whose condition is not clear has a value younger than 1 h
        for a in book.open_alerts():
            if a.rule_id == "cwa-rainfall" and a.cleared_at is None and kind == "tick":
                newest = max(last_value.get(("R1", m), T0 - timedelta(days=1)) for m in METRICS["R1"])
                assert now - newest <= timedelta(hours=1)
    cleared: set[int | None] = set()
    for rec in book.audit:
        if rec.action in (Action.SEVERITY, Action.LEVEL, Action.CLEAR, Action.RECUR):
            assert rec.from_state == rec.to_state
        elif rec.from_state is not None:
            assert rec.to_state in TRANSITIONS[rec.from_state]
        # nothing escalates while its condition is clear (audit order is the order of changes)
        if rec.action is Action.CLEAR:
            cleared.add(rec.alert_id)
        elif rec.action in (Action.RECUR, Action.LEVEL, Action.SEVERITY):
            cleared.discard(rec.alert_id)
        elif rec.action is Action.ESCALATE:
            assert rec.alert_id not in cleared


@given(
    st.integers(-1, 10),
    st.lists(st.tuples(st.integers(0, 10), st.datetimes(timezones=st.just(UTC)), st.integers(1, 100)), max_size=4),
    st.none() | st.datetimes(timezones=st.just(UTC)),
)
def test_condition_state_survives_its_json(level: int, pending: list[tuple[int, datetime, int]],
                                           last: datetime | None) -> None:
    from alerts.evaluate import CondState

    st_ = CondState(level=level, last_emit=last, pending=tuple(pending))
    assert CondState.from_json(st_.to_json()) == st_
