"""What the ops center's service sends: routing an incident to agencies, its CAP message
and the assignments published to each agency after the commit, and the dispatch events
stored with them.

Each function takes the :class:`~ops_center.service.OpsService` as ``self`` and is
bound as one of its methods.
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Collection, Iterator, Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from common.logging import log_event
from common.pacing import UnitTimer
from common.vocabulary import Signal
from geo.crs import to_wgs84
from ops_center import repo
from ops_center.cap_exchange import CENTER_SENDER, incident_message, incident_msg_type, message_ref, tells_the_same
from ops_center.coordination import ACTOR
from ops_center.dispatch import (
    NONE_TAKEN,
    TERMINAL,
    Agency,
    Assignment,
    AssignmentChanged,
    AssignmentState,
    DispatchEvent,
)
from ops_center.errors import (
    UnknownIncidentError,
)
from ops_center.incidents import CapSeverity, Incident, IncidentState, IncidentType, Item, Member, Withdrawal, one_line
from ops_center.messages import Channel, DispatchTopic, carried_over_words
from ops_center.queries import OPEN_INCIDENT_STATES

if TYPE_CHECKING:
    from ops_center.service import Delivery, OpsService, PollResult

#: The service's logger: its parts log as the service.
log = logging.getLogger("ops_center.service")
#: A flood holding a rescue report has people trapped in its water: the fire bureau's rescue
#: crews go with the flood's agencies (ops_center/routing.yaml, route ``rescue``).
_RESCUE = Signal.RESCUE.value
_RESCUE_CREWS = (Agency.FIRE,)
#: A job of another kind holding a report of fire (a 119 fire dispatch at a crash, a caller
#: seeing a car burn) is a fire too: the fire route's agencies go with its own.
_FIRE_REPORT = Signal.FIRE_REPORT.value


def routed_as(snap: Incident,
              job: tuple[CapSeverity, int] | None) -> tuple[CapSeverity, tuple[Member, ...], bool] | None:
    """How :func:`dispatch` routes ``snap``: its severity, the members it is routed on and
    whether it is open now; None when it is not routed (see :func:`dispatch`)."""
    if snap.state is IncidentState.OPEN and not snap.planned:
        return snap.severity, snap.members, True
    if job is not None and not snap.withdrawn:
        return job[0], snap.members[: job[1]], False
    return None


def reasons(self: OpsService, snap: Incident, job: tuple[CapSeverity, int] | None) -> dict[Agency, str]:
    """The agencies :func:`dispatch` routes ``snap`` to, each with its reason (none when it is
    not routed): its route's, the fire bureau's rescue crews for a flood holding a rescue report,
    the fire route's for a job of another kind holding a report of fire."""
    routed = routed_as(snap, job)
    if routed is None:
        return {}
    severity, members, _ = routed
    also, also_routes = _beyond_route(snap.type, members)
    return self.dispatcher.reasons(snap.type, severity, also=also, also_routes=also_routes)


def _beyond_route(kind: IncidentType,
                  members: tuple[Member, ...]) -> tuple[tuple[Agency, ...], tuple[IncidentType, ...]]:
    """What a job of ``kind`` holding ``members`` needs beyond its route: the agencies (the
    fire bureau's rescue crews for a flood holding a rescue report) and the other routes (the
    fire route's for a job of another kind holding a report of fire)."""
    trapped = kind is IncidentType.FLOOD and any(m.signal == _RESCUE for m in members)
    burning = kind is not IncidentType.FIRE and any(m.signal == _FIRE_REPORT for m in members)
    return (_RESCUE_CREWS if trapped else ()), ((IncidentType.FIRE,) if burning else ())


