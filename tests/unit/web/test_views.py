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


@pytest.mark.parametrize(
    ("said_s", "seen_s", "expected"),
    [
        (300, 60, SensorState.NORMAL),  # readings after its offline: it is online
        (60, 300, SensorState.OFFLINE),  # nothing since it said offline
        (60, 60, SensorState.OFFLINE),  # the reading of the same instant: its last before going
        (60, None, SensorState.OFFLINE),
    ],
)
def test_a_device_that_said_offline_is_online_while_its_readings_come_after(
    said_s: int, seen_s: int | None, expected: SensorState
) -> None:
    """A gauge behind a buffering gateway says offline (mains lost) and its readings keep
    coming: fresh data from a device are evidence it is online, so the wall draws (and counts)
    it as it draws its values; an offline with nothing after it holds."""
    last = None if seen_s is None else NOW - timedelta(seconds=seen_s)
    assert sensor_state(status="offline", status_at=NOW - timedelta(seconds=said_s), last_seen=last,
                        expected_interval_s=600, alert_severity=None, now=NOW, silence_factor=3.0) is expected


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
