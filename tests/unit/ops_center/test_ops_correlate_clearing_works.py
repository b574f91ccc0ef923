"""A works permit to clear a job's hazard is that job's.

Described situation: a typhoon night. At 22:10 a caller reports a tree fallen across
two lanes; at 22:14 the police report it and put out cones; at 22:20 another caller says
it still lies there. At 23:00, forty minutes on, the parks office's emergency permit
arrives: "路樹緊急清運", two lanes closed from 23:10, at the tree. The coordinator, whose
job is still on the board, counts the permit in it: it is the job's removal (the tree
lies on the road until it is cleared), and the closure ends when the tree is gone. A
pipe-replacement permit at the same place that night is the water company's routine
works, not the tree's; a clearing permit where no job is (a tree already gone, handled
before the shift) stays out.
"""

from __future__ import annotations

from dataclasses import replace

from common.lexicon import Cue, cues
from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind

X0, Y0, T0 = 214_000.0, 2_676_000.0, 1_779_476_400.0  # the tree; T0 = 22:10, the first call
AGENCY = {"1999": "citizen", "incident": "police", "planned_event": "police"}


def item(key: str, feed: str, category: str, dx: float, dt: float, text: str) -> Item:
    return Item(key, ItemKind.EVENT, AGENCY[feed], feed, category, CapSeverity.UNKNOWN, X0 + dx, Y0, T0 + dt, "", text)


def permit(key: str, dx: float, text: str) -> Item:
    # start 23:10, ends 03:00; it arrives at 23:00
    return replace(item(key, "planned_event", "road_works", dx, 3600.0, text), ends_t=T0 + 4.8 * 3600.0)


def run(*extra: Item) -> Correlator:
    c = Correlator()
    c.feed(item("call", "1999", "fallen_tree", 10.0, 0.0, "中科路一整棵路樹倒下來擋住兩線道"), T0 + 30.0)
    c.feed(item("police", "incident", "fallen_object", 0.0, 240.0, "中科路路樹倒塌橫跨兩車道，已擺設警示"), T0 + 300.0)
    c.feed(item("again", "1999", "fallen_tree", 20.0, 600.0, "中科路那棵樹還倒在那邊"), T0 + 630.0)
    for it in extra:
        c.feed(it, T0 + 3000.0)
    return c


def test_an_emergency_permit_to_clear_the_tree_is_the_tree_s() -> None:
    c = run(permit("clear", 15.0, "颱風後路樹緊急清運：中科路北段，封閉兩車道"))
    assert c.where("clear") == c.where("police") is not None


def test_a_pipe_replacement_permit_at_the_tree_is_not_the_tree_s() -> None:
    c = run(permit("pipes", 15.0, "道路施工許可：中科路 自來水管線汰換工程，佔用外側車道"))
    assert c.where("police") is not None
    assert c.where("pipes") is None


def test_a_clearing_permit_where_no_job_is_stays_out() -> None:
    c = run(permit("elsewhere", 2000.0, "颱風倒樹緊急移除工程，封閉外側車道"))
    assert c.where("elsewhere") is None


def test_the_words_of_a_clearing_permit_are_the_lexicon_s() -> None:
    assert Cue.CLEARING in cues("敦化路倒樹清除作業（建設局養工處），封閉外側車道")
    assert Cue.CLEARING in cues("黎明路三段側溝緊急清淤（凱旋路口段），占用外側車道")
    assert Cue.CLEARING not in cues("道路施工許可：自來水管線汰換工程，佔用外側車道")
