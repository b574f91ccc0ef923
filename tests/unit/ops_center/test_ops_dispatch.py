"""Dispatch: routing, per-agency lifecycle, deadlines, escalation, all/any, modes."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ops_center.dispatch import (
    ASSIGNMENT_TRANSITIONS,
    TERMINAL,
    AckPolicy,
    Agency,
    AssignmentChanged,
    AssignmentState,
    Dispatcher,
    Escalated,
    Mode,
    ModeSwitched,
    load_routing,
    parse_routing,
)
from ops_center.errors import AssignmentTransitionError, DispatchError, RoutingError
from ops_center.incidents import CapSeverity, IncidentType

ROUTING_FILE = Path(__file__).parents[3] / "ops_center" / "routing.yaml"
T0 = 1_464_850_000.0
S = AssignmentState


@pytest.fixture
def d() -> Dispatcher:
    return Dispatcher(load_routing(ROUTING_FILE))


def test_routing_file_routes_every_type_to_known_agencies(d: Dispatcher) -> None:
    events = d.dispatch("i1", IncidentType.FLOOD, CapSeverity.SEVERE, T0)
    assert [e.assignment.agency for e in events if isinstance(e, AssignmentChanged)] == [
        Agency.WATER,
        Agency.PUBLIC_WORKS,
        Agency.TRAFFIC,
        Agency.POLICE,
    ]
    assert d.dispatch("i1", IncidentType.FLOOD, CapSeverity.SEVERE, T0 + 1) == []
    fire = d.dispatch("i2", IncidentType.FIRE, CapSeverity.MINOR, T0)
    assert {e.assignment.agency for e in fire if isinstance(e, AssignmentChanged)} == {
        Agency.FIRE,
        Agency.POLICE,
        Agency.ENVIRONMENT,
    }


def test_lifecycle_and_illegal_move(d: Dispatcher) -> None:
    d.dispatch("i1", IncidentType.TRAFFIC, CapSeverity.MODERATE, T0)
    for dst in (S.ACKNOWLEDGED, S.EN_ROUTE, S.ON_SCENE, S.CLEARED):
        ev = d.transition("i1", Agency.TRAFFIC, dst, T0 + 60, actor="agency-traffic")
        assert ev.assignment.state is dst
    with pytest.raises(AssignmentTransitionError) as err:
        d.transition("i1", Agency.POLICE, S.ON_SCENE, T0 + 60, actor="agency-police")
    assert (err.value.src, err.value.dst) == ("assigned", "on_scene")


def test_all_versus_any_acknowledgement(d: Dispatcher) -> None:
    d.dispatch("flood", IncidentType.FLOOD, CapSeverity.SEVERE, T0)
    d.dispatch("fire", IncidentType.FIRE, CapSeverity.SEVERE, T0)
    d.transition("flood", Agency.WATER, S.ACKNOWLEDGED, T0 + 10, actor="agency-water")
    d.transition("fire", Agency.POLICE, S.ACKNOWLEDGED, T0 + 10, actor="agency-police")
    assert not d.acknowledged("flood")  # all four must acknowledge
    assert d.acknowledged("fire")  # any one is enough
    for a in (Agency.PUBLIC_WORKS, Agency.TRAFFIC, Agency.POLICE):
        d.transition("flood", a, S.ACKNOWLEDGED, T0 + 20, actor=f"agency-{a}")
    assert d.acknowledged("flood")


def test_overdue_assignment_escalates_and_repeats(d: Dispatcher) -> None:
    d.dispatch("i1", IncidentType.TRAFFIC, CapSeverity.MODERATE, T0)
    d.transition("i1", Agency.POLICE, S.ACKNOWLEDGED, T0 + 60, actor="agency-police")
    assert d.next_deadline() == T0 + 900
    assert d.tick(T0 + 899) == []
    first = d.tick(T0 + 900)
    assert first == [Escalated("i1", Agency.TRAFFIC, S.ASSIGNED, 1, "值班主管", T0 + 900)]
    assert [e.level for e in d.tick(T0 + 1800) if isinstance(e, Escalated)] == [2]
    d.transition("i1", Agency.TRAFFIC, S.ACKNOWLEDGED, T0 + 1900, actor="agency-traffic")
    # acknowledged: the next deadline is "on scene" 60 min after acknowledgement
    assert d.get("i1", Agency.TRAFFIC).deadline == T0 + 1900 + 3600


def test_an_agency_with_a_report_waiting_from_before_a_deadline_is_not_escalated_yet(d: Dispatcher) -> None:
    """A report the center received and has not applied (the database was away) may be the
    acknowledgement that met the deadline: the tick leaves that agency's assignments due after
    the report came in, and escalates them later if the report did not move them; one due
    before the report came in escalates (the report was late for it either way)."""
    d.dispatch("i1", IncidentType.TRAFFIC, CapSeverity.MODERATE, T0)  # traffic, police: due T0 + 900
    d.dispatch("i2", IncidentType.TRAFFIC, CapSeverity.MODERATE, T0 + 100)  # due T0 + 1000
    late = d.tick(T0 + 1025, waiting={Agency.TRAFFIC: T0 + 950})
    assert {(e.incident_id, e.agency) for e in late if isinstance(e, Escalated)} == {
        ("i1", Agency.TRAFFIC), ("i1", Agency.POLICE), ("i2", Agency.POLICE)}
    d.transition("i2", Agency.TRAFFIC, S.ACKNOWLEDGED, T0 + 950, actor="agency-traffic")
    assert d.get("i2", Agency.TRAFFIC).escalations == 0
    assert d.tick(T0 + 1030) == []
    # Had the report been something else, the assignment escalates once nothing waits.
    d.dispatch("i3", IncidentType.TRAFFIC, CapSeverity.MODERATE, T0 + 200)  # due T0 + 1100
    assert d.tick(T0 + 1120, waiting={Agency.TRAFFIC: T0 + 1050}) == [
        Escalated("i3", Agency.POLICE, S.ASSIGNED, 1, "值班主管", T0 + 1120)]
    assert d.tick(T0 + 1121) == [Escalated("i3", Agency.TRAFFIC, S.ASSIGNED, 1, "值班主管", T0 + 1121)]


def test_emergency_mode_shortens_deadlines_and_is_audited(d: Dispatcher) -> None:
    d.dispatch("i1", IncidentType.FIRE, CapSeverity.SEVERE, T0)
    with pytest.raises(DispatchError):
        d.set_mode(Mode.EMERGENCY, T0 + 1, actor="coordinator", reason=" ")
    ev = d.set_mode(Mode.EMERGENCY, T0 + 60, actor="coordinator", reason="颱風警報")
    assert ev == ModeSwitched(Mode.PEACETIME, Mode.EMERGENCY, T0 + 60, "coordinator", "颱風警報")
    assert d.get("i1", Agency.FIRE).deadline == T0 + 300
    # The event carries every open assignment with its new deadline, for the service to store.
    assert {(a.agency, a.deadline) for a in ev.recomputed} == {
        (a.agency, T0 + 300) for a in d.assignments("i1")}
    escalations = d.tick(T0 + 300)
    assert {e.to for e in escalations if isinstance(e, Escalated)} == {"應變中心指揮官"}
    assert len(escalations) == 3


def test_reassign_note_and_close(d: Dispatcher) -> None:
    d.dispatch("i1", IncidentType.TRAFFIC, CapSeverity.MODERATE, T0)
    events = d.reassign("i1", Agency.TRAFFIC, Agency.PUBLIC_WORKS, T0 + 5, actor="c", reason="路面坍塌")
    assert [e.assignment.state for e in events if isinstance(e, AssignmentChanged)] == [
        S.CANCELLED,
        S.ASSIGNED,
    ]
    assert d.note("i1", "派員確認", T0 + 6, actor="c").text == "派員確認"
    d.transition("i1", Agency.POLICE, S.ACKNOWLEDGED, T0 + 7, actor="p")
    d.transition("i1", Agency.POLICE, S.ON_SCENE, T0 + 8, actor="p")
    closed = d.close("i1", T0 + 9, actor="c", reason="處理完畢")
    states = {e.assignment.agency: e.assignment.state for e in closed if isinstance(e, AssignmentChanged)}
    assert states == {Agency.PUBLIC_WORKS: S.CANCELLED, Agency.POLICE: S.CLEARED}
    assert d.next_deadline() is None


def test_bad_routing_is_rejected_with_a_reason() -> None:
    with pytest.raises(RoutingError, match="lacks"):
        parse_routing("version: 1\nmodes: {}\nroutes: {}\n")
    with pytest.raises(RoutingError, match="invalid"):
        parse_routing(ROUTING_FILE.read_text().replace("[fire, police", "[firemen, police"))


def test_escalation_catches_up_in_one_step_after_downtime(d: Dispatcher) -> None:
    d.dispatch("i1", IncidentType.TRAFFIC, CapSeverity.MODERATE, T0)
    late = d.tick(T0 + 900 + 10 * 900 + 1)  # ten repeat periods past the deadline
    assert [(e.agency, e.level) for e in late if isinstance(e, Escalated)] == [
        (Agency.TRAFFIC, 11),
        (Agency.POLICE, 11),
    ]
    assert d.next_deadline() == T0 + 900 + 11 * 900


def test_a_withdrawn_incident_cancels_only_what_nobody_acknowledged(d: Dispatcher) -> None:
    """Withdrawn (its device took its only alarm back): work nobody acknowledged is called off
    with the reason; an agency that acknowledged is on its way (acknowledged, en route) or on
    scene, and a device's reset does not stand it down: it stays until a coordinator decides
    (docs/ops_center.md, "Dispatch"). A second withdrawal changes nothing."""
    d.dispatch("i1", IncidentType.FIRE, CapSeverity.SEVERE, T0)  # fire, police, environment
    d.transition("i1", Agency.FIRE, S.ACKNOWLEDGED, T0 + 60, actor="fire")
    d.transition("i1", Agency.FIRE, S.EN_ROUTE, T0 + 90, actor="fire")
    d.transition("i1", Agency.POLICE, S.ACKNOWLEDGED, T0 + 100, actor="police")
    events = d.withdraw("i1", T0 + 180, actor="ops-center", reason="withdrawn: FA-1：復歸")
    moved = [(e.assignment.agency, e.src, e.assignment.state, e.reason) for e in events
             if isinstance(e, AssignmentChanged)]
    assert moved == [(Agency.ENVIRONMENT, S.ASSIGNED, S.CANCELLED, "withdrawn: FA-1：復歸")]
    assert d.get("i1", Agency.FIRE).state is S.EN_ROUTE
    assert d.get("i1", Agency.POLICE).state is S.ACKNOWLEDGED
    assert d.withdraw("i1", T0 + 240, actor="ops-center", reason="again") == []


def test_a_withdrawn_incidents_clock_stops_through_a_mode_switch_and_runs_again_when_resumed(
    d: Dispatcher,
) -> None:
    """The assignments a withdrawal keeps lose their deadline (nothing escalates, however late;
    a mode switch gives them none), and a report joining the incident starts the clock again,
    counted from the acknowledgement as ever."""
    d.dispatch("i1", IncidentType.FIRE, CapSeverity.SEVERE, T0)
    d.transition("i1", Agency.FIRE, S.ACKNOWLEDGED, T0 + 60, actor="fire")
    d.withdraw("i1", T0 + 120, actor="ops-center", reason="withdrawn")
    assert [(a.agency, a.deadline) for a in d.stopped("i1")] == [(Agency.FIRE, None)]
    assert d.next_deadline() is None
    assert d.tick(T0 + 100_000) == []
    d.set_mode(Mode.EMERGENCY, T0 + 100_001, actor="c", reason="颱風")
    assert d.get("i1", Agency.FIRE).deadline is None
    assert d.tick(T0 + 200_000) == []
    resumed = d.resume("i1")
    assert [(a.agency, a.deadline) for a in resumed] == [
        (Agency.FIRE, T0 + 60 + d.rules.on_scene_deadline_s)]
    assert d.resume("i1") == []
    assert d.stopped("i1") == []
    assert [e.agency for e in d.tick(T0 + 200_000) if isinstance(e, Escalated)] == [Agency.FIRE]


def test_a_hazmat_job_goes_to_the_hazmat_team_environment_and_police(d: Dispatcher) -> None:
    """The fire bureau's hazmat team (119's 危險物品 dispatch), the environmental protection
    bureau (pollution) and the police (cordon, evacuation), at any severity."""
    events = d.dispatch("leak", IncidentType.HAZMAT, CapSeverity.UNKNOWN, T0)
    sent = {e.assignment.agency for e in events if isinstance(e, AssignmentChanged)}
    assert sent == {Agency.FIRE, Agency.ENVIRONMENT, Agency.POLICE}


def test_closing_cancels_the_work_of_every_agency_not_on_scene(d: Dispatcher) -> None:
    """A coordinator's close winds up the work: an agency on scene is cleared, every other
    one is cancelled (docs/ops_center.md, "Dispatch"; the console's confirm step names them
    as cancelled). An agency that only acknowledged never reached the scene: recording it
    as cleared (已結案) would say it finished a job it never went to."""
    d.dispatch("i1", IncidentType.FLOOD, CapSeverity.MODERATE, T0)
    d.transition("i1", Agency.WATER, S.ACKNOWLEDGED, T0 + 5, actor="w")
    d.transition("i1", Agency.POLICE, S.ACKNOWLEDGED, T0 + 6, actor="p")
    d.transition("i1", Agency.POLICE, S.EN_ROUTE, T0 + 7, actor="p")
    d.transition("i1", Agency.TRAFFIC, S.ACKNOWLEDGED, T0 + 8, actor="t")
    d.transition("i1", Agency.TRAFFIC, S.ON_SCENE, T0 + 9, actor="t")
    closed = d.close("i1", T0 + 10, actor="c", reason="退水")
    states = {e.assignment.agency: e.assignment.state for e in closed if isinstance(e, AssignmentChanged)}
    assert states == {Agency.WATER: S.CANCELLED, Agency.POLICE: S.CANCELLED,
                      Agency.PUBLIC_WORKS: S.CANCELLED, Agency.TRAFFIC: S.CLEARED}
    assert d.next_deadline() is None


def test_a_coordinators_dispatch_to_a_withdrawn_incident_has_its_deadline(d: Dispatcher) -> None:
    """The withdrawal stops the clocks of what it kept (the brigade that acknowledged); a
    coordinator who dispatches the police to the incident afterwards gives it the deadline of
    any dispatch, it escalates when late, and its clock runs on once acknowledged."""
    d.dispatch("i1", IncidentType.FIRE, CapSeverity.SEVERE, T0)
    d.transition("i1", Agency.FIRE, S.ACKNOWLEDGED, T0 + 60, actor="fire")
    d.withdraw("i1", T0 + 120, actor="ops-center", reason="withdrawn")
    police = d.assign("i1", Agency.POLICE, T0 + 300, actor="coordinator", reason="民眾來電：仍有煙").assignment
    assert police.deadline == T0 + 300 + d.rules.ack_deadline_s
    assert d.get("i1", Agency.FIRE).deadline is None
    assert [a.agency for a in d.stopped("i1")] == [Agency.FIRE]
    late = d.tick(T0 + 300 + d.rules.ack_deadline_s)
    assert [e.agency for e in late if isinstance(e, Escalated)] == [Agency.POLICE]
    acked = d.transition("i1", Agency.POLICE, S.ACKNOWLEDGED, T0 + 2000, actor="police").assignment
    assert acked.deadline == T0 + 2000 + d.rules.on_scene_deadline_s


@settings(max_examples=60, deadline=None)
@given(
    acked=st.sets(st.sampled_from([Agency.FIRE, Agency.POLICE, Agency.ENVIRONMENT])),
    after=st.lists(st.sampled_from(list(Agency)), unique=True, max_size=4),
    emergency=st.booleans(),
)
def test_a_restart_rebuilds_which_clocks_a_withdrawal_stopped(
    acked: set[Agency], after: list[Agency], emergency: bool
) -> None:
    """Whatever the withdrawal kept and whoever a coordinator dispatched since, a dispatcher
    restored from the stored assignments (deadlines as stored, the incident withdrawn) gives
    each the deadline the running one did, also in the other mode."""
    d = Dispatcher(load_routing(ROUTING_FILE))
    d.dispatch("i1", IncidentType.FIRE, CapSeverity.SEVERE, T0)
    for agency in sorted(acked):
        d.transition("i1", agency, S.ACKNOWLEDGED, T0 + 60, actor=agency.value)
    d.withdraw("i1", T0 + 120, actor="ops-center", reason="withdrawn")
    for k, agency in enumerate(after):
        if agency in acked:
            continue  # still assigned: not again
        d.assign("i1", agency, T0 + 200 + k, actor="coordinator", reason="again")
    if emergency:
        d.set_mode(Mode.EMERGENCY, T0 + 300, actor="c", reason="颱風")
    again = Dispatcher(load_routing(ROUTING_FILE), d.mode)
    again.restore(d.assignments(), {"i1": d.ack_policy("i1")}, stopped=["i1"])
    assert [(a.agency, a.state, a.deadline) for a in again.assignments("i1")] == [
        (a.agency, a.state, a.deadline) for a in d.assignments("i1")]
    assert {a.agency for a in again.stopped("i1")} == acked


def test_a_flood_of_unknown_severity_is_dispatched_and_a_minor_one_waits(d: Dispatcher) -> None:
    # routing.yaml: a lone Minor flood-depth alert (1-15 cm) is shown, not dispatched; a caller's
    # report of deep water carries no CAP severity (CAP 1.2 §3.2.2 Unknown: not known, not low)
    assert d.dispatch("shallow", IncidentType.FLOOD, CapSeverity.MINOR, T0) == []
    called = d.dispatch("called", IncidentType.FLOOD, CapSeverity.UNKNOWN, T0)
    assert {e.assignment.agency for e in called if isinstance(e, AssignmentChanged)} == {
        Agency.WATER, Agency.PUBLIC_WORKS, Agency.TRAFFIC, Agency.POLICE}
    later = d.dispatch("shallow", IncidentType.FLOOD, CapSeverity.MODERATE, T0 + 60)
    assert len(later) == 4


def test_a_job_takes_over_the_live_assignments_of_an_incident_it_absorbed(d: Dispatcher) -> None:
    # a 119 rescue routed to the fire bureau, its crew en route; the crash at its place takes it
    d.dispatch("rescue", IncidentType.RESCUE, CapSeverity.SEVERE, T0)
    d.transition("rescue", Agency.FIRE, S.ACKNOWLEDGED, T0 + 60, actor="agency-fire")
    d.transition("rescue", Agency.FIRE, S.EN_ROUTE, T0 + 90, actor="agency-fire")
    before = d.get("rescue", Agency.FIRE)
    events = d.take_over("crash", ["rescue"], T0 + 120)
    moved = d.get("crash", Agency.FIRE)
    assert d.get("rescue", Agency.FIRE).state is S.CANCELLED
    assert (moved.state, moved.acknowledged_at, moved.deadline) == (S.EN_ROUTE, T0 + 60, before.deadline)
    assert [(e.assignment.incident_id, e.src) for e in events if isinstance(e, AssignmentChanged)] == [
        ("rescue", S.EN_ROUTE),
        ("crash", None),
    ]
    # the crash's own route then skips the agency carried over, and a second take-over moves nothing
    routed = d.dispatch("crash", IncidentType.TRAFFIC, CapSeverity.SEVERE, T0 + 120, merged_from=["rescue"])
    assert Agency.FIRE not in {e.assignment.agency for e in routed if isinstance(e, AssignmentChanged)}
    assert d.take_over("crash", ["rescue"], T0 + 130) == []
    # its deadline escalates on the crash, where the console shows it
    assert before.deadline is not None
    due = d.tick(before.deadline + 1)
    assert [e.incident_id for e in due if isinstance(e, Escalated) and e.agency is Agency.FIRE] == ["crash"]


def test_a_job_that_takes_over_an_assignment_keeps_its_own_routes_ack_policy(d: Dispatcher) -> None:
    # a 119 rescue (route rescue: any) routed; the flood at its place (route flood: all) opens,
    # takes it and is routed in one poll, in the order the service does it (outbound.dispatch)
    d.dispatch("rescue", IncidentType.RESCUE, CapSeverity.SEVERE, T0)
    d.take_over("flood", ["rescue"], T0 + 120)
    d.dispatch("flood", IncidentType.FLOOD, CapSeverity.SEVERE, T0 + 120, merged_from=["rescue"])
    assert (d.ack_policy("rescue"), d.ack_policy("flood")) == (AckPolicy.ANY, AckPolicy.ALL)

def test_an_agency_on_scene_of_an_absorbed_incident_goes_on_on_scene_on_the_job_that_took_it(d: Dispatcher) -> None:
    # a car trapped in the water of a street: 119's rescue crew acknowledged and is on scene when
    # the flood opens at its place and takes the rescue (docs/ops_center.md, "When an incident is routed")
    d.dispatch("rescue", IncidentType.RESCUE, CapSeverity.SEVERE, T0)
    d.transition("rescue", Agency.FIRE, S.ACKNOWLEDGED, T0 + 60, actor="agency-fire")
    d.transition("rescue", Agency.FIRE, S.ON_SCENE, T0 + 90, actor="agency-fire")
    events = d.take_over("flood", ["rescue"], T0 + 120)
    assert [(e.assignment.incident_id, e.src, e.assignment.state, e.reason)
            for e in events if isinstance(e, AssignmentChanged)] == [
        ("rescue", S.ON_SCENE, S.CLEARED, "carried over to flood, which took rescue"),
        ("flood", None, S.ON_SCENE, "carried over from rescue, which it took"),
    ]
    moved = d.get("flood", Agency.FIRE)
    # the crew's times come with it: sent at T0, acknowledged at T0 + 60, on scene since T0 + 90
    assert (moved.state, moved.assigned_at, moved.acknowledged_at, moved.state_since, moved.deadline) == (
        S.ON_SCENE, T0, T0 + 60, T0 + 90, None)
    # the flood's route and its rescue crews send no second fire crew; a second take-over moves nothing
    routed = d.dispatch("flood", IncidentType.FLOOD, CapSeverity.SEVERE, T0 + 120, merged_from=["rescue"],
                        also=[Agency.FIRE])
    assert Agency.FIRE not in {e.assignment.agency for e in routed if isinstance(e, AssignmentChanged)}
    assert d.take_over("flood", ["rescue"], T0 + 130) == []
    # the desk's report on the merged rescue is refused; closing the flood clears the crew on it
    with pytest.raises(AssignmentTransitionError):
        d.transition("rescue", Agency.FIRE, S.CLEARED, T0 + 200, actor="agency-fire")
    closed = d.close("flood", T0 + 300, actor="coordinator", reason="積水退去")
    assert (Agency.FIRE, S.ON_SCENE, S.CLEARED) in {
        (e.assignment.agency, e.src, e.assignment.state) for e in closed if isinstance(e, AssignmentChanged)}


def test_a_crew_on_scene_of_an_absorbed_incident_is_not_waited_for_on_the_job_that_sent_it_too(
        d: Dispatcher) -> None:
    # the flood's route sent the fire bureau a minute before the flood took the rescue whose fire
    # crew is on scene: the crew works the flood on scene, not an unacknowledged dispatch escalating
    d.dispatch("rescue", IncidentType.RESCUE, CapSeverity.SEVERE, T0)
    d.transition("rescue", Agency.FIRE, S.ACKNOWLEDGED, T0 + 60, actor="agency-fire")
    d.transition("rescue", Agency.FIRE, S.ON_SCENE, T0 + 90, actor="agency-fire")
    d.assign("flood", Agency.FIRE, T0 + 100, actor="coordinator", reason="淹水派工")
    events = d.take_over("flood", ["rescue"], T0 + 120)
    assert [(e.assignment.incident_id, e.src, e.assignment.state)
            for e in events if isinstance(e, AssignmentChanged)] == [
        ("rescue", S.ON_SCENE, S.CLEARED), ("flood", S.ASSIGNED, S.ON_SCENE)]
    moved = d.get("flood", Agency.FIRE)
    assert (moved.state, moved.acknowledged_at, moved.deadline) == (S.ON_SCENE, T0 + 60, None)


def test_an_agency_whose_crew_the_closure_cleared_is_sent_again(d: Dispatcher) -> None:
    # the crew was on scene when the coordinator closed the job; it is reopened (同址復燃) and
    # the fire bureau is sent again: a new assignment, waiting for its acknowledgement
    d.dispatch("rescue", IncidentType.RESCUE, CapSeverity.SEVERE, T0)
    d.transition("rescue", Agency.FIRE, S.ACKNOWLEDGED, T0 + 60, actor="agency-fire")
    d.transition("rescue", Agency.FIRE, S.ON_SCENE, T0 + 90, actor="agency-fire")
    d.close("rescue", T0 + 300, actor="coordinator", reason="火勢撲滅")
    assert d.get("rescue", Agency.FIRE).state is S.CLEARED
    sent = d.assign("rescue", Agency.FIRE, T0 + 600, actor="coordinator", reason="同址復燃，再次派遣")
    again = d.get("rescue", Agency.FIRE)
    assert (sent.assignment, again.state, again.assigned_at, again.acknowledged_at) == (
        again, S.ASSIGNED, T0 + 600, None)
    with pytest.raises(DispatchError):  # a live one is not sent twice
        d.assign("rescue", Agency.FIRE, T0 + 610, actor="coordinator", reason="again")


def test_an_agency_on_scene_of_an_absorbed_incident_reports_on_the_job_that_took_it(d: Dispatcher) -> None:
    d.dispatch("rescue", IncidentType.RESCUE, CapSeverity.SEVERE, T0)
    d.transition("rescue", Agency.FIRE, S.ACKNOWLEDGED, T0 + 60, actor="agency-fire")
    d.transition("rescue", Agency.FIRE, S.ON_SCENE, T0 + 90, actor="agency-fire")
    d.take_over("flood", ["rescue"], T0 + 120)
    d.transition("flood", Agency.FIRE, S.CLEARED, T0 + 600, actor="agency-fire")
    assert (d.get("flood", Agency.FIRE).state, d.get("rescue", Agency.FIRE).state) == (S.CLEARED, S.CLEARED)


@given(moves=st.dictionaries(st.sampled_from([Agency.FIRE, Agency.POLICE, Agency.ENVIRONMENT]),
                             st.lists(st.sampled_from(list(AssignmentState)), max_size=4)),
       held=st.sets(st.sampled_from(list(Agency))))
def test_after_a_take_over_every_agency_works_the_job_and_none_the_incident_it_took(
    moves: dict[Agency, list[AssignmentState]], held: set[Agency]
) -> None:
    """Whatever state each agency of an absorbed fire had reached and whichever agencies the job
    held already (sent, not yet acknowledged), after the take-over nothing is live on the absorbed
    fire, every agency live there before is live on the job exactly once, in the state it had
    reached (the job's own is no further on), and the job's assignments keep to the table."""
    d = Dispatcher(load_routing(ROUTING_FILE))
    d.dispatch("fire", IncidentType.FIRE, CapSeverity.SEVERE, T0)
    for agency, path in moves.items():
        for k, dst in enumerate(path):
            if dst in ASSIGNMENT_TRANSITIONS[d.get("fire", agency).state]:
                d.transition("fire", agency, dst, T0 + 10 + k, actor=agency.value)
    for agency in sorted(held):
        d.assign("job", agency, T0 + 50, actor="coordinator", reason="sent")
    before = {a.agency: a.state for a in d.assignments("fire") if a.state not in TERMINAL}
    d.take_over("job", ["fire"], T0 + 100)
    assert [a for a in d.assignments("fire") if a.state not in TERMINAL] == []
    live = {a.agency: a.state for a in d.assignments("job") if a.state not in TERMINAL}
    assert set(before) | held == set(live)
    assert all(live[a] is s for a, s in before.items())
