"""The alerts shell: committed readings/events in, stored alerts, audit and outbox out.

The only module of the package (with :mod:`alerts.notify`) that talks to the
database or reads the clock (in :func:`run_alerts`; every other function takes
``now``). One :class:`AlertsService` per database consumes ``readings`` and
``events`` between persisted watermarks (contract 4: the half-open interval
``[watermark, ingest_horizon())`` of ``received_at``, so rows committed late are
never skipped and nothing is read twice), feeds the pure evaluator, applies the
pure lifecycle, and writes alerts, transitions, outbox rows, the evaluator's
condition state and the new watermark in ONE transaction. A crash anywhere
before COMMIT leaves everything as it was; after a restart the same rows are
evaluated again from the same state, so no alert is missed or repeated.
"""

from __future__ import annotations

import gc
import itertools
import logging
import math
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from operator import attrgetter
from types import FrameType
from typing import Any, LiteralString

import psycopg
from psycopg.rows import kwargs_row
from psycopg.types.json import Jsonb

from alerts import repo
from alerts.errors import AlertNotFoundError, AlertsError, ConcurrentUpdateError, DeliveryNotFoundError
from alerts.evaluate import CondState, Evaluator, Event, Reading, SensorInfo, observed_at
from alerts.lifecycle import (
    Action,
    Alert,
    AlertState,
    Change,
    ClearCause,
    Decision,
    Severity,
    Trigger,
    clear,
    condition_ended,
    raise_above,
    raise_alert,
    resolve_if_due,
    retrigger,
    suppresses,
    tick,
    transition,
)
from alerts.notify import Notifier, OutcomeRecord, record
from alerts.rules import CombinationRule, RateRule, RuleSet, SilenceRule, ThresholdRule, load_rules_file
from common.logging import log_event
from common.pacing import BatchSize, UnitTimer
from common.runner import committed_horizon, cut_received
from common.settings import Settings

log = logging.getLogger(__name__)

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
#: How long a starting evaluator waits for its consumer lock held by another session: a
#: predecessor's backend exits a moment after its client goes; the rest is room for a loaded host.
LOCK_WAIT_S = 10.0


def _alert(**row: Any) -> Alert:
    row["state"] = AlertState(row["state"])
    row["severity"] = Severity(row["severity"])
    row["clear_cause"] = ClearCause(row["clear_cause"]) if row["clear_cause"] else None
    return Alert(**row)


def _params(a: Alert, old_version: int | None = None) -> dict[str, object]:
    p: dict[str, object] = asdict(a)
    p["state"] = a.state.value
    p["severity"] = a.severity.value
    p["clear_cause"] = a.clear_cause.value if a.clear_cause else None
    p["old_version"] = old_version
    return p


