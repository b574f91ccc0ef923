"""Dispatch: which agencies work an incident, and how far each has got.

Pure (no clock, no I/O): every call takes ``now`` and returns the events it
caused; the service persists them and writes one audit row per event (who,
when, what, why). One incident has one assignment per agency, each with its
own lifecycle, deadline and escalation (one table, :data:`ASSIGNMENT_TRANSITIONS`)::

    assigned ──ack──> acknowledged ──> en_route ──> on_scene ──> cleared
       │                  │   └──────────────────────^  (straight to the scene)
       │                  └──> cleared (stood down after acknowledging)
       └──────────────────┴──────> cancelled (reassigned, incident closed or
                                              withdrawn; also from en_route)

Deadlines: an ``assigned`` assignment must be acknowledged within the mode's
``ack_deadline_s``; an acknowledged or en-route one must reach the scene within
``on_scene_deadline_s`` of its acknowledgement. Past a deadline the assignment
escalates to the mode's ``escalate_to`` and again every ``escalation_repeat_s``
until it moves on. A withdrawn incident's clock is stopped (:meth:`Dispatcher.withdraw`):
the assignments it keeps have no deadline, so nothing of them escalates or is overdue, until a
report joins it again (:meth:`Dispatcher.resume`). A coordinator's dispatch to it afterwards is a
dispatch like any other, with its deadlines: the stop is the withdrawal's, on what it kept.
The city plan distinguishes peacetime and emergency staffing (平時 / 戰時, DOMAIN.md §1);
:meth:`Dispatcher.set_mode` switches the rules and recomputes every open deadline, and the
switch is an audited event.

The incident's :class:`AckPolicy` says whether all or any of its agencies must
acknowledge before the incident counts as acknowledged.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from common import vocabulary, yamldoc
from common.text import visible
from ops_center.errors import (
    AssignmentTransitionError,
    DispatchError,
    RoutingError,
    UnknownAssignmentError,
)
from ops_center.incidents import CapSeverity, IncidentType

#: Defined once in :mod:`common.vocabulary`; re-exported for this package's users.
Agency = vocabulary.Agency

#: Taichung City Government bureaus behind each agency.
AGENCY_NAMES_ZH: Mapping[Agency, str] = {a: a.zh for a in Agency}


class AssignmentState(StrEnum):
    """One agency's progress on one incident (see the module docstring)."""

    ASSIGNED = "assigned"
    ACKNOWLEDGED = "acknowledged"
    EN_ROUTE = "en_route"
    ON_SCENE = "on_scene"
    CLEARED = "cleared"
    CANCELLED = "cancelled"


_S = AssignmentState
ASSIGNMENT_TRANSITIONS: Mapping[AssignmentState, frozenset[AssignmentState]] = {
    _S.ASSIGNED: frozenset({_S.ACKNOWLEDGED, _S.CANCELLED}),
    _S.ACKNOWLEDGED: frozenset({_S.EN_ROUTE, _S.ON_SCENE, _S.CLEARED, _S.CANCELLED}),
    _S.EN_ROUTE: frozenset({_S.ON_SCENE, _S.CANCELLED}),
    _S.ON_SCENE: frozenset({_S.CLEARED}),
    _S.CLEARED: frozenset(),
    _S.CANCELLED: frozenset(),
}
TERMINAL = frozenset({_S.CLEARED, _S.CANCELLED})
#: How far a live assignment has come: of two of one agency for one job, the further is its work.
_PROGRESS: Mapping[AssignmentState, int] = {_S.ASSIGNED: 0, _S.ACKNOWLEDGED: 1, _S.EN_ROUTE: 2, _S.ON_SCENE: 3}
#: The moves an agency may report from each state: every move but cancelling, which is
#: the coordinator's (the console offers these as the agency's buttons).
REPORT_MOVES: Mapping[AssignmentState, frozenset[AssignmentState]] = {
    src: dst - {_S.CANCELLED} for src, dst in ASSIGNMENT_TRANSITIONS.items() if dst - {_S.CANCELLED}
}

