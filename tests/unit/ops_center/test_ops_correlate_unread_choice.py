"""A call several running jobs could explain goes to the one that clearly explains it best.

Described situations (an evening on 經貿路 and 中平路; each call filed under 其他, its text
read as nothing):

* A kitchen fire burns in a tower (119 dispatches, the police close the outer lane) while a
  patrol reports water standing 140 m down the street. A resident calls from the tower's
  door: "樓下好多人，我們現在要去哪裡？". Both jobs run within a block, but the caller stands at
  the burning tower: the coordinator gives the call to the fire.
* People are stuck in a lift (119 sends a rescue crew) and a crash blocks a lane 200 m along
  the road. A resident between them, nearer the crash, asks "電梯到底什麼時候會修好？我們要上
  樓": the lift is the rescue's, whatever lies nearer.
* A kitchen fire in the pop music centre and a crash 150 m away: a passer-by between them
  says "裡面的人都跑出來站在路邊，不知道發生什麼事": people running out of a building are the
  fire's.
* A tanker leaking acid closes 中平路; a rear-end crash blocks a lane of 中平路 800 m on. A
  driver 1.5 km off asks "中平路什麼時候會通？已經等很久了": the question is about what closes
  the road, the leak's job. A caller who names 中平路 but asks about its speed camera asks
  about no traffic: the coordinator cannot tell which job, if any, and the call stays out.
* Water stands on 經貿路 and the police close it; a crash blocks a lane 160 m back. A driver
  beside the crash asks "經貿路完全不能動，到底什麼時候可以開過去？": what keeps them from driving
  on is the closure, the flood's job, though the crash lies nearer.

Calls that stay out: one from between two jobs that says nothing of either (an equal
reading: :data:`REASON_SEVERAL`), and one far from every job (:data:`REASON_UNRELATED`). The
two jobs 140 m apart stay two incidents whatever their calls.
"""

from __future__ import annotations

import itertools
import math

from hypothesis import given
from hypothesis import strategies as st

from ops_center.correlate import Correlator
from ops_center.correlation_state import _Inc
from ops_center.explanation import Explanation, clear_best
from ops_center.incidents import IncidentType
from ops_center.policies import EXPLAIN_MARGIN, REASON_SEVERAL, REASON_UNRELATED
from tests.unit.ops_center.scene import replay, two_jobs
from tests.unit.ops_center.test_ops_correlate_unread import FIRE, T0, call, item, run

WATER = item("water", "incident", "flooding", "police", 0.0, -140.0, 4.0, "經貿路低窪處積水約30公分 車輛減速")


def test_a_resident_at_the_burning_tower_s_door_is_the_fire_s_not_the_water_s_down_the_street() -> None:
    c = run([*FIRE, WATER, call("door", 5.0, 5.0, 10.0, "樓下好多人，我們現在要去哪裡？")])
    fire, flood = two_jobs(c, "dispatch", "water")
    assert c.snapshot(fire).type is IncidentType.FIRE
    assert c.where("door") == fire
    assert c.where("water") == flood


def test_a_call_about_the_lift_is_the_lift_rescue_s_though_a_crash_lies_nearer() -> None:
    lift = item("lift", "119", "rescue", "fire", 0.0, 0.0, 0.0, "電梯受困 2人 派遣救護車")
    crash = item("crash", "incident", "accident", "police", 200.0, 0.0, 2.0, "汽機車碰撞 占用車道")
    c = run([lift, crash, call("upstairs", 110.0, 0.0, 8.0, "電梯到底什麼時候會修好？我們要上樓")])
    rescue, _ = two_jobs(c, "lift", "crash")
    assert c.where("upstairs") == rescue


def test_people_running_out_of_a_building_are_the_fire_s_not_the_crash_s_beside_it() -> None:
    fire = item("kitchen", "119", "fire", "fire", 0.0, 0.0, 0.0, "火災：影音中心廚房起火")
    crash = item("crash", "incident", "accident", "police", 150.0, 0.0, 2.0, "汽機車碰撞 占用車道")
    c = run([fire, crash, call("out", 90.0, 0.0, 6.0, "裡面的人都跑出來站在路邊，不知道發生什麼事")])
    burning, _ = two_jobs(c, "kitchen", "crash")
    assert c.where("out") == burning


