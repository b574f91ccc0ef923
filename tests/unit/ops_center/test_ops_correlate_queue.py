"""A queue behind a blocked road is the blockage's consequence.

Described situation: at 17:40 a truck overturns across two lanes of an east-west
arterial (a police crash report at the scene). Evening traffic backs up behind it:
twelve minutes later the detector 1.1 km west on the same arterial reports the
slow-down, then the detector 1.3 km east. The coordinator reads both as the crash's
queue: the traffic bureau's job at the crash. A detector 1.1 km north on a road that
does not pass the crash, and a detector on the arterial that was already slow at
rush hour before the truck overturned, are background. So is a slow-down a kilometre
from a museum whose fire panel went off and was back to normal minutes later with
nobody seeing a fire: a false alarm closes no road.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind
from ops_center.policies import QUEUE_M

X0, Y0, T0 = 214_000.0, 2_676_000.0, 1_779_471_600.0


def roads(x: float, y: float, within_m: float) -> tuple[tuple[str, float], ...]:
    """An east-west arterial through the crash (metres along it from 3 km west) and a
    parallel road 1.1 km north."""
    on = []
    if abs(y - Y0) <= within_m:
        on.append(("arterial", x - X0 + 3000.0))
    if abs(y - Y0 - 1100.0) <= within_m:
        on.append(("north", x - X0 + 3000.0))
    return tuple(on)


def crash(dt: float = 0.0) -> Item:
    return Item("crash", ItemKind.EVENT, "police", "incident", "injury_accident", CapSeverity.SEVERE, X0, Y0, T0 + dt)


def slowdown(key: str, source: str, dx: float, dy: float, dt: float) -> Item:
    sev = CapSeverity.MODERATE
    return Item(key, ItemKind.ALERT, "traffic", "alert", "congestion", sev, X0 + dx, Y0 + dy, T0 + dt, source)


def feed(c: Correlator, items: list[Item]) -> None:
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 30.0)


def test_a_slow_down_on_the_blocked_road_joins_the_crash_a_kilometre_back() -> None:
    c = Correlator(roads_at=roads)
    west = slowdown("west", "vd-west", -1100.0, 20.0, 720.0)
    east = slowdown("east", "corridor:arterial", 1300.0, -15.0, 900.0)
    feed(c, [crash(), west, east])
    inc = c.where("crash")
    assert inc is not None
    assert c.snapshot(inc).type is IncidentType.TRAFFIC
    assert c.where("west") == inc
    assert c.where("east") == inc  # the queue on the other side of the crash


def test_a_slow_down_on_a_road_that_does_not_pass_the_crash_stays_out() -> None:
    c = Correlator(roads_at=roads)
    feed(c, [crash(), slowdown("north", "vd-north", 0.0, 1100.0, 720.0)])
    assert c.where("north") is None


def test_rush_hour_that_was_there_before_the_crash_is_not_its_queue() -> None:
    c = Correlator(roads_at=roads)
    feed(c, [slowdown("rush", "vd-west", -1100.0, 20.0, 0.0), crash(600.0)])
    assert c.where("rush") is None


def test_a_false_alarm_closes_no_road() -> None:
    c = Correlator(roads_at=roads)
    u = CapSeverity.UNKNOWN
    alarm = Item("alarm", ItemKind.EVENT, "disaster", "fire_alarm", "alarm", u, X0, Y0 + 30.0, T0, "panel-1")
    normal = Item("normal", ItemKind.EVENT, "disaster", "fire_alarm", "normal", u, X0, Y0 + 30.0, T0 + 400.0, "panel-1")
    feed(c, [alarm, normal, slowdown("west", "vd-west", -1000.0, 20.0, 900.0)])
    assert c.where("alarm") is not None
    assert c.where("west") is None


def test_a_queue_reaches_only_so_far_along_the_road() -> None:
    c = Correlator(roads_at=roads)
    feed(c, [crash(), slowdown("far", "vd-far-west", -(QUEUE_M + 300.0), 0.0, 900.0)])
    assert c.where("far") is None


def test_without_roads_a_slow_down_is_placed_by_distance_alone() -> None:
    c = Correlator()
    feed(c, [crash(), slowdown("west", "vd-west", -1100.0, 20.0, 720.0)])
    assert c.where("west") is None

