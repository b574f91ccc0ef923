"""A detention pond that overflows puts its water on the paths and streets around it.

Described situation: on a plum-rain afternoon the park's north detention pond fills; its
level gauge and its depth sensor alarm (the pond doing its job: a watch). Half an hour
later a walker calls: the path north of the park is under water, spilling over from the
pond. The water runs on into the underground car park beside the pond; callers, a police
patrol and 119 report water pouring down its ramp and people to get out. The pond keeps
rising. A coordinator runs one job: the pond overflowing and the water it sends into the
car park, not a pond watch beside a car-park flood.

On a typhoon night the same pond rises to its first warning level and a caller says the
water is spilling from it onto the path beside it: the pond's job, no flood of its own
waiting for a second caller.

A street flood 400 m from the pond, whose callers do not speak of the pond, stays apart
from the pond's watch (``test_ops_correlate.py`` holds the watch kept from a street flood).
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind

X0, Y0, T0 = 214_400.0, 2_675_300.0, 1_779_471_600.0
U = CapSeverity.UNKNOWN
AGENCY = {"1999": "citizen", "119": "fire", "incident": "police", "rule": "disaster"}
POND = "detention_pond"


def item(key: str, feed: str, category: str, dx: float, dy: float, dt: float, text: str = "", src: str = "") -> Item:
    kind = ItemKind.ALERT if feed == "rule" else ItemKind.EVENT
    sev = CapSeverity.MODERATE if feed in {"rule", "incident"} else U
    site = POND if src.startswith("POND") else ""
    return Item(key, kind, AGENCY[feed], feed, category, sev, X0 + dx, Y0 + dy, T0 + dt, src, text=text, site=site)


def _feed(c: Correlator, items: list[Item]) -> None:
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 60.0)


def test_a_pond_overflowing_into_the_car_park_beside_it_is_one_job() -> None:
    c = Correlator()
    _feed(
        c,
        [
            item("wl1", "rule", "water_level", 0, 0, 0, "北滯洪池水位 2.06 m 達三級警戒", "POND-WL-1"),
            item("fl1", "rule", "flood_depth", -60, 40, 900, "滯洪池1 淹水深度 28 cm", "POND-FL-1"),
            item("walk", "1999", "flooding", -100, 90, 1920, "公園北邊步道都淹水了，水從滯洪池那邊漫過來"),
            item("wl2", "rule", "water_level", 0, 0, 2100, "北滯洪池水位 2.55 m 達二級警戒", "POND-WL-1"),
            item("ramp", "1999", "flooding", 10, 100, 3600, "停車場入口水一直往裡面灌，裡面還有車"),
            item("patrol", "incident", "flooding_report", 40, 56, 3960, "地下停車場B1車道入口積水約20公分，水持續流入"),
            item("engine", "119", "rescue", 40, 0, 4800, "地下停車場進水，B2 尚有民眾，請求協助疏散"),
            item("wl3", "rule", "water_level", 0, 0, 4800, "北滯洪池水位 3.04 m 達一級警戒", "POND-WL-1"),
        ],
    )
    job = c.where("wl1")
    assert job is not None
    assert {c.where(k) for k in ("fl1", "walk", "wl2", "ramp", "patrol", "engine", "wl3")} == {job}


def test_a_call_that_the_pond_spills_onto_the_path_joins_the_ponds_job() -> None:
    c = Correlator()
    _feed(
        c,
        [
            item("wl1", "rule", "water_level", 0, 0, 0, "北滯洪池水位 2.54 m 達二級警戒", "POND-WL-1"),
            item("fl1", "rule", "flood_depth", -60, 40, 600, "滯洪池1 水深 48 cm", "POND-FL-1"),
            item("wl2", "rule", "water_level", 0, 0, 2400, "北滯洪池水位 3.04 m 達一級警戒", "POND-WL-1"),
            item("walk", "1999", "flooding", -50, 110, 2760, "北邊步道旁的滯洪池水快滿出來了，水流到步道上"),
        ],
    )
    assert c.where("walk") == c.where("wl1") is not None


def test_a_street_flood_whose_callers_do_not_speak_of_the_pond_stays_apart_from_it() -> None:
    c = Correlator()
    _feed(
        c,
        [
            item("wl1", "rule", "water_level", 0, 0, 0, "北滯洪池水位 2.54 m 達二級警戒", "POND-WL-1"),
            item("low", "rule", "flood_depth", 400, 0, 300, "低窪處 淹水深度 22 cm", "FL-8"),
            item("c1", "1999", "flooding", 380, 40, 600, "路口積水大概到小腿，機車騎不過去"),
            item("c2", "1999", "flooding", 420, -30, 900, "這邊淹水了，水一直漫過來"),
        ],
    )
    assert c.where("wl1") is not None
    assert {c.where(k) for k in ("c1", "c2")} == {c.where("low")} != {c.where("wl1")}
