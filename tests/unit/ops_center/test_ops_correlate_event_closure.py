"""A road the police close for a planned event is the event's, wherever on its route.

Described situation: a night road race runs 21:00-01:30 from the park (its permit
arrived the day before, placed at the start line). Ten minutes before the start the
police report the closure of the arterial 1.2 km away that the course follows
("路跑交管 ... 全線封閉"), and at 01:35 its reopening. The coordinator reads the closure
and its reopening as the race's traffic control: one planned-event job. A closure for a
sinkhole the same night, as far from the start, says nothing about the race: it is not
the race's.
"""

from __future__ import annotations

from dataclasses import replace

from common.lexicon import Cue, cues
from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind

X0, Y0, T0 = 214_000.0, 2_676_000.0, 1_779_476_400.0  # the start line; T0 = 21:00, the start


def item(key: str, feed: str, category: str, dx: float, dt: float, text: str = "", follows: str | None = None) -> Item:
    return Item(
        key, ItemKind.EVENT, "police", feed, category, CapSeverity.UNKNOWN, X0 + dx, Y0, T0 + dt, "", text, follows
    )


def race() -> Item:
    permit = item("permit", "planned_event", "event", 0.0, 0.0, "城市路跑 21:00-01:30 預估 8,000 人")
    return replace(permit, ends_t=T0 + 4.5 * 3600.0)


def run(*items: Item) -> Correlator:
    c = Correlator()
    c.feed(race(), T0 - 86_400.0)
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 60.0)
    return c


def test_a_closure_for_the_race_and_its_reopening_are_the_race_s() -> None:
    c = run(
        item("closed", "incident", "road_closure", 1200.0, -600.0, "路跑交管：經貿路二段全線封閉，設置改道指示"),
        item("reopened", "incident", "road_closure", 1200.0, 4.6 * 3600.0, "經貿路二段恢復通車", follows="closed"),
    )
    job = c.where("permit")
    assert job is not None
    assert c.where("closed") == job
    assert c.where("reopened") == job


def test_a_closure_for_a_sinkhole_during_the_race_is_not_the_race_s() -> None:
    c = run(item("sinkhole", "incident", "road_closure", 1200.0, 1800.0, "路面下陷，中平路封閉內側車道"))
    assert c.where("permit") is not None
    assert c.where("sinkhole") != c.where("permit")


def test_a_closure_for_the_race_long_after_it_ended_is_not_its() -> None:
    c = run(item("next_day", "incident", "road_closure", 1200.0, 20 * 3600.0, "路跑交管：經貿路二段封閉"))
    assert c.where("next_day") != c.where("permit")


def test_the_words_of_a_closure_for_an_event_are_the_lexicon_s() -> None:
    assert Cue.FOR_EVENT in cues("經貿路二段（環中路至經貿七路）配合遊行 08:45 起封閉。")
    assert Cue.FOR_EVENT in cues("經貿路二段往南外側車道管制，供展覽接駁車停靠")
    assert Cue.FOR_EVENT not in cues("路面下陷，中平路封閉內側車道")
