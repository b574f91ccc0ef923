"""Two low points flooding in one storm stay two floods unless the water is shown to lie between them.

Described situation: a thunderstorm. At 17:00 the flood sensor at a road's low point reads
18 cm; at 17:04 the sensor of another low point 900 m east reads 20 cm. Callers stand
anywhere near what they report: one calls from halfway between ("這邊淹水了，機車騎不過去"),
which says nothing of the 400 m of road on either side; the coordinator still runs two
pumping jobs. So does a caller whose words say the water runs on or covers the whole road
("水從西邊一直流過來", "一路都是水"): that is what they see where they stand, and the two
crews' jobs stay two. When the first sensor reads 30 cm a little later, it reads its own low
point again; the patrol sent to the east low point, reporting its water and the cones it put
out there, reports on that job. Only a crew that finds the road between under water (a patrol
450 m from each low point: "積水約 20 公分") shows the two to be one flood.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind

X0, Y0, T0 = 215_000.0, 2_676_000.0, 1_780_100_000.0


def sensor(key: str, source: str, dx: float, minute: float, cm: int) -> Item:
    sev = CapSeverity.MODERATE if cm > 15 else CapSeverity.MINOR
    return Item(
        key,
        ItemKind.ALERT,
        "disaster",
        "rule",
        "flood_depth",
        sev,
        X0 + dx,
        Y0,
        T0 + minute * 60.0,
        source,
        f"低窪處 淹水深度 {cm} cm",
    )


def call(key: str, dx: float, minute: float, text: str) -> Item:
    return Item(
        key,
        ItemKind.EVENT,
        "citizen",
        "1999",
        "flooding",
        CapSeverity.UNKNOWN,
        X0 + dx,
        Y0,
        T0 + minute * 60.0,
        "",
        text,
    )


def run(items: list[Item]) -> Correlator:
    c = Correlator()
    for it in items:
        c.feed(it, it.t + 20.0)
    return c


STORM = [sensor("w1", "FL-W", 0.0, 0.0, 18), sensor("e1", "FL-E", 900.0, 4.0, 20)]


def test_a_caller_between_two_low_points_does_not_make_them_one_flood() -> None:
    c = run([*STORM, call("mid", 470.0, 8.0, "這邊淹水了，機車騎不過去")])
    assert c.where("w1") is not None
    assert c.where("e1") is not None
    assert c.where("w1") != c.where("e1")
    assert c.where("mid") in {c.where("w1"), c.where("e1")}


def test_a_sensor_already_in_one_flood_reads_its_own_low_point_again() -> None:
    c = run([*STORM, call("mid", 470.0, 8.0, "這邊淹水了，機車騎不過去"), sensor("w2", "FL-W", 0.0, 12.0, 30)])
    assert c.where("w2") == c.where("w1")
    assert c.where("w1") != c.where("e1")


def patrol(key: str, dx: float, minute: float, text: str) -> Item:
    return Item(
        key,
        ItemKind.EVENT,
        "police",
        "incident",
        "flooding_report",
        CapSeverity.UNKNOWN,
        X0 + dx,
        Y0,
        T0 + minute * 60.0,
        "",
        text,
    )


def test_a_caller_saying_the_water_ran_on_joins_one_flood_and_merges_none() -> None:
    c = run([*STORM, call("ran", 470.0, 8.0, "水從西邊一直流過來，淹到這裡了")])
    assert c.where("w1") != c.where("e1")
    assert c.where("ran") in {c.where("w1"), c.where("e1")}


def test_a_caller_who_sees_water_over_the_whole_stretch_merges_no_floods() -> None:
    c = run([*STORM, call("all", 470.0, 8.0, "從這邊到路口一路都是水，機車騎不過去")])
    assert c.where("w1") != c.where("e1")
    assert c.where("all") in {c.where("w1"), c.where("e1")}


def test_the_patrol_at_one_low_point_reports_on_that_job_only() -> None:
    c = run([
        *STORM,
        call("all", 470.0, 8.0, "從這邊到路口一路都是水，機車騎不過去"),
        patrol("p-e", 905.0, 10.0, "低窪路段積水約 25 公分，已擺放警示。"),
    ])
    assert c.where("p-e") == c.where("e1")
    assert c.where("w1") != c.where("e1")


def test_a_crew_finding_the_road_between_under_water_makes_them_one_flood() -> None:
    c = run([*STORM, patrol("p-mid", 450.0, 8.0, "路段積水約 20 公分，外側車道無法通行。")])
    assert c.where("w1") == c.where("e1") == c.where("p-mid")
