"""A relative who cannot reach someone in the burning building: the fire's call, though read as a search.

Described situation (the calls of 1093, 1013, 973 and 1157): at 19:00 a fire breaks out on the
9th floor of a residential tower on 經貿路 (119 dispatches, the police close the outer lane). At
19:10 a man calls 1999 from 300 m away: "我朋友住八樓，聯絡不到他". The text reader takes
聯絡不到 for a missing person, and a missing-person report would open a search of its own. The
coordinator does not send a search: his friend lives in the building that burns, and the fire
crews going up its floors are the ones who will find him. At 19:11 a woman calls 1999 and the
operator files her call under rescue: "我家人還在A區8樓，電話打不通"; nothing in the words reads as
a rescue, only her category does, and she too asks after someone in the burning building.

Calls that stay the search's: a mother whose daughter got separated from her while the crowd
ran ("我女兒剛剛大家在跑的時候走散了，12歲，手機打不通"; 1457) and a son whose father with
dementia has not been reachable since he left the bus (1459): the words say a person is lost,
which is a search's, not that someone sits in the building. And the friend's call while no
fire runs (a flood only) is a search of its own as before.
"""

from __future__ import annotations

from ops_center.incidents import IncidentType
from ops_center.measures import _asks_after_kin
from ops_center.policies import KIN_CALL_M
from tests.unit.ops_center.test_ops_correlate_unread import FIRE, call, item, run  # the tower at X0, Y0

FRIEND = "我朋友住八樓，聯絡不到他"


def test_a_friend_who_cannot_reach_someone_living_in_the_burning_tower_is_the_fire_s_not_a_search() -> None:
    assert KIN_CALL_M > 300.0
    c = run([*FIRE, call("friend", -300.0, 0.0, 10.0, FRIEND)])
    fire = c.where("dispatch")
    assert fire is not None
    assert c.snapshot(fire).type is IncidentType.FIRE
    assert c.where("friend") == fire


def test_a_call_filed_as_rescue_whose_words_only_ask_after_family_on_a_floor_asks_after_kin() -> None:
    # the operator's category gave its rescue; its words say only that someone cannot be reached
    family = call("family", -300.0, 0.0, 11.0, "我家人還在A區8樓，電話打不通", category="rescue")
    assert _asks_after_kin(family)
    assert not _asks_after_kin(call("parcel", -300.0, 0.0, 11.0, "管理室電話一直打不通，包裹要去哪裡領"))


def test_a_child_separated_in_the_crowd_is_a_search_of_its_own() -> None:
    lost = "我女兒剛剛大家在跑的時候走散了，12歲，穿白色T恤綁馬尾，手機打不通"
    c = run([*FIRE, call("girl", -300.0, 0.0, 10.0, lost, category="missing_person")])
    assert c.where("girl") is not None
    assert c.where("girl") != c.where("dispatch")


def test_an_elder_with_dementia_not_reachable_since_he_left_the_bus_is_a_search_of_its_own() -> None:
    lost = "我爸爸78歲有失智，下午三點多下客運之後就聯絡不到，穿深藍色夾克"
    c = run([*FIRE, call("elder", -300.0, 0.0, 10.0, lost, category="missing_person")])
    assert c.where("elder") is not None
    assert c.where("elder") != c.where("dispatch")


def test_the_friend_s_call_while_only_a_flood_runs_is_no_flood_s() -> None:
    water = [
        item("depth", "incident", "flooding_report", "police", 0.0, 0.0, 0.0, "經貿路積水約40公分 車輛無法通行"),
        item("water2", "119", "rescue", "fire", 50.0, 0.0, 3.0, "經貿路積水 車輛受困 救出1人"),
    ]
    c = run([*water, call("friend", -300.0, 0.0, 10.0, FRIEND)])
    assert c.where("friend") != c.where("depth")
