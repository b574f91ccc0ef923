"""An unclassified call that speaks of the fire is the fire's, where several jobs could explain it.

Described situation: at 19:00 a kitchen fire breaks out in a tower on 經貿路 (119 dispatches,
the police close the outer lane) while a crash 100 m along the road is still being cleared.
At 19:09 a passer-by on the corner between them calls 1999: "好多人在路邊圍觀，消防車進出很
危險". The operator files it under 其他; the reader takes no topic from it. Two jobs run at
the caller's place, but the call speaks of the fire engines: the coordinator puts it with
the fire. A call from the same corner that names nothing of a fire ("這邊到底怎麼了？") still
stays out and says so.

In the afternoon a grass fire burns in the park (119 and two callers who see it) and, 900 m
the other way, a shed fire smoulders on. At 15:20 a caller 250 m from the grass fire says
"還在冒白煙，要不要再派人來看": the caller sees smoke rising, and the fire one sees is the
nearest burning; the grass fire's. A caller asking when "this smoke" will clear, who sees
nothing burn, still could mean either and stays out.
"""

from __future__ import annotations

from ops_center.policies import REASON_SEVERAL
from tests.unit.ops_center.test_ops_correlate_unread import FIRE, call, item, run

CRASH = item("crash", "incident", "accident", "police", 100.0, 0.0, 2.0, "汽機車碰撞 占用車道")


def test_a_call_at_two_jobs_that_speaks_of_the_fire_engines_is_the_fire_s() -> None:
    c = run([*FIRE, CRASH, call("engines", 50.0, 60.0, 9.0, "好多人在路邊圍觀，消防車進出很危險")])
    assert c.where("crash") != c.where("dispatch")
    assert c.where("engines") == c.where("dispatch")


def test_a_call_at_two_jobs_that_names_nothing_of_a_fire_still_stays_out() -> None:
    c = run([*FIRE, CRASH, call("corner", 50.0, 60.0, 9.0, "這邊到底怎麼了？好多警察")])
    assert c.where("corner") is None
    assert c.left_out()["corner"] == REASON_SEVERAL


GRASS = [
    item("g119", "119", "fire", "fire", 0.0, 0.0, 0.0, "公園草地火警 派遣消防車"),
    item("gseen", "1999", "fire_smoke", "citizen", 30.0, 20.0, 2.0, "公園草地燒起來了 有火光"),
]
SHED = [
    item("s119", "119", "fire", "fire", -900.0, 0.0, 1.0, "工寮火警 濃煙 派遣消防車"),
    item("sseen", "1999", "fire_smoke", "citizen", -880.0, 20.0, 3.0, "工寮冒黑煙 有火光"),
]


def test_a_caller_who_sees_smoke_rising_is_the_nearest_fire_s() -> None:
    c = run([*GRASS, *SHED, call("white", 250.0, 0.0, 20.0, "還在冒白煙，要不要再派人來看")])
    assert c.where("g119") != c.where("s119")
    assert c.where("white") == c.where("g119")


def test_a_caller_between_two_fires_who_sees_none_burn_stays_out() -> None:
    c = run([*GRASS, *SHED, call("clear", -450.0, 0.0, 20.0, "這個煙什麼時候會散？")])
    assert c.where("clear") is None
    assert c.left_out()["clear"] == REASON_SEVERAL
