"""A power cut is one job with everything it darkens.

Described situation: at dusk a feeder trips under a park. The park's sensor gateway
loses mains power and its devices drop off the network within a minute; the car
park's fire panel switches to its battery ("主電源異常 切換備用電池"); people call
1999 because the paths have gone dark, from where they stand, up to 700 m off; an hour
later mains power is back and the panel says so. The coordinator runs one job, the
power cut. Where the cut darkens a junction's signals first, the signals' job is that
job. A single call about a dark street on a quiet evening is the streetlight crew's
routine case, and a dark street beside a crash or a sinkhole is not evidence of either.

A burst water main is the same kind of job: the road caves in where it broke, and the
households it feeds, half a kilometre off, call because their taps ran dry.
"""

from __future__ import annotations

from common.vocabulary import Signal, categorize
from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind
from ops_center.policies import REASON_NO_ANCHOR

X0, Y0, T0 = 214_168.0, 2_676_765.0, 1_779_471_600.0
U = CapSeverity.UNKNOWN
AGENCY = {
    "1999": "citizen",
    "incident": "police",
    "status": "disaster",
    "fire_alarm": "disaster",
    "signal": "traffic",
    "119": "fire",
}
MAINS_LOST = "受信總機 主電源異常 切換備用電池"


def item(key: str, feed: str, category: str, dx: float, dy: float, dt: float, text: str = "", src: str = "") -> Item:
    kind = ItemKind.EVENT
    return Item(key, kind, AGENCY[feed], feed, category, U, X0 + dx, Y0 + dy, T0 + dt, src, text=text)


def _feed(c: Correlator, items: list[Item]) -> None:
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 20.0)


def _park_dark() -> list[Item]:
    return [
        item("fl1", "status", "offline", 0, 0, 0, "離線（失去市電）", "SN-FL-1"),
        item("fl2", "status", "offline", 120, 60, 10, "離線（失去市電）", "SN-FL-2"),
        item("wl1", "status", "offline", -90, 140, 20, "離線（失去市電）", "SN-WL-1"),
    ]


def test_a_panel_on_its_battery_and_the_dark_paths_join_the_park_power_cut() -> None:
    c = Correlator()
    _feed(
        c,
        [
            *_park_dark(),
            item("panel", "fire_alarm", "fault", 200, -150, 90, MAINS_LOST, "SN-FA-7"),
            item("call1", "1999", "streetlight", 300, 250, 600, "公園路燈整片全暗"),
            item("call2", "1999", "streetlight", -700, 100, 1500, "公園旁邊路燈都不亮，很危險"),
            item("back", "fire_alarm", "normal", 200, -150, 3600, "受信總機 主電源恢復", "SN-FA-7"),
        ],
    )
    cut = c.where("fl1")
    assert cut is not None
    assert {k: c.where(k) for k in ("panel", "call1", "call2", "back")} == dict.fromkeys(
        ("panel", "call1", "call2", "back"), cut
    )
    assert c.snapshot(cut).type is IncidentType.INFRASTRUCTURE


def test_a_pond_sensor_going_dark_with_the_park_is_the_power_cuts_not_the_ponds() -> None:
    """A storm fills the park's pond and its depth sensor alarms (a watch on the pond). Then
    the park's gateway loses mains power and its devices drop off within a minute, the
    pond's sensor among them, and come back an hour later: the sensor's silence and its
    return are the power cut's, like its neighbours', not news of the water."""
    c = Correlator()
    pond = Item(
        "d1",
        ItemKind.ALERT,
        "disaster",
        "rule",
        "flood_depth",
        CapSeverity.MODERATE,
        X0 + 60,
        Y0 - 200,
        T0 - 1800,
        "SN-FL-5",
        text="滯洪池5 淹水深度 26 cm",
        site="detention_pond",
    )
    c.feed(pond, pond.t + 20.0)
    _feed(
        c,
        [
            *_park_dark(),
            item("fl5", "status", "offline", 60, -200, 30, "離線（失去市電）", "SN-FL-5"),
            item("fl5on", "status", "online", 60, -200, 3600, "恢復連線", "SN-FL-5"),
        ],
    )
    cut = c.where("fl1")
    assert cut is not None
    assert cut != c.where("d1")
    assert (c.where("fl5"), c.where("fl5on")) == (cut, cut)


def test_a_power_cut_that_darkens_signals_first_is_the_signals_job() -> None:
    """Two signals go dark, then the panels of the blocks around switch to battery and
    callers say the whole area lost power: the signal crew's job is the power cut."""
    c = Correlator()
    _feed(
        c,
        [
            item("sig1", "signal", "fault", 0, 0, 0, "號誌控制器回報：主電源中斷", "SN-SIG-1"),
            item("sig2", "signal", "fault", 400, 0, 5, "號誌控制器回報：主電源中斷", "SN-SIG-2"),
            item("panel", "fire_alarm", "fault", 600, 300, 40, "受信總機 主電源異常，切換備用電源", "SN-FA-1"),
            item("call", "1999", "other", 200, -300, 700, "這一帶停電，整排店家都沒電"),
            item("back", "fire_alarm", "normal", 600, 300, 4000, "受信總機 主電源恢復", "SN-FA-1"),
        ],
    )
    cut = c.where("sig1")
    assert {c.where(k) for k in ("sig2", "panel", "call", "back")} == {cut}
    assert c.snapshot(cut).type is IncidentType.TRAFFIC  # type: ignore[arg-type]