ROAD = ("中平路", "經貿路")
LEAK = [
    item("tanker", "119", "hazmat", "fire", 0.0, 0.0, 0.0, "中平路槽車翻覆 化學品外洩 派遣化學車"),
    item("closed", "incident", "road_closure", "police", 30.0, 0.0, 3.0, "中平路 槽車外洩 雙向封閉"),
]
REAR_END = item("rear", "incident", "accident", "police", 800.0, 0.0, 10.0, "中平路 汽車追撞 占用內側車道")


def test_a_driver_asking_when_the_road_reopens_asks_about_the_job_that_closed_it() -> None:
    c = run([*LEAK, REAR_END, call("when", 0.0, 1500.0, 20.0, "中平路什麼時候會通？已經等很久了")], names=ROAD)
    leak, _ = two_jobs(c, "tanker", "rear")
    assert c.where("when") == leak


def test_a_caller_naming_the_road_about_no_traffic_stays_out_and_says_so() -> None:
    camera = call("camera", 0.0, 1500.0, 20.0, "請問中平路那邊的測速照相是不是壞了？")
    c = run([*LEAK, REAR_END, camera], names=ROAD)
    two_jobs(c, "tanker", "rear")
    assert c.where("camera") is None
    assert c.left_out()["camera"] == REASON_SEVERAL


def test_a_call_between_the_fire_and_the_water_saying_nothing_of_either_stays_out_and_says_so() -> None:
    c = run([*FIRE, WATER, call("middle", 0.0, -70.0, 10.0, "這邊到底怎麼了？")])
    two_jobs(c, "dispatch", "water")
    assert c.where("middle") is None
    assert c.left_out()["middle"] == REASON_SEVERAL


def test_a_call_far_from_every_job_stays_out_as_unrelated() -> None:
    c = run([*FIRE, WATER, call("far", 700.0, 700.0, 10.0, "樓下好多人，我們現在要去哪裡？")])
    assert c.where("far") is None
    assert c.left_out()["far"] == REASON_UNRELATED


def test_calls_given_to_one_of_two_jobs_never_join_the_two() -> None:
    calls = [call(f"door{i}", 5.0, 5.0 * i, 10.0 + i, "樓下好多人，我們現在要去哪裡？") for i in range(4)]
    c = replay([*FIRE, WATER, *calls], Correlator(road_names=("經貿路",)), until=T0 + 4 * 3600.0)
    fire, flood = two_jobs(c, "dispatch", "water")
    assert {c.where(k.key) for k in calls} == {fire}
    assert {m.item.key for m in c.snapshot(flood).members} == {"water"}


def _explanations(scores: list[float]) -> list[Explanation]:
    return [
        Explanation(_Inc(f"inc{i}", IncidentType.FIRE, i, T0), 0.0, s, 0.0) for i, s in enumerate(scores)
    ]


# a job's place scores minus infinity when it lies beyond any distance (no area to measure)
_SCORES = st.one_of(st.floats(min_value=-50.0, max_value=50.0, allow_nan=False), st.just(-math.inf))


@given(st.lists(_SCORES, min_size=1, max_size=5))
def test_the_clear_best_leads_every_other_by_the_margin_whatever_the_order(scores: list[float]) -> None:
    explained = _explanations(scores)
    best = clear_best(explained)
    for order in itertools.permutations(explained):
        assert clear_best(list(order)) is best  # the order the candidates were found in says nothing
    if best is None:
        ranked = sorted(scores, reverse=True)
        assert len(ranked) > 1
        assert not ranked[0] - ranked[1] >= EXPLAIN_MARGIN
    else:
        lead = next(e.score for e in explained if e.inc is best)
        assert all(lead - e.score >= EXPLAIN_MARGIN for e in explained if e.inc is not best)
        assert len(scores) == 1 or math.isfinite(lead)



def test_a_driver_at_a_crash_asking_when_the_road_opens_asks_about_the_closure_beside_it() -> None:
    """A driver stuck on 經貿路 beside a crash, 40 m off, asks when the road opens: the road
    is shut by the flood's closure 160 m on, and that is what they ask about."""
    shut = [
        WATER,
        item("shut", "incident", "road_closure", "police", 20.0, -140.0, 6.0, "經貿路積水 雙向封閉"),
    ]
    crash = item("crash", "incident", "accident", "police", 0.0, 20.0, 7.0, "汽機車碰撞 占用車道")
    driver = call("driver", 0.0, -20.0, 12.0, "經貿路完全不能動，到底什麼時候可以開過去？")
    c = run([*shut, crash, driver])
    flood, _ = two_jobs(c, "water", "crash")
    assert c.where("driver") == flood
