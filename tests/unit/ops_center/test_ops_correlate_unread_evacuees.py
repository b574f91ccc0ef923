"""People put out of their building ask when they may go back in: the job that put them out.

Described situation: at 19:00 a fire breaks out on the 6th floor of a residential tower on
經貿路 in a storm (119 dispatches, the police report the residents sent down). At 19:03 a
patrol reports water 30 cm deep on the road 90 m from the tower. At 19:20 a resident calls
1999 from the park across the street, 200 m from the tower: "住戶可以回去了嗎？我們在公園
這邊等很久了，小孩很冷。" The operator files it under 其他; the text names no fire. The
coordinator puts it with the fire: the residents waiting in the park are its evacuees, though
they called from beyond the tower's courtyard. A neighbour calling from the tower's door, where
the flooded street runs too, asks "請問我們今晚可以回家嗎？要去哪裡過夜？": the fire's as well,
not a question nobody can place; water on the road sends no one out of their home.

Calls that stay out: the same question asked 500 m away (no fire that near; the caller waits
for another building), one asking whether school and work are off tomorrow (a typhoon day's
routine question, no going back into a building), and a question of going back between two
fires 250 m apart (the coordinator cannot tell which building; it says so).
"""

from __future__ import annotations

from ops_center.incidents import IncidentType
from ops_center.policies import EVACUEES_M, REASON_SEVERAL, REASON_UNRELATED, UNREAD_SCENE_M
from tests.unit.ops_center.test_ops_correlate_unread import call, item, run  # the tower at X0, Y0

FIRE = [
    item("dispatch", "119", "fire", "fire", 0.0, 0.0, 0.0, "火災：經貿路住宅大樓6樓起火"),
    item("sent_down", "incident", "fire", "police", 20.0, 10.0, 8.0, "大樓火警 住戶已疏散至一樓"),
]
WATER = item("water", "incident", "flooding", "police", 90.0, 0.0, 3.0, "經貿路積水約30公分 車輛減速")


def test_residents_waiting_in_the_park_across_the_street_asking_to_go_back_are_the_fire_s() -> None:
    assert UNREAD_SCENE_M < 200.0 < EVACUEES_M
    park = call("park", -200.0, 0.0, 20.0, "住戶可以回去了嗎？我們在公園這邊等很久了，小孩很冷。")
    c = run([*FIRE, WATER, park])
    fire = c.where("dispatch")
    assert fire is not None
    assert c.snapshot(fire).type is IncidentType.FIRE
    assert c.where("park") == fire


def test_a_neighbour_at_the_door_of_the_burning_tower_beside_the_flooded_street_asks_the_fire() -> None:
    door = call("door", 45.0, 0.0, 22.0, "請問我們今晚可以回家嗎？要去哪裡過夜？")
    c = run([*FIRE, WATER, door])
    flood = c.where("water")
    assert flood is not None
    assert flood != c.where("dispatch")
    assert c.snapshot(flood).type is IncidentType.FLOOD
    assert c.where("door") == c.where("dispatch")


def test_the_same_question_far_from_any_fire_stays_out() -> None:
    far = call("far", -500.0, 0.0, 20.0, "住戶可以回去了嗎？")
    c = run([*FIRE, far])
    assert c.where("far") is None
    assert c.left_out()["far"] == REASON_UNRELATED


def test_a_typhoon_day_s_question_about_school_and_work_is_no_going_back() -> None:
    school = call("school", -200.0, 0.0, 20.0, "颱風天明天到底要不要上班上課？")
    c = run([*FIRE, school])
    assert c.where("school") is None


def test_a_question_of_going_back_between_two_fires_stays_out_and_says_so() -> None:
    other = item("other_fire", "119", "fire", "fire", -250.0, 0.0, 5.0, "火災：對面大樓3樓起火")
    between = call("between", -125.0, 0.0, 20.0, "什麼時候可以進去？我們東西都還在裡面")
    c = run([*FIRE, other, between])
    assert c.where("other_fire") != c.where("dispatch")
    assert c.where("between") is None
    assert c.left_out()["between"] == REASON_SEVERAL
