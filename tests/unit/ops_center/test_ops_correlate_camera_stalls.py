"""Cars a camera saw stop as a crash or a breakdown happened are that job's.

Described situation: at 08:00 the camera at a junction of an east-west arterial reports
stalled vehicles, nothing more. Two minutes later a bus passenger calls: the bus broke
down in the bus lane 300 m east of the junction and the buses behind it are stuck; a
minute after that the police report the broken-down bus there. The coordinator reads the
camera's detection as the first sight of that breakdown: the cars it saw stop are the
bus's. Another morning the junction camera sees stalled cars 30 s after three cars
collided 340 m west of it on the arterial (the police report the crash), while a truck
that overturned 20 minutes earlier 1 km east still holds its own job with the road closed
(the police report the crane at work there): the cars the camera saw stop are the fresh
crash's, not the old truck's queue.

Background: a crash that happened twenty minutes after the camera saw cars stop did not
stop them; a crash on a road the camera does not stand on did not either; with two fresh
crashes on the arterial within sight of the camera, the coordinator does not guess which.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind
from tests.unit.ops_center.test_ops_correlate_queue import T0, X0, Y0, roads
from tests.unit.ops_center.test_ops_correlate_queue import feed as feed_items

U = CapSeverity.UNKNOWN


def feed(c: Correlator, items: list[Item]) -> None:
    """Feed the items, then let an hour pass: no second source reports a blockage at the camera."""
    feed_items(c, items)
    c.tick(max(it.t for it in items) + 3600.0)


def camera(dt: float = 0.0) -> Item:
    x, y = X0, Y0 + 10.0
    return Item("cam", ItemKind.EVENT, "police", "cctv", "stalled_vehicle", U, x, y, T0 + dt, "cam-1", "車輛停滯")


def report(key: str, feed: str, category: str, dx: float, dy: float, dt: float, text: str) -> Item:
    agency = "citizen" if feed == "1999" else "police"
    return Item(key, ItemKind.EVENT, agency, feed, category, U, X0 + dx, Y0 + dy, T0 + dt, "", text)


def bus(dt: float = 120.0, dy: float = -15.0) -> list[Item]:
    call = report("bus-call", "1999", "other", 300.0, dy, dt, "公車在專用道上拋錨不能動，後面公車也全部卡住")
    police = report("bus-police", "incident", "stalled_vehicle", 310.0, dy, dt + 60.0, "公車專用道一輛市區公車故障停駛")
    return [call, police]


def collision(key: str, dx: float, dt: float) -> Item:
    return report(key, "incident", "accident", dx, 5.0, dt, "三車追撞，佔用內側二車道")


def test_the_cars_a_camera_saw_stop_are_the_bus_broken_down_down_the_road() -> None:
    c = Correlator(roads_at=roads)
    feed(c, [camera(), *bus()])
    assert c.where("bus-police") is not None
    assert c.where("cam") == c.where("bus-police")


def test_the_cars_seen_stopping_are_the_fresh_crash_s_not_an_old_closure_s_queue() -> None:
    c = Correlator(roads_at=roads)
    truck = report("truck", "incident", "injury_accident", 1000.0, 0.0, -1200.0, "大貨車翻覆，貨物散落")
    closed = report("closed", "incident", "road_closure", 1000.0, 0.0, -900.0, "幹道往東全線封閉，請改道")
    crane = report("crane", "incident", "road_closure", 1000.0, 0.0, 600.0, "幹道往東仍封閉，吊車作業中")
    fresh = collision("fresh", -340.0, -30.0)
    again = report("again", "incident", "accident", -340.0, 5.0, 1200.0, "續報：追撞車輛已移至路肩")
    feed(c, [truck, closed, fresh, camera(), crane, again])
    assert c.where("truck") == c.where("crane") is not None
    assert c.where("fresh") not in (None, c.where("truck"))
    assert c.where("cam") == c.where("fresh")


def test_a_crash_twenty_minutes_after_the_cars_stopped_did_not_stop_them() -> None:
    c = Correlator(roads_at=roads)
    feed(c, [camera(), collision("late", -340.0, 1200.0)])
    assert c.where("late") is not None
    assert c.where("cam") is None


def test_a_breakdown_on_a_road_the_camera_does_not_stand_on_did_not_stop_its_cars() -> None:
    c = Correlator(roads_at=roads)
    feed(c, [camera(), *bus(dy=1100.0)])
    assert c.where("bus-police") is not None
    assert c.where("cam") is None


def test_two_fresh_crashes_within_sight_of_the_camera_leave_it_out() -> None:
    c = Correlator(roads_at=roads)
    feed(c, [camera(), collision("west", -340.0, 60.0), collision("east", 350.0, 90.0)])
    assert c.where("west") not in (None, c.where("east"))
    assert c.where("cam") is None