#: The states a coordinator may hand on to another agency (reassigning cancels the
#: assignment): an agency on scene cannot be cancelled, its work ends cleared.
REASSIGNABLE: frozenset[AssignmentState] = frozenset(
    src for src, dst in ASSIGNMENT_TRANSITIONS.items() if _S.CANCELLED in dst
)


def reachable(src: AssignmentState) -> frozenset[AssignmentState]:
    """Every state an assignment in ``src`` can still reach by any chain of moves.

    Assignments only move forward (a cancelled one comes back only as a new assignment,
    by a coordinator), so a state outside this set can never be reported again.
    """
    seen: set[AssignmentState] = set()
    todo = list(ASSIGNMENT_TRANSITIONS[src])
    while todo:
        s = todo.pop()
        if s not in seen:
            seen.add(s)
            todo.extend(ASSIGNMENT_TRANSITIONS[s])
    return frozenset(seen)


#: The actors the ops center writes its own moves and timeline entries as: the service (its
#: coordination) and the dispatcher (routing, escalation). Any other actor is a person.
CENTER_ACTOR = "ops-center"
DISPATCHER_ACTOR = "dispatcher"
#: States with a running deadline: acknowledgement (assigned), arrival (acknowledged, en route).
DEADLINE_STATES = frozenset({_S.ASSIGNED, _S.ACKNOWLEDGED, _S.EN_ROUTE})

_When = TypeVar("_When", float, datetime)


def overdue(state: str, deadline: _When | None, now: _When) -> bool:
    """Whether an assignment in ``state`` has missed its running ``deadline`` at ``now``.

    The one rule behind the API's and the wall's flag: overdue from the instant
    :meth:`Dispatcher.tick` escalates (``deadline <= now``), in a state that has
    a deadline (:data:`DEADLINE_STATES`).
    """
    return deadline is not None and deadline <= now and state in DEADLINE_STATES


class AckPolicy(StrEnum):
    """Whether all or any assigned agencies must acknowledge."""

    ALL = "all"
    ANY = "any"


class Mode(StrEnum):
    """Operating mode of the center: 平時 (peacetime) or 戰時 (emergency)."""

    PEACETIME = "peacetime"
    EMERGENCY = "emergency"


@dataclass(frozen=True, slots=True)
class ModeRules:
    """Deadlines and escalation of one mode."""

    ack_deadline_s: float
    on_scene_deadline_s: float
    escalation_repeat_s: float
    escalate_to: str
    escalate_to_en: str = ""  # the same in English, for the pages' English text


@dataclass(frozen=True, slots=True)
class Route:
    """Agencies to assign for one incident type, at or above ``min_severity``.

    Only a known severity below ``min_severity`` holds the dispatch back (:meth:`holds_back`):
    ``Unknown`` is CAP's "severity unknown", not a low one, and is what a person's report
    carries (a caller saying the water is knee-deep gives no CAP severity).
    """

    type: IncidentType
    agencies: tuple[Agency, ...]
    ack_policy: AckPolicy
    min_severity: CapSeverity = CapSeverity.UNKNOWN

    def holds_back(self, severity: CapSeverity) -> bool:
        """Whether an incident of ``severity`` is below this route's minimum (not dispatched)."""
        return severity is not CapSeverity.UNKNOWN and severity.rank < self.min_severity.rank


@dataclass(frozen=True, slots=True)
class RoutingTable:
    """The routing table and the rules of each mode (from ``ops_center/routing.yaml``)."""

    routes: Mapping[IncidentType, Route]
    modes: Mapping[Mode, ModeRules]

    def route(self, incident_type: IncidentType) -> Route:
        """The route of ``incident_type``; every type must have one."""
        try:
            return self.routes[incident_type]
        except KeyError:
            raise RoutingError(f"no route for incident type {incident_type}") from None


class _ModeModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    ack_deadline_s: float
    on_scene_deadline_s: float
    escalation_repeat_s: float
    escalate_to: str
    escalate_to_en: str = ""  # the same in English, for the pages' English text


