"""Silence from the device's point of view: what it sent and when the center received it.

A last will is the broker's word that it dropped a connection (a hung broker sends the wills of
every connection it timed out once it resumes); anything of the device received at or after it
says its gateway is connected after it. A device whose clock runs behind is back when it is
heard again, whatever its timestamps say.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from alerts.evaluate import WILL_GRACE, CondState, Evaluator, Event, Reading, SensorInfo
from alerts.lifecycle import Clear, Trigger
from tests.unit.alerts.test_alerts_evaluate import RULES

WL = SensorInfo("WL-01", "water_level", "disaster", "筏子溪", 120.64, 24.17, expected_interval_s=60,
                alert_levels_m={"1": 11.0, "2": 10.5, "3": 10.0})
T0 = datetime(2016, 6, 2, 6, 0, tzinfo=UTC)
S = timedelta(seconds=1)


def reading(obs: datetime, received: datetime) -> Reading:
    return Reading("WL-01", "water_level_m", obs, 9.0, received_at=received)


def will(at: datetime) -> Event:
    return Event("WL-01", "status", at, category="offline", received_at=at, will=True)


def offline(ds: list[object]) -> list[tuple[type, datetime]]:
    return [(type(d), d.at) for d in ds if isinstance(d, Trigger | Clear) and d.rule_id == "sensor-offline"]


def test_a_will_followed_by_readings_sent_again_raises_nothing() -> None:
    """The hung broker's case: readings taken during the hang (observed before the will) are
    received after it, on the gateway's new connection."""
    ev = Evaluator(RULES, [WL])
    ev.feed(reading(T0, T0), T0)
    w = T0 + 40 * S
    out = ev.feed(will(w), w)
    out += ev.feed(reading(T0 + 20 * S, w + S), w + S)
    out += ev.tick(w + WILL_GRACE + S)
    assert offline(out) == []
    assert ev.state("sensor-offline", "WL-01") == CondState()


def test_a_will_after_the_device_was_last_heard_raises_at_the_will_once_the_grace_is_over() -> None:
    ev = Evaluator(RULES, [WL])
    ev.feed(reading(T0, T0), T0)
    w = T0 + 40 * S
    assert offline(ev.feed(will(w), w)) == []
    assert offline(ev.tick(w + WILL_GRACE - S)) == []
    assert offline(ev.tick(w + WILL_GRACE)) == [(Trigger, w)]
    # heard again: back, dated by its receipt (its observation was before the raise)
    assert offline(ev.feed(reading(T0 + 30 * S, w + 2 * WILL_GRACE), w + 2 * WILL_GRACE)) == [
        (Clear, w + 2 * WILL_GRACE)]


def test_a_will_received_with_or_after_a_reading_of_the_same_batch_is_void() -> None:
    """Rows of one ingest batch share their receipt: the will is no newer than the reading."""
    ev = Evaluator(RULES, [WL])
    ev.feed(reading(T0, T0 + 5 * S), T0 + 5 * S)
    out = ev.feed(will(T0 + 5 * S), T0 + 5 * S)
    out += ev.tick(T0 + 5 * S + 2 * WILL_GRACE)
    assert offline(out) == []


def test_an_online_status_after_the_will_voids_it() -> None:
    ev = Evaluator(RULES, [WL])
    ev.feed(reading(T0, T0), T0)
    w = T0 + 40 * S
    out = ev.feed(will(w), w)
    out += ev.feed(Event("WL-01", "status", w - 10 * S, category="online", received_at=w + S), w + S)
    out += ev.tick(w + 2 * WILL_GRACE)
    assert offline(out) == []


def test_the_devices_own_offline_raises_at_once() -> None:
    ev = Evaluator(RULES, [WL])
    ev.feed(reading(T0, T0), T0)
    w = T0 + 40 * S
    assert offline(ev.feed(Event("WL-01", "status", w, category="offline", received_at=w), w)) == [(Trigger, w)]


def test_a_pending_will_survives_a_restart() -> None:
    ev = Evaluator(RULES, [WL])
    ev.feed(reading(T0, T0), T0)
    w = T0 + 40 * S
    ev.feed(will(w), w)
    again = Evaluator(RULES, [WL])
    again.restore(ev.take_dirty())
    again.start(w + S)
    again.prime(reading(T0, T0))
    assert offline(again.tick(w + WILL_GRACE)) == [(Trigger, w)]


def test_a_device_whose_clock_runs_behind_is_back_when_heard_and_not_found_silent_again() -> None:
    """Its clock 10 min behind (ten of its intervals): silence raised on the service clock, then
    its readings, dated 10 min before their receipt, clear it at their receipt; the next ticks
    find it reporting, not silent."""
    ev = Evaluator(RULES, [WL])
    lag = timedelta(minutes=10)
    ev.feed(reading(T0 - lag, T0), T0)
    raised = T0 + 4 * 60 * S
    assert offline(ev.tick(raised)) == [(Trigger, raised)]
    back = raised + 30 * S
    assert offline(ev.feed(reading(back - lag, back), back)) == [(Clear, back)]
    out: list[object] = []
    for k in range(1, 6):
        at = back + k * 60 * S
        out += ev.feed(reading(at - lag, at), at)
        out += ev.tick(at + 30 * S)
    assert offline(out) == []


def test_a_reading_received_before_the_raise_does_not_clear_it() -> None:
    ev = Evaluator(RULES, [WL])
    ev.feed(reading(T0, T0), T0)
    raised = T0 + 4 * 60 * S
    assert offline(ev.tick(raised)) == [(Trigger, raised)]
    assert offline(ev.feed(Reading("WL-01", "water_level_m", T0 + S, 9.0, received_at=raised - S), raised)) == []


def test_the_will_of_a_device_with_no_reporting_interval_raises_once_the_grace_is_over() -> None:
    """An event-only device a silence rule selects is never found silent, but its last will
    still says it is gone: it raises at the will once the grace passes unheard."""
    panel = SensorInfo("WL-01", "water_level", "disaster", "筏子溪", 120.64, 24.17, expected_interval_s=None)
    ev = Evaluator(RULES, [panel])
    assert offline(ev.feed(will(T0), T0)) == []
    assert offline(ev.tick(T0 + 10 * WILL_GRACE - S)) == [(Trigger, T0)]