def taken_in_poll(self: OpsService, snaps: Mapping[str, Incident],
                  jobs: Mapping[str, tuple[CapSeverity, int]]) -> tuple[dict[str, dict[Agency, str]], set[str]]:
    """The agencies of the incidents merged in this poll before any agency was sent to them
    (a 119 rescue opened and absorbed by the crash at its place in one batch), by the
    incident that holds their job at the end of the poll, each with its reason. Routed on
    their own, they would be assigned to an incident no console list or wall shows (merged);
    :func:`dispatch` assigns them to the job that took them instead. An incident whose
    survivor is not routed in this poll is left to be routed as itself. Also returns the
    incidents whose agencies are passed on so (not to be routed themselves)."""
    taken: dict[str, dict[Agency, str]] = {}
    passed_on: set[str] = set()
    for inc_id, snap in sorted(snaps.items()):
        if snap.state is not IncidentState.MERGED or self.dispatcher.assignments(inc_id):
            continue
        survivor = snap.merged_into
        seen = {inc_id}
        while survivor is not None and survivor in snaps and survivor not in seen \
                and snaps[survivor].state is IncidentState.MERGED:
            seen.add(survivor)
            survivor = snaps[survivor].merged_into
        if survivor is None or survivor not in snaps or snaps[survivor].state is IncidentState.MERGED \
                or routed_as(snaps[survivor], jobs.get(survivor)) is None:
            continue
        passed_on.add(inc_id)
        into = taken.setdefault(survivor, {})
        for agency, reason in reasons(self, snap, jobs.get(inc_id)).items():
            into.setdefault(agency, f"{reason}, of {inc_id} it took")
    return taken, passed_on


def dispatch(self: OpsService, snap: Incident, wall: float, result: PollResult, w: repo.Writes,
             *, job: tuple[CapSeverity, int] | None = None,
             taken: Mapping[Agency, str] = NONE_TAKEN) -> list[DispatchEvent]:
    """Route an open incident to its agencies and send its CAP message. A planned event that
    nobody works yet (``snap.planned``: the permit alone, its expected effects held aside) is
    on the wall but sent to no agency: the police issued the permit and staff it already, so
    an assignment would only ask them to acknowledge what they know. It is routed on the poll
    in which a report of its work joins it.

    ``job``: the incident's severity and member count the last time in this poll it was a
    live job (``Correlator.as_job``). An incident no longer open (quiet or merged by the
    batch's later rows) is routed as that job, and its CAP message sent only to agencies
    assigned just now: rows that came in one batch after an outage route what they routed
    one by one. An incident that was no live job in the poll (a late report joining a job
    gone quiet, a withdrawn alarm) is not routed.

    ``taken``: the agencies (with their reasons) of the incidents it absorbed in this poll
    before any agency was sent to them: they are assigned here, on the job that holds their
    evidence and that the console and the wall show, not on an incident already merged."""
    incident_id = snap.incident_id
    routed = routed_as(snap, job)
    if routed is None:
        return []
    severity, members, live = routed
    absorbed = [r.absorbed for r in snap.merges]
    # The agencies working an incident it took carry on here, where they are seen.
    carried = self.dispatcher.take_over(incident_id, absorbed, wall)
    for ev in carried:
        if isinstance(ev, AssignmentChanged) and ev.assignment.incident_id != incident_id:
            _tell_ended(self, ev.assignment, incident_id)
    also, also_routes = _beyond_route(snap.type, members)
    events = carried + self.dispatcher.dispatch(incident_id, snap.type, severity, wall, merged_from=absorbed, also=also,
                                      also_routes=also_routes, taken=taken)
    sent = self._cap_severity.get(incident_id)
    assigned = [
        a.agency.value for a in self.dispatcher.assignments(incident_id) if a.state is not AssignmentState.CANCELLED
    ]
    if assigned and (events or (live and (sent is None or sent is not snap.severity))):
        self._send_cap(snap, assigned, wall, w)
    if events:
        result.dispatched += 1
    return events


