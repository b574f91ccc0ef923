"""The evaluator decides the same however its work is cut into units.

The evaluator's steps take as many rows as the time of the last step allows
(``common.pacing.BatchSize``), so where a step ends depends on the machine's load. What
it decides at observation times must not: the same readings, cut into steps anywhere
between two observations, give the same alerts and transitions as in one step. The
silence rule and escalation are left out: whether a sensor is silent and whether an alert
is unacknowledged too long are questions about the wall clock, asked at each step.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from alerts.evaluate import Evaluator, Reading, SensorInfo
from alerts.lifecycle import AlertBook
from alerts.rules import SilenceRule, load_rules_file
from alerts.service import evaluate_batch, observed_clock

SHIPPED = load_rules_file(Path(__file__).parents[3] / "alerts" / "rules.yaml")
#: Without the silence rule, and escalation (a wall-clock deadline, run at each step) out of reach.
RULES = SHIPPED.model_copy(update={
    "rules": tuple(r for r in SHIPPED.rules if not isinstance(r, SilenceRule)),
    "defaults": SHIPPED.defaults.model_copy(update={"escalate_after_s": 10**8}),
})
LEVELS = {"1": 11.0, "2": 10.5, "3": 10.0}
STATIONS = [SensorInfo(f"WL{k}", "water_level", "disaster", f"測站 {k}", 120.64, 24.17,
                       expected_interval_s=60, alert_levels_m=LEVELS) for k in range(3)]
T0 = datetime(2026, 7, 1, 6, 0, tzinfo=UTC)
#: The wall clock far ahead of the data: a backlog after an outage.
WALL = T0 + timedelta(hours=6)

# One station's reading in a minute, or none (a gap: its value expires after 3 intervals).
level = st.one_of(st.none(), st.floats(9.0, 11.6, allow_nan=False).map(lambda v: round(v, 2)))
streams = st.lists(st.tuples(level, level, level), min_size=1, max_size=60)


def readings_of(stream: list[tuple[float | None, ...]]) -> list[Reading]:
    """Readings in observation order (the commit order of a backlog)."""
    return [Reading(s.sensor_id, "water_level_m", T0 + timedelta(minutes=m), v)
            for m, values in enumerate(stream) for s, v in zip(STATIONS, values, strict=True) if v is not None]


def run(readings: list[Reading], cuts: list[int]) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Evaluate ``readings`` in steps ending at ``cuts`` as the service does; the alerts and
    the audit (what the evaluator decided, on the observation clock)."""
    ev = Evaluator(RULES, STATIONS)
    ev.start(WALL)
    book = AlertBook()
    observed: datetime | None = None
    for lo, hi in zip([0, *cuts], [*cuts, len(readings)], strict=True):
        batch = readings[lo:hi]
        after = observed_clock(observed, batch, [], WALL)
        book.apply_all(evaluate_batch(ev, batch, [], WALL, after), observed)
        book.tick(WALL, observed=after)
        observed = after
    alerts = [(a.rule_id, a.source_id, a.raised_at, a.cleared_at, a.level, a.severity) for a in book.all_alerts()]
    # the same transitions at the same times; the order they are written in is not a decision
    # (a deadline found at a step's end is written after what that step raised elsewhere)
    audit = sorted(((t.alert_id, t.action, t.at, t.to_state, t.severity, t.reason) for t in book.audit), key=repr)
    return alerts, audit


@settings(max_examples=300, deadline=None)
@given(stream=streams, data=st.data())
def test_the_decisions_do_not_depend_on_where_the_steps_end(stream: list[tuple[float | None, ...]],
                                                            data: st.DataObject) -> None:
    readings = readings_of(stream)
    # a step ends between two observations (one message is one transaction, never split)
    bounds = [i for i in range(1, len(readings)) if readings[i].time != readings[i - 1].time
              or readings[i].sensor_id != readings[i - 1].sensor_id]
    cuts = sorted(data.draw(st.sets(st.sampled_from(bounds)) if bounds else st.just(set[int]())))
    assert run(readings, cuts) == run(readings, [])


def test_every_observation_a_step_decides_as_one_step() -> None:
    stream: list[tuple[float | None, ...]] = [(9.5 + 0.1 * m, None if m % 7 == 3 else 10.2, 11.2 - 0.05 * m)
                                              for m in range(30)]
    readings = readings_of(stream)
    one = run(readings, [])
    assert one[0], "the stream raised no alert"
    assert run(readings, list(range(1, len(readings)))) == one
