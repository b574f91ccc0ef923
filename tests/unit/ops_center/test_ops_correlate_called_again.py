"""A caller who says the matter is still there, or that they called before, is the job at their place.

Described situation: at 08:00 a scooter and a car collide at a junction (the police report
it; the wreck is towed and the job goes quiet within the hour). At 10:15 a rider calls
1999 from the junction: "早上那個車禍，地上到現在還有很多碎片跟油漬沒清，機車會滑倒". The
coordinator puts it with the crash: the debris is what the crash left. In a typhoon night a
power cut darkens a block (the utility's report, residents' calls); the job goes quiet
while the utility works, and at 23:40 a resident calls from the block: "剛剛打過了，到現在
還是沒電，可以派人來看嗎？", which the reader may take for nothing or for the outage: the
outage's. Calls that stay out: the same words four hours after the crash's last report, a
call naming nothing still there or called before ("路口有碎片"), a rider 600 m off, and a
neighbour's "樓上到現在還在唱歌" beside a quiet job (a noise heard now is its own case).
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind
from tests.unit.ops_center.test_ops_correlate_unread import T0, call, item

CRASH = [item("crash", "incident", "accident", "police", 0.0, 0.0, 0.0, "汽機車碰撞 一人輕傷 占用車道")]
OUTAGE = [
    item("cut", "incident", "other", "police", 0.0, 0.0, 0.0, "變電箱故障 整區停電 號誌熄滅 派員指揮"),
    Item(
        "dark", ItemKind.EVENT, "traffic", "signal", "fault", CapSeverity.UNKNOWN, 60.0, 20.0, T0 + 60.0, "SIG-1",
        "停電 號誌熄滅",
    ),
]


def run(items: list[Item]) -> Correlator:
    c = Correlator()
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 30.0)
        c.tick(it.t + 30.0)
    c.tick(T0 + 5 * 3600.0)
    return c


LEFT = "早上那個車禍，地上到現在還有很多碎片跟油漬沒清，機車會滑倒"


def debris(key: str, dx: float, minute: float, text: str = LEFT) -> Item:
    return call(key, dx, 10.0, minute, text, category="road_damage")


def test_a_rider_calling_about_the_debris_still_there_hours_later_is_the_crash_s() -> None:
    c = run([*CRASH, debris("late", 20.0, 135.0)])
    crash = c.where("crash")
    assert crash is not None
    assert c.where("late") == crash


def test_a_resident_who_called_before_and_still_has_no_power_is_the_outage_s() -> None:
    c = run([*OUTAGE, call("again", 40.0, -30.0, 100.0, "剛剛打過了，到現在還是沒電，可以派人來看嗎？")])
    cut = c.where("cut")
    assert cut is not None
    assert c.where("again") == cut


def test_the_same_words_four_hours_after_the_crash_stay_out() -> None:
    c = run([*CRASH, debris("next", 20.0, 250.0)])
    assert c.where("next") is None


def test_a_call_saying_nothing_is_still_there_stays_out() -> None:
    c = run([*CRASH, debris("plain", 20.0, 135.0, "路口有碎片，機車會滑倒")])
    assert c.where("plain") is None


def test_a_rider_far_from_the_crash_stays_out() -> None:
    c = run([*CRASH, debris("far", 600.0, 135.0)])
    assert c.where("far") is None


def test_a_noise_heard_now_beside_a_quiet_job_stays_out() -> None:
    c = run([*CRASH, call("sing", 20.0, 10.0, 100.0, "樓上到現在還在唱歌，很吵", category="noise")])
    assert c.where("sing") is None


def test_a_call_again_at_two_quiet_jobs_stays_out() -> None:
    second = item("crash2", "incident", "accident", "police", 140.0, 0.0, 60.0, "機車自撞 騎士擦傷 占用車道")
    c = run([*CRASH, second, debris("both", 70.0, 135.0)])
    assert c.where("crash") != c.where("crash2")
    assert c.where("both") is None
