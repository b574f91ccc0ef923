"""The rule evaluator: committed readings and events in, alert decisions out.

Pure: ``feed_observation(readings, now)``, ``feed(item, now)`` and ``tick(now)``
return :class:`~alerts.lifecycle.Trigger` and :class:`~alerts.lifecycle.Clear`
decisions; nothing here reads a clock or a database. Timing conditions (minimum
duration, rate windows, combinations held for a while, the validity of a value)
run on the *observation* time of the data, so replaying a recorded series gives
the same alerts at the same times. Silence runs on ``now`` given to
:meth:`Evaluator.tick`; expiry of values without a newer observation and "event
clears after" on the observation clock given with it (an event that goes quiet is
cleared at the moment it fell due, :meth:`Evaluator.go_quiet`).

One observation, one decision: the readings of one message (one sensor, one
observation time, several metrics) are remembered first and then every rule that
looks at any of them is evaluated once, so a message yields at most one decision
per rule and subject, whatever the order of its rows.

Two kinds of state:

- observation memory (latest value per sensor and metric, rate windows, last
  seen): idempotent under re-feeding, rebuilt after a restart with
  :meth:`Evaluator.prime` from readings already evaluated;
- condition state per (rule, subject) (:class:`CondState`): changes only when a
  condition changes; the shell persists :meth:`Evaluator.take_dirty` in the same
  transaction as the alerts and the watermark, and restores it with
  :meth:`Evaluator.restore`.
"""

from __future__ import annotations

import math
import re
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from alerts.lifecycle import Clear, ClearCause, Decision, Severity, Trigger
from alerts.rules import (
    AllOf,
    AnyOf,
    CombinationRule,
    Condition,
    EventRule,
    Falling,
    Leaf,
    RateRule,
    RegistryLimit,
    Rule,
    RuleSet,
    Selector,
    SilenceRule,
    StrictLimit,
    ThresholdRule,
)
from common import vocabulary
from common.vocabulary import StatusReason

#: An open condition re-triggers its alert (updating value and last_triggered_at)
#: at most this often unless the severity changes, to keep database writes bounded.
RETRIGGER_EVERY = timedelta(seconds=60)

#: How long a last will waits before it raises ``sensor-offline``: the broker sends the will of
#: every connection it drops, also one it dropped for its own hang (SIGSTOP, a stalled host),
#: and a gateway that is alive reconnects within its keepalive and reconnect backoff
#: (``mqtt.keepalive_s`` 10 s, ``mqtt.reconnect_max_s`` 2 s) and sends its unacknowledged
#: messages again. Anything of the device received after the will within this grace says its
#: gateway is connected after it, and the will raises nothing. The ops center holds a will as
#: long (``alerts.api.WILL_GRACE``, ``ops_center.repo.SQL_EVENTS_BETWEEN``).
WILL_GRACE = timedelta(seconds=30)


@dataclass(frozen=True, slots=True)
class SensorInfo:
    """What the evaluator needs from the sensor registry (contract 1)."""

    sensor_id: str
    kind: str
    agency: str = ""
    name: str = ""
    lon: float | None = None
    lat: float | None = None
    zone: str | None = None
    sub_area: str | None = None
    corridor: str | None = None
    expected_interval_s: int | None = None
    alert_levels_m: Mapping[str, float] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Reading:
    """One committed row of ``readings``."""

    sensor_id: str
    metric: str
    time: datetime
    value: float
    #: When ingest stored it (``readings.received_at``; None: not known, as at its ``time``).
    received_at: datetime | None = None

    @property
    def observed(self) -> datetime:
        """The time the observation clock may reach with it: its ``time``, or when ingest
        received it if dated after that (a station whose clock runs ahead, see :func:`observed_at`)."""
        r = self.received_at
        return r if r is not None and r < self.time else self.time


@dataclass(frozen=True, slots=True)
class Event:
    """One committed row of ``events`` (the fields rules use)."""

    source_id: str
    feed: str
    time: datetime
    category: str | None = None
    severity: str | None = None
    event_key: str = ""
    lon: float | None = None
    lat: float | None = None
    confidence: float | None = None
    title: str = ""
    status_reason: str = ""  # why a device went offline, when its status says (the wire's word, docs/mqtt.md)
    #: A CAP message's ``status`` (Actual, Exercise, System, Test, Draft), "" for other feeds.
    cap_status: str = ""
    #: The source ids this report follows up (a CAP Update's or Cancel's ``references``).
    follows: Sequence[str] | None = None
    #: When ingest stored it (``events.received_at``; None: not known, as at its ``time``).
    received_at: datetime | None = None
    #: An ``offline`` status without a time of its own: a last will, the broker's word that it
    #: dropped the device's connection (dated at its receipt), not the device's own.
    will: bool = False


def heard_at(time: datetime, received_at: datetime | None) -> datetime:
    """When the center heard from a device by a row: ingest's receipt (the device was
    connected then, whatever its clock says), or the row's ``time`` where it is not known."""
    return received_at if received_at is not None else time


def observed_at(e: Event) -> datetime | None:
    """The time ``e`` was observed, which the observation clock may reach: its ``time``, or
    when ingest received it if dated after that (nothing is observed after it was sent: a
    device whose clock runs ahead, up to ``ingest.max_future_skew_s``, would carry the clock
    past every other source's values, and they would expire); for a permit's version, whose
    ``time`` is the event's start (hours or days ahead), when the version was issued
    (:func:`common.vocabulary.permit_issued`; None when its key does not say). A start ahead
    would carry the clock to the wall clock, and every value of a stream running behind it
    would expire at each step."""
    if e.feed == vocabulary.PERMIT_FEED:
        return vocabulary.permit_issued(e.feed, e.event_key)
    if e.received_at is not None and e.time > e.received_at:
        return e.received_at
    return e.time


#: A threshold level waiting for confirmation: (level, first seen at, observations seen).
Pending = tuple[int, datetime, int]


