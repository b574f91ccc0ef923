"""The correlator: groups alerts and events from several agencies into incidents.

Sans-I/O: no clock, no database, no broker. The caller offers items with
:meth:`Correlator.feed` (``now`` passed in), calls :meth:`Correlator.tick` at or
after :meth:`Correlator.next_deadline`, and persists the :data:`Change` values
both return. Same inputs in the same order give the same incidents, so the
service rebuilds its state after a restart by replaying its log.

How an item is placed (policies in :mod:`ops_center.policies`):

1. A key seen before is a :class:`Duplicate` (never a second incident).
2. No signal → :class:`LeftOut` with the classifier's reason.
3. Open incidents with an *anchor* within the policy radius and window of the
   item match (spatial grid of cells, so cost depends on local density only).
   The best match ranks by type rank, then distance / radius, then age.
   - The item is an anchor of that type: it joins by *chaining*; every other
     matching incident of the same type is merged into the oldest (the item
     *bridges* them; the merge is recorded, nothing is split).
   - Otherwise it joins the best incident as *context* (context never bridges).
4. Nothing matches: an anchor opens a new incident of its highest-ranked type;
   a context item waits (*pending*) until an anchor appears near it, or is
   left out with :data:`~ops_center.policies.REASON_NO_ANCHOR` when its window
   and grace have passed.
5. Each new anchor pulls in pending items near it and absorbs open incidents of
   a lower rank near it whose evidence its policy accepts (a traffic incident
   inside a flood becomes part of the flood, recorded as a merge).

An incident goes ``quiet`` when ``now`` passes its last anchor time plus window
plus grace (and at least one grace period after its last anchor arrived, for
late data): no evidence can link to it any more.
"""

from __future__ import annotations

import hashlib
import heapq
import itertools
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

import shapely

from ops_center.errors import UnknownIncidentError
from ops_center.incidents import (
    Incident,
    IncidentState,
    IncidentType,
    Item,
    JoinVia,
    Member,
    MergeRecord,
    Severity,
    ZoneRef,
    check_incident_transition,
)
from ops_center.policies import (
    DEFAULT_POLICIES,
    REASON_NO_ANCHOR,
    SIGNAL_RULES,
    CorrelationPolicy,
    Signal,
    SignalRule,
    classify,
)

ZoneLookup = Callable[[float, float], ZoneRef]


@dataclass(frozen=True, slots=True)
class Opened:
    """A new incident was opened by the anchor ``item_key``."""

    incident_id: str
    type: IncidentType
    item_key: str


@dataclass(frozen=True, slots=True)
class Joined:
    """``item_key`` became a member of ``incident_id``."""

    incident_id: str
    item_key: str
    via: JoinVia


@dataclass(frozen=True, slots=True)
class Merged:
    """``absorbed`` was merged into ``survivor``; see the :class:`MergeRecord`."""

    record: MergeRecord


@dataclass(frozen=True, slots=True)
class Pending:
    """``item_key`` is context waiting for an anchor (deadline ``until``)."""

    item_key: str
    until: float


@dataclass(frozen=True, slots=True)
class LeftOut:
    """``item_key`` belongs to no incident, for ``reason``."""

    item_key: str
    reason: str


@dataclass(frozen=True, slots=True)
class Duplicate:
    """``item_key`` was offered before; ``incident_id`` holds it (None: pending or left out)."""

    item_key: str
    incident_id: str | None


@dataclass(frozen=True, slots=True)
class Quieted:
    """No more evidence can join ``incident_id``."""

    incident_id: str


Change = Opened | Joined | Merged | Pending | LeftOut | Duplicate | Quieted

_NO_ZONE = ZoneRef(None, None)


def _no_zone(_x: float, _y: float) -> ZoneRef:
    return _NO_ZONE


def incident_id_for(seed_key: str) -> str:
    """The deterministic id of the incident opened by ``seed_key`` (stable across restarts)."""
    return "inc-" + hashlib.sha1(seed_key.encode(), usedforsecurity=False).hexdigest()[:16]


