"""An unclassified call that names an underpass is about the flooded underpass near the caller.

Described situation: on a typhoon night the underpass at 中清路/環中路 floods (its depth
sensor alarms, the police close it). From 22:20 people living around it and drivers
turned back at its approaches call 1999, 200-300 m from the sensor: "地下道什麼時候會通？
我明天五點要開車去上班", "地下道的抽水機是不是壞了？水都沒有在退". The operators file them
under 其他; the reader takes no topic from them, and they are farther from the job's
area than a caller at its scene. The coordinator puts them with the underpass's flood:
the only underpass under water near the callers. Calls that stay out: the same question
with no underpass named, a caller 1.5 km off asking about "the underpass" (the zone has
another one), and a question about the underpass where only a street flood runs (no
underpass is flooded).
"""

from __future__ import annotations

from ops_center.incidents import CapSeverity, Item, ItemKind
from ops_center.policies import REASON_UNRELATED
from tests.unit.ops_center.test_ops_correlate_unread import T0, X0, Y0, call, item, run

UNDERPASS = [
    Item(
        "depth", ItemKind.ALERT, "disaster", "alert", "flood_depth", CapSeverity.SEVERE, X0, Y0, T0, "FD-U",
        site="underpass",
    ),
    item("closed", "incident", "flooding", "police", 30.0, 10.0, 4.0, "地下道積水約50公分 封閉地下道"),
]
STREET = [
    Item("sdepth", ItemKind.ALERT, "disaster", "alert", "flood_depth", CapSeverity.SEVERE, X0, Y0, T0, "FD-S"),
    item("swater", "incident", "flooding", "police", 30.0, 10.0, 4.0, "低窪路段積水約30公分 車輛減速"),
]


def test_callers_around_a_flooded_underpass_asking_about_it_are_its_flood_s() -> None:
    c = run(
        [
            *UNDERPASS,
            call("work", 240.0, 60.0, 20.0, "地下道什麼時候會通？我明天五點要開車去上班。"),
            call("pump", -200.0, -150.0, 30.0, "地下道的抽水機是不是壞了？水都沒有在退"),
        ]
    )
    flood = c.where("depth")
    assert flood is not None
    assert c.where("work") == flood
    assert c.where("pump") == flood


def test_the_same_question_naming_no_underpass_stays_out() -> None:
    c = run([*UNDERPASS, call("open", 240.0, 60.0, 20.0, "什麼時候會通？我明天五點要開車去上班。")])
    assert c.where("open") is None
    assert c.left_out()["open"] == REASON_UNRELATED


def test_a_question_about_an_underpass_far_from_the_flooded_one_stays_out() -> None:
    c = run([*UNDERPASS, call("far", 1500.0, 0.0, 20.0, "地下道開了沒？我要出門了。")])
    assert c.where("far") is None


def test_a_question_about_an_underpass_beside_a_street_flood_stays_out() -> None:
    c = run([*STREET, call("street", 240.0, 60.0, 20.0, "地下道開了沒？我要出門了。")])
    assert c.where("sdepth") is not None
    assert c.where("street") is None