class AlertStore:
    """Reads and writes alerts inside the caller's transaction (never commits)."""

    def __init__(self, conn: psycopg.Connection, rules: RuleSet, webhook_agencies: Iterable[str] = ()) -> None:
        self.conn = conn
        self.rules = rules
        self.webhook_agencies = frozenset(webhook_agencies)

    def get(self, alert_id: int, *, lock: bool = False) -> Alert:
        """The alert with this id (locked FOR UPDATE if asked), or :class:`AlertNotFoundError`."""
        with self.conn.cursor(row_factory=kwargs_row(_alert)) as cur:
            row = cur.execute(repo.SQL_ALERT_BY_ID_LOCK if lock else repo.SQL_ALERT_BY_ID, (alert_id,)).fetchone()
        if row is None:
            raise AlertNotFoundError(alert_id)
        return row

    def open_for_keys(self, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], Alert]:
        """Open alerts of these (rule, source) keys, locked for update."""
        ks = sorted(set(keys))
        if not ks:
            return {}
        with self.conn.cursor(row_factory=kwargs_row(_alert)) as cur:
            rows = cur.execute(repo.SQL_OPEN_FOR_KEYS, ([k[0] for k in ks], [k[1] for k in ks])).fetchall()
        return {a.key: a for a in rows}

    def set_aside_for_keys(self, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], Alert]:
        """Alerts of these keys resolved while their condition held (set aside), locked for update."""
        ks = sorted(set(keys))
        if not ks:
            return {}
        with self.conn.cursor(row_factory=kwargs_row(_alert)) as cur:
            rows = cur.execute(repo.SQL_SET_ASIDE_FOR_KEYS, ([k[0] for k in ks], [k[1] for k in ks])).fetchall()
        return {a.key: a for a in rows}

    def open_alerts(self) -> list[Alert]:
        """Every open alert."""
        with self.conn.cursor(row_factory=kwargs_row(_alert)) as cur:
            return cur.execute(repo.SQL_OPEN_ALERTS).fetchall()

    def due(self, now: datetime, observed: datetime | None, limit: int = 1000) -> list[Alert]:
        """Open alerts with a wall-clock deadline at or before ``now`` or an auto-resolve due at
        observation time ``observed`` (locked, skipping locked ones)."""
        with self.conn.cursor(row_factory=kwargs_row(_alert)) as cur:
            return cur.execute(repo.SQL_DUE, {"now": now, "observed": observed, "limit": limit}).fetchall()

    def save(self, ch: Change, old: Alert | None) -> Alert:
        """Insert or update the alert, then its transitions and outbox rows."""
        a = ch.alert
        locked = False
        with self.conn.cursor() as cur:
            if a.alert_id is None:
                row = cur.execute(repo.SQL_ALERT_INSERT, _params(a)).fetchone()
                assert row is not None
                a = Alert(**{**asdict(a), "alert_id": int(row[0])})
            else:
                cur.execute(repo.SQL_ALERT_UPDATE, _params(a, old.version if old else a.version))
                if cur.rowcount != 1:
                    raise ConcurrentUpdateError(a.alert_id)
            for t in ch.transitions:
                cur.execute(
                    repo.SQL_TRANSITION_INSERT,
                    (
                        a.alert_id,
                        t.at,
                        t.actor,
                        t.action.value,
                        t.from_state.value if t.from_state else None,
                        t.to_state.value,
                        t.severity.value,
                        t.reason,
                        t.status_reason.value if t.status_reason is not None else None,
                        t.clear_cause.value if t.clear_cause is not None else None,
                    ),
                )
                # every change is announced when it happens, a clear of the condition too
                agencies = self._agencies(a)
                if agencies and not locked:
                    cur.execute(repo.SQL_OUTBOX_WRITE_LOCK)
                    locked = True
                for agency in agencies:
                    cur.execute(
                        repo.SQL_OUTBOX_INSERT,
                        (
                            a.alert_id,
                            agency,
                            t.action.value,
                            Jsonb(_payload(a, t.action, t.actor, t.reason, t.at)),
                            t.at,
                        ),
                    )
        return a

    def _agencies(self, a: Alert) -> list[str]:
        rule = self.rules.by_id().get(a.rule_id)
        targets = (rule.notify or (rule.agency,)) if rule else (a.agency,)
        return [x for x in targets if x in self.webhook_agencies]


def _payload(a: Alert, action: Action, actor: str, reason: str, at: datetime) -> dict[str, object]:
    return {
        "event": action.value,
        "at": at.isoformat(),
        "actor": actor,
        "reason": reason,
        "alert": {
            "alert_id": a.alert_id,
            "rule_id": a.rule_id,
            "source_id": a.source_id,
            "state": a.state.value,
            "severity": a.severity.value,
            "title": a.title,
            "label": a.label,
            "level": a.level,
            "value": a.value,
            "cleared_at": a.cleared_at.isoformat() if a.cleared_at else None,
            "category": a.category,
            "agency": a.agency,
            "lon": a.lon,
            "lat": a.lat,
            "raised_at": a.raised_at.isoformat(),
            "escalation_level": a.escalation_level,
        },
    }


def evaluate_batch(
    ev: Evaluator, readings: Sequence[Reading], events: Sequence[Event], now: datetime,
    observed: datetime | None = None, *, silence: bool = True,
) -> list[Decision]:
    """Feed a batch in observation-time order, one observation (sensor, time) at a time, then tick
    (a row dated after its receipt in its receipt's place, :func:`alerts.evaluate.observed_at`).

    The readings of one message share sensor and time, and are evaluated together
    whatever order the database returned them in; ties between observations are
    broken by sensor id, so the outcome does not depend on row order. Before the
    first item of each observation time, what fell due before it is decided at that
    time: an event condition gone quiet (``clears_after_s``, dated the moment it fell
    due) and a threshold value expired (dated that time), so a later item in the same
    batch finds them cleared, as in smaller batches, whose tick at the end decides the
    same at the same times. The tick looks for silent sensors at ``now`` and for
    expired values and quiet events at ``observed`` (the observation clock after the
    batch; ``now`` if not given); with ``silence`` False (more committed rows wait after
    this batch: a backlog) it does not look for silent sensors.
    """
    # readings in observation order, one dated after its receipt where it was received
    rs = sorted(readings, key=attrgetter("observed", "sensor_id", "time"))
    # events in observation order; a permit whose key does not say when it was issued has
    # no time to arrive at, and comes last
    es = sorted(((observed_at(e), e) for e in events), key=lambda p: (p[0] is None, p[0] or now))
    decisions: list[Decision] = []
    due = ev.quiet_due()
    last: datetime | None = None

    def arrive(t: datetime) -> None:  # before an item at t: what fell due before it
        nonlocal due, last
        if t == last:
            return
        last = t
        if due is not None and due < t:
            decisions.extend(ev.go_quiet(t, before=True))
            due = ev.quiet_due()
        expires = ev.expiry_due()
        if expires is not None and expires < t:
            decisions.extend(ev.expire(t))

    def event(e: Event, at: datetime | None) -> None:
        nonlocal due
        if at is not None:
            arrive(at)
        decisions.extend(ev.feed(e, now))
        due = ev.quiet_due()

    i = k = 0
    n = len(rs)
    while i < n:
        t, sid, seen = rs[i].time, rs[i].sensor_id, rs[i].observed
        while k < len(es) and (at := es[k][0]) is not None and at < seen:
            event(es[k][1], at)
            k += 1
        arrive(seen)
        j = i + 1
        while j < n and rs[j].time == t and rs[j].sensor_id == sid:
            j += 1
        decisions.extend(ev.feed_observation(rs[i:j], now))
        i = j
    for at, e in es[k:]:
        event(e, at)
    decisions.extend(ev.tick(now, observed, silence=silence))
    return decisions


