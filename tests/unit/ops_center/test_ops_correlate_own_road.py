"""A detector's slow-down is the queue of what blocks its own road.

Described situation: an east-west avenue and a north-south cross road meet 400 m east of
the avenue's crash. A detector on the cross road, 250 m north of the avenue, reports slow
traffic. A coordinator asks what blocks the cross road: a tree down across it 400 m
further north, a car burning on it 20 m from the detector, or, with nothing else on it,
a tree 700 m up it. The crash on the avenue, nearer to the detector than the tree and
a weightier traffic job than a fire, does not block the cross road: its queue is on the
avenue. With nothing on the cross road, the slow-down is read against the jobs beside it
as before.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind

X0, Y0, T0 = 214_000.0, 2_676_000.0, 1_779_471_600.0
CROSS_X = X0 + 400.0
U = CapSeverity.UNKNOWN


def roads(x: float, y: float, within_m: float) -> tuple[tuple[str, float], ...]:
    """The avenue (metres along it from 3 km west) and the cross road (from 3 km south)."""
    on = []
    if abs(y - Y0) <= within_m:
        on.append(("avenue", x - X0 + 3000.0))
    if abs(x - CROSS_X) <= within_m:
        on.append(("cross", y - Y0 + 3000.0))
    return tuple(on)


def crash() -> Item:
    """On the avenue, 220 m from the detector, 200 m west of the cross road."""
    return Item("crash", ItemKind.EVENT, "police", "incident", "injury_accident", CapSeverity.SEVERE,
                X0 + 200.0, Y0 + 100.0, T0, "", "機車與自小客擦撞，騎士輕傷")


def tree(north: float) -> Item:
    """Across the cross road, ``north`` metres north of the avenue."""
    return Item("tree", ItemKind.EVENT, "police", "incident", "fallen_object", CapSeverity.MINOR,
                CROSS_X, Y0 + north, T0 + 60.0, "", "路樹倒塌橫跨兩車道，已擺設警示")


def slowdown() -> Item:
    return Item("slow", ItemKind.ALERT, "traffic", "alert", "congestion", CapSeverity.MODERATE,
                CROSS_X + 10.0, Y0 + 250.0, T0 + 600.0, "vd-cross")


def feed(c: Correlator, items: list[Item]) -> None:
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 30.0)


def test_the_slow_down_is_the_queue_of_the_tree_on_its_road_not_the_nearer_crash_beside_it() -> None:
    c = Correlator(roads_at=roads)
    feed(c, [crash(), tree(650.0), slowdown()])
    assert c.where("tree") is not None
    assert c.where("crash") != c.where("tree")
    assert c.where("slow") == c.where("tree")


def test_a_car_burning_on_its_road_explains_the_slow_down_before_a_crash_on_another() -> None:
    c = Correlator(roads_at=roads)
    fire = Item("fire", ItemKind.EVENT, "fire", "119", "fire", U, CROSS_X, Y0 + 270.0, T0 + 60.0, "",
                "自小客車起火燃燒")
    feed(c, [crash(), fire, slowdown()])
    assert c.where("fire") is not None
    assert c.where("slow") == c.where("fire")


def test_a_blockage_up_its_road_beyond_reach_of_its_place_explains_it_before_the_crash_beside_it() -> None:
    c = Correlator(roads_at=roads)
    feed(c, [crash(), tree(950.0), slowdown()])
    assert c.where("slow") == c.where("tree")


def test_with_nothing_on_its_road_the_slow_down_is_read_against_the_jobs_beside_it() -> None:
    c = Correlator(roads_at=roads)
    feed(c, [crash(), slowdown()])
    assert c.where("slow") == c.where("crash")
