"""A crash and what it brings are one job.

Described situation: at night a truck hits a car at a junction (119 rescue dispatch,
the junction camera, a police report). Four minutes later the car catches fire: the
camera sees smoke, the fire bureau sends an engine to the same junction, and people
call about the burning car from where they stand, 100-400 m off. The coordinator runs
one job: the crash, its fire, its rescue. A car burning while it drives, or a car that
broke down and then burns, is a fire, not a crash.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind

X0, Y0, T0 = 214_168.0, 2_676_765.0, 1_779_471_600.0
U = CapSeverity.UNKNOWN


def item(key: str, feed: str, category: str, dx: float, dy: float, dt: float, **kw: object) -> Item:
    agency = {"119": "fire", "1999": "citizen", "cctv": "police", "incident": "police"}[feed]
    sev = kw.pop("severity", U)
    src = kw.pop("source_id", "")
    return Item(key, ItemKind.EVENT, agency, feed, category, sev, X0 + dx, Y0 + dy, T0 + dt, src, **kw)  # type: ignore[arg-type]


def _feed(c: Correlator, items: list[Item]) -> None:
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 20.0)


def _crash() -> list[Item]:
    return [
        item("rescue", "119", "rescue", 0, 0, 0, text="砂石車與自小客碰撞 一人受困"),
        item("cam", "cctv", "accident", 30, 10, 25, source_id="cam-8"),
        item("police", "incident", "injury_accident", 13, 14, 320, severity=CapSeverity.SEVERE),
    ]


def test_a_crashed_car_that_catches_fire_is_one_job_with_its_crash() -> None:
    c = Correlator()
    _feed(
        c,
        [
            *_crash(),
            item("smoke", "cctv", "smoke", 30, 10, 160, source_id="cam-8"),
            item("engine", "119", "fire", 20, 20, 200, text="同址車輛起火 加派水箱車"),
            item("call1", "1999", "fire_smoke", -28, -101, 240),
            item("call2", "1999", "fire_smoke", -250, -277, 290),
            item("call3", "1999", "fire_smoke", 287, -144, 360),
        ],
    )
    keys = ["rescue", "cam", "police", "smoke", "engine", "call1", "call2", "call3"]
    places = {k: c.where(k) for k in keys}
    assert set(places.values()) == {c.where("rescue")}, places
    assert c.snapshot(c.where("rescue")).type is IncidentType.TRAFFIC  # type: ignore[arg-type]


def test_a_fire_at_a_dark_signal_is_a_fire_not_the_signal_job() -> None:
    """No crash: a junction's signal goes dark, then a shop on its corner burns (the
    camera sees smoke, the fire bureau sends an engine): two jobs for two crews."""
    c = Correlator()
    dark = Item("dark", ItemKind.EVENT, "traffic", "signal", "fault", U, X0, Y0, T0, "sig-8")
    _feed(
        c,
        [
            dark,
            item("smoke", "cctv", "smoke", 20, 0, 120, source_id="cam-8"),
            item("engine", "119", "fire", 30, 10, 180),
        ],
    )
    assert c.where("engine") != c.where("dark")
    assert c.snapshot(c.where("engine")).type is IncidentType.FIRE  # type: ignore[arg-type]


def test_a_building_fire_down_the_road_from_a_crash_is_its_own_job() -> None:
    """A 119 fire dispatch 200 m from a crash, minutes later: another site, another job."""
    c = Correlator()
    _feed(c, [*_crash(), item("engine", "119", "fire", 200, 0, 200)])
    assert c.where("engine") != c.where("rescue")


def test_an_ambulance_for_a_riders_fall_and_the_police_report_of_it_are_one_crash() -> None:
    """A rider falls on his own (自摔, the police's single-vehicle crash): the fire bureau
    sends an ambulance, a passer-by calls, the police report the fall at the spot."""
    c = Correlator()
    _feed(
        c,
        [
            item("amb", "119", "ambulance", 0, 0, 0, text="西屯區黎明路三段 機車自摔 騎士頭部擦傷 派遣救護車"),
            item("call", "1999", "traffic_accident", -14, -40, 70),
            item("police", "incident", "traffic_accident", -3, 11, 330, severity=CapSeverity.MINOR),
        ],
    )
    places = {k: c.where(k) for k in ("amb", "call", "police")}
    assert len(set(places.values())) == 1, places


def alarm(key: str, dx: float, dy: float, dt: float) -> Item:
    """A flood sensor's depth alarm (the alerts package's flood-depth rule)."""
    sev = CapSeverity.MINOR
    return Item(key, ItemKind.ALERT, "disaster", "alert", "flood_depth", sev, X0 + dx, Y0 + dy, T0 + dt, "fl-6")


def test_the_hoses_water_in_the_underpass_beside_a_burning_crash_is_the_crashs() -> None:
    """No rain: the engine puts out the burning car, and ten minutes later the flood
    sensor of the underpass 180 m down the road reads 4 cm: the firefighting water."""
    c = Correlator()
    _feed(c, [*_crash(), item("engine", "119", "fire", 20, 20, 200), alarm("water", 160, 80, 900)])
    assert c.where("water") == c.where("rescue")


def test_water_beside_a_gas_smell_is_no_firefighting_water() -> None:
    """Neighbours smell gas (a hazardous-material job of the fire bureau, no fire); a flood
    sensor 60 m off alarms: nobody sprays water on a smell, so the water is its own job."""
    c = Correlator()
    _feed(
        c,
        [
            item("smell1", "1999", "gas_odor", 0, 0, 0),
            item("smell2", "1999", "gas_odor", 100, 40, 120),
            item("hazmat", "119", "hazmat", 20, 0, 300),
            alarm("water", 60, 0, 600),
        ],
    )
    assert c.where("water") not in {None, c.where("hazmat")}
