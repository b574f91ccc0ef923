"""A closure's report that names its detour sends the slow-downs on that road to its job.

Described situation: at 17:40 a warehouse beside 經貿路 burns (the 119 dispatch is placed
at it). At 17:50 the police close 經貿路 between 中清路 and 中平路 for the engines and
report it: "經貿路二段（中清路口至中平路口）雙向封閉，車輛改道黎明路". Drivers take 黎明路, a
north-south arterial 1.4 km east of the closure: at 18:00 its detector, 1.45 km from the
closure, reports a slow-down. The coordinator reads it as the closure's detour, part of
the fire job. 中清路, 1.4 km west, is named in the report only as the closure's end: a
slow-down on it at 18:00 is not the detour (nothing else explains it: it waits and stays
out). Neither is rush hour on 黎明路 at 17:30, before the road was closed, nor a slow-down
on 黎明路 after the police reported 經貿路 open again, nor one 2.5 km up 黎明路.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind
from ops_center.policies import DETOUR_M, DETOUR_ROAD_M

X0, Y0, T0 = 214_000.0, 2_676_000.0, 1_779_471_600.0  # the closure's place; T0 = 17:40
EAST, WEST = 1400.0, -1400.0  # 黎明路 and 中清路 (north-south), metres from the closure
NAMES = {"jingmao": "經貿路", "liming": "黎明路", "zhongqing": "中清路", "zhongping": "中平路"}
CLOSED = "經貿路二段（中清路口至中平路口）雙向封閉，車輛改道黎明路"


def roads(x: float, y: float, within_m: float) -> tuple[tuple[str, float], ...]:
    """經貿路 east-west through the closure; 黎明路 and 中清路 north-south east and west of it."""
    lines = {
        "jingmao": (abs(y - Y0), x - X0 + 3000.0),
        "liming": (abs(x - X0 - EAST), y - Y0 + 3000.0),
        "zhongqing": (abs(x - X0 - WEST), y - Y0 + 3000.0),
    }
    return tuple((road, along) for road, (off, along) in lines.items() if off <= within_m)


def fire() -> Item:
    text = "倉庫火警 濃煙竄出 派遣分隊"
    return Item("fire", ItemKind.EVENT, "fire", "119", "fire", CapSeverity.UNKNOWN, X0, Y0 + 150.0, T0, "", text)


def closure(key: str, minute: float, text: str = CLOSED) -> Item:
    sev = CapSeverity.MODERATE
    return Item(key, ItemKind.EVENT, "police", "incident", "road_closure", sev, X0, Y0, T0 + minute * 60.0, "", text)


def slowdown(key: str, dx: float, dy: float, minute: float) -> Item:
    sev, t = CapSeverity.MODERATE, T0 + minute * 60.0
    return Item(key, ItemKind.ALERT, "traffic", "alert", "congestion", sev, X0 + dx, Y0 + dy, t, f"vd-{key}")


def run(items: list[Item], *, arrivals: dict[str, float] | None = None) -> Correlator:
    c = Correlator(roads_at=roads, road_names=NAMES)
    late = arrivals or {}
    for it in sorted(items, key=lambda i: late.get(i.key, i.t)):
        c.feed(it, late.get(it.key, it.t) + 30.0)
    return c


def test_a_slow_down_on_the_road_the_closure_names_as_its_detour_joins_the_job() -> None:
    c = run([fire(), closure("closed", 10.0), slowdown("liming", EAST, 400.0, 20.0)])
    inc = c.where("fire")
    assert inc is not None
    assert c.snapshot(inc).type is IncidentType.FIRE
    assert c.where("closed") == inc
    assert c.where("liming") == inc, "the slow-down on the named detour joins the closure's job"


def test_a_slow_down_on_a_road_the_report_names_only_as_the_closure_s_end_is_no_detour() -> None:
    c = run([fire(), closure("closed", 10.0), slowdown("zhongqing", WEST, 400.0, 20.0)])
    assert c.where("closed") == c.where("fire") is not None
    assert c.where("zhongqing") is None


def test_rush_hour_on_the_detour_road_before_the_closure_is_not_its_detour() -> None:
    c = run([fire(), slowdown("rush", EAST, 400.0, -10.0), closure("closed", 10.0)])
    assert c.where("closed") == c.where("fire") is not None
    assert c.where("rush") is None


def test_the_detour_s_slow_down_waiting_when_the_closure_is_reported_joins_with_it() -> None:
    c = run(
        [fire(), closure("closed", 10.0), slowdown("liming", EAST, 400.0, 14.0)],
        arrivals={"closed": T0 + 25 * 60.0},
    )
    assert c.where("liming") == c.where("fire") is not None


def test_the_named_detour_reaches_only_so_far_and_only_while_the_road_is_closed() -> None:
    far = slowdown("far", EAST, DETOUR_ROAD_M + 500.0, 20.0)
    reopened = closure("open", 30.0, "經貿路二段恢復通車")
    later = slowdown("later", EAST, 400.0, 40.0)
    c = run([fire(), closure("closed", 10.0), far, reopened, later])
    assert c.where("open") == c.where("fire") is not None
    assert c.where("far") is None
    assert c.where("later") is None


def test_without_the_roads_names_by_id_the_named_detour_is_not_read() -> None:
    items = [fire(), closure("closed", 10.0), slowdown("liming", EAST, 400.0, 20.0)]
    c = Correlator(roads_at=roads, road_names=tuple(NAMES.values()))
    for it in items:
        c.feed(it, it.t + 30.0)
    assert DETOUR_M < 1450.0 < DETOUR_ROAD_M
    assert c.where("liming") is None
