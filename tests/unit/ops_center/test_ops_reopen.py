"""A coordinator's reopening in the pure core: the incident table lets a closed incident
become quiet again, nothing else, and the command parses with no arguments."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ops_center.commands import CommandKind, Reopen, parse_command
from ops_center.errors import IncidentTransitionError
from ops_center.incidents import INCIDENT_TRANSITIONS, IncidentState, check_incident_transition


def test_a_closed_incident_may_become_quiet_and_nothing_else() -> None:
    assert check_incident_transition("x", IncidentState.CLOSED, IncidentState.QUIET) is IncidentState.QUIET
    for dst in (IncidentState.OPEN, IncidentState.MERGED, IncidentState.CLOSED):
        with pytest.raises(IncidentTransitionError):
            check_incident_transition("x", IncidentState.CLOSED, dst)
    assert INCIDENT_TRANSITIONS[IncidentState.MERGED] == frozenset()  # merged stays terminal


@given(st.lists(st.sampled_from(list(IncidentState)), max_size=12))
def test_closing_and_reopening_never_leave_the_table(steps: list[IncidentState]) -> None:
    """Any sequence of asked moves: each one either follows the table or is refused, so the
    state is always one the table reaches from open."""
    state = IncidentState.OPEN
    for dst in steps:
        allowed = dst in INCIDENT_TRANSITIONS[state]
        try:
            state = check_incident_transition("x", state, dst)
        except IncidentTransitionError:
            assert not allowed
        else:
            assert allowed


def test_the_reopen_command_parses_without_arguments() -> None:
    assert parse_command(CommandKind.REOPEN.value, {}) == Reopen()
