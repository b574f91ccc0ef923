"""Coordinator actions and queued commands on the ops center's service, and the mode
switch it picks up.

The actions are called by the web API (and tests) in the service's thread; each is one
audited transaction. Typed errors (DispatchError and subclasses) go back to the caller.
The agencies concerned get the assignment (retained) on soc/v1/dispatch/{agency}/
assignment/{incident}, as for a routed dispatch, once the transaction has committed.
Queued commands (migration 0042) are applied through the same actions.

Each function takes the :class:`~ops_center.service.OpsService` as ``self`` and is
bound as one of its methods.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterator
from typing import TYPE_CHECKING

from psycopg.pq import TransactionStatus

from common.errors import is_transient
from common.logging import log_event
from common.text import visible
from ops_center import repo
from ops_center.commands import Assign, Close, Command, Link, Note, Reassign, Reopen, Unlink, parse_command
from ops_center.dispatch import (
    CENTER_ACTOR,
    Agency,
    AssignmentState,
    Dispatcher,
    Mode,
)
from ops_center.errors import (
    DispatchError,
    IncidentTransitionError,
    OpsError,
    UnknownIncidentError,
)
from ops_center.incidents import IncidentState, JoinVia, Member
from ops_center.queries import OPEN_INCIDENT_STATES
from ops_center.relink import LINKED_SIGNAL, REASON_UNLINKED

if TYPE_CHECKING:
    from ops_center.service import OpsService

#: The service's logger: its parts log as the service.
log = logging.getLogger("ops_center.service")


ACTOR = CENTER_ACTOR


def assign(self: OpsService, incident_id: str, agency: Agency, *, actor: str, reason: str) -> None:
    """A coordinator assigns one more agency (or again after a cancellation). A planned event
    nobody works yet becomes a job with it (``OpsService._made_job``), routed as one while open."""
    wall = self.clock()
    touched = False
    try:
        with self._committing():
            ev = self.dispatcher.assign(incident_id, agency, wall, actor=actor, reason=reason)
            w = repo.Writes()
            self._store_dispatch([ev], "api", into=w)
            touched = True  # from here the correlator may hold the change (a planned event made a job)
            if not self._made_job(incident_id, agency, wall, w, actor=actor):
                self._publish_incident(incident_id, wall, w)
            w.flush(self.conn)
    except BaseException:
        self._stale |= touched  # rolled back: the correlator is rebuilt from what committed
        raise
    self._flush_if_committed()


def reassign(self: OpsService, incident_id: str, src: Agency, dst: Agency, *, actor: str, reason: str) -> None:
    """A coordinator hands an assignment from ``src`` to ``dst``; a reassignment needs a reason
    (:class:`DispatchError` without one: both agencies are told why, and the timeline keeps it)."""
    if not visible(reason):
        raise DispatchError("a reassignment needs a reason")
    wall = self.clock()
    with self._committing():
        old = self.dispatcher.assignments(incident_id)
        if any(a.agency is dst and a.state is not AssignmentState.CANCELLED for a in old):
            # Checked first: Dispatcher.reassign cancels src before it finds dst taken.
            raise DispatchError(f"{dst} is already assigned to {incident_id}")
        events = self.dispatcher.reassign(incident_id, src, dst, wall, actor=actor, reason=reason)
        w = repo.Writes()
        self._store_dispatch(events, "api", into=w)
        self._publish_incident(incident_id, wall, w, cancelled=(src,))
        w.flush(self.conn)
    self._flush_if_committed()


def publish_incident(
    self: OpsService, incident_id: str, wall: float, w: repo.Writes, *, cancelled: Collection[Agency] = (),
    closed: str | None = None, reopened: str | None = None,
) -> None:
    """Tell the incident's agencies (every one not cancelled before, ``cancelled`` ones of
    just now included) its CAP message and their assignments; ``closed``: it was closed
    for this reason (its CAP message is the Cancel); ``reopened``: it was reopened for this
    reason (an Update saying so). Of a withdrawn incident, the assignments its withdrawal kept
    are told why again; any other is a dispatch like any other. One the correlator does not
    hold (a closed or reopened one, one quiet for a retention) is told from its stored rows."""
    try:
        snap = self.correlator.snapshot(incident_id)
    except UnknownIncidentError:
        stored = repo.stored_incident(self.conn, incident_id)
        if stored is None:
            log_event(log, "publish_not_in_memory", incident_id=incident_id)
            return
        snap = stored
    agencies = [
        a.agency.value
        for a in self.dispatcher.assignments(incident_id)
        if a.state is not AssignmentState.CANCELLED or a.agency in cancelled
    ]
    if agencies:
        # A withdrawn incident's: what its withdrawal kept still says why (send_cap).
        why = repo.withdrawal(self.conn, incident_id) if snap.withdrawn and closed is None else None
        self._send_cap(snap, agencies, wall, w, cancelled=cancelled, closed=closed, withdrawal=why,
                       cancelled_by_withdrawal=False, reopened=reopened)


def flush_if_committed(self: OpsService) -> None:
    # Inside apply_commands the outer transaction is still open: it flushes after COMMIT.
    if self.conn.info.transaction_status is TransactionStatus.IDLE:
        self._flush()


def note(self: OpsService, incident_id: str, text: str, *, actor: str) -> None:
    """A coordinator's note on an incident (history and audit)."""
    wall = self.clock()
    with self.conn.transaction():
        self._store_dispatch([self.dispatcher.note(incident_id, text, wall, actor=actor)], "api")


