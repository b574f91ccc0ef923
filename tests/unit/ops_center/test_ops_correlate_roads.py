"""A flood follows its road: water reported along the flooded street is one flood.

Described situation: an afternoon storm; a street running north floods first at its
low point (the flood sensor there alarms), then the water spreads along the street for
over an hour. People call from where they stand on the street, every 600-700 m as the
water moves on, saying it has reached them too ("這邊也開始淹了"); a camera on the street
sees it too. A coordinator runs one flood job along the street. Water reported as far
off across the blocks, on another street, and the water in an underpass at the street's
far junction (its own low point, 1.2 km away), are other jobs; a motorcycle that skids
and hits a car in the water is a crash, for an ambulance and the traffic police, not for
the pumps.
"""

from __future__ import annotations

from ops_center.correlate import Correlator, incident_id_for
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind

X0, Y0, T0 = 215_000.0, 2_676_000.0, 1_784_000_000.0
U = CapSeverity.UNKNOWN


def on_the_street(x: float, y: float, within_m: float) -> tuple[tuple[str, float], ...]:
    """One street running north along x = X0 (metres along it from 5 km south of Y0)."""
    return (("street", y - Y0 + 5000.0),) if abs(x - X0) <= within_m else ()


def sensor(key: str, north: float, minute: float) -> Item:
    return Item(key, ItemKind.ALERT, "disaster", "rule", "flood_depth", CapSeverity.SEVERE, X0, Y0 + north,
                T0 + 60 * minute, f"FL-{north:.0f}")


def call(key: str, north: float, minute: float, east: float = 0.0, text: str = "") -> Item:
    return Item(key, ItemKind.EVENT, "citizen", "1999", "flooding", U, X0 + east, Y0 + north, T0 + 60 * minute,
                "", text)


SPREADS = "這邊也開始淹了"  # the water moving on along the street (cue ``spreading``)


def _feed(c: Correlator, items: list[Item]) -> None:
    for item in items:
        c.feed(item, item.t + 30.0)


def test_water_spreading_along_the_street_is_one_flood_beyond_the_usual_reach() -> None:
    c = Correlator(roads_at=on_the_street)
    calls = [call(f"c{i}", 650.0 * i, 8.0 * i, text=SPREADS) for i in range(1, 5)]  # up to 2.6 km along the street
    _feed(c, [sensor("s0", 0.0, 0.0), *calls])
    flood = incident_id_for("s0")
    assert {k.key: c.where(k.key) for k in calls} == {k.key: flood for k in calls}
    assert all(m.anchor for m in c.snapshot(flood).members)  # the area grew along the street


def test_a_call_waiting_farther_along_the_street_joins_when_the_water_reaches_it() -> None:
    c = Correlator(roads_at=on_the_street)
    _feed(c, [sensor("s0", 0.0, 0.0), call("far", 1450.0, 5.0), call("mid", 700.0, 10.0, text=SPREADS)])
    assert c.where("far") == c.where("mid") == incident_id_for("s0")


def test_water_as_far_off_across_the_blocks_is_not_the_street_flood() -> None:
    c = Correlator(roads_at=on_the_street)
    _feed(c, [sensor("s0", 0.0, 0.0), call("c1", 650.0, 8.0, text=SPREADS), call("east", 650.0, 9.0, east=650.0)])
    assert c.where("c1") == incident_id_for("s0")
    assert c.where("east") is None


def test_two_low_points_of_one_street_flooding_at_once_are_two_floods() -> None:
    c = Correlator(roads_at=on_the_street)
    _feed(c, [sensor("s0", 0.0, 0.0), sensor("u1", 1200.0, 5.0)])
    assert c.where("u1") == incident_id_for("u1") != incident_id_for("s0")


def test_a_crash_in_the_flooded_street_is_a_crash() -> None:
    c = Correlator(roads_at=on_the_street)
    crash = Item("p1", ItemKind.EVENT, "police", "incident", "injury_accident", CapSeverity.MODERATE, X0 + 10,
                 Y0 + 40, T0 + 600)
    _feed(c, [sensor("s0", 0.0, 0.0), call("c1", 50.0, 4.0), crash])
    assert c.where("c1") == incident_id_for("s0")
    assert c.where("p1") == incident_id_for("p1")
    assert c.snapshot(incident_id_for("p1")).type is IncidentType.TRAFFIC
