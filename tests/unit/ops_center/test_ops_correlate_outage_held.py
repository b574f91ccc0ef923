"""A power cut lasts while the devices it darkened stay dark.

Described situation: a feeder trips on a weekday morning. A water-level gauge and a vehicle
detector on one street go offline saying their mains failed (`mains_power_lost`), and two
residents call 1999 that the block has no power. Taipower works on the feeder for four hours
and nothing new reaches the center meanwhile: the devices are still dark, so the job is still
running. Two and a half hours in, another resident calls that the power is out and the air
conditioning stopped: the same cut (337, 376, 415, 880: the cut's callers hours later, while
its devices are down). Once the devices say they are back, a call about lost power two hours
later is no news of that cut.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind, StatusReason
from tests.unit.ops_center.scene import replay

X0, Y0, T0 = 216_000.0, 2_675_000.0, 1_779_500_000.0
U = CapSeverity.UNKNOWN
MAINS = StatusReason.MAINS_POWER_LOST


def ev(key: str, feed: str, category: str, dx: float, minute: float, text: str = "", source: str = "",
       reason: StatusReason | None = None) -> Item:
    agency = "citizen" if feed == "1999" else "disaster"
    return Item(key, ItemKind.EVENT, agency, feed, category, U, X0 + dx, Y0, T0 + minute * 60.0, source, text,
                reason=reason)


def fed(*items: Item) -> Correlator:
    return replay(items, Correlator(retention_s=1e12), until=T0 + 1e6)


def the_cut() -> tuple[Item, ...]:
    return (
        ev("wl", "status", "offline", 300.0, 0.0, "", "WL-1", MAINS),
        ev("vd", "status", "offline", 400.0, 1.0, "", "VD-1", MAINS),
        ev("c1", "1999", "power_outage", 0.0, 3.0, "我家停電了，整排都沒電"),
        ev("c1b", "1999", "power_outage", 200.0, 4.0, "整條街都停電"),
    )


def test_a_call_while_the_cut_s_devices_are_dark_is_the_cut_s() -> None:
    c = fed(*the_cut(), ev("c2", "1999", "power_outage", 150.0, 150.0, "我們這邊停電，冷氣都停了"))
    assert c.where("c1") is not None
    assert c.where("c2") == c.where("wl") == c.where("c1")


def test_a_call_after_the_devices_came_back_is_not_the_cut_s() -> None:
    c = fed(
        *the_cut(),
        ev("wl+", "status", "online", 300.0, 100.0, "", "WL-1"),
        ev("vd+", "status", "online", 400.0, 101.0, "", "VD-1"),
        ev("c2", "1999", "power_outage", 150.0, 220.0, "我們這邊停電，冷氣都停了"),
    )
    cut = c.where("c1")
    assert cut is not None
    assert c.where("wl+") == c.where("vd+") == cut
    assert c.where("c2") != cut
