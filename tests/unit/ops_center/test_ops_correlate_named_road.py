"""A caller asking about a closure or a queue on a road they name asks about the job on that road.

Described situation: at 07:10 a truck carrying gas bottles burns on 環中路 by 臺灣大道 (a 119
fire dispatch); the police close 環中路 both ways. At 07:30 a driver turned back at the
closure calls 1999 from home, 1.8 km away: "環中路為什麼封路？我要回家，繞好遠". The
coordinator answers from the fire's job: the question is the fire's. A caller as far off
asking whether 中清路 is closed asks about a road no job is on: nobody can say which job,
so it waits and is left out. A caller between a fallen tree on 凱旋路 (450 m away) and a
crash on 中科路 (1.5 km away) who asks whether 中科路 can be driven asks about the crash.
A call whose text reads nothing ("中清路現在可以走嗎") and names a road no job names stays out
(one naming the fire's road is the fire's: test_ops_correlate_unread.py).
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import IncidentType, Item
from ops_center.policies import REASON_NO_ANCHOR
from tests.unit.ops_center.scene import Scene, replay

X0, Y0, T0 = 214_000.0, 2_676_000.0, 1_779_405_000.0  # the burning truck; T0 = 07:10
ROADS = ("環中路", "中清路", "中科路", "凱旋路", "臺灣大道")


item = Scene(X0, Y0, T0).item


def call(key: str, dx: float, dy: float, minute: float, text: str) -> Item:
    return item(key, "1999", "other", "citizen", dx, dy, minute, text)


FIRE = [
    item("dispatch", "119", "fire", "fire", 0.0, 0.0, 0.0, "火災：環中路近臺灣大道 貨車載運瓦斯鋼瓶起火"),
    item("closed", "incident", "road_closure", "police", 20.0, 10.0, 6.0, "環中路臺灣大道口 火警 雙向封閉 改道"),
]


def run(items: list[Item], *, names: tuple[str, ...] = ROADS) -> Correlator:
    return replay(items, Correlator(road_names=names), until=T0 + 6 * 3600.0)


def test_a_driver_turned_back_far_off_asks_about_the_closure_of_the_road_they_name() -> None:
    c = run([*FIRE, call("asked", 1500.0, -1000.0, 20.0, "環中路為什麼封路？我要回家，繞好遠")])
    fire = c.where("dispatch")
    assert fire is not None
    assert c.snapshot(fire).type is IncidentType.FIRE
    assert c.where("asked") == fire


def test_a_question_about_a_road_no_job_is_on_waits_and_is_left_out() -> None:
    c = run([*FIRE, call("other_road", 1500.0, -1000.0, 20.0, "我從大雅要回市區，中清路是不是封了？要怎麼走比較快")])
    assert c.where("other_road") is None
    assert c.left_out()["other_road"] == REASON_NO_ANCHOR


def test_the_question_joins_the_job_on_the_road_it_names_not_the_nearer_one() -> None:
    tree = item("tree", "incident", "fallen_object", "police", 3000.0, 0.0, 0.0, "凱旋路 路樹倒塌 占用車道")
    crash = item("crash", "incident", "accident", "police", 3000.0, 1950.0, 2.0, "中科路 汽機車事故 占用內側車道")
    asked = call("asked", 3000.0, 450.0, 25.0, "導航一直叫我走中科路，中科路是不是不能走？")
    c = run([tree, crash, asked])
    assert c.where("tree") != c.where("crash")
    assert c.where("asked") == c.where("crash")


def test_a_question_beyond_the_reach_of_the_named_road_s_job_is_left_out() -> None:
    c = run([*FIRE, call("far", 6000.0, 0.0, 20.0, "環中路為什麼封路？")])
    assert c.where("far") is None


def test_without_the_zone_s_road_names_a_far_question_is_left_out() -> None:
    c = run([*FIRE, call("asked", 1500.0, -1000.0, 20.0, "環中路為什麼封路？")], names=())
    assert c.where("asked") is None


def test_a_call_that_reads_nothing_and_names_a_road_no_job_names_stays_out() -> None:
    c = run([*FIRE, call("vague", 1500.0, -1000.0, 20.0, "中清路現在可以走嗎")])
    assert c.where("vague") is None
    assert c.left_out()["vague"] == "unrelated_category"
