"""A thing blocking the road a caller reports beyond a crash's scene is a job of its own.

Described situation: a windy evening. At a junction a scooter and a car collide: a patrol
reports the crash, 119 sends an ambulance for the rider, and a caller at the corner says the
scooter is lying in the road. Ten minutes later a caller 150 m down the road reports a tree
fallen across the scooter lane; a quarter of an hour on, another caller 200 m the other way
reports a lorry stopped dead in the middle of the road with its hazard lights on. The
coordinator sends the crash's patrol and ambulance to the junction, the parks crew's saws to
the tree and a tow truck to the lorry: three jobs. A driver who says a car came the wrong
way at him is a sighting of that driver, not of a thing lying in the road.
"""

from __future__ import annotations

from tests.unit.ops_center.scene import Scene, replay

X0, Y0, T0 = 215_200.0, 2_676_700.0, 1_779_470_000.0  # the junction; T0 = 19:00


item = Scene(X0, Y0, T0).item


run = replay


CRASH = [
    item("patrol", "incident", "traffic_accident", "police", 0.0, 0.0, 0.0, "路口 機車與自小客擦撞 騎士倒地受傷"),
    item("rider", "119", "ambulance", "fire", 5.0, 5.0, 1.0, "路口車禍 機車騎士受傷 派遣救護車"),
    item("corner", "1999", "other", "citizen", 30.0, 20.0, 2.0, "路口有一台機車倒在路中間，車子都要繞過去"),
]
TREE = item("tree", "1999", "fallen_tree", "citizen", 150.0, 0.0, 10.0, "有一棵路樹倒下來，擋住機車道")
LORRY = item("lorry", "1999", "other", "citizen", -200.0, 0.0, 25.0, "有一台大卡車停在路中間不動，好像拋錨")


def test_a_tree_down_150_m_from_a_crash_is_a_clearance_job_of_its_own() -> None:
    c = run([*CRASH, TREE])
    crash, tree = c.where("patrol"), c.where("tree")
    assert crash is not None
    assert tree is not None
    assert crash != tree


def test_a_lorry_broken_down_200_m_from_a_crash_is_a_tow_job_of_its_own() -> None:
    c = run([*CRASH, LORRY])
    crash, lorry = c.where("patrol"), c.where("lorry")
    assert crash is not None
    assert lorry is not None
    assert crash != lorry


def test_the_injured_rider_s_ambulance_and_the_scooter_in_the_road_stay_with_the_crash() -> None:
    c = run([*CRASH, TREE, LORRY])
    assert {c.where("rider"), c.where("corner")} == {c.where("patrol")} != {None}


def test_a_caller_200_m_off_who_names_the_crash_stays_with_it() -> None:
    queue = item("queue", "1999", "other", "citizen", -200.0, 0.0, 5.0, "前面路口車禍，機車倒在路中間擋住")
    c = run([*CRASH, queue])
    assert c.where("queue") == c.where("patrol") is not None


TREE_JOB = [
    item("fell", "1999", "fallen_tree", "citizen", 0.0, 0.0, 60.0, "一棵路樹倒下來擋住兩個車道"),
    item("officer", "incident", "fallen_object", "police", 10.0, 0.0, 65.0, "路樹倒塌 佔用內側兩車道 已通報養工處"),
]


def test_a_signboard_blown_down_150_m_from_a_fallen_tree_is_a_job_of_its_own() -> None:
    """Typhoon night: a tree falls across two lanes (a caller, a patrol). Twenty minutes
    later a caller 150 m down the road says a shop's signboard was blown down into the
    scooter lane, and another 180 m the other way says a building site's hoarding fell into
    the road: the parks crew's saws, the sign's owner and the builder are three jobs. A
    caller 160 m off on the cross street who asks about the tree is the tree's."""
    sign = item("sign", "1999", "other", "citizen", 150.0, 0.0, 80.0, "有店家招牌被吹下來掉在機車道上")
    fence = item("fence", "1999", "other", "citizen", -180.0, 0.0, 85.0, "施工的鐵皮圍籬被風吹倒到馬路上")
    still = item("still", "1999", "fallen_tree", "citizen", 0.0, 160.0, 90.0, "那棵倒下來的路樹還擋在車道上")
    c = run([*TREE_JOB, sign, fence, still])
    tree = c.where("officer")
    assert tree is not None
    assert c.where("fell") == tree
    assert c.where("still") == tree
    assert c.where("sign") not in {tree, None}
    assert c.where("fence") not in {tree, None}
