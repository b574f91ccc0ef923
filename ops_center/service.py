"""The ops center shell: committed alerts and events in, incidents and dispatch out.

The only module of the package that reads the clock, talks to the database and
publishes. Each :meth:`OpsService.poll_once`:

1. computes the commit horizon (``ingest_horizon()``, migration 0010) and reads
   events (by ``received_at``) and alert raises / severity changes (by
   ``alert_transitions.recorded_at``) in ``[watermark, horizon)`` (contract 4:
   every transaction that could still commit a row below the horizon had ended
   when it was computed, so nothing committed late is skipped);
2. feeds them to the correlator at *correlator time* = the event-time
   high-water mark (so results do not depend on how fast or in which batches
   rows arrive), and in one transaction stores the incidents, their members,
   merges, items left out, the replay log and the new watermark;
3. routes new or grown incidents to agencies, escalates overdue assignments,
   and after the commit publishes assignments (retained) to the agencies.

Restart: the correlator is rebuilt by replaying ``ops_feed_log`` (it is
deterministic), so a restart opens no duplicate incident; the watermark was
stored with the results, so it misses nothing.

Coordinator commands from the web API (another process) are rows of
``ops_commands`` (migration 0042), applied in id order by
:meth:`OpsService.apply_commands` in the same transaction that marks them done or
rejected (:mod:`ops_center.commands`).

Agency reports arrive on ``soc/v1/dispatch/{agency}/status|ack/{incident}``
(:mod:`ops_center.messages`) through a queue filled by the MQTT thread and are
applied by :meth:`OpsService.apply_report` in the service thread.
"""

from __future__ import annotations

import json
import logging
import queue
import threading
import time
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

from psycopg.pq import TransactionStatus

from alerts.api import EVALUATOR, Action, ConditionTransition, Step, covering_step, evaluated_before, steps_between
from common.errors import is_transient
from common.logging import log_event
from common.runner import committed_horizon
from common.settings import Settings
from common.vocabulary import ALERT_RULE_CATEGORY
from geo.crs import to_twd97, to_wgs84
from ops_center import repo
from ops_center.cap_exchange import CENTER_SENDER, incident_message, message_ref
from ops_center.commands import Assign, Close, Command, Note, Reassign, parse_command
from ops_center.correlate import (
    Change,
    Correlator,
    Duplicate,
    Joined,
    LeftOut,
    Merged,
    Opened,
    Quieted,
    RoadLookup,
    ZoneLookup,
)
from ops_center.dispatch import (
    Agency,
    AssignmentChanged,
    AssignmentState,
    Dispatcher,
    DispatchEvent,
    Mode,
    RoutingTable,
)
from ops_center.errors import (
    AssignmentTransitionError,
    DispatchError,
    IncidentTransitionError,
    MessageError,
    OpsError,
    UnknownAssignmentError,
    UnknownIncidentError,
)
from ops_center.incidents import CapSeverity, Incident, IncidentState, Item, ItemKind, ZoneRef
from ops_center.messages import AgencyReport, Channel, DispatchTopic, parse_report, payload_text
from ops_center.policies import MIRROR_FEED
from ops_center.queries import OPEN_INCIDENT_STATES

log = logging.getLogger(__name__)

REASON_NO_LOCATION = "no_location"
ACTOR = "ops-center"

class Publisher(Protocol):
    """Publishes one MQTT message (QoS 1); the paho client is adapted to this."""

    def __call__(self, topic: str, payload: bytes, *, retain: bool) -> None: ...


def _no_zone(_x: float, _y: float) -> ZoneRef:
    return ZoneRef(None, None)


def _event_key(source_id: str, feed: str, event_key: str, t: datetime) -> str:
    return f"event:{source_id}|{feed}|{event_key}|{t.isoformat()}"


def event_item(row: repo.EventRow) -> Item | None:
    """An ``events`` row as an item (None when it has no location).

    ``follows`` is the item key of the row it follows up, if that is stored; a
    planned event's ``t`` is its start and ``ends_t`` its end."""
    if row.lon is None or row.lat is None:
        return None
    x, y = to_twd97(row.lon, row.lat)
    key = _event_key(row.source_id, row.feed, row.event_key, row.time)
    follows = None
    if row.follows_source is not None and row.follows_key is not None and row.follows_time is not None:
        follows = _event_key(row.follows_source, row.feed, row.follows_key, row.follows_time)
    return Item(
        key,
        ItemKind.EVENT,
        row.domain,
        row.feed,
        row.category or "",
        CapSeverity.parse(row.severity),
        x,
        y,
        row.time.timestamp(),
        row.source_id,
        row.text or "",
        follows,
        row.ends_at.timestamp() if row.ends_at is not None else None,
        confidence=row.confidence,
    )


