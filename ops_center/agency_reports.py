"""Agency reports on the ops center's service: queued from the MQTT thread, parsed,
and applied as assignment moves in the service's thread (repeats are no-ops, bad or
illegal ones audited with their reason). Every report on a status or ack topic of the
contract is answered on the agency's ``reply`` topic, accepted or refused with the reason.

Each function takes the :class:`~ops_center.service.OpsService` as ``self`` and is
bound as one of its methods.
"""

from __future__ import annotations

import json
import logging
import queue
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from ops_center import repo
from ops_center.dispatch import REPORT_MOVES, Agency, AssignmentState
from ops_center.errors import (
    AssignmentTransitionError,
    MessageError,
    UnknownAssignmentError,
)
from ops_center.messages import (
    AgencyReport,
    Channel,
    DispatchTopic,
    acknowledges,
    answerable,
    parse_report,
    payload_text,
    sender,
    topic_text,
)

if TYPE_CHECKING:
    from ops_center.service import OpsService

#: The service's logger: its parts log as the service.
log = logging.getLogger("ops_center.service")


def on_message(self: OpsService, topic: str, payload: bytes) -> None:
    """MQTT thread: queue an agency message (never blocks; a full queue drops the
    oldest-first semantics of QoS 1 redelivery: the broker keeps it unacked)."""
    self.reports.put_nowait((topic, payload))


def drain_reports(self: OpsService) -> int:
    """Apply every queued agency message; returns how many were applied."""
    n = 0
    while True:
        try:
            topic, payload = self.reports.get_nowait()
        except queue.Empty:
            return n
        n += self.apply_message(topic, payload)


def apply_message(self: OpsService, topic: str, payload: bytes) -> int:
    """Parse and apply one agency message; bad ones are audited with their reason."""
    return self.apply_messages([(topic, payload)], lambda _i: None)


def apply_messages(self: OpsService, messages: Sequence[tuple[str, bytes]], done: Callable[[int], None],
                   received: Sequence[float] | None = None) -> int:
    """Parse and apply agency messages in order; returns how many moved an assignment.

    ``received`` gives the time each message came in (the worker's queue): a report is applied
    as made then (its move, audit row and reply dated so), never before its assignment's last
    move; without it, at the service's clock now.

    A report that parses is applied in its own transaction and ``done(i)`` called after
    its commit; the ones that do not parse change nothing, so they are audited with their
    reason together, in one transaction after the others, and ``done`` called for each
    after that commit: a flood of malformed reports costs one transaction a batch, not one
    a report.
    """
    wall = self.clock()
    applied = 0
    refused: list[tuple[int, str, bytes, MessageError]] = []
    for i, (topic, payload) in enumerate(messages):
        try:
            report = parse_report(topic, payload)
            if report.cap_identifier and not acknowledges(report.cap_references, report.incident_id,
                                                          upto=_messages_sent(self, report.incident_id)):
                raise MessageError(f"CAP Ack references no message the center sent about {report.incident_id}",
                                   topic=topic, reason="bad_cap")
        except MessageError as exc:
            refused.append((i, topic, payload, exc))
            continue
        applied += self.apply_report(report, channel="mqtt", at=wall if received is None else min(wall, received[i]),
                                     raw=payload)
        done(i)
    if refused:
        with self._committing():
            w = repo.Writes()
            for _i, topic, payload, error in refused:
                w.audit(
                    wall,
                    actor=sender(topic),
                    action="dispatch.rejected",
                    subject_type="mqtt",
                    subject_id=topic_text(topic),
                    reason=error.reason,
                    detail={"error": str(error)[:500], "payload": payload_text(payload)},
                )
                unreadable(self, topic, error, wall, w)
            w.flush(self.conn)
        self._flush()  # the unreadable reports' replies, after their commit
        for i, *_rest in refused:
            done(i)
    return applied


def _messages_sent(self: OpsService, incident_id: str) -> int:
    """How many CAP messages the center sent about ``incident_id`` (numbered ``-1`` to ``-n``,
    ops_center.outbound): this process's last, or the log's after a restart."""
    last = (self._cap_last[incident_id] if incident_id in self._cap_last
            else repo.last_cap_out(self.conn, incident_id))
    return 0 if last is None else int(last[1].rsplit("-", 1)[-1])


