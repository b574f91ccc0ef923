"""A car that hits the fallen tree is the tree's job.

Described situation: at 05:10, after a night of gusts, a roadside tree falls across two
lanes of an arterial (a caller, then a patrol that puts out cones and asks the parks
office to come). At 05:35, before the saw crew arrives, a car hits the trunk in the dark
30 m from the patrol's cones: the police report the crash ("自小客車撞上倒塌路樹，駕駛
輕傷") and a caller says a car ran into the fallen tree. The coordinator keeps one job: the
tree across the road caused the crash, and clearing the tree and towing the car is one
clearance.

Background: a rear-end crash 60 m from the tree half an hour later that names no tree is
a crash of its own, as a crash at a junction whose signal has been dark for a quarter of
an hour is.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind
from ops_center.policies import LEAD_S

X0, Y0, T0 = 214_300.0, 2_675_400.0, 1_789_700_000.0  # T0: 05:10
U = CapSeverity.UNKNOWN


def item(key: str, agency: str, feed: str, category: str, dx: float, dt: float, text: str) -> Item:
    return Item(key, ItemKind.EVENT, agency, feed, category, U, X0 + dx, Y0, T0 + dt, "", text)


TREE = [
    item("call", "citizen", "1999", "fallen_tree", 0.0, 0.0, "路樹倒下來橫在馬路上，兩個車道都擋住了"),
    item("patrol", "police", "incident", "fallen_object", 10.0, 600.0, "路樹倒塌佔用內側兩車道，已擺設警示錐"),
]


def _feed(c: Correlator, items: list[Item]) -> None:
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 60.0)


def test_a_car_that_hits_the_fallen_tree_joins_the_trees_job() -> None:
    assert LEAD_S < 1500.0
    crash = item("crash", "police", "incident", "accident", 30.0, 1500.0, "自小客車撞上倒塌路樹，駕駛輕傷")
    caller = item("seen", "citizen", "1999", "traffic_accident", 40.0, 1560.0, "有一台車撞到倒下來的樹，車頭凹了")
    c = Correlator()
    _feed(c, [*TREE, crash, caller])
    job = c.where("call")
    assert job is not None
    assert c.snapshot(job).type is IncidentType.TRAFFIC
    assert c.where("patrol") == job
    assert c.where("crash") == job
    assert c.where("seen") == job


def test_a_crash_beside_the_tree_that_names_no_tree_is_its_own_job() -> None:
    other = item("rear", "police", "incident", "accident", 60.0, 1800.0, "兩部自小客車追撞，無人受傷")
    c = Correlator()
    _feed(c, [*TREE, other])
    job = c.where("call")
    assert job is not None
    assert c.where("rear") is not None
    assert c.where("rear") != job