#: Alert transitions that end the alert's condition: the correlator reads them as its
#: device's condition back to normal (vocabulary category ``cleared``).
_ENDING = frozenset({Action.CLEAR.value, Action.RESOLVE.value})
#: Transitions that are new evidence of the same alert besides its raise and severity
#: changes: a level change within one severity (豪雨 -> 大豪雨), the condition holding again.
_AGAIN = frozenset({Action.LEVEL.value, Action.RECUR.value})


def alert_item(row: ConditionTransition) -> Item | None:
    """An alert transition as an item.

    A raise or severity change is keyed by the severity, so a rise is new evidence and
    a repeat of the same severity a duplicate; a level change or a recurrence is keyed
    by its transition (new evidence at the same severity); a clear or a resolution is
    the category ``cleared`` (the condition ended: its incident no longer holds on it)."""
    if row.lon is None or row.lat is None:
        return None
    x, y = to_twd97(row.lon, row.lat)
    # The measuring rules' alerts are evidence; the rules mirroring events (fire-alarm,
    # police-incident, ...) are not, their events are read directly.
    category = ALERT_RULE_CATEGORY.get(row.rule_id, row.rule_id)
    feed = "alert" if row.rule_id in ALERT_RULE_CATEGORY else MIRROR_FEED
    key = f"alert:{row.alert_id}:{row.severity}"
    if row.action in _ENDING:
        category = "cleared"
        key = f"alert:{row.alert_id}:{row.action}:{row.transition_id}"
    elif row.action in _AGAIN:
        key = f"alert:{row.alert_id}:{row.action}:{row.transition_id}"
    return Item(
        key,
        ItemKind.ALERT,
        row.agency,
        feed,
        category,
        CapSeverity.parse(row.severity),
        x,
        y,
        row.at.timestamp(),
        row.source_id,
        site=row.site or "",
    )


@dataclass(slots=True)
class PollResult:
    """What one poll did (counters for logs and tests)."""

    items: int = 0
    keys: list[str] = field(default_factory=list)
    duplicates: int = 0
    left_out: int = 0
    touched: set[str] = field(default_factory=set)
    dispatched: int = 0


