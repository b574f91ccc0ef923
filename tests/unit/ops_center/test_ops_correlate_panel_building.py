"""A fire panel's fault that says what hit its building is that job's.

Described situation: at 08:30 in a typhoon the flood sensor at 經貿路's low point alarms and a
patrol reports the water 30 cm deep. At 08:38 the panel of block A, 60 m from the street,
reports "地下室偵煙迴路異常（疑進水）": water got into its basement loop. The coordinator puts
it with the flood: the water outside reached the block's basement (the pumps and the
residents' cars are the flood crew's to see to), and the panel's reset at 09:10 follows it.
So is block D's panel reporting at 08:38 that water stands in its B1 pump room and its float
switch tripped (積水液位開關動作). The same fault read 400 m from any flood, and a loop broken
with no word of water beside the flooded street, are the panel contractor's routine and stay out.

That evening a fire breaks out in a tower (119 dispatches an engine). Its panel, 30 m from
the dispatch's place, reports "主電源異常，切換預備電源": the fire, or the crew isolating the
floor's power, cut its mains. No outage runs, so the coordinator puts it with the fire. A
panel on battery 600 m away with nothing near it waits for a second sign of a power cut, and
where two blocks' panels report their mains lost together (an outage job), a third panel
beside the fire that also lost its mains is the outage's, as before.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind
from ops_center.policies import PANEL_SCENE_M, REASON_NO_ANCHOR

X0, Y0, T0 = 215_000.0, 2_675_000.0, 1_779_450_000.0  # the low point; T0 = 08:30


def police(key: str, category: str, dx: float, dy: float, minute: float, text: str) -> Item:
    return Item(key, ItemKind.EVENT, "police", "incident", category, CapSeverity.SEVERE, X0 + dx, Y0 + dy,
                T0 + minute * 60.0, "", text)


def panel(key: str, sensor: str, category: str, dx: float, dy: float, minute: float, text: str) -> Item:
    return Item(key, ItemKind.EVENT, "disaster", "fire_alarm", category, CapSeverity.UNKNOWN, X0 + dx, Y0 + dy,
                T0 + minute * 60.0, sensor, text)


FLOOD = [
    Item("depth", ItemKind.ALERT, "disaster", "alert", "flood_depth", CapSeverity.SEVERE, X0, Y0, T0, "FD-1"),
    police("water", "flooding", 200.0, 0.0, 4.0, "經貿路低窪處積水約30公分 車輛減速"),
]
FIRE_AT = (3000.0, 0.0)
DISPATCH = Item("dispatch", ItemKind.EVENT, "fire", "119", "fire", CapSeverity.UNKNOWN, X0 + 3000.0, Y0,
                T0 + 600 * 60.0, "", "火災：住宅大樓12樓起火")


def run(items: list[Item]) -> Correlator:
    c = Correlator()
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 20.0)
    c.tick(T0 + 20 * 3600.0)
    return c


def test_a_panel_saying_water_got_into_its_basement_loop_beside_the_flood_is_the_flood_s() -> None:
    assert PANEL_SCENE_M >= 60.0
    fault = panel("fault", "FA-A", "fault", 100.0, 60.0, 8.0, "A區集合住宅 受信總機 地下室偵煙迴路異常（疑進水）")
    reset = panel("reset", "FA-A", "normal", 100.0, 60.0, 40.0, "A區集合住宅 受信總機 復歸")
    c = run([*FLOOD, fault, reset])
    flood = c.where("depth")
    assert flood is not None
    assert c.snapshot(flood).type is IncidentType.FLOOD
    assert c.where("fault") == flood
    assert c.where("reset") == flood


def test_the_same_fault_far_from_any_flood_and_a_dry_broken_loop_beside_it_stay_out() -> None:
    far = panel("far", "FA-B", "fault", 100.0, 460.0, 8.0, "B區 受信總機 地下室迴路異常（疑進水）")
    dry = panel("dry", "FA-C", "fault", 100.0, 60.0, 9.0, "C區 受信總機 第3迴路斷線")
    c = run([*FLOOD, far, dry])
    assert c.where("far") is None
    assert c.where("dry") is None


def test_a_burning_tower_s_panel_switching_to_battery_is_the_fire_s() -> None:
    mains = panel("mains", "FA-T", "fault", FIRE_AT[0] + 30.0, 0.0, 603.0, "受信總機 主電源異常，切換預備電源")
    c = run([DISPATCH, mains])
    fire = c.where("dispatch")
    assert fire is not None
    assert c.snapshot(fire).type is IncidentType.FIRE
    assert c.where("mains") == fire


def test_a_panel_on_battery_with_no_job_near_it_waits_for_a_second_sign_of_a_cut() -> None:
    alone = panel("alone", "FA-X", "fault", FIRE_AT[0] + 600.0, 0.0, 603.0, "受信總機 主電源異常，切換預備電源")
    c = run([DISPATCH, alone])
    assert c.where("alone") is None
    assert c.left_out()["alone"] == REASON_NO_ANCHOR


def test_beside_a_fire_during_a_power_cut_the_panel_on_battery_is_the_cut_s() -> None:
    cut = [
        panel("cut1", "FA-1", "fault", FIRE_AT[0] + 400.0, 300.0, 601.0, "受信總機 主電源停電，切換預備電源"),
        panel("cut2", "FA-2", "fault", FIRE_AT[0] + 500.0, -300.0, 601.5, "受信總機 主電源停電，切換預備電源"),
    ]
    mains = panel("mains", "FA-T", "fault", FIRE_AT[0] + 30.0, 0.0, 603.0, "受信總機 主電源異常，切換預備電源")
    c = run([DISPATCH, *cut, mains])
    outage = c.where("cut1")
    assert outage is not None
    assert c.snapshot(outage).type is IncidentType.INFRASTRUCTURE
    assert c.where("mains") == outage


def test_a_panel_saying_water_stands_in_its_pump_room_beside_the_flood_is_the_flood_s() -> None:
    # the float switch of the basement's pump room tripped: the street's water came down the ramp
    # (851, 892, 517, 675: four authors)
    pit = panel("pit", "FA-D", "fault", 100.0, 60.0, 8.0, "D區 受信總機 B1消防幫浦室 積水液位開關動作")
    c = run([*FLOOD, pit])
    flood = c.where("depth")
    assert flood is not None
    assert c.where("pit") == flood
