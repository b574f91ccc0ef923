"""Water far along a flooded street is that flood only when the water is seen to spread there.

Described situation: a typhoon night. A street's low point floods first (its sensor alarms,
callers beside it). Forty minutes later a junction camera 700 m along the same street sees
water, and a caller there says the junction is one sheet of water ("整片都是水"): with dry
road between, that is the street's second low point, another crew and another pump, and the
coordinator runs two jobs. On a wet afternoon elsewhere, a caller near the low point says the
water has started to spread along the street ("往北也開始淹了"): the flood grows, and the same
camera's water is that flood. A caller at the far junction saying the water came down the
street from the low point ("水從南邊一直流過來") says so too. A drainage channel's level station
reads the channel under the street, not water at its post: it joins the street's flood however
far along the street it stands.
"""

from __future__ import annotations

from ops_center.correlate import Correlator, incident_id_for
from ops_center.incidents import CapSeverity, Item, ItemKind

X0, Y0, T0 = 215_000.0, 2_676_000.0, 1_784_000_000.0
U = CapSeverity.UNKNOWN


def on_the_street(x: float, y: float, within_m: float) -> tuple[tuple[str, float], ...]:
    """One street running north along x = X0 (metres along it from 5 km south of Y0)."""
    return (("street", y - Y0 + 5000.0),) if abs(x - X0) <= within_m else ()


def sensor(key: str, north: float, minute: float, site: str = "", category: str = "flood_depth") -> Item:
    return Item(key, ItemKind.ALERT, "disaster", "rule", category, CapSeverity.SEVERE, X0, Y0 + north,
                T0 + 60 * minute, f"FL-{north:.0f}", site=site)


def call(key: str, north: float, minute: float, text: str = "") -> Item:
    return Item(key, ItemKind.EVENT, "citizen", "1999", "flooding", U, X0, Y0 + north, T0 + 60 * minute, "", text)


def camera(key: str, north: float, minute: float) -> Item:
    return Item(key, ItemKind.EVENT, "police", "cctv", "flooding", U, X0, Y0 + north, T0 + 60 * minute,
                f"CCTV-{north:.0f}")


def _feed(items: list[Item]) -> Correlator:
    c = Correlator(roads_at=on_the_street)
    for item in items:
        c.feed(item, item.t + 30.0)
    return c


LOW_POINT = [sensor("s0", 0.0, 0.0), call("c0", 60.0, 5.0, "路口淹水，機車騎不過去")]


def test_water_at_a_second_low_point_along_the_street_is_another_flood() -> None:
    c = _feed([*LOW_POINT, camera("v1", 700.0, 40.0), call("c1", 710.0, 42.0, "路口整片都是水，車子開過去浪很大")])
    assert c.where("s0") == c.where("c0") == incident_id_for("s0")
    assert c.where("v1") != incident_id_for("s0")
    assert c.where("c1") != incident_id_for("s0")


def test_water_a_caller_says_spreads_along_the_street_reaches_the_far_junction() -> None:
    c = _feed([*LOW_POINT, call("c2", 150.0, 30.0, "往北那段也開始淹了"), camera("v1", 700.0, 40.0)])
    assert c.where("v1") == c.where("c2") == incident_id_for("s0")


def test_a_far_caller_saying_the_water_came_down_the_street_joins_the_flood() -> None:
    c = _feed([*LOW_POINT, call("c3", 700.0, 40.0, "水從南邊一直流過來，路口快看不到斑馬線")])
    assert c.where("c3") == incident_id_for("s0")


def test_a_drainage_channel_station_far_along_the_street_joins_the_flood() -> None:
    c = _feed([*LOW_POINT, sensor("wl", 700.0, 20.0, site="drainage", category="water_level")])
    assert c.where("wl") == incident_id_for("s0")
