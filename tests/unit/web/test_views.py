"""How sensors are drawn (pure)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from web.views import max_severity, sensor_state
from web.wall.hub import SensorState

NOW = datetime(2016, 6, 2, 7, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    ("status", "age_s", "interval_s", "severity", "expected"),
    [
        ("offline", 10, 600, "Severe", SensorState.OFFLINE),  # the device's last will wins
        (None, 3 * 600 + 1, 600, None, SensorState.OFFLINE),  # silent for > 3 intervals
        (None, 3 * 600, 600, None, SensorState.NORMAL),  # exactly 3 intervals: not yet
        (None, 60, 600, "Moderate", SensorState.ALERT),
        (None, None, 600, None, SensorState.UNKNOWN),  # never reported
        ("online", None, 600, None, SensorState.NORMAL),
        (None, 10 * 86400, None, None, SensorState.NORMAL),  # event-only: silence is normal
    ],
)
def test_sensor_state(
    status: str | None, age_s: int | None, interval_s: float | None, severity: str | None,
    expected: SensorState,
) -> None:
    last = None if age_s is None else NOW - timedelta(seconds=age_s)
    assert sensor_state(status=status, last_seen=last, expected_interval_s=interval_s,
                        alert_severity=severity, now=NOW, silence_factor=3.0) is expected


def test_max_severity_orders_cap_levels() -> None:
    assert max_severity(["Minor", "Extreme", "Moderate"]) == "Extreme"
    assert max_severity([]) is None


@pytest.mark.parametrize(("intervals", "expected"),
                         [(4, SensorState.NORMAL), (5, SensorState.NORMAL), (6, SensorState.OFFLINE)])
def test_a_sensor_is_drawn_offline_by_the_given_silence_factor(
    intervals: int, expected: SensorState
) -> None:
    last = NOW - timedelta(seconds=intervals * 600)
    assert sensor_state(status=None, last_seen=last, expected_interval_s=600,
                        alert_severity=None, now=NOW, silence_factor=5.0) is expected
