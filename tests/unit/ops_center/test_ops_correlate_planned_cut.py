"""A power cut the utility announced: what it darkens while it runs is no job.

Described situation: Taipower's permit, received a week ahead, announces a planned cut of
the eco-residential feeder (台電計畫性停電) from 01:00 to 05:00, its junctions' signals left to
the police. At 01:00 the blocks' fire panels switch to their batteries, a camera 600 m away
drops offline with its mains, the junction's controller goes dark 1.2 km away, a resident
asks whether Taipower announced it; at 04:52 the panels' mains come back. The coordinator
sends no one: it is what the permit said would happen. At 05:20 two residents call that
their block still has no power although it was due back at five: the overrun is a job.
The same panels and signal going dark on a night no permit announced are an outage job, and
so are devices 2.5 km from the announced feeder on the night of the cut.
"""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from common.vocabulary import Signal
from ops_center import planned_cuts
from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind
from ops_center.policies import REASON_PLANNED_CUT

X0, Y0 = 217_000.0, 2_676_000.0  # the permit's point: the feeder's blocks
START = 1_793_898_000.0  # 01:00
END = START + 4 * 3600.0  # 05:00

CUT_TEXT = "台電計畫性停電 水湳生態住宅區(經貿路三段、敦化路一段) 01:00-05:00 饋線汰換工程 區內號誌改由警方注意"


def permit(text: str = CUT_TEXT) -> Item:
    return Item(
        "permit", ItemKind.EVENT, "police", "planned_event", "road_works", CapSeverity.UNKNOWN, X0, Y0, START, "",
        text, ends_t=END,
    )  # fmt: skip


def device(key: str, feed: str, category: str, dx: float, dt: float, source: str, text: str, t0: float = START) -> Item:
    agency = {"signal": "traffic", "status": "traffic", "fire_alarm": "disaster"}[feed]
    return Item(key, ItemKind.EVENT, agency, feed, category, CapSeverity.UNKNOWN, X0 + dx, Y0, t0 + dt, source, text)


def call(key: str, dx: float, dt: float, text: str, t0: float = START) -> Item:
    return Item(key, ItemKind.EVENT, "citizen", "1999", "other", CapSeverity.UNKNOWN, X0 + dx, Y0, t0 + dt, "", text)


def police(key: str, dx: float, t: float, text: str) -> Item:
    return Item(
        key, ItemKind.EVENT, "police", "incident", "traffic_signal_fault", CapSeverity.MODERATE, X0 + dx, Y0, t, "",
        text,
    )  # fmt: skip


def the_cut(t0: float = START, dx: float = 0.0) -> list[Item]:
    return [
        device("fa1", "fire_alarm", "fault", dx + 100.0, 20.0, "FA-1", "主電源停電 蓄電池供電中", t0),
        device("fa2", "fire_alarm", "fault", dx + 400.0, 22.0, "FA-2", "市電中斷", t0),
        device("cam", "status", "offline", dx + 600.0, 25.0, "CAM-1", "status offline: mains_power_lost", t0),
        device("sig", "signal", "fault", dx + 1200.0, 30.0, "SIG-1", "市電中斷 燈號全暗", t0),
        call("q1", dx + 150.0, 900.0, "我們這邊停電，台電有公告嗎", t0),
    ]


def fed(items: list[Item], c: Correlator | None = None) -> Correlator:
    c = c or Correlator()
    for it in items:
        c.feed(it, max(it.t, START - 7 * 86400.0) + 10.0)
    return c


def test_what_an_announced_cut_darkens_while_it_runs_is_left_out_as_the_cut_s() -> None:
    c = fed([permit(), *the_cut()])
    for key in ("fa1", "fa2", "cam", "sig", "q1"):
        assert c.where(key) is None, key
        assert c.left_out()[key] == REASON_PLANNED_CUT, key
    back = device("fa1_back", "fire_alarm", "normal", 100.0, END - START - 480.0, "FA-1", "市電恢復")
    fed([back], c)
    assert c.where("fa1_back") is None
    assert c.incident_ids() == []


