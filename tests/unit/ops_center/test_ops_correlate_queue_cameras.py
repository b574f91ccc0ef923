"""Cameras up the road from a crash see its queue, not a hazard of their own.

Described situation: at 08:00 three cars collide on an east-west arterial (the police report
the crash and, ten minutes later, the lanes it closes). Twenty minutes after the crash the
junction camera 400 m west reports stalled vehicles, and six minutes later the camera at the
next junction, 550 m west, does too. The coordinator reads both as the crash's queue backing
up the arterial: one job. Another morning, fifteen minutes after a camera 500 m west of the
crash saw the cars stopped, a scooter runs into the back of the queue at that camera's
junction (the police report it): the scooter's crash is a job of its own, and the cars the
camera saw stopped a quarter of an hour before it were the first crash's queue.

Background: two cameras on a road no open job's queue reaches, seeing cars stopped a few
minutes apart, still open a job of their own (a blockage nobody has reported yet); a car the
police report broken down at a camera's junction minutes after the camera saw cars stop
there is what the camera saw.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind
from tests.unit.ops_center.test_ops_correlate_queue import T0, X0, Y0, roads
from tests.unit.ops_center.test_ops_correlate_queue import feed as feed_items

U = CapSeverity.UNKNOWN


def feed(c: Correlator, items: list[Item]) -> None:
    """Feed the items, then let two hours pass: every wait ends."""
    feed_items(c, items)
    c.tick(max(it.t for it in items) + 7200.0)


def camera(key: str, dx: float, dt: float, dy: float = 10.0) -> Item:
    """A junction camera's stalled-vehicle detection ``dx`` m east of the crash, ``dt`` s after it."""
    return Item(key, ItemKind.EVENT, "police", "cctv", "stalled_vehicle", U, X0 + dx, Y0 + dy, T0 + dt, key, "車輛停滯")


def police(key: str, category: str, dx: float, dt: float, text: str, dy: float = 5.0) -> Item:
    return Item(key, ItemKind.EVENT, "police", "incident", category, U, X0 + dx, Y0 + dy, T0 + dt, "", text)


def crash() -> list[Item]:
    """The crash, the lanes it closes and the patrol's word that it is still being cleared."""
    return [
        police("crash", "accident", 0.0, 0.0, "三車追撞，佔用內側二車道"),
        police("lanes", "road_closure", 10.0, 600.0, "幹道往東內側二車道封閉"),
        police("clearing", "accident", 0.0, 2400.0, "續報：事故車輛拖吊中"),
    ]


def test_two_cameras_up_the_road_see_the_crash_s_queue() -> None:
    c = Correlator(roads_at=roads)
    feed(c, [*crash(), camera("cam-a", -400.0, 1200.0), camera("cam-b", -550.0, 1560.0)])
    job = c.where("crash")
    assert job is not None
    assert c.where("cam-a") == job
    assert c.where("cam-b") == job


def test_cars_seen_stopped_before_a_crash_in_the_queue_are_the_first_crash_s() -> None:
    c = Correlator(roads_at=roads)
    rear = police("rear", "accident", -500.0, 2100.0, "回堵車陣中機車追撞自小客車，騎士輕傷")
    feed(c, [*crash(), camera("cam", -500.0, 1200.0), rear])
    assert c.where("rear") not in (None, c.where("crash"))
    assert c.where("cam") == c.where("crash")


def test_two_cameras_where_no_queue_reaches_open_a_job() -> None:
    c = Correlator(roads_at=roads)
    feed(c, [*crash(), camera("cam-a", -400.0, 1200.0, dy=1100.0), camera("cam-b", -550.0, 1560.0, dy=1100.0)])
    assert c.where("cam-a") not in (None, c.where("crash"))
    assert c.where("cam-b") == c.where("cam-a")


def test_a_breakdown_reported_at_the_camera_s_junction_is_what_it_saw() -> None:
    c = Correlator(roads_at=roads)
    broken = police("broken", "stalled_vehicle", -500.0, 1560.0, "自小客拋錨停於路口內車道")
    feed(c, [*crash(), camera("cam", -500.0, 1200.0), broken])
    assert c.where("broken") not in (None, c.where("crash"))
    assert c.where("cam") == c.where("broken")
