"""A permitted event's crowd job does not take the other jobs around it.

Described situation: a weekend market in the park runs 16:00-22:00 under a police permit
(category ``event``; its text gives the stalls and "預估人潮 8,000 人"). At 20:05 an old man
collapses before the market's stage: 119 sends an ambulance, and a visitor calls 1999
("有阿伯倒在舞台前面，叫都叫不醒"). The coordinator reads the market's car parks, crowds and
stage noise as the event's; the collapsed man is an ambulance job of its own, as at a
concert (the fainting spectator's ambulance is dispatched and closed on its own).
"""

from __future__ import annotations

from dataclasses import replace

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind

X0, Y0, T0 = 215_100.0, 2_675_860.0, 1_777_104_000.0  # the market; T0 = 16:00, its start
U = CapSeverity.UNKNOWN


def event(key: str, feed: str, category: str, dx: float, dy: float, dt: float, text: str = "") -> Item:
    agency = {"planned_event": "police", "119": "fire", "1999": "citizen", "parking": "traffic"}[feed]
    return Item(key, ItemKind.EVENT, agency, feed, category, U, X0 + dx, Y0 + dy, T0 + dt, "", text)


def market() -> Item:
    permit = event(
        "permit",
        "planned_event",
        "event",
        0.0,
        0.0,
        0.0,
        "中央公園北側「水湳週末市集」，攤位約120攤，16:00–22:00，預估人潮 8,000 人，含小型舞台表演。",
    )
    return replace(permit, ends_t=T0 + 6 * 3600.0)


def run(*items: Item) -> Correlator:
    c = Correlator()
    c.feed(market(), T0 - 6 * 86_400.0)  # the permit arrives days ahead
    for it in items:
        c.feed(it, it.t + 30.0)
    return c


def test_a_permit_for_an_event_is_the_event_whatever_its_text_says() -> None:
    c = run()
    inc = c.where("permit")
    assert inc is not None
    assert c.snapshot(inc).type is IncidentType.CROWD
    # the permit's area is fixed: its audience's effects 1 km away are its own
    far = event("carpark", "parking", "full", -50.0, -970.0, 2.5 * 3600.0)
    far = replace(far, source_id="PK-5")
    c.feed(far, far.t + 30.0)
    assert c.explained_by("carpark") == inc  # held aside while no report of the market's work comes


def test_a_man_collapsing_before_the_stage_is_an_ambulance_job_of_its_own() -> None:
    ambulance = event("119", "119", "ambulance", -20.0, 60.0, 4 * 3600.0 + 300.0, "市集舞台前70多歲男性昏倒，意識模糊")
    call = event(
        "call", "1999", "other", -22.0, 64.0, 4 * 3600.0 + 420.0, "有阿伯倒在舞台前面，叫都叫不醒，快叫救護車！"
    )
    crowd = event(
        "crowd", "1999", "crowding", -10.0, 35.0, 4 * 3600.0 - 1200.0, "公園市集人多到走不動，推嬰兒車完全過不去"
    )
    c = run(crowd, ambulance, call)
    market_job = c.where("permit")
    assert c.explained_by("crowd") == market_job
    job = c.where("119")
    assert job is not None
    assert job != market_job
    assert c.snapshot(job).type is IncidentType.RESCUE
    assert c.where("call") == job


def test_a_child_missing_beside_the_collapsed_man_is_a_search_of_its_own() -> None:
    """Ten minutes after the ambulance came, a mother calls 1999 from the stage: her son,
    five, is gone in the crowd. The search is the police's job, not the ambulance's."""
    ambulance = event("119", "119", "ambulance", -20.0, 60.0, 4 * 3600.0 + 300.0, "市集舞台前70多歲男性昏倒，意識模糊")
    lost = event(
        "lost", "1999", "other", -15.0, 55.0, 4 * 3600.0 + 900.0, "我兒子剛剛在舞台前面走失了，五歲，穿紅色衣服"
    )
    c = run(ambulance, lost)
    search = c.where("lost")
    assert search is not None
    assert search != c.where("119")
    assert search != c.where("permit")