class _RouteModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    agencies: list[Agency]
    ack_policy: AckPolicy
    min_severity: CapSeverity = CapSeverity.UNKNOWN


class _RoutingModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    version: int
    modes: dict[Mode, _ModeModel]
    routes: dict[IncidentType, _RouteModel]


def parse_routing(text: str, *, path: str | None = None) -> RoutingTable:
    """Parse and validate routing YAML; raises :class:`RoutingError` naming the problem."""
    try:
        model = _RoutingModel.model_validate(yamldoc.safe_load(text))
    except (yaml.YAMLError, ValidationError) as exc:
        raise RoutingError(f"invalid routing table: {exc}", path=path) from exc
    missing = [m.value for m in Mode if m not in model.modes] + [t.value for t in IncidentType if t not in model.routes]
    if missing:
        raise RoutingError(f"routing table lacks {', '.join(missing)}", path=path)
    for t, r in model.routes.items():
        if not r.agencies or len(set(r.agencies)) != len(r.agencies):
            raise RoutingError(f"route {t}: agencies must be non-empty and distinct", path=path)
    return RoutingTable(
        routes={t: Route(t, tuple(r.agencies), r.ack_policy, r.min_severity) for t, r in model.routes.items()},
        modes={m: ModeRules(**r.model_dump()) for m, r in model.modes.items()},
    )


def load_routing(path: Path) -> RoutingTable:
    """Read :func:`parse_routing` from a file (called by the service at start-up)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RoutingError(f"cannot read routing table: {exc}", path=str(path)) from exc
    return parse_routing(text, path=str(path))


@dataclass(frozen=True, slots=True)
class Assignment:
    """One agency's assignment on one incident."""

    incident_id: str
    agency: Agency
    state: AssignmentState
    assigned_at: float
    state_since: float
    acknowledged_at: float | None = None
    deadline: float | None = None
    escalations: int = 0


@dataclass(frozen=True, slots=True)
class AssignmentChanged:
    """An assignment was created (``src`` None) or moved ``src`` → ``assignment.state``."""

    assignment: Assignment
    src: AssignmentState | None
    at: float
    actor: str
    reason: str


@dataclass(frozen=True, slots=True)
class Escalated:
    """An assignment is overdue: ``level`` times, escalated to ``to``."""

    incident_id: str
    agency: Agency
    state: AssignmentState
    level: int
    to: str
    at: float


@dataclass(frozen=True, slots=True)
class ModeSwitched:
    """The center switched from ``src`` to ``dst`` (audited).

    ``recomputed``: every open assignment with its deadline under the new mode's
    rules, so the switch can be stored with the deadlines the wall counts down to
    (a consequence of the switch, not part of what it is: left out of ``==``).
    """

    src: Mode
    dst: Mode
    at: float
    actor: str
    reason: str
    recomputed: tuple[Assignment, ...] = field(default=(), compare=False)


@dataclass(frozen=True, slots=True)
class Noted:
    """A coordinator added a note to an incident."""

    incident_id: str
    text: str
    at: float
    actor: str


DispatchEvent = AssignmentChanged | Escalated | ModeSwitched | Noted

#: No agencies taken over from absorbed incidents (the default of :meth:`Dispatcher.dispatch`).
NONE_TAKEN: Mapping[Agency, str] = {}


