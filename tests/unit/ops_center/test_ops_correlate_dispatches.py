"""A second 119 dispatch address is a second job.

Coordinators' examples: at noon a kitchen fire in hall B of the convention centre, and
three minutes later a car burning on 經貿路 170 m away, each with its own dispatch of
engines; a booth fire in hall A and, twelve minutes later, an engine sent to look at the
alarm of hall B 135 m away. Two jobs each time. A second wave of engines sent to where a
grass fire spreads, 110 m on, is the same job; so is an engine the crew at hall A sends
on to hall B (加派: a reinforcement, not a dispatch of its own).
"""

from __future__ import annotations

from ops_center.correlate import Correlator, incident_id_for
from ops_center.incidents import CapSeverity, Item, ItemKind
from ops_center.policies import DISPATCH_APART_M

X0, Y0, T0 = 214_700.0, 2_677_300.0, 1_784_000_000.0


def fire(key: str, dx: float, dy: float, minute: float, text: str, follows: str | None = None) -> Item:
    """The fire bureau's 119 record of a fire."""
    return Item(key, ItemKind.EVENT, "fire", "119", "fire", CapSeverity.UNKNOWN, X0 + dx, Y0 + dy,
                T0 + 60 * minute, text=text, follows=follows)


def call(key: str, dx: float, dy: float, minute: float, text: str) -> Item:
    return Item(key, ItemKind.EVENT, "citizen", "1999", "fire_smoke", CapSeverity.UNKNOWN, X0 + dx, Y0 + dy,
                T0 + 60 * minute, text=text)


def police(key: str, dx: float, dy: float, minute: float, text: str) -> Item:
    return Item(key, ItemKind.EVENT, "police", "incident", "fire_report", CapSeverity.MODERATE, X0 + dx, Y0 + dy,
                T0 + 60 * minute, text=text)


def _feed(c: Correlator, items: list[Item]) -> None:
    for item in items:
        c.feed(item, item.t + 30.0)


def test_the_crews_report_from_the_kitchen_does_not_merge_the_car_into_it() -> None:
    """The crew at the kitchen follows up its dispatch; the car's job, 150 m away, lies
    within the report's scene but was dispatched to another address: two jobs still."""
    c = Correlator()
    _feed(c, [
        fire("k", 0, 0, 0, "臺中國際會展中心B棟 餐廳廚房油鍋起火 派遣西屯分隊 水箱車2"),
        fire("v", 102, -111, 3, "經貿路二段近經貿七路 自小客車行駛中引擎冒煙起火 派遣北屯分隊 水箱車1"),
        # the patrol at the car, on the hall's side of the road: the car's job comes within a
        # site's reach of the kitchen
        police("p", 102, -100, 5, "經貿路二段近經貿七路 自小客起火 駕駛已下車無傷 管制外側車道"),
        fire("k2", 0, 0, 9, "到達B棟 廚房排油煙管起火 撲滅中", follows="k"),
    ])
    assert c.where("k2") == c.where("k") == incident_id_for("k")
    assert c.where("p") == c.where("v") == incident_id_for("v")


def test_an_engine_sent_to_the_alarm_of_the_next_hall_is_a_second_job() -> None:
    c = Correlator()
    _feed(c, [
        fire("a", 0, 0, 0, "臺中國際會展中心A棟 展場攤位延長線起火 派遣水湳、西屯分隊"),
        fire("b", 102, -88, 12, "臺中國際會展中心B棟 火警警報 派遣分隊查看（A棟案件人車在附近）"),
    ])
    assert c.where("b") == incident_id_for("b") != c.where("a")


def test_a_second_wave_sent_where_the_grass_fire_spreads_is_the_same_job() -> None:
    c = Correlator()
    _feed(c, [
        fire("g1", 0, 0, 0, "中平路與經貿路口東側空地雜草火警，面積約200平方公尺，派遣水箱車2"),
        fire("g2", 60, -93, 40, "火勢往南延燒至中平路邊坡，派遣第二梯次，設置防火線。"),
    ])
    assert c.where("g2") == c.where("g1") == incident_id_for("g1")


def test_a_reinforcement_to_the_next_hall_is_the_same_job() -> None:
    c = Correlator()
    _feed(c, [
        fire("a", 0, 0, 0, "臺中國際會展中心A棟展場，佈展工人電焊火花引燃展板，派遣水湳分隊"),
        fire("b", 100, -92, 3, "同會展中心，B棟亦有警報，加派水箱車1前往B棟查看"),
    ])
    assert c.where("b") == c.where("a")


def test_a_dispatch_joins_a_fire_only_callers_and_crews_placed() -> None:
    """A fire whose place only callers and an on-scene report gave holds no dispatch
    address: the dispatch, farther than the bound from them, is read as before by reach."""
    c = Correlator()
    _feed(c, [
        call("c1", 0, 0, 0, "會展中心後面冒黑煙"),
        call("c2", 30, 10, 1, "會展中心那邊冒煙，好大"),
        fire("d", 20 + DISPATCH_APART_M, 0, 3, "臺中國際會展中心 建物火警 派遣西屯分隊"),
    ])
    assert c.where("d") == c.where("c1")
