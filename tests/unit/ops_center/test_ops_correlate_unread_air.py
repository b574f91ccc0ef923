"""A citizen's unclassified call about the air outside is the plume drifting over the caller.

Described situation: at 08:00 a chlorine tank leaks at the water reclamation plant; the
police report the leak and 119 sends the hazmat unit. Between 08:10 and 08:30 residents
up to 1.5 km downwind call 1999; the operators file the calls under 其他, and nothing in
them names a gas: "外面有味道，窗戶可以開嗎？", "小孩有氣喘，現在外面的空氣可以出門嗎？". The
coordinator puts them with the leak: the only release in the district while it runs.
Calls that stay out: a shopkeeper 1.2 km off whose street smells of the joss paper a
neighbour burns (the environment bureau's open burning, smoke of the caller's own
street), a resident complaining that the drains stink every afternoon (the bureau's
routine), a call about the air two hours after the leak's last report, and a call
about the air in a district with only a crash running (no release to smell). In the
afternoon a warehouse burns 1.5 km on the other side of the caller while the leak
still runs: a caller between the two asking when the smoke will clear could mean
either, so the call stays out and says so.
"""

from __future__ import annotations

from ops_center.policies import REASON_SEVERAL, REASON_UNRELATED
from tests.unit.ops_center.test_ops_correlate_unread import call, item, run

LEAK = [
    item("police", "incident", "hazmat", "police", 0.0, 0.0, 0.0, "水資源回收中心 氯氣槽外洩 管制周邊道路"),
    item("hazmat", "119", "hazmat", "fire", 20.0, 10.0, 3.0, "氯氣外洩 派遣化學災害搶救車"),
]


def test_residents_downwind_asking_about_the_air_are_the_leak_s() -> None:
    c = run(
        [
            *LEAK,
            call("window", 900.0, 600.0, 10.0, "外面有味道，窗戶可以開嗎？"),
            call("asthma", 1200.0, 800.0, 25.0, "小孩有氣喘，現在外面的空氣可以出門嗎？"),
        ]
    )
    leak = c.where("police")
    assert leak is not None
    assert c.where("window") == leak
    assert c.where("asthma") == leak


def test_smoke_of_joss_paper_burning_in_the_caller_s_street_stays_out() -> None:
    c = run([*LEAK, call("paper", 1000.0, 700.0, 12.0, "騎樓有人在燒金紙，煙一直飄進店裡，味道很重")])
    assert c.where("paper") is None


def test_a_drain_that_stinks_every_afternoon_stays_the_bureau_s_routine() -> None:
    c = run([*LEAK, call("drain", 800.0, 500.0, 15.0, "那邊每天下午都在臭，像餿水的味道")])
    assert c.where("drain") is None


def test_a_call_about_the_air_long_after_the_leak_s_last_report_stays_out() -> None:
    c = run([*LEAK, call("late", 900.0, 600.0, 130.0, "外面還有味道嗎？")])
    assert c.where("late") is None
    assert c.left_out()["late"] == REASON_UNRELATED


def test_a_call_about_the_air_with_no_release_running_stays_out() -> None:
    crash = item("crash", "incident", "accident", "police", 0.0, 0.0, 0.0, "汽機車碰撞 占用車道")
    c = run([crash, call("air", 900.0, 600.0, 10.0, "外面有味道，窗戶可以開嗎？")])
    assert c.where("air") is None
    assert c.left_out()["air"] == REASON_UNRELATED


def test_a_call_between_the_leak_and_a_fire_people_see_stays_out_and_says_so() -> None:
    fire = [
        item("f119", "119", "fire", "fire", 3000.0, 0.0, 0.0, "倉庫火警 濃煙 派遣消防車"),
        item("fseen", "1999", "fire", "citizen", 3000.0, 100.0, 2.0, "倉庫冒黑煙 有火光"),
    ]
    c = run([*LEAK, *fire, call("between", 1500.0, 0.0, 10.0, "這個煙什麼時候會散？")])
    assert c.where("f119") != c.where("police")
    assert c.where("between") is None
    assert c.left_out()["between"] == REASON_SEVERAL
