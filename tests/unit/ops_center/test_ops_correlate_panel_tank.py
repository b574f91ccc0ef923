"""A fire panel's fault saying its sprinkler tank ran low is the burst main's.

Described situation: a dry afternoon; road works break a water main (the crew's call,
the police report of the water on the road, taps gone dry around it). A campus fire
panel 400 m away reports its sprinkler tank low (消防水箱低水位異常) and, hours later,
its level back. The coordinator counts both in the burst main's job: the tank is filled
by that main, and the water company's crew restores it. A panel whose detector loop took
rain seeping through a roof (雨水滲入), with no job near, is the maintenance
contractor's: it stays out and opens nothing; a panel's own battery or a cut loop says
nothing about water.
"""

from __future__ import annotations

from common.lexicon import Cue, cues
from common.vocabulary import Signal, categorize
from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind

X0, Y0, T0 = 216_000.0, 2_675_000.0, 1_779_500_000.0
U = CapSeverity.UNKNOWN
AGENCY = {"fire_alarm": "disaster", "incident": "police", "1999": "citizen"}


def item(key: str, feed: str, category: str, dx: float, dt: float, text: str = "", source: str = "") -> Item:
    return Item(key, ItemKind.EVENT, AGENCY[feed], feed, category, U, X0 + dx, Y0, T0 + dt, source, text)


def run(*items: Item) -> Correlator:
    c = Correlator()
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 20.0)
    c.tick(T0 + 8 * 3600.0)
    return c


def test_a_sprinkler_tank_gone_low_by_a_burst_main_is_the_main_s() -> None:
    c = run(
        item("crew", "1999", "flooding", 0.0, 0.0, "施工的地方水管破了，水一直噴出來，路面都是水"),
        item("police", "incident", "flooding_report", 20.0, 300.0, "工區挖破自來水管，路面積水約 10 公分"),
        item("dry1", "1999", "water_outage", 250.0, 900.0, "家裡突然沒水"),
        item("tank", "fire_alarm", "fault", 400.0, 1500.0, "校區 受信總機 消防水箱低水位異常", "FA-2"),
        item("dry2", "1999", "water_outage", 300.0, 1800.0, "宿舍沒水"),
        item("tank_ok", "fire_alarm", "normal", 400.0, 9000.0, "校區 受信總機 消防水箱水位恢復", "FA-2"),
    )
    job = c.where("police")
    assert job is not None
    assert c.where("tank") == job
    assert c.where("tank_ok") == job


def test_rain_seeping_into_a_detector_loop_with_no_job_near_stays_out() -> None:
    c = run(
        item("seep", "fire_alarm", "fault", 0.0, 0.0, "偵煙探測器迴路異常（雨水滲入，管理員確認中）", "FA-3"),
        item("ok", "fire_alarm", "normal", 0.0, 2400.0, "偵煙探測器迴路恢復", "FA-3"),
    )
    assert c.where("seep") is None
    assert c.where("ok") is None
    assert c.incident_ids() == []


def test_what_a_panel_fault_says_about_its_water() -> None:
    assert categorize("fire_alarm", "fault", "消防水箱低水位異常").signal is Signal.WATER_OUTAGE
    assert categorize("fire_alarm", "fault", "撒水設備加壓送水裝置 水源水位低").signal is Signal.WATER_OUTAGE
    # rain seeping into a loop is the contractor's; a cut loop or its battery, the panel's own
    assert categorize("fire_alarm", "fault", "迴路接地異常（疑似滲水）").signal is None
    assert categorize("fire_alarm", "fault", "第3迴路斷線").signal is None
    assert categorize("fire_alarm", "fault", "預備電源電壓不足").signal is None
    assert Cue.TANK_LOW in cues("消防水箱低水位異常")
