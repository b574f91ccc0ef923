"""Levels, observations, expiry and cadence of the evaluator with the shipped rules.

Expected results come from the standards (DOMAIN.md §2: CWA rainfall classes,
water-level AlertLevel1..3, the cited flood-depth bands 1-15 / 16-30 / > 30 cm)
and from the behaviour the alerts must have: a level change is a transition, one
message is one decision, values expire, confirmation fits the reporting cadence.
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from alerts.evaluate import Evaluator, Reading, SensorInfo
from alerts.lifecycle import Action, AlertBook, AlertState, Clear, ClearCause, Trigger
from alerts.rules import load_rules_file, parse_rules

RULES = load_rules_file(Path(__file__).parents[3] / "alerts" / "rules.yaml")
T0 = datetime(2016, 6, 2, 5, 0, tzinfo=UTC)
RAIN = SensorInfo("C0F9T0", "rain", "disaster", "西屯", 120.65, 24.18, expected_interval_s=600)
WATER = SensorInfo(
    "WL-10", "water_level", "disaster", "筏子溪", 120.64, 24.17, expected_interval_s=600,
    alert_levels_m={"1": 11.0, "2": 10.5, "3": 10.0},
)


def obs(sensor: str, at: datetime, **values: float) -> list[Reading]:
    return [Reading(sensor, m, at, v) for m, v in values.items()]


def feed(ev: Evaluator, book: AlertBook, readings: list[Reading]) -> list[Trigger | Clear]:
    out = ev.feed_observation(readings, readings[0].time)
    book.apply_all(out)
    return out


def actions(book: AlertBook, rule: str) -> list[tuple[str, str, str]]:
    by_id = {a.alert_id: a for a in book.all_alerts()}
    return [
        (r.action.value, by_id[r.alert_id].label if r.alert_id in by_id else "", r.severity.value)
        for r in book.audit
        if r.rule_id == rule
    ]


# -- a level is part of the state ---------------------------------------------------


def test_level_change_within_one_severity_is_a_transition_that_rearms() -> None:
    """豪雨 -> 大豪雨 are both Severe: still a recorded, notified change; ack re-armed."""
    ev, book = Evaluator(RULES, [RAIN]), AlertBook()
    feed(ev, book, obs("C0F9T0", T0, rain_3h=120.0))  # 豪雨: 3 h >= 100
    (alert,) = book.open_alerts()
    assert alert.label == "豪雨"
    book.act(alert.alert_id or 0, AlertState.ACKNOWLEDGED, at=T0 + timedelta(minutes=1), actor="op", reason="seen")
    feed(ev, book, obs("C0F9T0", T0 + timedelta(minutes=10), rain_3h=210.0))  # 大豪雨: 3 h >= 200
    (alert,) = book.open_alerts()
    assert alert.label == "大豪雨"
    assert alert.state is AlertState.RAISED  # a higher level needs a new acknowledgement
    recs = [(r.action, r.reason.split(":")[0]) for r in book.audit]
    assert (Action.LEVEL, "豪雨 -> 大豪雨 (Severe)") in recs
    assert recs[-1][0] is Action.REARM
    # and down again: 3 h 150 is 豪雨 (below 200 - hysteresis 5)
    feed(ev, book, obs("C0F9T0", T0 + timedelta(minutes=20), rain_3h=150.0))
    assert book.open_alerts()[0].label == "豪雨"
    assert book.audit[-1].action is Action.LEVEL
    assert book.audit[-1].reason.startswith("大豪雨 -> 豪雨")


# -- one observation, one decision --------------------------------------------------


@pytest.mark.parametrize("order", list(itertools.permutations(["rain_1h", "rain_3h", "rain_24h"])))
def test_one_message_is_one_decision_whatever_the_row_order(order: tuple[str, ...]) -> None:
    """1 h 70 / 3 h 130 / 24 h 510 at a new station: one raise at 超大豪雨 (24 h >= 500)."""
    values = {"rain_1h": 70.0, "rain_3h": 130.0, "rain_24h": 510.0}
    ev, book = Evaluator(RULES, [RAIN]), AlertBook()
    out = feed(ev, book, [Reading("C0F9T0", m, T0, values[m]) for m in order])
    assert [(type(d).__name__, d.label) for d in out if isinstance(d, Trigger)] == [("Trigger", "超大豪雨")]
    assert [r.action for r in book.audit] == [Action.RAISE]


def test_rows_of_one_message_fed_one_by_one_are_grouped_by_the_batch() -> None:
    """The service's batch groups rows by (sensor, time) before evaluating."""
    from alerts.service import evaluate_batch

    rows = obs("C0F9T0", T0, rain_1h=70.0, rain_3h=130.0, rain_24h=510.0)
    for perm in itertools.permutations(rows):
        ev = Evaluator(RULES, [RAIN])
        out = [d for d in evaluate_batch(ev, list(perm), [], T0) if d.rule_id == "cwa-rainfall"]
        assert [(type(d).__name__, getattr(d, "label", "")) for d in out] == [("Trigger", "超大豪雨")]


