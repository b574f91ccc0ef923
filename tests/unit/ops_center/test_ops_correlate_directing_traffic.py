"""A caller in a queue asking for someone to direct the traffic reports the queue, not a signal.

Coordinators' example: at 17:40 a lorry sheds its load of steel pipes on 中清路; the police
close the outer lanes while the pipes are lifted. Twenty minutes on, a bus passenger 300 m
back in the queue calls 1999 (filed under 其他): "中清路這邊公車都卡住了，可不可以派人指揮
交通". Nothing says a signal is out: the coordinator puts the call with the load's job. A
caller who says the junction's lights are out and asks for an officer reports a dark signal.
"""

from __future__ import annotations

from common.vocabulary import Signal, categorize
from ops_center.correlate import incident_id_for
from ops_center.incidents import CapSeverity, Item, ItemKind
from tests.unit.ops_center.scene import Scene, replay

S = Scene(215_100.0, 2_676_400.0, 1_784_200_000.0)


def load_shed() -> list[Item]:
    return [
        S.item("p1", "incident", "fallen_object", "police", 0, 0, 0, "中清路大貨車鋼管掉落，佔外側兩車道，吊車處理中"),
        S.item("p2", "incident", "road_closure", "police", 10, 5, 6, "中清路外側兩車道封閉，車輛改行內側車道"),
    ]


def call(key: str, dx: float, dy: float, minute: float, text: str) -> Item:
    return Item(key, ItemKind.EVENT, "citizen", "1999", "other", CapSeverity.UNKNOWN, S.x0 + dx, S.y0 + dy,
                S.t0 + minute * 60.0, "", text)


def test_a_passenger_asking_for_someone_to_direct_the_traffic_is_the_queue_of_the_load() -> None:
    asking = call("c", 0, -300, 20, "中清路這邊公車都卡住了，可不可以派人指揮交通")
    c = replay([*load_shed(), asking])
    assert c.where("c") == c.where("p1") == incident_id_for("p1")


def test_a_driver_saying_nobody_directs_the_traffic_reads_no_signal_fault() -> None:
    said = categorize("1999", "other", "黎明路往北排到看不到頭，怎麼都沒有人在指揮交通")
    assert said.signal is not Signal.SIGNAL_FAULT


def test_a_caller_saying_the_lights_are_out_still_reads_a_signal_fault() -> None:
    said = categorize("1999", "other", "中清路口紅綠燈都沒亮，車子亂鑽，快派人來指揮")
    assert said.signal is Signal.SIGNAL_FAULT
