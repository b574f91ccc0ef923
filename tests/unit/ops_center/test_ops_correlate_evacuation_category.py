"""A report filed as an evacuation (疏散撤離) is the job of what its people were sent out from.

Described situations. A gas main struck by works on 經貿路三段 (119's hazmat team); the police
file the evacuation of the block 160 m away, "疏散周邊住戶約 40 人": the leak's job, and the
crowd of evacuees that gathers later on the lawn is its too. A typhoon evening: the river
gauge and two flood sensors along 筏子溪 report water; the police file "低窪住戶勸導撤離 12 戶
30 人至里活動中心安置" 350 m from the flooded stretch: the flood's job, not a leak of its own
(撤離 alone is no smell of gas). An evacuation nothing explains (a drill, a shelter's notice)
opens no job: the people were sent out from something the center has not heard of yet.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind

X0, Y0, T0 = 215_600.0, 2_675_700.0, 1_779_440_000.0


def item(key: str, feed: str, category: str, agency: str, dx: float, dy: float, minute: float, text: str,
         kind: ItemKind = ItemKind.EVENT, severity: CapSeverity = CapSeverity.MODERATE) -> Item:
    sev = CapSeverity.UNKNOWN if feed in {"119", "1999"} else severity
    return Item(key, kind, agency, feed, category, sev, X0 + dx, Y0 + dy, T0 + minute * 60.0, "", text)


def run(items: list[Item]) -> Correlator:
    c = Correlator()
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 30.0)
    c.tick(max(i.t for i in items) + 7200.0)
    return c


def test_the_evacuation_of_a_block_beside_a_leak_is_the_leaks_job() -> None:
    c = run([
        item("crew", "119", "hazmat", "fire", 0.0, 0.0, 0.0, "施工挖破天然氣管 瓦斯外洩 派遣危險物品處理小組"),
        item("evac", "incident", "evacuation", "police", 120.0, 100.0, 6.0, "疏散周邊住戶約 40 人"),
        item("lawn", "cctv", "crowding", "police", 200.0, 150.0, 20.0, "影像分析：人群聚集"),
    ])
    job = c.where("crew")
    assert job is not None
    assert c.snapshot(job).type is IncidentType.HAZMAT
    assert c.where("evac") == job
    assert c.where("lawn") == job  # the evacuees, gathered outside


def test_the_evacuation_of_the_rivers_low_lying_homes_is_the_floods_job() -> None:
    flood = [
        item(f"f{i}", "alert", "flood_depth", "disaster", 200.0 * i, 0.0, 2.0 * i, "", ItemKind.ALERT,
             CapSeverity.SEVERE)
        for i in range(3)
    ]
    evac = item("evac", "incident", "evacuation", "police", 200.0, 350.0, 15.0,
                "筏子溪沿岸低窪住戶勸導撤離 12 戶 30 人至里活動中心安置")
    c = run([*flood, evac])
    job = c.where("f0")
    assert job is not None
    assert c.snapshot(job).type is IncidentType.FLOOD
    assert c.where("evac") == job
    assert len(c.incident_ids()) == 1  # no leak of its own


def test_an_evacuation_nothing_explains_opens_no_job() -> None:
    c = run([item("evac", "incident", "evacuation", "police", 0.0, 0.0, 0.0, "大樓住戶疏散")])
    assert c.where("evac") is None
    assert c.incident_ids() == []
