"""A noise complaint that names its own source is not an event's audience.

Described situation: a concert runs 19:00-22:00 at an outdoor venue under a police permit.
At 21:00 the neighbours call 1999: one about the concert's bass 700 m away; one about
modified cars racing up and down a road 1 km away with loud exhausts; one about a
building site piling behind the convention centre 300 m away; one about firecrackers at
a wedding banquet 950 m away. The coordinator reads the first as the concert's noise;
the others name their own source (the traffic police's racing, the environment bureau's
building site and firecrackers), which the concert does not explain.

Later, with the police directing the audience out (a job now), the neighbours' own noises
come in as every night: a restaurant's extractor fan below a flat, someone dragging chairs
upstairs, the bar on 黎明路 playing its music loud, the flat next door shouting. Each names
its source, a neighbour's case for the environment bureau or the patrol, not the concert's
exit; the call about the crowd singing in the street on its way home is the concert's.
"""

from __future__ import annotations

from dataclasses import replace

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind

X0, Y0, T0 = 214_645.0, 2_675_556.0, 1_779_476_400.0  # the venue; T0 = 19:00, the start
U = CapSeverity.UNKNOWN


def event(key: str, feed: str, category: str, dx: float, dy: float, dt: float, text: str = "") -> Item:
    agency = {"planned_event": "police", "1999": "citizen"}[feed]
    return Item(key, ItemKind.EVENT, agency, feed, category, U, X0 + dx, Y0 + dy, T0 + dt, "", text)


def concert() -> Item:
    permit = event("concert", "planned_event", "concert", 0.0, 0.0, 0.0, "演唱會 19:00-22:00 預估入場 15,000 人")
    return replace(permit, ends_t=T0 + 3 * 3600.0)


def test_a_noise_call_naming_its_own_source_is_not_the_concert_s() -> None:
    c = Correlator()
    c.feed(concert(), T0 - 86_400.0)
    calls = [
        event("bass", "1999", "noise", 600.0, 300.0, 2 * 3600.0, "演唱會低音一直轟，吵到沒辦法睡"),
        event(
            "racing", "1999", "noise", 900.0, -400.0, 2 * 3600.0 + 60.0, "有改裝車在敦化路一段來回飆車，排氣管噪音很大"
        ),
        event("piling", "1999", "noise", -250.0, 200.0, 2 * 3600.0 + 120.0, "會展中心後面工地在打樁，從早上就很大聲"),
        event("wedding", "1999", "noise", 300.0, 900.0, 2 * 3600.0 + 180.0, "十二期有人在辦婚宴放鞭炮"),
    ]
    for it in calls:
        c.feed(it, it.t + 30.0)
    job = c.where("concert")
    assert c.explained_by("bass") == job is not None  # the concert's, held aside: nobody works it
    for key in ("racing", "piling", "wedding"):
        assert c.where(key) is None, key
        assert c.explained_by(key) is None, key


def test_a_neighbours_noise_is_not_the_concert_exit_s() -> None:
    c = Correlator()
    c.feed(concert(), T0 - 86_400.0)
    exit_control = Item(
        "exit", ItemKind.EVENT, "police", "incident", "crowd_control", CapSeverity.MODERATE,
        X0 - 60.0, Y0 + 36.0, T0 + 3 * 3600.0, "", "演唱會散場人潮約6,000人，凱旋路及中科路交通疏導",
    )  # fmt: skip
    c.feed(exit_control, exit_control.t + 30.0)
    job = c.where("exit")
    assert job is not None
    calls = [
        event("singing", "1999", "noise", 80.0, -700.0, 3 * 3600.0 + 60.0, "散場的人在路上一直大聲唱歌按喇叭"),
        event("fan", "1999", "noise", 760.0, -1380.0, 3 * 3600.0 + 120.0, "樓下餐廳排風扇很吵"),
        event("chairs", "1999", "noise", 700.0, -420.0, 3 * 3600.0 + 180.0, "樓上半夜在拖椅子跑來跑去"),
        event("bar", "1999", "noise", -330.0, 980.0, 3 * 3600.0 + 240.0, "黎明路那間酒吧的音樂又開很大聲了"),
        event("next_door", "1999", "noise", 500.0, 300.0, 3 * 3600.0 + 300.0, "隔壁一直在大聲吵架，吵到睡不著"),
    ]
    for it in calls:
        c.feed(it, it.t + 30.0)
    assert c.where("singing") == job
    for key in ("fan", "chairs", "bar", "next_door"):
        assert c.where(key) != job, key


def test_a_restaurant_s_customers_and_a_busker_are_not_the_concert_s() -> None:
    """During the concert a caller complains of the stir-fry restaurant's customers playing
    drinking games loud past midnight as every night (熱炒店, 划酒拳), another of the late-night
    stall's drinkers (宵夜攤), a third of a busker's speaker in front of the museum (街頭表演,
    街頭藝人): each names its own source, no concert-goer's; the bass is the concert's."""
    c = Correlator()
    c.feed(concert(), T0 - 86_400.0)
    calls = [
        event("bass", "1999", "noise", 600.0, 300.0, 2 * 3600.0, "演唱會低音一直轟，吵到沒辦法睡"),
        event("stir_fry", "1999", "noise", 400.0, -300.0, 2 * 3600.0 + 60.0, "那間熱炒店客人划酒拳很大聲"),
        event("stall", "1999", "noise", -500.0, 200.0, 2 * 3600.0 + 120.0, "學校附近的宵夜攤一直有人喝酒喧嘩"),
        event("busker", "1999", "noise", 200.0, 500.0, 2 * 3600.0 + 180.0, "綠美圖前面有人在街頭表演，喇叭很大聲"),
        event("artist", "1999", "noise", 250.0, 450.0, 2 * 3600.0 + 240.0, "公園裡街頭藝人的音響開很大聲"),
    ]
    for it in calls:
        c.feed(it, it.t + 30.0)
    job = c.where("concert")
    assert c.explained_by("bass") == job is not None
    for key in ("stir_fry", "stall", "busker", "artist"):
        assert c.where(key) is None, key
        assert c.explained_by(key) is None, key
