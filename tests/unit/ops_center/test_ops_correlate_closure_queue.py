"""A queue backs up from the closure a job made, wherever the job's own scene stands.

Described situation: at 16:40 a sludge dryer burns in a works yard set back 450 m north
of an east-west arterial (the 119 dispatch at the yard). Its smoke drifts over the
arterial and at 16:55 the police close it at the point nearest the yard, both
directions ("濃煙影響視線 雙向封閉"). Nothing gets past: ten minutes later the detector
900 m west on the arterial reports the slow-down, then one 1.2 km east. The fire lies on
no road, but its closure does: the coordinator files both slow-downs on the fire's job,
with the closure that caused them.

Background: a slow-down on the arterial before the police closed it is the road's own
traffic, and one after the police reported it open again is not the closure's queue,
which drains once the road is open. A permitted march the police close a road for is no
such blockage: its audience's traffic is the permit's to explain.
"""

from __future__ import annotations

from common.vocabulary import Signal
from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind
from ops_center.policies import ON_ROAD_M, PERMIT_REACH_M, QUEUE_CLOSED_M, QUEUE_M, REACH
from tests.unit.ops_center.test_ops_correlate_queue import T0, X0, Y0, feed, roads, slowdown

YARD_Y = Y0 + 450.0


def fire() -> Item:
    u = CapSeverity.UNKNOWN
    return Item("fire", ItemKind.EVENT, "fire", "119", "fire", u, X0, YARD_Y, T0, "", "污泥乾燥機房火警 第一出動")


def closure(key: str, dt: float, text: str = "濃煙影響視線 幹道雙向封閉") -> Item:
    sev = CapSeverity.SEVERE
    return Item(key, ItemKind.EVENT, "police", "incident", "road_closure", sev, X0 + 30.0, Y0 + 10.0, T0 + dt, "", text)


def test_the_yard_lies_on_no_road_and_the_detectors_beyond_its_reach() -> None:
    assert YARD_Y - Y0 > ON_ROAD_M
    assert YARD_Y - Y0 - 1100.0 < -ON_ROAD_M
    reach = REACH[(Signal.TRAFFIC_SLOWDOWN, IncidentType.FIRE)].radius_m
    assert reach < (900.0**2 + 450.0**2) ** 0.5
    assert 1200.0 <= QUEUE_M < QUEUE_CLOSED_M


def test_slow_downs_on_the_road_closed_for_a_fire_join_the_fire() -> None:
    c = Correlator(roads_at=roads)
    west = slowdown("west", "vd-west", -900.0, 20.0, 1500.0)
    east = slowdown("east", "vd-east", 1200.0, -20.0, 1620.0)
    feed(c, [fire(), closure("closed", 900.0), west, east])
    inc = c.where("fire")
    assert inc is not None
    assert c.snapshot(inc).type is IncidentType.FIRE
    assert c.where("closed") == inc
    assert c.where("west") == inc
    assert c.where("east") == inc


def test_a_slow_down_before_the_road_was_closed_stays_out() -> None:
    c = Correlator(roads_at=roads)
    feed(c, [fire(), slowdown("early", "vd-west", -900.0, 20.0, 600.0), closure("closed", 900.0)])
    assert c.where("closed") == c.where("fire") is not None
    assert c.where("early") is None


def test_a_slow_down_after_the_road_reopened_stays_out() -> None:
    c = Correlator(roads_at=roads)
    reopened = closure("reopened", 1500.0, "濃煙散去 幹道解除封閉 恢復通行")
    feed(c, [fire(), closure("closed", 900.0), reopened, slowdown("late", "vd-west", -900.0, 20.0, 1680.0)])
    assert c.where("reopened") == c.where("fire") is not None
    assert c.where("late") is None


def test_a_slow_down_far_along_the_road_a_march_closed_is_not_drawn_by_its_closure() -> None:
    c = Correlator(roads_at=roads)
    u = CapSeverity.UNKNOWN
    permit = Item(
        "permit", ItemKind.EVENT, "police", "planned_event", "march", u, X0, YARD_Y, T0 - 600.0, "", "遊行",
        ends_t=T0 + 7200.0,
    )
    march_closed = closure("closed", 300.0, "遊行隊伍通過 幹道雙向封閉")
    far = slowdown("far", "vd-far-west", -2000.0, 20.0, 1500.0)  # beyond the permit's reach
    assert PERMIT_REACH_M < (2000.0**2 + 450.0**2) ** 0.5
    assert QUEUE_CLOSED_M > 2000.0
    feed(c, [permit, march_closed, far])
    assert c.where("permit") is not None
    assert c.where("far") is None