def set_mode(self: OpsService, mode: Mode, *, actor: str, reason: str) -> None:
    """Switch 平時/戰時 now (audited); deadlines of open assignments follow."""
    wall = self.clock()
    with self.conn.transaction():
        ev = self.dispatcher.set_mode(mode, wall, actor=actor, reason=reason)
        self._mode_id = repo.record_mode_switch(self.conn, ev)
        self._store_dispatch([ev], "service")
    self.republish_open()  # the agencies' retained messages carry the new deadlines and mode


def close_incident(self: OpsService, incident_id: str, *, actor: str, reason: str) -> bool:
    """A coordinator closes an incident: no more evidence, assignments wound up."""
    wall = self.clock()
    touched = False
    try:
        with self._committing():
            if not repo.close_incident(self.conn, incident_id, actor, reason, wall):
                return False
            touched = True  # from here the correlator holds it closed
            _close_rest(self, incident_id, wall, actor=actor, reason=reason)
    except BaseException:
        self._stale |= touched  # rolled back: the correlator is rebuilt from what committed
        raise
    self._flush_if_committed()
    return True


def reopen_incident(self: OpsService, incident_id: str, *, actor: str, reason: str) -> bool:
    """A coordinator reopens a closed incident: it is quiet again, a live job for dispatch
    (its assignments stay as the closure left them; the coordinator dispatches anew), and
    every agency that worked it gets the CAP Update saying it is reopened and why. The
    correlator forgot it at its closure and does not take it back: evidence joins it only
    by the coordinator's hand. False if it was not closed."""
    if not visible(reason):
        raise DispatchError("a reopening needs a reason")
    wall = self.clock()
    with self._committing():
        if not repo.reopen_incident(self.conn, incident_id, wall):
            return False
        w = repo.Writes()
        # Every agency that worked it: each CAP system holds the Cancel the closure sent.
        worked = [a.agency for a in self.dispatcher.assignments(incident_id)]
        self._publish_incident(incident_id, wall, w, cancelled=worked, reopened=reason)
        w.history(incident_id, wall, actor=actor, action="reopened", reason=reason)
        w.audit(wall, actor=actor, action="incident.reopen", subject_type="incident", subject_id=incident_id,
                reason=reason)
        w.flush(self.conn)
    log_event(log, "incident_reopened", incident_id=incident_id)
    self._flush_if_committed()
    return True


