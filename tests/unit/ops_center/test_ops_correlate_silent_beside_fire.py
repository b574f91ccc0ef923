"""A device that falls silent beyond a fire's scene is not the fire's; one at its scene is.

Described situation (labelled situation 841): a kitchen fire on the fifth floor of an
apartment block; the block's fire panel and 119 report it, the crews put it out and stay an
hour damping down. Near the end, the flood sensor at the road's low point 130 m away goes
offline: its battery is low (or it says no reason at all). There is no rain; no fire reaches
a flood sensor on the road; the coordinator keeps the fire one job and leaves the sensor to
its maintenance (its set's truth: background). Labelled situations 453, 602 and 862 tell the
other case: a car park's sensors 5-55 m from a car burning in that car park go offline with
the fire (their truth: the fire's job).
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind, StatusReason

X0, Y0, T0 = 216_300.0, 2_675_700.0, 1_779_500_000.0
U = CapSeverity.UNKNOWN


def ev(key: str, agency: str, feed: str, category: str, dx: float, dy: float, dt: float, text: str = "",
       source: str = "", reason: StatusReason | None = None) -> Item:
    return Item(key, ItemKind.EVENT, agency, feed, category, U, X0 + dx, Y0 + dy, T0 + dt, source, text,
                reason=reason)


def fire_then_silent(dx: float, reason: StatusReason | None) -> Correlator:
    c = Correlator()
    for it in (
        ev("fa", "disaster", "fire_alarm", "alarm", 0.0, 0.0, 0.0, "受信總機 5F 偵煙探測器 動作", "FA-12"),
        ev("119", "fire", "119", "fire", 0.0, 0.0, 110.0, "5樓住宅火警 有火光 派遣 水箱車3 雲梯車1"),
        ev("119b", "fire", "119", "fire", 0.0, 0.0, 500.0, "抵達現場 5樓住宅廚房起火 火勢侷限一戶"),
        ev("119c", "fire", "119", "fire", 0.0, 0.0, 2000.0, "火勢已控制 無延燒 排煙中"),
        ev("119d", "fire", "119", "fire", 0.0, 0.0, 4000.0, "殘火處理完畢 全部返隊"),
        ev("fl", "disaster", "status", "offline", dx, 60.0, 4400.0, "淹水感測器 離線", "FL-8", reason),
    ):
        c.feed(it, it.t + 30.0)
    c.tick(T0 + 5 * 3600.0)
    return c


def test_a_flood_sensor_silent_for_its_battery_130_m_from_the_fire_is_not_the_fire_s() -> None:
    c = fire_then_silent(115.0, StatusReason.BATTERY_LOW)
    fire = c.where("119")
    assert fire is not None
    assert c.snapshot(fire).type is IncidentType.FIRE
    assert c.where("fl") != fire


def test_a_sensor_silent_without_a_reason_beyond_the_scene_is_not_the_fire_s() -> None:
    c = fire_then_silent(115.0, None)
    assert c.where("fl") != c.where("119")


def test_a_sensor_silent_at_the_fire_s_scene_is_the_fire_s() -> None:
    c = fire_then_silent(0.0, None)  # 60 m off: in the burning building's car park
    fire = c.where("119")
    assert fire is not None
    assert c.where("fl") == fire