def unreadable(self: OpsService, topic: str, error: MessageError, at: float, w: repo.Writes) -> None:
    """A report on an agency's status or ack topic that does not parse (a misspelt state, a
    field too many, no JSON): the agency is told why on its ``reply`` topic, as for a refused
    move, so its desk does not believe it reported and can send it again; the incident's
    timeline says so when the agency holds an assignment on it (an agency writes nothing on
    the timeline of an incident that is not its own). A topic outside the contract names no
    incident to answer on: only audited; one that is no dispatch topic only for its incident id
    (``.../status/None``) is answered on that id's ``reply`` topic (:func:`answerable`)."""
    try:
        t = DispatchTopic.parse(topic)
    except MessageError:
        if (named := answerable(topic)) is not None:
            agency, incident_id = named
            body = reply_body(agency, incident_id, at, accepted=False, reason=f"{error.reason}: {str(error)[:500]}",
                              state=None, current=None)
            body["error"] = error.reason
            _send_reply(self, agency, incident_id, body)
        return
    try:
        current: AssignmentState | None = self.dispatcher.get(t.incident_id, t.agency).state
    except UnknownAssignmentError:
        current = None
    reason = f"{error.reason}: {str(error)[:500]}"
    body = reply_body(t.agency, t.incident_id, at, accepted=False, reason=reason, state=None, current=current)
    body["error"] = error.reason
    if current is not None:
        w.history(t.incident_id, at, actor=f"agency-{t.agency.value}", action="report_refused",
                  reason=reason, detail=_detail(body))
    _send_reply(self, t.agency, t.incident_id, body)


#: What a desk that sent its report with the retain flag is told (on its reply topic).
RETAINED = "agency messages must not be retained: send the report again without the retain flag"


def refuse_retained(self: OpsService, topic: str, payload: bytes) -> int:
    """Audit a retained agency message as rejected (nothing applied), answer it on the
    agency's ``reply`` topic and the incident's timeline as an unreadable report is
    answered (:func:`unreadable`: the desk must not believe it reported), and clear it
    from the broker (the center may write the dispatch tree); returns 1."""
    at = self.clock()
    with self._committing():
        w = repo.Writes()
        w.audit(
            at,
            actor=sender(topic),
            action="dispatch.rejected",
            subject_type="mqtt",
            subject_id=topic_text(topic),
            reason="retained",
            detail={"error": "agency messages must not be retained", "payload": payload_text(payload)},
        )
        unreadable(self, topic, MessageError(RETAINED, topic=topic_text(topic), reason="retained"), at, w)
        w.flush(self.conn)
    self._flush()  # the refusal's reply, after its commit
    if self.publish is not None:
        self.publish(topic, b"", retain=True)
    return 1


def apply_report(self: OpsService, report: AgencyReport, *, channel: str, at: float, raw: bytes = b"") -> int:
    """Move an assignment as an agency reported; repeats are no-ops, illegal moves audited.
    Either way the agency is answered on its ``reply`` topic (:func:`accepted`, :func:`refused`).

    The actor is the agency's account (the broker's ACL makes the topic's agency the
    sender); the body's ``by`` is only a display name, kept in the audit detail.
    """
    actor = f"agency-{report.agency.value}"
    try:
        moved = apply_move(self, report, channel=channel, at=at, raw=raw)
    except (AssignmentTransitionError, UnknownAssignmentError) as exc:
        with self._committing():
            w = repo.Writes()
            w.audit(
                at,
                actor=actor,
                action="dispatch.rejected",
                subject_type="incident",
                subject_id=report.incident_id,
                reason=type(exc).__name__,
                detail={"error": str(exc), "state": report.state.value, "by": report.by},
            )
            if isinstance(exc, AssignmentTransitionError):
                refused(self, report, exc, at, w)
            else:  # no assignment of this agency on the incident: nothing to show a timeline
                _send_reply(self, report.agency, report.incident_id,
                            _report_reply(report, at, accepted=False, reason=str(exc), current=None))
            w.flush(self.conn)
        self._flush()  # the refusal's reply, after its commit
        return 0
    accepted(self, report, at)
    self._flush()  # the assignment's message and the acceptance's reply, after the commit
    return moved


