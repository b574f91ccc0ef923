"""A corridor alert sits where the detectors that meet the condition are, not at the corridor's mean."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from alerts.evaluate import Evaluator, Reading, SensorInfo
from alerts.lifecycle import Trigger
from alerts.rules import load_rules_file

RULES = load_rules_file(Path(__file__).parents[3] / "alerts" / "rules.yaml")
# Three detectors about 1 km apart along one corridor (west, middle, east).
VDS = [
    SensorInfo("VD-W", "vd", "traffic", "西", 120.640, 24.18, corridor="R-x", expected_interval_s=60),
    SensorInfo("VD-M", "vd", "traffic", "中", 120.650, 24.18, corridor="R-x", expected_interval_s=60),
    SensorInfo("VD-E", "vd", "traffic", "東", 120.660, 24.18, corridor="R-x", expected_interval_s=60),
]


def test_a_slow_down_at_the_east_end_is_placed_at_the_east_end() -> None:
    ev = Evaluator(RULES, VDS)
    t0 = datetime(2016, 6, 2, 8, 0, tzinfo=UTC)
    out = []
    for minute in range(6):
        at = t0 + timedelta(minutes=minute)
        # the east and middle detectors crawl; the west one flows (corridor means: 17 km/h, 68 %)
        for vd, speed, occ in (("VD-W", 40, 20), ("VD-M", 10, 90), ("VD-E", 2, 95)):
            out += ev.feed(Reading(vd, "speed_kmh", at, speed), at)
            out += ev.feed(Reading(vd, "occupancy_pct", at, occ), at)
    triggers = [d for d in out if isinstance(d, Trigger)]
    assert triggers
    assert triggers[0].lon == pytest.approx(120.655)
    assert triggers[0].lat == pytest.approx(24.18)
