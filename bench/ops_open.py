"""Benchmark: the ops center's start-up replay and the replay log's prune, each against a baseline.

Run (against a server of yours; a throw-away database is created and dropped)::

    flock /tmp/soc-bench.lock env SOC_DB__PORT=<port> .venv/bin/python -m bench.ops_open \\
        [--entries 400000] [--span-h 24] [--rounds 2]

The replay log (``ops_feed_log``) is filled with ``--entries`` feed entries of the city
stream (:func:`bench.ops.stream`), logged evenly over ``--span-h`` hours of correlator time
up to the stored clock, so the replay window (twice ``SOC_OPS__RETENTION_S``: 12 h by
default) holds its share of them. In each round, in turn:

1. **Start-up**: :meth:`ops_center.service.OpsService.opening` as the service runs it, in
   units cut by ``SOC_HEALTH__UNIT_S`` (the runner beats between units), against the same
   replay in one unit: total time, the longest unit (what the heartbeat waits for, the
   stretch after the last unit included) and the first unit. Run from another checkout's
   root (``PYTHONPATH=<checkout> .venv/bin/python <this file>``), it measures that
   checkout's start-up the same way (one whose units are counted in entries too).
2. **Prune**: :func:`ops_center.api.prune_feed_log` in units of ``SOC_OPS__LOG_PRUNE_CHUNK``
   as ``soc db maintain`` runs it, against one unit deleting everything at once (each on a
   freshly filled log): entries deleted, total time, the longest unit; then the start-up
   over the pruned log against the start-up over the unpruned one above.

Prints one line per measurement and a summary per side (min / median over the rounds).
"""

from __future__ import annotations

import argparse
import functools
import statistics
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.ops import stream
from bench.scratch import throwaway_database
from common.db import connect
from common.settings import Settings, load_settings
from ops_center import repo
from ops_center.api import prune_feed_log
from ops_center.dispatch import load_routing
from ops_center.service import OpsService

ROUTING = Path(__file__).parents[1] / "ops_center" / "routing.yaml"
#: Entries written per transaction while filling the log.
FILL_BATCH = 5_000
#: The stored correlator clock: the end of the logged span.
CLOCK = datetime(2026, 7, 1, tzinfo=UTC).timestamp()


def fill(conn: Any, entries: int, span_s: float) -> None:
    """An empty log, then ``entries`` feeds logged evenly over ``span_s`` up to :data:`CLOCK`,
    and the watermark's clock at :data:`CLOCK`."""
    conn.execute("TRUNCATE ops_feed_log")
    items = stream(entries, 36_000.0, seed=5)
    step = span_s / max(1, entries - 1)
    start = CLOCK - span_s
    for lo in range(0, entries, FILL_BATCH):
        fed = []
        for i in range(lo, min(entries, lo + FILL_BATCH)):
            now = start + i * step
            fed.append((replace(items[i], key=f"bench:{i}", t=now), now))
        with conn.transaction():
            repo.log_feeds(conn, fed)
    at = datetime.fromtimestamp(CLOCK, tz=UTC)
    with conn.transaction():
        conn.execute("DELETE FROM ops_watermarks")
        conn.execute("INSERT INTO ops_watermarks (consumer, events_wm, alerts_wm, clock_at) VALUES ('ops', %s, %s, %s)",
                     (at, at, at))
    conn.execute("VACUUM ANALYZE ops_feed_log")


def timed_units(units: Iterator[object]) -> tuple[float, list[float]]:
    """Total wall time of an iteration and the time of each unit (the stretch after the last
    yield, up to the iteration's end, is a unit too: nothing beats in it either)."""
    times: list[float] = []
    t0 = last = time.perf_counter()
    for _ in units:
        now = time.perf_counter()
        times.append(now - last)
        last = now
    end = time.perf_counter()
    times.append(end - last)
    return end - t0, times


def opening(conn: Any, settings: Settings, *, one_unit: bool) -> dict[str, float]:
    """One start-up of the service over the log: in its units, or in one."""
    svc = OpsService(conn, load_routing(ROUTING), idle_after_s=None, retention_s=settings.ops.retention_s)
    svc.unit_s = float("inf") if one_unit else settings.health.unit_s  # units are cut by time
    replayed: list[int] = []

    def units() -> Iterator[int]:
        for n in svc.opening():
            replayed.append(n)
            yield n
        # the republication of live assignments, where the checkout does it in units
        yield from getattr(svc, "republishing", lambda: iter(()))()

    total, times = timed_units(units())
    return {"total_s": total, "units": len(times), "longest_s": max(times, default=0.0),
            "first_s": times[0] if times else 0.0, "replayed": replayed[-1] if replayed else 0}


def prune(conn: Any, settings: Settings, *, chunk: int) -> dict[str, float]:
    """The maintenance's prune, in units of ``chunk`` until nothing is left."""
    deleted: list[int] = []

    def units() -> Iterator[int]:
        while n := prune_feed_log(conn, chunk=chunk, retention_s=settings.ops.retention_s):
            deleted.append(n)
            yield n

    total, times = timed_units(units())
    return {"total_s": total, "units": len(times), "longest_s": max(times, default=0.0), "deleted": sum(deleted)}


def summary(name: str, runs: list[dict[str, float]]) -> None:
    """Min / median of each figure over the rounds."""
    keys = runs[0].keys() if runs else ()
    parts = [f"{k} {min(r[k] for r in runs):.3f}/{statistics.median(r[k] for r in runs):.3f}" for k in keys]
    print(f"{name} (min/median of {len(runs)}): " + ", ".join(parts))


def run(settings: Settings, entries: int, span_s: float, rounds: int) -> None:
    """The rounds of both parts on a throw-away database (see the module docstring)."""
    with throwaway_database(settings, "bench_open") as dbname, \
            connect(settings, dbname=dbname, autocommit=True) as conn:
        t0 = time.perf_counter()
        fill(conn, entries, span_s)
        print(f"filled {entries} entries over {span_s / 3600:.0f} h in {time.perf_counter() - t0:.1f} s; "
              f"retention {settings.ops.retention_s / 3600:.1f} h")
        results: dict[str, list[dict[str, float]]] = {}

        def record(name: str, fn: Callable[[], dict[str, float]]) -> None:
            got = fn()
            results.setdefault(name, []).append(got)
            print(name, {k: round(v, 3) for k, v in got.items()}, flush=True)

        chunk = settings.ops.log_prune_chunk
        for r in range(rounds):
            sides = [("start-up in units", False), ("start-up in one unit", True)]
            for name, one in sides if r % 2 == 0 else sides[::-1]:
                record(name, functools.partial(opening, conn, settings, one_unit=one))
            prunes = [("prune in units", chunk), ("prune in one unit", 1 << 40)]
            for name, size in prunes if r % 2 == 0 else prunes[::-1]:
                fill(conn, entries, span_s)
                record(name, functools.partial(prune, conn, settings, chunk=size))
            record("start-up in units after the prune", functools.partial(opening, conn, settings, one_unit=False))
            fill(conn, entries, span_s)
        for name, runs in results.items():
            summary(name, runs)


def main() -> None:
    """``python -m bench.ops_open``: see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--entries", type=int, default=400_000, help="replay-log entries")
    parser.add_argument("--span-h", type=float, default=24.0, help="hours of correlator time they are logged over")
    parser.add_argument("--rounds", type=int, default=2, help="rounds, the sides' order alternating")
    args = parser.parse_args()
    run(load_settings(), args.entries, args.span_h * 3600.0, args.rounds)


if __name__ == "__main__":
    main()
