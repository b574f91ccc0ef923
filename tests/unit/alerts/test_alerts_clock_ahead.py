"""A device whose clock runs ahead does not expire everybody else's alerts.

Ingest takes a message dated up to ``ingest.max_future_skew_s`` (300 s) after it received
it (docs/mqtt.md): a camera whose clock runs 4 min fast gets its reports stored. Nothing is
observed after it was sent, so the evaluator's observation clock counts such a report from
when ingest received it, as a permit counts from its issue: were it counted from its own
date, the clock would run minutes ahead of the water-level stations reporting every minute,
their values (valid three intervals) would expire, and each station's alert would be cleared
and recur with its next reading. A coordinator expects the stations' alerts to be what they
are with the camera's clock right; the camera's own alert keeps the camera's date.

Here three stations report every minute (or skip a minute), a camera reports a stalled car
now and then, received within its minute and dated from 0 to 300 s after that; the
evaluator runs behind the wall clock (a backlog) in one or several steps. The stations'
alerts and transitions are the same as with the camera dated at its receipt.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from alerts.evaluate import Evaluator, Event, Reading, SensorInfo
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
#: A fourth station, whose clock may run fast.
FAST = SensorInfo("WL9", "water_level", "disaster", "測站 9", 120.64, 24.17, expected_interval_s=60,
                  alert_levels_m=LEVELS)
T0 = datetime(2026, 7, 1, 6, 0, tzinfo=UTC)
#: The wall clock far ahead of the data: a backlog after an outage.
WALL = T0 + timedelta(hours=6)
#: ``ingest.max_future_skew_s``: how far after its receipt a stored message may be dated.
MAX_AHEAD_S = 300

level = st.one_of(st.none(), st.floats(9.0, 11.6, allow_nan=False).map(lambda v: round(v, 2)))
#: A camera's report in a minute: none, or received that many seconds into the minute and
#: dated that many seconds after its receipt.
report = st.one_of(st.none(), st.tuples(st.integers(0, 59), st.integers(0, MAX_AHEAD_S)))
minutes = st.lists(st.tuples(st.tuples(level, level, level), report), min_size=1, max_size=40)


def stream(rows: list[tuple[tuple[float | None, ...], tuple[int, int] | None]], *, ahead: bool,
           station: bool = False) -> list[tuple[list[Reading], list[Event]]]:
    """Each minute's readings and the fast device's message (dated ``ahead`` of its receipt,
    or at it): a camera's report, or with ``station`` a reading of :data:`FAST` at 10.4 m."""
    out = []
    for m, (values, seen) in enumerate(rows):
        at = T0 + timedelta(minutes=m)
        rs = [Reading(s.sensor_id, "water_level_m", at, v, at) for s, v in zip(STATIONS, values, strict=True)
              if v is not None]
        es = []
        if seen is not None:
            received = at + timedelta(seconds=seen[0])
            dated = received + timedelta(seconds=seen[1] if ahead else 0)
            if station:
                rs.append(Reading(FAST.sensor_id, "water_level_m", dated, 10.4, received))
            else:
                es.append(Event("CAM-1", "cctv", dated, category="stalled_vehicle", confidence=0.9,
                                event_key=f"k{m}", lon=120.64, lat=24.17, received_at=received))
        out.append((rs, es))
    return out


def stations(minutes_: list[tuple[list[Reading], list[Event]]], cuts: set[int]) -> tuple[list[Any], list[Any]]:
    """Evaluate the minutes in steps ending before the minutes in ``cuts``, as the service
    does; the stations' alerts and transitions."""
    ev = Evaluator(RULES, [*STATIONS, FAST])
    ev.start(WALL)
    book = AlertBook()
    observed: datetime | None = None
    bounds = [0, *sorted(cuts), len(minutes_)]
    for lo, hi in pairwise(bounds):
        rs = [r for step in minutes_[lo:hi] for r in step[0]]
        es = [e for step in minutes_[lo:hi] for e in step[1]]
        after = observed_clock(observed, rs, es, WALL)
        book.apply_all(evaluate_batch(ev, rs, es, WALL, after), observed)
        book.tick(WALL, observed=after)
        observed = after
    ids = {a.alert_id for a in book.all_alerts() if a.source_id in {s.sensor_id for s in STATIONS}}
    alerts = [(a.rule_id, a.source_id, a.raised_at, a.cleared_at, a.level, a.severity)
              for a in book.all_alerts() if a.alert_id in ids]
    audit = sorted(((t.alert_id, t.action, t.at, t.to_state, t.severity, t.reason)
                    for t in book.audit if t.alert_id in ids), key=repr)
    return alerts, audit


