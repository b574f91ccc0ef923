"""The dark junctions of a power cut are the power cut's job.

Described situation: on a weekday evening a feeder trips north of the hub. The hall's fire
panel switches to its battery, a detector and a junction camera lose mains power, and the
controllers of two junctions report they lost power and went dark, all within a minute.
The coordinator opens one job, the power cut, and sends the police to the dark junctions
from it. Minutes later a driver calls 1999 from the approach of one dark junction
("紅綠燈都沒亮") and a camera at the other sees the signal dark: each is a dark junction
the cut made, the power cut's job, not a signal crew's job of its own. The police report
that they direct the traffic at a dark junction: that is the police's own job there, which
the authors of the labelled situations split (ten sets put it in the outage, five keep it
apart), and it stays the job the police report it as. Then two cars collide at a dark
junction and the driver is hurt: that needs its own dispatch (the crash at a dark junction
is its own job, in every author's set). A signal that goes dark at a junction well away
from the junctions the cut darkened (its controller never reported losing power) is not
read as the cut's.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind
from tests.unit.ops_center.test_ops_correlate_outage import AGENCY as OUTAGE_AGENCY

X0, Y0, T0 = 214_700.0, 2_676_900.0, 1_779_566_400.0
U = CapSeverity.UNKNOWN
AGENCY = {**OUTAGE_AGENCY, "cctv": "traffic"}  # the power cut tests' feeds, and the junction cameras


def item(key: str, feed: str, category: str, dx: float, dy: float, dt: float, text: str = "", src: str = "") -> Item:
    return Item(key, ItemKind.EVENT, AGENCY[feed], feed, category, U, X0 + dx, Y0 + dy, T0 + dt, src, text=text)


def _cut() -> list[Item]:
    return [
        item("panel", "fire_alarm", "fault", 0, 0, 0, "受信總機 主電源停電 預備電源供電中", "SN-FA-2"),
        item("vd", "status", "offline", 170, -50, 5, "offline: mains_power_lost", "SN-VD-4"),
        item("cam", "status", "offline", -60, 80, 8, "offline: mains_power_lost", "SN-CCTV-3"),
        item("sig-a", "signal", "fault", -65, 75, 10, "號誌控制器失電 燈頭全暗", "SN-SIG-1"),
        item("sig-b", "signal", "fault", 65, 145, 12, "號誌控制器失電 燈頭全暗", "SN-SIG-2"),
    ]


def _run(extra: list[Item]) -> Correlator:
    c = Correlator()
    for it in sorted([*_cut(), *extra], key=lambda i: i.t):
        c.feed(it, it.t + 20.0)
    return c


def _reports() -> list[Item]:
    return [
        item("police", "incident", "traffic_signal_fault", -60, 70, 420, "中科路環中路口號誌全暗 派員指揮交通"),
        item("caller", "1999", "traffic_signal", 130, 180, 600, "經貿路環中路口紅綠燈都沒亮，車子亂開很危險"),
        item("seen", "cctv", "signal_dark", -70, 78, 900, "影像分析：號誌黑燈"),
    ]


def test_the_sightings_of_the_dark_junctions_join_the_power_cut() -> None:
    c = _run(_reports())
    cut = c.where("panel")
    assert cut is not None
    assert c.snapshot(cut).type is IncidentType.INFRASTRUCTURE
    assert {k: c.where(k) for k in ("sig-a", "sig-b", "caller", "seen")} == dict.fromkeys(
        ("sig-a", "sig-b", "caller", "seen"), cut
    )


def test_the_police_directing_the_traffic_at_a_dark_junction_report_their_own_job() -> None:
    c = _run(_reports())
    assert c.where("police") is not None
    assert c.where("police") != c.where("panel")


def test_a_crash_at_a_dark_junction_is_its_own_job() -> None:
    crash = [
        item("crash-police", "incident", "injury_accident", -55, 70, 1260, "中科路口 自小客與機車碰撞 1人受傷"),
        item("crash-119", "119", "ambulance", -55, 70, 1280, "中科路環中路口車禍 機車騎士手腕受傷"),
    ]
    c = _run([*_reports(), *crash])
    job = c.where("crash-police")
    assert job is not None
    assert job != c.where("panel")
    assert c.where("crash-119") == job
    assert c.where("seen") == c.where("panel")


def test_a_dark_signal_away_from_the_dark_junctions_is_not_the_cut_s() -> None:
    c = _run([item("far", "incident", "traffic_signal_fault", 700, -650, 600, "河南路中平路口號誌全暗 派員指揮交通")])
    assert c.where("far") is not None
    assert c.where("far") != c.where("panel")
