"""A car park closed for a fire or for water at it is that hazard's, no audience's.

Described situation: a Sunday charity run in the park; the police control the runners' crowd on
the road beside it. Mid-morning a car burns on the north car park's lower level, 119 sends an
engine, and the car park posts its closure: "中央公園地下停車場(北) 火警 暫停開放". On a storm
evening a concert's crowd is in the park and the same car park's ramp takes water:
"入口暫停開放（坡道積水）". The coordinator files each closure with the fire or the water that
closed it; the crowd's police have nothing to do with a gate shut for the fire crews or a
flooded ramp. The car park filling with the runners' cars ("車位已滿") is the event's audience.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind

X0, Y0, T0 = 215_200.0, 2_676_100.0, 1_792_800_000.0  # the runners' road; T0 = 07:00
CARPARK = (90.0, 80.0)  # the north car park's gate, 120 m from the police at the road


def item(key: str, feed: str, category: str, agency: str, dx: float, dy: float, minute: float, text: str) -> Item:
    return Item(
        key, ItemKind.EVENT, agency, feed, category, CapSeverity.UNKNOWN, X0 + dx, Y0 + dy, T0 + minute * 60.0, "", text
    )


def run(items: list[Item]) -> Correlator:
    c = Correlator()
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 30.0)
    return c


CROWD = [
    item("police", "incident", "crowd_control", "police", 0.0, 0.0, 0.0, "路跑活動 經貿路三段人潮管制 派員疏導"),
    item("crowding", "1999", "crowding", "citizen", 30.0, 20.0, 5.0, "公園門口人很多很擠"),
]


def test_a_car_park_closed_for_a_fire_is_the_fire_s_not_the_crowd_s() -> None:
    c = run(
        [
            *CROWD,
            item("engine", "119", "fire", "fire", 95.0, 90.0, 10.0, "中央公園地下停車場 車輛火警 出動1車"),
            item("closed", "parking", "closed", "traffic", *CARPARK, 11.0, "中央公園地下停車場(北) 火警 暫停開放"),
        ]
    )
    crowd = c.where("police")
    assert crowd is not None
    assert c.where("closed") != crowd
    assert c.where("closed") == c.where("engine") is not None


def test_a_car_park_closed_for_water_is_no_crowd_s() -> None:
    c = run([*CROWD, item("ramp", "parking", "closed", "traffic", *CARPARK, 10.0, "入口暫停開放（坡道積水）")])
    assert c.where("police") is not None
    assert c.where("ramp") != c.where("police")


def test_a_car_park_full_of_the_audience_s_cars_is_the_crowd_s() -> None:
    c = run([*CROWD, item("full", "parking", "full", "traffic", *CARPARK, 10.0, "中央公園地下停車場(北) 小型車位已滿")])
    assert c.where("full") == c.where("police") is not None