def test_two_callers_whose_street_went_dark_confirm_a_power_cut() -> None:
    c = Correlator()
    _feed(
        c,
        [
            item("call1", "1999", "streetlight", 0, 0, 0, "經貿路路燈整排全暗"),
            item("call2", "1999", "other", 500, 200, 300, "我們這邊停電了，路上也都黑了"),
        ],
    )
    assert c.where("call1") is not None
    assert c.where("call1") == c.where("call2")
    assert c.snapshot(c.where("call1")).type is IncidentType.INFRASTRUCTURE  # type: ignore[arg-type]


def test_one_dark_street_on_a_quiet_evening_is_a_routine_case() -> None:
    c = Correlator()
    _feed(
        c,
        [
            item("dark", "1999", "streetlight", 0, 0, 0, "河南路路燈一整排不亮"),
            item("lamp", "1999", "streetlight", 300, 0, 600, "路燈編號 XT-0877 不亮"),
            item("pothole", "1999", "road_damage", 200, 100, 900, "柏油路面裂開隆起"),
        ],
    )
    c.tick(T0 + 6 * 3600)
    assert c.incident_ids() == []
    assert c.left_out()["dark"] == REASON_NO_ANCHOR  # a sign of a power cut nothing confirmed


def test_a_dark_street_beside_a_crash_or_a_sinkhole_is_no_evidence_of_either() -> None:
    c = Correlator()
    _feed(
        c,
        [
            item("crash", "incident", "traffic_accident", 0, 0, 0, "兩車碰撞 一人受傷"),
            item("sinkhole", "incident", "road_collapse", 1500, 0, 0, "路面坍陷約1公尺"),
            item("dark1", "1999", "streetlight", 80, 40, 300, "路口旁路燈整排不亮"),
            item("dark2", "1999", "streetlight", 1550, 60, 400, "坑洞旁邊路燈全部不亮"),
        ],
    )
    assert c.where("dark1") not in {c.where("crash"), c.where("sinkhole")}
    assert c.where("dark2") not in {c.where("crash"), c.where("sinkhole")}


def test_what_a_panel_fault_or_a_streetlight_call_says_about_power() -> None:
    assert categorize("fire_alarm", "fault", MAINS_LOST).signal is Signal.POWER_LOSS
    assert categorize("fire_alarm", "fault", "受信總機 設備故障：主電源斷電").signal is Signal.POWER_LOSS
    # its own battery, or water in a detector loop, is a maintenance case, not a flood
    assert categorize("fire_alarm", "fault", "受信總機 預備電源電壓不足").signal is None
    assert categorize("fire_alarm", "fault", "地下室偵煙迴路異常（疑進水）").signal is None
    assert categorize("1999", "streetlight", "中央公園路燈整片全暗").signal is Signal.POWER_LOSS
    assert categorize("fire_alarm", "fault", "受信總機 AC 失電，電池供電中").signal is Signal.POWER_LOSS
    assert categorize("fire_alarm", "fault", "Panel on battery: mains power failure").signal is Signal.POWER_LOSS
    assert categorize("1999", "streetlight", "整條路一片漆黑，路燈全熄").signal is Signal.POWER_LOSS
    assert categorize("1999", "streetlight", "路燈燈罩快掉下來 (lamp cover about to fall out)").signal is None
    assert categorize("1999", "streetlight", "路燈白天一直亮著").signal is None
    assert categorize("1999", "streetlight", "中科路路燈桿被撞歪").signal is None
    assert categorize("1999", "other", "會展中心那邊整區停電").signal is Signal.POWER_LOSS
    # a hazard the caller names comes before the power cut it brought
    assert categorize("1999", "other", "停電後大樓冒出濃煙").signal is Signal.FIRE_REPORT


def test_dry_taps_half_a_kilometre_from_a_burst_main_are_the_mains_job() -> None:
    c = Correlator()
    _feed(
        c,
        [
            item("collapse", "incident", "road_collapse", 0, 0, 0, "路面坍陷約1公尺，疑自來水管破裂"),
            item("welling", "1999", "road_damage", 20, 10, 300, "路面塌一個洞，一直有水冒出來"),
            item("dry1", "1999", "water_outage", 450, 250, 1200, "這邊早上突然停水"),
            item("dry2", "1999", "other", -300, 420, 1500, "家裡水龍頭突然沒水"),
        ],
    )
    assert {c.where(k) for k in ("welling", "dry1", "dry2")} == {c.where("collapse")}


def test_dry_taps_beside_a_power_cut_or_alone_are_not_its_job() -> None:
    c = Correlator()
    _feed(c, [*_park_dark(), item("dry", "1999", "water_outage", 300, 0, 120, "家裡停水了")])
    c.tick(T0 + 6 * 3600)
    assert c.where("dry") is None
    assert c.left_out()["dry"] == REASON_NO_ANCHOR


def test_people_trapped_in_a_lift_by_the_power_cut_are_a_rescue_of_their_own() -> None:
    """The cut darkens the signals outside a transit hub; 119 sends a rescue crew to
    three people stuck in its lift 100 m from a dark junction: another crew, another job."""
    c = Correlator()
    _feed(
        c,
        [
            item("sig1", "signal", "fault", 0, 0, 0, "號誌控制器回報：主電源中斷", "SN-SIG-1"),
            item("sig2", "signal", "fault", 400, 0, 5, "號誌控制器回報：主電源中斷", "SN-SIG-2"),
            item("lift", "119", "rescue", 80, 60, 240, "轉運中心 停電電梯受困，3 人受困"),
            item("call", "1999", "other", 60, 90, 540, "轉運中心停電，電梯有人被關在裡面"),
        ],
    )
    assert c.where("lift") not in {None, c.where("sig1")}
    assert c.where("call") == c.where("lift")
    assert c.snapshot(c.where("lift")).type is IncidentType.RESCUE  # type: ignore[arg-type]
