"""The casualty 119 was sent to before anyone said a crash is the crash's.

Described situation: at 23:35 a car turning at a junction knocks a scooter rider down. At
23:36 the fire bureau dispatches an ambulance: "機車騎士倒地，右手疑骨折" (a casualty; the
dispatch says nothing of a crash). It reaches the center first and opens a rescue job. At
23:38 a caller reports the crash from the crossing, and the police report follows: the
crash opens a traffic job at the same place, and the ambulance's job is merged into it (one
job: the police handle the crash, the ambulance its casualty). Background: a man taken ill
at a bus stop on the same junction 20 min before the crash (an ambulance's job begun well
before the crash), and an ambulance for a rider down 400 m along the road.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind
from ops_center.policies import CASUALTY_M

X0, Y0, T0 = 214_000.0, 2_676_000.0, 1_779_471_600.0  # the junction; T0 = 23:35


def item(key: str, feed: str, category: str, dx: float, minute: float, text: str) -> Item:
    agency = {"119": "fire", "1999": "citizen", "incident": "police"}[feed]
    sev = CapSeverity.SEVERE if feed == "incident" else CapSeverity.UNKNOWN
    return Item(key, ItemKind.EVENT, agency, feed, category, sev, X0 + dx, Y0, T0 + minute * 60.0, "", text)


def ambulance(key: str = "ambulance", dx: float = 10.0, minute: float = 1.0) -> Item:
    return item(key, "119", "ambulance", dx, minute, "經貿路與中平路口 機車騎士倒地，右手疑骨折 派遣救護車")


CALL = item("call", "1999", "traffic_accident", 30.0, 0.0, "經貿路中平路口機車撞到汽車，騎車的倒在斑馬線上")
POLICE = item("police", "incident", "injury_accident", 0.0, 3.0, "經貿路三段/中平路口 小客車與機車碰撞，1人受傷送醫")


def run(items: list[tuple[Item, float]]) -> Correlator:
    c = Correlator()
    for it, arrived in sorted(items, key=lambda e: e[1]):
        c.feed(it, T0 + arrived * 60.0)
    return c


def test_the_ambulance_dispatched_before_the_crash_was_reported_joins_the_crash_s_job() -> None:
    c = run([(ambulance(), 1.3), (CALL, 2.8), (POLICE, 5.0)])
    crash = c.where("call")
    assert crash is not None
    assert c.snapshot(crash).type is IncidentType.TRAFFIC
    assert c.where("police") == crash
    assert c.where("ambulance") == crash, "the casualty's ambulance joins the crash reported after it"


def test_someone_taken_ill_at_the_junction_long_before_the_crash_keeps_their_own_job() -> None:
    ill = item("ill", "119", "ambulance", 60.0, -20.0, "經貿路中平路口公車站 男性昏倒 意識不清 派遣救護車")
    c = run([(ill, -19.5), (CALL, 2.8), (POLICE, 5.0)])
    assert c.where("call") is not None
    assert c.where("ill") not in {None, c.where("call")}


def test_an_ambulance_for_a_rider_down_further_along_the_road_keeps_its_own_job() -> None:
    far = ambulance("far", CASUALTY_M + 280.0)
    c = run([(far, 1.3), (CALL, 2.8), (POLICE, 5.0)])
    assert c.where("call") is not None
    assert c.where("far") not in {None, c.where("call")}


def test_a_rescue_job_a_caller_reported_too_is_not_merged_into_the_crash() -> None:
    """A rescue with a caller's report of its own (a person stuck, not a crash's casualty)
    is more than an ambulance sent to a place: it stays apart."""
    stuck = item("stuck", "1999", "rescue", 10.0, 0.5, "中平路口有人受困，快來救人")
    c = run([(ambulance(), 1.3), (stuck, 1.5), (CALL, 2.8), (POLICE, 5.0)])
    assert c.where("stuck") == c.where("ambulance") is not None
    assert c.where("call") not in {None, c.where("ambulance")}