def send_cap(
    self: OpsService,
    snap: Incident,
    agencies: list[str],
    wall: float,
    w: repo.Writes,
    *,
    cancelled: Collection[Agency] = (),
    withdrawal: Withdrawal | None = None,
    closed: str | None = None,
    reopened: str | None = None,
    cancelled_by_withdrawal: bool = True,
    again: bool = False,
) -> None:
    """Render the incident's CAP message to ``agencies``, log it, and queue each assignment's
    message (:func:`tell`; ``cancelled``: agencies cancelled just now, told so; ``withdrawal``:
    the incident is withdrawn: the messages of what its withdrawal called off or kept say why,
    and so does the CAP message's note while that is all it holds (not once a coordinator
    dispatched to it since; ``cancelled_by_withdrawal``: whether ``cancelled`` are its
    call-offs); ``closed``: the coordinator's reason for closing it, the note of its Cancel;
    ``reopened``: the coordinator's reason for reopening it, the note of its Update).

    ``again``: the agencies are told their work again (a restart, a reconnection to the
    database, a mode switch), not told of a change: when the message would say what the last
    one sent said (:func:`~ops_center.cap_exchange.tells_the_same`), each assignment's message
    carries that last one and no new Update is logged or sent."""
    if snap.incident_id in self._cap_last:
        prev = self._cap_last[snap.incident_id]
    else:  # not sent by this process yet: ask the log (after a restart)
        prev = repo.last_cap_out(self.conn, snap.incident_id)
    n = 1 if prev is None else int(prev[1].rsplit("-", 1)[-1]) + 1
    ref = message_ref(CENTER_SENDER, f"{snap.incident_id}-{n}", datetime.fromtimestamp(wall, tz=UTC))
    previous = [] if prev is None else [message_ref(*prev)]
    note = ""
    held = self.dispatcher.assignments(snap.incident_id)
    dispatched_since = [a for a in held
                        if a.state not in TERMINAL and not self.dispatcher.is_stopped(a.incident_id, a.agency)]
    if withdrawal is not None and not dispatched_since:  # the device in words, its id in brackets for machines
        device_id = one_line(withdrawal.device_id, 64)
        note = f"已撤回 withdrawn: {withdrawal.zh}" + (f" [{device_id}]" if device_id else "")
    if closed is not None:
        note = f"已結案 closed: {one_line(closed, 200)}".rstrip(": ")
    if reopened is not None:
        note = f"重新開啟 reopened: {one_line(reopened, 200)}".rstrip(": ")
    xml = incident_message(snap, ref, addresses=agencies, to_wgs84=to_wgs84, previous=previous, note=note,
                           place=self.name_place(*snap.centroid))
    msg_type = incident_msg_type(snap, previous)
    if again and prev is not None:
        last = repo.last_cap_xml(self.conn, snap.incident_id)
        if last and tells_the_same(xml, last):
            self._cap_severity[snap.incident_id] = snap.severity
            self._cap_last[snap.incident_id] = prev
            _tell_all(self, snap, last, cancelled, withdrawal, cancelled_by_withdrawal=cancelled_by_withdrawal)
            return
    w.cap(
        identifier=ref.identifier,
        sender=ref.sender,
        incident_id=snap.incident_id,
        direction="out",
        msg_type=msg_type,
        sent=ref.sent,
        refs=" ".join(p.reference() for p in previous),
        xml=xml,
    )
    self._cap_severity[snap.incident_id] = snap.severity
    self._cap_last[snap.incident_id] = (ref.sender, ref.identifier, ref.sent)
    _tell_all(self, snap, xml.decode(), cancelled, withdrawal, cancelled_by_withdrawal=cancelled_by_withdrawal)


def _tell_all(self: OpsService, snap: Incident, cap: str, cancelled: Collection[Agency],
              withdrawal: Withdrawal | None, *, cancelled_by_withdrawal: bool) -> None:
    """:func:`send_cap`'s messages to each agency holding an assignment (not one cancelled before)."""
    for a in self.dispatcher.assignments(snap.incident_id):
        if a.state is AssignmentState.CANCELLED and a.agency not in cancelled:
            continue  # ``cancelled``: just now, so the agency learns it
        by_withdrawal = (cancelled_by_withdrawal and a.agency in cancelled) or self.dispatcher.is_stopped(
            a.incident_id, a.agency)
        tell(self, snap, a, cap, withdrawal if by_withdrawal else None)


