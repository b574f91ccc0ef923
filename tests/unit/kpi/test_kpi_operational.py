"""Operational KPIs of the center, by hand on small inputs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from kpi import operational as op

T0 = datetime(2016, 6, 1, tzinfo=UTC)
HOUR = T0 + timedelta(hours=1)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


SENSORS = [
    op.SensorSpec("rain-1", "disaster", "rain", 600),  # 6 slots in the hour
    op.SensorSpec("wl-1", "disaster", "water_level", 600),
    op.SensorSpec("vd-1", "traffic", "vd", 60),  # 60 slots
    op.SensorSpec("fire-1", "disaster", "fire_alarm", None),  # event-only: not counted
]


def test_slots_present_counts_distinct_slots_in_the_window() -> None:
    times = [at(0), at(1), at(10), at(59.9), at(60), at(-1)]
    assert op.slots_present(times, T0, HOUR, 600) == 3
    assert op.expected_slots(T0, HOUR, 600) == 6


def test_sensor_availability_per_agency() -> None:
    present = [
        op.SlotCount("rain-1", None, 6),
        op.SlotCount("wl-1", None, 3),
        op.SlotCount("vd-1", None, 45),
        op.SlotCount("fire-1", None, 2),
    ]
    result = op.sensor_availability(SENSORS, present, T0, HOUR)
    assert result["disaster"] == op.Ratio(9, 12)
    assert result["disaster"].pct == 75.0
    assert result["traffic"].pct == 75.0
    assert set(result) == {"disaster", "traffic"}


def test_availability_caps_and_missing_sensors() -> None:
    result = op.sensor_availability(SENSORS, [op.SlotCount("rain-1", None, 99)], T0, HOUR)
    assert result["disaster"] == op.Ratio(6, 12)


def test_data_completeness_counts_metric_cells() -> None:
    expected = {"vd": ("speed_kmh", "occupancy_pct", "volume_veh"), "rain": ("rain_10m",)}
    present = [
        op.SlotCount("vd-1", "speed_kmh", 60),
        op.SlotCount("vd-1", "occupancy_pct", 60),
        op.SlotCount("vd-1", "volume_veh", 30),  # -99 volumes are not stored
        op.SlotCount("rain-1", "rain_10m", 6),
        op.SlotCount("rain-1", "rain_1h", 6),  # not expected: ignored
    ]
    r = op.data_completeness(SENSORS, expected, present, T0, HOUR)
    assert r == op.Ratio(60 + 60 + 30 + 6, 180 + 6)


def test_mean_time_to_acknowledge() -> None:
    alerts = [
        op.AlertTimes(1, at(0), at(2)),
        op.AlertTimes(2, at(0), at(4)),
        op.AlertTimes(3, at(0), None),
        op.AlertTimes(4, at(10), at(9)),  # clock skew: counted apart
    ]
    stats = op.mean_time_to_acknowledge(alerts)
    assert (stats.count, stats.mean_s, stats.median_s) == (2, 180.0, 180.0)
    assert (stats.open_items, stats.inconsistent) == (1, 1)
    assert op.mean_time_to_acknowledge([]).mean_s is None


def test_evidence_to_dispatch_and_clearance() -> None:
    incidents = [
        op.IncidentTimes("i1", at(0), at(5), at(65)),
        op.IncidentTimes("i2", at(0), at(15), None),
    ]
    d = op.evidence_to_dispatch(incidents)
    c = op.evidence_to_clearance(incidents)
    assert (d.count, d.mean_s) == (2, 600.0)
    assert (c.count, c.mean_s, c.open_items) == (1, 3900.0, 1)


def test_ack_within_deadline() -> None:
    now = at(60)
    rows = [
        op.AssignmentTimes("a1", at(0), at(10), at(5)),  # in time
        op.AssignmentTimes("a2", at(0), at(10), at(10)),  # exactly at the deadline: in time
        op.AssignmentTimes("a3", at(0), at(10), at(20)),  # late
        op.AssignmentTimes("a4", at(0), at(10), None),  # overdue
        op.AssignmentTimes("a5", at(55), at(65), None),  # still pending
    ]
    share = op.ack_within_deadline(rows, now)
    assert share.ratio == op.Ratio(2, 4)
    assert share.ratio.pct == 50.0
    assert share.pending == 1
    assert op.ack_within_deadline([], now).ratio.pct is None


def test_a_sensor_installed_in_the_window_is_expected_only_from_then() -> None:
    # rain-new registered 30 min into the hour (its 6 slots of 10 min: 3 left), reporting in each;
    # wl-new 25 min in: expected from the slot holding 25 min (20-30) on, 4 slots
    sensors = [op.SensorSpec("rain-new", "disaster", "rain", 600, at(30)),
               op.SensorSpec("wl-new", "disaster", "water_level", 600, at(25)),
               op.SensorSpec("vd-later", "traffic", "vd", 60, HOUR + timedelta(days=1)),
               op.SensorSpec("vd-old", "traffic", "vd", 60, T0 - timedelta(days=30))]
    result = op.sensor_availability(
        sensors, [op.SlotCount("rain-new", None, 3), op.SlotCount("wl-new", None, 4), op.SlotCount("vd-old", None, 30)],
        T0, HOUR)
    assert result["disaster"] == op.Ratio(7, 7)
    assert result["traffic"] == op.Ratio(30, 60)  # vd-later was not there yet: no slot expected
    expected = {"rain": ("rain_10m",)}
    present = [op.SlotCount("rain-new", "rain_10m", 2)]
    assert op.data_completeness(sensors, expected, present, T0, HOUR) == op.Ratio(2, 3)


@given(st.integers(min_value=-7200, max_value=7200), st.integers(min_value=-7200, max_value=7200),
       st.sampled_from([60, 300, 600, 3600]))
def test_a_later_installation_is_never_expected_in_more_slots(a: int, b: int, interval: int) -> None:
    early, late = sorted((a, b))

    def slots(offset_s: int) -> int:
        return op.sensor_slots(op.SensorSpec("s", "disaster", "rain", interval, T0 + timedelta(seconds=offset_s)),
                               T0, HOUR)
    whole = op.expected_slots(T0, HOUR, interval)
    assert whole >= slots(early) >= slots(late) >= 0
    assert slots(-1) == whole  # installed before the window: every slot
    assert slots(3600) == 0  # installed at the window's end: none
    # expected: the slot holding the installation and every whole slot after it
    assert slots(late) == sum(1 for k in range(whole) if (k + 1) * interval > late)


def test_open_items_carry_their_wait_so_far() -> None:
    # None acknowledged: no mean yet, but the open ones' mean wait at now (a lower bound).
    alerts = [op.AlertTimes(1, at(0), None), op.AlertTimes(2, at(20), None)]
    stats = op.mean_time_to_acknowledge(alerts, at(60))
    assert (stats.count, stats.mean_s, stats.open_items) == (0, None, 2)
    assert stats.open_wait_s == 50 * 60.0
    assert op.mean_time_to_acknowledge(alerts).open_wait_s is None  # no now: not measured
    done = op.evidence_to_clearance([op.IncidentTimes("i1", at(0), at(5), at(65))], at(70))
    assert (done.count, done.open_items, done.open_wait_s) == (1, 0, None)
