"""A report of water naming an underpass, from afar, is the flooded underpass's job.

Described situation: after a night of rain the underpass at 中清路/環中路 is still under
water (its depth sensor alarms, the police close it and say so naming 中清路). Through the
morning citizens call 1999 under 淹水 from home or from the road: a commuter 1.8 km away who
heard on the news that "中清路地下道淹水了" asks whether it will be open tomorrow; a driver
700 m off asks "地下道水退了沒？" naming no road. The reader takes both for reports of water,
and no flood job reaches their phones, so each would open a flood where the caller stands.
The coordinator puts them with the underpass's flood: the call tells of the underpass, not
of the caller's street. Calls that stay out of it: a report of water in a lane that names no
underpass (a flood of its own at the caller), and an underpass named 2 km from the flooded
one with no road the flood's reports name (the zone has another underpass).
"""

from __future__ import annotations

from ops_center.incidents import CapSeverity, Item, ItemKind
from tests.unit.ops_center.test_ops_correlate_unread import T0, X0, Y0, item, run

UNDERPASS = [
    Item(
        "depth", ItemKind.ALERT, "disaster", "alert", "flood_depth", CapSeverity.SEVERE, X0, Y0, T0, "FD-U",
        site="underpass",
    ),
    item("closed", "incident", "road_closure", "police", 30.0, 10.0, 4.0, "中清路環中路口地下道積水 雙向封閉"),
]


def water(key: str, dx: float, dy: float, minute: float, text: str) -> Item:
    return item(key, "1999", "flooding", "citizen", dx, dy, minute, text)


def test_a_commuter_asking_from_afar_about_the_underpass_the_flood_names_is_its_flood_s() -> None:
    c = run([*UNDERPASS, water("news", 1800.0, -300.0, 40.0, "新聞說中清路地下道淹水了，明天早上會不會通？")])
    flood = c.where("depth")
    assert flood is not None
    assert c.where("news") == flood


def test_a_driver_asking_about_the_underpass_naming_no_road_is_the_nearer_flooded_one_s() -> None:
    c = run([*UNDERPASS, water("ebb", -600.0, 350.0, 50.0, "地下道水退了沒？我要回家")])
    assert c.where("ebb") == c.where("depth")


def test_water_in_a_lane_naming_no_underpass_opens_its_own_flood() -> None:
    c = run([*UNDERPASS, water("lane", -600.0, 350.0, 50.0, "我家巷子淹水了，水到小腿")])
    assert c.where("lane") is not None
    assert c.where("lane") != c.where("depth")


def test_an_underpass_far_from_the_flooded_one_naming_another_road_is_not_its_flood_s() -> None:
    c = run([*UNDERPASS, water("other", 2000.0, 0.0, 50.0, "經貿路地下道淹水了，車子都不敢過")])
    assert c.where("other") != c.where("depth")
