"""A fire alarm that nobody has seen burning closes no road: the slow traffic beside it is not its queue.

Described situation: at 14:20 an earthquake shakes the residential blocks. A tower's smoke
detector goes off; a minute later the detector on the road 250 m away reports the traffic
slowing (drivers stopped when the ground shook), and five minutes after the alarm the
building's manager resets the panel: the shaking set it off (地震誤報). The coordinator sends
nobody: the alarm was taken back and the slow traffic is the quake's, not a fire's queue
(551-562: nine such slow-downs beside alarms the quake set off, every one background; 459, 841:
the queue beside an alarm nobody saw burning belongs elsewhere).

A kitchen fire 119 was sent to (the dispatch says it burns) parks its engines on the road:
the traffic slowing beside it is its queue, and so is the queue at a closure the police set
up for a job that holds only an alarm so far (353: the road to a chemical leak closed).
"""

from __future__ import annotations

from dataclasses import replace

from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind
from tests.unit.ops_center.scene import Scene, replay

S = Scene(215_350.0, 2_675_170.0, 1_776_234_000.0)  # the tower; 14:20


def panel(key: str, category: str, minute: float, text: str) -> Item:
    return replace(S.item(key, "fire_alarm", category, "disaster", 0.0, 0.0, minute, text), source_id="FA-7")


def slowdown(key: str, dx: float, minute: float, speed: int) -> Item:
    """The center's congestion rule on the detector ``dx`` metres east of the tower."""
    return Item(
        key,
        ItemKind.ALERT,
        "traffic",
        "rule",
        "congestion",
        CapSeverity.MODERATE,
        S.x0 + dx,
        S.y0,
        S.t0 + minute * 60.0,
        "VD-3",
        f"經貿路車輛偵測器3 平均車速 {speed} 公里/小時，佔有率 45%，車流壅塞",
    )


ALARM = panel("alarm", "alarm", 0.0, "7F 偵煙探測器動作")
RESET = panel("reset", "normal", 5.0, "管理員確認地震誤報，已復歸")


def test_an_alarm_the_quake_set_off_takes_no_slow_traffic_and_its_reset_withdraws_it() -> None:
    c = replay([ALARM, slowdown("slow", 250.0, 1.0, 18), RESET], until=S.t0 + 6 * 3600.0)
    alarm = c.where("alarm")
    assert alarm is not None
    assert c.where("slow") != alarm
    assert c.snapshot(alarm).withdrawn


def test_a_fire_119_was_sent_to_takes_the_slow_traffic_beside_it() -> None:
    dispatch = S.item("119", "119", "fire", "fire", 0.0, 0.0, 1.0, "北屯區 集合住宅7樓 廚房起火 冒黑煙 派遣3車")
    c = replay([ALARM, dispatch, slowdown("slow", 250.0, 4.0, 14)])
    fire = c.where("alarm")
    assert fire is not None
    assert c.snapshot(fire).type is IncidentType.FIRE
    assert c.where("119") == fire
    assert c.where("slow") == fire


def test_the_queue_at_a_road_the_police_closed_for_an_alarm_s_job_is_that_job_s() -> None:
    closure = S.item("closed", "incident", "road_closure", "police", 120.0, 0.0, 2.0, "經貿路往東封閉，禁止人車進入")
    c = replay([ALARM, closure, slowdown("slow", 250.0, 4.0, 12)])
    job = c.where("alarm")
    assert job is not None
    assert c.where("closed") == job
    assert c.where("slow") == job
