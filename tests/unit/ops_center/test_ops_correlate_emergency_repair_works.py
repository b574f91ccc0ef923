"""A works permit for the emergency repair of a job's hazard is that job's.

Described situation: a weekday morning. At 09:00 a caller says water keeps welling up out
of the road; at 09:05 the police report a burst water main there, water 20 cm deep, the
outer lane closed. At 09:50, while the water still runs, the water company's permit
arrives: "管線破裂緊急搶修", the outer lane taken from 10:00 to 15:00, at the burst. The
coordinator counts it in the burst main's job: it is the repair of that main, at its place,
issued because of it. Another morning a road caves in (the police at 09:00, a caller at 09:30 saying the
hole grows) and at 09:50 the works office's permit says "路面塌陷緊急修復" at the hole,
the works to start at 11:00 once the crew and the asphalt are there: the hole's job, from
the permit's arrival (the hole's repair is news of the hole when it comes). A routine resurfacing permit at the
burst's place ("路面修復工程", planned months ago) is no repair of the burst; an emergency
repair two kilometres away is another street's.
"""

from __future__ import annotations

from dataclasses import replace

from common.lexicon import Cue, cues
from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind

X0, Y0, T0 = 214_700.0, 2_674_300.0, 1_779_440_400.0  # the burst; T0 = 09:00, the first call
AGENCY = {"1999": "citizen", "incident": "police", "planned_event": "public_works"}


def item(key: str, feed: str, category: str, dx: float, dt: float, text: str) -> Item:
    return Item(key, ItemKind.EVENT, AGENCY[feed], feed, category, CapSeverity.UNKNOWN, X0 + dx, Y0, T0 + dt, "", text)


def permit(key: str, dx: float, text: str, starts: float = 3600.0) -> Item:
    # works from 10:00 (``starts`` after 09:00) to 15:00; the permit arrives at 09:50
    return replace(item(key, "planned_event", "road_works", dx, starts, text), ends_t=T0 + 6 * 3600.0)


def burst(*extra: Item) -> Correlator:
    c = Correlator()
    c.feed(item("call", "1999", "flooding", 20.0, 0.0, "河南路路面一直冒水出來，整條路都濕了"), T0 + 30.0)
    said = "河南路自來水管線破裂，路面積水約20公分，封閉外側車道"
    c.feed(item("police", "incident", "flooding_report", 0.0, 300.0, said), T0 + 330.0)
    for it in extra:
        c.feed(it, T0 + 3000.0)
    return c


def test_the_emergency_repair_of_the_burst_main_is_the_burst_s() -> None:
    c = burst(permit("repair", 15.0, "自來水公司 河南路DN300管線破裂緊急搶修，封閉外側車道"))
    assert c.where("repair") == c.where("police") is not None


def test_the_emergency_repair_of_a_caved_in_road_is_the_hole_s() -> None:
    c = Correlator()
    c.feed(item("hole", "incident", "road_collapse", 0.0, 0.0, "河南路路面坍陷約1公尺見方，已擺放三角錐"), T0 + 30.0)
    c.feed(item("call", "1999", "road_damage", 30.0, 1800.0, "河南路地面下陷，好像越來越大"), T0 + 1830.0)
    c.feed(permit("fix", 10.0, "河南路路面塌陷緊急修復，封閉內側車道", starts=7200.0), T0 + 3000.0)
    assert c.where("fix") == c.where("hole") is not None


def test_a_routine_resurfacing_permit_at_the_burst_is_not_the_burst_s() -> None:
    c = burst(permit("resurface", 15.0, "道路施工許可：河南路 路面修復工程，佔用外側車道"))
    assert c.where("police") is not None
    assert c.where("resurface") is None


def test_an_emergency_repair_on_another_street_stays_out() -> None:
    c = burst(permit("far", 2000.0, "自來水公司 中平路管線破裂緊急搶修，占用外側車道"))
    assert c.where("police") is not None
    assert c.where("far") is None


def test_the_words_of_an_emergency_repair_permit_are_the_lexicon_s() -> None:
    assert Cue.CLEARING in cues("台水 經貿路三段 DN600 配水管破管緊急搶修及坍陷路面回填")
    assert Cue.CLEARING in cues("會展中心二期工地 翻覆起重機吊離及路面清理，經貿路二段封閉")
    assert Cue.CLEARING not in cues("中平路道路拓寬工程，外側車道施工封閉")
