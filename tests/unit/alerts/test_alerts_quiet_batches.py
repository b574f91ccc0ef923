"""An event that goes quiet is cleared when it went quiet, however the stream is batched.

A camera's analytics event clears after ``clears_after_s`` (900 s) without a report; the
clear starts the auto-resolve period (600 s). Whether the camera's next report opens a
new alert or recurs on the old one must follow from the observation times, not from
where the evaluator's steps begin and end (a backlog after an outage comes in a few
large steps, the live stream in many small ones).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from alerts.evaluate import Evaluator, Event, Reading, SensorInfo
from alerts.lifecycle import AlertBook
from alerts.rules import load_rules_file
from alerts.service import evaluate_batch, observed_clock

RULES = load_rules_file(Path(__file__).parents[3] / "alerts" / "rules.yaml")
SENSORS = [SensorInfo("VD1", "vd", "traffic", "環中路 1", corridor="R-1", expected_interval_s=60)]
T0 = datetime(2016, 6, 2, 10, 0, tzinfo=UTC)
#: The wall clock runs far ahead of the data (a replay, a backlog).
WALL = T0 + timedelta(hours=3)


def minute(n: int) -> datetime:
    return T0 + timedelta(minutes=n)


def stalled(n: int) -> Event:
    return Event("CAM-1", "cctv", minute(n), category="stalled_vehicle", confidence=0.9, event_key=f"k{n}")


# A detector reports every minute (free flow, no alert); the camera sees a stalled vehicle
# at minute 0 (quiet from 15, resolved at 25) and again at minute 26: a new alert.
READINGS = [Reading("VD1", m, minute(n), v) for n in range(31) for m, v in (("speed_kmh", 50.0),
                                                                              ("occupancy_pct", 20.0))]
EVENTS = [stalled(0), stalled(26)]


@pytest.mark.parametrize("steps", [1, 2, 31], ids=["one-batch", "two-batches", "every-minute"])
def test_a_quiet_event_clears_when_it_went_quiet_in_any_batches(steps: int) -> None:
    ev = Evaluator(RULES, SENSORS)
    ev.start(WALL)
    book = AlertBook()
    observed: datetime | None = None
    size = -(-31 // steps)
    for k in range(0, 31, size):
        minutes = range(k, min(k + size, 31))
        rs = [r for r in READINGS if r.time in {minute(n) for n in minutes}]
        es = [e for e in EVENTS if e.time in {minute(n) for n in minutes}]
        after = observed_clock(observed, rs, es, WALL)
        decisions = [d for d in evaluate_batch(ev, rs, es, WALL, after) if d.rule_id == "cctv-analytics"]
        book.apply_all(decisions, observed)
        book.tick(WALL, observed=after)  # the service's deadlines, on the observation clock
        observed = after
    assert [(a.raised_at, a.cleared_at) for a in book.all_alerts()] == [(minute(0), minute(15)), (minute(26), None)]
    first = book.all_alerts()[0]
    assert [(t.action.value, t.at) for t in book.audit if t.alert_id == first.alert_id
            and t.action.value != "escalate"] == [("raise", minute(0)), ("clear", minute(15)),
                                                   ("resolve", minute(25))]
