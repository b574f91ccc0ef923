"""A driver stuck in a queue who calls about a crash ahead on the road they name reports the crash job there.

Described situation: at 23:48 a car and a scooter collide at the 河南路 / 中平路 junction; a
caller at the junction reports it, the police file the crash (河南路二段與中平路口) and 119
sends an ambulance. At 00:01 a driver 320 m back along 中平路, stuck in the queue the crash
made, calls 1999: "中平路往河南路塞住了，前面好像有車禍". The caller sees no crash; the
queue they sit in is that crash's, and the coordinator files the call on the crash job
(situations 1331, 1335, 1231, 1051, 935, 739: five authors put such calls in the crash
they queue behind). Three calls stay their own: a caller in the queue whose own car was
hit from behind (the road's only job is a fire up ahead: a crash is no fire's report), a
caller saying another crash happened in the queue (又撞了: a second crash behind the first,
test_ops_correlate_another_crash.py), and a crash call from 320 m away that says nothing of
a queue (a crash where the caller stands).
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import IncidentType, Item
from tests.unit.ops_center.scene import Scene, replay

X0, Y0, T0 = 214_000.0, 2_676_000.0, 1_779_405_000.0  # the junction; T0 = 23:48
ROADS = ("河南路", "中平路", "環中路", "經貿路")

item = Scene(X0, Y0, T0).item


def call(key: str, dx: float, dy: float, minute: float, text: str) -> Item:
    return item(key, "1999", "traffic_accident", "citizen", dx, dy, minute, text)


CRASH = [
    call("seen", 0.0, 0.0, 0.0, "河南路中平路口機車跟汽車擦撞，有人倒在地上"),
    item("police", "incident", "injury_accident", "police", 10.0, 5.0, 3.0, "河南路二段與中平路口 汽機車碰撞 騎士受傷"),
    item("ambulance", "119", "ambulance", "fire", 5.0, 0.0, 4.0, "河南路中平路口車禍 騎士腿部受傷（派遣救護車）"),
]


def run(items: list[Item]) -> Correlator:
    return replay(items, Correlator(road_names=ROADS), until=T0 + 6 * 3600.0)


def test_a_driver_in_the_queue_telling_of_the_crash_ahead_joins_the_crash_job() -> None:
    c = run([*CRASH, call("queued", -320.0, 0.0, 13.0, "中平路往河南路塞住了，前面好像有車禍")])
    crash = c.where("police")
    assert crash is not None
    assert c.snapshot(crash).type is IncidentType.TRAFFIC
    assert c.where("queued") == crash


def test_a_crash_ahead_on_a_road_no_job_names_opens_its_own() -> None:
    c = run([*CRASH, call("queued", -320.0, 0.0, 13.0, "經貿路塞住了，前面好像有車禍")])
    assert c.where("queued") is not None
    assert c.where("queued") != c.where("police")


def test_a_caller_hit_in_the_queue_of_a_fire_is_a_crash_of_its_own() -> None:
    fire = [
        item("dispatch", "119", "fire", "fire", 0.0, 0.0, 0.0, "火災：中平路 倉庫起火"),
        item("closed", "incident", "road_closure", "police", 10.0, 0.0, 5.0, "中平路 火警 雙向封閉 改道河南路"),
    ]
    hit = call("hit", -320.0, 0.0, 19.0, "中平路塞車，後面的車撞上來，三台車連環追撞，我脖子有點痛")
    c = run([*fire, hit])
    assert c.where("hit") is not None
    assert c.where("hit") != c.where("dispatch")


def test_a_caller_telling_of_another_crash_in_the_queue_is_a_crash_of_its_own() -> None:
    c = run([*CRASH, call("again", -320.0, 0.0, 13.0, "中平路塞住了，後面又撞了，兩台車追撞")])
    assert c.where("again") is not None
    assert c.where("again") != c.where("police")


def test_a_crash_call_saying_nothing_of_a_queue_is_a_crash_where_the_caller_stands() -> None:
    c = run([*CRASH, call("there", -320.0, 0.0, 13.0, "中平路機車自摔，騎士坐在路邊")])
    assert c.where("there") is not None
    assert c.where("there") != c.where("police")
