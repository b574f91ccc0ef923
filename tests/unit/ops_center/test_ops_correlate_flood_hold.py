"""The water stays until its sensor or an agency says it is gone.

Described situation: on a typhoon night an underpass fills. Its flood sensor alerts at
12 cm, 27 cm, then 41 cm; a driver is trapped and rescued, the police close the
underpass. The sensor's alert is never cleared while the pumps work through the night:
four hours later it reads 14 cm (the water falling), then clears, and the police reopen
the underpass. The coordinator runs one job from the first reading to the reopening.

On a plum-rain afternoon a low street floods, the police report the water gone and the
street reopened, and the sensor never sends its clear. Ninety minutes later the second
rain wave floods the street again: another job (the first was closed with the water).
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind

X0, Y0, T0 = 212_793.0, 2_674_564.0, 1_779_471_600.0
U = CapSeverity.UNKNOWN
AGENCY = {"1999": "citizen", "119": "fire", "incident": "police", "rule": "disaster"}


def item(key: str, feed: str, category: str, dx: float, dy: float, dt: float, text: str = "", src: str = "") -> Item:
    kind = ItemKind.ALERT if feed == "rule" else ItemKind.EVENT
    sev = CapSeverity.MINOR if feed == "rule" else U
    return Item(key, kind, AGENCY[feed], feed, category, sev, X0 + dx, Y0 + dy, T0 + dt, src, text=text)


def _feed(c: Correlator, items: list[Item]) -> None:
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 20.0)


def test_an_underpass_whose_sensor_stays_raised_for_four_hours_is_one_job() -> None:
    c = Correlator()
    _feed(
        c,
        [
            item("d12", "rule", "flood_depth", 0, 0, 0, "地下道 水深 12 公分", "FL-10"),
            item("d27", "rule", "flood_depth", 0, 0, 1200, "地下道 水深 27 公分", "FL-10"),
            item("call", "1999", "flooding", -240, -134, 1560, "地下道積水很深，還有車在開進去"),
            item("d41", "rule", "flood_depth", 0, 0, 2280, "地下道 水深 41 公分", "FL-10"),
            item("rescue", "119", "rescue", -14, -3, 2520, "地下道 自小客車涉水熄火，駕駛受困車內"),
            item("closed", "incident", "road_closure", -8, -2, 2760, "地下道積水，雙向封閉"),
            item("out", "119", "rescue", -6, -10, 3780, "受困駕駛已救出，無受傷"),
            item("d14", "rule", "flood_depth", 0, 0, 16620, "地下道 水深 14 公分", "FL-10"),
            item("clear", "rule", "cleared", 0, 0, 20040, "地下道 水深回到 0 公分", "FL-10"),
        ],
    )
    assert {c.where(k) for k in ("d12", "call", "rescue", "closed", "d14", "clear")} == {c.where("d12")}


def test_a_flood_the_police_report_gone_is_over_though_its_sensor_never_cleared() -> None:
    c = Correlator()
    _feed(
        c,
        [
            item("a9", "rule", "flood_depth", 0, 0, 0, "低窪處 淹水深度 9 cm", "FL-7"),
            item("a24", "rule", "flood_depth", 0, 0, 720, "低窪處 淹水深度 24 cm", "FL-7"),
            item("call", "1999", "flooding", -290, -380, 840, "河南路淹水"),
            item("police", "incident", "flooding_report", -20, -30, 1140, "河南路近中平路 積水30公分 車輛回堵"),
            item("gone", "incident", "flooding_report", -20, -30, 5340, "河南路積水已退 恢復通行"),
            item("b12", "rule", "flood_depth", 0, 0, 10800, "低窪處 淹水深度 12 cm", "FL-7"),
            item("b27", "rule", "flood_depth", 0, 0, 11100, "低窪處 淹水深度 27 cm", "FL-7"),
            item("again", "1999", "flooding", -160, -340, 11220, "河南路又淹了，比中午還深"),
        ],
    )
    assert c.where("gone") == c.where("a9")
    assert c.where("b12") == c.where("again") != c.where("a9")
