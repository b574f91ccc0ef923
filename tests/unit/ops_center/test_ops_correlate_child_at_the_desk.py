"""A child left at an event's service desk waiting for their parents is a lost child's search.

Described situation (the pattern of 1440): a Christmas market runs in front of the museum under
a police permit, and the police manage its crowd. At 14:10 a stallholder calls 1999: a small boy
in a blue coat is waiting for his parents at the market's service desk, whom should they hand
him to (服務台這邊有一個小朋友在等爸媽，穿藍色外套，要交給誰？). The coordinator reads a lost child,
whose parents are looking for him somewhere in the crowd: a search of its own, with his
description, not the market's crowd control.
"""

from __future__ import annotations

from dataclasses import replace

from common.vocabulary import Signal, categorize
from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind

X0, Y0, T0 = 216_100.0, 2_676_050.0, 1_781_258_400.0  # the market; T0 = 11:00, its opening
U = CapSeverity.UNKNOWN
CALL = "我是市集的攤商，服務台這邊有一個小朋友在等爸媽，穿藍色外套，要交給誰？"


def event(key: str, feed: str, category: str, dx: float, dy: float, dt: float, text: str = "") -> Item:
    agency = {"planned_event": "police", "1999": "citizen", "incident": "police"}[feed]
    return Item(key, ItemKind.EVENT, agency, feed, category, U, X0 + dx, Y0 + dy, T0 + dt, "", text)


def test_the_boy_waiting_at_the_desk_is_a_search_not_the_market_s_crowd() -> None:
    permit = event(
        "permit", "planned_event", "market", 0.0, 0.0, 0.0, "綠美圖前廣場 耶誕市集 11:00-21:00，預估人潮5,000人"
    )
    crowd = event("crowd", "incident", "crowd_control", 30.0, -20.0, 1800.0, "市集人潮擁擠，派員疏導")
    call = event("desk", "1999", "other", 40.0, 20.0, 3 * 3600.0 + 600.0, CALL)
    c = Correlator()
    c.feed(replace(permit, ends_t=T0 + 10 * 3600.0), T0 - 86_400.0)
    for it in (crowd, call):
        c.feed(it, it.t + 30.0)
    market = c.where("permit")
    assert c.where("crowd") == market
    job = c.where("desk")
    assert job is not None
    assert job != market
    assert c.snapshot(job).type is IncidentType.RESCUE


def test_the_text_reader_reads_a_missing_person() -> None:
    assert categorize("1999", "other", CALL).signal is Signal.MISSING_PERSON