def observed_clock(before: datetime | None, readings: Sequence[Reading], events: Sequence[Event],
                   now: datetime) -> datetime | None:
    """The observation clock after a batch: the latest observation time evaluated (a row dated
    after its receipt: its receipt), never past ``now``."""
    times = [r.observed for r in readings] + [t for e in events if (t := observed_at(e)) is not None]
    if before is not None:
        times.append(before)
    return min(max(times), now) if times else None


def apply_decisions(
    store: AlertStore, decisions: Sequence[Decision], observed: datetime | None = None
) -> tuple[int, int]:
    """Apply evaluator decisions through the pure lifecycle; returns (raised, changed).

    A key without an open alert may have a set-aside one (resolved by hand while
    its condition held): a trigger at or below its level opens nothing, a higher
    one lifts it and opens a new alert, the condition's end lifts it
    (:func:`alerts.lifecycle.suppresses`). A trigger for an open alert whose
    condition has been clear for its ``auto_resolve_after_s`` at the trigger's
    observation time (or ``observed``, the clock before the batch, if later)
    resolves it first and opens a new alert: the same outcome as when the
    deadline had run between two smaller batches.
    """
    open_ = store.open_for_keys((d.rule_id, d.source_id) for d in decisions)
    aside = store.set_aside_for_keys({(d.rule_id, d.source_id) for d in decisions} - open_.keys())
    raised = changed = 0
    for d in decisions:
        key = (d.rule_id, d.source_id)
        cur = open_.get(key)
        if cur is not None and isinstance(d, Trigger):
            resolved = resolve_if_due(cur, d.at if observed is None else max(observed, d.at))
            if resolved.transitions:
                store.save(resolved, cur)
                changed += 1
                cur = None
                del open_[key]
        if cur is None and key in aside:
            held = aside[key]
            if isinstance(d, Trigger):
                if suppresses(held, d):
                    continue
                lifted, ch = raise_above(held, d)
                store.save(lifted, held)
                open_[key] = store.save(ch, None)
                raised += 1
                changed += 2
            else:
                store.save(condition_ended(held, d.at, d.reason, cause=d.cause), held)
                changed += 1
            del aside[key]
            continue
        if isinstance(d, Trigger):
            ch = raise_alert(d) if cur is None else retrigger(cur, d)
        elif cur is None:
            continue
        else:
            ch = clear(cur, d.at, d.reason, cause=d.cause)
        if ch.alert is cur:
            continue
        saved = store.save(ch, cur)
        raised += cur is None
        changed += 1
        if saved.is_open:
            open_[key] = saved
        else:
            open_.pop(key, None)
    return raised, changed


def run_deadlines(store: AlertStore, now: datetime, observed: datetime | None = None, limit: int = 1000) -> int:
    """Escalate and unshelve what is due at ``now``, auto-resolve what is due at ``observed``; returns changes."""
    n = 0
    for a in store.due(now, observed, limit):
        ch = tick(a, now, observed=observed or EPOCH)  # nothing observed yet: nothing resolves
        if ch.transitions:
            store.save(ch, a)
            n += 1
    return n