def tell(self: OpsService, snap: Incident, a: Assignment, cap: str, withdrawal: Withdrawal | None = None, *,
         carried_to: str | None = None) -> None:
    """Queue ``a``'s message to its agency on ``soc/v1/dispatch/{agency}/assignment/{incident}``
    (``cap``: the incident's latest CAP message; ``withdrawal``: why the incident's withdrawal
    called it off or stopped its clock). An open assignment's is retained, so a desk that
    (re)connects gets each of its open assignments in its current state; an ended one's
    (cleared, cancelled) is sent once, not retained, and the retained one cleared (an empty
    retained payload), so a desk that connects later gets nothing of it; ``carried_to``: it
    ended because that job took the incident, where its crew works now (``carried_over_to``,
    and why in words). The body's ``number`` (the incident's short number) and the job's are
    filled in at the flush (:func:`flush`)."""
    lon, lat = to_wgs84(*snap.centroid)
    body: dict[str, object] = {
        "incident_id": snap.incident_id,
        "number": None,
        "type": snap.type.value,
        "severity": snap.severity.value,
        "state": a.state.value,
        "deadline": _iso(a.deadline),
        "lon": round(lon, 6),
        "lat": round(lat, 6),
        "zone": snap.zone.zone,
        "sub_area": snap.zone.sub_area,
        "mode": self.dispatcher.mode.value,
        "cap": cap,
    }
    if withdrawal is not None:
        body |= {"withdrawn": True, "reason": withdrawal.zh, "reason_en": withdrawal.en,
                 "device_id": withdrawal.device_id}
    if carried_to is not None:
        body |= {"carried_over_to": carried_to, "carried_over_to_number": None, "reason": "", "reason_en": ""}
    topic = str(DispatchTopic(a.agency, Channel.ASSIGNMENT, snap.incident_id))
    if a.state in TERMINAL:
        self._outbox.append((topic, body, False))
        self._outbox.append((topic, b"", True))
    else:
        self._outbox.append((topic, body, True))


def _tell_ended(self: OpsService, a: Assignment, job: str) -> None:
    """Queue the message of an assignment the service ended on an incident it holds no longer
    as a job (carried over to ``job``, which took it): its agency is told it is cancelled or
    cleared and where its crew works now, and its retained message is cleared."""
    try:
        snap = self.correlator.snapshot(a.incident_id)
    except UnknownIncidentError:
        self._outbox.append((str(DispatchTopic(a.agency, Channel.ASSIGNMENT, a.incident_id)), b"", True))
        return
    tell(self, snap, a, repo.last_cap_xml(self.conn, a.incident_id), carried_to=job)


def tell_move(self: OpsService, incident_id: str, agency: Agency) -> None:
    """Queue the message of an assignment its agency moved (after the move's commit): its
    retained message says the new state, or is cleared once the assignment ended
    (:func:`tell`), with the incident's latest CAP message. One the correlator no longer
    holds (quiet past its retention) has its retained message cleared once it ended, and
    kept as it was otherwise (logged)."""
    a = self.dispatcher.get(incident_id, agency)
    try:
        snap = self.correlator.snapshot(incident_id)
    except UnknownIncidentError:
        log_event(log, "tell_not_in_memory", incident_id=incident_id, agency=agency.value)
        if a.state in TERMINAL:
            self._outbox.append((str(DispatchTopic(agency, Channel.ASSIGNMENT, incident_id)), b"", True))
        return
    why = repo.withdrawal(self.conn, incident_id) if self.dispatcher.is_stopped(incident_id, agency) else None
    tell(self, snap, a, repo.last_cap_xml(self.conn, incident_id), why)