@dataclass(frozen=True, slots=True)
class Fall:
    """Where a held level's value stands against its rule's ``falling`` (alerts.rules.Falling):
    the highest value since the condition began (or since it rose again), the lowest since it
    fell back, how many observations in a row lie ``drop`` below the highest, and whether it
    has fallen back."""

    peak: float
    trough: float
    below: int = 0
    fallen: bool = False

    def step(self, rule: Falling, v: float) -> Fall:
        """The next state after observation ``v`` (finite; a later one than the last)."""
        if not self.fallen:
            peak = max(self.peak, v)
            # peak - v, not v <= peak - drop: a huge peak minus a small drop rounds to itself
            below = self.below + 1 if peak - v >= rule.drop else 0
            return Fall(peak, v, below, below >= rule.readings)
        if v - self.trough > rule.drop:
            return Fall(v, v)  # rising again: the highest value counts from here
        return Fall(self.peak, min(self.trough, v), self.below, True)


@dataclass(frozen=True, slots=True)
class CondState:
    """Condition state of one (rule, subject): level -1 means inactive.

    ``pending_since`` is the pending timer of combinations; threshold rules keep one
    timer and one count of confirming observations per level in ``pending``.
    """

    level: int = -1
    pending_since: datetime | None = None
    last_emit: datetime | None = None
    pending: tuple[Pending, ...] = ()
    #: A threshold rule's ``falling`` state of the held level (None without one).
    fall: Fall | None = None

    def to_json(self) -> dict[str, object]:
        """A JSON-able dict for ``alert_condition_state.state``."""
        out: dict[str, object] = {
            "level": self.level,
            "pending_since": self.pending_since.isoformat() if self.pending_since else None,
            "last_emit": self.last_emit.isoformat() if self.last_emit else None,
            "pending": [[lv, since.isoformat(), n] for lv, since, n in self.pending],
        }
        if self.fall is not None:
            f = self.fall
            out["fall"] = [f.peak, f.trough, f.below, f.fallen]
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> CondState:
        """Inverse of :meth:`to_json`."""
        ps, le, lv = data.get("pending_since"), data.get("last_emit"), data.get("level", -1)
        raw = data.get("pending")
        pending: list[Pending] = []
        if isinstance(raw, list):
            for p in raw:
                if isinstance(p, list) and len(p) == 3 and isinstance(p[1], str):
                    pending.append((int(p[0]), datetime.fromisoformat(p[1]), int(p[2])))
        fl = data.get("fall")
        fall = None
        if isinstance(fl, list) and len(fl) == 4:  # the four fields of Fall
            fall = Fall(float(fl[0]), float(fl[1]), int(fl[2]), bool(fl[3]))
        return cls(
            level=int(lv) if isinstance(lv, int | float | str) else -1,
            pending_since=datetime.fromisoformat(ps) if isinstance(ps, str) else None,
            last_emit=datetime.fromisoformat(le) if isinstance(le, str) else None,
            pending=tuple(pending),
            fall=fall,
        )


_INACTIVE = CondState()


def _matches(sel: Selector, s: SensorInfo) -> bool:
    return (
        (not sel.kind or s.kind in sel.kind)
        and (not sel.sensor_ids or s.sensor_id in sel.sensor_ids)
        and (sel.zone is None or sel.zone in (s.zone, s.sub_area))
        and (sel.corridor is None or sel.corridor == s.corridor)
    )


def _group_of(rule: CombinationRule, s: SensorInfo) -> str | None:
    return {"corridor": s.corridor, "zone": s.zone, "sub_area": s.sub_area}[rule.group_by]


