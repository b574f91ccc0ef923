"""Cars a camera sees stopped behind a blockage are its queue.

Described situation: at 17:40 a truck overturns across two lanes of an east-west
arterial (a police crash report at the scene). Five minutes later the camera at the
junction 450 m west, on the same arterial, reports stalled vehicles: the cars stuck
behind the truck. On another evening a bus burns on the arterial (a police fire report
at the scene) and the camera 400 m east sees the cars stopped behind the engines. The
coordinator reads each camera's detection as the queue of the job on its road: the
crash's, the fire's.

Background: stalled cars seen by a camera on a road that does not pass the crash, or
seen before the truck overturned, are no queue of the crash; a camera between two
crashes on the arterial sees a queue that either could explain, and the coordinator does
not guess which.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind
from tests.unit.ops_center.test_ops_correlate_queue import T0, X0, Y0, crash, roads
from tests.unit.ops_center.test_ops_correlate_queue import feed as feed_items


def feed(c: Correlator, items: list[Item]) -> None:
    """Feed the items, then let an hour pass: no second source reports a blockage at a camera."""
    feed_items(c, items)
    c.tick(max(it.t for it in items) + 3600.0)


def stalled(key: str, dx: float, dy: float, dt: float) -> Item:
    u = CapSeverity.UNKNOWN
    return Item(key, ItemKind.EVENT, "police", "cctv", "stalled_vehicle", u, X0 + dx, Y0 + dy, T0 + dt, "cam-" + key)


def test_stalled_cars_a_camera_sees_back_on_the_road_join_the_crash() -> None:
    c = Correlator(roads_at=roads)
    feed(c, [crash(), stalled("west", -450.0, 15.0, 300.0)])
    inc = c.where("crash")
    assert inc is not None
    assert c.where("west") == inc


def test_stalled_cars_behind_a_burning_bus_join_the_fire() -> None:
    c = Correlator(roads_at=roads)
    sev = CapSeverity.SEVERE
    fire = Item("fire", ItemKind.EVENT, "police", "incident", "fire_report", sev, X0, Y0, T0, "", "公車起火燃燒")
    feed(c, [fire, stalled("east", 400.0, -10.0, 240.0)])
    inc = c.where("fire")
    assert inc is not None
    assert c.snapshot(inc).type is IncidentType.FIRE
    assert c.where("east") == inc


def test_stalled_cars_on_a_road_that_does_not_pass_the_crash_stay_out() -> None:
    c = Correlator(roads_at=roads)
    feed(c, [crash(), stalled("north", -450.0, 1100.0, 300.0)])
    assert c.where("north") is None


def test_stalled_cars_seen_before_the_crash_are_not_its_queue() -> None:
    c = Correlator(roads_at=roads)
    feed(c, [stalled("before", -450.0, 15.0, 0.0), crash(600.0)])
    assert c.where("before") is None


def test_a_camera_between_two_crashes_on_the_road_joins_neither() -> None:
    c = Correlator(roads_at=roads)
    sev = CapSeverity.SEVERE
    other = Item("other", ItemKind.EVENT, "police", "incident", "injury_accident", sev, X0 - 900.0, Y0, T0)
    feed(c, [crash(), other, stalled("between", -450.0, 15.0, 300.0)])
    assert c.where("crash") is not None
    assert c.where("other") is not None
    assert c.where("crash") != c.where("other")
    assert c.where("between") is None