def relink_item(self: OpsService, incident_id: str, item_key: str, *, unlink: bool, actor: str, reason: str) -> str:
    """A coordinator links the item ``item_key`` to ``incident_id`` (from the incident it is in,
    from the waiting or left-out items, or a report the correlator has forgotten that the replay
    log still holds), or unlinks it from ``incident_id`` (left out). The correlator applies the
    decision (``Correlator.relink``) and the replay log keeps it, so the item is never placed
    again by its rules; both incidents' rows are drawn again from their members, their
    timelines and the audit log say who moved what and why, and the agencies working either
    get its CAP Update. Evidence of a closed or merged incident is not moved out of it.
    Returns the command's result; :class:`DispatchError` when the move is none to make."""
    if not visible(reason):
        raise DispatchError(f"{'an unlink' if unlink else 'a link'} needs a reason")
    wall = self.clock()
    home = repo.member_of(self.conn, item_key)
    if unlink:
        if home != incident_id:
            raise DispatchError(f"{item_key} is no evidence of {incident_id}")
        if repo.member_count(self.conn, incident_id) <= 1:
            raise DispatchError(f"{item_key} is the only evidence of {incident_id}: close the incident instead")
    else:
        if home == incident_id:
            raise DispatchError(f"{item_key} is already evidence of {incident_id}")
        # A closed or merged incident's evidence is the record of what was worked: it stays.
        home_state = repo.incident_state(self.conn, home) if home is not None else None
        if home_state is not None and home_state not in OPEN_INCIDENT_STATES:
            raise DispatchError(f"{item_key} is evidence of {home}, which is {home_state}: its evidence is not moved"
                                + ("; reopen it first" if home_state == IncidentState.CLOSED else ""))
        if home is not None and repo.member_count(self.conn, home) <= 1:
            raise DispatchError(f"{item_key} is the only evidence of {home}: close that incident instead")
    if repo.held_by(self.conn, item_key) is not None or self.correlator.explained_by(item_key) is not None:
        raise DispatchError(f"{item_key} is held aside by a planned event: dispatch to the event instead")
    stored = repo.stored_member(self.conn, item_key) if home is not None else None
    item = repo.logged_item(self.conn, item_key) or (stored.item if stored else None)
    if item is None:
        raise DispatchError(f"unknown item {item_key}")
    target = None if unlink else incident_id
    touched = False
    try:
        with self._committing():
            touched = True  # from here the correlator holds the move
            moved = self.correlator.relink(item, target, self._now)
            repo.log_relink(self.conn, item, target, self._now)
            if moved.left is not None and moved.left in self._persisted:
                self._persisted[moved.left] -= 1
            member = moved.member or stored or Member(item, LINKED_SIGNAL, JoinVia.LINKED, False, None, 0.0, 0.0,
                                                      self._now)
            repo.move_member(self.conn, item_key, target, wall, member=member, reason=REASON_UNLINKED)
            if moved.member is not None and target in self._persisted:
                self._persisted[target] += 1
            w = repo.Writes()
            detail: dict[str, object] = {"item_key": item_key}
            for inc_id, action, more in ((home, "evidence_unlinked" if unlink else "evidence_moved_out",
                                          {} if unlink else {"to": incident_id}),
                                         (target, "evidence_linked", {"from": home} if home else {})):
                if inc_id is None:
                    continue
                repo.redraw_incident(self.conn, inc_id, wall, _first_evidence(self, inc_id))
                w.history(inc_id, wall, actor=actor, action=action, reason=reason, detail=detail | more)
                self._publish_incident(inc_id, wall, w)
            w.audit(wall, actor=actor, action="incident.unlink" if unlink else "incident.link",
                    subject_type="incident", subject_id=incident_id, reason=reason,
                    detail=detail | ({"from": home} if home and not unlink else {}))
            w.flush(self.conn)
    except BaseException:
        self._stale |= touched  # rolled back: the correlator is rebuilt from what committed
        raise
    log_event(log, "evidence_unlinked" if unlink else "evidence_linked", incident_id=incident_id,
              item_key=item_key, moved_from=home)
    self._flush_if_committed()
    return f"{item_key} unlinked" if unlink else f"{item_key} linked"


