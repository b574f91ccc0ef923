"""A smoke detector the fire's smoke set off downwind is that fire's job, not a second fire.

Described situation: at noon a sheet-metal factory burns; 119 sends engines and callers
all around report its black column. Fifteen minutes later a university building 600 m
downwind raises a smoke detector alarm. The engine that checks it, or the campus guard,
reports that the fire's smoke came in through the air intake and nothing burns there;
the panel returns to normal. A coordinator keeps one job, the factory's: the alarm, the
check and the panel's normal are that fire's smoke (the campus closes its air intakes).
Another building 500 m the other way raises an alarm at the same time, and its check
finds cooking fumes: a false alarm of its own, no part of the factory's fire. A museum's
panel trips on the smoke too, and the fire bureau dispatches an engine to it as a call of
its own: that call, whatever its crew finds, is a job of its own on the board.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind

X0, Y0, T0 = 214_080.0, 2_675_760.0, 1_779_500_000.0
U = CapSeverity.UNKNOWN


def ev(key: str, feed: str, cat: str, dx: float, dy: float, dt: float, text: str, sensor: str = "") -> Item:
    agency = {"119": "fire", "1999": "citizen", "fire_alarm": "disaster", "incident": "police"}[feed]
    return Item(key, ItemKind.EVENT, agency, feed, cat, U, X0 + dx, Y0 + dy, T0 + dt, sensor, text)


def factory() -> list[Item]:
    return [
        ev("call-1", "1999", "fire_smoke", 70.0, -30.0, 0.0, "凱旋路旁邊工廠冒黑煙，好像有火。"),
        ev("dispatch", "119", "fire", 0.0, 0.0, 60.0, "凱旋路以西 鐵皮工廠火警 濃煙 派遣分隊"),
        ev("call-2", "1999", "fire_smoke", 260.0, 50.0, 120.0, "看到工廠那邊冒黑煙，很濃。"),
        ev("call-3", "1999", "fire_smoke", -300.0, 200.0, 240.0, "路上就看得到一柱黑煙。"),
        ev("on-scene", "119", "fire", 0.0, 0.0, 500.0, "第一梯次到達現場 鐵皮廠房全面燃燒 請求增援"),
    ]


def run(items: list[Item]) -> Correlator:
    c = Correlator()
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 20.0)
    c.tick(T0 + 4 * 3600.0)
    return c


def test_an_alarm_the_fire_s_smoke_set_off_downwind_is_the_fire_s_job() -> None:
    campus = [
        ev("campus-alarm", "fire_alarm", "alarm", 400.0, -450.0, 900.0, "3F 偵煙式探測器動作", "SN-FA-9"),
        ev("campus-check", "incident", "other", 410.0, -460.0, 1500.0, "火場煙味經空調進氣口進入觸發偵煙 師生關窗"),
        ev("campus-normal", "fire_alarm", "normal", 400.0, -450.0, 1700.0, "受信總機復歸", "SN-FA-9"),
    ]
    c = run(factory() + campus)
    fire = c.where("dispatch")
    assert fire is not None
    assert c.snapshot(fire).type is IncidentType.FIRE
    assert {c.where(k) for k in ("campus-alarm", "campus-check", "campus-normal")} == {fire}


def test_a_panel_s_normal_saying_the_smoke_came_from_outside_brings_its_alarm_to_the_fire() -> None:
    campus = [
        ev("campus-alarm", "fire_alarm", "alarm", 400.0, -450.0, 900.0, "3F 偵煙式探測器動作", "SN-FA-9"),
        ev("campus-normal", "fire_alarm", "normal", 400.0, -450.0, 1700.0, "復歸（校警確認為外部煙霧飄入）", "SN-FA-9"),
    ]
    c = run(factory() + campus)
    fire = c.where("dispatch")
    assert c.where("campus-alarm") == fire
    assert c.where("campus-normal") == fire


def test_an_alarm_its_check_finds_cooking_fumes_stays_a_job_of_its_own() -> None:
    flat = [
        ev("flat-alarm", "fire_alarm", "alarm", -350.0, 360.0, 900.0, "5F 偵煙器動作", "SN-FA-11"),
        ev("flat-check", "119", "fire", -350.0, 360.0, 1300.0, "查看結果：5樓住戶烹煮油煙 誤報 已復歸"),
        ev("flat-normal", "fire_alarm", "normal", -350.0, 360.0, 1400.0, "受信總機 復歸", "SN-FA-11"),
    ]
    c = run(factory() + flat)
    fire = c.where("dispatch")
    own = c.where("flat-alarm")
    assert own is not None
    assert own != fire
    assert c.where("flat-check") == own


def test_an_alarm_the_fire_bureau_sent_an_engine_to_as_its_own_call_stays_its_own_job() -> None:
    museum = [
        ev("museum-alarm", "fire_alarm", "alarm", 400.0, -450.0, 900.0, "3F 空調機房 偵煙器動作", "SN-FA-4"),
        ev("museum-dispatch", "119", "fire", 400.0, -450.0, 1000.0, "派遣：美術館 火警自動警報 消防車1輛 查看"),
        ev("museum-check", "119", "fire", 400.0, -450.0, 1900.0, "現場查看：無火警 外氣引入煙霧致偵煙器動作 返隊"),
    ]
    c = run(factory() + museum)
    own = c.where("museum-alarm")
    assert own is not None
    assert own != c.where("dispatch")
    assert c.where("museum-check") == own
