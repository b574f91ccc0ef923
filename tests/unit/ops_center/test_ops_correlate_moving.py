"""A subject that drives on (a wrong-way driver): its sightings are one incident.

Described situation: at dusk the cameras along 環中路 detect one car driving
against the traffic — every 30-40 s the next camera, 400-500 m further on (about
45-55 km/h), sees it — then a patrol stops it and reports so. A coordinator
runs this as one job, whatever the distance between the first and the last
sighting; two sightings kilometres apart within seconds are two cars.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind

X0, Y0, T0 = 214_168.0, 2_676_765.0, 1_779_471_600.0


def camera(key: str, dx: float, dt: float) -> Item:
    """A camera's wrong-way detection (each camera its own source)."""
    sev = CapSeverity.UNKNOWN
    return Item(key, ItemKind.EVENT, "police", "cctv", "wrong_way", sev, X0 + dx, Y0, T0 + dt, f"cam-{key}")


def report(key: str, dx: float, dt: float, text: str) -> Item:
    """A police report in the catch-all category, told by its text."""
    return Item(key, ItemKind.EVENT, "police", "incident", "other", CapSeverity.MODERATE, X0 + dx, Y0, T0 + dt,
                text=text)


def _feed(c: Correlator, items: list[Item]) -> None:
    for item in items:
        c.feed(item, item.t + 20.0)


def test_sightings_of_a_wrong_way_driver_along_the_road_are_one_incident() -> None:
    c = Correlator()
    _feed(c, [camera("w1", 0, 0), camera("w2", 90, 18), camera("w3", 550, 55), camera("w4", 1000, 90)])
    (inc_id,) = c.incident_ids()
    assert c.snapshot(inc_id).member_keys == {"w1", "w2", "w3", "w4"}


def test_a_police_report_whose_text_tells_of_the_wrong_way_driver_joins_its_track() -> None:
    c = Correlator()
    text = "逆向車輛於環中路往北屯方向攔停"
    _feed(c, [camera("w1", 0, 0), camera("w2", 90, 18), report("stop", 700, 60, text)])
    (inc_id,) = c.incident_ids()
    assert c.snapshot(inc_id).member_keys == {"w1", "w2", "stop"}


def test_two_wrong_way_sightings_too_far_apart_to_drive_between_are_two_incidents() -> None:
    c = Correlator()
    _feed(c, [camera("w1", 0, 0), camera("w2", 90, 18), camera("w3", 3000, 30), camera("w4", 3090, 48)])
    assert len(c.incident_ids()) == 2
