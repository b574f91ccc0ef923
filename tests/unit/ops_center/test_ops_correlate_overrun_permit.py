"""The permit of works that ran over is the overrun's job's.

Coordinators' example: the gas company's permit for night works on 黎明路 (23:00-05:00, two
lanes) came in the evening; nothing was wrong, and it stayed out as routine works. At 06:40
the lanes are still taken and a driver calls 1999: "黎明路施工到現在還沒收，兩個車道圍起來". The
call opens the overrun's job, and the coordinator puts the permit in it: it says whose works
they are and until when they were allowed (the police call that contractor to clear).

Permits that stay out: one whose works ended at 17:00 the day before (long over: the caller
speaks of other works); one on a street a kilometre away; and one whose works are allowed
until 08:00 (still in their time: no overrun of theirs).
"""

from __future__ import annotations

from dataclasses import replace

from ops_center.correlate import Correlator
from ops_center.incidents import Item
from tests.unit.ops_center.scene import Scene, replay

S = Scene(214_600.0, 2_676_200.0, 1_784_300_000.0)  # the works on 黎明路; t0 = 23:00, their start
CALL_MIN = 7 * 60 + 40  # 06:40


def permit(key: str, dx: float, start_min: float, end_min: float, text: str) -> Item:
    works = S.item(key, "planned_event", "road_works", "public_works", dx, 20.0, start_min, text)
    return replace(works, ends_t=S.t0 + end_min * 60.0)


NIGHT = permit("night", 0.0, 0.0, 6 * 60, "黎明路天然氣管線汰換工程，夜間23:00至翌日05:00封閉外側二車道")
STILL = S.item("still", "1999", "road_damage", "citizen", 60.0, 0.0, CALL_MIN, "黎明路施工到現在還沒收，兩個車道圍起來")


def run(*items: Item) -> Correlator:
    return replay(list(items), Correlator(), until=S.t0 + 12 * 3600.0)


def test_the_permit_of_the_works_that_ran_over_is_the_overrun_s() -> None:
    c = run(NIGHT, STILL)
    assert c.where("still") is not None
    assert c.where("night") == c.where("still")


def test_works_that_ended_the_afternoon_before_are_not_run_over() -> None:
    day = permit("day", 0.0, -14 * 60, -6 * 60, "黎明路自來水管線汰換工程，09:00至17:00佔用外側車道")
    c = run(day, STILL)
    assert c.where("still") is not None
    assert c.where("day") is None


def test_works_a_kilometre_away_are_not_the_overrun_s() -> None:
    far = permit("far", 1000.0, 0.0, 6 * 60, "中清路電信管線工程，夜間23:00至翌日05:00封閉內側車道")
    c = run(far, STILL)
    assert c.where("still") is not None
    assert c.where("far") is None


def test_works_still_in_their_time_have_not_run_over() -> None:
    late = permit("late", 0.0, 0.0, 9 * 60, "黎明路天然氣管線汰換工程，23:00至翌日08:00封閉外側二車道")
    c = run(late, STILL)
    assert c.where("still") is not None
    assert c.where("late") is None
