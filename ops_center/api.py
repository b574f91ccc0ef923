"""The ops center's application interface: what the web, the CLI and other packages may use.

Commands (each in the caller's transaction; the caller commits):

* :func:`submit_command` queues a coordinator's dispatch, reassignment, note or
  closure for the running ``soc ops run`` (:func:`get_command` reads its outcome);
* :func:`request_mode_switch` records a 平時/戰時 switch (audited; the running
  service applies the new deadlines).

Maintenance (its own transaction; the maintenance service, ``soc db maintain``, calls it):

* :func:`prune_feed_log` deletes, in bounded units, the replay-log entries no replay can
  need any more (:mod:`ops_center.log_window`); :class:`FeedLogPrune` is the maintenance's
  job around it, which also logs the incident that holds the prune back (:func:`log_hold`,
  also read by ``/api/health``).

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

import logging
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from common.logging import log_event
from common.pacing import BatchSize
from common.text import visible
from ops_center import repo
from ops_center.commands import CommandKind, CommandState
from ops_center.dispatch import (
    REASSIGNABLE,
    REPORT_MOVES,
    Agency,
    AssignmentState,
    Mode,
    ModeRules,
    ModeSwitched,
    load_routing,
    overdue,
    reachable,
)
from ops_center.errors import DispatchError, IncidentTransitionError, OpsError, UnknownIncidentError
from ops_center.incidents import IncidentState
from ops_center.log_window import held_since, replay_since
from ops_center.messages import Channel, DispatchTopic, StatusPayload, StorableText
from ops_center.queries import (
    CENTER_ACTORS,
    OPEN_ASSIGNMENT_STATES,
    OPEN_INCIDENT_STATES,
    AgencyWork,
    AssignmentRow,
    AssignmentStatus,
    AssignmentTimesRow,
    AssignmentTransitionRow,
    HeldRow,
    HistoryRow,
    Incident,
    IncidentRow,
    IncidentTimesRow,
    MemberRow,
    ModeNow,
    OpenWork,
    assignment_times,
    assignment_transitions,
    current_mode,
    held,
    history,
    hull,
    incident_times,
    list_assignments,
    list_incidents,
    members,
    mode_now,
    open_work,
)
from ops_center.repo import CommandRow, Conn, get_command, incident_state

__all__ = [
    "CENTER_ACTORS",
    "OPEN_ASSIGNMENT_STATES",
    "OPEN_INCIDENT_STATES",
    "REASSIGNABLE",
    "REPORT_MOVES",
    "Agency",
    "AgencyWork",
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
    "FeedLogPrune",
    "HeldRow",
    "HistoryRow",
    "Incident",
    "IncidentRow",
    "IncidentState",
    "IncidentTimesRow",
    "IncidentTransitionError",
    "LogHold",
    "MemberRow",
    "Mode",
    "ModeNow",
    "ModeRules",
    "OpenWork",
    "OpsError",
    "StatusPayload",
    "StorableText",
    "UnknownIncidentError",
    "ack_deadlines_by_mode",
    "assignment_times",
    "assignment_transitions",
    "current_mode",
    "get_command",
    "held",
    "history",
    "hull",
    "incident_state",
    "incident_times",
    "list_assignments",
    "list_incidents",
    "log_hold",
    "members",
    "mode_now",
    "open_work",
    "overdue",
    "prune_feed_log",
    "reachable",
    "request_mode_switch",
    "submit_command",
    "submit_command_once",
]


log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class LogHold:
    """An incident that holds the replay log's prune back past the replay window.

    The prune keeps every entry since the incident's first evidence (``since``, correlator
    time) while the correlator may still hold it: as long as it stays open, and one retention
    after it went quiet; a coordinator's closure releases it at once. ``age_s`` is how far that lies behind the
    oldest stored correlator clock (``clock``), against the window's ``window_s``.
    """

    incident_id: str
    state: IncidentState
    since: datetime
    clock: datetime
    age_s: float
    window_s: float


def log_hold(conn: Conn, *, retention_s: float) -> LogHold | None:
    """The incident holding the replay log's prune back (see :class:`LogHold`), or None when
    the prune reaches the replay window's start (or no consumer has a clock yet)."""
    oldest = repo.oldest_clock(conn)
    if oldest is None:
        return None
    clock = oldest.timestamp()
    first = repo.first_held(conn, held_since(clock, retention_s))
    window = replay_since(clock, retention_s)
    if first is None or first[2].timestamp() >= window:
        return None
    incident_id, state, since = first
    return LogHold(incident_id, IncidentState(state), since.astimezone(UTC), oldest.astimezone(UTC),
                   clock - since.timestamp(), clock - window)


