"""The ops center shell: committed alerts and events in, incidents and dispatch out.

The only module of the package that reads the clock, talks to the database and
publishes. Each :meth:`OpsService.poll_once`:

1. computes the commit horizon (``ingest_horizon()``, migration 0010) and reads
   events (by ``received_at``) and alert raises / severity changes (by
   ``alert_transitions.recorded_at``) in ``[watermark, horizon)`` (contract 4:
   every transaction that could still commit a row below the horizon had ended
   when it was computed, so nothing committed late is skipped);
2. feeds them to the correlator at *correlator time* = the event-time
   high-water mark, each item's time bounded by its receipt
   (:func:`ops_center.rows.clock_time`: so results do not depend on how fast or in
   which batches rows arrive, and no source's fast clock carries it), and in one
   transaction stores the incidents, their members, merges, items left out, the replay
   log and the new watermark;
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

This module holds :class:`OpsService` (start-up, the poll and the rows it stores),
:class:`OpsWorker` and the ``soc ops`` entry points; the service's other parts live
beside it, each a function taking the service as ``self`` and bound as one of its
methods: routing, CAP messages and publications in :mod:`ops_center.outbound`, agency
reports in :mod:`ops_center.agency_reports`, coordinator actions, queued commands and
mode switches in :mod:`ops_center.coordination`. Committed rows become correlator items
in :mod:`ops_center.rows` (pure).
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from typing import NamedTuple, Protocol

from psycopg.pq import TransactionStatus

from alerts.api import EVALUATOR, RuleSet, evaluated_before, load_rules_file, steps_between
from common.health import BROKER_DOWN_S
from common.logging import log_event
from common.pacing import BatchSize, UnitTimer
from common.runner import committed_horizon
from common.settings import Settings
from geo.crs import to_twd97, to_wgs84
from geo.errors import GazetteerError
from geo.gazetteer import load_gazetteer
from ops_center import agency_reports, coordination, outbound, repo
from ops_center.coordination import ACTOR
from ops_center.correlate import (
    Change,
    Correlator,
    Duplicate,
    Joined,
    LeftOut,
    Merged,
    Opened,
    PlaceLookup,
    Quieted,
    RoadLookup,
    Withdrawn,
    ZoneLookup,
)
from ops_center.dispatch import (
    Agency,
    Assignment,
    Dispatcher,
    DispatchEvent,
    Mode,
    RoutingTable,
)
from ops_center.errors import (
    IncidentTransitionError,
    UnknownIncidentError,
)
from ops_center.incidents import CapSeverity, Device, Incident, IncidentState, Item, ZoneRef, device_words
from ops_center.log_window import held_since, replay_since
from ops_center.policies import REASON_EXPECTED, RETENTION_S

# event_item, alert_item: imported from here by the service's callers and tests
from ops_center.rows import _ordered, alert_item, clock_time, event_item  # noqa: F401

log = logging.getLogger(__name__)

REASON_NO_LOCATION = "no_location"

#: The replay log's entries of a poll, in order, written in its transaction: a batch of
#: feeds, (a float) a tick, or (a pair) a piece of one with the deadline it applied through.
_LogEntries = list[list[tuple[Item, float]] | float | tuple[float, float]]
#: Pieces of a tick stored apart, not committed yet: each one's clock, the deadline it
#: applied through and its rows.
_Pieces = list[tuple[float, float, repo.Writes]]
#: The incidents that were live jobs in a poll, each with its severity and how many members it
#: held the last time it was one (``Correlator.as_job``).
_Jobs = dict[str, tuple[CapSeverity, int]]


class Delivery(Protocol):
    """A message handed to the MQTT client (paho's ``MQTTMessageInfo``): ``rc`` 0 when it went
    out on a connection, and whether the broker has acknowledged it (PUBACK)."""

    @property
    def rc(self) -> int: ...

    def is_published(self) -> bool: ...


class Publisher(Protocol):
    """Publishes one MQTT message (QoS 1); the paho client is adapted to this. What it returns
    tells when the broker has the message (None: at once, a test's publisher)."""

    def __call__(self, topic: str, payload: bytes, *, retain: bool) -> Delivery | None: ...


def _no_zone(_x: float, _y: float) -> ZoneRef:
    return ZoneRef(None, None)


#: The zh-TW name people give an EPSG:3826 point (geo's ``place_at``: a road, else an area; "" if none).
PlaceNamer = Callable[[float, float], str]


def _no_name(_x: float, _y: float) -> str:
    return ""


#: A device in words by its id (:func:`~ops_center.incidents.device_words` of its registry
#: name and place).
DeviceNamer = Callable[[str], Device]


def _no_device(source_id: str) -> Device:
    return device_words(source_id)


@dataclass(slots=True)
class PollResult:
    """What one poll did (counters for logs and tests)."""

    items: int = 0
    keys: list[str] = field(default_factory=list)
    duplicates: int = 0
    left_out: int = 0
    touched: set[str] = field(default_factory=set)
    dispatched: int = 0
    #: incidents withdrawn in the poll, with the device's take-back that withdrew each
    withdrawn: dict[str, Item] = field(default_factory=dict)
    #: incidents the tick before the batch's first row quieted and stored apart
    #: (``OpsService._quieting``), not in ``touched``
    quieted: set[str] = field(default_factory=set)
    #: transactions the poll committed
    commits: int = 0


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
        road_names: tuple[str, ...] | Mapping[str, str] = (),
        places: PlaceLookup | None = None,
        name_place: PlaceNamer = _no_name,
        name_device: DeviceNamer = _no_device,
        publish: Publisher | None = None,
        clock: Callable[[], float] = time.time,
        default_mode: Mode = Mode.PEACETIME,
        batch_max: int = 5000,
        horizon_margin_s: float = 0.005,
        idle_after_s: float | None = 60.0,
        retention_s: float = RETENTION_S,
        follow_alerts: str | None = EVALUATOR,
        unit_s: float = 0.5,
        rules: RuleSet | None = None,
    ) -> None:
        self.conn = conn
        #: The alert rules: an event's evidence is as grave as its alert (rows.event_item).
        self.rules = rules
        self.routing = routing
        self.consumer = consumer
        self.publish = publish
        self.clock = clock
        self.batch_max = batch_max
        #: How long one unit of start-up should take (SOC_HEALTH__UNIT_S).
        self.unit_s = unit_s
        #: Rows of a tick's pieces stored apart that one transaction writes (:meth:`_quieting`).
        self._apart_rows = BatchSize(unit_s / 2, most=batch_max, least=self.PIECE)
        self.follow_alerts = follow_alerts
        self.margin_s = horizon_margin_s
        self.idle_after_s = idle_after_s
        # Wall time and correlator time when rows last came in (see the idle tick).
        self._rows_wall = clock()
        self._rows_now = 0.0
        self.retention_s = retention_s
        self._new_correlator = partial(
            Correlator, zone_of=zone_of, roads_at=roads_at, road_names=road_names, places=places,
            retention_s=retention_s,
        )
        self.correlator = self._new_correlator()
        self.dispatcher = Dispatcher(routing, default_mode)
        self.reports: queue.Queue[tuple[str, bytes]] = queue.Queue(maxsize=10_000)
        self._zone_of = zone_of
        #: Where a job is, in the words of its CAP messages (the console's place).
        self.name_place = name_place
        #: A device in words (a withdrawal's reason), from geo's registry.
        self.name_device = name_device
        self._now = 0.0
        self._events_wm = datetime.fromtimestamp(0, tz=UTC)
        self._alerts_wm = self._events_wm
        self._mode_id = 0
        self._mode_checked_at = float("-inf")
        self._persisted: dict[str, int] = {}
        self._held_written: dict[str, int] = {}  # a planned event's held effects already written
        self._cap_severity: dict[str, CapSeverity] = {}
        self._cap_last: dict[str, tuple[str, str, datetime] | None] = {}
        #: What to publish after the next commit: (topic, payload, retain); an assignment's
        #: body is a dict, given its incident's short number at the flush (outbound.flush).
        self._outbox: list[repo.Message] = []
        #: How many of the first messages of ``_outbox`` are stored in ``ops_outbox`` (:meth:`_committing`).
        self._staged = 0
        #: How many of the oldest rows of ``ops_outbox`` have been published, and the last message
        #: published since the first of them: those rows are deleted once the broker has
        #: acknowledged that one (outbound.flush).
        self._sent_rows = 0
        self._last_sent: Delivery | None = None
        #: The incidents' short numbers read so far (ops_incidents.number never changes).
        self._numbers: dict[str, int] = {}
        #: Up to when the agencies' reports were read (:class:`OpsWorker`: every report received
        #: before it is applied or waiting in ``reports_waiting``); None: no queue in front of the
        #: service, the wall clock is.
        self.reports_through: float | None = None
        #: The agencies with reports received and not yet applied, each with its oldest one's time.
        self.reports_waiting: Mapping[Agency, float] = {}
        self._resync = False  # a command's transaction failed: reload dispatch from the tables
        self._stale = False  # ... after it changed the correlator: rebuild it from the replay log

    # ------------------------------------------------------------------ start-up
    #: Replay-log entries one statement of :meth:`opening` reads at most.
    REPLAY_READ = 1_000

    def start(self) -> None:
        """Load the watermark, replay the log into the correlator, restore dispatch (all units of
        :meth:`opening`, for callers that have no loop to beat in between)."""
        for _ in self.opening():
            pass

    def opening(self) -> Iterator[int]:
        """:meth:`start` in units of about :attr:`unit_s` each: yields the entries replayed so
        far whenever a unit's time is spent, in the replay and in the work after it, so the
        runner beats at that pace however long the log is and however loaded the machine.

        The service is usable only once the iteration has ended; one abandoned half-way (an
        error, a stop) leaves a service that must be thrown away, not stepped.
        """
        timer = UnitTimer(self.unit_s)
        with self.conn.transaction():
            self._events_wm, self._alerts_wm, clock_at = repo.watermark(self.conn, self.consumer)
        self._now = clock_at.timestamp() if clock_at is not None else 0.0
        self._rows_wall, self._rows_now = self.clock(), self._now
        # The projections are built on first use (geo.crs): in a unit of their own here,
        # not in the first poll (without geo's index nothing else builds them before).
        to_twd97(121.0, 24.0)
        to_wgs84(250_000.0, 2_650_000.0)
        yield 0
        timer.next()
        replayed = yield from self._replaying(timer)
        latest = repo.latest_mode(self.conn)
        if latest is not None:
            self._mode_id, mode = latest
            self.dispatcher = Dispatcher(self.routing, mode)
        assignments, policies = repo.load_assignments(self.conn)
        restored = self.dispatcher.restore(assignments, policies, repo.withdrawn_ids(self.conn))
        # A switch made while the service was down: the stored deadlines follow it now.
        with self.conn.transaction():
            repo.store_deadlines(self.conn, restored)
        # What a process before this one committed and did not live to publish goes out first.
        self._outbox[:0] = repo.staged_messages(self.conn)
        self._staged = len(self._outbox)
        log_event(log, "ops_started", staged=self._staged, replayed=replayed, mode=self.dispatcher.mode.value,
                  assignments=len(assignments))

    def _replaying(self, timer: UnitTimer) -> Generator[int, None, int]:
        """Rebuild :attr:`correlator` from the replay log (as committed) up to the service's
        clock, in units of :attr:`unit_s` (yielding the entries replayed so far); returns
        how many entries it replayed."""
        replayed = 0
        with self.conn.transaction():
            since = repo.held_from(self.conn, replay_since(self._now, self.retention_s),
                                   held_since(self._now, self.retention_s))
        for chunk in repo.read_log(self.conn, since, chunk=self.REPLAY_READ):
            for op, item, now, incident_id, through in chunk:
                if op == "feed" and item is not None:
                    self.correlator.feed(item, now)
                elif op == "close" and incident_id is not None:
                    self._close_in_memory(incident_id, now)
                elif op == "dispatched" and incident_id is not None:
                    self.correlator.dispatched(incident_id, now)
                elif op == "relink" and item is not None:
                    self.correlator.relink(item, incident_id, now)
                else:
                    self.correlator.tick(now, through=through)
                replayed += 1
                if timer.due():
                    yield replayed
                    timer.next()
        yield replayed
        timer.next()
        for inc_id in self.correlator.incident_ids():
            self._persisted[inc_id] = len(self.correlator.snapshot(inc_id).members)
            if timer.due():
                yield replayed
                timer.next()
        return replayed

    def rebuild_correlator(self) -> None:
        """Throw the in-memory correlator away and rebuild it from the stored replay log: after
        a command whose transaction failed once it had changed the correlator (an assignment that
        made a planned event a job, a close), so the wall and the stored rows agree again. The
        replay log holds only what committed, and the service's clock is the stored one (commands
        run between polls, after a poll's commit)."""
        self.correlator = self._new_correlator()
        self._persisted.clear()
        for _ in self._replaying(UnitTimer(self.unit_s)):
            pass
        self._stale = False
        log_event(log, "correlator_rebuilt", incidents=len(self._persisted))

    @contextlib.contextmanager
    def _committing(self) -> Iterator[None]:
        """A transaction that stores the messages queued since the last one committed
        (``ops_outbox``, :func:`ops_center.repo.stage_messages`) with what they tell, so a
        process that dies between the commit and :meth:`_flush` publishes them at its restart
        (:meth:`opening` reads them back). Inside a transaction already open (a coordinator's
        command), a savepoint: the outer one stores them."""
        if self.conn.info.transaction_status is not TransactionStatus.IDLE:
            with self.conn.transaction():
                yield
            return
        with self.conn.transaction():
            yield
            n = len(self._outbox)
            repo.stage_messages(self.conn, self._outbox[self._staged:n])
        self._staged = n

    # ---------------------------------------------------------------------- poll
    #: Deadlines one piece of a tick applies, snapshots one piece takes and forgotten
    #: incidents one piece frees, between two looks at the unit's time.
    PIECE = 64

    def poll_once(self) -> PollResult:
        """Read what committed since the watermark, correlate, store, dispatch, publish
        (all units of :meth:`polling`, for callers that have no loop to beat in between)."""
        result = PollResult()
        for _ in self.polling(result):
            pass
        return result

    def polling(self, result: PollResult) -> Iterator[None]:
        """One poll in units of about :attr:`unit_s`, counted into ``result``: yields whenever
        a unit's time is spent, so the runner beats between them.

        The batch is cut by a count (at most :attr:`batch_max` rows: its batches decide which
        incident a member is first written under); what its size does not bound is cut by
        time: the deadlines its first row passes (after a long stop they are a whole window's:
        every incident of it goes quiet or is forgotten), taken before that row in pieces with
        that row's clock, as its feed would take them, each piece logged with the deadline it
        applied through, and those that only quiet incidents or leave items out committed apart
        with their rows (:meth:`_quieting`); feeding the rows (the text reader's time grows with
        a report's text); the touched incidents' snapshots; the incidents forgotten. The rows'
        other writes, the replay log's other entries and the watermark go
        in one transaction at the end, as one unit (bounded by the batch's data). Nothing else may
        touch the service between two units (the worker applies reports and commands before the
        first one): then the units decide and store what one unit would. A poll abandoned
        half-way (an error, a stop) leaves a service that must be thrown away, not stepped.
        """
        if self._stale:
            self.rebuild_correlator()  # a command failed after changing it (coordination.apply_commands)
        timer = UnitTimer(self.unit_s)
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
        rows = _ordered(events, alerts, steps, al_wm, self.rules)
        wall = self.clock()
        for _ in self._check_mode(wall):
            yield
        changes: list[Change] = []
        log_entries: _LogEntries = []
        pieces: _Pieces = []
        # Each incident's severity and members the last time in this poll it was a live job
        # (Correlator.as_job): it is routed as that job, even when later rows of the same
        # batch quieted or merged it (a backlog after an outage: a fire dispatched, on scene
        # and closed, then an hour more of the storm), as it was when the rows came one by one.
        jobs: _Jobs = {}
        # The first row's feed applies every deadline due by its clock (the rows after it,
        # those their own clocks pass): that tick is taken first, in logged pieces, at that clock.
        first = next((item for _, item in rows if item is not None), None)
        if first is not None:
            yield from self._quieting(max(self._now, clock_time(first)),
                                      changes=changes, log_entries=log_entries, pieces=pieces, result=result,
                                      timer=timer, jobs=jobs)
        first_due = self.correlator.next_deadline()
        to_log: list[tuple[Item, float]] = []
        w = repo.Writes()
        fed = False
        for key, item in rows:
            if item is None:
                w.left_out(key if ":" in key else f"event:{key}", REASON_NO_LOCATION, self._now)
                result.left_out += 1
                continue
            self._now = max(self._now, clock_time(item))
            due = self.correlator.next_deadline() if fed else first_due
            fed = True
            out = self.correlator.feed(item, self._now)
            self._note_jobs(out, jobs)
            if not any(isinstance(c, Duplicate) for c in out):
                to_log.append((item, self._now))
                result.items += 1
                result.keys.append(item.key)
            else:
                result.duplicates += 1
                if due is not None and due <= self._now:
                    # A duplicate is not logged, but its feed applied the deadlines due by
                    # its time (a job gone quiet): the tick is logged in its place, so a
                    # replay rebuilds what was stored, not a job still open.
                    log_entries += [to_log, self._now]
                    to_log = []
            changes.extend(out)
            if timer.due():  # a batch whose rows take long to read (long reports) beats as it goes
                yield
                timer.next()
        if rows:
            self._rows_wall, self._rows_now = wall, self._now
        elif self.idle_after_s is not None and wall - self._rows_wall >= self.idle_after_s:
            # No evidence for a while: let correlator time run on with the wall clock
            # from where the data left it (not *to* the wall clock, so a replay of
            # historical data is not quieted at once), so live incidents go quiet.
            idle_now = max(self._now, self._rows_now + (wall - self._rows_wall))
            ticked: list[Change] = []
            yield from self._ticking(idle_now, ticked, timer, jobs)
            if ticked:
                self._now = idle_now
                log_entries.append(idle_now)
                changes.extend(ticked)
        log_entries.append(to_log)
        snaps = yield from self._storing(changes, result, w, timer)
        if timer.units:
            # A poll already cut: its transaction, as long as its writes make it, is a unit
            # of its own rather than the tail of one whose time is partly spent.
            yield
            timer.next()
        # One transaction, sent as a pipeline: no statement waits for the previous one;
        # its writes are gathered by kind and sent as one statement per kind.
        with self._committing(), self.conn.pipeline():
            self._store_pieces(pieces)
            for entry in log_entries:
                if isinstance(entry, list):
                    repo.log_feeds(self.conn, entry)
                elif isinstance(entry, tuple):
                    repo.log_tick(self.conn, *entry)
                else:
                    repo.log_tick(self.conn, entry)
            dispatch_events: list[DispatchEvent] = []
            # Deadlines a withdrawal stopped or a joining report started again, stored last.
            clocks: list[Assignment] = []
            # Merged ones first: the job that absorbed one skips the agencies working it there.
            # One merged before any agency was sent to it is not routed itself: its agencies
            # go to the job that took it (outbound.taken_in_poll), where they are seen.
            taken, passed_on = self._taken_in_poll(snaps, jobs)
            for inc_id in sorted(result.touched, key=lambda i: (snaps[i].state is not IncidentState.MERGED, i)):
                if not snaps[inc_id].withdrawn:
                    clocks.extend(self.dispatcher.resume(inc_id))
                if inc_id in passed_on:
                    continue
                dispatch_events.extend(self._dispatch(snaps[inc_id], wall, result, w, job=jobs.get(inc_id),
                                                      taken=taken.get(inc_id, {})))
            for inc_id, by in result.withdrawn.items():
                if snaps[inc_id].withdrawn:  # not if a report joined it since, in this batch
                    dispatch_events.extend(self._withdraw(snaps[inc_id], by, wall, w))
                    clocks.extend(self.dispatcher.stopped(inc_id))
            # Escalations only as far as the agencies' reports were read: one received before a
            # deadline and not applied yet (the database was away) is no missed deadline.
            through = wall if self.reports_through is None else min(wall, self.reports_through)
            dispatch_events.extend(self.dispatcher.tick(through, waiting=self.reports_waiting))
            self._store_dispatch(dispatch_events, "service", into=w)
            w.deadlines(clocks)
            w.flush(self.conn)
            self._events_wm, self._alerts_wm = ev_wm, al_wm
            repo.set_watermark(
                self.conn, self.consumer, ev_wm, al_wm, datetime.fromtimestamp(self._now, tz=UTC) if self._now else None
            )
        result.commits += 1
        self._flush()
        while self.correlator.release_forgotten(self.PIECE):
            if timer.due():
                yield
                timer.next()

    def _quieting(self, now: float, *, changes: list[Change], log_entries: _LogEntries, pieces: _Pieces,
                  result: PollResult, timer: UnitTimer, jobs: _Jobs) -> Iterator[None]:
        """The tick at ``now`` before a batch's first row, in pieces (``Correlator.tick_piece``),
        each logged with the deadline it applied through.

        While every piece only quiets incidents and leaves items out (nothing to dispatch),
        each is stored apart: its log entry and its rows (the incidents it quieted, their
        timeline) are appended to ``pieces``, committed together whenever the unit's time is
        spent or their rows reach a count sized by time, and the rest in the poll's
        transaction. A replay after a kill between two commits applies the pieces
        committed, whose rows are stored, and the poll then takes the rest. Once a piece
        changes more (an expiring item joins a job, which may be dispatched), that piece and
        the rest go with the batch's changes (``changes``, their entries in ``log_entries``)
        into the poll's transaction. Where the commits fall depends on time, what each piece
        stores does not: the units store what one unit does.
        """
        self._now = max(self._now, now)
        apart = True
        pending = 0  # rows of the pieces not committed yet
        while (due := self.correlator.next_deadline()) is not None and due <= now:
            # Most deadlines change nothing to store (a key or an incident forgotten): a piece
            # runs on until it changed a piece's worth or applied that many pieces' deadlines,
            # so a logged piece is not one log entry per 64 forgotten keys. Consecutive pieces
            # with nothing in between apply what one tick through the last one's deadline does.
            piece: list[Change] = []
            through: float | None = None
            for _ in range(self.PIECE):
                more, through = self.correlator.tick_piece(now, self.PIECE)
                piece.extend(more)
                if len(piece) >= self.PIECE or (due := self.correlator.next_deadline()) is None or due > now:
                    break
            assert through is not None  # something was due
            apart = apart and all(isinstance(c, Quieted | LeftOut) for c in piece)
            if apart:
                stored = PollResult()
                w = repo.Writes()
                # a piece is small (its incidents at most a piece's changes): its unit ends
                # after it, with its commit, not inside it
                for _ in self._storing(piece, stored, w, timer):
                    pass
                pieces.append((now, through, w))
                pending += len(stored.touched) + stored.left_out
                result.left_out += stored.left_out
                result.quieted |= stored.touched
            else:
                changes.extend(piece)
                self._note_jobs(piece, jobs)
                log_entries.append((now, through))
            # Writing a quiet incident's rows costs more than deciding it: the pieces are
            # committed when their rows reach a count sized by the time the last commit took
            # (half a unit), and at the end of every unit.
            if pieces and (pending >= self._apart_rows.size or timer.due()):
                began = time.monotonic()
                with self.conn.transaction(), self.conn.pipeline():
                    self._store_pieces(pieces)
                self._apart_rows.took(time.monotonic() - began, pending)
                result.commits += 1
                pending = 0
            if timer.due():
                yield
                timer.next()

    def _store_pieces(self, pieces: _Pieces) -> None:
        """Write the pieces of a tick stored apart, each its log entry then its rows (in the
        caller's transaction), and forget them."""
        for now, through, w in pieces:
            repo.log_tick(self.conn, now, through)
            w.flush(self.conn)
        pieces.clear()

    def _ticking(self, now: float, changes: list[Change], timer: UnitTimer, jobs: _Jobs) -> Iterator[None]:
        """The correlator's tick at ``now`` in pieces, its changes appended to ``changes``;
        yields whenever the unit's time is spent."""
        while (due := self.correlator.next_deadline()) is not None and due <= now:
            piece = self.correlator.tick(now, self.PIECE)
            self._note_jobs(piece, jobs)
            changes.extend(piece)
            if timer.due():
                yield
                timer.next()

    def _note_jobs(self, changes: Iterable[Change], jobs: _Jobs) -> None:
        """Note in ``jobs`` each incident ``changes`` opened, grew or merged into that is a live
        job now (``Correlator.as_job``): its severity and members at this moment."""
        for ch in changes:
            if isinstance(ch, Opened | Joined):
                inc_id = ch.incident_id
            elif isinstance(ch, Merged):
                inc_id = ch.record.survivor
            else:
                continue
            job = self.correlator.as_job(inc_id)
            if job is not None:
                jobs[inc_id] = job

    def _storing(self, changes: Iterable[Change], result: PollResult, w: repo.Writes,
                 timer: UnitTimer) -> Generator[None, None, dict[str, Incident]]:
        """Gather the rows of a batch's changes into ``w``, yielding whenever the unit's time
        is spent; returns the touched incidents' snapshots."""
        merges: list[Merged] = []
        # Only the move to quiet is its timeline's entry: a late report or a follow-up that
        # joins a job gone quiet touches it again, and it stays quiet.
        quieted: set[str] = set()
        for ch in changes:
            if isinstance(ch, Opened | Joined | Quieted):
                result.touched.add(ch.incident_id)
                if isinstance(ch, Quieted):
                    quieted.add(ch.incident_id)
            elif isinstance(ch, Withdrawn):
                result.touched.add(ch.incident_id)
                result.withdrawn[ch.incident_id] = ch.by
            elif isinstance(ch, Merged):
                merges.append(ch)
                result.touched.update((ch.record.survivor, ch.record.absorbed))
            elif isinstance(ch, LeftOut):
                w.left_out(ch.item_key, ch.reason, self._now)
                result.left_out += 1
                if ch.reason == REASON_EXPECTED and (by := self.correlator.explained_by(ch.item_key)) is not None:
                    result.touched.add(by)  # the planned event's count of what it explains
        snaps: dict[str, Incident] = {}
        for k, inc_id in enumerate(result.touched, 1):
            snaps[inc_id] = self.correlator.snapshot(inc_id)
            if k % self.PIECE == 0 and timer.due():
                yield
                timer.next()
        # Absorbed incidents first (they may be new in this batch), then the others,
        # then the merge records that reference both.
        order = sorted(snaps.values(), key=lambda s: (s.state is not IncidentState.MERGED, s.opened_at, s.incident_id))
        # Members only ever append (a merge appends the absorbed ones, whose rows are
        # then re-pointed), so only the tail since the last write is written.
        for snap in order:
            done = self._persisted.get(snap.incident_id)
            # What a planned event holds aside only appends too, and empties when it becomes a job.
            held = self._held_written.get(snap.incident_id, 0) if snap.held else 0
            w.incident(snap, snap.members[done or 0 :], snap.held[held:])
            self._persisted[snap.incident_id] = len(snap.members)
            self._held_written[snap.incident_id] = len(snap.held)
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
            if snap.state is IncidentState.QUIET and snap.incident_id in quieted:
                w.history(snap.incident_id, snap.updated_at, actor=ACTOR, action="quiet")
        for m in merges:
            rec = m.record
            w.merge(rec)
            detail = {"survivor": rec.survivor, "absorbed": rec.absorbed, "bridge": rec.bridge_key}
            w.history(rec.survivor, rec.at, actor=ACTOR, action="merged", reason="bridged", detail=detail)
            w.history(rec.absorbed, rec.at, actor=ACTOR, action="absorbed", reason="bridged", detail=detail)
        return snaps

    # The service's parts, each a function of its module taking the service as ``self``,
    # bound here as methods.
    # routing, CAP messages and publications (ops_center/outbound.py)
    _dispatch = outbound.dispatch
    _taken_in_poll = outbound.taken_in_poll
    _withdraw = outbound.withdraw
    _send_cap = outbound.send_cap
    _tell_move = outbound.tell_move
    _store_dispatch = outbound.store_dispatch
    _flush = outbound.flush
    republish_open = outbound.republish_open
    republishing = outbound.republishing

    # agency reports (ops_center/agency_reports.py)
    on_message = agency_reports.on_message
    drain_reports = agency_reports.drain_reports
    apply_message = agency_reports.apply_message
    apply_messages = agency_reports.apply_messages
    refuse_retained = agency_reports.refuse_retained
    apply_report = agency_reports.apply_report

    # coordinator actions, queued commands, mode switches (ops_center/coordination.py)
    assign = coordination.assign
    reassign = coordination.reassign
    _publish_incident = coordination.publish_incident
    _flush_if_committed = coordination.flush_if_committed
    note = coordination.note
    set_mode = coordination.set_mode
    close_incident = coordination.close_incident
    reopen_incident = coordination.reopen_incident
    relink_item = coordination.relink_item
    apply_commands = coordination.apply_commands
    _apply_claimed = coordination.apply_claimed
    _apply = coordination.apply
    _reload_dispatch = coordination.reload_dispatch
    _check_mode = coordination.check_mode

    # ---------------------------------------------------------------- internals
    def _made_job(self, incident_id: str, agency: Agency, wall: float, w: repo.Writes, *, actor: str) -> bool:
        """A coordinator dispatched ``agency`` to ``incident_id`` (already assigned): a planned
        event nobody works yet becomes a job at the correlator's clock (``Correlator.dispatched``:
        what its permit held aside joins it), logged in the replay log so a restart rebuilds the
        same; its rows, its timeline's entry, its audit row and, while it is open, its routing as
        a job (the routed agencies and the CAP message to every assigned one) go into ``w``.
        One the correlator does not hold (forgotten: quiet for a retention) is made a job in its
        stored rows alone (``repo.made_job``), with no routing, as any incident it does not hold
        gets only the coordinator's assignment. True when the job was routed and its CAP message
        sent here (the caller sends none); False for any other incident, and for a job not routed."""
        changes = self.correlator.dispatched(incident_id, self._now)
        if changes is None:
            joined = repo.made_job(self.conn, incident_id, wall)
            if joined is None:
                return False
        else:
            joined = len(changes)
            repo.log_dispatched(self.conn, incident_id, self._now)
        detail = {"agency": agency.value, "joined": joined}
        w.history(incident_id, wall, actor=actor, action="made_job", detail=detail)
        w.audit(wall, actor=actor, action="incident.made_job", subject_type="incident", subject_id=incident_id,
                detail=detail)
        log_event(log, "planned_event_made_job", incident_id=incident_id, agency=agency.value, joined=joined,
                  held=changes is not None)
        if changes is None:
            return False
        result = PollResult(touched={incident_id})
        storing = self._storing(changes, result, w, UnitTimer(self.unit_s))
        while True:  # a few rows, one unit: no beat needed in between
            try:
                next(storing)
            except StopIteration as done:
                snap: Incident = done.value[incident_id]
                break
        if snap.state is not IncidentState.OPEN:
            return False  # a quiet event: not routed (as any quiet job), the caller sends its message
        self._store_dispatch(self._dispatch(snap, wall, result, w), "service", into=w)
        return True

    def _close_in_memory(self, incident_id: str, now: float) -> None:
        try:
            self.correlator.close(incident_id, now)
        except UnknownIncidentError:
            # Not held. A replay whose log lost the incident's first entries (the prune keeps
            # none of a closed incident's) may have rebuilt it from the rest under another id:
            # what it rebuilt wholly of its evidence is closed with it, as the unbroken
            # correlator forgot it here.
            rebuilt = self.correlator.rebuilt_from(repo.member_keys(self.conn, incident_id))
            for other in rebuilt:
                self.correlator.close(other, now)
            log_event(log, "close_not_in_memory", incident_id=incident_id, rebuilt=",".join(rebuilt))
        except IncidentTransitionError:
            # merged: nothing more can join it anyway
            log_event(log, "close_not_in_memory", incident_id=incident_id)


Ack = Callable[[], None]
#: An agency report as queued: topic, payload, its ``ack``, the time it came in.
_Report = tuple[str, bytes, Ack, float]
#: The agencies' names, as a topic's agency segment spells them.
_AGENCY_NAMES = frozenset(a.value for a in Agency)

#: What ``next`` gives for a poll whose units are all done.
_DONE = object()

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

    Each report keeps the time it came in, and is applied as made then: the MQTT thread goes
    on receiving while the database is frozen or down, so an acknowledgement received before
    its deadline is applied at that time, before the poll that would escalate it (reports
    and commands come before each poll), and before the agencies are told their work again
    when the worker is opened anew (:meth:`open`).
    """

    #: Agency reports one step applies at most, and retained messages it refuses at most,
    #: fewer once the step has taken its time (``SOC_HEALTH__UNIT_S``); the rest wait for the
    #: next step, which follows at once, so a step stays bounded and the runner beats between
    #: steps however many reports a storm queues.
    REPORTS_PER_STEP = 200
    #: Agency reports taken in turns for one :meth:`OpsService.apply_messages` (malformed
    #: ones among them audited in one transaction).
    REPORT_BATCH = 50
    #: Agency messages the broker sends the center unacknowledged, at most (its session's MQTT 5
    #: Receive Maximum), so a burst or a replay of retained messages waits at the broker.
    IN_FLIGHT = 10_000
    #: What the queues hold: the most any session may have in flight (Receive Maximum is at
    #: most 65,535), as a session opened with a larger window, or by a center that asked for
    #: none, is resent whole at its next connection. A QoS 0 message beyond it is dropped (logged).
    QUEUED = 65_535

    def __init__(self, settings: Settings, routing: RoutingTable, publish: Publisher | None,
                 clock: Callable[[], float] = time.time) -> None:
        self.settings = settings
        #: The service's clock, and the time a report is received by.
        self.clock = clock
        self.routing = routing
        self.publish = publish
        #: The alert rules, as the evaluator reads them: how grave an event is (rows.event_item).
        self.rules = load_rules_file(settings.alerts.rules_file)
        self.reports: queue.Queue[_Report] = queue.Queue(maxsize=self.QUEUED)
        self.retained: queue.Queue[tuple[str, bytes, Ack]] = queue.Queue(maxsize=self.QUEUED)
        #: Agency reports by the agency whose tree they came in (the broker's ACL makes it the
        #: sender), each in arrival order; the order of the keys is the order of their turns.
        self._turns: dict[str, deque[_Report]] = {}
        #: A batch whose transaction failed: the reports of it not yet acknowledged, applied first.
        self._held: list[_Report] = []
        self._held_retained: tuple[str, bytes, Ack] | None = None
        self.service: OpsService | None = None
        #: The poll under way (its units, what it did, the reports and commands applied before
        #: it): steps take it unit by unit.
        self._poll: tuple[Iterator[None], PollResult, int] | None = None

    def on_message(self, topic: str, payload: bytes, ack: Ack = _no_ack) -> None:
        """MQTT thread: queue an agency message with the time it came in (never blocks); ``ack``
        once it is applied."""
        self.reports.put_nowait((topic, payload, ack, self.clock()))

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

    @property
    def reports_waiting(self) -> int:
        """Agency reports received and not yet acknowledged."""
        return self.reports.qsize() + len(self._held) + sum(len(line) for line in self._turns.values())

    def _sort_reports(self) -> None:
        """Move the queued agency reports to their agency's line (``soc/v1/dispatch/{agency}/...``)."""
        while True:
            try:
                msg = self.reports.get_nowait()
            except queue.Empty:
                return
            parts = msg[0].split("/", 4)
            self._turns.setdefault(parts[3] if len(parts) > 3 else "", deque()).append(msg)

    def _take_turns(self, n: int) -> list[_Report]:
        """Up to ``n`` reports, one from each agency's line in turn: one agency's backlog
        delays another's next report by at most one report of each agency in the batch."""
        taken: list[_Report] = []
        while len(taken) < n and self._turns:
            agency = next(iter(self._turns))
            line = self._turns.pop(agency)
            taken.append(line.popleft())
            if line:
                self._turns[agency] = line  # to the back of the turns
        return taken

    def open(self, conn: repo.Conn, now: datetime) -> Iterator[int]:
        """A fresh service on ``conn`` (autocommit; transactions are explicit), built in units
        cut by time (``SOC_HEALTH__UNIT_S``): the zone's index, then :meth:`OpsService.opening`
        and :meth:`OpsService.republishing`; it replaces the worker's service only after the
        last unit, so an open cut short leaves nothing to step."""
        self.service = None
        self._poll = None
        lookups = _geo_lookups(conn)
        yield 0
        svc = OpsService(conn, self.routing, **lookups._asdict(),
                         publish=self.publish, default_mode=Mode(self.settings.ops.mode),
                         retention_s=self.settings.ops.retention_s, unit_s=self.settings.health.unit_s,
                         rules=self.rules, clock=self.clock)
        yield from svc.opening()
        # The reports that came in while the database was away, before the agencies are told
        # their work again: a desk that acknowledged is not told its work is still assigned.
        if self._apply_reports(svc):
            yield 0
        yield from svc.republishing()
        self.service = svc

    def step(self, conn: repo.Conn, now: datetime) -> bool:
        """The reports and commands waiting, then one unit of a poll (:meth:`OpsService.polling`);
        True when there was work (a poll not finished is work: the runner beats and steps again
        at once). Reports come before the poll, so its escalations follow them
        (:meth:`_apply_reports`)."""
        svc = self.service
        assert svc is not None
        if self._poll is None:
            work = self._apply_reports(svc) + svc.apply_commands()
            res = PollResult()
            self._poll = (svc.polling(res), res, work)
        units, res, work = self._poll
        if next(units, _DONE) is not _DONE:
            return True
        self._poll = None
        return bool(res.items or work)

    def _apply_reports(self, svc: OpsService) -> int:
        """Apply the queued agency reports, each at the time it came in, and refuse the retained
        ones, both bounded by :attr:`REPORTS_PER_STEP` and the unit's time; returns how many.

        Tells ``svc`` up to when the reports were read (``reports_through``) and which agencies'
        reports still wait from when (``reports_waiting``): its next poll escalates no further,
        so a report received before a deadline is applied before that deadline can escalate.
        """
        timer = UnitTimer(svc.unit_s)
        handled = refused = 0
        through = self.clock()  # every report received before it is in a line after the sort
        self._sort_reports()
        while handled < self.REPORTS_PER_STEP and not (handled and timer.due()):
            batch = self._held or self._take_turns(self.REPORT_BATCH)
            if not batch:
                break
            self._held = batch
            acked: set[int] = set()

            def done(i: int, batch: list[_Report] = batch, acked: set[int] = acked) -> None:
                batch[i][2]()  # its effect or its refusal is committed
                acked.add(i)

            try:
                svc.apply_messages([(topic, payload) for topic, payload, _ack, _at in batch], done,
                                   received=[at for *_rest, at in batch])
            finally:
                self._held = [m for i, m in enumerate(batch) if i not in acked]
            handled += len(batch)
        while refused < self.REPORTS_PER_STEP and not (refused and timer.due()):
            if self._held_retained is None:
                try:
                    self._held_retained = self.retained.get_nowait()
                except queue.Empty:
                    break
            topic, payload, ack = self._held_retained
            svc.refuse_retained(topic, payload)
            ack()
            self._held_retained = None
            refused += 1
        svc.reports_through = through
        svc.reports_waiting = {Agency(agency): line[0][3] for agency, line in self._turns.items()
                               if line and agency in _AGENCY_NAMES}
        return handled + refused

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
                      on_retained_delivery=worker.on_retained, session_expiry_s=OPS_SESSION_EXPIRY_S,
                      receive_max=OpsWorker.IN_FLIGHT)

    def publish(topic: str, payload: bytes, *, retain: bool) -> Delivery:
        return shell.publish(topic, payload, qos=1, retain=retain)

    worker.publish = publish
    shell.start()
    try:
        run_worker(settings, worker, options_from(settings, "ops", settings.ops.poll_interval_ms / 1000.0,
                                                  autocommit=True),
                   stop=stop, beat_detail=lambda: {"mqtt": "up" if shell.up else "down",
                                                    BROKER_DOWN_S: round(shell.down_for_s(), 1)})
    finally:
        shell.stop()
    return 0


