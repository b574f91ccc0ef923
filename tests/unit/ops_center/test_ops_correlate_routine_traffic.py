"""A detector's slow-down its rule puts down to works or to the days off is no job's queue.

Described situation: a Saturday night on 環中路. At 23:10 a patrol reports a scooter fallen
across the outer lane at the 中科路 junction. The detector 200 m up the road slows at 23:12,
and its rule's text says why: the contractor's night works narrow the lanes there
(夜間施工縮減車道), as every night this month. A second detector 300 m down the road slows
at 23:13 and its rule says the weekend's traffic (假日車多). The coordinator sends no one to
either: the works' lanes and the weekend's cars were there before the scooter fell and stay
after it is lifted. The first detector slowing again at 23:25 with no such words is the
scooter's queue. A caller who tells of the jam at the works still digging after their time
is no detector's routine: works run over are the police's job, so the rule reads devices only.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind
from ops_center.policies import REASON_ROUTINE_TRAFFIC

X0, Y0, T0 = 214_600.0, 2_675_900.0, 1_781_046_600.0


def fallen_scooter() -> Item:
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
        "環中路二段中科路口 機車自摔 倒在外側車道 已到場處理",
    )


def slowdown(key: str, text: str, dx: float, dt: float, source: str) -> Item:
    return Item(
        key, ItemKind.ALERT, "traffic", "rule", "congestion", CapSeverity.MINOR, X0 + dx, Y0, T0 + dt, source, text
    )


def fed(*items: Item) -> Correlator:
    c = Correlator()
    for item in items:
        c.feed(item, item.t + 10.0)
    return c


def test_a_slow_down_put_down_to_night_works_is_background_beside_a_crash() -> None:
    works = slowdown("v1", "環中路車輛偵測器1 平均車速 18 km/h（夜間施工縮減車道）", -200.0, 120.0, "VD-1")
    c = fed(fallen_scooter(), works)
    assert c.where("c1") is not None
    assert c.where("v1") is None
    assert c.left_out()["v1"] == REASON_ROUTINE_TRAFFIC


def test_a_slow_down_put_down_to_the_weekend_s_traffic_is_background() -> None:
    c = fed(fallen_scooter(), slowdown("v2", "環中路車輛偵測器2 平均車速 22 km/h（假日車多）", 300.0, 180.0, "VD-2"))
    assert c.where("v2") is None
    assert c.left_out()["v2"] == REASON_ROUTINE_TRAFFIC


def test_the_same_detector_without_those_words_is_the_crash_s_queue() -> None:
    c = fed(
        fallen_scooter(),
        slowdown("v1", "環中路車輛偵測器1 平均車速 18 km/h（夜間施工縮減車道）", -200.0, 120.0, "VD-1"),
        slowdown("v3", "環中路車輛偵測器1 平均車速 9 km/h", -200.0, 900.0, "VD-1"),
    )
    assert c.where("v1") is None
    assert c.where("v3") == c.where("c1")



def test_a_caller_s_jam_at_the_works_is_not_read_as_a_device_s_routine() -> None:
    caller = Item(
        "call",
        ItemKind.EVENT,
        "citizen",
        "1999",
        "other",
        CapSeverity.UNKNOWN,
        X0 - 150.0,
        Y0,
        T0 + 200.0,
        "",
        "環中路在施工塞爆了，不是說十一點就結束嗎？",
    )
    c = fed(fallen_scooter(), caller)
    assert c.left_out().get("call") != REASON_ROUTINE_TRAFFIC
