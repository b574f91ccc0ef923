"""A report that says what it is not: an ambulance in a burning block that is no fire's.

Described situation: an evening in eco block A. 119 sends two engines to a kitchen fire on
the 5th floor and reports it burning. Twenty minutes later 119 sends an ambulance to the same
block, 12th floor, for an old woman who fell at home and cut her head, and its dispatcher
writes that it has nothing to do with the fire (非火警相關). The coordinator keeps two jobs:
the fire crews' and the ambulance's. A 119 report at the same block that does not deny it
(a resident breathed smoke) is the fire's casualty.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind

X0, Y0, T0 = 215_340.0, 2_675_440.0, 1_780_000_000.0


def report(key: str, category: str, text: str, dt: float, dx: float = 0.0) -> Item:
    return Item(key, ItemKind.EVENT, "fire", "119", category, CapSeverity.SEVERE, X0 + dx, Y0, T0 + dt, "", text)


def fed(*items: Item) -> Correlator:
    c = Correlator()
    for item in items:
        c.feed(item, item.t + 5.0)
    return c


FIRE = report("f1", "fire", "北屯區經貿路三段 水湳生態住宅A區 5F住宅火警 出動水箱車2、雲梯車1", 0.0)


def test_an_ambulance_that_says_it_is_no_fire_s_is_a_job_of_its_own() -> None:
    text = "經貿路三段 水湳生態住宅A區 12F 老婦在家跌倒 頭部撕裂傷（非火警相關）"
    fall = report("a1", "ambulance", text, 1200.0, 10.0)
    c = fed(FIRE, fall)
    assert c.where("f1") is not None
    assert c.where("a1") is not None
    assert c.where("a1") != c.where("f1")


def test_an_ambulance_for_the_fire_s_smoke_is_the_fire_s() -> None:
    smoke = report("a2", "ambulance", "經貿路三段 水湳生態住宅A區 6F 住戶吸入濃煙 送醫", 600.0, 10.0)
    c = fed(FIRE, smoke)
    assert c.where("a2") == c.where("f1") is not None