def withdraw(self: OpsService, snap: Incident, by: Item, wall: float, w: repo.Writes) -> list[DispatchEvent]:
    """A withdrawn incident (its device took its only alarm back with ``by``): its history says
    so with the reason, its assignments nobody acknowledged are cancelled with it (an agency
    that acknowledged waits for a coordinator: ``Dispatcher.withdraw``), and the agencies
    are told after the commit (a CAP Update whose ``note`` says why; each cancelled
    assignment's retained message says ``cancelled``, ``withdrawn`` and why)."""
    why = Withdrawal.of(by, self.name_device(by.source_id) if by.permit_status is None else None)
    incident_id = snap.incident_id
    w.history(incident_id, max(snap.updated_at, by.t), actor=ACTOR, action="withdrawn", reason=why.zh,
              detail={"reason_en": why.en, "item": by.key, "source_id": by.source_id, "feed": by.feed,
                      "category": by.category})
    events = self.dispatcher.withdraw(incident_id, wall, actor=ACTOR, reason=f"withdrawn: {why.zh}")
    ended = [e.assignment.agency for e in events if isinstance(e, AssignmentChanged)]
    # Told: those called off, and those on their way, who learn the device's reset and that
    # their assignment stands until a coordinator decides.
    told = [a.agency.value for a in self.dispatcher.assignments(incident_id)
            if a.state not in (AssignmentState.CANCELLED, AssignmentState.CLEARED) or a.agency in ended]
    if told:
        self._send_cap(snap, told, wall, w, cancelled=ended, withdrawal=why)
    log_event(log, "incident_withdrawn", incident_id=incident_id, cancelled=len(ended),
              kept=len(told) - len(ended))
    return events


def store_dispatch(
    self: OpsService,
    events: list[DispatchEvent],
    channel: str,
    reported_by: str = "",
    *,
    into: repo.Writes | None = None,
) -> None:
    """Gather dispatch events into ``into``, or write them now when it is None."""
    policies = {
        e.assignment.incident_id: self.dispatcher.ack_policy(e.assignment.incident_id)
        for e in events
        if isinstance(e, AssignmentChanged)
    }
    if into is not None:
        into.dispatch_events(events, policies, channel, reported_by)
    else:
        repo.store_dispatch_events(self.conn, events, policies, channel, reported_by)


def flush(self: OpsService) -> None:
    """Publish what the committed transactions queued, in order, and delete those they stored
    (``OpsService._committing``) once the broker has them. An assignment's body gets the
    incident's short number here: the database draws it when the incident's row is first
    inserted (migration 0047), in the transaction that also queued its first messages, so it
    is read once that has committed and remembered (it never changes).

    The rows of the stored messages published so far are deleted, oldest first, once the broker
    has acknowledged the last message published after them: looked at before this flush
    publishes (under a steady stream every flush publishes something, whose acknowledgement has
    not come back yet) and again after it."""
    _forget_acknowledged(self)
    if self.publish is None:
        self._sent_rows += self._staged
        self._outbox.clear()
    else:
        named = [(p["incident_id"], p.get("carried_over_to")) for _t, p, _r in self._outbox if isinstance(p, dict)]
        unknown = {str(i) for pair in named for i in pair if i is not None} - self._numbers.keys()
        if unknown:
            self._numbers.update(repo.incident_numbers(self.conn, sorted(unknown)))
        while self._outbox:
            topic, payload, retain = self._outbox[0]
            if isinstance(payload, dict):
                payload = json.dumps(_numbered(payload, self._numbers), ensure_ascii=False).encode()
            sent = self.publish(topic, payload, retain=retain)
            self._outbox.pop(0)
            if self._staged > 0:  # the first ``_staged`` of the queue are the stored ones
                self._staged -= 1
                self._sent_rows += 1
            if self._sent_rows:
                self._last_sent = sent
    self._staged = 0
    _forget_acknowledged(self)


def _forget_acknowledged(self: OpsService) -> None:
    """Delete the rows of the stored messages published so far once the broker has them all (a
    death before this publishes them again at the restart: a repeat)."""
    if self._sent_rows and _acknowledged(self._last_sent):
        repo.forget_staged(self.conn, self._sent_rows)
        self._sent_rows, self._last_sent = 0, None


