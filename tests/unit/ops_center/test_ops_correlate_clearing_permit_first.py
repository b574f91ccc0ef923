"""A permit to clear a hazard that came before anyone reported the hazard is its job's.

Described situation: the morning after a storm the works office files a permit at 08:00:
"黎明路三段側溝緊急清淤（凱旋路口段），占用外側車道", works 08:30-12:00. Nobody has reported
anything there yet, so the permit stays out as routine works. At 10:30 the police report
water 15 cm deep at that junction ("清淤人員加速疏通側溝"), a job opens, and the coordinator puts
the permit in it: it is the clearing of the very drain that floods.

Permits that stay out: a pipe-replacement permit at the junction (routine works, no hazard
cleared); a clearing permit whose works ended at 10:00, before the water came; and a clearing
permit a kilometre away.
"""

from __future__ import annotations

from dataclasses import replace

from ops_center.correlate import Correlator
from ops_center.incidents import Item
from tests.unit.ops_center.scene import Scene, replay

S = Scene(214_346.0, 2_676_514.0, 1_784_330_000.0)  # the junction's drain; t0 = 08:00


def permit(key: str, dx: float, end_min: float, text: str) -> Item:
    works = S.item(key, "planned_event", "road_works", "public_works", dx, 0.0, 30.0, text)  # from 08:30
    return replace(works, ends_t=S.t0 + end_min * 60.0)


CLEARING = "黎明路三段側溝緊急清淤（凱旋路口段），占用外側車道"
REPORT = "黎明路凱旋路口積水約15公分，清淤人員加速疏通側溝"
WATER = [
    S.item("police", "incident", "flooding_report", "police", 20.0, 10.0, 150.0, REPORT),
    S.item("caller", "1999", "flooding", "citizen", 30.0, -20.0, 155.0, "黎明路凱旋路口又積水了，水溝塞住了"),
]


def run(*items: Item) -> Correlator:
    return replay(list(items), Correlator(), until=S.t0 + 8 * 3600.0)


def test_the_drain_s_clearing_permit_filed_before_the_water_is_the_flood_s() -> None:
    c = run(permit("drain", 0.0, 240.0, CLEARING), *WATER)
    assert c.where("police") is not None
    assert c.where("drain") == c.where("police")


def test_a_pipe_replacement_permit_at_the_junction_stays_out() -> None:
    c = run(permit("pipes", 0.0, 240.0, "黎明路自來水管線汰換工程，佔用外側車道"), *WATER)
    assert c.where("police") is not None
    assert c.where("pipes") is None


def test_a_clearing_whose_works_ended_before_the_water_came_stays_out() -> None:
    c = run(permit("done", 0.0, 120.0, CLEARING), *WATER)
    assert c.where("police") is not None
    assert c.where("done") is None


def test_a_clearing_permit_a_kilometre_away_stays_out() -> None:
    c = run(permit("far", 1000.0, 240.0, "中清路側溝緊急清淤，占用外側車道"), *WATER)
    assert c.where("police") is not None
    assert c.where("far") is None
