"""A caller between two crashes at neighbouring junctions is about the junction they name.

Coordinators' example: evening rush on 環中路. At 18:02 a scooter and a car collide at the
黎明路 junction (the camera there sees it, an ambulance is sent, the patrol reports it).
At 18:07 two cars scrape each other at the 中清路 junction, 180 m on (its camera sees
it, a patrol reports it). A driver stuck between the two, nearer the 黎明路 junction,
calls 1999: "環中路跟中清路口兩台車擦撞，卡在內側車道". The junction he names is the
second crash's, whatever his phone says, and the same the other way round. A caller who
names no junction, or a junction where neither crash is, stays where his phone puts him.
"""

from __future__ import annotations

from ops_center.correlate import Correlator, incident_id_for
from ops_center.incidents import CapSeverity, Item, ItemKind
from tests.unit.ops_center.scene import at, gazetteer

T0 = 1_787_100_000.0


LIMING = at("環中路黎明路口")
ZHONGQING = at("環中路中清路口")


def item(key: str, feed: str, category: str, agency: str, xy: tuple[float, float], minute: float, text: str) -> Item:
    sev = CapSeverity.UNKNOWN if feed in {"119", "1999", "cctv"} else CapSeverity.MODERATE
    return Item(key, ItemKind.EVENT, agency, feed, category, sev, xy[0], xy[1], T0 + minute * 60.0, "", text)


def between(share: float) -> tuple[float, float]:
    """A point ``share`` of the way from the 黎明路 junction to the 中清路 one."""
    return (LIMING[0] + share * (ZHONGQING[0] - LIMING[0]), LIMING[1] + share * (ZHONGQING[1] - LIMING[1]))


def two_crashes() -> list[Item]:
    return [
        item("a1", "cctv", "accident", "police", LIMING, 0, "環中路/黎明路 路口監視器：偵測到路口事故"),
        item("a2", "119", "ambulance", "fire", LIMING, 1, "環中路黎明路口 車禍 機車騎士倒地 派遣救護車"),
        item("a3", "incident", "injury_accident", "police", LIMING, 3, "環中路黎明路口 機車與自小客碰撞 騎士受傷"),
        # a passer-by at the first crash who stood a little up the road
        item("a4", "1999", "traffic_accident", "citizen", between(0.35), 4, "環中路這邊有機車被撞倒，有人躺在地上"),
        item("b1", "cctv", "accident", "police", ZHONGQING, 5, "環中路/中清路 路口監視器：偵測到事故"),
        item("b2", "incident", "traffic_accident", "police", ZHONGQING, 8, "環中路中清路口 兩部自小客擦撞 無人受傷"),
    ]


def run(items: list[Item]) -> Correlator:
    c = Correlator(places=gazetteer().points_named)
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 30.0)
    return c


def test_a_caller_nearer_the_first_crash_naming_the_second_junction_is_the_second_crash() -> None:
    call = item("c", "1999", "traffic_accident", "citizen", between(0.4), 9, "環中路跟中清路口兩台車擦撞，卡在內側車道")
    c = run([*two_crashes(), call])
    first, second = c.where("a1"), c.where("b1")
    assert first == incident_id_for("a1")
    assert second == incident_id_for("b1") != first
    assert c.where("c") == second


def test_a_caller_naming_no_junction_stays_where_his_phone_is() -> None:
    call = item("c", "1999", "traffic_accident", "citizen", between(0.2), 9, "前面有車禍，車子都停住了")
    c = run([*two_crashes(), call])
    assert c.where("c") == c.where("a1") == incident_id_for("a1")


def test_a_caller_nearer_the_second_crash_naming_the_first_junction_is_the_first_crash() -> None:
    call = item("c", "1999", "traffic_accident", "citizen", between(0.6), 9, "環中路黎明路口有人被撞，救護車來了")
    c = run([*two_crashes(), call])
    assert c.where("c") == c.where("a1") == incident_id_for("a1")


def test_a_caller_naming_a_junction_where_no_crash_is_stays_where_his_phone_is() -> None:
    call = item("c", "1999", "traffic_accident", "citizen", between(0.8), 9, "環中路經貿路口那邊好像也有車禍，塞很長")
    c = run([*two_crashes(), call])
    assert c.where("c") == c.where("b1") == incident_id_for("b1")