def test_the_cut_running_past_its_announced_end_is_a_job() -> None:
    c = fed([permit(), *the_cut()])
    late = [
        call("o1", 120.0, 20 * 60.0, "A區到現在還沒有電，電梯不能用，台電不是說五點會好", END),
        call("o2", 130.0, 23 * 60.0, "我們這棟停電停到現在，冰箱的東西都退冰了，到底什麼時候來電", END),
    ]
    fed(late, c)
    assert c.where("o1") == c.where("o2") is not None


def test_the_same_cut_on_a_night_no_permit_announced_is_an_outage_job() -> None:
    c = fed(the_cut(t0=START + 86400.0))
    assert c.where("fa1") == c.where("fa2") == c.where("cam") is not None


def test_a_works_permit_that_announces_no_cut_leaves_a_cut_beside_it_a_job() -> None:
    c = fed([permit("經貿路三段 人孔下地 01:00-05:00 封閉外側車道"), *the_cut()])
    assert c.where("fa1") == c.where("fa2") == c.where("cam") is not None


def test_devices_far_from_the_announced_feeder_are_an_outage_of_their_own() -> None:
    c = fed([permit(), *the_cut(dx=2500.0)])
    assert c.where("fa1") == c.where("fa2") == c.where("cam") is not None


def test_the_devices_the_cut_left_dark_past_its_end_report_on_the_overrun() -> None:
    c = fed([permit(), *the_cut()])
    fed([device("fa2_back", "fire_alarm", "normal", 400.0, END - START - 300.0, "FA-2", "市電恢復")], c)
    late = [
        call("o1", 120.0, 20 * 60.0, "A區到現在還沒有電，電梯不能用，台電不是說五點會好", END),
        police("pol", 1200.0, END + 25 * 60.0, "經貿路中平路口號誌全暗 上班車流增加 派員指揮交通"),
        device("fa1_back", "fire_alarm", "normal", 100.0, 90 * 60.0, "FA-1", "主電源恢復", END),
        device("sig_back", "signal", "restored", 1200.0, 91 * 60.0, "SIG-1", "市電恢復 恢復正常運轉", END),
    ]
    fed(late, c)
    assert c.where("o1") == c.where("pol") == c.where("fa1_back") == c.where("sig_back") is not None
    assert c.left_out()["fa2_back"] == REASON_PLANNED_CUT  # back as announced


_ANY_FLOAT = st.floats(allow_nan=True, allow_infinity=True) | st.integers(-(2**80), 2**80).map(float)


@settings(max_examples=200, deadline=None)
@given(
    t=_ANY_FLOAT,
    ends=st.none() | _ANY_FLOAT,
    x=_ANY_FLOAT,
    text=st.text() | st.just(CUT_TEXT),
    signal=st.none() | st.sampled_from(list(Signal)),
)
def test_a_cut_read_from_any_permit_or_item_never_fails_and_runs_only_inside_its_window(
    t: float, ends: float | None, x: float, text: str, signal: Signal | None
) -> None:
    announced = planned_cuts.announced(replace(permit(text), t=t, ends_t=ends, x=x), Signal.PLANNED_WORKS)
    cut = planned_cuts.announced(permit(), Signal.PLANNED_WORKS)
    assert cut is not None
    probe = device("p", "status", "offline", 0.0, 0.0, "DEV-9", text or "status offline: mains_power_lost")
    probe = replace(probe, t=t, x=x)
    cuts = {cut: {"DEV-9"}} if announced is None else {cut: {"DEV-9"}, announced: set()}
    hit = planned_cuts.running(cuts, probe, signal)
    if hit is cut:
        assert START - 300.0 <= t <= END
    over = planned_cuts.overrun(cuts, probe, signal)
    if over is cut:
        assert t > END


def test_a_cut_that_ended_a_day_ago_runs_over_no_more() -> None:
    c = fed([permit(), *the_cut()])
    t0 = END + 86400.0
    fed([call("n1", 120.0, 0.0, "我們這邊整區停電，台電電話打不通", t0)], c)
    assert c.where("n1") is None  # one call about a new cut waits for a second source
