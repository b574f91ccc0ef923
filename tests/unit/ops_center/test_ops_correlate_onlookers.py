"""Onlookers: the crowd and the parked cars that come to watch a job are that job's.

Described situation: a weekday afternoon at the 逢甲 campus on 中科路. 119 sends engines to a
lab fire and reports it burning. Ten minutes later a caller 40 m away says a row of cars is
double-parked on both sides of 中科路 by the side gate to watch (看熱鬧) and the bus cannot
pass; a camera on the junction 250 m away sees people gathered watching (圍觀民眾聚集). The
coordinator asks the fire's police to clear them: they are the fire's. The same complaint
of double parking with no word of watching is an ordinary parking call, and onlookers
700 m away watch something else. Callers who say so in plain words are onlookers too: the
drivers who stopped by the road to watch the fire, parked in front of a hydrant
(路邊一堆人把車子停下來看火災, 1413), and the people crowding the road's edge to watch it
(很多人圍在經貿路邊看火災, 893): every author of a fire's calls puts them in the fire (295,
296, 893, 973, 1413).

Onlookers are the job they watch even where an event nobody reports working yet could take
them by its place (614):
an evening concert runs on the park's lawn 300 m from the block that burns, and the police
report the onlookers crowding the park's edge by the fire, taped off to clear the engines'
lane (中央公園側圍觀民眾眾多 拉設封鎖線 淨空消防車道): the fire's police clear them, not the
concert's.
"""

from __future__ import annotations

from dataclasses import replace

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind

X0, Y0, T0 = 214_420.0, 2_674_700.0, 1_780_000_000.0


def fire() -> Item:
    text = "西屯區中科路 逢甲大學水湳校區 實驗大樓3F火警 出動水箱車2、雲梯車1"
    return Item("f1", ItemKind.EVENT, "fire", "119", "fire", CapSeverity.SEVERE, X0, Y0, T0, "", text)


def parking(key: str, text: str, dx: float) -> Item:
    x, t = X0 + dx, T0 + 600.0
    return Item(key, ItemKind.EVENT, "citizen", "1999", "illegal_parking", CapSeverity.UNKNOWN, x, Y0, t, "", text)


def camera(key: str, text: str, dy: float) -> Item:
    y, t = Y0 + dy, T0 + 660.0
    return Item(key, ItemKind.EVENT, "police", "cctv", "crowding", CapSeverity.UNKNOWN, X0, y, t, "CAM-1", text)


def fed(*items: Item) -> Correlator:
    c = Correlator()
    for item in items:
        c.feed(item, item.t + 5.0)
    c.tick(T0 + 7200.0)
    return c


def test_cars_double_parked_to_watch_the_fire_are_the_fire_s() -> None:
    c = fed(fire(), parking("p1", "中科路逢甲側門兩邊一排車並排停在那邊看熱鬧，公車都過不去", 40.0))
    assert c.where("p1") == c.where("f1") is not None


def test_people_gathered_watching_down_the_road_are_the_fire_s() -> None:
    c = fed(fire(), camera("v1", "人群滯留(standing)：圍觀民眾聚集", 250.0))
    assert c.where("v1") == c.where("f1") is not None


def test_drivers_stopped_by_the_road_to_watch_the_fire_are_the_fire_s() -> None:
    c = fed(fire(), parking("p4", "中科路路邊一堆人把車子停下來看火災，還停在消防栓前面", 100.0))
    assert c.where("p4") == c.where("f1") is not None


def test_people_crowding_the_road_s_edge_to_watch_the_fire_are_the_fire_s() -> None:
    text = "很多人圍在中科路邊看火災，拿手機拍，擋到消防車"
    y, t = Y0 + 130.0, T0 + 600.0
    call = Item("c2", ItemKind.EVENT, "citizen", "1999", "crowding", CapSeverity.UNKNOWN, X0, y, t, "", text)
    c = fed(fire(), call)
    assert c.where("c2") == c.where("f1") is not None


def test_onlookers_the_police_clear_from_the_fire_s_lane_beside_a_concert_are_the_fire_s() -> None:
    text = "中央公園 週五夜間草地音樂會 19:00-21:00 預估 800 人"
    permit = Item("concert", ItemKind.EVENT, "police", "planned_event", "concert", CapSeverity.UNKNOWN,
                  X0 - 170.0, Y0 + 250.0, T0 - 1800.0, "", text)
    permit = replace(permit, ends_t=T0 + 5400.0)
    said = "中央公園側圍觀民眾眾多 拉設封鎖線 淨空消防車道"
    police = Item("cc", ItemKind.EVENT, "police", "incident", "crowd_control", CapSeverity.UNKNOWN,
                  X0 + 10.0, Y0 + 30.0, T0 + 1200.0, "", said)
    c = fed(permit, fire(), police)
    assert c.where("cc") == c.where("f1") is not None
    assert c.where("cc") != c.where("concert")


def test_double_parking_without_a_word_of_watching_is_no_job_s() -> None:
    c = fed(fire(), parking("p2", "中科路兩邊一排車並排停車，公車都過不去", 40.0))
    assert c.where("p2") is None


def test_onlookers_far_from_the_fire_watch_something_else() -> None:
    c = fed(fire(), parking("p3", "河南路兩邊一排車並排停在那邊看熱鬧，公車都過不去", 700.0))
    assert c.where("p3") != c.where("f1")
