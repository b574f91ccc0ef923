"""An agency's follow-up names its report's job, however long ago that job went quiet.

Described situation: a two-day typhoon. On the first afternoon the river's level station
reaches warning level 3 and the police close the riverside path (their report a3); the
river falls and the job goes quiet. Fourteen hours later, overnight, the station reaches
level 3 again (a job opens with its alert) and the police write on their case a3 "水位達二級
警戒，沿岸道路預防性封閉": they file the night's closure on the first day's case, and the
coordinator keeps one river job, live, with the first day's evidence. A 1999 operator's
update on a call of the evening before ("案件更新：號誌已修復，結案", 14 h on) is that call's
job. A march's permit amended on the day ("變更路線", a follow-up of the permit, placed on
the new route 750 m off) is the same march.

Not so: the night's rise with no report filed back on the first day's case is a job of its
own (the same place flooding again hours apart is two jobs in several authors' sets), and a
police report of the night's closure that follows nothing joins the night's job only.
"""

from __future__ import annotations

from dataclasses import replace

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentState, Item, ItemKind

X0, Y0, T0 = 211_389.0, 2_673_903.0, 1_779_520_000.0
U = CapSeverity.UNKNOWN
H = 3600.0


def level(key: str, hour: float, text: str) -> Item:
    return Item(key, ItemKind.ALERT, "disaster", "rule", "water_level", CapSeverity.SEVERE, X0, Y0,
                T0 + H * hour, "SN-WL-4", text)


def police(key: str, dx: float, hour: float, text: str, follows: str | None = None) -> Item:
    return Item(key, ItemKind.EVENT, "police", "incident", "road_closure", U, X0 + dx, Y0, T0 + H * hour, "",
                text, follows)


def first_day() -> list[Item]:
    return [
        level("wl-1", 0.0, "筏子溪西屯水位 97.31 公尺，達三級警戒"),
        police("a3", 90.0, 1.2, "筏子溪河堤步道及自行車道封閉，勸離民眾"),
    ]


def run(items: list[Item]) -> Correlator:
    c = Correlator()
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 30.0)
    return c


def test_the_night_s_closure_filed_on_the_first_day_s_case_keeps_one_live_river_job() -> None:
    night = [
        level("wl-2", 14.0, "筏子溪西屯水位 97.44 公尺，達三級警戒"),
        police("closure-2", -90.0, 16.0, "筏子溪水位達二級警戒，沿岸道路預防性封閉", follows="a3"),
    ]
    c = run(first_day() + night)
    job = c.where("wl-2")
    assert job is not None
    assert {c.where(it.key) for it in first_day() + night} == {job}
    assert c.snapshot(job).state is IncidentState.OPEN


def test_the_night_s_rise_with_nothing_filed_back_is_a_job_of_its_own() -> None:
    night = [
        level("wl-2", 14.0, "筏子溪西屯水位 97.44 公尺，達三級警戒"),
        police("closure-2", -90.0, 16.0, "筏子溪水位達二級警戒，沿岸道路預防性封閉"),
    ]
    c = run(first_day() + night)
    assert c.where("wl-2") is not None
    assert c.where("closure-2") == c.where("wl-2")
    assert c.where("wl-2") != c.where("wl-1")


def test_an_operator_s_update_of_a_call_fourteen_hours_on_is_that_call_s_job() -> None:
    dark = Item("sig", ItemKind.EVENT, "traffic", "signal", "fault", U, X0, Y0, T0, "SN-SIG-11", "燈組全黑")
    call = Item("call", ItemKind.EVENT, "citizen", "1999", "traffic_signal", U, X0 + 35.0, Y0, T0 + 0.5 * H, "",
                "經貿路跟中平路口紅綠燈全部不亮，車子都亂開。")
    update = Item("update", ItemKind.EVENT, "citizen", "1999", "traffic_signal", U, X0 + 35.0, Y0, T0 + 14.5 * H, "",
                  "案件更新：號誌已修復，結案。", "call")
    c = run([dark, call, update])
    assert c.where("call") is not None
    assert c.where("update") == c.where("call")


def test_a_march_s_amended_permit_on_its_new_route_is_the_same_march() -> None:
    start = T0 + 10 * 24 * H
    permit = Item("permit", ItemKind.EVENT, "police", "planned_event", "march", U, X0, Y0, start, "",
                  "反空污夜間遊行 路線：水湳轉運中心集合→經貿路二段→中央公園北側草坪集會 預估3,000人")
    permit = replace(permit, ends_t=start + 2.5 * H)
    amended = replace(permit, key="amended", y=Y0 - 750.0, follows="permit",
                      text="變更路線：經貿路二段施工，遊行改由轉運中心→環中路二段→中科路→中央公園北側草坪")
    c = Correlator()
    c.feed(permit, T0)  # filed ten days ahead
    c.feed(amended, start - 8 * H)  # amended on the morning of the march
    assert c.where("permit") is not None
    assert c.where("amended") == c.where("permit")
