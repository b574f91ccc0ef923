"""A road closed for a job sends its traffic onto the roads around it.

Described situation: at 19:40 a flat on the eighth floor of a residential block burns;
the block stands 200 m back from an east-west arterial (the 119 dispatch is placed at
the block). At 19:52 the police close the arterial in front of the block for the fire
engines and report it there. Drivers turn off at the junctions before the closure onto
the roads around it: at 20:02 the detector on a north-south road 800 m east of the
closure reports a slow-down. The coordinator reads it as the closure's detour, part of
the fire job (the police and the traffic bureau run the diversion). Background: the
same detector slow at rush hour before the road was closed, a detector 1.6 km up the
crossing road, and a slow-down after the police reported the road open again.
"""

from __future__ import annotations

from dataclasses import replace

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind
from ops_center.policies import DETOUR_M
from tests.unit.ops_center.test_ops_correlate_queue import T0, X0, Y0, feed, slowdown

# X0, Y0: the closure's place; T0: 19:40, when the fire breaks out


def roads(x: float, y: float, within_m: float) -> tuple[tuple[str, float], ...]:
    """The arterial the police close (east-west through the closure) and the north-south
    road 800 m east of it (metres along each from 3 km before)."""
    lines = {"arterial": (abs(y - Y0), x - X0 + 3000.0), "crossing": (abs(x - X0 - 800.0), y - Y0 + 3000.0)}
    return tuple((road, along) for road, (off, along) in lines.items() if off <= within_m)


def fire(dt: float = 0.0) -> Item:
    text = "住宅火警 8樓 濃煙竄出 派遣分隊"
    return Item("fire", ItemKind.EVENT, "fire", "119", "fire", CapSeverity.UNKNOWN, X0, Y0 + 200.0, T0 + dt, "", text)


def closure(key: str, dt: float, text: str = "經貿路三段（敦化路至中平路）雙向封閉供消防車輛作業") -> Item:
    sev = CapSeverity.MODERATE
    return Item(key, ItemKind.EVENT, "police", "incident", "road_closure", sev, X0, Y0, T0 + dt, "", text)


def test_a_slow_down_on_a_road_around_the_closure_joins_the_fire_the_road_was_closed_for() -> None:
    c = Correlator(roads_at=roads)
    feed(c, [fire(), closure("closed", 720.0), slowdown("detour", "vd-crossing", 800.0, -60.0, 1320.0)])
    inc = c.where("fire")
    assert inc is not None
    assert c.snapshot(inc).type is IncidentType.FIRE
    assert c.where("closed") == inc
    assert c.where("detour") == inc


def test_the_detour_joins_when_the_closure_is_reported_after_the_slow_down_arrived() -> None:
    """The police report the closure late: the detector's reading waits, and the report
    of the closure it follows brings it into the fire's job."""
    c = Correlator(roads_at=roads)
    c.feed(fire(), T0 + 60.0)
    c.feed(slowdown("detour", "vd-crossing", 800.0, -60.0, 900.0), T0 + 960.0)
    c.feed(closure("closed", 720.0), T0 + 1200.0)
    assert c.where("detour") == c.where("fire") is not None


def test_rush_hour_before_the_road_was_closed_is_not_its_detour() -> None:
    c = Correlator(roads_at=roads)
    feed(c, [fire(), slowdown("rush", "vd-crossing", 800.0, -60.0, 300.0), closure("closed", 720.0)])
    assert c.where("closed") == c.where("fire") is not None
    assert c.where("rush") is None


def test_a_detour_reaches_only_the_roads_around_the_closure() -> None:
    c = Correlator(roads_at=roads)
    # 1.6 km up the crossing road: a detector on the closed arterial itself is the closure's queue
    far = slowdown("far", "vd-far", 800.0, DETOUR_M + 600.0, 1320.0)
    feed(c, [fire(), closure("closed", 720.0), far])
    assert c.where("far") is None


def test_once_the_road_is_open_again_a_slow_down_is_no_detour() -> None:
    c = Correlator(roads_at=roads)
    reopened = closure("open", 1500.0, "經貿路三段解除管制")
    feed(c, [fire(), closure("closed", 720.0), reopened, slowdown("later", "vd-crossing", 800.0, -60.0, 1800.0)])
    assert c.where("open") == c.where("fire") is not None
    assert c.where("later") is None


def test_the_closure_in_front_of_a_site_set_back_from_the_road_is_the_fire_s() -> None:
    """A recycling yard burns 500 m back from the road (the 119 dispatch is placed at the
    yard); the police close the road's outer lanes in front of it for the engines to park
    and lay hose: the fire's closure. A closure 1.5 km along the road is another job's."""
    c = Correlator(roads_at=roads)
    u = CapSeverity.UNKNOWN
    yard = Item("yard", ItemKind.EVENT, "fire", "119", "fire", u, X0, Y0 + 500.0, T0, "", "資源回收場 火警")
    engines = closure("engines", 900.0, "中清路回收場前路段 封閉外側兩車道 供消防車停放及佈線")
    far = replace(closure("far", 900.0, "中清路 事故處理 封閉內側車道"), x=X0 + 1500.0)
    feed(c, [yard, engines, far])
    assert c.where("engines") == c.where("yard") is not None
    assert c.where("far") is None


def scrape(dt: float) -> Item:
    text = "經貿路三段 兩車擦撞 無人受傷 已移置路邊"
    x, sev = X0 - 150.0, CapSeverity.MINOR
    return Item("scrape", ItemKind.EVENT, "police", "incident", "traffic_accident", sev, x, Y0, T0 + dt, "", text)


def test_a_slow_down_between_a_closed_road_and_a_scrape_is_the_closure_s_queue() -> None:
    """While the arterial is closed for the fire, two cars scrape 150 m west of the closure
    and are moved to the roadside (a police report). Ten minutes later the detector 300 m
    west of the closure reports a slow-down: nearer the scrape, but traffic flows past a
    scrape moved aside and nothing gets past the closed road: the closure's queue, the
    fire job's. Before the road was closed, the same slow-down would be the scrape's."""
    c = Correlator(roads_at=roads)
    feed(c, [fire(), closure("closed", 720.0), scrape(900.0), slowdown("west", "vd-west", -300.0, 10.0, 1500.0)])
    assert c.where("closed") == c.where("fire") is not None
    assert c.where("scrape") not in {c.where("fire")}
    assert c.where("west") == c.where("fire")

    open_road = Correlator(roads_at=roads)
    feed(open_road, [fire(), scrape(900.0), slowdown("west", "vd-west", -300.0, 10.0, 1500.0)])
    assert open_road.where("west") == open_road.where("scrape") is not None


def test_a_detector_already_measuring_another_job_s_queue_keeps_measuring_it() -> None:
    """The scrape happens before the police close the road, and the detector 300 m west
    reports its slow-down then; ten minutes after the closure the same detector reports
    the slow-down again: the queue it has been measuring, the scrape's."""
    c = Correlator(roads_at=roads)
    before = slowdown("before", "vd-west", -300.0, 10.0, 400.0)
    again = slowdown("again", "vd-west", -300.0, 10.0, 1500.0)
    feed(c, [fire(), scrape(300.0), before, closure("closed", 720.0), again])
    assert c.where("closed") == c.where("fire") is not None
    assert c.where("before") == c.where("scrape") not in {c.where("fire")}
    assert c.where("again") == c.where("scrape")
