"""A neighbouring block's smoke detector going off while a fire burns beside it is that fire's smoke.

Described situation: at night a flat on the 7th floor of block A burns; its panel trips, 119
sends engines to block A and callers around the blocks report the black smoke. Four minutes
later the panel of block B, 280 m away across the lane, reports a detector in its corridor:
the smoke drifting over the blocks is drawn in. No crews are sent to block B and its panel
resets twenty minutes later, when block A's fire is out. The coordinator keeps one job, block
A's fire (block B's residents are told to shut their windows by its crews).
Two other nights: a motorbike charging in block B's car park catches fire while block A
burns; block B's panel trips, a resident calls about the smoke pouring out of the car park,
and two minutes after the alarm 119 sends crews to block B as a job of its own: two fires.
And block B's detector trips on a resident's incense; the staff check the floor and reset
the panel within five minutes: no part of block A's fire.
A chlorine release at the reclamation centre (119's hazmat crews on it) drifts over the
campus 330 m away, where a manual call point is pressed: the release's job.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind

X0, Y0, T0 = 215_335.0, 2_675_443.0, 1_779_500_000.0
U = CapSeverity.UNKNOWN
B = (20.0, -277.0)  # block B's panel from block A's


def ev(key: str, feed: str, cat: str, at: tuple[float, float], dt: float, text: str, sensor: str = "") -> Item:
    agency = {"119": "fire", "1999": "citizen", "fire_alarm": "disaster", "incident": "police"}[feed]
    return Item(key, ItemKind.EVENT, agency, feed, cat, U, X0 + at[0], Y0 + at[1], T0 + dt, sensor, text)


def block_a() -> list[Item]:
    a = (0.0, 0.0)
    return [
        ev("a-alarm", "fire_alarm", "alarm", a, 0.0, "7F 住戶 偵煙探測器動作", "FA-A"),
        ev("a-119", "119", "fire", (10.0, 0.0), 90.0, "生態住宅A區 7樓住宅火警 派遣水箱車3 雲梯車1"),
        ev("a-call-1", "1999", "fire_smoke", (-60.0, -40.0), 150.0, "A區大樓7樓冒黑煙，火很大"),
        ev("a-call-2", "1999", "fire_smoke", (-200.0, -100.0), 200.0, "公園這邊看過去那棟大樓一直冒黑煙"),
        ev("a-on-scene", "119", "fire", (10.0, 0.0), 600.0, "到場 7樓一戶火勢猛烈 佈線搶救"),
        ev("a-out", "119", "fire", (10.0, 0.0), 2400.0, "火勢撲滅 殘火處理"),
    ]


def run(items: list[Item]) -> Correlator:
    c = Correlator()
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 20.0)
    c.tick(T0 + 6 * 3600.0)
    return c


def test_a_neighbouring_block_s_alarm_in_the_fire_s_smoke_is_the_fire_s_job() -> None:
    c = run([
        *block_a(),
        ev("b-alarm", "fire_alarm", "alarm", B, 240.0, "3F 走廊 偵煙探測器動作", "FA-B"),
        ev("b-smoke", "1999", "fire_smoke", (40.0, -250.0), 300.0, "B區大樓走廊都是煙，警報一直響"),
        ev("b-call", "1999", "fire_smoke", (60.0, -240.0), 420.0, "煙從A區飄過來，我們這棟警報器也在響"),
        ev("b-normal", "fire_alarm", "normal", B, 1500.0, "受信總機 復歸", "FA-B"),
    ])
    fire = c.where("a-119")
    assert fire is not None
    assert c.snapshot(fire).type is IncidentType.FIRE
    assert {c.where(k) for k in ("a-alarm", "a-call-2", "b-alarm", "b-smoke", "b-call", "b-normal")} == {fire}


def test_crews_sent_to_the_neighbouring_block_make_its_alarm_a_fire_of_its_own() -> None:
    c = run([
        *block_a(),
        ev("b-alarm", "fire_alarm", "alarm", B, 240.0, "B1 停車場 偵煙探測器動作", "FA-B"),
        ev("b-early", "1999", "fire_smoke", (15.0, -260.0), 300.0, "B區地下室一直冒煙出來，機車停車場"),
        ev("b-119", "119", "fire", B, 360.0, "生態住宅B區 地下停車場 機車起火 另案派遣水箱車2"),
        ev("b-call", "1999", "fire_smoke", (15.0, -290.0), 420.0, "B區地下室出口一直冒黑煙，住戶都跑出來"),
        ev("b-out", "119", "fire", B, 1800.0, "B區地下停車場火勢撲滅"),
        ev("b-normal", "fire_alarm", "normal", B, 2000.0, "受信總機 復歸", "FA-B"),
    ])
    a, b = c.where("a-119"), c.where("b-119")
    assert a is not None
    assert b is not None
    assert a != b
    assert {c.where(k) for k in ("b-alarm", "b-early", "b-call", "b-out", "b-normal")} == {b}


def test_an_alarm_its_panel_resets_within_minutes_is_no_part_of_the_fire_beside_it() -> None:
    c = run([
        *block_a(),
        ev("b-alarm", "fire_alarm", "alarm", B, 240.0, "3F 走廊 偵煙探測器動作", "FA-B"),
        ev("b-normal", "fire_alarm", "normal", B, 520.0, "受信總機 復歸", "FA-B"),
    ])
    fire = c.where("a-119")
    assert fire is not None
    assert c.where("b-alarm") != fire
    assert c.where("b-normal") != fire


def test_an_alarm_beside_a_fire_nobody_has_seen_burning_opens_its_own() -> None:
    # two panels 280 m apart and nothing seen burning: two alarms to check, two jobs
    c = run([
        ev("a-alarm", "fire_alarm", "alarm", (0.0, 0.0), 0.0, "7F 住戶 偵煙探測器動作", "FA-A"),
        ev("b-alarm", "fire_alarm", "alarm", B, 240.0, "3F 走廊 偵煙探測器動作", "FA-B"),
    ])
    a, b = c.where("a-alarm"), c.where("b-alarm")
    assert a is not None
    assert b is not None
    assert a != b


def test_a_call_point_pressed_in_the_gas_of_a_release_beside_it_is_the_release_s_job() -> None:
    c = run([
        ev("h-119", "119", "hazmat", (0.0, 0.0), 0.0, "水資源回收中心 次氯酸鈉管線破裂外洩 派遣化災車"),
        ev("h-call", "1999", "gas_odor", (-30.0, -300.0), 120.0, "學校這邊很重的漂白水味道，好刺鼻"),
        ev("campus", "fire_alarm", "alarm", (20.0, -330.0), 780.0, "手動報警機 北棟3F 動作", "FA-C"),
        ev("h-done", "119", "hazmat", (0.0, 0.0), 3000.0, "外洩已止漏 解除警戒"),
    ])
    release = c.where("h-119")
    assert release is not None
    assert c.where("campus") == release
