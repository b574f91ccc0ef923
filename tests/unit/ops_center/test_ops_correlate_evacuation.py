"""The people evacuated from around a leak are the leak's.

Described situation: at 10:23 a road works crew strikes a gas main beside the museum
(119 hazmat dispatch at the strike). The police report the leak and that they evacuate
the museum and the blocks around it. At 10:36 and 11:05 cameras 350 m and 560 m away
see people crowding at the edge of the cordon, where the museum's 1,200 visitors were
sent. The coordinator reads both crowds as the leak's evacuees: one job. A market
stall's leaking gas-bottle regulator, changed in minutes with nobody evacuated, explains
no crowd 500 m away; nor does the leak explain a crowd seen before it began.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind

X0, Y0, T0 = 214_000.0, 2_676_000.0, 1_779_416_580.0  # the strike; T0 = 10:23


def item(key: str, feed: str, category: str, agency: str, dx: float, dy: float, dt: float, text: str = "") -> Item:
    sev = CapSeverity.UNKNOWN if feed in {"119", "cctv"} else CapSeverity.SEVERE
    return Item(key, ItemKind.EVENT, agency, feed, category, sev, X0 + dx, Y0 + dy, T0 + dt, "", text)


def leak(text: str) -> list[Item]:
    return [
        item("dispatch", "119", "hazmat", "fire", 0.0, 0.0, 0.0, "施工挖破瓦斯管線 瓦斯外洩 派遣危險物品處理小組"),
        item("police", "incident", "hazmat_report", "police", 5.0, 5.0, 240.0, text),
    ]


def feed(c: Correlator, items: list[Item]) -> None:
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 60.0)


def test_the_crowds_at_the_edge_of_the_cordon_are_the_leak_s_evacuees() -> None:
    c = Correlator()
    crowds = [
        item("edge", "cctv", "crowding", "police", -150.0, 320.0, 13 * 60.0, "影像分析：人群聚集"),
        item("lawn", "cctv", "crowding", "police", -280.0, 485.0, 42 * 60.0, "影像分析：人群聚集"),
    ]
    feed(c, [*leak("施工挖破天然氣管線，外洩中，疏散綠美圖及周邊民眾"), *crowds])
    (inc,) = c.incident_ids()  # one job: the leak, its police report and both crowds
    assert c.snapshot(inc).type is IncidentType.HAZMAT
    assert {c.where(k) for k in ("dispatch", "police", "edge", "lawn")} == {inc}


def test_a_leak_nobody_was_evacuated_from_explains_no_crowd_around_it() -> None:
    c = Correlator()
    crowd = item("junction", "cctv", "crowding", "police", 45.0, 500.0, 240.0, "人群聚集")
    feed(c, [*leak("攤位桶裝瓦斯調整器漏氣，已更換"), crowd])
    assert c.where("dispatch") is not None
    assert c.where("junction") is None


def test_a_crowd_seen_before_the_leak_is_not_its_evacuees() -> None:
    c = Correlator()
    before = item("before", "cctv", "crowding", "police", -150.0, 320.0, -15 * 60.0, "人群聚集")
    feed(c, [before, *leak("瓦斯外洩，疏散周邊民眾")])
    assert c.where("before") is None