def apply_move(self: OpsService, report: AgencyReport, *, channel: str, at: float, raw: bytes = b"") -> int:
    """:func:`apply_report`'s move in its own transaction: 0 for a repeat, 1 for a move; an
    illegal one raises (the transaction and the dispatcher's memory unchanged)."""
    actor = f"agency-{report.agency.value}"
    with self._committing():
        current = self.dispatcher.get(report.incident_id, report.agency)
        if current.state is report.state:
            return 0  # a QoS 1 redelivery or a repeated report
        # A report received before it was applied keeps its time, but never goes before the
        # assignment's last move (the timeline stays in order).
        at = max(at, current.state_since)
        ev = self.dispatcher.transition(
            report.incident_id, report.agency, report.state, at, actor=actor, reason=report.note
        )
        w = repo.Writes()
        self._store_dispatch([ev], channel, report.by, into=w)
        if report.cap_identifier:
            w.cap(
                identifier=report.cap_identifier,
                sender=report.by,
                incident_id=report.incident_id,
                direction="in",
                msg_type="Ack",
                sent=datetime.fromtimestamp(at, tz=UTC),
                refs=report.cap_references,
                xml=raw,
            )
        w.flush(self.conn)
        # the agency's retained assignment message follows the move, stored with it
        self._tell_move(report.incident_id, report.agency)
    return 1


def _send_reply(self: OpsService, agency: Agency, incident_id: str, body: dict[str, object]) -> None:
    """Queue ``body`` for ``soc/v1/dispatch/{agency}/reply/{incident_id}`` (QoS 1, not
    retained; sent by the next flush, after the commit of what it tells)."""
    topic = str(DispatchTopic(agency, Channel.REPLY, incident_id))
    self._outbox.append((topic, json.dumps(body, ensure_ascii=False).encode(), False))


def reply_body(agency: Agency, incident_id: str, at: float, *, accepted: bool, reason: str,
               state: AssignmentState | None, current: AssignmentState | None, note: str = "",
               by: str = "") -> dict[str, object]:
    """The center's answer to one report (docs/mqtt.md, the ``reply`` topic): ``state`` the one
    reported (None: the report did not parse), ``current`` the stored one (None: the agency holds
    no assignment on the incident) and the moves it may report from there."""
    return {"incident_id": incident_id, "accepted": accepted, "at": datetime.fromtimestamp(at, tz=UTC).isoformat(),
            "reason": reason, "note": note, "agency": agency.value, "state": None if state is None else state.value,
            "current": None if current is None else current.value,
            "allowed": [] if current is None else _moves_from(current), "by": by}


def _report_reply(report: AgencyReport, at: float, *, accepted: bool, reason: str,
                  current: AssignmentState | None) -> dict[str, object]:
    """:func:`reply_body` to a report that parsed."""
    return reply_body(report.agency, report.incident_id, at, accepted=accepted, reason=reason, state=report.state,
                      current=current, note=report.note, by=report.by)


#: The fields of a reply the incident's timeline keeps in a ``report_refused`` entry's detail.
_DETAIL = ("agency", "state", "current", "allowed", "by", "error")


def _detail(body: dict[str, object]) -> dict[str, object]:
    return {k: body[k] for k in _DETAIL if k in body}


def _moves_from(state: AssignmentState) -> list[str]:
    """The states an agency may report next from ``state``, in the lifecycle's order."""
    return [s.value for s in AssignmentState if s in REPORT_MOVES.get(state, frozenset())]


def accepted(self: OpsService, report: AgencyReport, at: float) -> None:
    """A report its assignment made (or had made already: a repeat, a QoS 1 redelivery): the
    agency is told on its ``reply`` topic, as a refused one is, with ``accepted`` true, the
    stored state (the one it reported) and the moves it may report next, so its system knows
    the report landed."""
    _send_reply(self, report.agency, report.incident_id,
                _report_reply(report, at, accepted=True, reason="", current=report.state))


def refused(self: OpsService, report: AgencyReport, exc: AssignmentTransitionError, at: float,
            w: repo.Writes) -> None:
    """A report its assignment cannot make (``exc``): the incident's timeline says so, for the
    coordinator, and the agency is told on ``soc/v1/dispatch/{agency}/reply/{incident}``
    (QoS 1, not retained, after the commit) with the state it reported, the stored state
    and the moves it may report from there, so its system does not believe it reported."""
    body = _report_reply(report, at, accepted=False, reason=str(exc), current=AssignmentState(exc.src))
    w.history(report.incident_id, at, actor=f"agency-{report.agency.value}", action="report_refused",
              reason=str(exc), detail=_detail(body))
    _send_reply(self, report.agency, report.incident_id, body)
