"""A caller telling that the burnt smell is still there is the fire's job, not a new fire.

Described situation: a shop's kitchen burns at dawn; 119 and a patrol report it, the crews
put it out and leave, and the police close the road for an hour. Forty minutes after the
last report a neighbour calls 1999: "那邊到現在還有燒焦味，隔壁的店可以營業了嗎". The reader
takes the burnt smell for a fire report, which would open a fire of its own where the caller
stands; the caller says it is still there (cue ``still``), so the coordinator puts it with
the fire it lingers from.
"""

from __future__ import annotations

from ops_center.incidents import IncidentType, Item
from tests.unit.ops_center.test_ops_correlate_unread import item, run


def fire() -> list[Item]:
    return [
        item("f119", "119", "fire", "fire", 0.0, 0.0, 0.0, "火災：熱炒店廚房排油煙管起火延燒至二樓"),
        item("pfire", "incident", "fire_report", "police", 10.0, 5.0, 6.0, "店面火警，員警到場疏散鄰近店家"),
        item("close", "119", "fire", "fire", 5.0, 0.0, 70.0, "收隊：排油煙管積油起火，燒損約40平方公尺"),
    ]


def test_a_neighbour_saying_the_burnt_smell_is_still_there_joins_the_fire_s_job() -> None:
    smell = item("smell", "1999", "other", "citizen", 20.0, -10.0, 110.0, "那邊到現在還有燒焦味，隔壁的店可以營業了嗎")
    c = run([*fire(), smell])
    job = c.where("f119")
    assert job is not None
    assert c.snapshot(job).type is IncidentType.FIRE
    assert c.where("smell") == job

