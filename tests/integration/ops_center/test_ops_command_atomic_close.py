"""A coordinator's close that fails in the database leaves the incident open in memory as in
its rows (the situation of ``test_ops_command_atomic``, in a database of its own: the concert
stands at the same place and time)."""

from __future__ import annotations

import pytest

from common.settings import Settings
from ops_center.api import CommandKind, CommandState
from ops_center.queries import list_incidents
from tests.integration.ops_center.test_ops_command_atomic import command, planned, refusing

pytestmark = pytest.mark.integration


def test_a_close_the_database_refuses_leaves_the_incident_open_in_memory_as_in_its_rows(
    db_settings: Settings, unique_id: str
) -> None:
    with planned(db_settings, unique_id) as (svc, c, inc):
        (before,) = list_incidents(c, incident_id=inc)
        with refusing(c, "closed"):
            closed = command(svc, c, inc, CommandKind.CLOSE, {})
        (stored,) = list_incidents(c, incident_id=inc)
        kept = svc.correlator.snapshot(inc)

    assert closed == CommandState.REJECTED
    assert stored.state == before.state, "a rejected close changed the stored rows"
    assert kept.state == stored.state, "memory shows a rejected close"