def _first_evidence(self: OpsService, incident_id: str) -> float | None:
    """The correlator's first evidence of an incident it holds (None for one it does not)."""
    try:
        return self.correlator.snapshot(incident_id).first_evidence_t
    except UnknownIncidentError:
        return None


def _close_rest(self: OpsService, incident_id: str, wall: float, *, actor: str, reason: str) -> None:
    """The close's effects once its row is closed: in memory, in the replay log, its
    assignments wound up, its timeline and audit rows."""
    self._close_in_memory(incident_id, self._now)
    repo.log_close(self.conn, incident_id, self._now)
    events = self.dispatcher.close(incident_id, wall, actor=actor, reason=reason)
    w = repo.Writes()
    self._store_dispatch(list(events), "api", into=w)
    # Every agency that worked it learns the end, also when all had already cleared or were
    # called off before (an earlier closure, a reassignment, a withdrawal): its CAP system
    # still holds the job's Alert or Update (a reopening's, for one) until a Cancel
    # references them. The same agencies as a reopening's Update goes to.
    worked = [a.agency for a in self.dispatcher.assignments(incident_id)]
    self._publish_incident(incident_id, wall, w, cancelled=worked, closed=reason)
    w.history(incident_id, wall, actor=actor, action="closed", reason=reason)
    w.audit(
        wall,
        actor=actor,
        action="incident.close",
        subject_type="incident",
        subject_id=incident_id,
        reason=reason,
    )
    w.flush(self.conn)


def apply_commands(self: OpsService, limit: int = 100) -> int:
    """Apply up to ``limit`` pending coordinator commands (migration 0042), oldest first.

    Each command is claimed (``FOR UPDATE SKIP LOCKED``), applied through the audited
    methods above and marked done, or rejected with the typed error's message, in ONE
    transaction: a crash before COMMIT leaves it pending (applied after the restart),
    after COMMIT it is done (never applied twice). Publications follow the COMMIT.
    A command whose writes failed after it changed the correlator (a planned event made a
    job, a close) leaves the correlator rebuilt from the stored replay log before the next
    command or poll: the wall never shows what the tables do not hold.
    Returns how many commands were finished.
    """
    n = 0
    while n < limit:
        if self._resync:
            self._reload_dispatch()
        if self._stale:
            self.rebuild_correlator()
        mark = len(self._outbox)
        try:
            with self._committing():
                cmd = repo.claim_command(self.conn)
                if cmd is None:
                    break
                self._apply_claimed(cmd, mark)
        except BaseException:
            # Rolled back: the command is pending again, but the in-memory dispatcher
            # may hold its effect; rebuild it from the tables before the next command.
            del self._outbox[mark:]
            self._resync = True
            raise
        self._flush()
        n += 1
    if self._stale:
        self.rebuild_correlator()
    return n


def apply_claimed(self: OpsService, cmd: repo.CommandRow, mark: int) -> None:
    wall = self.clock()
    try:
        # A savepoint: a refusal undoes the command's own writes, not the claim.
        with self.conn.transaction():
            result = self._apply(cmd.incident_id, parse_command(cmd.kind, cmd.args), cmd.actor, cmd.reason)
    except Exception as exc:
        if not isinstance(exc, OpsError):
            # Not a refusal: transient failures roll back and are retried; anything
            # else (a constraint, a bug) would fail again forever, so the command is
            # rejected with it and the dispatcher is rebuilt from the tables.
            if is_transient(exc):
                raise
            self._resync = True
            log_event(log, "command_failed", level=logging.WARNING, command_id=cmd.id, error=type(exc).__name__)
        del self._outbox[mark:]
        repo.finish_command(self.conn, cmd.id, at=wall, error=exc)
        w = repo.Writes()
        w.audit(
            wall,
            actor=cmd.actor,
            action="command.rejected",
            subject_type="incident",
            subject_id=cmd.incident_id,
            reason=str(exc)[:500],
            detail={"command_id": cmd.id, "kind": cmd.kind, "error": type(exc).__name__},
        )
        w.flush(self.conn)
        log_event(log, "command_rejected", command_id=cmd.id, kind=cmd.kind, error=type(exc).__name__)
        return
    repo.finish_command(self.conn, cmd.id, at=wall, result=result)


