"""An update dated before the report it updates (a feed's clock set back): still the case's
evidence, but the incident's first evidence stays the report's time.

A 119 command centre whose server clock jumped back 10 min sends a case's ``on_scene`` dated
10 min before the case's dispatch. The update is the case's news (crews on scene), so it joins
the case's job; what it cannot say is that the job began 10 min before the case was reported.
The evidence→dispatch measure reads the incident's first evidence (docs/kpi.md): counted from
the update, one clock jump would turn a 0.3 s dispatch into a 600 s one.
"""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentState, Item, ItemKind, case_ref

X0, Y0, T0 = 215_600.0, 2_677_300.0, 1_789_480_000.0
U = CapSeverity.UNKNOWN
M = 60.0
TEXT = "鐵皮工廠起火"


def _key(source: str, feed: str, status: str, t: float) -> str:
    return f"event:{source}|{feed}|{status}|{t}"


def dispatch(t: float = T0) -> Item:
    return Item(_key("C-CLK", "119", "dispatched", t), ItemKind.EVENT, "fire", "119", "fire", U, X0, Y0, t,
                "C-CLK", TEXT)


def update(status: str, t: float, follows: str) -> Item:
    return Item(_key("C-CLK", "119", status, t), ItemKind.EVENT, "fire", "119", "fire", U, X0, Y0, t,
                "C-CLK", TEXT, follows)


def _jobs(c: Correlator) -> list[str]:
    return [i for i in c.incident_ids() if c.snapshot(i).state is not IncidentState.MERGED]


def test_an_update_dated_before_its_dispatch_leaves_the_first_evidence_at_the_dispatch() -> None:
    report = dispatch()
    early = update("on_scene", T0 - 10 * M, report.key)  # the sender's clock jumped back 10 min
    c = Correlator()
    c.feed(report, T0)
    c.feed(early, T0 + 0.4)
    job = c.where(report.key)
    assert job is not None
    assert c.where(early.key) == job
    inc = c.snapshot(job)
    assert inc.first_evidence_t == T0
    assert inc.last_evidence_t == T0


def test_read_before_its_dispatch_the_early_update_does_not_date_the_job_either() -> None:
    report = dispatch()
    early = update("on_scene", T0 - 10 * M, case_ref("119", "C-CLK"))
    c = Correlator()
    c.feed(early, T0 - 10 * M)
    c.feed(report, T0)  # the service's clock: the latest observed time read
    job = c.where(report.key)
    assert job is not None
    assert _jobs(c) == [job]
    assert c.snapshot(job).first_evidence_t == T0


def test_an_update_alone_is_dated_by_itself() -> None:
    """Without its case's report in the incident, nothing bounds the update: its time is all there is."""
    alone = update("on_scene", T0 - 10 * M, case_ref("119", "C-CLK"))
    c = Correlator()
    c.feed(alone, T0 - 10 * M)
    job = c.where(alone.key)
    assert job is not None
    assert c.snapshot(job).first_evidence_t == T0 - 10 * M


def crash_and_follow_up(follows: str) -> tuple[Item, Item]:
    """A crash report and its follow-up (the rider taken to hospital) dated 5 min before it."""
    report = Item(_key("P-1", "incident", "report", T0), ItemKind.EVENT, "police", "incident", "injury_accident",
                  CapSeverity.SEVERE, X0, Y0, T0, "P-1", "凱旋路與黎明路口 汽機車碰撞，機車騎士受傷")
    follow_up = Item(_key("P-2", "incident", "report", T0 - 5 * M), ItemKind.EVENT, "police", "incident",
                     "injury_accident", CapSeverity.SEVERE, X0 + 10.0, Y0 - 25.0, T0 - 5 * M, "P-2",
                     "凱旋路黎明路口 機車騎士已送醫", follows)
    return report, follow_up


def test_a_police_follow_up_dated_before_the_report_it_follows_counts_from_the_report() -> None:
    report, follow_up = crash_and_follow_up(_key("P-1", "incident", "report", T0))
    c = Correlator()
    c.feed(report, T0)
    c.feed(follow_up, T0 + 1)
    job = c.where(report.key)
    assert job is not None
    assert c.where(follow_up.key) == job
    assert c.snapshot(job).first_evidence_t == T0


def test_a_police_follow_up_read_first_counts_from_the_report_it_names_once_that_joins() -> None:
    report, follow_up = crash_and_follow_up(case_ref("incident", "P-1"))
    c = Correlator()
    c.feed(follow_up, follow_up.t)
    c.feed(report, T0)
    job = c.where(report.key)
    assert job is not None
    assert c.where(follow_up.key) == job
    assert c.snapshot(job).first_evidence_t == T0


def test_a_moved_incident_keeps_the_bound() -> None:
    """An incident a coordinator moved evidence into is drawn from its members again, with the same bound."""
    report = dispatch()
    early = update("on_scene", T0 - 10 * M, report.key)
    other = replace(dispatch(T0 + 30 * M), key=_key("C-2", "119", "dispatched", T0 + 30 * M), source_id="C-2",
                    x=X0 + 3000.0)
    c = Correlator()
    c.feed(report, T0)
    c.feed(early, T0 + 0.4)
    c.feed(other, T0 + 30 * M)
    job = c.where(report.key)
    assert job is not None
    c.relink(other, job, T0 + 31 * M)
    assert c.where(other.key) == job
    assert c.snapshot(job).first_evidence_t == T0


@settings(max_examples=60, deadline=None)
@given(offsets=st.lists(st.floats(min_value=-2 * 3600.0, max_value=2 * 3600.0, allow_nan=False), min_size=1,
                        max_size=4))
def test_a_case_s_first_evidence_is_its_report_whatever_its_updates_say(offsets: list[float]) -> None:
    """Whatever times a case's updates carry, before or after its report, the case's job
    begins when its report says (its updates all in it)."""
    report = dispatch()
    statuses = ("on_scene", "returning", "closed")
    updates = [update(f"{statuses[i % 3]}{i}", T0 + dt, report.key) for i, dt in enumerate(offsets)]
    c = Correlator()
    clock = T0
    c.feed(report, clock)
    for it in updates:
        clock = max(clock, it.t) + 0.1
        c.feed(it, clock)
    job = c.where(report.key)
    assert job is not None
    assert {c.where(u.key) for u in updates} == {job}
    assert c.snapshot(job).first_evidence_t == T0
