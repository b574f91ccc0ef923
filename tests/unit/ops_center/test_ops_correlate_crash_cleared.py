"""A crash at a junction after the police cleared the first one there is a second crash.

Described situation (979's pattern): the 台74線 ramp meets 環中路 at 09:32. A junction camera
sees a scooter and a car collide; a caller and a patrol report it; at 09:58 the patrol writes
"事故處理完畢，車輛已移離" (dealt with, the vehicles moved away). At 10:14 the same camera sees
a collision again, and at 10:21 another patrol reports two cars rear-ended in the left-turn
lane. The first crash's job is still inside its 30 min window, but its crew said its wreck is
gone: the coordinator sends a second police unit to a second crash.

The same crash's later reports still join it: a patrol's report before the clearing, and a
caller who passes the junction after the clearing and reports the crash they saw.
"""

from __future__ import annotations

from ops_center.incidents import IncidentType
from tests.unit.ops_center.scene import Scene, replay, two_jobs

S = Scene(214_400.0, 2_677_300.0, 1_788_000_000.0)  # 台74線/環中路二段, 09:32

FIRST = [
    S.item("cam-1", "cctv", "accident", "police", 0.0, 0.0, 0.0, "路口機車與汽車碰撞"),
    S.item("call-1", "1999", "traffic_accident", "citizen", 20.0, 25.0, 1.0, "台74線下來環中路口機車跟汽車擦撞"),
    S.item("patrol-1", "incident", "accident", "police", 5.0, -10.0, 6.0,
           "台74線/環中路二段路口 機車與自小客擦撞，騎士手肘擦傷"),
]
CLEARED = S.item("patrol-done", "incident", "other", "police", 5.0, -10.0, 26.0,
                 "台74線/環中路口事故處理完畢，車輛已移離")


def test_a_camera_s_crash_after_the_patrol_cleared_the_first_opens_a_second_job() -> None:
    second = [
        S.item("cam-2", "cctv", "accident", "police", 0.0, 0.0, 42.0, "路口車輛碰撞"),
        S.item("patrol-2", "incident", "accident", "police", -15.0, 5.0, 49.0,
               "台74線/環中路二段路口 二部自小客追撞，佔用左轉車道"),
    ]
    c = replay([*FIRST, CLEARED, *second])
    first, new = two_jobs(c, "cam-1", "cam-2")
    assert c.where("patrol-done") == first
    assert c.where("patrol-2") == new
    assert c.snapshot(new).type is IncidentType.TRAFFIC


def test_reports_of_the_first_crash_before_its_clearing_and_a_passer_by_after_it_join_it() -> None:
    passer_by = S.item("passer-by", "1999", "traffic_accident", "citizen", 30.0, 10.0, 28.0,
                       "剛剛經過台74環中路口看到車禍，不知道有沒有人處理")
    c = replay([*FIRST, CLEARED, passer_by])
    first = c.where("cam-1")
    assert first is not None
    assert {c.where(k) for k in ("call-1", "patrol-1", "patrol-done", "passer-by")} == {first}