# -- values expire ------------------------------------------------------------------


def test_a_24h_total_that_stops_coming_expires_after_its_hour() -> None:
    """HOUR_24 null from 05:10 on: 大雨 (24 h 90) ends when the total is an hour old."""
    ev, book = Evaluator(RULES, [RAIN]), AlertBook()
    feed(ev, book, obs("C0F9T0", T0, rain_1h=5.0, rain_24h=90.0))
    assert book.open_alerts()[0].label == "大雨"
    clears = []
    for k in range(1, 13):  # two hours of 10-min messages without rain_24h
        at = T0 + timedelta(minutes=10 * k)
        clears += [d for d in feed(ev, book, obs("C0F9T0", at, rain_1h=5.0)) if isinstance(d, Clear)]
        tick = ev.tick(at)
        book.apply_all(tick)
        clears += [d for d in tick if isinstance(d, Clear)]
        book.tick(at)
    assert [d.at for d in clears] == [T0 + timedelta(minutes=70)]  # first message after 06:00
    assert "rain_24h expired" in clears[0].reason
    # what the console and the wall name: its values expired (not "below every level")
    assert clears[0].cause is ClearCause.EXPIRED
    assert [a.clear_cause for a in book.all_alerts()] == [ClearCause.EXPIRED]
    assert book.open_alerts() == []  # resolved 10 min after the clear


def test_a_single_huge_value_does_not_hold_an_alert_for_days() -> None:
    """One 600 mm value and nothing more: 超大豪雨 ends with it, not 48 h later."""
    ev, book = Evaluator(RULES, [RAIN]), AlertBook()
    feed(ev, book, obs("C0F9T0", T0, rain_24h=600.0))
    assert book.open_alerts()[0].label == "超大豪雨"
    for minutes in range(10, 181, 10):
        at = T0 + timedelta(minutes=minutes)
        book.apply_all(ev.tick(at))
        book.tick(at)
    assert [a.rule_id for a in book.open_alerts()] == ["sensor-offline"]
    ended = [r for r in book.audit if r.action is Action.CLEAR and r.rule_id == "cwa-rainfall"]
    assert ended
    assert ended[0].at <= T0 + timedelta(hours=1, minutes=10)


def test_a_silent_station_does_not_keep_an_escalating_rain_alert() -> None:
    """Readings stop: sensor-offline is raised and the rain alert ends with that reason."""
    ev, book = Evaluator(RULES, [RAIN]), AlertBook()
    feed(ev, book, obs("C0F9T0", T0, rain_1h=45.0, rain_3h=60.0, rain_24h=60.0))
    for minutes in range(1, 181):
        at = T0 + timedelta(minutes=minutes)
        book.apply_all(ev.tick(at))
        book.tick(at)
    rain = [r for r in book.audit if r.rule_id == "cwa-rainfall"]
    offline = [r for r in book.audit if r.rule_id == "sensor-offline" and r.action is Action.RAISE]
    assert offline, "sensor-offline raised after 3 intervals"
    cleared = [r for r in rain if r.action is Action.CLEAR]
    assert cleared
    assert cleared[0].at == offline[0].at
    assert "silent" in cleared[0].reason
    rain_alert = next(a for a in book.all_alerts() if a.rule_id == "cwa-rainfall")
    assert rain_alert.clear_cause is ClearCause.SILENT  # suspended: the station is silent
    escalations = [r for r in rain if r.action is Action.ESCALATE]
    assert all(r.at < cleared[0].at for r in escalations)
    assert [a.rule_id for a in book.open_alerts()] == ["sensor-offline"]


