"""The alert lifecycle: one state machine, one transition table, every move audited.

Pure: no clock, no database. Every function takes the time as an argument and
returns a new :class:`Alert` plus the :class:`Transition` records that the shell
writes to ``alert_transitions`` in the same database transaction.

::

                   trigger (a re-trigger of an open key only updates it)
                      │
                      ▼            unacknowledged past the deadline
                ┌──────────┐ ───────────────────────────────► ┌───────────┐ ──┐ again after
     ┌────────► │  raised  │                                   │ escalated │ ◄─┘ every period
     │          └──────────┘ ◄──── shelving expired ────┐      └───────────┘
     │ level      │      │                              │        │       │
     │ rose       │ ack  └──── shelve ───────────► ┌─────────┐ ◄─┘shelve │ ack
     │            ▼                                │ shelved │           │
     │   ┌──────────────┐ ◄────────────────────────┼─────────┼───────────┘
     └── │ acknowledged │ ──── shelve ───────────► └─────────┘
         └──────────────┘

    any open state ── resolve ──► resolved ── close ──► closed
    (by an operator, or automatically once the condition has been clear
    for the rule's auto_resolve_after_s of observation time)

An alert's *level* (the class or band the standard names: 大雨 / 豪雨 / 大豪雨 /
超大豪雨, 三級 / 二級 / 一級警戒, a flood band; for other rules the severity rank)
is part of its state: every change up or down is recorded (action ``severity``
when the CAP severity changes with it, else ``level``) and notified; a rise
re-arms an acknowledged alert. A clear of the condition is recorded (``clear``)
and notified at once; while the condition is clear the alert does not escalate,
and its return is recorded (``recur``).

``raised``, ``acknowledged``, ``escalated`` and ``shelved`` are *open*: at most
one open alert exists per (rule_id, source_id) (team contract 3). A trigger for
a key with an open alert updates that alert; after ``resolved`` the next trigger
opens a new alert, with one exception: an operator who resolves an alert while
its condition still holds has dealt with that condition at that level, so the
alert is *set aside* (:func:`suppresses`) and its key opens a new alert only
when the condition rises above that level (:func:`raise_above`) or once it has
ended (:func:`condition_ended`, recorded as ``clear`` on the resolved alert).
:data:`TRANSITIONS` is the only place that says which moves are legal;
:func:`transition` enforces it and raises :class:`IllegalTransition`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum

from alerts.errors import AlertNotFoundError, IllegalTransition
from common.vocabulary import StatusReason

SYSTEM_ACTOR = "alerts-service"


class AlertState(StrEnum):
    """States of an alert; the values are stored in ``alerts.state``."""

    RAISED = "raised"
    ACKNOWLEDGED = "acknowledged"
    ESCALATED = "escalated"
    SHELVED = "shelved"
    RESOLVED = "resolved"
    CLOSED = "closed"


class Severity(StrEnum):
    """CAP 1.2 severity (OASIS CAP 1.2 §3.2.2 ``severity``), lowest first."""

    MINOR = "Minor"
    MODERATE = "Moderate"
    SEVERE = "Severe"
    EXTREME = "Extreme"

    @property
    def rank(self) -> int:
        """0 for Minor up to 3 for Extreme."""
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {s: i for i, s in enumerate(Severity)}


class Action(StrEnum):
    """What a :class:`Transition` record did; stored in ``alert_transitions.action``."""

    RAISE = "raise"
    ACKNOWLEDGE = "acknowledge"
    ESCALATE = "escalate"
    SHELVE = "shelve"
    UNSHELVE = "unshelve"
    REARM = "rearm"  # acknowledged -> raised because the level rose
    RESOLVE = "resolve"
    CLOSE = "close"
    SEVERITY = "severity"  # level and CAP severity changed while open (no state change)
    LEVEL = "level"  # level changed within the same CAP severity (e.g. 豪雨 -> 大豪雨)
    CLEAR = "clear"  # the condition cleared (no state change; auto-resolve clock starts)
    RECUR = "recur"  # the condition holds again before the alert resolved


OPEN_STATES: frozenset[AlertState] = frozenset(
    {AlertState.RAISED, AlertState.ACKNOWLEDGED, AlertState.ESCALATED, AlertState.SHELVED}
)

#: The one transition table. Self-loops other than escalated -> escalated are not moves.
TRANSITIONS: Mapping[AlertState, frozenset[AlertState]] = {
    AlertState.RAISED: frozenset(
        {AlertState.ACKNOWLEDGED, AlertState.ESCALATED, AlertState.SHELVED, AlertState.RESOLVED}
    ),
    AlertState.ESCALATED: frozenset(
        {AlertState.ESCALATED, AlertState.ACKNOWLEDGED, AlertState.SHELVED, AlertState.RESOLVED}
    ),
    AlertState.ACKNOWLEDGED: frozenset({AlertState.RAISED, AlertState.SHELVED, AlertState.RESOLVED}),
    AlertState.SHELVED: frozenset({AlertState.RAISED, AlertState.RESOLVED}),
    AlertState.RESOLVED: frozenset({AlertState.CLOSED}),
    AlertState.CLOSED: frozenset(),
}


def states_into(to: AlertState) -> frozenset[AlertState]:
    """The states an alert can move to ``to`` from, by the transition table (a
    self-loop is not a move into ``to``): what a page offers a button in."""
    return frozenset(s for s, targets in TRANSITIONS.items() if to in targets and s is not to)


@dataclass(frozen=True, slots=True)
class Trigger:
    """The evaluator's verdict that a rule's condition holds for a source at ``at``."""

    rule_id: str
    source_id: str
    severity: Severity
    at: datetime
    title: str
    category: str
    agency: str
    label: str = ""
    level: int = 0  # index of the rule's level (0 = least severe); the severity rank for events
    value: float | None = None
    reason: str = ""
    lon: float | None = None
    lat: float | None = None
    zone: str | None = None
    escalate_after_s: int = 600
    auto_resolve_after_s: int = 600
    #: The device's own reason for going offline (the offline rule's, when its status says one).
    status_reason: StatusReason | None = None


class ClearCause(StrEnum):
    """Why a condition stopped holding; stored in ``alerts.clear_cause`` (the console and
    the wall name it in the operator's language, the transition keeps the detail)."""

    ENDED = "ended"  # the values fell below every level, the rise or combination no longer holds
    EXPIRED = "expired"  # its values are too old to describe the present (validity window)
    SILENT = "silent"  # suspended: the sensor stopped reporting
    REPORTED = "reported"  # the source reported the end (fire alarm normal, signal restored, CAP Cancel)
    QUIET = "quiet"  # no report of the event for the rule's clears_after_s


@dataclass(frozen=True, slots=True)
class Clear:
    """The evaluator's verdict that a rule's condition no longer holds for a source."""

    rule_id: str
    source_id: str
    at: datetime
    reason: str = ""
    cause: ClearCause = ClearCause.ENDED


Decision = Trigger | Clear


@dataclass(frozen=True, slots=True)
class Alert:
    """One alert. ``alert_id`` is None until the shell has stored it."""

    alert_id: int | None
    rule_id: str
    source_id: str
    state: AlertState
    severity: Severity
    title: str
    category: str
    agency: str
    raised_at: datetime
    updated_at: datetime
    last_triggered_at: datetime
    label: str = ""
    value: float | None = None
    lon: float | None = None
    lat: float | None = None
    zone: str | None = None
    trigger_count: int = 1
    level: int = 0
    cleared_at: datetime | None = None
    acknowledged_at: datetime | None = None
    acknowledged_by: str | None = None
    escalation_level: int = 0
    next_escalation_at: datetime | None = None
    shelved_until: datetime | None = None
    resolved_at: datetime | None = None
    closed_at: datetime | None = None
    escalate_after_s: int = 600
    auto_resolve_after_s: int = 600
    version: int = 1
    #: Why the condition stopped holding (None while it holds).
    clear_cause: ClearCause | None = None
    #: Resolved by an operator while its condition still held: until the condition
    #: ends (or rises above ``level``) no new alert is opened for its key.
    set_aside: bool = False

    @property
    def key(self) -> tuple[str, str]:
        """(rule_id, source_id): the key of contract 3."""
        return (self.rule_id, self.source_id)

    @property
    def is_open(self) -> bool:
        """True in raised, acknowledged, escalated and shelved."""
        return self.state in OPEN_STATES


@dataclass(frozen=True, slots=True)
class Transition:
    """Audit record of one change: who, when, why."""

    rule_id: str
    source_id: str
    alert_id: int | None
    at: datetime
    actor: str
    action: Action
    from_state: AlertState | None
    to_state: AlertState
    severity: Severity
    reason: str
    #: The device's own reason for going offline, on the records of the condition that
    #: carry it (raise, severity, level, recur); stored as ``alert_transitions.status_reason``.
    status_reason: StatusReason | None = None
    #: Why the condition stopped holding, on a clear (``alert_transitions.clear_cause``); None
    #: on every other move.
    clear_cause: ClearCause | None = None


@dataclass(frozen=True, slots=True)
class Change:
    """A new version of an alert and the audit records that explain it."""

    alert: Alert
    transitions: tuple[Transition, ...]


def _record(
    a: Alert,
    *,
    action: Action,
    frm: AlertState | None,
    at: datetime,
    actor: str,
    reason: str,
    status_reason: StatusReason | None = None,
    clear_cause: ClearCause | None = None,
) -> Transition:
    return Transition(
        rule_id=a.rule_id,
        source_id=a.source_id,
        alert_id=a.alert_id,
        at=at,
        actor=actor,
        action=action,
        from_state=frm,
        to_state=a.state,
        severity=a.severity,
        reason=reason,
        status_reason=status_reason,
        clear_cause=clear_cause,
    )


def check_transition(frm: AlertState, to: AlertState, *, alert_id: int | None = None) -> None:
    """Raise :class:`IllegalTransition` unless the table allows ``frm -> to``."""
    if to not in TRANSITIONS[frm]:
        raise IllegalTransition(frm, to, alert_id=alert_id)


def raise_alert(t: Trigger, *, actor: str = SYSTEM_ACTOR) -> Change:
    """Open a new alert for a trigger that has no open alert."""
    a = Alert(
        alert_id=None,
        rule_id=t.rule_id,
        source_id=t.source_id,
        state=AlertState.RAISED,
        severity=t.severity,
        title=t.title,
        category=t.category,
        agency=t.agency,
        raised_at=t.at,
        updated_at=t.at,
        last_triggered_at=t.at,
        label=t.label,
        level=t.level,
        value=t.value,
        lon=t.lon,
        lat=t.lat,
        zone=t.zone,
        next_escalation_at=t.at + timedelta(seconds=t.escalate_after_s),
        escalate_after_s=t.escalate_after_s,
        auto_resolve_after_s=t.auto_resolve_after_s,
    )
    return Change(a, (_record(a, action=Action.RAISE, frm=None, at=t.at, actor=actor, reason=t.reason,
                              status_reason=t.status_reason),))


def retrigger(a: Alert, t: Trigger, *, actor: str = SYSTEM_ACTOR) -> Change:
    """Update an open alert with a new trigger of its key (never a second alert).

    The level (and with it the severity) follows the trigger up or down: one
    ``severity`` or ``level`` record. A rise on an acknowledged alert re-arms it
    (acknowledged -> raised) so someone looks again; a shelved alert stays
    shelved (that is what shelving is for). A trigger after a clear at the same
    level records ``recur``.
    """
    if not a.is_open:
        raise IllegalTransition(a.state, AlertState.RAISED, alert_id=a.alert_id)
    at = max(t.at, a.updated_at)
    # The condition's own records (severity, level, recur) are dated on the observation
    # time of the trigger, as a raise and a clear are: an escalation or an acknowledgement
    # in between is people's time (the wall clock) and says nothing about when the water
    # rose. Readers that place evidence in time (the ops center) read these dates.
    cond_at = max(t.at, a.last_triggered_at)
    new = replace(
        a,
        value=t.value,
        label=t.label,
        title=t.title,
        last_triggered_at=max(t.at, a.last_triggered_at),
        trigger_count=a.trigger_count + 1,
        cleared_at=None,
        clear_cause=None,
        updated_at=at,
        version=a.version + 1,
    )
    records: list[Transition] = []
    # a label alone changed while the condition was clear is the condition holding again
    # (a level fallen back, 水位回降, that cleared and returns as the plain level): a recurrence
    if t.severity != a.severity or t.level != a.level or (t.label != a.label and a.cleared_at is None):
        rose = (t.level, t.severity.rank) > (a.level, a.severity.rank)
        new = replace(new, severity=t.severity, level=t.level)
        was, now_ = a.label or a.severity.value, t.label or t.severity.value
        if t.severity != a.severity:
            action = Action.SEVERITY
            why = f"{was} ({a.severity}) -> {now_} ({t.severity}): {t.reason}".rstrip(": ")
        else:
            action = Action.LEVEL
            why = f"{was} -> {now_} ({t.severity}): {t.reason}".rstrip(": ")
        records.append(_record(new, action=action, frm=a.state, at=cond_at, actor=actor, reason=why,
                               status_reason=t.status_reason))
        if rose and a.state is AlertState.ACKNOWLEDGED:
            check_transition(a.state, AlertState.RAISED, alert_id=a.alert_id)
            new = replace(
                new,
                state=AlertState.RAISED,
                acknowledged_at=None,
                acknowledged_by=None,
                next_escalation_at=at + timedelta(seconds=a.escalate_after_s),
            )
            records.append(_record(new, action=Action.REARM, frm=a.state, at=at, actor=actor, reason=why))
    elif a.cleared_at is not None:
        why = f"condition holds again: {t.reason}".rstrip(": ")
        if new.next_escalation_at is not None and new.next_escalation_at < at:
            # escalation paused while clear: the unacknowledged time starts again
            new = replace(new, next_escalation_at=at + timedelta(seconds=a.escalate_after_s))
        records.append(_record(new, action=Action.RECUR, frm=a.state, at=max(cond_at, a.cleared_at), actor=actor,
                               reason=why, status_reason=t.status_reason))
    return Change(new, tuple(records))


def clear(
    a: Alert, at: datetime, reason: str = "", *, cause: ClearCause = ClearCause.ENDED, actor: str = SYSTEM_ACTOR
) -> Change:
    """Note that the condition cleared, and why; auto-resolve counts from the first clear."""
    if not a.is_open or a.cleared_at is not None:
        return Change(a, ())
    new = replace(a, cleared_at=at, clear_cause=cause, updated_at=max(at, a.updated_at), version=a.version + 1)
    return Change(new, (_record(new, action=Action.CLEAR, frm=a.state, at=at, actor=actor, reason=reason,
                                clear_cause=cause),))


def suppresses(a: Alert, t: Trigger) -> bool:
    """True when ``a``, resolved while its condition held, swallows trigger ``t`` of its key.

    A trigger at or below the level the operator resolved opens nothing: it is
    the same condition, already dealt with. A higher level is new (see
    :func:`raise_above`); the condition's end lifts the set-aside
    (:func:`condition_ended`).
    """
    return a.set_aside and not a.is_open and (t.level, t.severity.rank) <= (a.level, a.severity.rank)


def raise_above(a: Alert, t: Trigger, *, actor: str = SYSTEM_ACTOR) -> tuple[Change, Change]:
    """A trigger above the level of set-aside alert ``a``: lift the set-aside and open a new alert.

    Returns (the change of ``a``, the new alert). The new alert's ``raise``
    record names the alert it rose above.
    """
    held = a.label or a.severity.value
    lifted = replace(a, set_aside=False, updated_at=max(t.at, a.updated_at), version=a.version + 1)
    new = raise_alert(replace(t, reason=f"{t.reason}; rose above {held} of alert {a.alert_id}".lstrip("; ")),
                      actor=actor)
    return Change(lifted, ()), new


def condition_ended(
    a: Alert, at: datetime, reason: str = "", *, cause: ClearCause = ClearCause.ENDED, actor: str = SYSTEM_ACTOR
) -> Change:
    """The condition of set-aside alert ``a`` ended: recorded (``clear``), the next trigger opens a new alert."""
    if not a.set_aside:
        return Change(a, ())
    new = replace(a, set_aside=False, cleared_at=at, clear_cause=cause, updated_at=max(at, a.updated_at),
                  version=a.version + 1)
    why = f"condition ended after the resolve: {reason}".rstrip(": ")
    return Change(new, (_record(new, action=Action.CLEAR, frm=a.state, at=at, actor=actor, reason=why,
                                clear_cause=cause),))


def transition(
    a: Alert,
    to: AlertState,
    *,
    at: datetime,
    actor: str,
    reason: str,
    shelved_until: datetime | None = None,
) -> Change:
    """Move ``a`` to state ``to`` if the table allows it, setting the state's fields."""
    check_transition(a.state, to, alert_id=a.alert_id)
    # Stamped when it was done (an acknowledgement at the coordinator's click, MTTA counts
    # from it), even when a device whose clock runs fast dated the alert's last change
    # later: only ``updated_at``, the order of versions, never goes back.
    fields: dict[str, object] = {"state": to, "updated_at": max(at, a.updated_at), "version": a.version + 1}
    if to is AlertState.ACKNOWLEDGED:
        action = Action.ACKNOWLEDGE
        fields |= {"acknowledged_at": at, "acknowledged_by": actor, "next_escalation_at": None}
    elif to is AlertState.ESCALATED:
        action = Action.ESCALATE
        fields |= {
            "escalation_level": a.escalation_level + 1,
            "next_escalation_at": at + timedelta(seconds=a.escalate_after_s),
        }
    elif to is AlertState.SHELVED:
        if shelved_until is None or shelved_until <= at:
            raise ValueError("shelving needs shelved_until later than the time of the action")
        action = Action.SHELVE
        fields |= {"shelved_until": shelved_until, "next_escalation_at": None}
    elif to is AlertState.RAISED:
        action = Action.UNSHELVE if a.state is AlertState.SHELVED else Action.REARM
        fields |= {
            "shelved_until": None,
            "acknowledged_at": None,
            "acknowledged_by": None,
            "next_escalation_at": at + timedelta(seconds=a.escalate_after_s),
        }
    elif to is AlertState.RESOLVED:
        action = Action.RESOLVE
        fields |= {"resolved_at": at, "next_escalation_at": None, "shelved_until": None}
        if a.cleared_at is None:
            # the condition still holds: the operator has dealt with it at this level
            fields["set_aside"] = True
            held = a.label or a.severity.value
            note = f"condition still holds ({held}): no new alert until it ends or rises above {held}"
            reason = f"{reason} · {note}" if reason else note
    else:
        action = Action.CLOSE
        fields |= {"closed_at": at}
    new = replace(a, **fields)  # type: ignore[arg-type]
    return Change(new, (_record(new, action=action, frm=a.state, at=at, actor=actor, reason=reason),))


def next_deadline(a: Alert) -> datetime | None:
    """The earliest time at which :func:`tick` would change ``a``, or None."""
    if not a.is_open:
        return None
    times: list[datetime] = []
    escalating = a.state in (AlertState.RAISED, AlertState.ESCALATED) and a.cleared_at is None
    if a.next_escalation_at is not None and escalating:
        times.append(a.next_escalation_at)
    if a.cleared_at is not None:
        times.append(a.cleared_at + timedelta(seconds=a.auto_resolve_after_s))
    if a.state is AlertState.SHELVED and a.shelved_until is not None:
        times.append(a.shelved_until)
    return min(times, default=None)


def resolve_if_due(a: Alert, observed: datetime, *, actor: str = SYSTEM_ACTOR) -> Change:
    """Resolve ``a`` if its condition has been clear for ``auto_resolve_after_s`` at ``observed``.

    ``observed`` is observation time (the evaluator's clock), so whether a returning
    condition recurs on this alert or opens a new one follows from the data alone,
    however late it is processed. The resolve is recorded at the moment it fell due.
    """
    if not a.is_open or a.cleared_at is None:
        return Change(a, ())
    due = a.cleared_at + timedelta(seconds=a.auto_resolve_after_s)
    if observed < due:
        return Change(a, ())
    ch = transition(
        a,
        AlertState.RESOLVED,
        at=due,
        actor=actor,
        reason=f"condition clear since {a.cleared_at.isoformat()} ({a.auto_resolve_after_s} s)",
    )
    # dated on observation time even after an escalation on the wall clock (see retrigger)
    return Change(ch.alert, tuple(replace(r, at=due) for r in ch.transitions))


def tick(a: Alert, now: datetime, *, observed: datetime | None = None, actor: str = SYSTEM_ACTOR) -> Change:
    """Apply every time-driven move that is due (auto-resolve, unshelve, escalate).

    Escalation and shelving run on the wall clock ``now``; auto-resolve on the
    observation clock ``observed`` (:func:`resolve_if_due`; ``now`` when not given).
    Escalation repeats: each escalation schedules the next one ``escalate_after_s``
    later, until someone acknowledges, shelves or the alert resolves. Nothing
    escalates while the condition is clear (it resumes if the condition recurs).
    """
    records: list[Transition] = []
    cur = a
    if not cur.is_open:
        return Change(cur, ())
    resolved = resolve_if_due(cur, now if observed is None else observed, actor=actor)
    if resolved.transitions:
        return resolved
    shelve_over = cur.shelved_until is not None and now >= cur.shelved_until
    if cur.state is AlertState.SHELVED and shelve_over:
        ch = transition(cur, AlertState.RAISED, at=now, actor=actor, reason="shelving expired")
        cur = ch.alert
        records.extend(ch.transitions)
    if (
        cur.state in (AlertState.RAISED, AlertState.ESCALATED)
        and cur.cleared_at is None
        and cur.next_escalation_at is not None
        and now >= cur.next_escalation_at
    ):
        ch = transition(
            cur,
            AlertState.ESCALATED,
            at=now,
            actor=actor,
            reason=f"unacknowledged for {cur.escalate_after_s} s (level {cur.escalation_level + 1})",
        )
        cur = ch.alert
        records.extend(ch.transitions)
    return Change(cur, tuple(records))


class AlertBook:
    """All alerts in memory, with the one-open-alert-per-key rule enforced.

    The pure reference implementation of what the database shell does: the
    property tests drive it with random sequences, the replay tests feed it
    the evaluator's decisions. Ids are assigned in order from 1.
    """

    __slots__ = ("_alerts", "_aside", "_next_id", "_open", "audit")

    def __init__(self) -> None:
        self._alerts: dict[int, Alert] = {}
        self._open: dict[tuple[str, str], int] = {}
        self._aside: dict[tuple[str, str], int] = {}
        self._next_id = 1
        self.audit: list[Transition] = []

    def _store(self, ch: Change) -> Alert:
        a = ch.alert
        if a.alert_id is None:
            a = replace(a, alert_id=self._next_id)
            self._next_id += 1
            self.audit.extend(replace(t, alert_id=a.alert_id) for t in ch.transitions)
        else:
            self.audit.extend(ch.transitions)
        self._alerts[a.alert_id] = a  # type: ignore[index]
        if a.is_open:
            self._open[a.key] = a.alert_id  # type: ignore[assignment]
        elif self._open.get(a.key) == a.alert_id:
            del self._open[a.key]
        if a.set_aside:
            self._aside[a.key] = a.alert_id  # type: ignore[assignment]
        elif self._aside.get(a.key) == a.alert_id:
            del self._aside[a.key]
        return a

    def apply(self, decision: Decision, observed: datetime | None = None) -> Alert | None:
        """Apply a trigger or a clear from the evaluator; returns the alert it touched.

        A trigger for an open alert whose condition has been clear for its
        ``auto_resolve_after_s`` at ``observed`` (the observation clock, at least the
        trigger's time) resolves that alert first and opens a new one.
        """
        key = (decision.rule_id, decision.source_id)
        open_id = self._open.get(key)
        if open_id is not None and isinstance(decision, Trigger):
            clock = decision.at if observed is None else max(observed, decision.at)
            resolved = resolve_if_due(self._alerts[open_id], clock)
            if resolved.transitions:
                self._store(resolved)
                open_id = None
        aside = self._alerts[self._aside[key]] if open_id is None and key in self._aside else None
        if isinstance(decision, Trigger):
            if open_id is not None:
                return self._store(retrigger(self._alerts[open_id], decision))
            if aside is None:
                return self._store(raise_alert(decision))
            if suppresses(aside, decision):
                return None
            lifted, new = raise_above(aside, decision)
            self._store(lifted)
            return self._store(new)
        if open_id is not None:
            return self._store(clear(self._alerts[open_id], decision.at, decision.reason, cause=decision.cause))
        if aside is not None:
            return self._store(condition_ended(aside, decision.at, decision.reason, cause=decision.cause))
        return None

    def apply_all(self, decisions: Iterable[Decision], observed: datetime | None = None) -> None:
        """Apply decisions in order (``observed``: the observation clock before them)."""
        for d in decisions:
            self.apply(d, observed)

    def act(
        self,
        alert_id: int,
        to: AlertState,
        *,
        at: datetime,
        actor: str,
        reason: str,
        shelved_until: datetime | None = None,
    ) -> Alert:
        """An operator's move (acknowledge, shelve, resolve, close)."""
        a = self.get(alert_id)
        return self._store(transition(a, to, at=at, actor=actor, reason=reason, shelved_until=shelved_until))

    def tick(self, now: datetime, observed: datetime | None = None) -> list[Alert]:
        """Run time-driven moves on every open alert; returns the alerts that changed."""
        changed = []
        for alert_id in list(self._open.values()):
            ch = tick(self._alerts[alert_id], now, observed=observed)
            if ch.transitions:
                changed.append(self._store(ch))
        return changed

    def get(self, alert_id: int) -> Alert:
        """The alert with this id, or :class:`AlertNotFoundError`."""
        try:
            return self._alerts[alert_id]
        except KeyError:
            raise AlertNotFoundError(alert_id) from None

    def open_alerts(self) -> list[Alert]:
        """Open alerts, by id."""
        return sorted((self._alerts[i] for i in self._open.values()), key=lambda a: a.alert_id or 0)

    def all_alerts(self) -> list[Alert]:
        """Every alert ever opened, by id."""
        return [self._alerts[i] for i in sorted(self._alerts)]
