"""People stuck in a lift when the power is cut are a rescue job of their own.

Described situation: at 23:00 a feeder trips and the east of the zone goes dark. Two fire
panels switch to their batteries, a detector and a camera fall silent on mains power lost,
and residents call 1999 about the dark. At 23:08 119 reports a mother and her son stuck in
block A's lift ("電梯停電困 2 人"): its words name the power cut, yet the rescue crew and
the lift technician go to it, not the power company. A caller says her husband is stuck in
the lift of the operations tower ("電梯停電卡住，我同事在裡面"), and another only that the
lift of her block stopped with the power ("電梯也停了"): she is one of the outage's
residents, nobody is inside.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind

X0, Y0, T0 = 215_400.0, 2_676_200.0, 1_779_500_000.0
U = CapSeverity.UNKNOWN


def ev(
    key: str, feed: str, category: str, agency: str, dx: float, dy: float, minute: float, text: str, source: str = ""
) -> Item:
    return Item(key, ItemKind.EVENT, agency, feed, category, U, X0 + dx, Y0 + dy, T0 + minute * 60.0, source, text)


OUTAGE = [
    ev("fa1", "fire_alarm", "fault", "disaster", 0.0, 0.0, 0.0, "主電源中斷，改由預備電源供電", "FA-1"),
    ev("fa2", "fire_alarm", "fault", "disaster", 20.0, -270.0, 0.3, "主電源中斷，改由預備電源供電", "FA-2"),
    ev("st1", "status", "offline", "disaster", 100.0, -440.0, 1.0, "離線（mains_power_lost）", "ST-1"),
    ev(
        "c1",
        "1999",
        "other",
        "citizen",
        5.0,
        -250.0,
        6.0,
        "我們這一區整個停電了，台電電話打不進去，請問電什麼時候會來？",
    ),
]


def run(items: list[Item]) -> Correlator:
    c = Correlator()
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 30.0)
    return c


def test_a_lift_stuck_with_people_inside_in_a_power_cut_is_a_rescue_job_of_its_own() -> None:
    c = run(
        [*OUTAGE, ev("lift", "119", "rescue", "fire", 2.0, 17.0, 8.0, "生態住宅 A 區電梯停電困 2 人（母子），無不適。")]
    )
    outage = c.where("fa1")
    assert outage is not None
    assert c.where("lift") is not None
    assert c.where("lift") != outage
    assert c.snapshot(c.where("lift")).type is IncidentType.RESCUE


def test_a_caller_s_colleague_stuck_in_a_lift_joins_the_lift_s_rescue() -> None:
    c = run(
        [
            *OUTAGE,
            ev("lift", "119", "rescue", "fire", 2.0, 17.0, 8.0, "生態住宅 A 區電梯停電困 2 人（母子），無不適。"),
            ev("call", "1999", "other", "citizen", 9.0, -38.0, 9.0, "A區電梯停電卡住，我同事在裡面"),
        ]
    )
    assert c.where("call") == c.where("lift")
    assert c.where("call") != c.where("fa1")


def test_a_resident_whose_lift_stopped_with_the_power_is_the_outage_s() -> None:
    c = run(
        [
            *OUTAGE,
            ev(
                "stopped",
                "1999",
                "other",
                "citizen",
                10.0,
                -200.0,
                9.0,
                "我們整棟都停電了，電梯也停了，請問是颱風造成的嗎",
            ),
        ]
    )
    assert c.where("stopped") == c.where("fa1")