# -- durations fit the cadence ------------------------------------------------------


def test_water_level_at_a_ten_minute_station_is_raised_at_the_first_reading() -> None:
    ev, book = Evaluator(RULES, [WATER]), AlertBook()
    feed(ev, book, obs("WL-10", T0, water_level_m=9.5))
    out = feed(ev, book, obs("WL-10", T0 + timedelta(minutes=10), water_level_m=10.6))
    raised = [(d.label, d.at) for d in out if isinstance(d, Trigger) and d.rule_id == "water-level"]
    assert raised == [("二級警戒", T0 + timedelta(minutes=10))]


TIMED = parse_rules(
    """
version: 1
rules:
  - id: timed
    kind: threshold
    title: timed
    agency: disaster
    select: {kind: gauge}
    min_duration_s: 60
    levels:
      - {label: A, severity: Minor, any: {v: 1}}
      - {label: B, severity: Moderate, any: {v: 2}}
  - id: counted
    kind: threshold
    title: counted
    agency: disaster
    select: {kind: gauge}
    confirm_readings: 2
    levels:
      - {label: A, severity: Minor, any: {w: 1}}
  - id: cadence
    kind: threshold
    title: cadence
    agency: disaster
    select: {kind: gauge}
    min_duration_intervals: 1
    levels:
      - {label: A, severity: Minor, any: {x: 1}}
"""
)
GAUGE = SensorInfo("G1", "gauge", "disaster", "g", expected_interval_s=30)


def test_each_level_has_its_own_pending_timer() -> None:
    """B reached 10 s ago is not raised because A's timer has run 60 s."""
    ev = Evaluator(TIMED, [GAUGE])
    got: list[tuple[str, int]] = []
    for sec, v in ((0, 1.0), (50, 1.5), (60, 2.0), (70, 2.0), (120, 2.0)):
        at = T0 + timedelta(seconds=sec)
        got += [(d.label, sec) for d in ev.feed_observation(obs("G1", at, v=v), at) if isinstance(d, Trigger)]
    assert got == [("A", 60), ("B", 120)]


def test_confirmation_in_readings_and_in_reporting_intervals() -> None:
    ev = Evaluator(TIMED, [GAUGE])
    got: list[tuple[str, int]] = []
    for sec in (0, 300, 301):  # two readings confirm, however far apart
        at = T0 + timedelta(seconds=sec)
        got += [(d.rule_id, sec) for d in ev.feed_observation(obs("G1", at, w=1.0), at) if isinstance(d, Trigger)]
    for sec in (0, 20, 30):  # one interval of the station (30 s)
        at = T0 + timedelta(hours=1, seconds=sec)
        got += [(d.rule_id, sec) for d in ev.feed_observation(obs("G1", at, x=1.0), at) if isinstance(d, Trigger)]
    assert got == [("counted", 300), ("cadence", 30)]


# -- flood bands ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("depth", "label"),
    [(0.0, None), (0.9, None), (1.0, "注意"), (15.0, "注意"), (15.5, "警戒"), (16.0, "警戒"),
     (30.0, "警戒"), (30.5, "危險"), (31.0, "危險")],
)
def test_flood_bands_are_those_of_the_cited_tool(depth: float, label: str | None) -> None:
    """DOMAIN.md §2.3 (ref 56345814801): 1-15 cm 注意, 16-30 cm 警戒, > 30 cm 危險."""
    flood = SensorInfo("FL-1", "flood", "disaster", "f", expected_interval_s=600)
    ev = Evaluator(RULES, [flood])
    out = [d for d in ev.feed_observation(obs("FL-1", T0, flood_depth_cm=depth), T0) if isinstance(d, Trigger)]
    assert [d.label for d in out] == ([label] if label else [])


# -- a clear ends escalation --------------------------------------------------------


def test_no_escalation_after_the_condition_cleared() -> None:
    ev, book = Evaluator(RULES, [WATER]), AlertBook()
    feed(ev, book, obs("WL-10", T0, water_level_m=10.2))
    feed(ev, book, obs("WL-10", T0 + timedelta(minutes=5), water_level_m=9.0))
    for minutes in range(6, 16):
        book.tick(T0 + timedelta(minutes=minutes))
    acts = [r.action for r in book.audit]
    assert acts == [Action.RAISE, Action.CLEAR, Action.RESOLVE]
