"""The overdue rule, owned by the ops center's assignment read model and shown by the API and the wall."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from ops_center.dispatch import (
    Agency,
    AssignmentChanged,
    Dispatcher,
    Escalated,
    load_routing,
    overdue,
)
from ops_center.incidents import CapSeverity, IncidentType
from ops_center.queries import AssignmentRow

ROUTING_FILE = Path(__file__).parents[3] / "ops_center" / "routing.yaml"

NOW = datetime(2026, 9, 1, 12, 0, tzinfo=UTC)


def row(state: str, deadline: datetime | None) -> AssignmentRow:
    return AssignmentRow("inc-1", "water", state, "required", NOW - timedelta(hours=1), NOW - timedelta(minutes=30),
                         None, deadline, 0)


@pytest.mark.parametrize("state", ["assigned", "acknowledged", "en_route"])
def test_a_passed_deadline_of_a_running_assignment_is_overdue(state: str) -> None:
    assert row(state, NOW - timedelta(seconds=1)).overdue_at(NOW)
    assert not row(state, NOW + timedelta(seconds=1)).overdue_at(NOW)
    assert not row(state, None).overdue_at(NOW)


@pytest.mark.parametrize("state", ["on_scene", "cleared", "cancelled"])
def test_an_assignment_on_scene_or_finished_is_never_overdue(state: str) -> None:
    late = row(state, NOW - timedelta(hours=1))
    assert not late.overdue_at(NOW)
    assert not late.deadline_running


def test_the_flag_turns_at_the_instant_the_dispatcher_escalates() -> None:
    """The API's and the wall's flag and the dispatcher's escalation are one rule (``dispatch.overdue``)."""
    dispatcher = Dispatcher(load_routing(ROUTING_FILE))
    t0 = NOW.timestamp()
    [changed] = [e for e in dispatcher.dispatch("inc-1", IncidentType.TRAFFIC, CapSeverity.MODERATE, t0)
                 if isinstance(e, AssignmentChanged) and e.assignment.agency is Agency.TRAFFIC]
    deadline = changed.assignment.deadline
    assert deadline is not None
    for at in (deadline - 1e-3, deadline, deadline + 1e-3):
        escalated = any(isinstance(e, Escalated) for e in dispatcher.tick(at))
        a = dispatcher.assignments("inc-1")[0]
        stored = AssignmentRow("inc-1", a.agency.value, a.state.value, "required", NOW, NOW, None,
                               datetime.fromtimestamp(deadline, UTC), 0)
        flagged = stored.overdue_at(datetime.fromtimestamp(at, UTC))
        assert (at, flagged) == (at, escalated or at > deadline), "the flag and the escalation disagree"
        assert overdue(a.state, deadline, at) == flagged
