"""Benchmark: the ops center correlator and service.

Run (against the test instance's server; a throw-away database is created and dropped)::

    SOC_DB__PORT=15433 .venv/bin/python -m bench.ops [--items 200000] [--rate 1000] [--seconds 20]

Two parts, each ours against a naive baseline in the same run:

1. **Core** (no database): items/s through :class:`ops_center.correlate.Correlator`
   with ~10,000 items in the open window (printed at the start, middle and end of the
   timed part; the first third of the stream fills it and is not timed), against a
   naive correlator that compares every new item with every item in the window (O(n)
   per item, O(n²) overall), and, with ``--against FILE`` (repeatable), against other checkouts'
   ``correlate.py`` timed alternately on the same stream (best of two each), whose
   decisions (every change and every incident) are compared with ours. Two layouts: the city
   (incidents over 36 km x 36 km around 水湳) and dense (the same stream squeezed into
   3 km x 3 km, where incidents chain: a stress case, not the target's stream).
2. **Service**: a writer process commits the city stream as the ingest and alerts
   services would (alerts with their raises and clears, every other item as an event):
   its first ``--warm`` items as fast as it can, which fills the open window as in the
   core, then the rest at ``--rate`` per second in 100 ms transactions, while
   :class:`ops_center.service.OpsService` polls in a loop. For every raise and event
   we take the wall time from the COMMIT of the writer's batch to the COMMIT of the poll
   that stored its incident update (p50 / p99 / max), and the CPU time of the polling
   process per 1,000 items (less moved by the neighbours' load than the latency).
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import heapq
import importlib.util
import math
import multiprocessing as mp
import random
import statistics
import sys
import time
import uuid
from collections import deque
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from common.db import connect
from common.migrate import migrate
from common.settings import load_settings
from common.vocabulary import EVIDENCE, Signal
from ops_center import gc_policy
from ops_center.correlate import Correlator
from ops_center.dispatch import load_routing
from ops_center.incidents import CapSeverity, Item, ItemKind
from ops_center.policies import DEFAULT_POLICIES, REACH, classify
from ops_center.service import OpsService

CENTRE = (215_800.0, 2_675_600.0)  # 水湳, EPSG:3826 (about 120.656 E, 24.182 N)


@dataclass(frozen=True, slots=True)
class Shape:
    """One kind of incident in the stream: how often, how long its evidence keeps
    coming, how its evidence lies on the ground, and what it is made of."""

    weight: float  # share of the incidents
    span_s: float  # evidence arrives over this long after the onset (front-loaded)
    along_m: float  # a line this long (a flooded road); 0: a point scene
    scatter_m: float  # items lie this far from the scene (or the line) at most
    members: tuple[tuple[str, str, str, CapSeverity, float], ...]  # (agency, feed, category, severity, weight)
    sizes: tuple[int, ...]  # items per incident, drawn uniformly from these


# Items per incident of the labelled situations (tests/data/situations/, 79 situations
# at b8c71f7): every item its truth places in an incident of that type, counted per
# incident. Crashes: the types traffic and traffic_accident; fires: fire; floods: flood.
CRASH_SIZES = (1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
               4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 6, 6, 6, 6, 6, 6, 6, 6, 7, 7, 7, 7, 7, 8, 8, 9, 10,
               10, 11, 11, 12, 12, 14, 14, 22, 23, 25)  # fmt: skip
FIRE_SIZES = (2, 2, 2, 4, 4, 4, 4, 4, 5, 5, 6, 6, 6, 6, 7, 9, 9, 10, 11, 11, 13, 13, 14, 14, 15, 16, 20, 23, 24, 33,
              48, 50, 51, 62)  # fmt: skip
FLOOD_SIZES = (2, 2, 3, 3, 4, 5, 5, 6, 6, 6, 7, 7, 7, 8, 10, 11, 11, 12, 13, 13, 14, 15, 21, 24, 26, 31)


# A rainy evening across the city: crashes most often, then fires and floods along roads
# (why these numbers: docs/benchmarks/ops_center.md, section 1).
SHAPES: tuple[Shape, ...] = (
    Shape(
        0.75,
        1800.0,
        0.0,
        200.0,
        (
            ("police", "incident", "injury_accident", CapSeverity.MODERATE, 0.3),
            ("police", "cctv", "stalled_vehicle", CapSeverity.UNKNOWN, 0.2),
            ("citizen", "1999", "traffic_accident", CapSeverity.UNKNOWN, 0.3),
            ("traffic", "alert", "congestion", CapSeverity.MODERATE, 0.2),
        ),
        CRASH_SIZES,
    ),
    Shape(
        0.10,
        5400.0,
        1500.0,
        60.0,
        (
            ("disaster", "alert", "flood_depth", CapSeverity.SEVERE, 0.3),
            ("disaster", "alert", "water_level", CapSeverity.MODERATE, 0.1),
            ("citizen", "1999", "flooding", CapSeverity.UNKNOWN, 0.3),
            ("traffic", "alert", "congestion", CapSeverity.MODERATE, 0.2),
            ("police", "incident", "road_closure", CapSeverity.MODERATE, 0.1),
        ),
        FLOOD_SIZES,
    ),
    Shape(
        0.15,
        2700.0,
        0.0,
        400.0,
        (
            ("disaster", "fire_alarm", "alarm", CapSeverity.UNKNOWN, 0.1),
            ("fire", "119", "fire", CapSeverity.UNKNOWN, 0.1),
            ("citizen", "1999", "fire_smoke", CapSeverity.UNKNOWN, 0.6),
            ("police", "incident", "road_closure", CapSeverity.MODERATE, 0.1),
            ("traffic", "alert", "congestion", CapSeverity.MODERATE, 0.1),
        ),
        FIRE_SIZES,
    ),
)
NOISE = (
    ("traffic", "parking", "full", CapSeverity.UNKNOWN),
    ("citizen", "1999", "streetlight", CapSeverity.UNKNOWN),
    ("traffic", "alert", "congestion", CapSeverity.MINOR),
    ("police", "incident", "theft", CapSeverity.MINOR),
)
NOISE_SHARE = 0.2
#: Incidents per event-second; with items staying about an hour in the open window this
#: holds it near 10,000 items (measured and printed at start, middle and end).
INCIDENT_RATE = 0.25
#: Alert categories whose condition lasts until the alerts package records its clear.
LASTING_ALERTS = frozenset({"flood_depth", "water_level"})


def stream(n: int, side_m: float, seed: int = 7) -> list[Item]:
    """``n`` items in time order: incidents of :data:`SHAPES` (as many items as a labelled
    incident of the same type) at random places in a ``side_m`` square centred on 水湳, their evidence
    front-loaded over the shape's span (a flood's spreads along its road as time goes
    on), plus :data:`NOISE_SHARE` background items anywhere. A water alert's condition
    clears 10 to 40 minutes after it is raised (the alerts package's ``clear``)."""
    rng = random.Random(seed)
    events: list[tuple[float, tuple[str, str, str, CapSeverity], float, float, str]] = []
    t = 1_474_948_800.0
    weights = [s.weight for s in SHAPES]

    def anywhere() -> tuple[float, float]:
        return CENTRE[0] + rng.uniform(-side_m, side_m) / 2, CENTRE[1] + rng.uniform(-side_m, side_m) / 2

    def add(at: float, kind: tuple[str, str, str, CapSeverity], x: float, y: float) -> None:
        # a device's alerts and alarms carry a source id (the alerts package keys them by it)
        src = f"d{len(events)}" if kind[1] in {"alert", "fire_alarm"} else ""
        events.append((at, kind, x, y, src))
        if kind[1] == "alert" and kind[2] in LASTING_ALERTS:
            events.append((at + rng.uniform(600, 2400), (*kind[:2], "cleared", kind[3]), x, y, src))

    cut = math.inf  # the time of the n-th item: incidents starting before it may still add earlier items
    while t < cut:
        t += rng.expovariate(INCIDENT_RATE)
        shape = rng.choices(SHAPES, weights)[0]
        cx, cy = anywhere()
        length = rng.uniform(0.1, 1.0) * shape.along_m
        heading = rng.uniform(0, math.pi)
        size = rng.choice(shape.sizes)
        for _ in range(size):
            agency, feed, cat, sev, _w = rng.choices(shape.members, [m[4] for m in shape.members])[0]
            lag = shape.span_s * rng.random() ** 2
            along = length * lag / shape.span_s
            r = shape.scatter_m * math.sqrt(rng.random())
            a = rng.uniform(0, 2 * math.pi)
            add(t + lag, (agency, feed, cat, sev), cx + along * math.cos(heading) + r * math.cos(a),
                cy + along * math.sin(heading) + r * math.sin(a))
        for _ in range(int(size * NOISE_SHARE / (1 - NOISE_SHARE) + rng.random())):
            noise = rng.choice(NOISE)
            x, y = anywhere()
            add(t + rng.uniform(0, 1800), noise, x, y)
        if cut == math.inf and len(events) >= n:
            cut = heapq.nsmallest(n, (e[0] for e in events))[-1]
    events.sort(key=lambda e: e[0])
    out: list[Item] = []
    for i, (et, (agency, feed, cat, sev), x, y, src) in enumerate(events[:n]):
        kind = ItemKind.ALERT if feed == "alert" else ItemKind.EVENT
        out.append(Item(f"i{i}", kind, agency, feed, cat, sev, x, y, et, src))
    return out


def incident_sizes(c: Correlator) -> tuple[int, int, float]:
    """(incidents, largest member count, widest extent in metres) of a run."""
    largest = 0
    widest = 0.0
    ids = c.incident_ids()
    for inc_id in ids:
        snap = c.snapshot(inc_id)
        if snap.merged_into is not None:
            continue
        largest = max(largest, len(snap.members))
        xs = [m.item.x for m in snap.members]
        ys = [m.item.y for m in snap.members]
        widest = max(widest, math.hypot(max(xs) - min(xs), max(ys) - min(ys)))
    return len(ids), largest, widest


class NaiveCorrelator:
    """Baseline: single-linkage grouping that compares each item with the whole open window.

    Same vocabulary and reaches as ours (two items link when some incident type takes
    both and they are within the larger reach and the type's window), without the
    grid: a time-ordered deque of the window, pruned from the left, scanned in full.
    """

    def __init__(self) -> None:
        self.window: deque[tuple[float, float, float, Signal, int]] = deque()
        self.parent: list[int] = []
        self.horizon = max(p.window_s + p.grace_s for p in DEFAULT_POLICIES.values())

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def add(self, item: Item) -> tuple[Signal, int] | None:
        signal, _ = classify(item)
        if signal is None:
            return None
        me = len(self.parent)
        self.parent.append(me)
        self.window.append((item.x, item.y, item.t, signal, me))
        return signal, me

    def feed(self, item: Item, now: float) -> None:
        while self.window and self.window[0][2] < now - self.horizon:
            self.window.popleft()
        cand = list(self.window)
        added = self.add(item)
        if added is None:
            return
        signal, me = added
        mine = EVIDENCE[signal]
        for x, y, t, osig, idx in cand:
            d = math.hypot(x - item.x, y - item.y)
            for typ in mine:
                theirs = REACH.get((osig, typ))
                if theirs is None:
                    continue
                r = max(REACH[(signal, typ)].radius_m, theirs.radius_m)
                if d <= r and abs(t - item.t) <= DEFAULT_POLICIES[typ].window_s:
                    self.parent[self.find(idx)] = self.find(me)
                    break


def load_correlator(path: str) -> type[Correlator]:
    """The ``Correlator`` class of another checkout's ``ops_center/correlate.py`` (e.g.
    ``git show HEAD~1:ops_center/correlate.py``), imported beside ours: it uses this
    checkout's vocabulary, policies and incident types, and this checkout's modules the
    file imports (the correlator's parts: ``ops_center.fitting``, ``placement``, ...), so
    only a file that holds its whole correlator is compared as it is."""
    name = f"bench_ops_against_{len([m for m in sys.modules if m.startswith('bench_ops_against_')])}"
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    cls: type[Correlator] = module.Correlator
    return cls


def decisions(cls: type[Correlator], items: list[Item]) -> str:
    """A digest of every change ``cls`` returns for ``items`` and of every incident it
    holds at the end: two correlators with the same digest grouped the stream alike."""
    c = cls()
    h = hashlib.sha256()
    for it in items:
        for change in c.feed(it, it.t):
            h.update(repr(change).encode())
    for inc_id in c.incident_ids():
        h.update(repr(c.snapshot(inc_id)).encode())
    return h.hexdigest()


def time_core(cls: type[Correlator], items: list[Item], warm: int) -> tuple[float, list[int], Correlator]:
    """Items/s of ``cls`` after ``warm`` untimed items, and the open window at the start,
    middle and end of the timed part. Each run starts from a collected heap, so the
    garbage of the stream's generation or of an earlier run is not collected in its
    timed part."""
    gc.collect()
    c = cls()
    for it in items[:warm]:
        c.feed(it, it.t)
    windows = [c.open_window_size()]
    mid = (warm + len(items)) // 2
    t0 = time.perf_counter()
    for it in items[warm:mid]:
        c.feed(it, it.t)
    t1 = time.perf_counter()
    windows.append(c.open_window_size())
    t2 = time.perf_counter()
    for it in items[mid:]:
        c.feed(it, it.t)
    t3 = time.perf_counter()
    windows.append(c.open_window_size())
    return (len(items) - warm) / (t1 - t0 + t3 - t2), windows, c


def time_naive(items: list[Item], warm: int, naive_n: int) -> tuple[float, int]:
    """Items/s of :class:`NaiveCorrelator` over ``naive_n`` items after ``warm`` placed
    untimed, and its window then."""
    nv = NaiveCorrelator()
    for it in items[:warm]:
        nv.add(it)
    t0 = time.perf_counter()
    for it in items[warm : warm + naive_n]:
        nv.feed(it, it.t)
    return naive_n / (time.perf_counter() - t0), len(nv.window)


def bench_core(n: int, side_m: float, naive_n: int, against: list[type[Correlator]] | None = None) -> dict[str, Any]:
    items = stream(n, side_m)
    warm = n // 3  # the floods' long lives take about this long to fill the window
    ours, windows, c = time_core(Correlator, items, warm)
    incidents, largest, widest = incident_sizes(c)
    del c
    others: list[list[float]] = [[] for _ in against or []]
    if against:
        # alternate with ours, twice: each other one, then ours; best of two each (the
        # first run above gives the window and the sizes, not the rate compared)
        ours = 0.0
        for _ in range(2):
            for cls, times in zip(against, others, strict=True):
                times.append(time_core(cls, items, warm)[0])
            ours = max(ours, time_core(Correlator, items, warm)[0])
    ours_digest = decisions(Correlator, items) if against else ""
    same = [decisions(cls, items) == ours_digest for cls in against or []]
    naive, naive_window = time_naive(items, warm, naive_n)
    return {
        "ours": ours,
        "against": [max(times) for times in others],
        "same": same,
        "naive": naive,
        "windows": windows,
        "naive_window": naive_window,
        "incidents": incidents,
        "largest": largest,
        "widest": widest,
    }


# -- service -------------------------------------------------------------------------
INSERT_ALERT = """
INSERT INTO alerts (rule_id, source_id, state, severity, category, agency, title, geom, raised_at,
    updated_at, last_triggered_at, escalate_after_s, auto_resolve_after_s)
VALUES (%s, %s, 'raised', %s, 'Met', %s, 'bench',
    ST_Transform(ST_SetSRID(ST_MakePoint(%s, %s), 3826), 4326), %s, %s, %s, 600, 600)
"""
INSERT_RAISES = """
INSERT INTO alert_transitions (alert_id, at, actor, action, to_state, severity)
SELECT alert_id, raised_at, 'bench', 'raise', 'raised', severity FROM alerts WHERE source_id = ANY (%s)
"""
INSERT_CLEAR = """
INSERT INTO alert_transitions (alert_id, at, actor, action, to_state, severity)
SELECT alert_id, %s, 'bench', 'clear', 'raised', severity FROM alerts WHERE source_id = %s
"""
INSERT_EVENT = """
INSERT INTO events (time, source_id, domain, feed, event_key, category, severity, geom, payload)
VALUES (%s, %s, %s, %s, %s, %s, %s, ST_Transform(ST_SetSRID(ST_MakePoint(%s, %s), 3826), 4326), '{}')
"""
#: Alert rules of the stream's alert categories (the alerts service's rule ids).
RULES = {"flood_depth": "flood-depth", "water_level": "water-level", "congestion": "corridor-congestion"}

#: A row the writer commits: ("alert", rule, source, severity, agency, x, y, t),
#: ("clear", source, t) or ("event", source, agency, feed, key, category, severity, x, y, t).
Row = tuple[Any, ...]


def service_rows(items: list[Item], prefix: str) -> list[Row]:
    """The stream as the rows the ingest and alerts services would commit: alerts (a
    raise, and a clear when the condition ends) and every other item as an event."""
    rows: list[Row] = []
    for i, it in enumerate(items):
        if it.feed == "alert" and it.category == "cleared":
            rows.append(("clear", prefix + it.source_id, it.t))
        elif it.feed == "alert":
            rows.append(
                ("alert", RULES[it.category], prefix + it.source_id, it.severity.value, it.agency, it.x, it.y, it.t)
            )
        else:
            src = prefix + (it.source_id or f"s{i}")
            sev = None if it.severity is CapSeverity.UNKNOWN else it.severity.value
            rows.append(("event", src, it.agency, it.feed, f"{prefix}{i}", it.category, sev, it.x, it.y, it.t))
    return rows


def writer(conninfo: str, rows: list[Row], per_batch: int, every_s: float, start_at: float, out: Any) -> None:
    """Commit ``rows`` in order, ``per_batch`` per transaction, one transaction every
    ``every_s`` (0: as fast as possible); report, per transaction, its commit time and
    the keys the ops center gives its raises and events. The ops center reads one
    transaction's rows by source, not by time: small transactions keep the stream in
    time order, as the ingest and alerts services commit it."""
    import psycopg

    with psycopg.connect(conninfo, autocommit=True) as conn:
        while time.time() < start_at:
            time.sleep(0.001)
        for b in range(0, len(rows), per_batch):
            due = start_at + (b / per_batch) * every_s
            while time.time() < due:
                time.sleep(0.0005)
            batch = rows[b : b + per_batch]
            alerts = [r for r in batch if r[0] == "alert"]
            events = [r for r in batch if r[0] == "event"]
            clears = [r for r in batch if r[0] == "clear"]
            with conn.transaction(), conn.cursor() as cur:
                if alerts:
                    cur.executemany(
                        INSERT_ALERT,
                        [
                            (rule, src, sev, agency, x, y, *(3 * [datetime.fromtimestamp(t, tz=UTC)]))
                            for _, rule, src, sev, agency, x, y, t in alerts
                        ],
                    )
                    cur.execute(INSERT_RAISES, ([r[2] for r in alerts],))
                if events:
                    cur.executemany(
                        INSERT_EVENT,
                        [
                            (datetime.fromtimestamp(t, tz=UTC), src, agency, feed, key, cat, sev, x, y)
                            for _, src, agency, feed, key, cat, sev, x, y, t in events
                        ],
                    )
                if clears:
                    cur.executemany(INSERT_CLEAR, [(datetime.fromtimestamp(t, tz=UTC), src) for _, src, t in clears])
            keys = [f"event:{src}|{feed}|{key}" for _, src, _a, feed, key, *_ in events]
            if alerts:
                got = conn.execute(
                    "SELECT alert_id, severity FROM alerts WHERE source_id = ANY (%s)", ([r[2] for r in alerts],)
                ).fetchall()
                keys.extend(f"alert:{alert_id}:{sev}" for alert_id, sev in got)
            out.put((time.time(), keys))
    out.put(None)


def _latency_key(key: str) -> str:
    """The writer's key of an item the ops center stored (an event's key without its time)."""
    return key.rsplit("|", 1)[0] if key.startswith("event:") else key


def bench_service(settings: Any, rate: float, seconds: float, poll_s: float, warm_n: int) -> dict[str, float]:
    """Commit → stored-incident latency while the ops center keeps an open window like the
    core's: the core's city stream (alerts, their clears, and every other item as an
    event), its first ``warm_n`` items committed and correlated before timing."""
    n_live = int(rate * seconds)
    items = stream(warm_n + n_live, 36_000.0, seed=11)
    rows = service_rows(items, "w")
    dbname = f"bench_ops_{uuid.uuid4().hex[:8]}"
    with connect(settings, dbname="postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{dbname}"'.encode())
    try:
        with connect(settings, dbname=dbname, autocommit=True) as conn:
            migrate(conn)
        conninfo = settings.db.conninfo(dbname)
        routing = load_routing(Path(__file__).parents[1] / "ops_center" / "routing.yaml")
        q: Any = mp.Queue()
        # warm-up: the first warm_n items committed as fast as possible and correlated
        warm = mp.Process(target=writer, args=(conninfo, rows[:warm_n], 100, 0.0, time.time(), q))
        warm.start()
        while q.get() is not None:
            pass
        warm.join()
        with connect(settings, dbname=dbname, autocommit=True) as conn:
            svc = OpsService(conn, routing, idle_after_s=None)
            svc.start()
            fed = 0
            while fed < warm_n:
                fed += svc.poll_once().items
            window = svc.correlator.open_window_size()
            commits: dict[str, float] = {}
            start_at = time.time() + 0.5
            per_batch = max(1, int(rate / 10))
            live = mp.Process(target=writer, args=(conninfo, rows[warm_n:], per_batch, 0.1, start_at, q))
            live.start()
            latencies: list[float] = []
            done = False
            windows: list[int] = []
            early: list[tuple[str, float]] = []
            seen = 0
            cpu0 = time.process_time()
            while True:
                res = svc.poll_once()
                stored = time.time()
                while not q.empty():
                    msg = q.get()
                    if msg is None:
                        done = True
                    else:
                        for key in msg[1]:
                            commits[key] = msg[0]
                for key in map(_latency_key, res.keys):
                    if key in commits:
                        latencies.append(stored - commits.pop(key))
                    else:
                        early.append((key, stored))
                seen += res.items
                if res.items:
                    windows.append(svc.correlator.open_window_size())
                elif done and q.empty() and seen >= len(rows) - warm_n:
                    break
                else:
                    time.sleep(poll_s)
            # items stored before their writer's commit message reached this process
            for key, stored in early:
                if key in commits:
                    latencies.append(stored - commits.pop(key))
            cpu_s = time.process_time() - cpu0
            live.join()
        latencies.sort()
        return {
            "items": len(latencies),
            "p50_ms": 1000 * statistics.median(latencies),
            "p99_ms": 1000 * latencies[int(0.99 * (len(latencies) - 1))],
            "max_ms": 1000 * latencies[-1],
            "window_start": window,
            "window_mean": statistics.fmean(windows) if windows else 0.0,
            "cpu_ms_per_1000": 1000 * cpu_s / max(1, seen) * 1000,
        }
    finally:
        with connect(settings, dbname="postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)'.encode())


@dataclass(frozen=True)
class Args:
    items: int
    naive: int
    rate: float
    seconds: float
    skip_service: bool


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--items", type=int, default=200_000)
    ap.add_argument("--naive", type=int, default=3_000, help="items timed through the naive baseline")
    ap.add_argument("--rate", type=float, default=1000.0)
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument(
        "--warm", type=int, default=30_000, help="service: items committed and correlated before timing"
    )
    ap.add_argument("--poll-ms", type=float, default=10.0, help="service poll interval when idle")
    ap.add_argument("--skip-service", action="store_true")
    ap.add_argument("--layouts", default="city", help="core layouts: city, dense")
    ap.add_argument(
        "--against",
        action="append",
        default=[],
        help="another checkout's ops_center/correlate.py (repeatable), loaded beside ours in this process "
        "with our policies and our modules it imports: to compare two checkouts use bench.ops_ab "
        "(each side in a fresh process)",
    )
    a = ap.parse_args()
    gc_policy.tune()  # the collector as the service's process runs it
    against = [load_correlator(path) for path in a.against]
    layouts = {"city": ("city 36 km", 36_000.0), "dense": ("dense 3 km", 3_000.0)}
    for key in a.layouts.split(","):
        name, side = layouts[key]
        r = bench_core(a.items, side, a.naive, against)
        w = r["windows"]
        vs = "".join(
            f", {path} {rate:,.0f} items/s (decisions {'the same' if same else 'DIFFERENT'})"
            for path, rate, same in zip(a.against, r["against"], r["same"], strict=True)
        )
        print(
            f"core [{name}]: ours {r['ours']:,.0f} items/s, naive {r['naive']:,.0f} items/s, "
            f"ratio {r['ours'] / r['naive']:.0f}x{vs}; open window {w[0]:,} / {w[1]:,} / {w[2]:,} items at "
            f"start / middle / end (naive window {r['naive_window']:,}); {r['incidents']:,} incidents, "
            f"largest {r['largest']} items, widest {r['widest']:,.0f} m"
        )
    if not a.skip_service:
        s = bench_service(load_settings(), a.rate, a.seconds, a.poll_ms / 1000.0, a.warm)
        print(
            f"service at {a.rate:,.0f} items/s for {a.seconds:.0f} s: {s['items']:,} items, "
            f"p50 {s['p50_ms']:.1f} ms, p99 {s['p99_ms']:.1f} ms, max {s['max_ms']:.1f} ms; "
            f"open window {s['window_start']:,.0f} at start, mean {s['window_mean']:,.0f}; "
            f"the polling process's CPU {s['cpu_ms_per_1000']:,.0f} ms per 1,000 items"
        )


if __name__ == "__main__":
    main()
