"""The police saying the junction's signal works again and their officers left end its job.

Described situation: at 03:12 a junction's signal controller fails and flashes; drivers call,
and at 03:35 the police report the signal out and an officer directing the traffic. At 04:41
the contractor replaces the control board and the controller reports it runs normally again.
At 04:45 the police report "號誌已修復 撤除指揮警力": the signal is repaired and the officer
withdrawn. The coordinator closes one job, the dark junction: the police's last word is its
end, not a new dark signal (435, 442, 898, 902, 913, 917, 918: three authors). A report of the
signal dark again after its return, saying nothing of it repaired, is still a new job.
"""

from __future__ import annotations

from ops_center.incidents import CapSeverity, Item, ItemKind
from tests.unit.ops_center.scene import replay, two_jobs

X0, Y0, T0 = 214_665.0, 2_676_979.0, 1_781_237_520.0  # 03:12
U = CapSeverity.UNKNOWN
AGENCY = {"1999": "citizen", "incident": "police", "signal": "traffic"}


def item(key: str, feed: str, category: str, dx: float, dy: float, minute: float, text: str, src: str = "") -> Item:
    return Item(key, ItemKind.EVENT, AGENCY[feed], feed, category, U, X0 + dx, Y0 + dy, T0 + 60 * minute, src, text)


def _night(last: str) -> list[Item]:
    return [
        item("fault", "signal", "fault", 0, 0, 0, "控制器故障 轉為閃光運作", "SN-SIG-3"),
        item("call", "1999", "traffic_signal", -24, 7, 8, "環中路中科路口紅綠燈一直閃黃燈，車子都不知道要不要停"),
        item("patrol", "incident", "traffic_signal_fault", -3, -3, 23, "中科路口號誌故障閃光 派員指揮 已通知維修廠商"),
        item("back", "signal", "restored", 0, 0, 89, "維修廠商更換控制板後恢復正常", "SN-SIG-3"),
        item("last", "incident", "traffic_signal_fault", 1, 2, 93, last),
    ]


def test_the_signal_repaired_and_the_officer_withdrawn_end_the_job() -> None:
    c = replay(_night("號誌已修復 撤除指揮警力"))
    job = c.where("fault")
    assert job is not None
    assert [c.where(k) for k in ("call", "patrol", "back", "last")] == [job] * 4


def test_the_signal_dark_again_after_its_return_is_a_new_job() -> None:
    c = replay(_night("環中路二段中科路口號誌再度故障 全暗 派員指揮"))
    two_jobs(c, "fault", "last")