def act(
    conn: psycopg.Connection,
    rules: RuleSet,
    alert_id: int,
    to: AlertState,
    *,
    now: datetime,
    actor: str,
    reason: str,
    shelved_until: datetime | None = None,
    webhook_agencies: Iterable[str] = (),
) -> Alert:
    """An operator's move (acknowledge, shelve, resolve, close), audited and committed."""
    store = AlertStore(conn, rules, webhook_agencies)
    try:
        a = store.get(alert_id, lock=True)
        ch = transition(a, to, at=now, actor=actor, reason=reason, shelved_until=shelved_until)
        saved = store.save(ch, a)
    except BaseException:
        conn.rollback()
        raise
    conn.commit()
    return saved


@dataclass(frozen=True, slots=True)
class FailedDelivery:
    """An outbox row that failed for good, with the receiver's answer (``last_error``)."""

    outbox_id: int
    alert_id: int
    agency: str
    event: str
    attempts: int
    created_at: datetime
    failed_at: datetime
    last_error: str
    rule_id: str
    source_id: str
    title: str


def failed_deliveries(conn: psycopg.Connection, limit: int = 100) -> list[FailedDelivery]:
    """Webhook rows that failed for good, newest first (the console lists them)."""
    with conn.cursor(row_factory=kwargs_row(FailedDelivery)) as cur:
        return cur.execute(repo.SQL_OUTBOX_FAILED_LIST, {"limit": limit}).fetchall()


def failed_delivery_count(conn: psycopg.Connection) -> int:
    """How many webhook rows have failed for good (the wall's health)."""
    row = conn.execute(repo.SQL_OUTBOX_FAILED_COUNT).fetchone()
    return int(row[0]) if row else 0


def retry_delivery(conn: psycopg.Connection, outbox_id: int, *, now: datetime, actor: str) -> None:
    """Queue a failed row again (due at ``now``) and commit; :class:`DeliveryNotFoundError` if
    no row with this id has failed. It goes to the end of its agency's queue: the rows
    already waiting are sent first, rows written later after it (docs/alerts.md)."""
    try:
        conn.execute(repo.SQL_OUTBOX_WRITE_LOCK)
        row = conn.execute(repo.SQL_OUTBOX_REQUEUE, {"id": outbox_id, "now": now, "actor": actor}).fetchone()
        if row is None:
            raise DeliveryNotFoundError(outbox_id)
    except BaseException:
        conn.rollback()
        raise
    conn.commit()
    log_event(log, "webhook_requeued", outbox_id=outbox_id, actor=actor)


@dataclass(frozen=True, slots=True)
class StepResult:
    """What one evaluation step did."""

    readings: int
    events: int
    decisions: int
    raised: int
    changed: int
    deadlines: int
    readings_wm: datetime
    events_wm: datetime


