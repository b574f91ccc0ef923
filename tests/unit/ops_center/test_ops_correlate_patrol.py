"""A patrol reports a large site's fire from the junction in front of it.

Described situation: on a dry winter night the sludge building of the water reclamation
plant burns: its panel alarms, 119 dispatches engines to the plant's address, a camera
at the junction sees the smoke. Eight minutes later a patrol at the junction 350 m from
the burning building reports "the plant north-east of the junction is pouring out smoke"
and closes the road for the engines; an hour later it lifts the closure. The coordinator
keeps one job: the patrol reports the fire it sees from where it stands. The same night a
car burns 900 m away, reported first by a patrol: another fire, another job.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind

X0, Y0, T0 = 215_353.0, 2_674_612.0, 1_779_500_000.0


def ev(key: str, feed: str, cat: str, dx: float, dy: float, dt: float, text: str, sensor: str = "") -> Item:
    agency = {"119": "fire", "fire_alarm": "disaster", "incident": "police"}[feed]
    sev = CapSeverity.SEVERE if feed == "incident" else CapSeverity.UNKNOWN
    return Item(key, ItemKind.EVENT, agency, feed, cat, sev, X0 + dx, Y0 + dy, T0 + dt, sensor, text)


def run(extra: list[Item]) -> Correlator:
    c = Correlator()
    items = [
        ev("alarm", "fire_alarm", "alarm", 0.0, 0.0, 0.0, "第3區 污泥處理棟 2F 偵煙式探測器動作", "SN-FA-8"),
        ev("dispatch", "119", "fire", 0.0, 0.0, 180.0, "水湳水資源回收中心 污泥處理棟火警 派遣分隊"),
        ev("patrol", "incident", "fire_report", 150.0, -320.0, 480.0, "中平路經貿路口東北側 水資源回收中心冒濃煙"),
        ev("closure", "incident", "road_closure", 151.0, -321.0, 720.0, "中平路東向管制，供消防車進出。"),
        *extra,
    ]
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 60.0)
    c.tick(T0 + 5 * 3600.0)
    return c


def test_a_patrol_reporting_the_plant_s_smoke_from_the_junction_is_the_plant_s_fire() -> None:
    c = run([])
    fire = c.where("dispatch")
    assert fire is not None
    assert c.snapshot(fire).type is IncidentType.FIRE
    assert c.where("patrol") == fire
    assert c.where("closure") == fire


def test_a_car_a_patrol_reports_burning_900_m_away_is_another_fire() -> None:
    car = ev("car", "incident", "fire_report", -600.0, 680.0, 900.0, "河南路 自小客車起火 駕駛已逃出")
    c = run([car])
    assert c.where("car") is not None
    assert c.where("car") != c.where("dispatch")
