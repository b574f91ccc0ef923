"""A power cut lasts while the devices it darkened stay dark; dry taps it caused are its.

Described situation: a feeder trips on a weekday morning. A water-level gauge and a vehicle
detector on one street go offline saying their mains failed (`mains_power_lost`), and two
residents call 1999 that the block has no power. Taipower works on the feeder for four hours
and nothing new reaches the center meanwhile: the devices are still dark, so the job is still
running. Two and a half hours in, another resident calls that the power is out and the air
conditioning stopped: the same cut (337, 376, 415, 880: the cut's callers hours later, while
its devices are down). Once the devices say they are back, a call about lost power two hours
later is no news of that cut.

The building's roof tank is filled by pumps that run on the mains: a resident calling twenty
minutes in that since the power went out the pumps cannot lift the water and the taps ran dry
(停電以後大樓水塔馬達不能打水) reports the cut's effect, the power company's job, not a burst main
(759, 781, 880: authors of 751-762, 771-782, 871-882). A resident saying only that the taps ran
dry is no news of the cut.
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


def test_dry_taps_since_the_power_went_out_are_the_cut_s() -> None:
    c = fed(*the_cut(), ev("w1", "1999", "water_outage", 100.0, 20.0, "停電以後大樓水塔馬達不能打水，家裡沒水了"))
    assert c.where("w1") == c.where("c1") is not None


def test_dry_taps_alone_are_no_news_of_the_cut() -> None:
    c = fed(*the_cut(), ev("w1", "1999", "water_outage", 100.0, 20.0, "家裡突然沒水了，也沒看到停水公告"))
    assert c.where("w1") != c.where("c1")
