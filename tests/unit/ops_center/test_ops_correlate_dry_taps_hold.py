"""The taps stay dry until the burst main is repaired: callers tell of it long after.

Described situation: at 08:00 a water main bursts under an arterial (a caller sees the
water gushing out of the road, the police report the burst main flooding the junction).
The water company shuts the valve and starts the repair; the police report nothing more
after 08:20 and the job goes quiet. The blocks the main feeds stay without water all
morning: at 10:05 a shopkeeper 400 m away calls 1999 that there is still no water, and
at 11:10 a resident 700 m off says the water came back but runs muddy. The coordinator
files both on the burst main: its outage, its repair and its muddy water are one job.

Background: a household 1.4 km away whose taps ran dry is another district's outage, a
call about dry taps in the evening, six hours after the main's last report, is a new
matter, and dry taps beside a street flooded by rain (no main broke) are not the
flood's, however long the rain lasted.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind
from ops_center.policies import STILL_S, WATER_MAIN_M

X0, Y0, T0 = 214_753.0, 2_674_016.0, 1_779_440_400.0  # T0: 08:00
U = CapSeverity.UNKNOWN
AGENCY = {"1999": "citizen", "incident": "police", "rule": "disaster"}


def item(key: str, feed: str, category: str, dx: float, dy: float, dt: float, text: str = "", src: str = "") -> Item:
    kind = ItemKind.ALERT if feed == "rule" else ItemKind.EVENT
    sev = CapSeverity.MINOR if feed == "rule" else U
    return Item(key, kind, AGENCY[feed], feed, category, sev, X0 + dx, Y0 + dy, T0 + dt, src, text=text)


def _feed(c: Correlator, items: list[Item]) -> None:
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 60.0)


MAIN = [
    item("call", "1999", "flooding", -120, 20, 0, "路面破一個洞，水一直從地下冒出來，整條路都是水"),
    item("police", "incident", "flooding_report", 0, 0, 300, "自來水管破裂，大量湧水漫流至路口，已通報自來水公司"),
    item("dry1", "1999", "water_outage", 250, 200, 900, "家裡水龍頭突然沒水了"),
    item("valve", "incident", "flooding_report", 0, 0, 1200, "自來水公司已關閉制水閥，湧水停止，搶修中"),
]


def test_the_callers_still_without_water_hours_later_are_the_burst_mains_job() -> None:
    still = item("still", "1999", "water_outage", 400, -60, 7500, "早上到現在還是沒水，什麼時候會來水？")
    muddy = item("muddy", "1999", "water_outage", -500, 490, 11400, "水來了，但是水黃黃的，可以用嗎？")
    c = Correlator()
    _feed(c, [*MAIN, still, muddy])
    job = c.where("call")
    assert job is not None
    assert c.snapshot(job).type is IncidentType.FLOOD
    assert c.where("dry1") == job
    assert c.where("still") == job
    assert c.where("muddy") == job


def test_dry_taps_in_another_district_or_six_hours_on_are_not_the_mains() -> None:
    assert WATER_MAIN_M < 1400.0
    assert STILL_S < 6 * 3600.0 - 1200.0
    far = item("far", "1999", "water_outage", 1400, 0, 7500, "家裡突然停水了，也沒有公告")
    evening = item("evening", "1999", "water_outage", 300, 300, 6 * 3600.0, "家裡突然停水了，也沒有公告")
    c = Correlator()
    _feed(c, [*MAIN, far, evening])
    job = c.where("call")
    assert job is not None
    assert c.where("far") != job
    assert c.where("evening") != job


def test_dry_taps_beside_a_rain_flood_are_not_its_job_however_long_it_lasts() -> None:
    c = Correlator()
    _feed(
        c,
        [
            item("depth", "rule", "flood_depth", 0, 0, 0, "低窪處 淹水深度 18 cm", "SN-FL-8"),
            item("police", "incident", "flooding_report", 0, 0, 600, "低窪處路面積水約15公分，雨勢持續"),
            item("late", "1999", "water_outage", 300, 340, 6000, "到現在還是沒水，什麼時候會來水？"),
        ],
    )
    assert c.where("depth") is not None
    assert c.where("late") != c.where("depth")
