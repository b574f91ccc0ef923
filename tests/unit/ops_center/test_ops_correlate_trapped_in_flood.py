"""A flood that opens where a rescue job of people trapped in its water already stands is one
job: flooding with people trapped.

Described situation: at 03:00 in a typhoon night 119 sends its rescue crew to a car stalled in
the water of a low-lying street ("河南路二段 車輛受困積水 1人，派遣救助隊"). Nothing else has told
of the water yet, so the rescue is a job of its own. Two minutes later the street's flood
sensor alarms at 35 cm, thirty metres away, and a resident calls 1999 about the water: the
flood opens there. The coordinator reads one job, the flood with the car trapped in it, for
the flood's crews and the fire bureau's rescue together. A lift stuck in a building across the
road (no water) stays a rescue of its own, and so does a car trapped in water 1.5 km away.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentState, IncidentType, Item, ItemKind

X0, Y0, T0 = 215_400.0, 2_676_200.0, 1_779_500_000.0


def ev(key: str, feed: str, category: str, agency: str, dx: float, dy: float, minute: float, text: str) -> Item:
    sev = CapSeverity.UNKNOWN if feed in {"119", "1999"} else CapSeverity.SEVERE
    return Item(key, ItemKind.EVENT, agency, feed, category, sev, X0 + dx, Y0 + dy, T0 + minute * 60.0, "", text)


def sensor(key: str, dx: float, dy: float, minute: float, cm: int) -> Item:
    return Item(
        key, ItemKind.ALERT, "disaster", "rule", "flood_depth", CapSeverity.SEVERE, X0 + dx, Y0 + dy,
        T0 + minute * 60.0, "SN-FL-X", f"河南路低窪處 淹水深度 {cm} 公分",
    )


CAR = ev("car", "119", "rescue", "fire", 0.0, 0.0, 0.0, "河南路二段 車輛受困積水 1人，派遣救助隊")
FLOOD = [
    sensor("fl1", 30.0, 10.0, 2.0, 35),
    ev("call", "1999", "flooding", "citizen", 60.0, -20.0, 3.0, "河南路這邊積水很深，快到膝蓋了"),
    sensor("fl2", 30.0, 10.0, 6.0, 42),
]


def run(items: list[Item]) -> Correlator:
    c = Correlator()
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 30.0)
    c.tick(T0 + 3600.0)
    return c


def test_a_flood_opening_at_a_standing_rescue_of_a_car_trapped_in_water_takes_it() -> None:
    c = run([CAR, *FLOOD])
    flood = c.where("fl1")
    assert flood is not None
    assert c.where("car") == flood
    assert c.where("call") == flood
    snap = c.snapshot(flood)
    assert snap.type is IncidentType.FLOOD
    assert snap.state is not IncidentState.MERGED


def test_a_rescue_with_no_water_beside_the_flood_stays_its_own() -> None:
    lift = ev("lift", "119", "rescue", "fire", -40.0, 30.0, 0.0, "河南路二段大樓電梯故障 困 2 人")
    c = run([lift, *FLOOD])
    assert c.where("lift") is not None
    assert c.where("lift") != c.where("fl1")
    assert c.snapshot(c.where("lift")).type is IncidentType.RESCUE


def test_a_car_trapped_in_water_far_from_the_flood_stays_its_own() -> None:
    far = ev("far", "119", "rescue", "fire", 1500.0, 0.0, 0.0, "經貿路三段 車輛受困積水 駕駛1人待救")
    c = run([far, *FLOOD])
    assert c.where("far") is not None
    assert c.where("far") != c.where("fl1")


def test_a_patrol_s_report_of_cars_trapped_in_the_flooding_is_the_flood_that_follows() -> None:
    patrol = ev("patrol", "incident", "road_flooding", "police", 0.0, 0.0, 0.0, "河南路積水約40公分，車輛受困")
    c = run([patrol, *FLOOD])
    assert c.where("patrol") is not None
    assert c.where("patrol") == c.where("fl1")
    assert c.snapshot(c.where("fl1")).type is IncidentType.FLOOD
