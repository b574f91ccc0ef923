"""The rush hour's own queue: a detector's slow-down its text marks as the rush hour's.

Described situation: a weekday morning at 7:50 on 環中路. A patrol reports a rear-end crash
at the 中科路 junction, both cars across the inner lane. Two minutes later the detector
150 m up the road reports a slow-down, and its rule's text says why it fires every
weekday: the morning rush (上班尖峰). A full car park at the transit hub 200 m away says
the same (上班尖峰). The coordinator sends no one to the rush hour: it comes every day and
ends by itself. The same detector's slow-down ten minutes later, with no such words (the
crash's queue reaching it), is the crash's queue.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind
from ops_center.policies import REASON_RUSH_HOUR

X0, Y0, T0 = 214_600.0, 2_675_900.0, 1_780_000_000.0


def crash() -> Item:
    return Item(
        "c1",
        ItemKind.EVENT,
        "police",
        "incident",
        "accident",
        CapSeverity.MODERATE,
        X0,
        Y0,
        T0,
        "",
        "環中路二段中科路口 自小客追撞 佔用內側車道 已到場處理",
    )


def slowdown(key: str, text: str, dt: float) -> Item:
    return Item(
        key, ItemKind.ALERT, "traffic", "rule", "congestion", CapSeverity.MINOR, X0 - 150.0, Y0, T0 + dt, "VD-1", text
    )


def carpark(key: str, text: str) -> Item:
    return Item(
        key, ItemKind.EVENT, "traffic", "parking", "full", CapSeverity.UNKNOWN, X0, Y0 + 200.0, T0 + 180.0, "PK-1", text
    )


def fed(*items: Item) -> Correlator:
    c = Correlator()
    for item in items:
        c.feed(item, item.t + 10.0)
    return c


def test_a_slow_down_marked_as_the_rush_hour_s_is_background_beside_a_crash() -> None:
    c = fed(crash(), slowdown("v1", "環中路車輛偵測器1 平均車速 21 km/h（上班尖峰）", 120.0))
    assert c.where("c1") is not None
    assert c.where("v1") is None
    assert c.left_out()["v1"] == REASON_RUSH_HOUR


def test_a_full_car_park_at_the_rush_hour_is_background() -> None:
    c = fed(crash(), carpark("p1", "水湳轉運中心停車場 汽車位已滿（上班尖峰）"))
    assert c.where("p1") is None
    assert c.left_out()["p1"] == REASON_RUSH_HOUR


def test_the_same_detector_s_slow_down_without_those_words_is_the_crash_s_queue() -> None:
    c = fed(
        crash(),
        slowdown("v1", "環中路車輛偵測器1 平均車速 21 km/h（尖峰時段）", 120.0),
        slowdown("v2", "環中路車輛偵測器1 平均車速 8 km/h", 720.0),
    )
    assert c.where("v1") is None
    assert c.where("v2") == c.where("c1")