class AlertsService:
    """The evaluator over committed data, with its persisted watermark and state."""

    def __init__(
        self,
        conn: psycopg.Connection,
        rules: RuleSet,
        *,
        consumer: str = "alerts",
        webhook_agencies: Iterable[str] = (),
        batch_max: int = 5_000,
        horizon_margin_s: float = 0.05,
        idle_after_s: float | None = 60.0,
        unit_s: float | None = None,
        lock_wait_s: float = LOCK_WAIT_S,
    ) -> None:
        self.conn = conn
        self.rules = rules
        self.consumer = consumer
        self.store = AlertStore(conn, rules, webhook_agencies)
        #: The most readings (and events) one step or one priming statement takes.
        self.batch_max = batch_max
        #: How long one step or one unit of start-up should take (SOC_HEALTH__UNIT_S, as
        #: ``soc alerts run`` sets it): the rows a step or a priming statement takes are
        #: sized from the time the last one took. None: no budget, each takes ``batch_max``
        #: and the start-up is one unit (a caller with no loop to beat in).
        self.unit_s = unit_s
        self._steps = self._sizes()
        self.margin_s = horizon_margin_s
        self.evaluator = Evaluator(rules, ())
        self.readings_wm = EPOCH
        self.events_wm = EPOCH
        #: The observation clock (:func:`observed_clock`), persisted with the watermark.
        self.observed: datetime | None = None
        self.idle_after_s = idle_after_s
        #: How long :meth:`starting` waits for a consumer lock that another session holds.
        self.lock_wait_s = lock_wait_s
        # Wall time and observation clock when rows last came in (see :meth:`_idle_clock`).
        self._rows_wall: datetime | None = None
        self._rows_observed: datetime | None = None

    # -- start-up ------------------------------------------------------------------
    def start(self, now: datetime) -> None:
        """Take the consumer lock and load watermark, registry and state (all units of :meth:`starting`)."""
        for _ in self.starting(now):
            pass

    def starting(self, now: datetime) -> Iterator[int]:
        """:meth:`start` in bounded units (see :meth:`_loading`): the lock, then the load.

        The consumer lock held by another session is waited for, up to :attr:`lock_wait_s`
        (logged once, ``alerts_consumer_lock_waiting``): a predecessor that is gone (a closed
        connection, a ``kill -9`` and a supervisor's restart) keeps it until its backend has
        noticed and exited, which the server does asynchronously, a moment after the client
        is gone. Still held after the wait: :class:`AlertsError` (another evaluator runs)."""
        self._lock()
        self.conn.execute(repo.SQL_WATERMARK_INIT, (self.consumer,))
        self.conn.commit()
        yield 0
        yield from self._loading(now)

    def _lock(self) -> None:
        """Take the consumer lock, waiting for it at most :attr:`lock_wait_s` (see :meth:`starting`)."""
        conn = self.conn
        row = conn.execute(repo.SQL_TRY_LOCK, (self.consumer,)).fetchone()
        if row and row[0]:
            return
        log_event(log, "alerts_consumer_lock_waiting", logging.WARNING, consumer=self.consumer,
                  within_s=self.lock_wait_s)
        # One blocking wait, not a loop of tries: the server grants the lock the moment it frees.
        conn.execute(repo.SQL_LOCK_TIMEOUT, (f"{max(1, round(self.lock_wait_s * 1000))}ms",))
        try:
            conn.execute(repo.SQL_LOCK, (self.consumer,))
        except psycopg.errors.LockNotAvailable as exc:
            conn.rollback()
            raise AlertsError(f"another alerts evaluator holds consumer {self.consumer!r} "
                              f"(waited {self.lock_wait_s:g} s for it)") from exc
        # a session lock outlives its transaction; the commit ends the lock_timeout
        conn.commit()

    def stop(self) -> None:
        """Release the consumer lock."""
        self.conn.rollback()
        self.conn.execute(repo.SQL_UNLOCK, (self.consumer,))
        self.conn.commit()

    def _load(self, now: datetime) -> None:
        """Rebuild the evaluator exactly as it was after the last committed step (all units of :meth:`_loading`)."""
        for _ in self._loading(now):
            pass

    def _loading(self, now: datetime) -> Iterator[int]:
        """:meth:`_load` in units cut by time (about :attr:`unit_s` each): yields the readings
        primed so far whenever a unit's time is spent. Each statement is its own short
        transaction (a long one would hold back ``ingest_horizon()`` for every consumer) and
        reads a number of rows sized from the time the last one took (at most
        ``batch_max``), in the order of the readings' key, so the evaluator is primed the
        same whatever the sizes. The evaluator is replaced only after the last unit, so a
        load cut short leaves the previous one in place."""
        conn = self.conn
        timer = UnitTimer(math.inf if self.unit_s is None else self.unit_s)
        wm = conn.execute(repo.SQL_WATERMARK_GET, (self.consumer,)).fetchone()
        assert wm is not None
        readings_wm, events_wm, observed = wm
        # observation memory is rebuilt on the observation clock, not the wall clock:
        # a restart while the data runs behind (a backlog, a replay) restores the same memory
        clock = observed or now
        with conn.cursor(row_factory=kwargs_row(_sensor)) as cur:
            sensors = cur.execute(repo.SQL_SENSORS).fetchall()
        ev = Evaluator(self.rules, sensors)
        ev.restore(
            (rid, sub, CondState.from_json(st)) for rid, sub, st in conn.execute(repo.SQL_CONDITION_LOAD).fetchall()
        )
        conn.commit()
        primed = 0
        yield primed
        timer.next()
        lookback = self._lookback(sensors)
        window = self._value_window(sensors)
        parts: list[Iterator[list[tuple[Any, ...]]]] = []
        if lookback:
            parts.append(self._chunks(repo.SQL_READINGS_PRIME, repo.SQL_READINGS_PRIME_AFTER,
                                      {"wm": readings_wm, "since": clock - lookback}, _after_prime))
        if window > lookback:
            # only the latest value of each series: what a threshold condition is judged on
            parts.append(self._chunks(repo.SQL_READINGS_LATEST, repo.SQL_READINGS_LATEST_AFTER,
                                      {"wm": readings_wm, "since": clock - window}, _after_series))
        for rows in itertools.chain(*parts):  # each part read lazily, in turn
            for sid, metric, t, v, received in rows:
                ev.prime(Reading(sid, metric, t, v, received))
            primed += len(rows)
            if timer.due():
                yield primed
                timer.next()
        ev.start(now)
        conn.commit()
        self.readings_wm, self.events_wm, self.observed = readings_wm, events_wm, observed
        self.evaluator = ev
        self._rows_wall, self._rows_observed = now, self.observed

    def _sizes(self) -> BatchSize:
        """Batch sizes cut by :attr:`unit_s` (from a small first one), or ``batch_max`` without a budget."""
        if self.unit_s is None:
            return BatchSize(math.inf, most=self.batch_max, least=self.batch_max)
        return BatchSize(self.unit_s, most=self.batch_max)

    def _chunks(self, first: LiteralString, after: LiteralString, params: dict[str, object],
                keyset: Callable[[tuple[Any, ...]], dict[str, object]]) -> Iterator[list[tuple[Any, ...]]]:
        """The rows of a keyset-paged query, one statement (and transaction) per chunk.

        ``first`` reads from the start, ``after`` past the key ``keyset(last row)`` gives;
        both take ``%(n)s`` rows, sized by :class:`common.pacing.BatchSize` from the time
        the last statement took (the statement is what cannot be cut)."""
        size = self._sizes()
        sql, p = first, dict(params)
        while True:
            began = time.monotonic()
            n = size.size
            rows = self.conn.execute(sql, {**p, "n": n}).fetchall()
            self.conn.commit()
            size.took(time.monotonic() - began, len(rows))
            if rows:
                yield rows
            if len(rows) < n:
                return
            sql, p = after, {**params, **keyset(rows[-1])}

    def _idle_clock(self, observed: datetime | None, now: datetime) -> datetime | None:
        """The observation clock after a step that read no rows.

        When no row has come for ``idle_after_s`` of successful steps (counted from
        the last row, or from the last start or reload: an outage is not idleness),
        the clock runs on with the wall clock from where the data left it, so a
        condition that cleared before the feeds fell quiet still resolves; a backlog
        or a replay arriving after an outage is evaluated on its own times.
        """
        if (self.idle_after_s is None or self._rows_wall is None or self._rows_observed is None
                or (now - self._rows_wall).total_seconds() < self.idle_after_s):
            return observed
        run_on = min(self._rows_observed + (now - self._rows_wall), now)
        return run_on if observed is None else max(observed, run_on)

    def _lookback(self, sensors: Sequence[SensorInfo]) -> timedelta:
        secs = 0.0
        for r in self.rules.rules:
            if isinstance(r, RateRule):
                secs = max(secs, 2 * r.window_s)
            elif isinstance(r, CombinationRule):
                secs = max(secs, r.stale_after_s)
            elif isinstance(r, SilenceRule):
                longest = max((s.expected_interval_s or 0 for s in sensors), default=0)
                secs = max(secs, longest * r.factor)
        return timedelta(seconds=min(secs, 86_400))

    def _value_window(self, sensors: Sequence[SensorInfo]) -> timedelta:
        """How far back a threshold value can still be valid (its latest value is primed)."""
        longest = max((s.expected_interval_s or 0 for s in sensors), default=0)
        secs = 0.0
        for r in self.rules.rules:
            if isinstance(r, ThresholdRule):
                secs = max(secs, *r.valid_s.values(), r.valid_intervals * longest, r.valid_default_s)
        return timedelta(seconds=min(secs, 86_400))

    # -- one step ------------------------------------------------------------------
    def step(self, now: datetime) -> StepResult:
        """Evaluate the next chunk committed since the watermark, and the deadlines due at ``now``.

        A chunk is one window of commit order (``received_at``) for readings and
        events alike, holding at most a number of each sized by time (about
        :attr:`unit_s` a step: :class:`common.pacing.BatchSize`, never above
        ``batch_max``; more only when one transaction wrote more: a transaction is
        never split), so a step is bounded however long the backlog and however many
        decisions its rows bring, and the runner beats between steps. Where the
        chunks end changes no decision taken at observation times (the evaluator is
        fed in observation order and deadlines run on the observation clock;
        ``tests/unit/alerts/test_alerts_units.py``), as the live stream's chunks
        already end wherever the commits stood at each poll. The window is
        shared because the observation clock after a step is the latest observation
        time in it: events cut on their own would reach hours past the readings of a
        backlog (they are far fewer), and deadlines run on that clock would resolve
        alerts whose condition returns in readings not yet evaluated.

        All writes happen in one transaction with the new watermark; on any error
        the transaction is rolled back and the evaluator reloaded from the database.
        """
        conn = self.conn
        began = time.monotonic()
        n = self._steps.size
        try:
            horizon = committed_horizon(conn, self.margin_s)
            r_lo, e_lo = self.readings_wm, self.events_wm
            # one commit window for both tables: the observation clock after the step may
            # only reach times of rows committed before every row still to come
            hi = min(cut_received(conn, "readings", r_lo, max(horizon, r_lo), n=n),
                     cut_received(conn, "events", e_lo, max(horizon, e_lo), n=n))
            r_hi, e_hi = max(hi, r_lo), max(hi, e_lo)
            readings = [
                Reading(s, m, t, v, r)
                for s, m, t, v, r in conn.execute(repo.SQL_READINGS_BETWEEN, {"lo": r_lo, "hi": r_hi}).fetchall()
            ]
            with conn.cursor(row_factory=kwargs_row(Event)) as cur:
                events = cur.execute(repo.SQL_EVENTS_BETWEEN, {"lo": e_lo, "hi": e_hi}).fetchall()
            observed = observed_clock(self.observed, readings, events, now)
            if not (readings or events):
                observed = self._idle_clock(observed, now)
            # Silence is judged on the wall clock, so only once every committed row is
            # evaluated: in a backlog a sensor's readings may be waiting in it, and each step
            # would find every sensor silent and the next reading bring it back.
            decisions = evaluate_batch(self.evaluator, readings, events, now, observed, silence=hi >= horizon)
            raised, changed = apply_decisions(self.store, decisions, self.observed)
            deadlines = run_deadlines(self.store, now, observed)
            dirty = self.evaluator.take_dirty()
            if dirty:
                with conn.cursor() as cur:
                    cur.executemany(
                        repo.SQL_CONDITION_UPSERT,
                        [(rid, sub, Jsonb(st.to_json())) for rid, sub, st in dirty],
                    )
            conn.execute(repo.SQL_WATERMARK_SET, (r_hi, e_hi, observed, self.consumer))
            if readings or events or raised or changed or deadlines:
                conn.execute(repo.SQL_PROGRESS_ADD, {"consumer": self.consumer, "r": r_hi, "e": e_hi})
            conn.commit()
        except BaseException:
            conn.rollback()
            if not conn.closed:
                self._load(now)
            raise
        self.readings_wm, self.events_wm, self.observed = r_hi, e_hi, observed
        if readings or events:
            self._rows_wall, self._rows_observed = now, observed
        self._steps.took(time.monotonic() - began, max(len(readings), len(events)))
        return StepResult(len(readings), len(events), len(decisions), raised, changed, deadlines, r_hi, e_hi)


