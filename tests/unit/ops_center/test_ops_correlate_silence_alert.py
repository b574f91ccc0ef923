"""A rule's alert that a device fell silent reports a failure that began before it.

Described situation: at 03:21 a feeder trips. Two junctions' signal controllers report
their lamps dark on lost power, a camera beside them drops offline (mains power lost),
a hall's fire panel switches to its battery. The detector 100 m up the road sends
nothing either, but the center's rule raises its alert only at 03:36, after ten minutes
without data and a round of the rule ("逾 10 分鐘未回傳"). The coordinator counts the
detector in the power cut: it went dark with the rest, the alert only says so later.
A detector's silence raised hours after the cut was over is no part of it.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind

X0, Y0, T0 = 216_000.0, 2_675_000.0, 1_779_500_000.0  # the first dark junction; T0 = 03:21


def event(key: str, feed: str, category: str, dx: float, dt: float, text: str, source: str) -> Item:
    agency = {"signal": "traffic", "status": "traffic", "fire_alarm": "disaster"}[feed]
    return Item(key, ItemKind.EVENT, agency, feed, category, CapSeverity.UNKNOWN, X0 + dx, Y0, T0 + dt, source, text)


def silent(key: str, dx: float, dt: float, source: str) -> Item:
    return Item(
        key, ItemKind.ALERT, "traffic", "alert", "sensor_offline", CapSeverity.MINOR, X0 + dx, Y0, T0 + dt, source,
        "車輛偵測器 逾 10 分鐘未回傳",
    )  # fmt: skip


def feeder_trip() -> Correlator:
    c = Correlator()
    items = [
        event("sig1", "signal", "fault", 0.0, 0.0, "號誌控制器失電，全暗", "SIG-1"),
        event("sig2", "signal", "fault", 420.0, 10.0, "號誌控制器失電，全暗", "SIG-2"),
        event("cam", "status", "offline", 30.0, 20.0, "離線 reason=mains_power_lost", "CAM-1"),
        event("panel", "fire_alarm", "fault", 520.0, 30.0, "主電源停電，已切換預備電源", "FA-1"),
    ]
    for it in items:
        c.feed(it, it.t + 10.0)
    return c


def test_a_detector_the_rule_finds_silent_fifteen_minutes_into_the_cut_is_the_cut_s() -> None:
    c = feeder_trip()
    alert = silent("vd", 100.0, 900.0, "VD-1")
    c.feed(alert, alert.t + 5.0)
    assert c.where("vd") == c.where("sig1") is not None


def test_a_detector_found_silent_hours_after_the_cut_is_not_the_cut_s() -> None:
    c = feeder_trip()
    alert = silent("vd_late", 100.0, 3 * 3600.0, "VD-1")
    c.feed(alert, alert.t + 5.0)
    assert c.where("sig1") is not None
    assert c.where("vd_late") != c.where("sig1")