@settings(max_examples=100, deadline=None)
@given(rows=minutes, data=st.data())
def test_a_camera_dated_ahead_of_its_receipt_leaves_the_stations_alerts_as_they_are(
        rows: list[tuple[tuple[float | None, ...], tuple[int, int] | None]], data: st.DataObject) -> None:
    cuts = data.draw(st.sets(st.integers(1, len(rows) - 1)) if len(rows) > 1 else st.just(set[int]()))
    assert stations(stream(rows, ahead=True), cuts) == stations(stream(rows, ahead=False), cuts)


@settings(max_examples=100, deadline=None)
@given(rows=minutes, data=st.data())
def test_a_station_dated_ahead_of_its_receipt_leaves_the_other_stations_alerts_as_they_are(
        rows: list[tuple[tuple[float | None, ...], tuple[int, int] | None]], data: st.DataObject) -> None:
    cuts = data.draw(st.sets(st.integers(1, len(rows) - 1)) if len(rows) > 1 else st.just(set[int]()))
    assert (stations(stream(rows, ahead=True, station=True), cuts)
            == stations(stream(rows, ahead=False, station=True), cuts))


def test_a_camera_four_minutes_fast_does_not_clear_a_station_in_alarm() -> None:
    # A station above its third level every minute for 20 min, a camera 4 min fast every
    # 5 min, the evaluator stepping every minute.
    rows: list[tuple[tuple[float | None, ...], tuple[int, int] | None]] = [
        ((10.2, None, None), (10, 240) if m % 5 == 2 else None) for m in range(20)]
    alerts, audit = stations(stream(rows, ahead=True), set(range(1, 20)))
    assert [(a[1], a[2], a[3]) for a in alerts] == [("WL0", T0, None)]
    assert [t[1].value for t in audit] == ["raise"]


def fast_station(values: list[tuple[int, int, float]], cuts: set[int]) -> list[tuple[str, str, Any, bool]]:
    """:data:`FAST`'s readings, each (received that many seconds after ``T0``, dated that many
    seconds after its receipt, level), evaluated in steps ending before the readings in
    ``cuts``; its alerts (rule, severity, label, still open)."""
    ev = Evaluator(RULES, [*STATIONS, FAST])
    ev.start(WALL)
    book = AlertBook()
    observed: datetime | None = None
    rows = [Reading(FAST.sensor_id, "water_level_m", T0 + timedelta(seconds=at + ahead), v,
                    T0 + timedelta(seconds=at)) for at, ahead, v in values]
    for lo, hi in pairwise([0, *sorted(cuts), len(rows)]):
        after = observed_clock(observed, rows[lo:hi], [], WALL)
        book.apply_all(evaluate_batch(ev, rows[lo:hi], [], WALL, after), observed)
        book.tick(WALL, observed=after)
        observed = after
    return [(a.rule_id, a.severity.value, a.label, a.cleared_at is None)
            for a in book.all_alerts() if a.source_id == FAST.sensor_id]


def test_a_reading_dated_ahead_does_not_hide_the_stations_next_reading_above_its_first_level() -> None:
    # A station's gateway stamps one reading 280 s fast (0.5 m under its levels); 3 s later
    # the station reports, on time, a level above its first (most severe) level, 11 m.
    for cuts in (set(), {1}):
        got = fast_station([(0, 280, 9.0), (3, 0, 11.2)], cuts)
        assert ("water-level", "Severe", "一級警戒", True) in got, (cuts, got)


@settings(max_examples=100, deadline=None)
@given(ahead=st.integers(2, MAX_AHEAD_S), data=st.data())
def test_the_readings_after_one_dated_ahead_are_evaluated_in_the_order_they_were_received(
        ahead: int, data: st.DataObject) -> None:
    # One reading dated ahead of its receipt, at any level, then on-time readings received
    # before its date; the last of them above the first level: whatever the first said, the
    # station's alert is at its first level once the last is evaluated, in one step or many.
    first = data.draw(st.floats(9.0, 11.6, allow_nan=False).map(lambda v: round(v, 2)))
    received = sorted(data.draw(st.lists(st.integers(1, ahead - 1), min_size=1, max_size=4, unique=True)))
    levels = [*data.draw(st.lists(st.floats(9.0, 11.6, allow_nan=False).map(lambda v: round(v, 2)),
                                  min_size=len(received) - 1, max_size=len(received) - 1)), 11.3]
    values = [(0, ahead, first), *((r, 0, v) for r, v in zip(received, levels, strict=True))]
    cuts = data.draw(st.sets(st.integers(1, len(values) - 1)))
    got = fast_station(values, cuts)
    # (the label may say 水位回降 after a fall from a higher first reading: the level holds)
    assert [(g[0], g[1]) for g in got if g[0] == "water-level" and g[3]] == [("water-level", "Severe")], got
