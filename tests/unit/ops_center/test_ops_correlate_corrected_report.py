"""An agency corrects its report: the water it reported was a road collapse.

Described situation: a rainy night. The low point of a road floods: its depth sensor
rises, callers there say the road is under water, a patrol reports it. An hour and a half
later, 350 m along the cross street, a caller says a car sank into a big puddle and a
patrol reports water on the lane with a car stuck in it; a quarter of an hour later the
patrol corrects its report: the road surface collapsed, it is no puddle. It closes the lane
and later reports the repair crew at work. The coordinator runs two jobs: the flood at the
low point (drainage, pumps) and the collapse (road repairs), each with its own reports.

On a dry day a patrol reports water gushing at road works and then says the road caved in
above a burst main: the water was the collapse's from the start, one job.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind

X0, Y0, T0 = 214_723.0, 2_674_359.0, 1_780_060_000.0
AGENCY = {"1999": "citizen", "incident": "police", "rule": "disaster"}


def item(
    key: str,
    feed: str,
    category: str,
    dx: float,
    dy: float,
    dt: float,
    text: str = "",
    follows: str | None = None,
    sev: CapSeverity | None = None,
) -> Item:
    kind = ItemKind.ALERT if feed == "rule" else ItemKind.EVENT
    if sev is None:
        sev = {"rule": CapSeverity.MINOR, "incident": CapSeverity.MODERATE}.get(feed, CapSeverity.UNKNOWN)
    src = "SN-FL-LOW" if feed == "rule" else ""
    return Item(key, kind, AGENCY[feed], feed, category, sev, X0 + dx, Y0 + dy, T0 + dt, src, text, follows)


def _feed(c: Correlator, items: list[Item]) -> None:
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 60.0)


FLOOD = [
    item("depth1", "rule", "flood_depth", 0, 0, 0, "低窪處 淹水深度 10 cm"),
    item("call1", "1999", "flooding", -75, -12, 690, "停車場出入口淹水了，水一直往停車場流進去"),
    item("depth2", "rule", "flood_depth", 0, 0, 1200, "低窪處 淹水深度 23 cm"),
    item("call2", "1999", "flooding", -190, -190, 1440, "這邊整段都是水，機車騎過去熄火"),
    item("patrol", "incident", "flooding_report", 0, 0, 2060, "低窪處積水約25公分，停車場出入口進水，機車多部熄火"),
    item("depth3", "rule", "flood_depth", 0, 0, 2700, "低窪處 淹水深度 33 cm"),
]


def test_a_patrols_correction_of_water_into_a_road_collapse_beside_a_flood_is_a_job_of_its_own() -> None:
    c = Correlator()
    _feed(
        c,
        [
            *FLOOD,
            item("sank", "1999", "flooding", 180, -327, 4730, "這邊有一個大水窪，我前面一台車開過去整個陷下去"),
            item("puddle", "incident", "flooding_report", 121, -332, 5170, "東向外側車道積水，自小客1部拋錨"),
            item(
                "collapse",
                "incident",
                "road_collapse",
                121,
                -332,
                6080,
                "更正前報，東向外側車道路面坍陷約2公尺，非單純積水，自小客前輪陷入",
                follows="puddle",
                sev=CapSeverity.SEVERE,
            ),
            item("closed", "incident", "road_closure", 121, -332, 6370, "東向外側車道封閉", follows="collapse"),
            item("crew", "incident", "road_collapse", 121, -332, 15000, "建設局搶修中，維持封閉", follows="collapse"),
        ],
    )
    flood = c.where("depth1")
    assert flood is not None
    assert {c.where(k) for k in ("call1", "call2", "patrol", "depth3")} == {flood}
    collapse = c.where("collapse")
    assert collapse is not None
    assert collapse != flood
    assert c.where("closed") == c.where("crew") == collapse


def test_a_correction_at_the_place_the_job_began_keeps_the_water_with_the_collapse() -> None:
    c = Correlator()
    _feed(
        c,
        [
            item("gush", "1999", "road_damage", -7, 10, 0, "施工的地方馬路在冒水，好像怪手把水管挖破了"),
            item("street", "1999", "flooding", -232, 25, 120, "路口這邊整片都是水，機車騎過去水花很高"),
            item("water", "incident", "flooding_report", 0, 0, 360, "道路施工處疑似自來水管破裂，大量湧水漫流至路口"),
            item("depth", "rule", "flood_depth", -30, 343, 660, "低窪處 淹水深度 9 cm"),
            item(
                "caved",
                "incident",
                "road_collapse",
                0,
                0,
                2800,
                "破管處路面下方遭水流淘空，出現約2公尺寬坑洞，已圍設警示",
                follows="water",
                sev=CapSeverity.SEVERE,
            ),
        ],
    )
    job = c.where("water")
    assert job is not None
    assert c.where("caved") == c.where("gush") == job


def test_a_patrols_minor_note_of_a_car_stalled_in_the_flood_water_is_news_of_the_flood() -> None:
    c = Correlator()
    _feed(
        c,
        [
            *FLOOD,
            item("puddle", "incident", "flooding_report", 121, -332, 5170, "東向外側車道積水，自小客1部熄火"),
            item(
                "tow",
                "incident",
                "stalled_vehicle",
                121,
                -332,
                6080,
                "積水處熄火自小客車待拖吊",
                follows="puddle",
                sev=CapSeverity.MINOR,
            ),
        ],
    )
    flood = c.where("depth1")
    assert flood is not None
    assert c.where("puddle") == c.where("tow") == flood
