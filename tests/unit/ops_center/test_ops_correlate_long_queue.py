"""A road closed at rush hour backs up farther, and the drivers stuck in it call.

Described situation: at 07:30 a truck carrying steel pipes overturns across an east-west
arterial (a police crash report at the scene). At 07:36 the police close the arterial
at the scene, all lanes of the direction. Nothing gets past: the morning traffic backs
up behind the closure at the speed the cars arrive, a few hundred metres a minute, and
drivers turn off where they can. At 07:50 the detector 2.1 km back on the arterial
reports the slow-down; at 07:55 a commuter stuck 1.8 km back calls 1999: "環中路塞到
黎明路這邊了，前面發生什麼事？". The coordinator reads both as the crash's queue: the
traffic bureau's job at the crash.

Background: behind a crash that blocks one lane and closes no road, traffic still flows
past, and a detector 2.1 km back is slow for its own reasons (rush hour); a slow-down
2.1 km back that begins after the police reported the road open again is not the queue,
which drains once the road is open; a commuter complaining of a jam on a road that does
not pass the crash, or calling before the crash, is not in its queue.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind
from ops_center.policies import QUEUE_CLOSED_M, QUEUE_M
from tests.unit.ops_center.test_ops_correlate_queue import T0, X0, Y0, crash, feed, roads, slowdown

JAM_TEXT = "環中路塞到黎明路這邊了，前面發生什麼事？"


def closure(key: str, dt: float, text: str = "環中路二段西向全線封閉，車輛改道") -> Item:
    sev = CapSeverity.MODERATE
    return Item(key, ItemKind.EVENT, "police", "incident", "road_closure", sev, X0 + 20.0, Y0, T0 + dt, "", text)


def commuter(key: str, dx: float, dy: float, dt: float) -> Item:
    u = CapSeverity.UNKNOWN
    return Item(key, ItemKind.EVENT, "citizen", "1999", "other", u, X0 + dx, Y0 + dy, T0 + dt, "", JAM_TEXT)


def test_a_slow_down_far_back_on_a_closed_road_joins_the_crash() -> None:
    assert QUEUE_M < 2100.0 <= QUEUE_CLOSED_M
    c = Correlator(roads_at=roads)
    feed(c, [crash(), closure("closed", 360.0), slowdown("far", "vd-far-west", -2100.0, 20.0, 1200.0)])
    inc = c.where("crash")
    assert inc is not None
    assert c.snapshot(inc).type is IncidentType.TRAFFIC
    assert c.where("closed") == inc
    assert c.where("far") == inc


def test_a_commuter_stuck_in_the_queue_calls_about_the_crash_ahead() -> None:
    c = Correlator(roads_at=roads)
    feed(c, [crash(), closure("closed", 360.0), commuter("stuck", -1800.0, 40.0, 1500.0)])
    assert c.where("stuck") == c.where("crash") is not None


def test_a_commuter_in_the_queue_of_a_crash_that_closes_no_road() -> None:
    c = Correlator(roads_at=roads)
    feed(c, [crash(), commuter("stuck", -1100.0, 40.0, 900.0)])
    assert c.where("stuck") == c.where("crash") is not None


def test_behind_a_crash_that_closes_no_road_a_slow_down_far_back_stays_out() -> None:
    c = Correlator(roads_at=roads)
    feed(c, [crash(), slowdown("far", "vd-far-west", -2100.0, 20.0, 1200.0)])
    assert c.where("crash") is not None
    assert c.where("far") is None


def test_a_slow_down_far_back_after_the_road_reopened_stays_out() -> None:
    c = Correlator(roads_at=roads)
    reopened = closure("reopened", 1500.0, "事故車輛吊離，環中路二段西向恢復通行")
    feed(c, [crash(), closure("closed", 360.0), reopened, slowdown("far", "vd-far-west", -2100.0, 20.0, 1680.0)])
    assert c.where("reopened") == c.where("crash") is not None
    assert c.where("far") is None


def test_a_commuter_on_a_road_that_does_not_pass_the_crash_stays_out() -> None:
    c = Correlator(roads_at=roads)
    feed(c, [crash(), closure("closed", 360.0), commuter("north", 0.0, 1100.0, 900.0)])
    assert c.where("north") is None


def test_a_commuter_in_the_rush_hour_before_the_crash_stays_out() -> None:
    c = Correlator(roads_at=roads)
    feed(c, [commuter("rush", -1100.0, 40.0, 0.0), crash(600.0)])
    assert c.where("rush") is None


def crash_call(key: str, dx: float, dy: float, dt: float, text: str) -> Item:
    u = CapSeverity.UNKNOWN
    return Item(key, ItemKind.EVENT, "citizen", "1999", "traffic_accident", u, X0 + dx, Y0 + dy, T0 + dt, "", text)


def test_a_driver_stuck_in_the_queue_who_asks_about_a_crash_ahead_is_in_its_queue() -> None:
    """A driver 1.1 km back on the arterial calls 1999 about a crash: the cars have not
    moved for ten minutes and they ask whether there is a crash ahead. The operator files
    it as a crash, but the caller stands where the queue reached, not at a crash: it is
    the truck's crash, reported from its queue. A caller as far back who saw two scooters
    collide in front of them has a crash of their own."""
    c = Correlator(roads_at=roads)
    stuck = crash_call(
        "stuck", -1100.0, 30.0, 900.0, "我在環中路往西的方向，車子完全不動，十分鐘了，前面是不是出車禍？"
    )
    other = crash_call("other", -1150.0, -30.0, 960.0, "環中路這邊兩台機車擦撞，騎士倒在地上")
    feed(c, [crash(), stuck, other])
    assert c.where("stuck") == c.where("crash") is not None
    assert c.where("other") not in {c.where("crash")}
