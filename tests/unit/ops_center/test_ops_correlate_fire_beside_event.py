"""A fire beside a planned event slows the traffic and shuts a car park: those effects are the fire's.

Described situation: a walking event of 800 people in the park runs 11:00-14:00 (the
permit arrived the day before; nobody reports working it). At 11:30 a kitchen on the ninth
floor of a block of flats 250 m from the park's edge burns: its panel raises the alarm, 119
sends five engines, which park in the avenue's outer lane. At 11:41 the detector on the
avenue 200 m from the block reports traffic at 9 km/h. The engines in the lane slow it: the
coordinator files the slow-down on the fire (398, 532, 557, 721, 738, 802, 859: seven
authors put it there), not among what the walkers were expected to cause; so is the car park
under the block shut while the crews work (1036, 1399). With no fire, the same slow-down is
the event's expected effect and held aside as before.
"""

from __future__ import annotations

from dataclasses import replace

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind

X0, Y0, T0 = 216_500.0, 2_674_200.0, 1_779_530_400.0  # the park; T0 = 11:00, the start
EXPECTED = "expected_of_event"


def item(
    key: str, feed: str, category: str, agency: str, dx: float, dy: float, dt: float, source: str = "", text: str = ""
) -> Item:
    kind = ItemKind.ALERT if feed == "rule" else ItemKind.EVENT
    return Item(key, kind, agency, feed, category, CapSeverity.UNKNOWN, X0 + dx, Y0 + dy, T0 + dt, source, text)


def walk() -> Item:
    text = "中央公園健走活動 約800人 沿公園步道"
    permit = item("permit", "planned_event", "march", "police", 0.0, 0.0, 0.0, text=text)
    return replace(permit, ends_t=T0 + 3 * 3600.0)


FIRE = [
    item("panel", "fire_alarm", "alarm", "fire", 650.0, 0.0, 30 * 60.0, "fa-block-a", "9F 偵煙探測器動作"),
    item("dispatch", "119", "fire", "fire", 650.0, 10.0, 32 * 60.0, text="生態住宅A區9樓住宅火警，派遣消防車5輛"),
]
SLOW = item("slow", "rule", "congestion", "traffic", 450.0, -40.0, 41 * 60.0, "vd-avenue-2", "偵測器2 車速 9 km/h")


def run(*items: Item) -> Correlator:
    c = Correlator()
    c.feed(walk(), T0 - 20 * 3600.0)
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 60.0)
    return c


def test_a_slow_down_beside_a_burning_block_near_a_planned_event_is_the_fire_s() -> None:
    c = run(*FIRE, SLOW)
    fire = c.where("dispatch")
    assert fire is not None
    assert c.snapshot(fire).type is IncidentType.FIRE
    assert c.where("slow") == fire
    assert "slow" not in c.left_out()


def test_a_car_park_shut_beside_the_burning_block_near_a_planned_event_is_the_fire_s() -> None:
    text = "消防車進入 停車場暫停開放"
    shut = item("shut", "parking", "closed", "traffic", 640.0, 60.0, 38 * 60.0, "pk-block-a", text)
    c = run(*FIRE, shut)
    assert c.where("shut") == c.where("dispatch")
    assert "shut" not in c.left_out()


def test_without_a_fire_the_slow_down_is_the_event_s_expected_effect() -> None:
    c = run(SLOW)
    assert c.where("slow") is None
    assert c.left_out()["slow"] == EXPECTED
    assert c.explained_by("slow") == c.where("permit")
