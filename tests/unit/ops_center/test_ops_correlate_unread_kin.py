"""Someone asks after a person of theirs inside the burning building: the fire's call.

Described situation: at 19:00 a fire breaks out on the 9th floor of a residential tower on
經貿路 (119 dispatches, the police close the outer lane). At 19:10 a woman calls 1999 from
her office 1.6 km away: "我媽住那棟大樓12樓，電話一直打不通，可以幫我確認她有沒有出來嗎？".
At 19:12 a father calls from the tower's far side, 250 m off, beyond its courtyard: "我家小孩
自己在家，住那棟8樓，拜託幫我看一下". The operator files both under 其他; neither names a fire.
The coordinator puts both with the fire: a relative who cannot reach someone living in the
building, or who asks that someone in it be checked on, asks about the one fire burning in
the zone, wherever they call from.

Calls that stay out: a resident 1.6 km off who cannot get through to the building's office
about a parcel ("管理室電話一直打不通，包裹要去哪裡領"): no person of theirs is in any building; the same
mother's call while a flood and no fire runs in the zone (a flood puts no one inside a
building at risk the coordinator could check); and her call while two fires burn 800 m
apart (the coordinator cannot tell which building her mother lives in; it says so).
"""

from __future__ import annotations

from ops_center.incidents import IncidentType
from ops_center.policies import KIN_CALL_M, REASON_SEVERAL, REASON_UNRELATED, UNREAD_SCENE_M
from tests.unit.ops_center.test_ops_correlate_unread import FIRE, call, item, run  # the tower at X0, Y0

MOTHER = "我媽住那棟大樓12樓，電話一直打不通，可以幫我確認她有沒有出來嗎？"


def test_a_daughter_calling_from_her_office_about_her_mother_in_the_burning_tower_is_the_fire_s() -> None:
    assert KIN_CALL_M > 1600.0
    c = run([*FIRE, call("mother", -1600.0, 0.0, 10.0, MOTHER)])
    fire = c.where("dispatch")
    assert fire is not None
    assert c.snapshot(fire).type is IncidentType.FIRE
    assert c.where("mother") == fire


def test_a_father_asking_that_his_child_at_home_in_that_building_be_checked_on_is_the_fire_s() -> None:
    assert UNREAD_SCENE_M < 250.0
    c = run([*FIRE, call("child", 0.0, 250.0, 12.0, "我家小孩自己在家，住那棟8樓，拜託幫我看一下")])
    assert c.where("child") == c.where("dispatch")


def test_a_resident_who_cannot_reach_a_building_s_office_about_a_parcel_asks_after_no_one() -> None:
    c = run([*FIRE, call("parcel", -1600.0, 0.0, 10.0, "管理室電話一直打不通，包裹要去哪裡領")])
    assert c.where("parcel") is None
    assert c.left_out()["parcel"] == REASON_UNRELATED


def test_the_same_call_while_only_a_flood_runs_stays_out() -> None:
    water = [
        item("depth", "incident", "flooding_report", "police", 0.0, 0.0, 0.0, "經貿路積水約40公分 車輛無法通行"),
        item("water2", "119", "rescue", "fire", 50.0, 0.0, 3.0, "經貿路積水 車輛受困 救出1人"),
    ]
    c = run([*water, call("mother", -1600.0, 0.0, 10.0, MOTHER)])
    assert c.where("mother") is None


def test_the_same_call_while_two_fires_burn_stays_out_and_says_so() -> None:
    other = item("other_fire", "119", "fire", "fire", -800.0, 0.0, 5.0, "火災：對面大樓3樓起火")
    c = run([*FIRE, other, call("mother", -1600.0, 0.0, 10.0, MOTHER)])
    assert c.where("other_fire") != c.where("dispatch")
    assert c.where("mother") is None
    assert c.left_out()["mother"] == REASON_SEVERAL
