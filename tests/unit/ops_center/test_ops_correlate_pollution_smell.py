"""A pollution complaint that smells an irritant is the plume of the release running.

Described situation: at 08:00 a chlorine tank leaks at the water reclamation plant; the
police report the leak and 119 sends the hazmat unit. At 08:20 and 08:28 residents 800 m
to 1.2 km downwind call 1999 and the operators file the calls as pollution (環境公害) for
the environment bureau: "經貿路一帶有刺鼻氣味，疑似化學品外洩", "住家附近空氣有氯氣味，
請查明來源". The coordinator puts them with the leak: the stinging smell in the air is the
plume of the only release in the district, whatever desk the call was filed for.

Calls that stay out, filed the same way at the same places: dust from a building site that
stings the eyes (no smell in the air: the bureau's routine), a drain that stinks for days
(a smell that names no irritant: the drain's own), and the chlorine smell while only a
crash runs in the district (no release to smell).
"""

from __future__ import annotations

from ops_center.policies import REASON_UNRELATED
from tests.unit.ops_center.test_ops_correlate_unread import call, item, run

LEAK = [
    item("police", "incident", "hazmat", "police", 0.0, 0.0, 0.0, "水資源回收中心 氯氣槽外洩 管制周邊道路"),
    item("hazmat", "119", "hazmat", "fire", 20.0, 10.0, 3.0, "氯氣外洩 派遣化學災害搶救車"),
]
POLLUTION = "環境公害"


def test_pollution_complaints_of_a_stinging_smell_downwind_are_the_leak_s() -> None:
    c = run(
        [
            *LEAK,
            call("sting", 800.0, 300.0, 20.0, "經貿路一帶有刺鼻氣味，疑似化學品外洩", POLLUTION),
            call("chlorine", 1000.0, 700.0, 28.0, "住家附近空氣有氯氣味，請查明來源", POLLUTION),
        ]
    )
    leak = c.where("police")
    assert leak is not None
    assert c.where("sting") == leak
    assert c.where("chlorine") == leak


def test_dust_from_a_building_site_that_stings_the_eyes_stays_the_bureau_s_routine() -> None:
    c = run([*LEAK, call("dust", 800.0, 300.0, 30.0, "工地灰塵很大，騎車經過眼睛都睜不開", POLLUTION)])
    assert c.where("dust") is None
    assert c.left_out()["dust"] == REASON_UNRELATED


def test_a_drain_that_stinks_for_days_stays_the_bureau_s_routine() -> None:
    c = run([*LEAK, call("drain", 800.0, 300.0, 30.0, "停車場旁邊水溝很臭，好幾天了都沒人處理", POLLUTION)])
    assert c.where("drain") is None


def test_the_stinging_smell_with_no_release_running_stays_out() -> None:
    crash = item("crash", "incident", "accident", "police", 0.0, 0.0, 0.0, "汽機車碰撞 占用車道")
    c = run([crash, call("sting", 800.0, 300.0, 30.0, "經貿路一帶有刺鼻氣味，疑似化學品外洩", POLLUTION)])
    assert c.where("sting") is None
