"""A detector slow since before a job began, on another road, measures its own road's traffic.

Described situation: morning rush. From 07:45 the detector on a north-south road 440 m from
a junction reports slow traffic every quarter of an hour (the daily queue towards the
interchange). At 08:10 a car and a scooter collide at the junction of two east-west and
north-south arterials west of it: a patrol reports it, a 119 ambulance is sent. At 08:13 the
east detector reports slow again, as it has all morning. The coordinator runs one job, the
crash, with the queue on the crash's own roads; the east detector's slow-down began before the
crash, on a road the crash does not stand on: the rush hour, no job's.

What stays: a detector on the crash's own road that was slow before it is its queue (the crash
blocks the traffic already crawling there); a detector first slow after the crash is judged as
before (its reach, its road); a run ended by the detector's own clearing is over, and the next
slow reading begins a new one.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind

X0, Y0, T0 = 214_900.0, 2_676_750.0, 1_779_493_500.0  # the junction; T0 = 07:45


def roads(x: float, y: float, within_m: float) -> tuple[tuple[str, float], ...]:
    """The east-west arterial and the north-south one crossing at the junction, and a
    north-south road 380 m east of it (metres along each)."""
    on = []
    if abs(y - Y0) <= within_m:
        on.append(("east-west", x - X0 + 3000.0))
    if abs(x - X0) <= within_m:
        on.append(("north-south", y - Y0 + 3000.0))
    if abs(x - X0 - 380.0) <= within_m:
        on.append(("east road", y - Y0 + 3000.0))
    return tuple(on)


def report(key: str, feed: str, category: str, agency: str, minute: float, text: str) -> Item:
    sev = CapSeverity.UNKNOWN if feed in {"119", "1999"} else CapSeverity.SEVERE
    return Item(key, ItemKind.EVENT, agency, feed, category, sev, X0 + 5.0, Y0 - 5.0, T0 + minute * 60.0, "", text)


def slow(key: str, source: str, dx: float, dy: float, minute: float, kmh: int) -> Item:
    """The center's rule alert of a detector's slow-down."""
    return Item(key, ItemKind.ALERT, "traffic", "rule", "congestion", CapSeverity.MODERATE, X0 + dx, Y0 + dy,
                T0 + minute * 60.0, source, f"平均車速 {kmh} km/h，車流壅塞")


def cleared(key: str, source: str, dx: float, dy: float, minute: float) -> Item:
    return Item(key, ItemKind.ALERT, "traffic", "rule", "cleared", CapSeverity.MINOR, X0 + dx, Y0 + dy,
                T0 + minute * 60.0, source, "車流恢復，平均車速 40 km/h")


CRASH = [
    report("patrol", "incident", "accident", "police", 25.0, "路口 自小客左轉與機車擦撞 機車騎士受傷 員警到場處理"),
    report("ambulance", "119", "ambulance", "fire", 25.5, "路口車禍 機車騎士倒地 左腳疼痛 派遣救護車"),
]
EAST = (380.0, 220.0)  # the east detector: 440 m from the junction, on the east road only
ON_ROAD = (0.0, 110.0)  # a detector on the north-south arterial, 110 m north of the junction


def feed(items: list[Item]) -> Correlator:
    c = Correlator(roads_at=roads)
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 30.0)
    return c


def crash_job(c: Correlator) -> str:
    """The crash's incident: the patrol's report placed in a traffic job."""
    crash = c.where("patrol")
    assert crash is not None
    assert c.snapshot(crash).type is IncidentType.TRAFFIC
    return crash


def test_a_detector_slow_since_before_the_crash_on_another_road_is_not_its_queue() -> None:
    c = feed([
        slow("rush1", "vd-east", *EAST, 0.0, 22),
        slow("rush2", "vd-east", *EAST, 15.0, 18),
        *CRASH,
        slow("rush3", "vd-east", *EAST, 28.0, 16),
    ])
    assert c.where("ambulance") == crash_job(c)
    assert c.where("rush3") != crash_job(c)


def test_a_detector_slow_since_before_the_crash_on_its_road_is_its_queue() -> None:
    c = feed([
        slow("rush1", "vd-ns", *ON_ROAD, 10.0, 22),
        *CRASH,
        slow("queue", "vd-ns", *ON_ROAD, 28.0, 8),
    ])
    assert c.where("queue") == crash_job(c)


def test_a_detector_first_slow_after_the_crash_is_placed_as_before() -> None:
    c = feed([*CRASH, slow("after", "vd-east", *EAST, 28.0, 12)])
    assert c.where("after") == crash_job(c)


def test_a_run_the_detector_cleared_is_over() -> None:
    c = feed([
        slow("rush1", "vd-east", *EAST, 0.0, 22),
        cleared("clear", "vd-east", *EAST, 12.0),
        *CRASH,
        slow("after", "vd-east", *EAST, 28.0, 12),
    ])
    assert c.where("after") == crash_job(c)


def test_a_run_with_a_long_silence_is_over() -> None:
    c = feed([slow("rush1", "vd-east", *EAST, -40.0, 22), *CRASH, slow("after", "vd-east", *EAST, 28.0, 12)])
    assert c.where("after") == crash_job(c)


def test_a_slow_reading_waiting_before_the_crash_opened_stays_out_of_it() -> None:
    # the east detector's reading comes while the crash is only a call waiting for a second
    # source: the patrol's report opens the job later, and the reading still is not its queue
    call = Item("call", ItemKind.EVENT, "citizen", "1999", "traffic_accident", CapSeverity.UNKNOWN,
                X0 + 10.0, Y0 + 8.0, T0 + 24.0 * 60.0, "", "路口汽車跟機車擦撞，有人倒在地上")
    c = feed([
        slow("rush1", "vd-east", *EAST, 0.0, 22),
        slow("rush2", "vd-east", *EAST, 15.0, 18),
        call,
        slow("rush3", "vd-east", *EAST, 24.5, 16),
        report("patrol", "incident", "accident", "police", 30.0, "路口 自小客左轉與機車擦撞 機車騎士受傷 員警到場處理"),
    ])
    assert c.where("call") == crash_job(c)
    assert c.where("rush3") != crash_job(c)
