"""A water gauge that loses its mains during a flood lost its cabinet's power, not the water's.

Described situation (1752's pattern, and 1635, 1736, 1757, 1794): the ponds in the park fill
through the morning; two of the park's flood sensors raise their depth alarms and a walker
reports the path under water: a flood job. At noon the park's sensor cabinet loses its mains:
the two sensors and the underground car park's display on the same gateway go offline within
seconds, each saying `mains_power_lost`. The gauges stand above the water they measure; the
coordinator sends the contractor to the cabinet, an infrastructure job of its own, while the
flood goes on.

A device that is no gauge of the flood and loses its mains alone at the flood's place (the car
park's display when the water reached its switchboard, 1495) is still the flood's.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind, StatusReason

X0, Y0, T0 = 216_500.0, 2_675_400.0, 1_780_000_000.0
MAINS = StatusReason.MAINS_POWER_LOST


def alarm(key: str, source: str, dx: float, minute: float, text: str) -> Item:
    return Item(key, ItemKind.ALERT, "disaster", "rule", "flood_depth", CapSeverity.MODERATE,
                X0 + dx, Y0, T0 + minute * 60.0, source, text)


def offline(key: str, agency: str, source: str, dx: float, minute: float, *, gateway: str = "") -> Item:
    return Item(key, ItemKind.EVENT, agency, "status", "offline", CapSeverity.UNKNOWN, X0 + dx, Y0,
                T0 + minute * 60.0, source, "設備離線", reason=MAINS, gateway=gateway)


FLOOD = [
    alarm("fl1", "FL-1", 0.0, 0.0, "中央公園滯洪池1 淹水深度 21 公分"),
    alarm("fl2", "FL-2", 120.0, 5.0, "中央公園滯洪池2 淹水深度 18 公分"),
    Item("walker", ItemKind.EVENT, "citizen", "1999", "flooding", CapSeverity.UNKNOWN, X0 + 60.0, Y0 + 20.0,
         T0 + 8 * 60.0, "", "公園步道都淹水了，水到腳踝"),
]


def run(items: list[Item]) -> Correlator:
    c = Correlator()
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 5.0)
    c.tick(T0 + 6 * 3600.0)
    return c


def test_the_flood_s_gauges_and_the_car_park_losing_their_cabinet_s_mains_are_the_cabinet_s_job() -> None:
    cabinet = [
        offline("fl1-off", "disaster", "FL-1", 0.0, 30.0, gateway="GW-1"),
        offline("fl2-off", "disaster", "FL-2", 120.0, 30.02, gateway="GW-1"),
        offline("pk-off", "traffic", "PK-1", 150.0, 30.1, gateway="GW-1"),
    ]
    c = run([*FLOOD, *cabinet])
    flood = c.where("fl1")
    assert flood is not None
    assert c.snapshot(flood).type is IncidentType.FLOOD
    assert c.where("fl2") == c.where("walker") == flood
    job = c.where("fl1-off")
    assert job is not None
    assert job != flood
    assert c.snapshot(job).type is IncidentType.INFRASTRUCTURE
    assert c.where("fl2-off") == c.where("pk-off") == job


def test_a_device_no_gauge_of_the_flood_losing_its_mains_alone_there_is_the_flood_s() -> None:
    c = run([*FLOOD, offline("pk-off", "traffic", "PK-1", 80.0, 30.0)])
    assert c.where("pk-off") == c.where("fl1") is not None