def _after_prime(row: tuple[Any, ...]) -> dict[str, object]:
    """The key past which :data:`alerts.repo.SQL_READINGS_PRIME_AFTER` goes on: (time, sensor, metric)."""
    sid, metric, t, *_ = row
    return {"t": t, "s": sid, "m": metric}


def _after_series(row: tuple[Any, ...]) -> dict[str, object]:
    """The series past which :data:`alerts.repo.SQL_READINGS_LATEST_AFTER` goes on."""
    sid, metric, *_ = row
    return {"s": sid, "m": metric}


def _sensor(**row: Any) -> SensorInfo:
    levels = row.pop("alert_levels_m") or {}
    row["alert_levels_m"] = {str(k): float(v) for k, v in levels.items() if isinstance(v, int | float)}
    row["name"] = row["name"] or ""
    return SensorInfo(**row)


# -- the process -------------------------------------------------------------------


def tune_gc() -> None:
    """Keep Python's cyclic GC from pausing evaluation; call once after start-up.

    With default thresholds, full collections over the evaluator's many long-lived
    objects paused single steps for 1 to 2.5 s at 15,000 readings/s (see
    docs/benchmarks/alerts.md). The evaluator builds no reference cycles, so
    start-up objects are frozen out of collection and young collections run less often.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 50, 100)


class EvaluatorWorker:
    """The evaluator as a :class:`common.runner.Worker`: one :class:`AlertsService` per connection.

    ``open`` takes the consumer lock and rebuilds the evaluator from the database
    (watermark, condition state, primed readings), so after any failure the
    runner's fresh connection resumes exactly after the last committed step.
    """

    def __init__(self, rules: RuleSet, webhook_agencies: Iterable[str] = (), batch_max: int = 5_000,
                 unit_s: float | None = 0.5, lock_wait_s: float = LOCK_WAIT_S) -> None:
        self.rules = rules
        self.agencies = tuple(webhook_agencies)
        self.batch_max = batch_max
        self.unit_s = unit_s
        #: The start's wait for the consumer lock: one statement, so within the runner's watchdog.
        self.lock_wait_s = lock_wait_s
        self.service: AlertsService | None = None
        self._gc_tuned = False

    def open(self, conn: psycopg.Connection, now: datetime) -> Iterator[int]:
        """Start a service on ``conn`` (lock, watermark, state) in the bounded units of
        :meth:`AlertsService.starting`; it replaces the worker's service only after the last."""
        self.service = None
        service = AlertsService(conn, self.rules, webhook_agencies=self.agencies, batch_max=self.batch_max,
                                unit_s=self.unit_s, lock_wait_s=self.lock_wait_s)
        yield from service.starting(now)
        self.service = service
        if not self._gc_tuned:
            tune_gc()
            self._gc_tuned = True
        log_event(log, "alerts_started", rules=len(self.rules.rules))

    def step(self, conn: psycopg.Connection, now: datetime) -> bool:
        """One evaluation step; True when it read rows."""
        assert self.service is not None
        res = self.service.step(now)
        return res.readings + res.events > 0

    def close(self, conn: psycopg.Connection) -> None:
        """Release the consumer lock."""
        if self.service is not None:
            self.service.stop()


