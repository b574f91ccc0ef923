"""The ops center's application interface: what the web, the CLI and other packages may use.

Commands (each in the caller's transaction; the caller commits):

* :func:`submit_command` queues a coordinator's dispatch, reassignment, note or
  closure for the running ``soc ops run`` (:func:`get_command` reads its outcome);
* :func:`request_mode_switch` records a 平時/戰時 switch (audited; the running
  service applies the new deadlines).

Maintenance (its own transaction; the maintenance service, ``soc db maintain``, calls it):

* :func:`prune_feed_log` deletes, in bounded units, the replay-log entries no replay can
  need any more (:mod:`ops_center.log_window`).

Read models (frozen rows) of incidents, assignments, evidence, timeline, the
current mode and the incident and assignment times of a period (for the KPIs)
come from :mod:`ops_center.queries`; :func:`overdue` is the one rule for a
missed deadline (the API's and the wall's flag); the vocabularies are the
owning enums (:class:`IncidentState`, :class:`AssignmentState`,
:class:`Agency`, :class:`Mode`, :class:`CommandState`). Everything else in
``ops_center`` is the package's own; the import contracts in ``pyproject.toml``
check that the web imports only this module.
"""

from __future__ import annotations

import time
from pathlib import Path

from ops_center import repo
from ops_center.commands import CommandKind, CommandState
from ops_center.dispatch import REPORT_MOVES, Agency, AssignmentState, Mode, ModeSwitched, load_routing, overdue
from ops_center.errors import DispatchError, IncidentTransitionError, OpsError, UnknownIncidentError
from ops_center.incidents import IncidentState
from ops_center.log_window import held_since, replay_since
from ops_center.messages import Channel, DispatchTopic, StatusPayload
from ops_center.queries import (
    OPEN_ASSIGNMENT_STATES,
    OPEN_INCIDENT_STATES,
    AssignmentRow,
    AssignmentStatus,
    AssignmentTimesRow,
    AssignmentTransitionRow,
    HistoryRow,
    Incident,
    IncidentRow,
    IncidentTimesRow,
    MemberRow,
    assignment_times,
    assignment_transitions,
    current_mode,
    history,
    hull,
    incident_times,
    list_assignments,
    list_incidents,
    members,
)
from ops_center.repo import CommandRow, Conn, get_command, incident_state

__all__ = [
    "OPEN_ASSIGNMENT_STATES",
    "OPEN_INCIDENT_STATES",
    "REPORT_MOVES",
    "Agency",
    "AssignmentRow",
    "AssignmentState",
    "AssignmentStatus",
    "AssignmentTimesRow",
    "AssignmentTransitionRow",
    "Channel",
    "CommandKind",
    "CommandRow",
    "CommandState",
    "DispatchError",
    "DispatchTopic",
    "HistoryRow",
    "Incident",
    "IncidentRow",
    "IncidentState",
    "IncidentTimesRow",
    "IncidentTransitionError",
    "MemberRow",
    "Mode",
    "OpsError",
    "StatusPayload",
    "UnknownIncidentError",
    "ack_deadlines_by_mode",
    "assignment_times",
    "assignment_transitions",
    "current_mode",
    "get_command",
    "history",
    "hull",
    "incident_state",
    "incident_times",
    "list_assignments",
    "list_incidents",
    "members",
    "overdue",
    "prune_feed_log",
    "request_mode_switch",
    "submit_command",
]


def prune_feed_log(conn: Conn, *, chunk: int, retention_s: float) -> int:
    """One bounded unit of the replay log's prune, in its own transaction on an autocommit
    ``conn`` (``SOC_OPS__LOG_PRUNE_CHUNK``, so the maintenance service beats between units):
    deletes at most ``chunk`` entries logged before the replay window of the oldest
    correlator clock any consumer has stored (none while one has no clock yet), the window
    of the service's retention (``SOC_OPS__RETENTION_S``); returns how many (0: nothing left)."""
    with conn.transaction():
        oldest = repo.oldest_clock(conn)
        if oldest is None:
            return 0
        clock = oldest.timestamp()
        since = repo.held_from(conn, replay_since(clock, retention_s), held_since(clock, retention_s))
        return repo.prune_log(conn, since, chunk)


def submit_command(conn: Conn, incident_id: str, kind: CommandKind, args: dict[str, str], *,
                   actor: str, reason: str) -> int:
    """Queue a coordinator command for the running service; returns its id (visible at the caller's commit)."""
    return repo.insert_command(conn, incident_id, kind.value, args, actor=actor, reason=reason)


def request_mode_switch(conn: Conn, mode: Mode, *, default: Mode, actor: str, reason: str,
                        at: float | None = None) -> Mode:
    """Record a switch to ``mode`` (audited) and return the mode switched from.

    ``default`` is the configured mode, in force while no switch was ever
    recorded. A switch needs a reason (:class:`DispatchError` without one). Call it
    inside a transaction: concurrent switches wait for it to end.
    """
    if not reason.strip():
        raise DispatchError("a mode switch needs a reason")
    repo.lock_mode_switches(conn)
    latest = repo.latest_mode(conn)
    previous = latest[1] if latest is not None else default
    repo.record_mode_switch(conn, ModeSwitched(previous, mode, time.time() if at is None else at, actor, reason))
    return previous


def ack_deadlines_by_mode() -> dict[str, float]:
    """The acknowledgement deadline (seconds) of each mode in the routing table (``routing.yaml``)."""
    table = load_routing(Path(__file__).resolve().parent / "routing.yaml")
    return {str(mode): float(rules.ack_deadline_s) for mode, rules in table.modes.items()}