def _numbered(body: dict[str, object], numbers: Mapping[str, int]) -> dict[str, object]:
    """An assignment's ``body`` with its incident's short number, and the number of the job its
    crew was carried over to with the words saying so (:func:`~ops_center.messages.carried_over_words`)."""
    out = body | {"number": numbers.get(str(body["incident_id"]))}
    job = body.get("carried_over_to")
    if job is not None:
        number = numbers.get(str(job))
        zh, en = carried_over_words(str(job), number)
        out |= {"carried_over_to_number": number, "reason": zh, "reason_en": en}
    return out


def _acknowledged(sent: Delivery | None) -> bool:
    """Whether the broker has every message published up to ``sent``: it acknowledged ``sent``,
    which went out on a connection (MQTT 5.0 §4.6: a receiver acknowledges QoS 1 messages in the
    order it received them, and the client sends the messages it held while disconnected first,
    in order, after the reconnection). One held while disconnected (``rc`` not 0) waits for a
    later one. None: the publisher has no broker behind it (a test's)."""
    if sent is None:
        return True
    if sent.rc != 0:
        return False
    return sent.is_published()


def republish_open(self: OpsService) -> None:
    """After a restart, publish every live assignment again (retained, idempotent), the
    called-off ones of a withdrawn incident, and clear the retained messages of the ended
    ones of the open incidents (:func:`tell`); all units of
    :func:`republishing` at once."""
    for _ in republishing(self):
        pass


def republishing(self: OpsService) -> Iterator[int]:
    """:func:`republish_open` in units of about ``self.unit_s``: yields the incidents looked at
    so far whenever a unit's time is spent (a storm leaves thousands of live assignments, each a
    CAP message to render), so the runner beats while they are rendered. Publishes nothing
    until the last unit: the rows they add are stored in one transaction first."""
    timer = UnitTimer(self.unit_s)
    w = repo.Writes()
    seen = 0
    for inc_id in repo.incident_ids_with_state(self.conn, list(OPEN_INCIDENT_STATES)):
        seen += 1
        held = self.dispatcher.assignments(inc_id)
        live = [a for a in held if a.state not in (AssignmentState.CLEARED, AssignmentState.CANCELLED)]
        cancelled = [a.agency for a in held if a.state is AssignmentState.CANCELLED]
        if live or cancelled:
            snap: Incident | None = None
            if inc_id in self._persisted:
                with contextlib.suppress(UnknownIncidentError):
                    snap = self.correlator.snapshot(inc_id)
            if snap is None:
                # one the correlator holds no live job of (reopened: it forgot it, or a replay
                # closed it again; quiet past its retention): told from its stored rows, as a
                # coordinator's command on it is
                snap = repo.stored_incident(self.conn, inc_id)
            if snap is None:
                log_event(log, "republish_forgotten", incident_id=inc_id)
                continue
            # A withdrawn incident's called-off work is said again too (the process may have
            # stopped between the withdrawal's commit and its publication).
            why = repo.withdrawal(self.conn, inc_id) if snap.withdrawn else None
            if why is not None:
                self._send_cap(snap, [a.agency.value for a in live] + [a.value for a in cancelled], self.clock(), w,
                               cancelled=cancelled, withdrawal=why, again=True)
            elif live:
                self._send_cap(snap, [a.agency.value for a in live], self.clock(), w, again=True)
                # A cancellation the process may have stopped before publishing: its retained
                # message cleared (the desk was told when it was published, if it was).
                self._outbox.extend((str(DispatchTopic(a, Channel.ASSIGNMENT, inc_id)), b"", True) for a in cancelled)
        if timer.due():
            yield seen
            timer.next()
    with self.conn.transaction():
        w.flush(self.conn)
    self._flush()


def _iso(t: float | None) -> str | None:
    return None if t is None else datetime.fromtimestamp(t, tz=UTC).isoformat()
