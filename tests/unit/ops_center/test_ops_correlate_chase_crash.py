"""A car the police chase the wrong way crashes, and its driver runs: the crash is the chase's.

Described situation: at 01:10 a patrol finds a stolen car under the expressway; the driver
flees the wrong way down the arterial (巡邏車發現失竊車 逆向逃逸 追緝中) and the cameras
along it see the car every 400-500 m. Two minutes after the last camera, 300 m further on,
the junction's signal controller reports a fault, a camera there sees a vehicle stopped,
and the fire bureau sends an ambulance to a crash at that junction (its dispatch says
nothing of the chase). Then the police report that the stolen car knocked the signal pole
down and its driver left it and ran on foot (失竊車撞倒號誌桿 駕駛棄車徒步逃逸). The
coordinator runs one job: the patrols chasing the car, the crash at the junction it reached,
the ambulance and the pole are where the chase ended.

Near misses the rule must not merge: a crash 5 km away twenty minutes after the last sighting
whose driver fled (肇逃) is another driver's hit-and-run; a crash 300 m on whose reports say
nothing of a car on the run is a crash of its own (tests in test_ops_correlate_wrong_way_crash.py).
"""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from common.vocabulary import Signal
from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentState, IncidentType, Item, ItemKind
from ops_center.policies import MOVING_SPEED_MPS, REACH
from tests.unit.ops_center.test_ops_correlate_moving import T0, X0, Y0, camera

U = CapSeverity.UNKNOWN


def chase() -> Item:
    text = "巡邏車發現失竊車於台74線下環中路 逆向逃逸 追緝中"
    sev = CapSeverity.SEVERE
    return Item("chase", ItemKind.EVENT, "police", "incident", "wrong_way_driver", sev, X0, Y0, T0, "", text)


def at_junction(key: str, agency: str, feed: str, category: str, dx: float, dt: float, text: str) -> Item:
    return Item(key, ItemKind.EVENT, agency, feed, category, U, X0 + dx, Y0 + 20.0, T0 + dt, f"dev-{key}", text)


def police_crash(key: str, dx: float, dt: float, text: str) -> Item:
    sev = CapSeverity.SEVERE
    return Item(key, ItemKind.EVENT, "police", "incident", "injury_accident", sev, X0 + dx, Y0, T0 + dt, "", text)


def feed(c: Correlator, items: list[Item]) -> None:
    for item in items:
        c.feed(item, item.t + 30.0)


SIGHTINGS = [chase(), camera("w2", 450, 30), camera("w3", 900, 60), camera("w4", 1350, 95)]
JUNCTION = [
    at_junction("sig", "traffic", "signal", "fault", 1650, 215, "經貿路二段/環中路二段 號誌故障"),
    at_junction("stall", "police", "cctv", "stalled_vehicle", 1655, 230, "經貿路二段/環中路二段 偵測車輛停滯"),
    at_junction("amb", "fire", "119", "ambulance", 1660, 300, "經貿路與環中路口 車禍 請求救護待命 傷者不明"),
]


def test_the_crash_the_chased_car_ends_in_is_the_chases_job() -> None:
    c = Correlator()
    feed(c, [*SIGHTINGS, *JUNCTION])
    feed(c, [police_crash("end", 1660, 330, "失竊車於經貿路環中路口撞倒號誌桿 駕駛棄車徒步逃逸")])
    inc = c.where("chase")
    assert inc is not None
    assert c.where("end") == c.where("amb") == c.where("w4") == inc
    assert c.incident_ids(state=IncidentState.OPEN) == [inc]


def test_a_hit_and_run_far_away_later_is_another_drivers() -> None:
    c = Correlator()
    feed(c, [*SIGHTINGS, police_crash("far", 5000, 1300, "中平路 汽車撞擊機車後肇逃 騎士受傷")])
    assert c.where("far") is not None
    assert c.where("far") != c.where("chase")


@settings(max_examples=40, deadline=None)
@given(
    dx=st.floats(min_value=-20_000.0, max_value=20_000.0),
    after=st.floats(min_value=0.0, max_value=3600.0),
    said=st.sampled_from(["駕駛棄車逃逸", "肇事後逃逸", "肇逃", "逆向撞車"]),
)
def test_a_crash_on_the_run_the_car_could_not_reach_is_not_the_chases(dx: float, after: float, said: str) -> None:
    # beyond a crash's reach of the chase's track (the sightings along X0 .. X0 + 1350) and of
    # where the car could have driven since its last sighting (w4) at MOVING_SPEED_MPS
    crash = police_crash("x", 1350 + dx, 95 + after, f"中平路 {said}")
    reach = REACH[(Signal.TRAFFIC_ACCIDENT, IncidentType.TRAFFIC)].radius_m
    off_track = max(X0 - crash.x, crash.x - (X0 + 1350), 0.0)
    assume(off_track > 2 * reach + MOVING_SPEED_MPS * after + 100.0)
    c = Correlator()
    feed(c, [*SIGHTINGS, crash])
    assert c.where("x") != c.where("chase")
