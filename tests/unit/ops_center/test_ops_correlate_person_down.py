"""A caller who sees someone in danger opens a rescue job on that one call.

1999 passes a call about a person down and unresponsive, not breathing, bleeding, unable
to get up or gasping for breath to 119, which sends an ambulance at once: the coordinator
has the job when the call comes, not when a second caller or the ambulance's own record
confirms it (cue ``in_danger``, ``ONE_CALL``). A call of the same category that sees no
one in danger (an injured stray dog, a relative feeling dizzy and asking which hospital to
go to) is answered on the phone and waits for a second source as before.

People stuck in a lift (cues ``lift`` and ``trapped``) open a rescue job on one call too, the
fire bureau's rescue crew and the lift technician's, whatever cut the power; unless a fire
stands open at the caller's place (``ONE_CALL_STUCK_FIRE_M``): the lift is in the burning
building, whose crews bring its people out, and the call waits to be placed as the fire's. A
caller saying the lift stopped with nobody inside is no one trapped.
"""

from __future__ import annotations

import pytest

from common.lexicon import Cue, cues
from ops_center.correlate import Correlator, Opened, Pending
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind

X0, Y0, T0 = 215_000.0, 2_676_000.0, 1_464_850_000.0


def call(key: str, category: str, text: str, dx: float = 0.0) -> Item:
    """A 1999 call (agency citizen, no severity) ``dx`` metres east of the origin."""
    return Item(key, ItemKind.EVENT, "citizen", "1999", category, CapSeverity.UNKNOWN, X0 + dx, Y0, T0, "", text)


@pytest.mark.parametrize(
    ("category", "text"),
    [
        pytest.param("other", "公車站旁邊有一位老先生倒在地上，叫他都沒有反應", id="down and unresponsive"),
        pytest.param("rescue", "體育館門口有人昏倒了，好像沒呼吸，有人在做CPR", id="not breathing"),
        pytest.param("other", "人行道上有個阿姨跌倒，頭一直流血，站不起來", id="a fall, bleeding"),
        pytest.param("other", "停電了，我奶奶的製氧機不能用，她現在很喘", id="gasping without her oxygen"),
    ],
)
def test_one_call_about_someone_in_danger_opens_a_rescue_job_at_once(category: str, text: str) -> None:
    c = Correlator()
    item = call("p1", category, text)
    assert Cue.IN_DANGER in cues(text)
    out = c.feed(item, item.t)
    assert [type(x) for x in out][:1] == [Opened]
    first = out[0]
    assert isinstance(first, Opened)
    assert first.type is IncidentType.RESCUE
    assert c.where("p1") == first.incident_id


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("路邊有一隻狗好像腳受傷，一直趴在那邊，可以請動保處來看一下嗎", id="an injured dog"),
        pytest.param("民眾表示家裡老人家頭暈，詢問要去哪間醫院，已建議如有急症撥打119", id="asking which hospital"),
    ],
)
def test_a_rescue_call_that_sees_no_one_in_danger_waits_for_a_second_source(text: str) -> None:
    c = Correlator()
    item = call("q1", "other", text, dx=3000.0)
    assert Cue.IN_DANGER not in cues(text)
    out = c.feed(item, item.t)
    assert isinstance(out[-1], Pending)
    assert c.where("q1") is None


def fire_dispatch(key: str, text: str, dx: float = 0.0) -> Item:
    """A 119 fire dispatch ``dx`` metres east of the origin."""
    return Item(key, ItemKind.EVENT, "fire", "119", "fire", CapSeverity.SEVERE, X0 + dx, Y0, T0, "", text)


def test_one_call_about_people_stuck_in_a_lift_opens_a_rescue_job_at_once() -> None:
    c = Correlator()
    item = call("l1", "other", "大樓停電，電梯卡住了，我爸在裡面出不來")
    assert Cue.IN_DANGER not in cues(item.text)
    out = c.feed(item, item.t)
    first = out[0]
    assert isinstance(first, Opened)
    assert first.type is IncidentType.RESCUE


def test_a_lift_call_in_a_burning_building_waits_as_the_fire_s() -> None:
    c = Correlator()
    fire = fire_dispatch("f1", "集合住宅頂樓起火，派遣水箱車2、雲梯車1")
    c.feed(fire, fire.t)
    item = call("l2", "other", "那棟大樓電梯停電卡在5樓，裡面有兩個人出不來", dx=40.0)
    out = c.feed(item, item.t + 60.0)
    assert not any(isinstance(x, Opened) for x in out)


def test_a_lift_stopped_with_nobody_inside_is_no_one_trapped() -> None:
    assert Cue.TRAPPED not in cues("這一區整個停電了，電梯也停了，還好沒有人在裡面")
    assert Cue.TRAPPED in cues("電梯停電卡住，我同事在裡面")
