"""A release of gas or chemicals is a hazmat job: found and grown as a fire is, shown and dispatched as hazmat.

Described situation: an excavator strikes a gas main on 經貿路三段 (119 sends its hazmat team,
危險物品); the police report the leak and the cordon; a resident 120 m away smells gas. The
coordinator runs one job of the fire bureau's hazmat team, the environmental protection bureau
and the police, not an engine company's fire. A kitchen fire in the next block, whose neighbour
also smells gas in the burning building, stays a fire.
"""

from __future__ import annotations

from ops_center.changes import Opened
from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind

X0, Y0, T0 = 215_600.0, 2_675_700.0, 1_779_440_000.0


def item(key: str, feed: str, category: str, agency: str, dx: float, dy: float, minute: float, text: str) -> Item:
    sev = CapSeverity.UNKNOWN if feed in {"119", "1999"} else CapSeverity.SEVERE
    return Item(key, ItemKind.EVENT, agency, feed, category, sev, X0 + dx, Y0 + dy, T0 + minute * 60.0, "", text)


LEAK = [
    item("crew", "119", "hazmat", "fire", 0.0, 0.0, 0.0, "經貿路三段 施工挖破天然氣管 瓦斯外洩 派遣危險物品處理小組"),
    item("police", "incident", "hazmat_report", "police", 20.0, 10.0, 3.0, "經貿路三段瓦斯外洩 封鎖管制"),
    item("smell", "1999", "gas_odor", "citizen", 90.0, 80.0, 5.0, "巷子裡瓦斯味很重"),
]


def run(items: list[Item]) -> tuple[Correlator, list[object]]:
    c = Correlator()
    out: list[object] = []
    for it in sorted(items, key=lambda i: i.t):
        out += c.feed(it, it.t + 30.0)
    return c, out


def test_a_gas_main_struck_is_one_hazmat_job() -> None:
    c, out = run(LEAK)
    job = c.where("crew")
    assert job is not None
    assert c.where("police") == c.where("smell") == job
    assert c.snapshot(job).type is IncidentType.HAZMAT
    assert Opened(job, IncidentType.HAZMAT, "crew") in out


def test_a_citizens_smell_of_gas_alone_opens_a_hazmat_job_with_the_crew() -> None:
    c, _ = run([LEAK[2], LEAK[0]])
    job = c.where("smell")
    assert job is not None
    assert c.where("crew") == job
    assert c.snapshot(job).type is IncidentType.HAZMAT


def test_a_kitchen_fire_smelling_of_gas_stays_a_fire() -> None:
    fire = [
        item("panel", "fire_alarm", "alarm", "fire", 1500.0, 0.0, 0.0, "火警受信總機 5F 偵煙器動作"),
        item("engines", "119", "fire", "fire", 1510.0, 10.0, 2.0, "集合住宅5樓 廚房起火，出動3車"),
        item("inside", "1999", "gas_odor", "citizen", 1530.0, 20.0, 4.0, "我們這棟有瓦斯味，是不是火燒到瓦斯管"),
    ]
    c, _ = run(fire)
    job = c.where("panel")
    assert job is not None
    assert c.where("inside") == job
    assert c.snapshot(job).type is IncidentType.FIRE


def test_a_leak_that_catches_fire_stays_the_hazmat_teams_job() -> None:
    burning = item("flames", "119", "fire", "fire", 10.0, 5.0, 8.0, "經貿路三段 外洩瓦斯起火 加派2車")
    c, _ = run([*LEAK, burning])
    job = c.where("crew")
    assert c.where("flames") == job is not None
    assert c.snapshot(job).type is IncidentType.HAZMAT
