"""A coordinator's command that fails in the database changes neither the stored rows nor what
the ops center holds in memory, through the ops service on the real database.

Described situation: a concert runs under a police permit, its audience's crowding and parking
held aside (planned, docs/ops_center.md). The coordinator dispatches the fire brigade to it
(or closes it: test_ops_command_atomic_close); the database refuses one of the command's
writes with an error no retry cures (a trigger raising, as a broken constraint or a bug
would). The command is rejected and the coordinator sees what the tables hold: the concert
still planned with its three held reports, on the wall (the in-memory correlator) as in the
stored rows. Once the database accepts the writes again, the same dispatch makes it a job
with its three reports, counted once.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
import pytest

from common.db import connect
from common.settings import Settings
from ops_center.api import CommandKind, CommandState, get_command, submit_command
from ops_center.queries import list_incidents
from ops_center.service import OpsService
from tests.integration.ops_center.test_ops_agency_feeds import ROUTING, drain, incidents_of
from tests.integration.ops_center.test_ops_dispatched_event import concert

pytestmark = pytest.mark.integration

SQL_REFUSE = """
CREATE OR REPLACE FUNCTION test_refuse_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'injected: % refused', NEW.action; END $$;
"""


@contextmanager
def refusing(conn: psycopg.Connection, action: str) -> Iterator[None]:
    """While the block runs, the database refuses every timeline row of ``action`` (an error
    of class P0, no connection or serialization failure: not retried)."""
    conn.execute(SQL_REFUSE)
    conn.execute(f"CREATE TRIGGER test_refuse BEFORE INSERT ON ops_incident_history FOR EACH ROW"
                 f" WHEN (NEW.action = '{action}') EXECUTE FUNCTION test_refuse_history()")
    try:
        yield
    finally:
        conn.execute("DROP TRIGGER test_refuse ON ops_incident_history")


def command(svc: OpsService, conn: psycopg.Connection, inc: str, kind: CommandKind, args: dict[str, str]) -> str:
    """Submit one command as the coordinator, let the service apply it; its final state."""
    with conn.transaction():
        command_id = submit_command(conn, inc, kind, args, actor="coord", reason="散場人潮推擠")
    svc.apply_commands()
    done = get_command(conn, command_id)
    assert done is not None
    return done.state


@contextmanager
def planned(settings: Settings, u: str) -> Iterator[tuple[OpsService, psycopg.Connection, str]]:
    """A started service that stored the concert planned, holding its three reports: the
    service, its connection and the concert's incident."""
    permit = f"P-{u}"
    with connect(settings) as w, connect(settings, autocommit=True) as c:
        svc = OpsService(c, ROUTING, idle_after_s=None)
        svc.start()
        effects = concert(w, settings, u)
        drain(svc, c)
        inc = incidents_of(c, [permit])[permit][0]
        (before,) = list_incidents(c, incident_id=inc)
        assert (before.planned, before.held) == (True, len(effects)), "the situation: a planned concert"
        yield svc, c, inc


def test_a_dispatch_the_database_refuses_leaves_the_event_planned_in_memory_as_in_its_rows(
    db_settings: Settings, unique_id: str
) -> None:
    with planned(db_settings, unique_id) as (svc, c, inc):
        with refusing(c, "made_job"):
            assigned = command(svc, c, inc, CommandKind.ASSIGN, {"agency": "fire"})
        (stored,) = list_incidents(c, incident_id=inc)
        held = svc.correlator.snapshot(inc)
        sent = {a.agency.value for a in svc.dispatcher.assignments(inc)}

        again = command(svc, c, inc, CommandKind.ASSIGN, {"agency": "fire"})
        (job,) = list_incidents(c, incident_id=inc)
        made = svc.correlator.snapshot(inc)
        caps = c.execute("SELECT identifier, msg_type, refs FROM ops_cap_messages WHERE incident_id = %s"
                         " AND direction = 'out' ORDER BY sent, identifier", (inc,)).fetchall()

    assert assigned == CommandState.REJECTED
    assert (stored.planned, stored.held) == (True, 3), "a rejected dispatch changed the stored rows"
    assert (held.planned, len(held.held)) == (True, 3), "memory shows a rejected dispatch's job"
    assert "fire" not in sent
    assert again == CommandState.DONE, "the database accepting again, the dispatch is done"
    assert (job.planned, job.held, job.member_count) == (False, 0, 4)
    assert (made.planned, made.held, len(made.members)) == (False, (), 4), "a report counted twice"
    # its first CAP message is the job's Alert: none refers to the rejected command's, never sent
    assert caps[0][:2] == (f"{inc}-1", "Alert"), caps

