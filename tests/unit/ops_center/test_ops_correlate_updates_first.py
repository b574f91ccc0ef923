"""A case's updates read before the report they update: one job, whatever the order.

A follow-up names the report it follows by its id (a 119 case's ``on_scene`` and ``closed``,
a 1999 case's status changes: the case id; a police follow-up: the report it follows). When
the center reads it before that report is stored, the read cannot link it to a row: it names
the report by its case (:func:`ops_center.incidents.case_ref`), and a later update of the case
is linked to the first stored one. The updates open the case's job (crews on scene are a job
the coordinator must see at once) and the report, read after them (a sender that published out
of order, a retried report), joins it, also once it went quiet with the case closed: the job's
type is the one the report opens, its first evidence the report's time.

The service's clock is the latest observed time read, so the report, dated before its updates,
is fed at the clock the last update set (``ops_center.rows.clock_time``).
"""

from __future__ import annotations

from dataclasses import replace

from common.vocabulary import IncidentType
from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentState, Item, ItemKind, case_ref

X0, Y0, T0 = 215_600.0, 2_677_300.0, 1_789_480_000.0
U = CapSeverity.UNKNOWN
M = 60.0
H = 3600.0


def _key(source: str, feed: str, status: str, t: float) -> str:
    return f"event:{source}|{feed}|{status}|{t}"


def _jobs(c: Correlator) -> list[str]:
    return [i for i in c.incident_ids() if c.snapshot(i).state is not IncidentState.MERGED]


def fire_case() -> tuple[Item, Item, Item]:
    """A workshop fire: the dispatch, the crews on scene 8 min later, the case closed at 1 h."""
    text = "強風致電線走火 鐵皮工廠起火"
    dispatch = Item(_key("C-1", "119", "dispatched", T0), ItemKind.EVENT, "fire", "119", "fire", U, X0, Y0, T0,
                    "C-1", text)
    on_scene = Item(_key("C-1", "119", "on_scene", T0 + 8 * M), ItemKind.EVENT, "fire", "119", "fire", U, X0, Y0,
                    T0 + 8 * M, "C-1", text, case_ref("119", "C-1"))
    # read after on_scene, the closing is linked to the case's first stored row: on_scene
    closed = Item(_key("C-1", "119", "closed", T0 + H), ItemKind.EVENT, "fire", "119", "fire", U, X0, Y0, T0 + H,
                  "C-1", text, on_scene.key)
    return dispatch, on_scene, closed


def test_a_fire_case_s_updates_read_before_its_dispatch_are_the_dispatch_s_fire() -> None:
    dispatch, on_scene, closed = fire_case()
    c = Correlator()
    c.feed(on_scene, on_scene.t)
    assert c.where(on_scene.key) is not None  # crews on scene: the case's fire, shown at once
    c.feed(closed, closed.t)
    c.feed(dispatch, closed.t)  # the dispatch, published after its updates
    job = c.where(dispatch.key)
    assert job is not None
    assert {c.where(on_scene.key), c.where(closed.key)} == {job}
    assert _jobs(c) == [job]
    inc = c.snapshot(job)
    assert inc.type is IncidentType.FIRE
    assert inc.first_evidence_t == T0  # its evidence begins when its dispatch says


def test_in_order_the_same_fire_case_is_one_fire() -> None:
    dispatch, on_scene, closed = fire_case()
    c = Correlator()
    c.feed(dispatch, dispatch.t)
    c.feed(replace(on_scene, follows=dispatch.key), on_scene.t)
    c.feed(replace(closed, follows=dispatch.key), closed.t)
    assert _jobs(c) == [c.where(dispatch.key)]
    assert {c.where(on_scene.key), c.where(closed.key)} == {c.where(dispatch.key)}


def test_an_update_of_the_case_is_not_the_report_its_case_awaits() -> None:
    """A later update of the case (``returning``, linked to ``on_scene``) is news of the
    fire, not its dispatch: the dispatch read after it still finds its case."""
    dispatch, on_scene, closed = fire_case()
    returning = Item(_key("C-1", "119", "returning", T0 + 50 * M), ItemKind.EVENT, "fire", "119", "fire", U, X0,
                     Y0, T0 + 50 * M, "C-1", "", on_scene.key)
    c = Correlator()
    c.feed(on_scene, on_scene.t)
    c.feed(returning, returning.t)
    c.feed(closed, closed.t)
    c.feed(dispatch, closed.t)
    assert _jobs(c) == [c.where(dispatch.key)]


def test_a_1999_case_s_updates_read_before_the_call_are_the_call_s_job() -> None:
    text = "文心路與河南路口 號誌全暗 車輛亂成一團"
    call = Item(_key("K-7", "1999", "created", T0), ItemKind.EVENT, "citizen", "1999", "traffic_signal", U, X0, Y0,
                T0, "K-7", text)
    working = Item(_key("K-7", "1999", "處理中", T0 + 20 * M), ItemKind.EVENT, "citizen", "1999", "traffic_signal",
                   U, X0, Y0, T0 + 20 * M, "K-7", text, case_ref("1999", "K-7"))
    done = Item(_key("K-7", "1999", "已結案", T0 + 4 * H), ItemKind.EVENT, "citizen", "1999", "traffic_signal",
                U, X0, Y0, T0 + 4 * H, "K-7", text, working.key)
    c = Correlator()
    c.feed(working, working.t)
    c.feed(done, done.t)
    c.feed(call, done.t)
    job = c.where(call.key)
    assert job is not None
    assert {c.where(working.key), c.where(done.key)} == {job}
    assert _jobs(c) == [job]


def test_a_police_follow_up_read_before_its_report_is_the_report_s_job() -> None:
    """The crash's follow-up (the rider taken to hospital) opens the crash's job; the crash
    report, retried and read hours later, is that job's, quiet by then."""
    report = Item(_key("P-1", "incident", "report", T0), ItemKind.EVENT, "police", "incident", "injury_accident",
                  CapSeverity.SEVERE, X0, Y0, T0, "P-1", "凱旋路與黎明路口 汽機車碰撞，機車騎士受傷")
    follow_up = Item(_key("P-2", "incident", "report", T0 + 10 * M), ItemKind.EVENT, "police", "incident",
                     "injury_accident", CapSeverity.SEVERE, X0 + 10.0, Y0 - 25.0, T0 + 10 * M, "P-2",
                     "凱旋路黎明路口 機車騎士已送醫", case_ref("incident", "P-1"))
    c = Correlator()
    c.feed(follow_up, follow_up.t)
    c.feed(report, T0 + 3 * H)
    job = c.where(report.key)
    assert job is not None
    assert c.where(follow_up.key) == job
    assert _jobs(c) == [job]
