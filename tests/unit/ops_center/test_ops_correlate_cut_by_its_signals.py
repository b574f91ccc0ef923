"""A power cut first seen by the signals it darkened is one job with the residents' calls.

Described situation (the shape of SEEN 1134 and 1738, two authors): at night a feeder trips.
The signal controller at a junction goes dark; within a minute the junction's camera and a
vehicle detector 490 m down the road go offline saying their mains power was lost, and the
fire panels of a campus 120 m away and of a housing block 880 m north switch to their
batteries. Residents then call 1999 about the power cut, from beside the housing block and
near the junction. A coordinator has one job, the feeder's (Taipower's repair, the police
at the dark junction): the calls from beside the housing block, nearly 1 km from the
junction, are that job's as much as the call at the junction is, and they open no second
power cut. A dark junction that no device's lost mains power shows to be a power cut is the
signal crew's job, not yet a power cut: calls 900 m away about their power are their own.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind, StatusReason

X0, Y0, T0 = 215_500.0, 2_674_300.0, 1_786_277_730.0
U = CapSeverity.UNKNOWN
LOST = StatusReason.MAINS_POWER_LOST


def ev(key: str, agency: str, feed: str, category: str, dx: float, dy: float, dt: float, text: str = "",
       source: str = "", reason: StatusReason | None = None) -> Item:
    return Item(key, ItemKind.EVENT, agency, feed, category, U, X0 + dx, Y0 + dy, T0 + dt, source, text,
                reason=reason)


def road(x: float, y: float, within_m: float) -> tuple[tuple[str, float], ...]:
    """An east-west road through the junction (metres along it from 3 km west)."""
    return (("zhongping", x - X0 + 3000.0),) if abs(y - Y0) <= within_m else ()


def run(items: list[Item]) -> Correlator:
    c = Correlator(roads_at=road)
    for it in items:
        c.feed(it, it.t + 10.0)
    c.tick(T0 + 14_400.0)
    return c


DARK = ev("sig", "traffic", "signal", "fault", 0.0, 0.0, 0.0, "經貿路/中平路 號誌 黑燈", "SIG-11")
DEVICES = [
    ev("cam", "police", "status", "offline", 8.0, 5.0, 20.0, "路口監視器 離線（市電中斷）", "CCTV-11", LOST),
    ev("vd", "traffic", "status", "offline", 470.0, 130.0, 50.0, "車輛偵測器 離線（市電中斷）", "VD-2", LOST),
    ev("fa_north", "disaster", "fire_alarm", "fault", -140.0, 875.0, 55.0,
       "集合住宅 火警受信總機 主電源中斷，切換備用電池", "FA-12"),
    ev("fa_campus", "disaster", "fire_alarm", "fault", -120.0, -10.0, 85.0,
       "校區 火警受信總機 主電源中斷，切換備用電池", "FA-10"),
]
CALLS = [
    ev("c1", "citizen", "1999", "power_outage", 25.0, 965.0, 100.0, "生態住宅B區整棟停電了"),
    ev("c2", "citizen", "1999", "power_outage", -190.0, 210.0, 210.0, "敦化路這邊突然全部停電"),
    ev("c3", "citizen", "1999", "power_outage", -10.0, 775.0, 340.0, "中平路這一帶都沒電，台電什麼時候來"),
    ev("c4", "citizen", "1999", "power_outage", 170.0, 0.0, 480.0, "我們家冰箱都停了，整區停電嗎"),
]


def test_the_residents_calls_are_the_cut_its_signals_opened() -> None:
    c = run([DARK, *DEVICES, *CALLS])
    cut = c.where("sig")
    assert cut is not None
    assert {c.where(it.key) for it in (*DEVICES, *CALLS)} == {cut}
    assert [i for i in c.incident_ids() if c.snapshot(i).merged_into is None] == [cut]


def test_a_dark_junction_alone_is_no_power_cut_for_calls_900_m_away() -> None:
    calls = [
        ev("c1", "citizen", "1999", "power_outage", 25.0, 965.0, 100.0, "生態住宅B區整棟停電了"),
        ev("c3", "citizen", "1999", "power_outage", -10.0, 875.0, 160.0, "中平路這一帶都沒電，台電什麼時候來"),
    ]
    c = run([DARK, *calls])
    junction, cut = c.where("sig"), c.where("c1")
    assert junction is not None
    assert cut is not None
    assert cut != junction
    assert c.where("c3") == cut
    assert c.snapshot(cut).type is IncidentType.INFRASTRUCTURE


def test_the_residents_calls_make_the_dark_junction_s_queue_no_newer() -> None:
    # a crash at the dark junction 28 min in; 3 min later a detector 900 m down the road
    # slows: the crash's queue, though the residents' calls kept the power cut's job fresh
    crash = [
        ev("crash", "police", "incident", "accident", 5.0, 0.0, 1_740.0, "經貿路中平路口號誌熄滅，兩車擦撞無人受傷"),
        ev("crash_call", "citizen", "1999", "traffic_accident", 0.0, 10.0, 1_780.0,
           "中平路經貿路口撞車了，因為紅綠燈沒亮"),
    ]
    late_calls = [
        ev("c5", "citizen", "1999", "power_outage", -210.0, 590.0, 1_360.0, "中國醫大宿舍停電，學生在走廊"),
        ev("c6", "citizen", "1999", "power_outage", 110.0, -220.0, 1_830.0, "這一整片都黑漆漆的"),
    ]
    slow = Item("vd1", ItemKind.ALERT, "traffic", "rule", "congestion", CapSeverity.MODERATE, X0 - 900.0, Y0,
                T0 + 1_950.0, "VD-1", "中平路車輛偵測器1 平均車速降至 17 km/h，車流壅塞")
    c = run([DARK, *DEVICES, *CALLS, *late_calls, *crash, slow])
    assert c.where("crash") is not None
    assert c.where("crash") != c.where("sig")
    assert c.where("vd1") == c.where("crash")
