"""Callers who see a fire's smoke from afar before any crew has placed the fire are that fire's.

Described situation (labelled set 1791-1802, 1802): on a dry afternoon the weeds of a vacant
lot in 北屯 catch fire. The first to call is a resident on a rooftop 1 km away: "從我家頂樓看到
東邊屋頂上面有很大的白煙，往北飄". Three minutes later 119 dispatches two companies to the
lot, and more callers around the first one report the smoke they see to the east and the
smell of burnt grass. A coordinator runs one job, the lot's fire: the callers saw its smoke
over the roofs; nobody was sent to the rooftop.

Beside it, two calls that are not the lot's smoke: a resident whose street has a scooter
burning in front of the house (she sees the flames where she stands: a fire of its own,
however near the lot's smoke), and a resident complaining of a neighbour burning joss paper
whose smoke drifts in (open burning at the caller's place, the environment bureau's routine).
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind

X0, Y0, T0 = 216_000.0, 2_676_500.0, 1_779_800_000.0
U = CapSeverity.UNKNOWN


def ev(key: str, feed: str, cat: str, dx: float, dy: float, dt: float, text: str) -> Item:
    agency = {"119": "fire", "1999": "citizen"}[feed]
    return Item(key, ItemKind.EVENT, agency, feed, cat, U, X0 + dx, Y0 + dy, T0 + dt, "", text)


def lot_fire() -> list[Item]:
    """The lot burns at (0, 0); the first callers stand 0.8-1.2 km west of it."""
    return [
        ev("rooftop", "1999", "fire_smoke", -760.0, -420.0, 0.0, "從我家頂樓看到東邊屋頂上面有很大的白煙，往北飄"),
        ev("dispatch", "119", "fire", 0.0, 0.0, 180.0, "北屯區單元八空地 雜草火警 面積擴大中 派遣北屯、西屯分隊"),
        ev("tower", "1999", "fire_smoke", -720.0, 560.0, 300.0, "營運塔這邊看到東邊一直冒煙，有沒有人報了"),
        ev("smell", "1999", "fire_smoke", -960.0, 410.0, 420.0, "綠美圖外面一股燒草的味道"),
        ev("on-scene", "119", "fire", 0.0, 0.0, 840.0, "單元八空地火警 到場 火線約百米"),
    ]


def run(items: list[Item]) -> Correlator:
    c = Correlator()
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 20.0)
    c.tick(T0 + 4 * 3600.0)
    return c


def test_the_callers_who_saw_the_smoke_from_afar_before_the_dispatch_are_the_lot_fire_s_job() -> None:
    c = run(lot_fire())
    fire = c.where("dispatch")
    assert fire is not None
    assert c.snapshot(fire).type is IncidentType.FIRE
    assert {c.where(k) for k in ("rooftop", "tower", "smell", "on-scene")} == {fire}


def test_a_caller_who_sees_a_scooter_burn_in_front_of_the_house_keeps_a_fire_of_its_own() -> None:
    scooter = ev("scooter", "1999", "fire_smoke", -1000.0, -900.0, 30.0, "我家門口一台機車在燒，火很大")
    c = run([*lot_fire(), scooter])
    fire = c.where("dispatch")
    own = c.where("scooter")
    assert own is not None
    assert own != fire


def test_a_neighbour_burning_joss_paper_is_no_smoke_of_the_lot() -> None:
    joss = ev("joss", "1999", "fire_smoke", 1200.0, -800.0, 20.0, "隔壁有人在燒金紙，煙一直飄到我家")
    c = run([*lot_fire(), joss])
    assert c.where("joss") != c.where("dispatch")
