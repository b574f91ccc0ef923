"""A lamp post a crash knocked askew is the crash's damage.

Described situation: at 23:40 a car skids into a lamp post on 中平路 (119 sends an ambulance,
the police report the crash). At 23:48 a passer-by calls 1999 about the lamp post, and the
operator files it for the streetlight crew: "中平路有一支路燈被車撞歪了，燈還一閃一閃的". The
coordinator puts it with the crash: the bent pole is what the crash left at its scene (the
police tell the works office to make it safe). Another night a fallen tree's job holds the
call "凱旋路那支路燈被倒下來的樹打歪了" from beside the tree.

Calls that stay out: a lamp flickering beside the crash, which says nothing struck it (the
crew's routine case); and a pole knocked askew on a street where no job runs (a crash long
gone, the crew's repair).
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import Item
from tests.unit.ops_center.scene import Scene, replay

X0, Y0, T0 = 215_330.0, 2_674_210.0, 1_779_464_400.0  # the lamp post; T0 = 23:40

item = Scene(X0, Y0, T0).item

CRASH = [
    item("ambulance", "119", "ambulance", "fire", 0.0, 0.0, 1.0, "中平路 自小客車撞路燈桿 駕駛1人受傷"),
    item("police", "incident", "injury_accident", "police", 5.0, 0.0, 3.0, "中平路自小客車打滑撞擊路燈桿，駕駛輕傷"),
]


def lamp(key: str, dx: float, minute: float, text: str) -> Item:
    return item(key, "1999", "streetlight", "citizen", dx, 10.0, minute, text)


def run(*items: Item) -> Correlator:
    return replay(list(items), Correlator(), until=T0 + 4 * 3600.0)


def test_a_lamp_post_the_crash_knocked_askew_is_the_crash_s() -> None:
    c = run(*CRASH, lamp("bent", 15.0, 8.0, "中平路有一支路燈被車撞歪了，燈還一閃一閃的"))
    assert c.where("police") is not None
    assert c.where("bent") == c.where("police")


def test_a_lamp_post_a_fallen_tree_struck_is_the_tree_s() -> None:
    tree = item("tree", "incident", "fallen_object", "police", 0.0, 0.0, 0.0, "凱旋路路樹倒塌橫跨兩車道，已擺設警示")
    c = run(tree, lamp("struck", 40.0, 20.0, "凱旋路那支路燈被倒下來的樹打歪了，燈桿斜一邊"))
    assert c.where("tree") is not None
    assert c.where("struck") == c.where("tree")


def test_a_lamp_flickering_beside_the_crash_is_the_crew_s_routine() -> None:
    c = run(*CRASH, lamp("flicker", 30.0, 8.0, "中平路有一盞路燈一閃一閃的，麻煩派人修"))
    assert c.where("police") is not None
    assert c.where("flicker") is None


def test_a_pole_knocked_askew_where_no_job_runs_stays_out() -> None:
    c = run(*CRASH, lamp("elsewhere", 1500.0, 8.0, "經貿路有一支路燈被車撞歪了，桿子斜一邊"))
    assert c.where("police") is not None
    assert c.where("elsewhere") is None