class GeoLookups(NamedTuple):
    """What the service asks geo's index, as :class:`OpsService`'s keyword arguments."""

    zone_of: ZoneLookup
    roads_at: RoadLookup | None
    road_names: Mapping[str, str]
    places: PlaceLookup | None
    name_place: PlaceNamer
    name_device: DeviceNamer


def _geo_lookups(conn: repo.Conn) -> GeoLookups:
    """Zone and sub-area, the roads a point lies on, the roads' names by id, the places a text
    names (geo's gazetteer with the junctions of the loaded roads), the name of a point's
    place and a device in words (its registry name and place, as the registry stood at start),
    from geo's index (empty lookups if the geo layers are not loaded; no places if the
    gazetteer cannot be read). Pass them as ``OpsService(conn, routing, **lookups._asdict())``."""
    try:
        from geo.service import build_index

        index = build_index(conn)
    except Exception as exc:
        log_event(log, "zones_unavailable", level=logging.WARNING, error=str(exc)[:200])
        return GeoLookups(_no_zone, None, {}, None, _no_name, _no_device)

    def zone_of(x: float, y: float) -> ZoneRef:
        hit = index.locate(*to_wgs84(x, y))
        return ZoneRef(hit.zone, hit.sub_area)

    def name_place(x: float, y: float) -> str:
        return index.place_at(*to_wgs84(x, y)).name

    try:
        from geo.repo import fetch_sensors

        registry = {s.sensor_id: s for s in fetch_sensors(conn)}
    except Exception as exc:
        log_event(log, "registry_unavailable", level=logging.WARNING, error=str(exc)[:200])
        registry = {}  # devices named by their ids

    def name_device(source_id: str) -> Device:
        known = registry.get(source_id)
        if known is None:
            return device_words(source_id)
        at = index.place_at(known.lon, known.lat)
        return device_words(source_id, known.name, known.name_en, at.name, at.name_en)

    try:
        places: PlaceLookup | None = load_gazetteer(roads=index.roads).points_named
    except GazetteerError as exc:
        log_event(log, "gazetteer_unavailable", level=logging.WARNING, error=str(exc)[:200])
        places = None
    return GeoLookups(zone_of, index.roads_at, index.road_name_of, places, name_place, name_device)


def run_mode_switch(settings: Settings, mode: Mode, *, actor: str, reason: str) -> Mode:
    """``soc ops mode``: record a 平時/戰時 switch (audited); the running service applies it.

    Returns the mode switched from. Raises :class:`~ops_center.errors.DispatchError`
    without a reason.
    """
    from common.db import connect
    from ops_center.api import request_mode_switch

    with connect(settings, autocommit=True) as conn, conn.transaction():
        return request_mode_switch(conn, mode, default=Mode(settings.ops.mode), actor=actor, reason=reason)
