"""A report read after its follow-ups is the case they name: the job one of them began
at its scene is the report's.

Described situation: a car and a scooter collide at a junction and the car knocks the
signal pole askew. 119 sends an ambulance at once. The police report of the crash is
delivered 28 minutes late; their follow-ups on that report come first: the inner lanes
closed (joins the ambulance's job at the junction) and the signal pole knocked askew,
every lamp dark (a signal fault, which opens a job of its own). When the crash report
comes, the agency's follow-ups name it: the dark signal is the crash's doing, one job at
the junction, as a coordinator who reads the case file keeps it (every follow-up read before
its report in the labelled sets is labelled its report's job, 108 of them in 82 sets).

Not so: a follow-up written at a second scene 600 m down the road (a second crash in the
queue, its own patrol) keeps its own job when the report comes.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind

X0, Y0, T0 = 215_230.0, 2_676_450.0, 1_789_480_000.0
U = CapSeverity.UNKNOWN
M = 60.0


def ambulance() -> Item:
    return Item("119-1", ItemKind.EVENT, "fire", "119", "ambulance", U, X0, Y0, T0 - M, "",
                "凱旋路與黎明路口 汽機車碰撞，機車騎士倒地，派遣救護車")


def crash_report() -> Item:
    return Item("pol-1", ItemKind.EVENT, "police", "incident", "injury_accident", CapSeverity.SEVERE, X0, Y0, T0, "",
                "凱旋路與黎明路三段口 自小客車與機車碰撞後撞擊號誌桿，機車騎士受傷")


def closure() -> Item:
    return Item("pol-2", ItemKind.EVENT, "police", "incident", "road_closure", CapSeverity.MODERATE, X0 + 10.0,
                Y0 - 25.0, T0 + 10 * M, "", "凱旋路黎明路口 事故處理中，封閉南向內側兩車道", "pol-1")


def signal_down(dx: float = 0.0) -> Item:
    return Item("pol-3", ItemKind.EVENT, "police", "incident", "traffic_signal_fault", CapSeverity.MODERATE,
                X0 + dx, Y0, T0 + 14 * M, "", "凱旋路黎明路口號誌桿遭撞歪，號誌全滅，已通報交通局搶修", "pol-1")


def deliver(follow_up: Item) -> Correlator:
    c = Correlator()
    c.feed(ambulance(), T0)
    c.feed(closure(), T0 + 12 * M)
    c.feed(follow_up, T0 + 16 * M)
    c.feed(crash_report(), T0 + 28 * M)  # the police crash report, delivered late
    return c


def test_the_dark_signal_read_before_the_crash_report_it_follows_is_the_crash_s_job() -> None:
    c = deliver(signal_down())
    job = c.where("119-1")
    assert job is not None
    assert {c.where(k) for k in ("pol-1", "pol-2", "pol-3")} == {job}


def test_a_follow_up_written_at_a_second_scene_keeps_its_own_job() -> None:
    c = deliver(signal_down(dx=600.0))
    assert c.where("119-1") is not None
    assert c.where("pol-1") == c.where("119-1")
    assert c.where("pol-3") is not None
    assert c.where("pol-3") != c.where("pol-1")
