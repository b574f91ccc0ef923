"""One person down in a crowd is an ambulance's job; people hurt in a crush are the crowd's.

Described situation (the pattern of 354, 1311 and 1318, three authors): a concert at the pop
music centre runs 18:00-22:00 under a police permit. At 20:10 a fan faints before the stage
and a friend calls 1999 ("演唱會裡面有人昏倒了！救護車好像進不來，人太多了"); 119 sends an
ambulance to a man knocked down by the crowd with chest pain. The crowd is where it happened:
the coordinator dispatches one ambulance to one patient, a job of its own, not the concert's
crowd control. At the exit at 22:10 the crowd pushes and three fall hurt (散場出口推擠): the
crush is the crowd's own hazard, and its hurt stay the concert's job (537).
"""

from __future__ import annotations

from dataclasses import replace

from common.vocabulary import Signal, categorize
from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind

X0, Y0, T0 = 216_400.0, 2_676_300.0, 1_777_140_000.0  # the concert; T0 = 18:00, its start
U = CapSeverity.UNKNOWN


def event(key: str, feed: str, category: str, dx: float, dy: float, dt: float, text: str = "") -> Item:
    agency = {"planned_event": "police", "119": "fire", "1999": "citizen", "incident": "police"}[feed]
    return Item(key, ItemKind.EVENT, agency, feed, category, U, X0 + dx, Y0 + dy, T0 + dt, "", text)


def concert() -> Item:
    permit = event(
        "permit", "planned_event", "concert", 0.0, 0.0, 0.0, "臺中流行影音中心 演唱會 18:00-22:00，預估 8,000 人"
    )
    return replace(permit, ends_t=T0 + 4 * 3600.0)


def run(*items: Item) -> Correlator:
    c = Correlator()
    c.feed(concert(), T0 - 86_400.0)  # the permit arrives the day before
    for it in items:
        c.feed(it, it.t + 30.0)
    return c


def crowding() -> Item:
    return event("crowd", "incident", "crowd_control", 40.0, 30.0, 1800.0, "入場人潮擁擠，派員疏導")


def test_a_fan_fainting_in_the_crowd_is_an_ambulance_job_of_its_own() -> None:
    call = event(
        "faint",
        "1999",
        "other",
        60.0,
        20.0,
        2 * 3600.0 + 600.0,
        "演唱會裡面有人昏倒了！救護車好像進不來，人太多了，快點！",
    )
    c = run(crowding(), call)
    concert_job = c.where("permit")
    assert c.where("crowd") == concert_job
    job = c.where("faint")
    assert job is not None
    assert job != concert_job
    assert c.snapshot(job).type is IncidentType.RESCUE


def test_a_man_knocked_down_with_chest_pain_is_the_ambulance_s() -> None:
    ambulance = event(
        "119", "119", "ambulance", 30.0, 70.0, 2 * 3600.0 + 900.0, "主舞台前 男性民眾被擠倒胸痛 派遣救護車"
    )
    c = run(crowding(), ambulance)
    job = c.where("119")
    assert job is not None
    assert job != c.where("permit")
    assert c.snapshot(job).type is IncidentType.RESCUE


def test_people_hurt_in_a_crush_at_the_exit_stay_the_crowd_s() -> None:
    crush = event("crush", "119", "ambulance", 80.0, -40.0, 4 * 3600.0 + 600.0, "流行影音中心散場出口推擠 3人跌倒受傷")
    c = run(crowding(), crush)
    assert c.where("crush") == c.where("permit")


def test_the_text_reader_gives_the_person_down_to_the_ambulance_and_the_crush_to_the_crowd() -> None:
    assert categorize("1999", "other", "演唱會裡面有人昏倒了！救護車好像進不來，人太多了").signal is Signal.RESCUE
    assert categorize("1999", "other", "演唱會裡面有一個阿姨從樓梯摔下來流血，人太多進不來").signal is Signal.RESCUE
    assert categorize("119", "ambulance", "流行影音中心散場出口推擠 3人跌倒受傷").signal is Signal.CROWD
    assert categorize("1999", "crowding", "出口那邊有人被推倒了，後面的人還一直擠過來！").signal is Signal.CROWD
    assert categorize("1999", "crowding", "轉運站這邊人擠人，排公車排到馬路上去了").signal is Signal.CROWD