class OpsService:
    """Correlation + dispatch over one autocommit connection (transactions are explicit)."""

    def __init__(
        self,
        conn: repo.Conn,
        routing: RoutingTable,
        *,
        consumer: str = "ops",
        zone_of: ZoneLookup = _no_zone,
        roads_at: RoadLookup | None = None,
        publish: Publisher | None = None,
        clock: Callable[[], float] = time.time,
        default_mode: Mode = Mode.PEACETIME,
        batch_max: int = 5000,
        horizon_margin_s: float = 0.005,
        idle_after_s: float | None = 60.0,
        retention_s: float = 6 * 3600.0,
        follow_alerts: str | None = EVALUATOR,
    ) -> None:
        self.conn = conn
        self.routing = routing
        self.consumer = consumer
        self.publish = publish
        self.clock = clock
        self.batch_max = batch_max
        self.follow_alerts = follow_alerts
        self.margin_s = horizon_margin_s
        self.idle_after_s = idle_after_s
        # Wall time and correlator time when rows last came in (see the idle tick).
        self._rows_wall = clock()
        self._rows_now = 0.0
        self.retention_s = retention_s
        self.correlator = Correlator(zone_of=zone_of, roads_at=roads_at, retention_s=retention_s)
        self.dispatcher = Dispatcher(routing, default_mode)
        self.reports: queue.Queue[tuple[str, bytes]] = queue.Queue(maxsize=10_000)
        self._zone_of = zone_of
        self._now = 0.0
        self._events_wm = datetime.fromtimestamp(0, tz=UTC)
        self._alerts_wm = self._events_wm
        self._mode_id = 0
        self._mode_checked_at = float("-inf")
        self._persisted: dict[str, int] = {}
        self._cap_severity: dict[str, CapSeverity] = {}
        self._cap_last: dict[str, tuple[str, str, datetime] | None] = {}
        self._outbox: list[tuple[str, bytes, bool]] = []
        self._resync = False  # a command's transaction failed: reload dispatch from the tables

    # ------------------------------------------------------------------ start-up
    def start(self) -> None:
        """Load the watermark, replay the log into the correlator, restore dispatch."""
        with self.conn.transaction():
            self._events_wm, self._alerts_wm, clock_at = repo.watermark(self.conn, self.consumer)
        self._now = clock_at.timestamp() if clock_at is not None else 0.0
        self._rows_wall, self._rows_now = self.clock(), self._now
        replayed = 0
        for op, item, now, incident_id in repo.read_log(self.conn, self._now - 2 * self.retention_s):
            if op == "feed" and item is not None:
                self.correlator.feed(item, now)
            elif op == "close" and incident_id is not None:
                self._close_in_memory(incident_id, now)
            else:
                self.correlator.tick(now)
            replayed += 1
        for inc_id in self.correlator.incident_ids():
            self._persisted[inc_id] = len(self.correlator.snapshot(inc_id).members)
        latest = repo.latest_mode(self.conn)
        if latest is not None:
            self._mode_id, mode = latest
            self.dispatcher = Dispatcher(self.routing, mode)
        assignments, policies = repo.load_assignments(self.conn)
        restored = self.dispatcher.restore(assignments, policies)
        # A switch made while the service was down: the stored deadlines follow it now.
        with self.conn.transaction():
            repo.store_deadlines(self.conn, restored)
        log_event(log, "ops_started", replayed=replayed, mode=self.dispatcher.mode.value, assignments=len(assignments))

    # ---------------------------------------------------------------------- poll
    def poll_once(self) -> PollResult:
        """Read what committed since the watermark, correlate, store, dispatch, publish."""
        result = PollResult()
        hz = committed_horizon(self.conn, self.margin_s)
        # One upper bound for both streams, so rows are correlated in commit-time order.
        hi = max(hz, self._events_wm, self._alerts_wm)
        hi = repo.cuts(self.conn, self._events_wm, self._alerts_wm, hi, self.batch_max)
        al_wm = max(hi, self._alerts_wm)
        follows, evaluated = (evaluated_before(self.conn, al_wm, self.follow_alerts)
                              if self.follow_alerts is not None else (False, None))
        # Following the evaluator, events wait for it (see _ordered).
        ev_cap = min(evaluated or self._events_wm, al_wm) if follows else hi
        ev_wm = max(ev_cap, self._events_wm)
        events, alerts = repo.rows_between(self.conn, self._events_wm, self._alerts_wm, al_wm, events_hi=ev_wm)
        steps = (steps_between(self.conn, self._alerts_wm, al_wm, self.follow_alerts)
                 if follows and self.follow_alerts is not None else None)
        rows = _ordered(events, alerts, steps, al_wm)
        wall = self.clock()
        self._check_mode(wall)
        to_log: list[tuple[Item, float]] = []
        # One transaction, sent as a pipeline: no statement waits for the previous one;
        # its writes are gathered by kind and sent as one statement per kind.
        w = repo.Writes()
        with self.conn.transaction(), self.conn.pipeline():
            changes: list[Change] = []
            for key, item in rows:
                if item is None:
                    w.left_out(key if ":" in key else f"event:{key}", REASON_NO_LOCATION, self._now)
                    result.left_out += 1
                    continue
                if item.ends_t is None:  # a planned event's start may lie ahead: no clock to follow
                    self._now = max(self._now, item.t)
                out = self.correlator.feed(item, self._now)
                if not any(isinstance(c, Duplicate) for c in out):
                    to_log.append((item, self._now))
                    result.items += 1
                    result.keys.append(item.key)
                else:
                    result.duplicates += 1
                changes.extend(out)
            if rows:
                self._rows_wall, self._rows_now = wall, self._now
            elif self.idle_after_s is not None and wall - self._rows_wall >= self.idle_after_s:
                # No evidence for a while: let correlator time run on with the wall clock
                # from where the data left it (not *to* the wall clock, so a replay of
                # historical data is not quieted at once), so live incidents go quiet.
                idle_now = max(self._now, self._rows_now + (wall - self._rows_wall))
                ticked = self.correlator.tick(idle_now)
                if ticked:
                    self._now = idle_now
                    repo.log_tick(self.conn, idle_now)
                    changes.extend(ticked)
            repo.log_feeds(self.conn, to_log)
            snaps = self._store_changes(changes, result, w)
            dispatch_events: list[DispatchEvent] = []
            for inc_id in sorted(result.touched):
                dispatch_events.extend(self._dispatch(snaps[inc_id], wall, result, w))
            dispatch_events.extend(self.dispatcher.tick(wall))
            self._store_dispatch(dispatch_events, "service", into=w)
            w.flush(self.conn)
            self._events_wm, self._alerts_wm = ev_wm, al_wm
            repo.set_watermark(
                self.conn, self.consumer, ev_wm, al_wm, datetime.fromtimestamp(self._now, tz=UTC) if self._now else None
            )
        self.correlator.release_forgotten()
        self._flush()
        return result

    def _store_changes(self, changes: Iterable[Change], result: PollResult, w: repo.Writes) -> dict[str, Incident]:
        """Gather the rows of a batch's changes into ``w``; returns the touched incidents' snapshots."""
        merges: list[Merged] = []
        for ch in changes:
            if isinstance(ch, Opened | Joined | Quieted):
                result.touched.add(ch.incident_id)
            elif isinstance(ch, Merged):
                merges.append(ch)
                result.touched.update((ch.record.survivor, ch.record.absorbed))
            elif isinstance(ch, LeftOut):
                w.left_out(ch.item_key, ch.reason, self._now)
                result.left_out += 1
        snaps = {i: self.correlator.snapshot(i) for i in result.touched}
        # Absorbed incidents first (they may be new in this batch), then the others,
        # then the merge records that reference both.
        order = sorted(snaps.values(), key=lambda s: (s.state is not IncidentState.MERGED, s.opened_at, s.incident_id))
        # Members only ever append (a merge appends the absorbed ones, whose rows are
        # then re-pointed), so only the tail since the last write is written.
        for snap in order:
            done = self._persisted.get(snap.incident_id)
            w.incident(snap, snap.members[done or 0 :])
            self._persisted[snap.incident_id] = len(snap.members)
            if done is None:
                self._cap_last[snap.incident_id] = None  # opened here: nothing sent before
                w.history(
                    snap.incident_id,
                    snap.opened_at,
                    actor=ACTOR,
                    action="opened",
                    detail={"type": snap.type.value, "seed": snap.members[0].item.key},
                )
                log_event(log, "incident_opened", incident_id=snap.incident_id, type=snap.type.value)
            if snap.state is IncidentState.QUIET:
                w.history(snap.incident_id, snap.updated_at, actor=ACTOR, action="quiet")
        for m in merges:
            rec = m.record
            w.merge(rec)
            detail = {"survivor": rec.survivor, "absorbed": rec.absorbed, "bridge": rec.bridge_key}
            w.history(rec.survivor, rec.at, actor=ACTOR, action="merged", reason="bridged", detail=detail)
            w.history(rec.absorbed, rec.at, actor=ACTOR, action="absorbed", reason="bridged", detail=detail)
        return snaps

    # ------------------------------------------------------------------ dispatch
    def _dispatch(self, snap: Incident, wall: float, result: PollResult, w: repo.Writes) -> list[DispatchEvent]:
        incident_id = snap.incident_id
        if snap.state is not IncidentState.OPEN:
            return []
        absorbed = [r.absorbed for r in snap.merges]
        events = self.dispatcher.dispatch(incident_id, snap.type, snap.severity, wall, merged_from=absorbed)
        sent = self._cap_severity.get(incident_id)
        assigned = [
            a.agency.value for a in self.dispatcher.assignments(incident_id) if a.state is not AssignmentState.CANCELLED
        ]
        if assigned and (sent is None or sent is not snap.severity or events):
            self._send_cap(snap, assigned, wall, w)
        if events:
            result.dispatched += 1
        return events

    def _send_cap(
        self, snap: Incident, agencies: list[str], wall: float, w: repo.Writes, *, cancelled: Collection[Agency] = ()
    ) -> None:
        if snap.incident_id in self._cap_last:
            prev = self._cap_last[snap.incident_id]
        else:  # not sent by this process yet: ask the log (after a restart)
            prev = repo.last_cap_out(self.conn, snap.incident_id)
        n = 1 if prev is None else int(prev[1].rsplit("-", 1)[-1]) + 1
        ref = message_ref(CENTER_SENDER, f"{snap.incident_id}-{n}", datetime.fromtimestamp(wall, tz=UTC))
        previous = [] if prev is None else [message_ref(*prev)]
        xml = incident_message(snap, ref, addresses=agencies, to_wgs84=to_wgs84, previous=previous)
        msg_type = "Update" if previous else "Alert"
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
        lon, lat = to_wgs84(*snap.centroid)
        for a in self.dispatcher.assignments(snap.incident_id):
            if a.state is AssignmentState.CANCELLED and a.agency not in cancelled:
                continue  # ``cancelled``: just now, so the agency learns it (retained)
            body = {
                "incident_id": snap.incident_id,
                "type": snap.type.value,
                "severity": snap.severity.value,
                "state": a.state.value,
                "deadline": _iso(a.deadline),
                "lon": round(lon, 6),
                "lat": round(lat, 6),
                "zone": snap.zone.zone,
                "sub_area": snap.zone.sub_area,
                "mode": self.dispatcher.mode.value,
                "cap": xml.decode(),
            }
            topic = str(DispatchTopic(a.agency, Channel.ASSIGNMENT, snap.incident_id))
            self._outbox.append((topic, json.dumps(body, ensure_ascii=False).encode(), True))

    def _store_dispatch(
        self, events: list[DispatchEvent], channel: str, reported_by: str = "", *, into: repo.Writes | None = None
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

    def _check_mode(self, wall: float) -> None:
        # A switch recorded by `soc ops mode` is picked up within a second.
        if wall - self._mode_checked_at < 1.0:
            return
        self._mode_checked_at = wall
        known = set(self.correlator.incident_ids())
        for memo in (self._persisted, self._cap_severity, self._cap_last):
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

    # ------------------------------------------------------------ agency reports
    def on_message(self, topic: str, payload: bytes) -> None:
        """MQTT thread: queue an agency message (never blocks; a full queue drops the
        oldest-first semantics of QoS 1 redelivery: the broker keeps it unacked)."""
        self.reports.put_nowait((topic, payload))

    def drain_reports(self) -> int:
        """Apply every queued agency message; returns how many were applied."""
        n = 0
        while True:
            try:
                topic, payload = self.reports.get_nowait()
            except queue.Empty:
                return n
            n += self.apply_message(topic, payload)

    def apply_message(self, topic: str, payload: bytes) -> int:
        """Parse and apply one agency message; bad ones are audited with their reason."""
        wall = self.clock()
        try:
            report = parse_report(topic, payload)
        except MessageError as exc:
            with self.conn.transaction():
                w = repo.Writes()
                w.audit(
                    wall,
                    actor=f"mqtt:{topic}",
                    action="dispatch.rejected",
                    subject_type="mqtt",
                    subject_id=topic,
                    reason=exc.reason,
                    detail={"error": str(exc)[:500], "payload": payload_text(payload)},
                )
                w.flush(self.conn)
            return 0
        return self.apply_report(report, channel="mqtt", at=wall, raw=payload)

    def refuse_retained(self, topic: str, payload: bytes) -> int:
        """Audit a retained agency message as rejected (nothing applied) and clear it from
        the broker (the center may write the dispatch tree); returns 1."""
        with self.conn.transaction():
            w = repo.Writes()
            w.audit(
                self.clock(),
                actor=f"mqtt:{topic}",
                action="dispatch.rejected",
                subject_type="mqtt",
                subject_id=topic,
                reason="retained",
                detail={"error": "agency messages must not be retained",
                        "payload": payload_text(payload)},
            )
            w.flush(self.conn)
        if self.publish is not None:
            self.publish(topic, b"", retain=True)
        return 1

    def apply_report(self, report: AgencyReport, *, channel: str, at: float, raw: bytes = b"") -> int:
        """Move an assignment as an agency reported; repeats are no-ops, illegal moves audited.

        The actor is the agency's account (the broker's ACL makes the topic's agency the
        sender); the body's ``by`` is only a display name, kept in the audit detail.
        """
        actor = f"agency-{report.agency.value}"
        with self.conn.transaction():
            try:
                current = self.dispatcher.get(report.incident_id, report.agency)
                if current.state is report.state:
                    return 0  # a QoS 1 redelivery or a repeated report
                ev = self.dispatcher.transition(
                    report.incident_id, report.agency, report.state, at, actor=actor, reason=report.note
                )
            except (AssignmentTransitionError, UnknownAssignmentError) as exc:
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
                w.flush(self.conn)
                return 0
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
        return 1

    # ------------------------------------------------------- coordinator actions
    # Called by the web API (and tests) in the service's thread; each is one audited
    # transaction. Typed errors (DispatchError and subclasses) go back to the caller.
    # The agencies concerned get the assignment (retained) on soc/v1/dispatch/{agency}/
    # assignment/{incident}, as for a routed dispatch, once the transaction has committed.
    def assign(self, incident_id: str, agency: Agency, *, actor: str, reason: str) -> None:
        """A coordinator assigns one more agency (or again after a cancellation)."""
        wall = self.clock()
        with self.conn.transaction():
            ev = self.dispatcher.assign(incident_id, agency, wall, actor=actor, reason=reason)
            w = repo.Writes()
            self._store_dispatch([ev], "api", into=w)
            self._publish_incident(incident_id, wall, w)
            w.flush(self.conn)
        self._flush_if_committed()

    def reassign(self, incident_id: str, src: Agency, dst: Agency, *, actor: str, reason: str) -> None:
        """A coordinator hands an assignment from ``src`` to ``dst``."""
        wall = self.clock()
        with self.conn.transaction():
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

    def _publish_incident(
        self, incident_id: str, wall: float, w: repo.Writes, *, cancelled: Collection[Agency] = ()
    ) -> None:
        try:
            snap = self.correlator.snapshot(incident_id)
        except UnknownIncidentError:
            log_event(log, "publish_not_in_memory", incident_id=incident_id)
            return
        agencies = [
            a.agency.value
            for a in self.dispatcher.assignments(incident_id)
            if a.state is not AssignmentState.CANCELLED or a.agency in cancelled
        ]
        if agencies:
            self._send_cap(snap, agencies, wall, w, cancelled=cancelled)

    def _flush_if_committed(self) -> None:
        # Inside apply_commands the outer transaction is still open: it flushes after COMMIT.
        if self.conn.info.transaction_status is TransactionStatus.IDLE:
            self._flush()

    def note(self, incident_id: str, text: str, *, actor: str) -> None:
        """A coordinator's note on an incident (history and audit)."""
        wall = self.clock()
        with self.conn.transaction():
            self._store_dispatch([self.dispatcher.note(incident_id, text, wall, actor=actor)], "api")

    def set_mode(self, mode: Mode, *, actor: str, reason: str) -> None:
        """Switch 平時/戰時 now (audited); deadlines of open assignments follow."""
        wall = self.clock()
        with self.conn.transaction():
            ev = self.dispatcher.set_mode(mode, wall, actor=actor, reason=reason)
            self._mode_id = repo.record_mode_switch(self.conn, ev)
            self._store_dispatch([ev], "service")

    def close_incident(self, incident_id: str, *, actor: str, reason: str) -> bool:
        """A coordinator closes an incident: no more evidence, assignments wound up."""
        wall = self.clock()
        with self.conn.transaction():
            if not repo.close_incident(self.conn, incident_id, actor, reason, wall):
                return False
            self._close_in_memory(incident_id, self._now)
            repo.log_close(self.conn, incident_id, self._now)
            events = self.dispatcher.close(incident_id, wall, actor=actor, reason=reason)
            w = repo.Writes()
            self._store_dispatch(list(events), "api", into=w)
            ended = [e.assignment.agency for e in events if isinstance(e, AssignmentChanged)]
            if ended:
                self._publish_incident(incident_id, wall, w, cancelled=ended)
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
        self._flush_if_committed()
        return True

    # ------------------------------------------------------------ queued commands
    def apply_commands(self, limit: int = 100) -> int:
        """Apply up to ``limit`` pending coordinator commands (migration 0042), oldest first.

        Each command is claimed (``FOR UPDATE SKIP LOCKED``), applied through the audited
        methods above and marked done, or rejected with the typed error's message, in ONE
        transaction: a crash before COMMIT leaves it pending (applied after the restart),
        after COMMIT it is done (never applied twice). Publications follow the COMMIT.
        Returns how many commands were finished.
        """
        n = 0
        while n < limit:
            if self._resync:
                self._reload_dispatch()
            mark = len(self._outbox)
            try:
                with self.conn.transaction():
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
        return n

    def _apply_claimed(self, cmd: repo.CommandRow, mark: int) -> None:
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

    def _apply(self, incident_id: str, cmd: Command, actor: str, reason: str) -> str:
        state = repo.incident_state(self.conn, incident_id)
        if state is None:
            raise UnknownIncidentError(incident_id)
        if isinstance(cmd, Note):
            self.note(incident_id, cmd.text, actor=actor)
            return "note added"
        if state not in OPEN_INCIDENT_STATES:
            if isinstance(cmd, Close):
                raise IncidentTransitionError(incident_id, state, IncidentState.CLOSED)
            raise DispatchError(f"incident {incident_id} is {state}: no new assignments")
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

    def _reload_dispatch(self) -> None:
        assignments, policies = repo.load_assignments(self.conn)
        self.dispatcher = Dispatcher(self.routing, self.dispatcher.mode)
        self.dispatcher.restore(assignments, policies)
        self._resync = False
        log_event(log, "dispatch_reloaded", assignments=len(assignments))

    def _close_in_memory(self, incident_id: str, now: float) -> None:
        try:
            self.correlator.close(incident_id, now)
        except (UnknownIncidentError, IncidentTransitionError):
            # merged, or forgotten in memory: nothing more can join it anyway
            log_event(log, "close_not_in_memory", incident_id=incident_id)

    def _flush(self) -> None:
        if self.publish is None:
            self._outbox.clear()
            return
        while self._outbox:
            topic, payload, retain = self._outbox[0]
            self.publish(topic, payload, retain=retain)
            self._outbox.pop(0)

    def republish_open(self) -> None:
        """After a restart, publish every live assignment again (retained, idempotent)."""
        w = repo.Writes()
        for inc_id in repo.incident_ids_with_state(self.conn, list(OPEN_INCIDENT_STATES)):
            live = [
                a
                for a in self.dispatcher.assignments(inc_id)
                if a.state not in (AssignmentState.CLEARED, AssignmentState.CANCELLED)
            ]
            if live and inc_id in self._persisted:
                try:
                    snap = self.correlator.snapshot(inc_id)
                except UnknownIncidentError:
                    log_event(log, "republish_forgotten", incident_id=inc_id)
                    continue
                self._send_cap(snap, [a.agency.value for a in live], self.clock(), w)
        with self.conn.transaction():
            w.flush(self.conn)
        self._flush()


def _ordered(events: Sequence[repo.EventRow], alerts: Sequence[ConditionTransition], steps: Sequence[Step] | None,
             end: datetime) -> list[tuple[str, Item | None]]:
    """A batch's rows in the order they are correlated, as ``(key, item)`` (item None: no location).

    Without an alerts evaluator to follow (``steps`` None) the order is commit order:
    events by ``received_at``, alerts by ``recorded_at``. Following the evaluator,
    each event is placed with the evaluator step that evaluated the readings and
    events received with it (:func:`alerts.progress.covering_step`; the batch's
    ``end`` if none of ``steps`` did), each alert with the step that wrote it, and
    within one step alerts and events go in observation-time order (an alert before
    an event of the same instant). So a backlog committed at once after an outage
    is placed like the same rows arriving one by one: a police report after the
    flood alerts of the readings before it, not before all of them; and the order
    depends on the evaluator's steps, never on when the ops center polled.
    """
    rows: list[tuple[tuple[datetime, float, int, str], str, Item | None]] = []
    for e in events:
        key = f"{e.source_id}|{e.feed}|{e.event_key}"
        if steps is None:
            sort = (e.seen_at, 0.0, 0, key)
        else:
            step = covering_step(steps, e.seen_at)
            sort = (step.committed_at if step is not None else end, e.time.timestamp(), 1, key)
        rows.append((sort, key, event_item(e)))
    for a in alerts:
        tid = f"{a.transition_id:020d}"
        sort = (a.seen_at, 0.0, 1, tid) if steps is None else (a.seen_at, a.at.timestamp(), 0, tid)
        item = alert_item(a)
        rows.append((sort, tid if item is not None else f"alert:{a.alert_id}:{a.severity}", item))
    rows.sort(key=lambda r: r[0])
    return [(key, item) for _, key, item in rows]


def _iso(t: float | None) -> str | None:
    return None if t is None else datetime.fromtimestamp(t, tz=UTC).isoformat()


Ack = Callable[[], None]

#: How long the broker keeps the ops center's session (subscriptions and unacknowledged
#: agency reports) while it is away; the broker's persistent_client_expiration caps it.
OPS_SESSION_EXPIRY_S = 7 * 24 * 3600


def _no_ack() -> None:
    """For reports that did not come through the broker (tests, a clean-session client)."""


class OpsWorker:
    """The ops center as a :class:`common.runner.Worker`: one :class:`OpsService` per connection.

    ``open`` rebuilds the service from the database (watermark, replay log,
    mode, assignments) and republishes live assignments; ``step`` polls
    committed rows, applies queued agency reports and coordinator commands.
    Agency reports arrive from the MQTT thread through :meth:`on_message` into
    a queue owned here, each with its ``ack``: the broker's PUBACK is sent only
    after the report's transaction committed (the shell's persistent session,
    :class:`common.mqtt.MqttShell`), so a process killed in between gets the
    report again from the broker (applying a repeat is a no-op). A report whose
    transaction failed is kept and applied first on the next step.
    """

    def __init__(self, settings: Settings, routing: RoutingTable, publish: Publisher | None) -> None:
        self.settings = settings
        self.routing = routing
        self.publish = publish
        self.reports: queue.Queue[tuple[str, bytes, Ack]] = queue.Queue(maxsize=10_000)
        self.retained: queue.Queue[tuple[str, bytes, Ack]] = queue.Queue(maxsize=10_000)
        self._held: tuple[str, bytes, Ack] | None = None
        self._held_retained: tuple[str, bytes, Ack] | None = None
        self.service: OpsService | None = None

    def on_message(self, topic: str, payload: bytes, ack: Ack = _no_ack) -> None:
        """MQTT thread: queue an agency message (never blocks); ``ack`` once it is applied."""
        self.reports.put_nowait((topic, payload, ack))

    def on_retained(self, topic: str, payload: bytes, ack: Ack = _no_ack) -> None:
        """MQTT thread: a retained agency message, refused in :meth:`step` (never blocks).

        A status or an acknowledgement is an event, not a state: kept by the broker it
        would be applied again whenever the center subscribes. An empty payload is a
        retained message being cleared: nothing to refuse.
        """
        if payload:
            self.retained.put_nowait((topic, payload, ack))
        else:
            ack()

    def open(self, conn: repo.Conn, now: datetime) -> None:
        """A fresh service on ``conn`` (autocommit; transactions are explicit)."""
        zone_of, roads_at = _geo_lookups(conn)
        svc = OpsService(conn, self.routing, zone_of=zone_of, roads_at=roads_at, publish=self.publish,
                         default_mode=Mode(self.settings.ops.mode))
        svc.start()
        svc.republish_open()
        self.service = svc

    def step(self, conn: repo.Conn, now: datetime) -> bool:
        """Poll, apply reports and commands; True when there was work."""
        svc = self.service
        assert svc is not None
        res = svc.poll_once()
        reports = 0
        while True:
            if self._held is None:
                try:
                    self._held = self.reports.get_nowait()
                except queue.Empty:
                    break
            topic, payload, ack = self._held
            reports += svc.apply_message(topic, payload)  # committed when it returns
            ack()
            self._held = None
        while True:
            if self._held_retained is None:
                try:
                    self._held_retained = self.retained.get_nowait()
                except queue.Empty:
                    break
            topic, payload, ack = self._held_retained
            reports += svc.refuse_retained(topic, payload)
            ack()
            self._held_retained = None
        commands = svc.apply_commands()
        return bool(res.items or commands or reports)

    def close(self, conn: repo.Conn) -> None:
        """Nothing held beyond the connection."""
        if self.service is not None:
            self.service.publish = None  # break the client <-> service cycle


def run_ops(settings: Settings, *, stop: threading.Event | None = None) -> int:
    """``soc ops run``: correlate and dispatch until SIGINT/SIGTERM (or ``stop`` is set).

    The database side runs in :func:`common.runner.run_worker` (a fresh
    connection and a reload after any failure, outages waited out, heartbeat
    ``ops`` with the broker's state); the broker side is the ``center`` account's
    :class:`common.mqtt.MqttShell` (reconnects by itself, logs once down, once up).
    """
    import signal

    from common.mqtt import MqttShell
    from common.runner import options_from, run_worker
    from ops_center.dispatch import load_routing
    from ops_center.messages import INTAKE_TOPICS

    stop = stop or threading.Event()
    if threading.current_thread() is threading.main_thread():
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, lambda *_: stop.set())
    routing = load_routing(settings.ops.routing_file)
    worker = OpsWorker(settings, routing, None)
    # A persistent session with manual acks: a report is acknowledged after its commit.
    shell = MqttShell(settings.mqtt, "center", client_id="soc-ops-center", name="ops",
                      subscriptions=INTAKE_TOPICS, on_delivery=worker.on_message,
                      on_retained_delivery=worker.on_retained, session_expiry_s=OPS_SESSION_EXPIRY_S)

    def publish(topic: str, payload: bytes, *, retain: bool) -> None:
        shell.publish(topic, payload, qos=1, retain=retain)

    worker.publish = publish
    shell.start()
    try:
        run_worker(settings, worker, options_from(settings, "ops", settings.ops.poll_interval_ms / 1000.0,
                                                  autocommit=True),
                   stop=stop, beat_detail=lambda: {"mqtt": "up" if shell.up else "down"})
    finally:
        shell.stop()
    return 0


def _geo_lookups(conn: repo.Conn) -> tuple[ZoneLookup, RoadLookup | None]:
    """Zone and sub-area, and the roads a point lies on, from geo's index (empty lookups
    if the geo layers are not loaded)."""
    try:
        from geo.service import build_index

        index = build_index(conn)
    except Exception as exc:
        log_event(log, "zones_unavailable", level=logging.WARNING, error=str(exc)[:200])
        return _no_zone, None

    def zone_of(x: float, y: float) -> ZoneRef:
        hit = index.locate(*to_wgs84(x, y))
        return ZoneRef(hit.zone, hit.sub_area)

    return zone_of, index.roads_at


def run_mode_switch(settings: Settings, mode: Mode, *, actor: str, reason: str) -> Mode:
    """``soc ops mode``: record a 平時/戰時 switch (audited); the running service applies it.

    Returns the mode switched from. Raises :class:`~ops_center.errors.DispatchError`
    without a reason.
    """
    from common.db import connect
    from ops_center.api import request_mode_switch

    with connect(settings, autocommit=True) as conn, conn.transaction():
        return request_mode_switch(conn, mode, default=Mode(settings.ops.mode), actor=actor, reason=reason)
