"""A road closed for works is the works' job, not an event's audience.

Described situation: on a Saturday an expo runs 10:00-18:00 at the convention centre
under a police permit; its car parks fill. At 11:10 the police report that the water
main works on the road 250 m south of the halls take two lanes instead of the one
permitted ("自來水管線施工 實際佔用2車道"), and at 12:40 that the contractor gave one
back. At 16:30 the police close an outer lane in front of the halls for the audience
leaving. The coordinator runs the expo's crowd job with its car parks and the lane
closed for its audience; the works' lanes are the works' job (the police tell the
contractor to comply), which the expo does not explain however near.
"""

from __future__ import annotations

from dataclasses import replace

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind

X0, Y0, T0 = 214_168.0, 2_676_765.0, 1_779_508_800.0  # the halls; T0 = 10:00, the start
U = CapSeverity.UNKNOWN


def event(key: str, feed: str, category: str, dx: float, dy: float, dt: float, text: str = "", src: str = "") -> Item:
    agency = {"planned_event": "police", "incident": "police", "parking": "traffic"}[feed]
    return Item(key, ItemKind.EVENT, agency, feed, category, U, X0 + dx, Y0 + dy, T0 + dt, src, text)


def _run() -> Correlator:
    c = Correlator()
    expo = event("expo", "planned_event", "exhibition", 0.0, 0.0, 0.0, "國際動漫博覽會 10:00-18:00 預估入場 4 萬人次")
    c.feed(replace(expo, ends_t=T0 + 8 * 3600.0), T0 - 86_400.0)
    items = [
        event("park-1", "parking", "full", 120.0, 80.0, -1500.0, "會展中心停車場 剩餘 0/800", "SN-PK-1"),
        event("park-2", "parking", "full", -180.0, 150.0, 600.0, "經貿六停車場 剩餘 0/220", "SN-PK-2"),
        event(
            "works",
            "incident",
            "road_closure",
            40.0,
            -250.0,
            4200.0,
            "經貿路二段南向 自來水管線施工 實際佔用2車道（核准1車道），已要求施工單位改善",
        ),
        event("works-back", "incident", "road_closure", 40.0, -250.0, 9600.0, "施工單位已收回1車道，鐵板重新固定"),
        event(
            "exit", "incident", "road_closure", 60.0, 90.0, 23400.0, "會展中心前 經貿路二段外側車道封閉，疏導散場人潮"
        ),
    ]
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 60.0)
    return c


def test_a_lane_closed_for_the_works_is_not_the_expo_s() -> None:
    c = _run()
    expo = c.where("expo")
    assert expo is not None
    assert c.where("works") != expo
    assert c.where("works-back") != expo


def test_the_lane_closed_for_the_audience_is_the_expo_s() -> None:
    c = _run()
    expo = c.where("expo")
    assert c.where("park-1") == c.where("park-2") == c.where("exit") == expo