class Evaluator:
    """Evaluates a :class:`RuleSet` over readings and events for a sensor registry."""

    def __init__(self, rules: RuleSet, sensors: Iterable[SensorInfo]) -> None:
        self.rules = rules
        self.sensors: dict[str, SensorInfo] = {s.sensor_id: s for s in sensors}
        self._state: dict[tuple[str, str], CondState] = {}
        self._dirty: set[tuple[str, str]] = set()
        self._latest: dict[tuple[str, str], tuple[datetime, float]] = {}
        # per series, when its latest value was observed (``Reading.observed``): the order in
        # which a series' readings count, so that one dated ahead of its receipt (a gateway's
        # clock running fast) does not make the on-time readings after it "older than the latest"
        self._latest_observed: dict[tuple[str, str], datetime] = {}
        # per (rate rule, sensor): readings of the window with increasing values
        # (a monotonic queue), so the window's minimum is the head: O(1) per reading
        self._windows: dict[tuple[str, str], deque[tuple[datetime, float]]] = {}
        self._last_seen: dict[str, datetime] = {}
        # per sensor, the latest receipt of its readings or statuses (``heard_at``)
        self._heard: dict[str, datetime] = {}
        # sensors whose silence a row received after its raise but observed before it ended
        # (a clock running behind): found silent by their receipts until raised again
        self._behind: set[str] = set()
        self._started: datetime | None = None
        self._route: dict[tuple[str, str], tuple[Rule, ...]] = {}
        self._limits: dict[tuple[str, str], tuple[tuple[tuple[str, float, bool], ...], ...]] = {}
        self._floors: dict[tuple[str, str], dict[str, tuple[float, bool]]] = {}
        # threshold conditions last evaluated in full to inactive with nothing pending
        # (not suspended, not restored since): the ones :meth:`_stays_quiet` may skip
        self._settled: dict[tuple[str, str], datetime] = {}
        self._valid: dict[tuple[str, str], dict[str, timedelta]] = {}
        self._order = {r.id: i for i, r in enumerate(rules.rules)}
        self._by_id = rules.by_id()
        # (rule, subject) keys with an active condition: what tick() checks for expiry
        self._active: set[tuple[str, str]] = set()
        # per sensor, the threshold and rate rules that look at it (suspended when it falls silent)
        self._sensor_rules: dict[str, list[ThresholdRule | RateRule]] = {}
        self._rate_metrics = {r.metric for r in rules.rules if isinstance(r, RateRule)}
        self._event_rules: dict[str, list[EventRule]] = {}
        # CAP message identifier -> the identifier of the first message of its chain
        # (the alert's subject), following ``references`` (CAP 1.2 §3.2.1).
        self._cap_first: dict[str, str] = {}
        # event rules that clear after a quiet spell, with its length
        self._quiet: dict[str, timedelta] = {
            r.id: timedelta(seconds=r.clears_after_s)
            for r in rules.rules if isinstance(r, EventRule) and r.clears_after_s is not None}
        self._silence = [r for r in rules.rules if isinstance(r, SilenceRule)]
        self._groups: dict[tuple[str, str], list[SensorInfo]] = {}
        for r in rules.rules:
            if isinstance(r, EventRule):
                self._event_rules.setdefault(r.feed, []).append(r)
            elif isinstance(r, CombinationRule):
                for s in self.sensors.values():
                    g = _group_of(r, s)
                    if g is not None and _matches(r.select, s):
                        self._groups.setdefault((r.id, g), []).append(s)
        self._build_routes()

    # -- state persistence -------------------------------------------------
    def restore(self, states: Iterable[tuple[str, str, CondState]]) -> None:
        """Load condition states persisted by the shell (after a restart)."""
        for rule_id, subject, st in states:
            self._state[(rule_id, subject)] = st
            self._settled.pop((rule_id, subject), None)
            if st.level >= 0:
                self._active.add((rule_id, subject))
            else:
                self._active.discard((rule_id, subject))

    def take_dirty(self) -> list[tuple[str, str, CondState]]:
        """Condition states changed since the last call (to persist), and forget them."""
        out = [(k[0], k[1], self._state.get(k, _INACTIVE)) for k in sorted(self._dirty)]
        self._dirty.clear()
        return out

    def state(self, rule_id: str, subject: str) -> CondState:
        """The condition state of (rule, subject)."""
        return self._state.get((rule_id, subject), _INACTIVE)

    def _set(self, key: tuple[str, str], st: CondState) -> None:
        if self._state.get(key, _INACTIVE) != st:
            self._state[key] = st
            self._dirty.add(key)
            if st.level >= 0:
                self._active.add(key)
            else:
                self._active.discard(key)

    def start(self, now: datetime) -> None:
        """Set the baseline for silence of sensors never seen (defaults to the first call)."""
        if self._started is None:
            self._started = now

    # -- observation memory --------------------------------------------------
    def prime(self, r: Reading) -> bool:
        """Remember a reading without evaluating rules; False if it is older than the latest.

        Older by observation (:attr:`Reading.observed`): a reading dated ahead of its receipt
        counts from its receipt, so the series' next on-time reading is newer and evaluated,
        and the latest value is the last one observed, not the one with the furthest date."""
        seen = self._last_seen.get(r.sensor_id)
        if seen is None or r.time > seen:
            self._last_seen[r.sensor_id] = r.time
        self._hear(r.sensor_id, heard_at(r.time, r.received_at))
        key = (r.sensor_id, r.metric)
        if r.metric in self._rate_metrics:
            for rule in self._route.get(key, ()):
                if isinstance(rule, RateRule):
                    self._window_add(rule, r)
        observed = r.observed
        prev = self._latest_observed.get(key)
        if prev is not None and observed <= prev:
            return False
        self._latest_observed[key] = observed
        self._latest[key] = (r.time, r.value)
        return True

    def _window_add(self, rule: RateRule, r: Reading) -> None:
        w = self._windows.get((rule.id, r.sensor_id))
        if w is None:
            w = self._windows[(rule.id, r.sensor_id)] = deque()
        observed = r.observed  # in observation order, as the latest value (:meth:`prime`)
        if w and observed <= w[-1][0]:
            return  # late or repeated: the rate is judged on readings in time order
        while w and w[-1][1] >= r.value:
            w.pop()
        w.append((observed, r.value))
        cutoff = observed - timedelta(seconds=rule.window_s)
        while w[0][0] < cutoff:
            w.popleft()

    # -- feeding -----------------------------------------------------------
    def feed(self, item: Reading | Event, now: datetime) -> list[Decision]:
        """Evaluate one committed reading (an observation of one metric) or event."""
        if isinstance(item, Event):
            if self._started is None:
                self._started = now
            return self._feed_event(item)
        return self.feed_observation((item,), now)

    def feed_observation(self, readings: Sequence[Reading], now: datetime) -> list[Decision]:
        """Evaluate one observation: readings of ONE sensor at ONE time (one message).

        Every metric is remembered first, then each rule that looks at any of them
        is evaluated once: at most one decision per (rule, subject), independent of
        the order of ``readings``. ``now`` is the processing time.
        """
        if self._started is None:
            self._started = now
        if len(readings) == 1:  # the common case, kept cheap
            return self._feed_one(readings[0])
        if readings:
            first = readings[0]
            fresh = [r for r in readings if self.prime(r)]
        else:
            return []
        sensor = self.sensors.get(first.sensor_id)
        if sensor is None:
            return []
        out = self._reporting_again(sensor, max(r.time for r in readings),
                                    max(heard_at(r.time, r.received_at) for r in readings))
        if not fresh:
            return out  # late or repeated readings: newer data already evaluated
        if len(fresh) == 1:
            rules: Sequence[Rule] = self._rules_for(sensor, fresh[0].metric)
        else:
            seen: dict[str, Rule] = {}
            for r in fresh:
                for rule in self._rules_for(sensor, r.metric):
                    seen.setdefault(rule.id, rule)
            rules = sorted(seen.values(), key=lambda x: self._order[x.id])
        at = first.time
        for rule in rules:
            if isinstance(rule, ThresholdRule):
                if not self._stays_quiet(rule, sensor, fresh):
                    out.extend(self._threshold(rule, sensor, at))
                    self._settle(rule.id, sensor.sensor_id, at)
            elif isinstance(rule, RateRule):
                for r in fresh:
                    if r.metric == rule.metric:
                        out.extend(self._rate(rule, sensor, r))
                        break
            elif isinstance(rule, CombinationRule):
                out.extend(self._combination(rule, sensor, at))
        return out

    def _rules_for(self, s: SensorInfo, metric: str) -> tuple[Rule, ...]:
        """Rules that look at this sensor's metric, from the table built at construction."""
        return self._route.get((s.sensor_id, metric), ())

    def _scan_rules(self, s: SensorInfo, metric: str) -> tuple[Rule, ...]:
        """The same answer by checking every rule (what the routing table saves)."""
        hits: list[Rule] = []
        for r in self.rules.rules:
            if isinstance(r, ThresholdRule | CombinationRule):
                wanted = metric in r.metrics()
            elif isinstance(r, RateRule):
                wanted = metric == r.metric
            else:
                continue
            if wanted and _matches(r.select, s):
                hits.append(r)
        return tuple(hits)

    def _build_routes(self) -> None:
        routes: dict[tuple[str, str], list[Rule]] = {}
        for r in self.rules.rules:
            if isinstance(r, ThresholdRule | CombinationRule):
                metrics: frozenset[str] = r.metrics()
            elif isinstance(r, RateRule):
                metrics = frozenset({r.metric})
            else:
                continue
            ids = r.select.sensor_ids
            candidates = [self.sensors[i] for i in ids if i in self.sensors] if ids else self.sensors.values()
            for s in candidates:
                if _matches(r.select, s):
                    for m in metrics:
                        routes.setdefault((s.sensor_id, m), []).append(r)
                    if isinstance(r, ThresholdRule | RateRule):
                        self._sensor_rules.setdefault(s.sensor_id, []).append(r)
        self._route = {k: tuple(v) for k, v in routes.items()}

    # -- decisions ---------------------------------------------------------
    def _trigger(
        self,
        rule: Rule,
        subject: str,
        *,
        at: datetime,
        severity: Severity,
        level: int,
        label: str = "",
        value: float | None = None,
        reason: str = "",
        where: tuple[float | None, float | None, str | None] = (None, None, None),
        force: bool = False,
        pending: tuple[Pending, ...] = (),
        status_reason: StatusReason | None = None,
        fall: Fall | None = None,
        title: str | None = None,
    ) -> list[Decision]:
        key = (rule.id, subject)
        st = self._state.get(key, _INACTIVE)
        changed = st.level != level
        if not (changed or force) and st.last_emit and at - st.last_emit < RETRIGGER_EVERY:
            if st.pending_since is not None or st.pending != pending or st.fall != fall:
                self._set(key, replace(st, pending_since=None, pending=pending, fall=fall))
            return []
        self._set(key, CondState(level=level, pending_since=None, last_emit=at, pending=pending, fall=fall))
        if title is None:
            name = self.sensors[subject].name if subject in self.sensors else subject
            title = f"{rule.title}：{label} {name}".strip() if label else f"{rule.title} {name}"
        return [
            Trigger(
                rule_id=rule.id,
                source_id=subject,
                severity=severity,
                at=at,
                title=title,
                category=rule.category,
                agency=rule.agency,
                label=label,
                level=level,
                value=value,
                reason=reason,
                lon=where[0],
                lat=where[1],
                zone=where[2],
                escalate_after_s=self.rules.escalate_after_s(rule),
                auto_resolve_after_s=self.rules.auto_resolve_after_s(rule),
                status_reason=status_reason,
            )
        ]

    def _clear(
        self, rule: Rule, subject: str, at: datetime, reason: str, cause: ClearCause = ClearCause.ENDED
    ) -> Clear:
        self._set((rule.id, subject), _INACTIVE)
        return Clear(rule_id=rule.id, source_id=subject, at=at, reason=reason, cause=cause)

    # -- thresholds --------------------------------------------------------
    def _limit(self, lim: float | RegistryLimit | StrictLimit, s: SensorInfo) -> tuple[float, bool] | None:
        if isinstance(lim, RegistryLimit):
            got = s.alert_levels_m.get(lim.registry)
            return None if got is None else (got, False)
        if isinstance(lim, StrictLimit):
            return (lim.strict, True)
        return (lim, False)

    def _levels_for(self, rule: ThresholdRule, s: SensorInfo) -> tuple[tuple[tuple[str, float, bool], ...], ...]:
        """Per level, the (metric, limit, strict) triples resolved for this sensor (cached)."""
        key = (rule.id, s.sensor_id)
        found = self._limits.get(key)
        if found is None:
            found = tuple(
                tuple(
                    (m, limit[0], limit[1]) for m, lim in lv.any.items() if (limit := self._limit(lim, s)) is not None
                )
                for lv in rule.levels
            )
            self._limits[key] = found
        return found

    def _floor_for(self, rule: ThresholdRule, s: SensorInfo) -> dict[str, tuple[float, bool]]:
        """Per metric, the easiest (limit, strict) of any level for this sensor (cached):
        a value that does not meet it meets no level."""
        key = (rule.id, s.sensor_id)
        found = self._floors.get(key)
        if found is None:
            above = rule.direction == "above"
            found = {}
            for level in self._levels_for(rule, s):
                for m, limit, strict in level:
                    old = found.get(m)
                    easier = old is None or (limit < old[0] if above else limit > old[0]) or (
                        limit == old[0] and old[1] and not strict)
                    if easier:
                        found[m] = (limit, strict)
            self._floors[key] = found
        return found

    def _stays_quiet(self, rule: ThresholdRule, s: SensorInfo, readings: Sequence[Reading]) -> bool:
        """True when evaluating ``rule`` after these new readings cannot change anything.

        A condition whose last full evaluation left it inactive with nothing pending had
        no valid value meeting any level (one that did would be active or pending);
        values only expire since, so only the new readings can meet a level, as long
        as the observation is not older than that evaluation. A condition that went
        active is unsettled (so one a suspension ended, its values possibly still above
        a level, is evaluated in full at the next reading), and so is a restored one. When none meets its
        metric's easiest limit (:meth:`_floor_for`), :meth:`_threshold` would return
        nothing and change no state: most readings of a city at peace end here.
        """
        key = (rule.id, s.sensor_id)
        settled_at = self._settled.get(key)
        if settled_at is None or readings[0].time < settled_at:
            return False  # an earlier observation time can find values that had expired
        st = self._state.get(key)
        if st is not None and (st.level >= 0 or st.pending or st.pending_since is not None):
            return False
        floors = self._floors.get((rule.id, s.sensor_id)) or self._floor_for(rule, s)
        above = rule.direction == "above"
        for r in readings:
            f = floors.get(r.metric)
            if f is None:
                continue
            limit, strict = f
            v = r.value
            if above:
                if v > limit or (v == limit and not strict):
                    return False
            elif v < limit or (v == limit and not strict):
                return False
        return True

    def _settle(self, rule_id: str, sensor_id: str, at: datetime) -> None:
        """After a full evaluation at ``at``: settled when it left the condition inactive, nothing pending."""
        key = (rule_id, sensor_id)
        st = self._state.get(key)
        if st is None or (st.level < 0 and not st.pending and st.pending_since is None):
            self._settled[key] = max(at, self._settled.get(key, at))
        else:
            self._settled.pop(key, None)

    def _valid_for(self, rule: ThresholdRule, s: SensorInfo) -> dict[str, timedelta]:
        """Per metric, how long a value counts after its observation time (cached)."""
        key = (rule.id, s.sensor_id)
        found = self._valid.get(key)
        if found is None:
            found = {m: timedelta(seconds=rule.valid_for_s(m, s.expected_interval_s)) for m in rule.metrics()}
            self._valid[key] = found
        return found

    def _hear(self, sensor_id: str, heard: datetime) -> None:
        prev = self._heard.get(sensor_id)
        if prev is None or heard > prev:
            self._heard[sensor_id] = heard

    def _reporting_again(self, sensor: SensorInfo, at: datetime, heard: datetime) -> list[Decision]:
        """The clears of the silence rules holding ``sensor``, which observed at ``at`` and was
        heard (received) at ``heard``; a last will waiting for its grace heard over is dropped.

        The device is back when it is heard at or after the silence was raised: an
        observation made after the raise says so, and so does a row received after it whatever
        its time (a device whose clock runs behind, or a gateway's readings taken while a hung
        broker held them, sent again on its new connection). One received before the raise is
        no news of its return. The clear is dated by the observation when it is not before
        the raise, else by the receipt, so the alert's history never runs backwards."""
        out: list[Decision] = []
        for srule in self._silence:
            st = self.state(srule.id, sensor.sensor_id)
            if st.level < 0:
                if st.pending_since is not None and heard >= st.pending_since:
                    self._set((srule.id, sensor.sensor_id), _INACTIVE)
                continue
            raised = st.last_emit
            if (raised is None or at >= raised or heard >= raised) and _matches(srule.select, sensor):
                observed_back = raised is None or at >= raised
                if not observed_back:
                    self._behind.add(sensor.sensor_id)
                when = at if observed_back else heard
                out.append(self._clear(srule, sensor.sensor_id, when, "reporting again"))
        return out

    def _feed_one(self, r: Reading) -> list[Decision]:
        """:meth:`feed_observation` of a single reading, without the grouping."""
        fresh = self.prime(r)
        sensor = self.sensors.get(r.sensor_id)
        if sensor is None:
            return []
        out = self._reporting_again(sensor, r.time, heard_at(r.time, r.received_at))
        if not fresh:
            return out
        for rule in self._route.get((sensor.sensor_id, r.metric), ()):
            if isinstance(rule, ThresholdRule):
                if not self._stays_quiet(rule, sensor, (r,)):
                    out.extend(self._threshold(rule, sensor, r.time))
                    self._settle(rule.id, sensor.sensor_id, r.time)
            elif isinstance(rule, RateRule):
                out.extend(self._rate(rule, sensor, r))
            elif isinstance(rule, CombinationRule):
                out.extend(self._combination(rule, sensor, r.time))
        return out

    def _threshold(self, rule: ThresholdRule, s: SensorInfo, at: datetime, *, expiring: bool = False) -> list[Decision]:
        """Evaluate a threshold rule for a sensor at ``at`` over the values valid then.

        A rise needs confirmation per level (its own timer and count); a fall (or
        the end) is immediate, damped by the hysteresis. With ``expiring`` (from
        :meth:`tick`) only falls are considered: time passing alone never raises.
        """
        above = rule.direction == "above"
        key = (rule.id, s.sensor_id)
        levels = self._limits.get(key) or self._levels_for(rule, s)
        valid = self._valid.get(key) or self._valid_for(rule, s)
        sid = s.sensor_id
        latest = self._latest
        # the values valid at `at`; an expired value says nothing about now
        vals: dict[str, float] = {}
        for m, window in valid.items():
            got = latest.get((sid, m))
            if got is not None and at - got[0] <= window:
                vals[m] = got[1]

        def hit(idx: int, margin: float) -> tuple[str, float, float] | None:
            for metric, limit, strict in levels[idx]:
                v = vals.get(metric)
                if v is None:
                    continue
                if above:
                    ok = v > limit - margin if strict else v >= limit - margin
                else:
                    ok = v < limit + margin if strict else v <= limit + margin
                if ok:
                    return (metric, v, limit)
            return None

        st = self._state.get(key, _INACTIVE)
        cur = st.level
        # the highest level reached now (levels are ordered from the least severe)
        raw = -1
        for i in range(len(levels) - 1, -1, -1):
            if hit(i, 0.0):
                raw = i
                break
        pending: tuple[Pending, ...] = ()
        if raw > cur and not expiring:
            # every level above the current one that is reached waits for its own confirmation
            need_n = rule.confirm_readings
            need_t = timedelta(seconds=rule.min_duration_for_s(s.expected_interval_s))
            old = {lv: (since, n) for lv, since, n in st.pending}
            new = cur
            waiting: list[Pending] = []
            for idx in range(cur + 1, raw + 1):
                since, n = old.get(idx, (at, 0))
                n = min(n + 1, need_n)
                if n >= need_n and at - since >= need_t:
                    new = idx
                waiting.append((idx, since, n))
            pending = tuple(p for p in waiting if p[0] > new)
        elif raw >= cur:
            new = cur
        else:
            # an active level is kept down to its limit minus the hysteresis
            new = raw
            for i in range(cur, raw, -1):
                if hit(i, rule.hysteresis):
                    new = i
                    break
        if new < 0:
            if cur >= 0:
                why = self._expired_reason(rule, s, at)
                # ended by age when the tick found the values too old, or when a value that
                # held the level has expired beside fresh ones below every level (HOUR_24 null)
                cause = ClearCause.EXPIRED if expiring or " expired (" in why else ClearCause.ENDED
                if not expiring:
                    why = "below every level" + ("; " + why if why != "values expired" else "")
                return [self._clear(rule, sid, at, why, cause)]
            if st.pending != pending or st.pending_since is not None:
                self._set(key, replace(st, pending=pending, pending_since=None))
            return []
        if expiring and new == cur:
            return []
        found = hit(new, 0.0) or hit(new, rule.hysteresis)
        metric, value, limit = found if found else ("", None, None)
        lv = rule.levels[new]
        strict = next((x for m, _, x in levels[new] if m == metric), False)
        op = (">" if above else "<") if strict else (">=" if above else "<=")
        reason = f"{metric} {value} {op} {limit} ({lv.label})"
        if expiring:
            reason += f"; {self._expired_reason(rule, s, at)}"
        fall, label, flipped = self._falling(rule, st.fall if cur >= 0 else None, vals, expiring=expiring)
        if fall is not None and fall.fallen:
            reason += f"; fallen back {fall.peak - fall.trough:g} from {fall.peak:g}"
        return self._trigger(
            rule,
            s.sensor_id,
            at=at,
            severity=lv.severity,
            level=new,
            value=value,
            reason=reason,
            where=(s.lon, s.lat, s.zone),
            pending=pending,
            force=flipped,
            fall=fall,
            label=lv.label + (f"・{label}" if label else ""),
        )

    @staticmethod
    def _falling(
        rule: ThresholdRule, fall: Fall | None, vals: Mapping[str, float], *, expiring: bool
    ) -> tuple[Fall | None, str, bool]:
        """The held level's ``falling`` state after this observation, the label it adds
        ("" unless fallen back) and whether that flipped. Only an observation moves it (never
        the tick), and only a finite value of the rule's metric (NaN or infinity say nothing)."""
        f = rule.falling
        if f is None:
            return None, "", False
        was = fall.fallen if fall is not None else False
        v = vals.get(f.metric)
        if not expiring and v is not None and math.isfinite(v):
            fall = fall.step(f, v) if fall is not None else Fall(v, v)
        now = fall.fallen if fall is not None else False
        return fall, f.label if now else "", now != was

    def _expired_reason(self, rule: ThresholdRule, s: SensorInfo, at: datetime) -> str:
        """Which of the rule's values have expired at ``at`` (the operator's "why")."""
        valid = self._valid_for(rule, s)
        parts = []
        for m in sorted(valid):
            got = self._latest.get((s.sensor_id, m))
            if got is None:
                parts.append(f"{m} never reported")
            elif at - got[0] > valid[m]:
                parts.append(f"{m} expired (last {got[0].isoformat()}, valid {valid[m].total_seconds():g} s)")
        return "no valid reading: " + ", ".join(parts) if parts else "values expired"

    def _suspend(self, s: SensorInfo, at: datetime, why: str) -> list[Decision]:
        """End the value-driven conditions of a silent sensor (they describe the past)."""
        out: list[Decision] = []
        for rule in self._sensor_rules.get(s.sensor_id, ()):
            if self.state(rule.id, s.sensor_id).level >= 0:
                out.append(self._clear(rule, s.sensor_id, at, f"suspended: sensor silent ({why})", ClearCause.SILENT))
        return out

    # -- rate of change ----------------------------------------------------
    def _rate(self, rule: RateRule, s: SensorInfo, r: Reading) -> list[Decision]:
        w = self._windows.get((rule.id, s.sensor_id))
        rise = r.value - (w[0][1] if w else r.value)
        active = self.state(rule.id, s.sensor_id).level >= 0
        if rise >= rule.rise:
            return self._trigger(
                rule,
                s.sensor_id,
                at=r.time,
                severity=rule.severity,
                level=0,
                value=r.value,
                reason=f"{rule.metric} rose {rise:.3f} in {rule.window_s} s",
                where=(s.lon, s.lat, s.zone),
            )
        if active:
            return [self._clear(rule, s.sensor_id, r.time, f"rise {rise:.3f} < {rule.rise}")]
        return []

    # -- combinations --------------------------------------------------------
    def _leaf(self, leaf: Leaf, ids: list[str], cutoff: datetime) -> bool:
        latest = self._latest
        vals = []
        for sid in [leaf.sensor] if leaf.sensor else ids:
            got = latest.get((sid, leaf.metric))
            if got is not None and got[0] >= cutoff:
                vals.append(got[1])
        if not vals:
            return False
        if leaf.agg == "all":
            return all(self._cmp(leaf, v) for v in vals)
        if leaf.agg == "any":
            return any(self._cmp(leaf, v) for v in vals)
        if leaf.agg == "mean":
            return self._cmp(leaf, sum(vals) / len(vals))
        return self._cmp(leaf, min(vals) if leaf.agg == "min" else max(vals))

    @staticmethod
    def _cmp(leaf: Leaf, v: float) -> bool:
        if leaf.above is not None:
            return v > leaf.above
        return leaf.below is not None and v < leaf.below

    def _triggering(self, c: Condition, members: Sequence[SensorInfo], cutoff: datetime) -> list[SensorInfo]:
        """Members whose own latest reading meets a leaf of ``c`` (empty when none does)."""
        leaves: list[Leaf] = []
        stack: list[Condition] = [c]
        while stack:
            x = stack.pop()
            if isinstance(x, Leaf):
                leaves.append(x)
            else:
                stack.extend(x.all if isinstance(x, AllOf) else x.any)
        out = []
        for m in members:
            for leaf in leaves:
                got = self._latest.get((m.sensor_id, leaf.metric))
                if got is not None and got[0] >= cutoff and self._cmp(leaf, got[1]):
                    out.append(m)
                    break
        return out

    def _holds(self, c: Condition, ids: list[str], cutoff: datetime) -> bool:
        if isinstance(c, Leaf):
            return self._leaf(c, ids, cutoff)
        if isinstance(c, AllOf):
            return all(self._holds(x, ids, cutoff) for x in c.all)
        assert isinstance(c, AnyOf)
        return any(self._holds(x, ids, cutoff) for x in c.any)

    def _combination(self, rule: CombinationRule, s: SensorInfo, at: datetime) -> list[Decision]:
        group = _group_of(rule, s)
        if group is None:
            return []
        members = self._groups.get((rule.id, group), [])
        subject = f"{rule.group_by}:{group}"
        key = (rule.id, subject)
        st = self._state.get(key, _INACTIVE)
        ids = [m.sensor_id for m in members]
        if not self._holds(rule.condition, ids, at - timedelta(seconds=rule.stale_after_s)):
            if st.level >= 0:
                return [self._clear(rule, subject, at, "condition no longer holds")]
            if st.pending_since is not None:
                self._set(key, replace(st, pending_since=None))
            return []
        if st.level < 0 and rule.for_s > 0:
            since = st.pending_since or at
            if at - since < timedelta(seconds=rule.for_s):
                if since != st.pending_since:
                    self._set(key, replace(st, pending_since=since))
                return []
        # Where: the detectors that meet the condition themselves (a slow-down sits where
        # the slow detectors are, not at the mean of a corridor kilometres long).
        placed = self._triggering(rule.condition, members, at - timedelta(seconds=rule.stale_after_s)) or members
        lons = [m.lon for m in placed if m.lon is not None]
        lats = [m.lat for m in placed if m.lat is not None]
        where = (
            sum(lons) / len(lons) if lons else None,
            sum(lats) / len(lats) if lats else None,
            s.zone,
        )
        return self._trigger(
            rule,
            subject,
            at=at,
            severity=rule.severity,
            level=0,
            reason=f"condition held over {len(members)} sensor(s) of {subject}",
            where=where,
        )

    # -- events --------------------------------------------------------------
    def _feed_event(self, e: Event) -> list[Decision]:
        out: list[Decision] = []
        if e.feed == "status":
            for srule in self._silence:
                s = self.sensors.get(e.source_id)
                if not srule.last_will or s is None or not _matches(srule.select, s):
                    continue
                heard = heard_at(e.time, e.received_at)
                st = self.state(srule.id, s.sensor_id)
                if e.category == "offline" and e.will and st.level < 0:
                    # The broker's word, not the device's: it waits WILL_GRACE for the device
                    # to be heard, and is void if it already was at or after the will.
                    prev = self._heard.get(s.sensor_id)
                    if st.pending_since is None and (prev is None or prev < heard):
                        self._set((srule.id, s.sensor_id), replace(st, pending_since=heard))
                elif e.category == "offline":
                    said = StatusReason.parse(e.status_reason)
                    why = f"status offline: {said}" if said is not None else "last will: offline"
                    out.extend(
                        self._trigger(
                            srule,
                            s.sensor_id,
                            at=e.time,
                            severity=srule.severity,
                            level=0,
                            reason=why,
                            where=(s.lon, s.lat, s.zone),
                            status_reason=said,
                        )
                    )
                    out.extend(self._suspend(s, e.time, why))
                elif e.category == "online":
                    self._hear(s.sensor_id, heard)
                    if st.level >= 0:
                        raised = st.last_emit
                        when = e.time if raised is None or e.time >= raised else max(heard, raised)
                        out.append(self._clear(srule, s.sensor_id, when, "status online", ClearCause.REPORTED))
                    elif st.pending_since is not None and heard >= st.pending_since:
                        self._set((srule.id, s.sensor_id), _INACTIVE)
            return out
        subject, cancel = e.source_id, False
        if e.feed == "cap":
            # CAP 1.2 §3.2.1 status: only an Actual message is for action; a Test one says
            # "all recipients disregard", Exercise, System and Draft are not for the public.
            if e.cap_status and e.cap_status != "Actual":
                return out
            if e.event_key in ("Ack", "Error"):  # a receipt or a rejection of a message, no hazard
                return out
            # An Update or Cancel is about the alert of the message it references (the first
            # of the chain), not a new one; a Cancel ends it.
            subject = next((self._cap_first.get(f, f) for f in e.follows or ()), e.source_id)
            self._cap_first[e.source_id] = subject
            cancel = e.event_key == "Cancel"
        for rule in self._event_rules.get(e.feed, ()):
            cat = e.category or ""
            if cancel or cat in rule.clear_categories:
                if self.state(rule.id, subject).level >= 0:
                    why = "CAP Cancel" if cancel else f"category {cat}"
                    out.append(self._clear(rule, subject, e.time, why, ClearCause.REPORTED))
                continue
            sev = rule.severity_of(cat, e.severity, e.confidence)
            if sev is None:
                continue
            s = self.sensors.get(e.source_id)
            lon = e.lon if e.lon is not None else (s.lon if s else None)
            lat = e.lat if e.lat is not None else (s.lat if s else None)
            out.extend(
                self._trigger(
                    rule,
                    subject,
                    at=e.time,
                    severity=sev,
                    level=sev.rank,
                    label=cat,
                    reason=f"{e.feed} event {e.event_key} category {cat}".strip(),
                    where=(lon, lat, s.zone if s else None),
                    force=True,
                    title=event_title(rule.title, e.feed, cat, s.name if s else ""),
                )
            )
        return out

    # -- time --------------------------------------------------------------
    def tick(self, now: datetime, observed: datetime | None = None, *, silence: bool = True) -> list[Decision]:
        """Time-driven decisions: silent sensors at ``now``, the processing time (unless
        ``silence`` is False: the caller is behind the committed rows, whose readings may be
        any sensor's); values that expire and events that clear with time at ``observed``,
        the observation clock (``now`` if not given).

        Whether a sensor is silent is a question about the wall clock. Whether a value
        has expired or an event has gone quiet is a question about the evidence: asked
        at the wall clock, a backlog or a replay running behind it would see every value
        expire at each step and come back with the next reading, and the number and the
        times of those clears would follow how the rows were batched.
        """
        if self._started is None:
            self._started = now
        clock = observed if observed is not None else now
        out: list[Decision] = []
        for srule in self._silence if silence else ():
            for s in self.sensors.values():
                if not _matches(srule.select, s):
                    continue
                st = self.state(srule.id, s.sensor_id)
                if st.level < 0 and st.pending_since is not None and now - st.pending_since >= WILL_GRACE:
                    will = st.pending_since  # not heard from within the grace: the will stands
                    out.extend(self._trigger(srule, s.sensor_id, at=will, severity=srule.severity, level=0,
                                             reason="last will: offline", where=(s.lon, s.lat, s.zone)))
                    out.extend(self._suspend(s, will, "last will: offline"))
                    continue
                if not s.expected_interval_s:
                    continue  # an event-only device: its last will speaks for it, never its silence
                # silent since it was last observed; one back by its receipts (its clock runs
                # behind), since it was last observed or heard, whichever is later
                last = self._last_seen.get(s.sensor_id, self._started)
                if s.sensor_id in self._behind:
                    last = max(last, self._heard.get(s.sensor_id, last))
                limit = timedelta(seconds=s.expected_interval_s * srule.factor)
                if now - last > limit and st.level < 0:
                    self._behind.discard(s.sensor_id)
                    why = f"no reading since {last.isoformat()} ({srule.factor:g} x {s.expected_interval_s} s)"
                    out.extend(
                        self._trigger(
                            srule,
                            s.sensor_id,
                            at=now,
                            severity=srule.severity,
                            level=0,
                            reason=why,
                            where=(s.lon, s.lat, s.zone),
                        )
                    )
                    out.extend(self._suspend(s, now, why))
        out.extend(self.expire(clock))
        out.extend(self.go_quiet(clock))
        return out

    def expire(self, clock: datetime) -> list[Decision]:
        """Values expire: each active threshold condition falls or ends once the values it holds
        are too old at the observation clock ``clock`` (each decision dated ``clock``)."""
        out: list[Decision] = []
        for key in sorted(self._active):
            rule = self._by_id.get(key[0])
            sensor = self.sensors.get(key[1])
            if isinstance(rule, ThresholdRule) and sensor is not None:
                out.extend(self._threshold(rule, sensor, clock, expiring=True))
        return out

    def expiry_due(self) -> datetime | None:
        """The earliest moment a value of an active threshold condition stops counting, if any:
        :meth:`expire` at a clock after it may decide something, before it decides nothing."""
        due: datetime | None = None
        latest = self._latest
        for key in self._active:
            rule = self._by_id.get(key[0])
            sensor = self.sensors.get(key[1])
            if not isinstance(rule, ThresholdRule) or sensor is None:
                continue
            for m, window in self._valid_for(rule, sensor).items():
                got = latest.get((key[1], m))
                if got is not None and (due is None or got[0] + window < due):
                    due = got[0] + window
        return due

    def quiet_due(self) -> datetime | None:
        """The earliest moment an active event condition goes quiet (``clears_after_s``), if any."""
        dues = [st.last_emit + self._quiet[k[0]] for k in self._active
                if k[0] in self._quiet and (st := self.state(*k)).last_emit is not None]
        return min(dues, default=None)

    def go_quiet(self, clock: datetime, *, before: bool = False) -> list[Decision]:
        """Clear the event conditions without a report for ``clears_after_s`` at ``clock``
        (strictly before it with ``before``), each dated the moment it fell due.

        Dated by the evidence, not by the step that finds it: the clear starts the
        auto-resolve period, so a clear dated at the end of a long step (a backlog) would
        make the next report of the source recur where the live stream opened a new alert.
        """
        due: list[tuple[datetime, tuple[str, str]]] = []
        for key in self._active:
            limit = self._quiet.get(key[0])
            last = self.state(*key).last_emit
            if limit is not None and last is not None and (last + limit < clock or (last + limit == clock
                                                                                   and not before)):
                due.append((last + limit, key))
        out: list[Decision] = []
        for at, (rule_id, subject) in sorted(due):
            rule = self._by_id[rule_id]
            assert isinstance(rule, EventRule)
            out.append(self._clear(rule, subject, at, f"no report for {rule.clears_after_s} s", ClearCause.QUIET))
        return out


_CODE_LIKE = re.compile(r"^[A-Za-z0-9_\-.:/]+$")


def event_title(rule_title: str, feed: str, category: str, name: str) -> str:
    """An event alert's title in words: the rule's title, the category's zh-TW name from
    the vocabulary (left out when it repeats the title, or when it is an unknown code) and
    the registered device's name; a report id (an event from no registered device) is no
    name, so it is left out (the alert's ``source_id`` keeps it).

    ``event_title("火警警報", "fire_alarm", "alarm", "臺中流行影音中心 火警受信總機")`` is
    ``火警警報 臺中流行影音中心 火警受信總機``.
    """
    known = vocabulary.category(feed, category) if category else None
    words = known.zh if known is not None else ("" if _CODE_LIKE.match(category) else category.strip())
    head = f"{rule_title}：{words}" if words and words != rule_title else rule_title
    return f"{head} {name}".strip()
