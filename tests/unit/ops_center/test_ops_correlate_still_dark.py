"""A dark signal stays dark until its controller says it is back.

Described situation: in a storm at 17:50 a junction's signal controller reports its lamps
all dark (water in its cabinet) and the junction camera sees the signal dark. The traffic
bureau sends its contractor; nothing more is heard for hours and the job goes quiet while
the junction waits. At 23:20 a driver calls 1999: the lights at the junction are still out.
At 23:40 the police report they direct the traffic there. At 01:40 the controller reports
it runs normally again (its power module replaced). The coordinator keeps one job, the
dark junction, from the controller's first report to its return: the call and the patrol
are news of the junction still dark, not a new job, and the return ends it (the authors of
411-422, 811-822 and 871-882 write it so). A signal the controller reported back in the
evening that a caller finds dark again at night is dark again: a new job.
"""

from __future__ import annotations

from ops_center.incidents import CapSeverity, IncidentState, Item, ItemKind
from tests.unit.ops_center.scene import replay

X0, Y0, T0 = 214_900.0, 2_676_300.0, 1_781_200_200.0  # 17:50
U = CapSeverity.UNKNOWN
AGENCY = {"1999": "citizen", "incident": "police", "signal": "traffic", "cctv": "traffic"}


def item(key: str, feed: str, category: str, dx: float, dy: float, minute: float, text: str, src: str = "") -> Item:
    return Item(key, ItemKind.EVENT, AGENCY[feed], feed, category, U, X0 + dx, Y0 + dy, T0 + 60 * minute, src, text)


def _dark() -> list[Item]:
    return [
        item("fault", "signal", "fault", 0, 0, 0, "號誌控制器回報異常：燈組全黑（控制箱疑進水）", "SN-SIG-6"),
        item("seen", "cctv", "signal_dark", 20, 15, 3, "影像分析：路口號誌黑燈", "SN-CCTV-8"),
    ]


def _night() -> list[Item]:
    return [
        item("call", "1999", "traffic_signal", 70, -60, 330, "民眾來電：路口的紅綠燈都不會亮，車子亂鑽很危險。"),
        item("patrol", "incident", "traffic_signal_fault", 10, 5, 350, "路口號誌故障，派員指揮交通。"),
    ]


def test_the_junction_still_dark_hours_later_is_the_same_job() -> None:
    back = item("back", "signal", "restored", 0, 0, 470, "號誌恢復正常運轉（更換電源模組）", "SN-SIG-6")
    c = replay([*_dark(), *_night(), back])
    job = c.where("fault")
    assert job is not None
    assert [c.where(k) for k in ("seen", "call", "patrol", "back")] == [job] * 4


def test_the_junction_went_quiet_before_the_call() -> None:
    c = replay(_dark(), until=T0 + 60 * 300)
    job = c.where("fault")
    assert job is not None
    assert c.snapshot(job).state is IncidentState.QUIET


def test_a_signal_back_in_the_evening_and_dark_again_at_night_is_a_new_job() -> None:
    back = item("back", "signal", "restored", 0, 0, 90, "號誌恢復正常運轉", "SN-SIG-6")
    c = replay([*_dark(), back, *_night()])
    assert c.where("back") == c.where("fault")
    assert c.where("call") is not None
    assert c.where("call") != c.where("fault")
