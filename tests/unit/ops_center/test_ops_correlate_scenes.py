"""Where a crew reports another kind of traffic job than the crews at a job near it
(coordinators' examples): the crews stand at two jobs."""

from __future__ import annotations

from ops_center.correlate import Correlator, incident_id_for
from ops_center.incidents import CapSeverity, Item, ItemKind

X0, Y0, T0 = 214_680.0, 2_676_980.0, 1_464_850_000.0


def ev(key: str, feed: str, category: str, dx: float, dy: float, dt: float, text: str) -> Item:
    """An agency's report (the police's incident feed or the fire bureau's 119)."""
    agency = "fire" if feed == "119" else "police"
    sev = CapSeverity.MODERATE if feed == "incident" else CapSeverity.UNKNOWN
    return Item(key, ItemKind.EVENT, agency, feed, category, sev, X0 + dx, Y0 + dy, T0 + dt, text=text)


def test_a_lorry_broken_down_at_the_next_junction_is_not_the_crash_job() -> None:
    """Rush hour on 環中路: a scooter and a car collide at the 中科路 junction (the
    police report it). A quarter of an hour later a patrol reports a lorry broken down
    in the left-turn lane at the 經貿路 junction, 115 m on: a tow job of its own, with
    its own crew; the tow's completion is news of the lorry."""
    c = Correlator()
    c.feed(ev("a1", "incident", "injury_accident", 0, 0, 0, "環中路二段/中科路口 機車與自小客擦撞 1人受傷"), T0 + 30)
    lorry = "經貿路二段近環中路口 大貨車拋錨佔用左轉車道"
    c.feed(ev("b1", "incident", "stalled_vehicle", 108, 42, 900, lorry), T0 + 930)
    c.feed(ev("b2", "incident", "stalled_vehicle", 110, 45, 2400, "經貿路二段拋錨大貨車拖吊完成"), T0 + 2430)
    crash = incident_id_for("a1")
    assert c.where("a1") == crash
    assert c.where("b1") == incident_id_for("b1") != crash
    assert c.where("b2") == c.where("b1")


def test_a_stalled_car_at_the_crash_scene_is_the_crash_job() -> None:
    """The crashed car cannot be driven off: the patrol at the scene reports it stalled
    in the lane, 20 m from where the crash was reported. One job."""
    c = Correlator()
    c.feed(ev("a1", "incident", "injury_accident", 0, 0, 0, "環中路二段/中科路口 自小客追撞 1人受傷"), T0 + 30)
    c.feed(ev("a2", "incident", "stalled_vehicle", 16, 12, 600, "肇事車輛無法行駛 佔用內側車道 待拖吊"), T0 + 630)
    assert c.where("a2") == c.where("a1") == incident_id_for("a1")


def test_a_crew_at_a_breakdown_beside_a_tree_blocking_the_road_reports_one_job() -> None:
    """A tree falls across the road (a patrol reports it); the fire bureau's crew sent
    to cut it, 30 m along, reports the road blocked: one job."""
    c = Correlator()
    c.feed(ev("t1", "incident", "fallen_object", 0, 0, 0, "路樹倒塌 佔用車道"), T0 + 30)
    c.feed(ev("t2", "119", "rescue", 25, 15, 500, "路樹倒塌阻斷車道 派遣分隊鋸除"), T0 + 520)
    assert c.where("t2") == c.where("t1") == incident_id_for("t1")