class FeedLogPrune:
    """The replay log's prune as a maintenance job (``soc db maintain``): units of
    :func:`prune_feed_log`; after the last unit of each pass it logs
    ``ops_log_prune_held_back`` (incident, state, since, age) when an incident holds the prune
    back and that incident or its state changed, and ``ops_log_prune_released`` once none does
    any more, so an incident wrongly left open is seen once, not every pass."""

    def __init__(self, *, chunk: int, retention_s: float, unit_s: float = 0.5) -> None:
        # At most ``chunk`` entries a unit, fewer while a unit takes longer than ``unit_s``
        # (SOC_HEALTH__UNIT_S): a loaded server's delete must not outlast a beat.
        self.size = BatchSize(unit_s, chunk)
        self.retention_s = retention_s
        self._held: tuple[str, IncidentState] | None = None

    @property
    def chunk(self) -> int:
        """The next unit's most entries."""
        return self.size.size

    def __call__(self, conn: Conn) -> int:
        """One unit (see :func:`prune_feed_log`); returns how many entries it deleted."""
        began = time.monotonic()
        removed = prune_feed_log(conn, chunk=self.size.size, retention_s=self.retention_s)
        self.size.took(time.monotonic() - began, removed)
        if not removed:
            with conn.transaction():
                hold = log_hold(conn, retention_s=self.retention_s)
            now = (hold.incident_id, hold.state) if hold is not None else None
            if hold is not None and now != self._held:
                log_event(log, "ops_log_prune_held_back", level=logging.WARNING, incident_id=hold.incident_id,
                          state=hold.state.value, since=hold.since.isoformat(), age_s=round(hold.age_s),
                          window_s=round(hold.window_s))
            elif hold is None and self._held is not None:
                log_event(log, "ops_log_prune_released", incident_id=self._held[0])
            self._held = now
        return removed


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


def submit_command_once(conn: Conn, incident_id: str, kind: CommandKind, args: dict[str, str], *,
                        actor: str, reason: str, key: str) -> tuple[int, bool]:
    """Queue a command under the key its sender made for it, once: returns its id and whether
    it is new (False: ``actor`` sent a command under ``key`` before, and that one's id is returned;
    the caller compares it with what was asked)."""
    return repo.insert_command_once(conn, incident_id, kind.value, args, actor=actor, reason=reason, key=key)


def request_mode_switch(conn: Conn, mode: Mode, *, default: Mode, actor: str, reason: str,
                        at: float | None = None) -> Mode:
    """Record a switch to ``mode`` (audited) and return the mode switched from.

    ``default`` is the configured mode, in force while no switch was ever
    recorded. A switch needs a reason (:class:`DispatchError` without one). A switch to
    the mode in force records nothing (it returns that mode): since when, by whom and why
    the mode is in force stay those of the switch that made it so. Call it inside a
    transaction: concurrent switches wait for it to end.
    """
    if not visible(reason):
        raise DispatchError("a mode switch needs a reason")
    repo.lock_mode_switches(conn)
    latest = repo.latest_mode(conn)
    previous = latest[1] if latest is not None else default
    if previous is mode:
        return previous  # already in force: a second click, or two coordinators at once
    repo.record_mode_switch(conn, ModeSwitched(previous, mode, time.time() if at is None else at, actor, reason))
    return previous


def mode_rules(path: Path) -> dict[str, ModeRules]:
    """Each mode's deadlines and escalation, from the routing table at ``path`` (the ops
    service's ``settings.ops.routing_file``): what a switch to it does, in the pages' words."""
    return {str(mode): rules for mode, rules in load_routing(path).modes.items()}


def ack_deadlines_by_mode(path: Path | None = None) -> dict[str, float]:
    """The acknowledgement deadline (seconds) of each mode in the routing table at ``path``
    (the ops service's ``settings.ops.routing_file``; the shipped ``routing.yaml`` if None)."""
    table = load_routing(path or Path(__file__).resolve().parent / "routing.yaml")
    return {str(mode): float(rules.ack_deadline_s) for mode, rules in table.modes.items()}
