"""A car parked in the fire engines' way is the fire job's to clear.

Described situation: a restaurant kitchen burns in a narrow lane (its fire panel, then
119 sends two engines). Five minutes later a neighbour calls 1999: both sides of the
lane are parked up and the engines cannot get in. The coordinator has the police tow
the cars as part of the fire job. Another caller, 80 m off, complains about a car on
the red line (nothing about the engines), and the car park next door reports itself
full: neither is the fire's.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind

X0, Y0, T0 = 216_000.0, 2_675_000.0, 1_779_500_000.0
U = CapSeverity.UNKNOWN


def event(key: str, feed: str, category: str, dx: float, dt: float, text: str = "", source: str = "") -> Item:
    agency = {"fire_alarm": "disaster", "119": "fire", "1999": "citizen", "parking": "traffic"}[feed]
    return Item(key, ItemKind.EVENT, agency, feed, category, U, X0 + dx, Y0, T0 + dt, source, text)


def run(*extra: Item) -> Correlator:
    c = Correlator()
    items = [
        event("panel", "fire_alarm", "alarm", 0.0, 0.0, "1F 廚房 偵煙器動作", "FA-9"),
        event("119", "119", "fire", 10.0, 120.0, "餐廳廚房火警 派遣水箱車2輛"),
        *extra,
    ]
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 20.0)
    return c


def test_a_call_that_the_engines_cannot_get_in_joins_the_fire() -> None:
    c = run(event("lane", "1999", "illegal_parking", 60.0, 300.0, "巷口兩邊都是違停，消防車開不進去"))
    assert c.where("lane") == c.where("panel") is not None


def test_parking_near_a_fire_that_keeps_no_engine_out_is_not_the_fire() -> None:
    c = run(
        event("red", "1999", "illegal_parking", 80.0, 300.0, "紅線上有車違停"),
        event("full", "parking", "full", 70.0, 320.0, source="PK-3"),
    )
    assert c.where("panel") is not None
    assert c.where("red") is None
    assert c.where("full") is None