class NotifierWorker:
    """One agency's webhook delivery as a :class:`common.runner.Worker`.

    Each agency runs in its own thread with its own connection and HTTP client
    (:func:`start_notifiers`), so a slow, hanging or trickling receiver delays
    only its own queue, and never evaluation. A step tries one row, bounded by the
    total deadline, which :meth:`Notifier.check_settings` keeps below the runner's
    watchdog: with several rows a step a receiver answering each just inside the
    deadline kept the loop from coming round, and the watchdog ended the whole
    process, the evaluator with it. A busy step is followed at once by the next.
    """

    def __init__(self, settings: Settings, agency: str, max_items: int = 1) -> None:
        self.settings = settings
        self.agency = agency
        self.max_items = max_items
        self.notifier: Notifier | None = None
        self.unrecorded: OutcomeRecord | None = None

    def open(self, conn: psycopg.Connection, now: datetime) -> tuple[()]:
        """A notifier for this agency on ``conn`` (a fresh HTTP client too; one short unit).

        An answer the previous connection could not record (the database went away after
        the POST) is recorded first: left to the lease, the row would be POSTed again.
        """
        previous, self.notifier = self.notifier, None
        if previous is not None:
            previous.close()
            if previous.unrecorded is not None:
                self.unrecorded = previous.unrecorded
        if self.unrecorded is not None:
            record(conn, self.unrecorded)
            self.unrecorded = None
        self.notifier = Notifier.from_settings(conn, self.settings, self.agency)
        return ()

    def step(self, conn: psycopg.Connection, now: datetime) -> bool:
        """Deliver what is due (the clock is read per attempt); True when anything was attempted."""
        assert self.notifier is not None
        st = self.notifier.deliver_due(max_items=self.max_items)
        return bool(st.delivered + st.retried + st.failed)

    def close(self, conn: psycopg.Connection) -> None:
        """Close the HTTP client."""
        if self.notifier is not None:
            self.notifier.close()
            self.notifier = None


