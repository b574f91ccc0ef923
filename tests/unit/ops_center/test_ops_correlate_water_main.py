"""A burst water main is one job: the water in its street and the dry taps it causes.

Described situation: an excavator at road works cuts a water main one weekday morning.
A caller says the works broke a pipe and the street is under water; the police report
a burst main flooding the junction; the low-point flood sensor reads 9 cm; the road is
closed. Over the next two hours households and shops 200-900 m away call 1999 because
their taps ran dry, while the water company shuts the valve and repairs the main. The
coordinator runs one job, the burst main, with its water, its closure and its dry taps.

Water on a rainy street is not a main's: dry taps a few hundred metres from a drain
overflowing in the rain are another job (the water company's outage elsewhere).
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind

X0, Y0, T0 = 214_753.0, 2_674_016.0, 1_779_471_600.0
U = CapSeverity.UNKNOWN
AGENCY = {"1999": "citizen", "incident": "police", "rule": "disaster"}


def item(key: str, feed: str, category: str, dx: float, dy: float, dt: float, text: str = "", src: str = "") -> Item:
    kind = ItemKind.ALERT if feed == "rule" else ItemKind.EVENT
    sev = CapSeverity.MINOR if feed == "rule" else U
    return Item(key, kind, AGENCY[feed], feed, category, sev, X0 + dx, Y0 + dy, T0 + dt, src, text=text)


def _feed(c: Correlator, items: list[Item]) -> None:
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 60.0)


DRY_TAPS = [
    item("dry1", "1999", "water_outage", 300, 340, 1500, "家裡水龍頭突然沒水了，也沒看到停水公告"),
    item("dry2", "1999", "water_outage", -400, -60, 1700, "我們這排店面全部沒水，要做生意欸"),
    item("dry3", "1999", "water_outage", 480, 510, 3400, "這邊是不是停水？洗衣機洗到一半沒水"),
    item("dry4", "1999", "water_outage", 600, 1140, 4900, "那棟整棟大樓都沒水，頂樓水塔也快沒了"),
    item("dry5", "1999", "water_outage", -60, 1000, 6500, "凱旋路尾這邊也停水了，阿嬤要洗腎"),
]


def test_dry_taps_up_to_a_kilometre_off_for_two_hours_are_the_burst_mains_job() -> None:
    c = Correlator()
    _feed(
        c,
        [
            item("call", "1999", "flooding", -230, 25, 0, "施工的地方水管被挖破，水一直噴出來，整條路都是水"),
            item("police", "incident", "flooding_report", 0, 0, 360, "道路施工處自來水管破裂，大量湧水漫流至路口"),
            item("depth", "rule", "flood_depth", -30, 340, 660, "低窪處 淹水深度 9 cm", "SN-FL-7"),
            item("closed", "incident", "road_closure", 140, -20, 1260, "雙向封閉，請改道"),
            item("spread", "1999", "flooding", 420, 200, 2640, "中國醫藥大學那邊路口淹水了，是不是下水道爆掉？"),
            item("depth2", "rule", "flood_depth", -30, 340, 2400, "低窪處 淹水深度 21 cm", "SN-FL-7"),
            item("valve", "incident", "flooding_report", 0, 0, 5900, "自來水公司已關閉制水閥，湧水停止，搶修中"),
            *DRY_TAPS,
        ],
    )
    job = c.where("call")
    assert job is not None
    places = {it.key: c.where(it.key) for it in DRY_TAPS}
    assert set(places.values()) == {job}, places


def test_dry_taps_beside_a_drain_overflowing_in_the_rain_are_not_the_floods_job() -> None:
    c = Correlator()
    _feed(
        c,
        [
            item("depth", "rule", "flood_depth", 0, 0, 0, "低窪處 淹水深度 18 cm", "SN-FL-8"),
            item("call", "1999", "flooding", 20, -20, 120, "人孔蓋一直冒水出來，路面都是髒水"),
            item("police", "incident", "flooding_report", 0, 0, 600, "低窪處路面積水約15公分，疑似污水人孔溢流"),
            item("dry1", "1999", "water_outage", 300, 340, 900, "家裡突然停水了"),
            item("dry2", "1999", "water_outage", 420, 300, 1100, "我們這排都沒水"),
        ],
    )
    assert c.where("dry1") is not None  # two households confirm an outage of its own
    assert c.where("dry1") == c.where("dry2") != c.where("depth")


def test_an_outage_called_in_before_the_burst_main_was_known_is_the_mains_job() -> None:
    """Two households call about dry taps before anyone has reported the water in the
    street: an outage job of its own until the burst main is known, then the main's."""
    c = Correlator()
    _feed(
        c,
        [
            item("dry1", "1999", "water_outage", 250, 400, 0, "家裡突然停水，社區也都沒水"),
            item("dry2", "1999", "water_outage", 350, 720, 240, "經貿路三段大樓停水，有沒有公告？"),
            item("call", "1999", "flooding", -20, 10, 300, "施工的地方水管被挖破，水一直噴出來，整條路都是水"),
            item("police", "incident", "flooding_report", 0, 0, 420, "拓寬工區 自來水管線遭挖斷，路面大量積水"),
            item("dry3", "1999", "water_outage", 240, 170, 900, "宿舍停水"),
            item("dry4", "1999", "water_outage", 390, 800, 2700, "敦化路一段停水了，什麼時候恢復？"),
        ],
    )
    assert {c.where(k) for k in ("dry1", "dry2", "call", "police", "dry3", "dry4")} == {c.where("call")}


def test_water_welling_up_beside_a_sinkhole_is_the_sinkholes_job() -> None:
    """The road caves in on a dry afternoon; the police close the lane. Forty minutes on
    a caller 60 m away says a lot of water comes up out of the ground and floods the
    junction, and another that the hole keeps welling water: the main under the road
    broke, the water is the sinkhole's job, not a flood waiting for a second caller."""
    c = Correlator()
    _feed(
        c,
        [
            item("hole", "1999", "road_damage", 0, 0, 0, "路面下陷 大約一公尺見方 很危險"),
            item("closed", "incident", "road_collapse", -10, -5, 900, "路面坍陷 封閉外側車道 設置警示"),
            item("up", "1999", "flooding", 50, 35, 2700, "有大量的水從地下冒出來 淹到路口"),
            item("well", "1999", "other", 15, -10, 2760, "那個坑洞一直在冒水，水一直往路口那邊流"),
        ],
    )
    job = c.where("hole")
    assert job is not None
    assert (c.where("up"), c.where("well")) == (job, job)


def test_a_drain_overflowing_in_the_rain_beside_a_sinkhole_is_not_its_job() -> None:
    """A sinkhole is closed off on a rainy evening; 80 m away the drain covers overflow
    and callers report the street under water: the rain's flood, not the hole's."""
    c = Correlator()
    _feed(
        c,
        [
            item("hole", "1999", "road_damage", 0, 0, 0, "路面下陷 大約一公尺見方 很危險"),
            item("closed", "incident", "road_collapse", -10, -5, 600, "路面坍陷 封閉外側車道 設置警示"),
            item("d1", "1999", "blocked_drain", 80, 20, 1200, "水溝蓋在冒水 排水排不掉 路面都是水"),
            item("d2", "1999", "flooding", 90, -10, 1500, "這邊路口淹水了 水到腳踝"),
        ],
    )
    assert c.where("hole") is not None
    assert c.where("hole") not in {c.where("d1"), c.where("d2")}
