"""The crash a wrong-way driver causes, and the near misses on its way, are its job.

Described situation: at 22:10 the police report a car driving against the traffic on
an arterial, and the cameras along it see the car one every 400-500 m (about 50 km/h);
half a minute after the last camera saw it, a caller 500 m further on says a car coming
the wrong way nearly hit them (差點被一台逆向的車撞到). Three minutes after the first
report, 1.5 km on from it, a 119 ambulance is sent to a car and a scooter that collided
at a junction (its dispatch says nothing of the wrong way), then a caller at that junction says the car that hit the
scooter came the wrong way (那台車剛剛好像是逆向開過來的), and the police report the
wrong-way car hit the scooter. The coordinator runs one job: the patrols chasing the
car, the ambulance and the crash are the same driver's (the police arrest the driver
at the crash).

Background: a crash 1.5 km on whose reports never say a car came the wrong way is a crash
of its own; so is a caller 4 km away, ten minutes after the last sighting, who says a
scooter riding the wrong way hit them: the car could not have driven there.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentState, IncidentType, Item, ItemKind
from tests.unit.ops_center.test_ops_correlate_moving import T0, X0, Y0, camera

U = CapSeverity.UNKNOWN


def ambulance(dx: float, dt: float) -> Item:
    text = "黎明路口 汽機車碰撞 機車騎士1人受傷 派遣救護車"
    return Item("amb", ItemKind.EVENT, "fire", "119", "ambulance", U, X0 + dx, Y0 + 10.0, T0 + dt, "", text)


def call(key: str, category: str, dx: float, dt: float, text: str, dy: float = 15.0) -> Item:
    return Item(key, ItemKind.EVENT, "citizen", "1999", category, U, X0 + dx, Y0 + dy, T0 + dt, "", text)


def police_crash(dx: float, dt: float, text: str) -> Item:
    sev = CapSeverity.SEVERE
    return Item("police", ItemKind.EVENT, "police", "incident", "injury_accident", sev, X0 + dx, Y0, T0 + dt, "", text)


def feed(c: Correlator, items: list[Item]) -> None:
    for item in items:
        c.feed(item, item.t + 40.0)


def wrong_way_report() -> Item:
    text = "民眾報案：環中路二段白色自小客車逆向往東行駛，請沿線警網攔截"
    sev = CapSeverity.SEVERE
    return Item("w1", ItemKind.EVENT, "police", "incident", "wrong_way_driver", sev, X0, Y0, T0, "", text)


SIGHTINGS = [wrong_way_report(), camera("w2", 90, 18), camera("w3", 550, 55), camera("w4", 1000, 90)]


def test_the_crash_the_wrong_way_car_caused_is_its_job() -> None:
    c = Correlator()
    feed(c, SIGHTINGS)
    feed(c, [ambulance(1500, 180)])
    assert c.where("amb") != c.where("w1")  # nothing says yet the crash is the driver's
    feed(c, [call("caller", "traffic_accident", 1510, 200, "黎明路口有車子撞到機車，那台車剛剛好像是逆向開過來的")])
    feed(c, [police_crash(1500, 240, "黎明路口 逆向自小客撞擊機車 駕駛已控制")])
    inc = c.where("w1")
    assert inc is not None
    assert c.snapshot(inc).type is IncidentType.TRAFFIC
    assert c.where("amb") == c.where("caller") == c.where("police") == inc
    assert c.incident_ids(state=IncidentState.OPEN) == [inc]


def test_a_near_miss_with_the_wrong_way_car_is_a_sighting_not_a_crash() -> None:
    c = Correlator()
    feed(c, [*SIGHTINGS, call("near", "other", 1500, 120, "我在環中路差點被一台逆向的車撞到！", dy=40.0)])
    assert c.where("near") == c.where("w1") is not None


def test_a_crash_on_the_way_that_nobody_says_was_the_wrong_way_car_is_its_own() -> None:
    c = Correlator()
    feed(c, [*SIGHTINGS, ambulance(1500, 180), police_crash(1500, 240, "黎明路口 自小客撞擊機車 機車騎士受傷")])
    assert c.where("amb") == c.where("police") is not None
    assert c.where("police") != c.where("w1")


def test_a_wrong_way_scooter_far_away_later_is_another_crash() -> None:
    c = Correlator()
    feed(c, [*SIGHTINGS, call("far", "traffic_accident", 4900, 666, "有一台機車逆向騎過來撞到我")])
    assert c.where("far") is not None
    assert c.where("far") != c.where("w1")
