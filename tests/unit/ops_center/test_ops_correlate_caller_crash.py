"""A passer-by rings in the crash that the police already stand at, from up the road.

Coordinators' example: morning rush on 環中路. At 08:00 a scooter and a car collide at the
黎明路 junction; the police report it from there and 119 sends an ambulance to it. At 08:04 a
driver stuck in the queue 280 m up the road calls 1999: "前面有車禍，有機車倒在路中間，車子都在
繞". The crash is the police's job: the caller saw it from the queue behind it, the job is
one (CALLER_CRASH_M, CALLER_CRASH_S). Not when the call names a junction where the crash is
not (a second crash there), when it comes long after the job's last report (another crash
later), when nobody but callers has placed the crash, or from farther than that.
"""

from __future__ import annotations

import math

from common.vocabulary import Signal
from ops_center.correlate import Correlator, incident_id_for
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind
from ops_center.policies import CALLER_CRASH_M, CALLER_CRASH_S, REACH
from tests.unit.ops_center.scene import at, gazetteer

T0 = 1_787_100_000.0
LIMING = at("環中路黎明路口")
ZHONGQING = at("環中路中清路口")
CALL = "前面有車禍，有機車倒在路中間，車子都在繞"


def item(key: str, feed: str, category: str, agency: str, xy: tuple[float, float], minute: float, text: str) -> Item:
    sev = CapSeverity.UNKNOWN if feed in {"119", "1999"} else CapSeverity.MODERATE
    return Item(key, ItemKind.EVENT, agency, feed, category, sev, xy[0], xy[1], T0 + minute * 60.0, "", text)


def up_the_road(metres: float) -> tuple[float, float]:
    """A point ``metres`` from the 黎明路 junction towards the 中清路 one and on past it."""
    dx, dy = ZHONGQING[0] - LIMING[0], ZHONGQING[1] - LIMING[1]
    n = math.hypot(dx, dy)
    return LIMING[0] + metres * dx / n, LIMING[1] + metres * dy / n


def crash(*, by_police: bool = True) -> list[Item]:
    if not by_police:
        return [item("a1", "1999", "traffic_accident", "citizen", LIMING, 0, "環中路黎明路口機車跟汽車撞，騎士倒地")]
    return [
        item("a1", "incident", "injury_accident", "police", LIMING, 0, "環中路黎明路口 機車與自小客碰撞 騎士受傷"),
        item("a2", "119", "ambulance", "fire", LIMING, 1, "環中路黎明路口 車禍 機車騎士倒地 派遣救護車"),
    ]


def run(items: list[Item]) -> Correlator:
    c = Correlator(places=gazetteer().points_named)
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 30.0)
    return c


def test_the_bounds_lie_beyond_a_crash_call_s_own_reach() -> None:
    assert REACH[(Signal.TRAFFIC_ACCIDENT, IncidentType.TRAFFIC)].radius_m < 280.0 < CALLER_CRASH_M < 330.0
    assert CALLER_CRASH_S < 15 * 60.0


def test_a_caller_up_the_road_from_the_police_s_crash_is_that_crash() -> None:
    c = run([*crash(), item("c", "1999", "traffic_accident", "citizen", up_the_road(280.0), 4, CALL)])
    assert c.where("c") == c.where("a1") == incident_id_for("a1")


def test_a_caller_naming_a_junction_where_the_crash_is_not_opens_his_own() -> None:
    call = item(
        "c", "1999", "traffic_accident", "citizen", up_the_road(280.0), 4, "環中路中清路口兩台車擦撞，卡在內側車道"
    )
    c = run([*crash(), call])
    assert c.where("c") == incident_id_for("c") != c.where("a1")


def test_a_caller_long_after_the_crash_s_last_report_opens_his_own() -> None:
    c = run([*crash(), item("c", "1999", "traffic_accident", "citizen", up_the_road(280.0), 16, CALL)])
    assert c.where("c") == incident_id_for("c") != c.where("a1")


def test_a_crash_only_callers_placed_keeps_a_call_s_own_reach() -> None:
    c = run([*crash(by_police=False), item("c", "1999", "traffic_accident", "citizen", up_the_road(280.0), 4, CALL)])
    assert c.where("c") == incident_id_for("c") != c.where("a1")


def test_a_caller_farther_up_the_road_opens_his_own() -> None:
    c = run([*crash(), item("c", "1999", "traffic_accident", "citizen", up_the_road(330.0), 4, CALL)])
    assert c.where("c") == incident_id_for("c") != c.where("a1")
