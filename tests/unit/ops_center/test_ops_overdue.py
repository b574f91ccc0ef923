"""The overdue rule, owned by the ops center's assignment read model and shown by the API and the wall."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from ops_center.queries import AssignmentRow

NOW = datetime(2026, 9, 1, 12, 0, tzinfo=UTC)


def row(state: str, deadline: datetime | None) -> AssignmentRow:
    return AssignmentRow("inc-1", "water", state, "required", NOW - timedelta(hours=1), NOW - timedelta(minutes=30),
                         None, deadline, 0)


@pytest.mark.parametrize("state", ["assigned", "acknowledged", "en_route"])
def test_a_passed_deadline_of_a_running_assignment_is_overdue(state: str) -> None:
    assert row(state, NOW - timedelta(seconds=1)).overdue(NOW)
    assert not row(state, NOW + timedelta(seconds=1)).overdue(NOW)
    assert not row(state, None).overdue(NOW)


@pytest.mark.parametrize("state", ["on_scene", "cleared", "cancelled"])
def test_an_assignment_on_scene_or_finished_is_never_overdue(state: str) -> None:
    late = row(state, NOW - timedelta(hours=1))
    assert not late.overdue(NOW)
    assert not late.deadline_running