@dataclass(slots=True)
class _Inc:
    """Mutable working state of one incident (never leaves this module)."""

    incident_id: str
    type: IncidentType
    seq: int
    opened_at: float
    state: IncidentState = IncidentState.OPEN
    members: list[Member] = field(default_factory=list)
    cells: set[tuple[int, int, int]] = field(default_factory=set)
    # Hull vertices so far plus points added since: the hull of an incident is the hull
    # of its old hull and its new points, so a snapshot costs O(hull + new), not O(n).
    hull_pts: list[tuple[float, float]] = field(default_factory=list)
    sx: float = 0.0
    sy: float = 0.0
    first_t: float = math.inf
    last_t: float = -math.inf
    anchor_t: float = -math.inf
    severity: Severity = Severity.UNKNOWN
    agencies: set[str] = field(default_factory=set)
    merges: list[MergeRecord] = field(default_factory=list)
    absorbed: list[str] = field(default_factory=list)
    merged_into: str | None = None
    updated_at: float = 0.0
    deadline: float = math.inf


@dataclass(slots=True)
class _Wait:
    """A pending context item."""

    item: Item
    signal: Signal
    cell: tuple[int, int]
    deadline: float


@dataclass(frozen=True, slots=True)
class _Match:
    inc: _Inc
    policy: CorrelationPolicy
    norm: float
    distance: float
    dt: float
    anchor: Member