class Dispatcher:
    """Assignments of every incident, their deadlines and escalations (pure)."""

    def __init__(self, routing: RoutingTable, mode: Mode = Mode.PEACETIME) -> None:
        self._routing = routing
        self._mode = mode
        self._assignments: dict[tuple[str, Agency], Assignment] = {}
        self._by_incident: dict[str, dict[Agency, Assignment]] = {}
        self._policies: dict[str, AckPolicy] = {}
        #: Withdrawn incidents, and the agencies whose assignments each withdrawal kept: their
        #: clocks are stopped (no deadline, no escalation). An agency assigned after it is not.
        self._stopped: dict[str, set[Agency]] = {}
        self._heap: list[tuple[float, int, str, Agency]] = []
        self._counter = itertools.count()

    @property
    def mode(self) -> Mode:
        """The current mode."""
        return self._mode

    @property
    def rules(self) -> ModeRules:
        """The deadlines and escalation of the current mode."""
        return self._routing.modes[self._mode]

    def assignments(self, incident_id: str | None = None) -> list[Assignment]:
        """All assignments (of one incident if given), in creation order."""
        if incident_id is None:
            return list(self._assignments.values())
        return list(self._by_incident.get(incident_id, {}).values())

    def get(self, incident_id: str, agency: Agency) -> Assignment:
        """One assignment; raises :class:`UnknownAssignmentError`."""
        try:
            return self._assignments[(incident_id, agency)]
        except KeyError:
            raise UnknownAssignmentError(incident_id, agency.value) from None

    def reasons(
        self,
        incident_type: IncidentType,
        severity: CapSeverity,
        *,
        also: Iterable[Agency] = (),
        also_routes: Iterable[IncidentType] = (),
    ) -> dict[Agency, str]:
        """The agencies an incident of ``incident_type`` and ``severity`` is routed to, each with
        the reason of its assignment: the route's, then ``also`` (the crews a job's evidence says
        it needs beyond its route) and those of the routes ``also_routes`` (another kind of
        emergency its evidence holds: a fire at a crash). Empty when the route holds its severity
        back (:meth:`Route.holds_back`)."""
        route = self._routing.route(incident_type)
        if route.holds_back(severity):
            return {}
        reasons = dict.fromkeys([*route.agencies, *also], f"route {route.type}")
        for other in also_routes:
            for agency in self._routing.route(other).agencies:
                reasons.setdefault(agency, f"route {other} (its evidence holds a {other})")
        return reasons

    def dispatch(
        self,
        incident_id: str,
        incident_type: IncidentType,
        severity: CapSeverity,
        now: float,
        *,
        merged_from: Iterable[str] = (),
        also: Iterable[Agency] = (),
        also_routes: Iterable[IncidentType] = (),
        taken: Mapping[Agency, str] = NONE_TAKEN,
    ) -> list[DispatchEvent]:
        """Assign the agencies of :meth:`reasons` to an incident, and those of ``taken`` (with
        their reasons: the agencies of the incidents it absorbed before they were dispatched,
        which work the job here, where it is seen), even when its own route holds it back.

        Idempotent: agencies already assigned are skipped, and so are agencies with a
        live assignment on an incident it absorbed (``merged_from``): they keep working
        on it there rather than getting a second assignment.
        """
        route = self._routing.route(incident_type)
        reasons = self.reasons(incident_type, severity, also=also, also_routes=also_routes)
        if reasons:
            self._policies.setdefault(incident_id, route.ack_policy)
        for agency, reason in taken.items():
            reasons.setdefault(agency, reason)
        covered = {a.agency for old in merged_from for a in self.assignments(old) if a.state is not _S.CANCELLED}
        return [
            self.assign(incident_id, agency, now, actor=DISPATCHER_ACTOR, reason=reason)
            for agency, reason in reasons.items()
            if (incident_id, agency) not in self._assignments and agency not in covered
        ]

    def take_over(self, incident_id: str, merged_from: Iterable[str], now: float) -> list[DispatchEvent]:
        """Carry the live assignments of the incidents ``incident_id`` absorbed (``merged_from``)
        over to it: a merged incident is in no console list and on no wall, so an agency working
        it there would be seen by nobody, its deadline escalating unseen. Each is ended on the
        absorbed incident (reason ``carried over to …, which took …``) and created on this one in
        the state it had reached, with its times (assigned, acknowledged, in its state since),
        deadline and escalations (reason ``carried over from …, which it took``); one the
        survivor holds live already, as far on or further, or has cleared, is only ended there
        (one further on replaces the survivor's: a crew that acknowledged or is on scene is not
        waited for again on the job that took its incident). An assignment not yet on scene is
        cancelled there; one on scene is cleared there (on scene cannot be cancelled, it ends
        cleared, :data:`ASSIGNMENT_TRANSITIONS`) and goes on on scene here, where the agency's
        next report, the job's close and the lists of its work find it."""
        events: list[DispatchEvent] = []
        for old_id in merged_from:
            if old_id == incident_id:
                continue
            for a in self.assignments(old_id):
                if a.state in TERMINAL:
                    continue
                end = _S.CLEARED if a.state is _S.ON_SCENE else _S.CANCELLED
                events.append(self.transition(old_id, a.agency, end, now, actor=DISPATCHER_ACTOR,
                                              reason=f"carried over to {incident_id}, which took {old_id}"))
                mine = self._assignments.get((incident_id, a.agency))
                if mine is not None and mine.state is not _S.CANCELLED and (
                        mine.state is _S.CLEARED or _PROGRESS[mine.state] >= _PROGRESS[a.state]):
                    continue
                src = mine.state if mine is not None and mine.state not in TERMINAL else None
                if old_id in self._stopped and a.agency in self._stopped[old_id]:
                    self._stopped.setdefault(incident_id, set()).add(a.agency)
                # no all/any policy from the absorbed one: this job's is its own route's (dispatch)
                new = self._with_deadline(replace(a, incident_id=incident_id))
                self._store(new)
                events.append(AssignmentChanged(new, src, now, DISPATCHER_ACTOR,
                                                f"carried over from {old_id}, which it took"))
        return events

    def ack_policy(self, incident_id: str) -> AckPolicy:
        """The all/any policy of an incident (``all`` until routed)."""
        return self._policies.get(incident_id, AckPolicy.ALL)

    def assign(
        self,
        incident_id: str,
        agency: Agency,
        now: float,
        *,
        actor: str,
        reason: str,
        ack_policy: AckPolicy | None = None,
    ) -> AssignmentChanged:
        """Assign ``agency`` (again, if its earlier assignment ended: cancelled, or cleared, as
        a crew on scene is by the closure of a job a coordinator reopens)."""
        old = self._assignments.get((incident_id, agency))
        if old is not None and old.state not in TERMINAL:
            raise DispatchError(f"{agency} is already assigned to {incident_id}")
        if ack_policy is not None:
            self._policies[incident_id] = ack_policy
        self._policies.setdefault(incident_id, AckPolicy.ALL)
        new = self._with_deadline(Assignment(incident_id, agency, _S.ASSIGNED, now, now))
        self._store(new)
        return AssignmentChanged(new, None, now, actor, reason)

    def transition(
        self,
        incident_id: str,
        agency: Agency,
        dst: AssignmentState,
        now: float,
        *,
        actor: str,
        reason: str = "",
    ) -> AssignmentChanged:
        """Move one assignment; raises :class:`AssignmentTransitionError` outside the table."""
        old = self.get(incident_id, agency)
        if dst not in ASSIGNMENT_TRANSITIONS[old.state]:
            raise AssignmentTransitionError(incident_id, agency.value, old.state, dst)
        acked = now if dst is _S.ACKNOWLEDGED else old.acknowledged_at
        if dst in (_S.EN_ROUTE, _S.ON_SCENE) and acked is None:
            acked = now
        new = replace(old, state=dst, state_since=now, acknowledged_at=acked, escalations=0)
        new = self._with_deadline(new)
        self._store(new)
        return AssignmentChanged(new, old.state, now, actor, reason)

    def reassign(
        self, incident_id: str, src: Agency, dst: Agency, now: float, *, actor: str, reason: str
    ) -> list[DispatchEvent]:
        """Cancel ``src``'s assignment and assign ``dst`` in its place."""
        cancel = self.transition(incident_id, src, _S.CANCELLED, now, actor=actor, reason=reason)
        return [cancel, self.assign(incident_id, dst, now, actor=actor, reason=reason)]

    def note(self, incident_id: str, text: str, now: float, *, actor: str) -> Noted:
        """A coordinator's note on an incident (audited, changes nothing else)."""
        return Noted(incident_id, text, now, actor)

    def close(self, incident_id: str, now: float, *, actor: str, reason: str) -> list[DispatchEvent]:
        """Close an incident's dispatch: cancel what has not reached the scene, clear the rest."""
        events: list[DispatchEvent] = []
        for a in self.assignments(incident_id):
            if a.state in TERMINAL:
                continue
            dst = _S.CLEARED if a.state is _S.ON_SCENE else _S.CANCELLED
            events.append(self.transition(incident_id, a.agency, dst, now, actor=actor, reason=reason))
        return events

    def withdraw(self, incident_id: str, now: float, *, actor: str, reason: str) -> list[DispatchEvent]:
        """Call off a withdrawn incident's work (its device took its only alarm back): every
        assignment nobody acknowledged is cancelled with ``reason``. An agency that acknowledged
        is on its way (or on scene): a device's reset is evidence of a false alarm, not proof
        (someone may have silenced the panel), so its assignment stays until a coordinator
        stands it down (closing the incident cancels it; the console asks for that). The
        incident's clock stops: the assignments it keeps lose their deadline (no escalation,
        never overdue; :meth:`stopped` gives them for the service to store)."""
        events: list[DispatchEvent] = [
            self.transition(incident_id, a.agency, _S.CANCELLED, now, actor=actor, reason=reason)
            for a in self.assignments(incident_id)
            if a.state is _S.ASSIGNED
        ]
        kept = self._stopped.setdefault(incident_id, set())
        kept.update(a.agency for a in self.assignments(incident_id) if a.state not in TERMINAL)
        self._recompute(incident_id)
        return events

    def resume(self, incident_id: str) -> list[Assignment]:
        """Start a withdrawn incident's clock again (a report joined it, so it is live): its
        open assignments get their deadlines back under the current mode, counted from their
        acknowledgement as ever. Returns them, for the service to store (none if its clock
        was not stopped)."""
        if incident_id not in self._stopped:
            return []
        del self._stopped[incident_id]
        return self._recompute(incident_id)

    def stopped(self, incident_id: str) -> list[Assignment]:
        """The open assignments a withdrawal kept, deadlines stopped (empty for any other)."""
        kept = self._stopped.get(incident_id, set())
        return [a for a in self.assignments(incident_id) if a.state not in TERMINAL and a.agency in kept]

    def is_stopped(self, incident_id: str, agency: Agency) -> bool:
        """Whether ``agency``'s assignment is one a withdrawal of the incident kept, its clock stopped."""
        return agency in self._stopped.get(incident_id, ())

    def acknowledged(self, incident_id: str) -> bool:
        """Whether the incident counts as acknowledged under its all/any policy."""
        live = [a for a in self.assignments(incident_id) if a.state is not _S.CANCELLED]
        if not live:
            return False
        done = [a.acknowledged_at is not None for a in live]
        policy = self._policies.get(incident_id, AckPolicy.ALL)
        return all(done) if policy is AckPolicy.ALL else any(done)

    def set_mode(self, mode: Mode, now: float, *, actor: str, reason: str) -> ModeSwitched:
        """Switch peacetime/emergency; every open deadline follows the new rules."""
        if not visible(reason):
            raise DispatchError("a mode switch needs a reason")
        src = self._mode
        self._mode = mode
        recomputed: list[Assignment] = []
        for a in list(self._assignments.values()):
            if a.state not in TERMINAL:
                new = self._with_deadline(a)
                self._store(new)
                recomputed.append(new)
        return ModeSwitched(src, mode, now, actor, reason, tuple(recomputed))

    def tick(self, now: float, *, waiting: Mapping[Agency, float] | None = None) -> list[DispatchEvent]:
        """Escalate every assignment whose next escalation is due at or before ``now``.

        ``waiting`` names the agencies with a report received and not yet applied, each with
        the time its oldest one came in: an assignment of theirs due after that time waits for
        the report (it may be the acknowledgement that meets the deadline), one due at or before
        it escalates (the report came too late for it either way).
        """
        events: list[DispatchEvent] = []
        heap = self._heap
        aside: list[tuple[float, int, str, Agency]] = []
        while heap and heap[0][0] <= now:
            entry = heapq.heappop(heap)
            due, _, incident_id, agency = entry
            a = self._assignments.get((incident_id, agency))
            if a is None or self._next_due(a) != due:
                continue
            if waiting is not None and due > waiting.get(agency, due):
                aside.append(entry)
                continue
            # Catch up in one step after a long pause (a restart after downtime): the
            # level is the number of repeat periods elapsed, escalated once, not once
            # per missed period.
            assert a.deadline is not None
            missed = int((now - a.deadline) // self.rules.escalation_repeat_s) + 1
            a = replace(a, escalations=max(a.escalations + 1, missed))
            self._store(a)
            events.append(Escalated(incident_id, agency, a.state, a.escalations, self.rules.escalate_to, now))
        for entry in aside:
            heapq.heappush(heap, entry)
        return events

    def next_deadline(self) -> float | None:
        """When :meth:`tick` next has something to do (lazy entries may be stale)."""
        while self._heap:
            due, _, incident_id, agency = self._heap[0]
            a = self._assignments.get((incident_id, agency))
            if a is not None and self._next_due(a) == due:
                return due
            heapq.heappop(self._heap)
        return None

    def restore(
        self, assignments: Iterable[Assignment], policies: Mapping[str, AckPolicy], stopped: Iterable[str] = ()
    ) -> list[Assignment]:
        """Load persisted assignments (service start-up); deadlines follow the current mode.
        Of the incidents ``stopped`` (withdrawn), the open assignments stored without a deadline
        in a state that has one are those the withdrawal kept: they have none again; one a
        coordinator assigned since keeps its deadline.

        Returns the open ones with their deadlines under that mode, for the service to
        store (the mode may have been switched while the service was down).
        """
        self._policies.update(policies)
        assignments = list(assignments)
        for inc_id in stopped:
            self._stopped[inc_id] = set()
        for a in assignments:
            if a.incident_id in self._stopped and a.state in DEADLINE_STATES and a.deadline is None:
                self._stopped[a.incident_id].add(a.agency)
        restored: list[Assignment] = []
        for a in assignments:
            new = self._with_deadline(a)
            self._store(new)
            if new.state not in TERMINAL:
                restored.append(new)
        return restored

    # ------------------------------------------------------------ internals
    def _recompute(self, incident_id: str) -> list[Assignment]:
        """Give an incident's open assignments their deadlines anew; returns them."""
        out: list[Assignment] = []
        for a in self.assignments(incident_id):
            if a.state not in TERMINAL:
                new = self._with_deadline(a)
                self._store(new)
                out.append(new)
        return out

    def _with_deadline(self, a: Assignment) -> Assignment:
        rules = self.rules
        if a.agency in self._stopped.get(a.incident_id, ()):
            deadline: float | None = None
        elif a.state is _S.ASSIGNED:
            deadline = a.state_since + rules.ack_deadline_s
        elif a.state in (_S.ACKNOWLEDGED, _S.EN_ROUTE):
            base = a.acknowledged_at if a.acknowledged_at is not None else a.state_since
            deadline = base + rules.on_scene_deadline_s
        else:
            deadline = None
        return replace(a, deadline=deadline)

    def _next_due(self, a: Assignment) -> float | None:
        if a.deadline is None:
            return None
        return a.deadline + a.escalations * self.rules.escalation_repeat_s

    def _store(self, a: Assignment) -> None:
        self._assignments[(a.incident_id, a.agency)] = a
        self._by_incident.setdefault(a.incident_id, {})[a.agency] = a
        due = self._next_due(a)
        if due is not None:
            heapq.heappush(self._heap, (due, next(self._counter), a.incident_id, a.agency))