def start_notifiers(settings: Settings, stop: threading.Event) -> list[threading.Thread]:
    """Start one notifier thread per agency with a webhook, each in the common runner."""
    from common.runner import options_from, run_worker

    period = settings.alerts.poll_interval_ms / 1000
    threads = []
    for agency in sorted(settings.alerts.webhooks):
        options = options_from(settings, f"alerts_notify_{agency}", period, heartbeat=False)
        t = threading.Thread(target=run_worker, name=f"alerts-notify-{agency}",
                             args=(settings, NotifierWorker(settings, agency), options), kwargs={"stop": stop})
        t.start()
        threads.append(t)
    return threads


def run_alerts(settings: Settings, *, stop: threading.Event | None = None) -> int:
    """``soc alerts run``: evaluate and run deadlines (and deliver webhooks in a thread).

    Runs until SIGINT/SIGTERM (or ``stop`` is set) in :func:`common.runner.run_worker`:
    a database outage of any length is waited out (logged once when the database
    goes and once when it returns) and the evaluator resumes from its watermark.
    """
    from common.runner import options_from, run_worker

    rules = load_rules_file(settings.alerts.rules_file)
    stop = stop or threading.Event()

    def _stop(signum: int, frame: FrameType | None) -> None:
        stop.set()

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _stop)
        signal.signal(signal.SIGINT, _stop)
    agencies = Notifier.check_settings(settings)
    period = settings.alerts.poll_interval_ms / 1000
    senders = start_notifiers(settings, stop) if agencies else []
    try:
        # the lock's wait is one statement the watchdog sees no turn in: well inside its limit
        stall_s = settings.health.stall_after_s
        worker = EvaluatorWorker(rules, agencies, settings.alerts.batch_max, settings.health.unit_s,
                                 min(LOCK_WAIT_S, stall_s / 2) if stall_s else LOCK_WAIT_S)
        run_worker(settings, worker, options_from(settings, "alerts", period),
                   stop=stop, beat_detail=lambda: {"rules": len(rules.rules)})
    finally:
        stop.set()
        for sender in senders:
            sender.join()
    log_event(log, "alerts_stopped")
    return 0
