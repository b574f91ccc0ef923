"""A device that says it went offline because its mains power failed is evidence of the
power cut around it, not of a fault of its own link or gateway.

Described situation: residents of one street call 1999 that their power is out (停電), two
calls 200 m apart. A minute later a water-level gauge and a vehicle detector 200-300 m
down the same street go offline, each saying why: `mains_power_lost` (docs/mqtt.md). The
coordinator has one job, the power cut (Taipower's feeder), and the two devices are what it
darkened: they come back when the power does. Had the devices said their link dropped
(`comms_lost`), they would be the network's job, not the power cut's.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind, StatusReason
from ops_center.policies import Signal, classify

X0, Y0, T0 = 216_000.0, 2_675_000.0, 1_779_500_000.0
U = CapSeverity.UNKNOWN


def ev(key: str, agency: str, feed: str, category: str, dx: float, dt: float, text: str = "",
       source: str = "", reason: StatusReason | None = None) -> Item:
    return Item(key, ItemKind.EVENT, agency, feed, category, U, X0 + dx, Y0, T0 + dt, source, text, reason=reason)


def street(reason: StatusReason | None) -> Correlator:
    c = Correlator()
    for it in (
        ev("c1", "citizen", "1999", "power_outage", 0.0, 0.0, "我家停電了"),
        ev("c2", "citizen", "1999", "power_outage", 200.0, 60.0, "整條街都停電"),
        ev("wl", "disaster", "status", "offline", 400.0, 120.0, "", "WL-1", reason),
        ev("vd", "traffic", "status", "offline", 500.0, 150.0, "", "VD-1", reason),
    ):
        c.feed(it, it.t + 20.0)
    c.tick(T0 + 7200.0)
    return c


def test_devices_that_lost_their_mains_are_the_power_cut_s() -> None:
    c = street(StatusReason.MAINS_POWER_LOST)
    cut = c.where("c1")
    assert cut is not None
    assert c.snapshot(cut).type is IncidentType.INFRASTRUCTURE
    assert c.where("c2") == c.where("wl") == c.where("vd") == cut


def test_devices_whose_link_dropped_are_not_the_power_cut_s() -> None:
    c = street(StatusReason.COMMS_LOST)
    assert c.where("c1") == c.where("c2") is not None
    assert c.where("wl") != c.where("c1")
    assert c.where("vd") != c.where("c1")


def test_a_device_whose_mains_a_fire_cut_is_the_fire_s() -> None:
    # a scooter burns in a car park's B2 (119 on scene); the car park's display 60 m away goes
    # offline saying its mains failed: the fire (or the crew isolating the power) cut it
    c = Correlator()
    for it in (
        ev("119", "fire", "119", "fire", 0.0, 0.0, "B2機車起火"),
        ev("119b", "fire", "119", "fire", 10.0, 60.0, "到達 B2機車1輛起火 排煙中"),
        ev("pk", "traffic", "status", "offline", 60.0, 120.0, "", "PK-4", StatusReason.MAINS_POWER_LOST),
    ):
        c.feed(it, it.t + 20.0)
    c.tick(T0 + 7200.0)
    fire = c.where("119")
    assert fire is not None
    assert c.snapshot(fire).type is IncidentType.FIRE
    assert c.where("pk") == fire


def test_the_reason_not_the_text_makes_an_offline_device_a_word_of_lost_power() -> None:
    said = {r: classify(ev("d", "disaster", "status", "offline", 0.0, 0.0, "", "WL-1", r))[0]
            for r in (*StatusReason, None)}
    assert said == {r: Signal.POWER_LOSS if r is StatusReason.MAINS_POWER_LOST else Signal.DEVICE_OFFLINE
                    for r in (*StatusReason, None)}
    assert classify(ev("o", "disaster", "status", "online", 0.0, 0.0, "", "WL-1"))[0] is Signal.ENDS