def apply(self: OpsService, incident_id: str, cmd: Command, actor: str, reason: str) -> str:
    state = repo.incident_state(self.conn, incident_id)
    if state is None:
        raise UnknownIncidentError(incident_id)
    if isinstance(cmd, Note):
        self.note(incident_id, cmd.text, actor=actor)
        return "note added"
    if isinstance(cmd, Reopen):
        if state != IncidentState.CLOSED or not self.reopen_incident(incident_id, actor=actor, reason=reason):
            raise IncidentTransitionError(incident_id, state, IncidentState.QUIET)
        return IncidentState.QUIET.value
    if state not in OPEN_INCIDENT_STATES:
        if isinstance(cmd, Close):
            raise IncidentTransitionError(incident_id, state, IncidentState.CLOSED)
        if isinstance(cmd, (Link, Unlink)):
            raise DispatchError(f"incident {incident_id} is {state}: its evidence is not moved")
        raise DispatchError(f"incident {incident_id} is {state}: no new assignments")
    if isinstance(cmd, (Link, Unlink)):
        return self.relink_item(incident_id, cmd.item_key, unlink=isinstance(cmd, Unlink), actor=actor,
                                reason=reason)
    if isinstance(cmd, Close):
        if not self.close_incident(incident_id, actor=actor, reason=reason or "closed by coordinator"):
            raise IncidentTransitionError(incident_id, state, IncidentState.CLOSED)
        return IncidentState.CLOSED.value
    if isinstance(cmd, Assign):
        self.assign(incident_id, cmd.agency, actor=actor, reason=reason)
        return f"{cmd.agency.value} assigned"
    assert isinstance(cmd, Reassign)
    self.reassign(incident_id, cmd.src, cmd.dst, actor=actor, reason=reason)
    return f"reassigned {cmd.src.value} -> {cmd.dst.value}"


def reload_dispatch(self: OpsService) -> None:
    assignments, policies = repo.load_assignments(self.conn)
    self.dispatcher = Dispatcher(self.routing, self.dispatcher.mode)
    self.dispatcher.restore(assignments, policies, repo.withdrawn_ids(self.conn))
    # the failed command may have rendered a CAP message that was never stored: the next
    # one of each incident follows what the log holds (send_cap asks it), not that one
    self._cap_last.clear()
    self._resync = False
    log_event(log, "dispatch_reloaded", assignments=len(assignments))


def check_mode(self: OpsService, wall: float) -> Iterator[int]:
    """Apply a switch recorded by another process (the web, ``soc ops mode``) within a second,
    in units (the agencies told, as :meth:`OpsService.republishing` does)."""
    if wall - self._mode_checked_at < 1.0:
        return
    self._mode_checked_at = wall
    known = set(self.correlator.incident_ids())
    for memo in (self._persisted, self._cap_severity, self._cap_last, self._numbers):
        for inc_id in [i for i in memo if i not in known]:
            del memo[inc_id]
    latest = repo.latest_mode(self.conn)
    if latest is None or latest[0] <= self._mode_id:
        return
    self._mode_id, mode = latest
    if mode is not self.dispatcher.mode:
        ev = self.dispatcher.set_mode(mode, wall, actor=ACTOR, reason=f"switch #{latest[0]}")
        with self.conn.transaction():
            self._store_dispatch([ev], "service")
        log_event(log, "mode_applied", mode=mode.value)
        # Each agency holds its deadlines and the mode in its retained assignment messages:
        # it is told the new ones, as after a restart.
        yield from self.republishing()