class Correlator:
    """Groups items into incidents under typed policies. See the module docstring.

    ``zone_of`` maps an EPSG:3826 point to its zone and sub-area (geo's index);
    ``retention_s`` is how long (in ``now`` time) keys and quiet incidents are
    remembered for de-duplication and snapshots.
    """

    def __init__(
        self,
        policies: Mapping[IncidentType, CorrelationPolicy] = DEFAULT_POLICIES,
        *,
        zone_of: ZoneLookup = _no_zone,
        rules: tuple[SignalRule, ...] = SIGNAL_RULES,
        retention_s: float = 6 * 3600.0,
    ) -> None:
        self._policies = dict(policies)
        self._by_rank = sorted(self._policies.values(), key=lambda p: -p.rank)
        self._rules = rules
        self._zone_of = zone_of
        self._retention_s = retention_s
        self._cell = max(p.radius_m for p in self._policies.values())
        # (type, cx, cy) -> incident id -> anchors of that incident in the cell
        # Anchors by (cell x, cell y, time bucket): cells are the largest radius, buckets
        # twice the largest window, so a query looks at 3 x 3 cells in the 2 buckets
        # its window can reach; old evidence (an old part of a long incident) is never
        # scanned again.
        self._window = max(p.window_s for p in self._policies.values())
        self._bucket = 2 * self._window
        self._grid: dict[tuple[int, int, int], dict[str, list[Member]]] = {}
        self._signals: dict[tuple[str, str], tuple[Signal | None, str]] = {}
        self._accepting: dict[Signal, dict[IncidentType, CorrelationPolicy]] = {
            sig: {p.type: p for p in self._by_rank if p.accepts(sig)} for sig in Signal
        }
        self._pending_grid: dict[tuple[int, int], dict[str, _Wait]] = {}
        self._pending: dict[str, _Wait] = {}
        self._incidents: dict[str, _Inc] = {}
        self._seen: dict[str, str | None] = {}
        self._left_out: dict[str, str] = {}
        self._heap: list[tuple[float, int, str, str]] = []
        self._counter = itertools.count()

    # ----------------------------------------------------------------- API
    def feed(self, item: Item, now: float) -> list[Change]:
        """Offer one item at time ``now``; returns what changed (expiries first)."""
        changes = self.tick(now)
        if item.key in self._seen:
            changes.append(Duplicate(item.key, self._resolve(self._seen[item.key])))
            return changes
        ck = (item.feed, item.category)
        cached = self._signals.get(ck)
        if cached is None:
            cached = self._signals[ck] = classify(item, self._rules)
        signal, reason = cached
        if signal is None or not any(p.accepts(signal) for p in self._by_rank):
            self._leave_out(item.key, reason, now)
            changes.append(LeftOut(item.key, reason))
            return changes
        matches = self._matches(item, signal)
        if matches:
            best = min(matches, key=lambda m: (-m.policy.rank, m.norm, m.inc.seq))
            policy = best.policy
            if signal in policy.anchors:
                same = sorted((m for m in matches if m.inc.type is policy.type), key=lambda m: m.inc.seq)
                survivor = same[0]
                for other in same[1:]:
                    changes.append(self._merge(other.inc, survivor.inc, item.key, now))
                member = Member(
                    item,
                    signal.value,
                    JoinVia.CHAIN,
                    True,
                    survivor.anchor.item.key,
                    survivor.distance,
                    survivor.dt,
                    now,
                )
                self._add(survivor.inc, member, now)
                changes.append(Joined(survivor.inc.incident_id, item.key, JoinVia.CHAIN))
                changes.extend(self._after_anchor(survivor.inc, member, now))
            else:
                member = Member(
                    item,
                    signal.value,
                    JoinVia.CONTEXT,
                    False,
                    best.anchor.item.key,
                    best.distance,
                    best.dt,
                    now,
                )
                self._add(best.inc, member, now)
                changes.append(Joined(best.inc.incident_id, item.key, JoinVia.CONTEXT))
            return changes
        seed_policy = next((p for p in self._by_rank if signal in p.anchors), None)
        if seed_policy is not None:
            inc = self._open(item, signal, seed_policy, now)
            changes.append(Opened(inc.incident_id, inc.type, item.key))
            changes.extend(self._after_anchor(inc, inc.members[0], now))
            return changes
        accepting = [p for p in self._by_rank if p.accepts(signal)]
        window = max(p.window_s for p in accepting)
        grace = max(p.grace_s for p in accepting)
        cell = self._cell_of(item.x, item.y)
        wait = _Wait(item, signal, cell, max(item.t + window, now) + grace)
        self._pending[item.key] = wait
        self._pending_grid.setdefault(cell, {})[item.key] = wait
        self._seen[item.key] = None
        self._push(wait.deadline, "pending", item.key)
        changes.append(Pending(item.key, wait.deadline))
        return changes

    def tick(self, now: float) -> list[Change]:
        """Apply every deadline at or before ``now`` (quiet incidents, expire pending items)."""
        changes: list[Change] = []
        heap = self._heap
        while heap and heap[0][0] <= now:
            deadline, _, kind, ident = heapq.heappop(heap)
            if kind == "incident":
                inc = self._incidents.get(ident)
                if inc is not None and inc.state is IncidentState.OPEN and inc.deadline == deadline:
                    self._quiet(inc, now)
                    changes.append(Quieted(ident))
            elif kind == "pending":
                wait = self._pending.get(ident)
                if wait is not None and wait.deadline == deadline:
                    self._drop_pending(wait)
                    self._leave_out(ident, REASON_NO_ANCHOR, now)
                    changes.append(LeftOut(ident, REASON_NO_ANCHOR))
            elif kind == "forget_incident":
                self._forget_incident(ident)
            elif self._seen.get(ident, "") is None and ident not in self._pending:
                del self._seen[ident]
                self._left_out.pop(ident, None)
        return changes

    def next_deadline(self) -> float | None:
        """The earliest time at which :meth:`tick` has something to do, if any."""
        return self._heap[0][0] if self._heap else None

    def snapshot(self, incident_id: str) -> Incident:
        """A frozen view of one incident (a merged one keeps ``merged_into``)."""
        inc = self._incidents.get(incident_id)
        if inc is None:
            raise UnknownIncidentError(incident_id)
        n = len(inc.members)
        cx, cy = (inc.sx / n, inc.sy / n) if n else (0.0, 0.0)
        if inc.state is IncidentState.MERGED or n == 0:
            hull: tuple[tuple[float, float], ...] = ()
        else:
            geom = shapely.convex_hull(shapely.multipoints(inc.hull_pts))
            hull = tuple((float(x), float(y)) for x, y in shapely.get_coordinates(geom))
            distinct = list(dict.fromkeys(hull))
            inc.hull_pts = distinct
        return Incident(
            incident_id=inc.incident_id,
            type=inc.type,
            state=inc.state,
            members=tuple(inc.members),
            severity=inc.severity,
            agencies=frozenset(inc.agencies),
            first_evidence_t=inc.first_t,
            last_evidence_t=inc.last_t,
            opened_at=inc.opened_at,
            updated_at=inc.updated_at,
            centroid=(cx, cy),
            hull=hull,
            zone=self._zone_of(cx, cy),
            merges=tuple(inc.merges),
            merged_into=inc.merged_into,
        )

    def incident_ids(self, *, state: IncidentState | None = None) -> list[str]:
        """Ids of the incidents held, optionally only those in ``state``, oldest first."""
        incs = sorted(self._incidents.values(), key=lambda i: i.seq)
        return [i.incident_id for i in incs if state is None or i.state is state]

    def where(self, item_key: str) -> str | None:
        """The incident holding ``item_key`` now (after merges), or None."""
        return self._resolve(self._seen.get(item_key))

    def left_out(self) -> dict[str, str]:
        """Item keys left out (still remembered) and their reasons."""
        return dict(self._left_out)

    def pending_keys(self) -> list[str]:
        """Keys of context items still waiting for an anchor."""
        return list(self._pending)

    def open_window_size(self) -> int:
        """Number of items in open incidents plus pending ones (the "open window")."""
        n = sum(len(i.members) for i in self._incidents.values() if i.state is IncidentState.OPEN)
        return n + len(self._pending)

    def close(self, incident_id: str, now: float) -> None:
        """A coordinator closed the incident: it accepts no more evidence."""
        inc = self._incidents.get(incident_id)
        if inc is None:
            raise UnknownIncidentError(incident_id)
        was_open = inc.state is IncidentState.OPEN
        inc.state = check_incident_transition(incident_id, inc.state, IncidentState.CLOSED)
        inc.updated_at = now
        if was_open:
            self._unindex(inc)
            self._push(now + self._retention_s, "forget_incident", incident_id)

    # ------------------------------------------------------------ internals
    def _push(self, at: float, kind: str, ident: str) -> None:
        heapq.heappush(self._heap, (at, next(self._counter), kind, ident))

    def _cell_of(self, x: float, y: float) -> tuple[int, int]:
        return (math.floor(x / self._cell), math.floor(y / self._cell))

    def _key_of(self, item: Item) -> tuple[int, int, int]:
        return (
            math.floor(item.x / self._cell),
            math.floor(item.y / self._cell),
            math.floor(item.t / self._bucket),
        )

    def _near_keys(self, item: Item) -> list[tuple[int, int, int]]:
        """Grid keys that can hold an anchor within any radius and window of ``item``."""
        cx, cy, tb = self._key_of(item)
        other = tb - 1 if item.t - tb * self._bucket < self._window else tb + 1
        return [(cx + dx, cy + dy, b) for dx in (-1, 0, 1) for dy in (-1, 0, 1) for b in (tb, other)]

    def _resolve(self, incident_id: str | None) -> str | None:
        while incident_id is not None:
            inc = self._incidents.get(incident_id)
            if inc is None or inc.merged_into is None:
                return incident_id
            incident_id = inc.merged_into
        return None

    def _leave_out(self, key: str, reason: str, now: float) -> None:
        self._seen[key] = None
        self._left_out[key] = reason
        self._push(now + self._retention_s, "forget_key", key)

    def _matches(self, item: Item, signal: Signal) -> list[_Match]:
        accepting = self._accepting[signal]
        found: dict[str, _Match] = {}
        good: set[str] = set()
        grid = self._grid
        incidents = self._incidents
        x, y, t = item.x, item.y, item.t
        for key in self._near_keys(item):
            entries = grid.get(key)
            if not entries:
                continue
            for inc_id, anchors in entries.items():
                if inc_id in good:
                    continue
                inc = incidents[inc_id]
                policy = accepting.get(inc.type)
                if policy is None:
                    continue
                radius = policy.radius_m
                window = policy.window_s
                best = found.get(inc_id)
                best_d2 = best.distance * best.distance if best is not None else radius * radius
                close2 = radius * radius / 4  # within half the radius is good enough: stop
                for a in reversed(anchors):
                    ai = a.item
                    dt = abs(t - ai.t)
                    if dt > window:
                        continue
                    ddx = x - ai.x
                    ddy = y - ai.y
                    d2 = ddx * ddx + ddy * ddy
                    if d2 > best_d2 or (best is not None and d2 == best_d2):
                        continue
                    d = math.sqrt(d2)
                    best = _Match(inc, policy, d / radius, d, dt, a)
                    best_d2 = d2
                    found[inc_id] = best
                    if d2 <= close2:
                        good.add(inc_id)
                        break
        return list(found.values())

    def _open(self, item: Item, signal: Signal, policy: CorrelationPolicy, now: float) -> _Inc:
        inc = _Inc(incident_id_for(item.key), policy.type, next(self._counter), now)
        self._incidents[inc.incident_id] = inc
        self._add(inc, Member(item, signal.value, JoinVia.SEED, True, joined_at=now), now)
        return inc

    def _add(self, inc: _Inc, member: Member, now: float) -> None:
        item = member.item
        inc.members.append(member)
        inc.hull_pts.append((item.x, item.y))
        inc.sx += item.x
        inc.sy += item.y
        inc.first_t = min(inc.first_t, item.t)
        inc.last_t = max(inc.last_t, item.t)
        if item.severity.rank > inc.severity.rank:
            inc.severity = item.severity
        inc.agencies.add(item.agency)
        inc.updated_at = now
        self._seen[item.key] = inc.incident_id
        if member.anchor:
            key = self._key_of(item)
            inc.cells.add(key)
            self._grid.setdefault(key, {}).setdefault(inc.incident_id, []).append(member)
            inc.anchor_t = max(inc.anchor_t, item.t)
            self._reschedule(inc, now)

    def _reschedule(self, inc: _Inc, now: float) -> None:
        policy = self._policies[inc.type]
        # Late evidence (observed long before ``now``) keeps the incident open for one
        # grace period from ``now``, so related late items arriving with it still join.
        deadline = max(inc.anchor_t + policy.window_s, now) + policy.grace_s
        if deadline > inc.deadline or inc.deadline == math.inf:
            inc.deadline = deadline
            self._push(deadline, "incident", inc.incident_id)

    def _after_anchor(self, inc: _Inc, anchor: Member, now: float) -> list[Change]:
        """Absorb lower-ranked incidents near a new anchor and pull pending items in."""
        changes: list[Change] = []
        policy = self._policies[inc.type]
        r2 = policy.radius_m * policy.radius_m
        a = anchor.item
        cx, cy = self._cell_of(a.x, a.y)
        cells = [(cx + dx, cy + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1)]
        victims: dict[str, _Inc] = {}
        for key in self._near_keys(a):
            for inc_id, anchors in self._grid.get(key, {}).items():
                other = self._incidents[inc_id]
                if inc_id in victims or self._policies[other.type].rank >= policy.rank:
                    continue
                if not all(policy.accepts(Signal(m.signal)) for m in other.members):
                    continue
                if any(_near(a, m.item, r2, policy.window_s) for m in anchors):
                    victims[inc_id] = other
        for other in sorted(victims.values(), key=lambda i: i.seq):
            changes.append(self._merge(other, inc, a.key, now))
        for cell in cells:
            waiting = self._pending_grid.get(cell)
            if not waiting:
                continue
            for wait_key, wait in list(waiting.items()):
                w = wait.item
                if policy.accepts(wait.signal) and _near(a, w, r2, policy.window_s):
                    self._drop_pending(wait)
                    d = math.hypot(w.x - a.x, w.y - a.y)
                    member = Member(w, wait.signal.value, JoinVia.PULLED, False, a.key, d, abs(w.t - a.t), now)
                    self._add(inc, member, now)
                    changes.append(Joined(inc.incident_id, wait_key, JoinVia.PULLED))
        return changes

    def _drop_pending(self, wait: _Wait) -> None:
        del self._pending[wait.item.key]
        cell = self._pending_grid[wait.cell]
        del cell[wait.item.key]
        if not cell:
            del self._pending_grid[wait.cell]

    def _merge(self, absorbed: _Inc, survivor: _Inc, bridge_key: str, now: float) -> Merged:
        absorbed.state = check_incident_transition(absorbed.incident_id, absorbed.state, IncidentState.MERGED)
        record = MergeRecord(
            survivor.incident_id,
            absorbed.incident_id,
            bridge_key,
            now,
            survivor.type,
            absorbed.type,
        )
        self._unindex(absorbed)
        same_type = absorbed.type is survivor.type
        for m in absorbed.members:
            moved = m if (same_type or not m.anchor) else _demote(m)
            self._add(survivor, moved, now)
        absorbed.merged_into = survivor.incident_id
        absorbed.updated_at = now
        survivor.merges.extend(absorbed.merges)
        survivor.merges.append(record)
        survivor.absorbed.extend([*absorbed.absorbed, absorbed.incident_id])
        return Merged(record)

    def _unindex(self, inc: _Inc) -> None:
        for key in inc.cells:
            entries = self._grid.get(key)
            if entries is not None:
                entries.pop(inc.incident_id, None)
                if not entries:
                    del self._grid[key]
        inc.cells.clear()

    def _quiet(self, inc: _Inc, now: float) -> None:
        inc.state = check_incident_transition(inc.incident_id, inc.state, IncidentState.QUIET)
        inc.updated_at = now
        self._unindex(inc)
        self._push(now + self._retention_s, "forget_incident", inc.incident_id)

    def _forget_incident(self, incident_id: str) -> None:
        inc = self._incidents.pop(incident_id, None)
        if inc is None:
            return
        for old in inc.absorbed:
            self._incidents.pop(old, None)
        for m in inc.members:
            self._seen.pop(m.item.key, None)


def _near(a: Item, b: Item, r2: float, window_s: float) -> bool:
    if abs(a.t - b.t) > window_s:
        return False
    dx = a.x - b.x
    dy = a.y - b.y
    return dx * dx + dy * dy <= r2


def _demote(m: Member) -> Member:
    """An anchor of an absorbed lower-ranked incident is context in its new incident."""
    return replace(m, anchor=False)
