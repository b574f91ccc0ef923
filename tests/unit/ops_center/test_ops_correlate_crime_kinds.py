"""A theft and a fight a hundred metres apart are two police jobs.

Described situation: a Saturday evening at the transit hub. At 19:00 two men queueing for
the shuttle come to blows (a patrol reports 兩名男子因插隊口角互毆; a caller in the hall says
轉運站裡面有人在打架). At 19:13, on platform 8, 94 m away, a traveller's phone is picked
from her pocket (a patrol takes the report: 旅客手機遭扒竊); half an hour later the
precinct adds 扒竊案 已調閱轉運中心監視器. The coordinator runs two jobs: the officers
separating the fighters, and the pickpocket case. The fight's own follow-up (互毆雙方帶回
派出所製作筆錄) and the theft's description of the suspect, which names neither, stay
with their jobs.

The other way round, at the exhibition centre: a pickpocket works the entrance queue (two
thefts reported) and, 100 m on at the shuttle bays, two men fight over a place in the queue:
the fight is not the theft's job. A caller in the shuttle queue files the fight under
crowding three minutes before the patrol reports it ("接駁車排隊那邊有兩個男的因為插隊吵起來，
已經動手了，一堆人圍著"): that call is the fight's, not the theft's case.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind

X0, Y0, T0 = 214_760.0, 2_676_960.0, 1_779_454_400.0  # the hub's waiting hall; T0 = 19:00


def report(key: str, category: str, dx: float, dy: float, minute: float, text: str) -> Item:
    sev, t = CapSeverity.MODERATE, T0 + minute * 60.0
    return Item(key, ItemKind.EVENT, "police", "incident", category, sev, X0 + dx, Y0 + dy, t, "", text)


def call(key: str, dx: float, dy: float, minute: float, text: str) -> Item:
    sev = CapSeverity.UNKNOWN
    return Item(key, ItemKind.EVENT, "citizen", "1999", "other", sev, X0 + dx, Y0 + dy, T0 + minute * 60.0, "", text)


def run(items: list[Item]) -> Correlator:
    c = Correlator()
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 30.0)
    return c


def test_a_pickpocket_on_the_platform_is_not_the_fight_in_the_waiting_hall() -> None:
    c = run(
        [
            report("fight", "public_disturbance", 0.0, 0.0, 0.0, "水湳轉運中心候車區 兩名男子因插隊口角互毆"),
            call("hall", 10.0, 5.0, 1.0, "轉運站裡面有人在打架，很兇，快叫警察"),
            report("theft", "theft", 60.0, 72.0, 13.0, "旅客於轉運中心第8月台候車 手機遭扒竊"),
            report("booked", "public_disturbance", 0.0, 0.0, 17.0, "互毆雙方帶回派出所製作筆錄"),
            report("cctv", "theft", 45.0, 55.0, 43.0, "扒竊案 已調閱轉運中心監視器"),
        ]
    )
    fight, theft = c.where("fight"), c.where("theft")
    assert fight is not None
    assert theft is not None
    assert theft != fight
    assert c.snapshot(theft).type is IncidentType.PUBLIC_SAFETY
    assert c.where("hall") == c.where("booked") == fight
    assert c.where("cctv") == theft


def test_a_fight_at_the_shuttle_bays_is_not_the_pickpocket_s_job() -> None:
    c = run(
        [
            report("stolen", "theft", 0.0, 0.0, 0.0, "會展中心入口排隊區 民眾皮夾遭竊"),
            report("again", "theft", 20.0, 10.0, 15.0, "同一入口排隊區再受理手機遭竊1件，疑同一扒手"),
            report("suspect", "theft", 30.0, 0.0, 20.0, "嫌犯特徵：男性約40歲、灰色帽T、黑色後背包"),
            Item(
                "queue",
                ItemKind.EVENT,
                "citizen",
                "1999",
                "crowding",
                CapSeverity.UNKNOWN,
                X0 + 90.0,
                Y0 + 15.0,
                T0 + 27 * 60.0,
                "",
                "接駁車排隊那邊有兩個男的因為插隊吵起來，已經動手了，一堆人圍著",
            ),
            report("bays", "public_disturbance", 100.0, 10.0, 30.0, "轉運站接駁區 兩名男子因插隊互毆，員警隔離雙方"),
        ]
    )
    thief = c.where("stolen")
    assert thief is not None
    assert c.where("again") == c.where("suspect") == thief
    assert c.where("bays") not in {thief, None}
    assert c.where("queue") == c.where("bays")
