"""Benchmark: the ops center's first poll after its start-up replay, when rows wait far ahead.

Run (against a server of yours; a throw-away database is created and dropped)::

    flock /tmp/soc-bench.lock env SOC_DB__PORT=<port> .venv/bin/python -m bench.ops_first_poll \\
        [--entries 100000] [--gap-h 8] [--rows 20]

The replay log is filled as in :mod:`bench.ops_open` (``--entries`` feeds of the city
stream over 24 h of correlator time up to the stored clock). The service opens as ``soc
ops run`` opens it (units of ``SOC_HEALTH__UNIT_S``; the collector tuned as the service
tunes it), then ``--rows`` rows of the stream are committed ``--gap-h`` hours of correlator
time after the stored clock (the center was down that long while evidence kept coming)
and the service polls: the first row moves the correlator's clock past every deadline of
the replayed window, so that poll quiets and forgets the whole window at once. Prints the
time of the first three polls and the longest of each one's units
(``OpsService.polling``; the runner beats between units, so the longest unit is the
longest stretch without a beat; the stretch after the last yield counts as a unit), the
incidents it touched (those of the tick's pieces stored apart counted too), the
transactions it committed and the longest of them (from the start of its block to its
commit: as long as it holds its locks).
Against a commit whose service has no ``polling``, a poll is one unit.
"""

from __future__ import annotations

import argparse
import contextlib
import queue
import time
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import psycopg

from bench.ops import service_rows, stream, writer
from bench.ops_open import CLOCK, ROUTING, fill, timed_units
from bench.scratch import throwaway_database
from common.db import connect
from common.settings import load_settings
from ops_center import gc_policy
from ops_center.dispatch import load_routing
from ops_center.service import OpsService, PollResult


def main() -> None:
    """``python -m bench.ops_first_poll``: see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--entries", type=int, default=100_000, help="replay-log entries")
    parser.add_argument("--gap-h", type=float, default=8.0, help="hours of correlator time before the new rows")
    parser.add_argument("--rows", type=int, default=20, help="rows committed after the gap")
    args = parser.parse_args()
    settings = load_settings()
    with throwaway_database(settings, "bench_first_poll") as db, \
            connect(settings, dbname=db, autocommit=True) as conn:
        t = time.perf_counter()
        fill(conn, args.entries, 24 * 3600.0)
        print(f"filled {args.entries} entries in {time.perf_counter() - t:.1f} s", flush=True)
        gc_policy.tune()
        svc = OpsService(conn, load_routing(ROUTING), idle_after_s=None, retention_s=settings.ops.retention_s,
                         unit_s=settings.health.unit_s)
        t0 = time.perf_counter()
        for _ in [*svc.opening(), *svc.republishing()]:
            pass
        print(f"opened in {time.perf_counter() - t0:.1f} s; in memory: "
              f"{len(svc.correlator.incident_ids())} incidents", flush=True)
        late = [replace(it, t=CLOCK + args.gap_h * 3600.0 + k)
                for k, it in enumerate(stream(args.rows, 36_000.0, seed=3))]
        writer(settings.db.conninfo(db), service_rows(late, "late-"), args.rows, 0.0, time.time(), queue.Queue())
        timed = _TimedTransactions(svc.conn)
        svc.conn = timed  # type: ignore[assignment]  # the same connection, its transactions timed
        for k in range(3):
            res = PollResult()
            timed.took.clear()
            total, units = timed_units(_units(svc, res))
            apart = getattr(res, "quieted", set())  # absent on a commit that stores no piece apart
            print(f"poll {k}: {total:.3f} s, longest unit {max(units):.3f} s of {len(units)}, "
                  f"{res.items} items, {len(res.touched | apart)} incidents touched ({len(apart)} stored apart), "
                  f"{len(timed.took)} transactions, the longest {max(timed.took, default=0.0):.3f} s", flush=True)


class _TimedTransactions:
    """A connection whose transactions are timed (``took``, seconds each, from the start of
    the block to its commit: as long as the transaction holds its locks)."""

    def __init__(self, conn: psycopg.Connection) -> None:
        self._conn = conn
        self.took: list[float] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[object]:
        began = time.perf_counter()
        with self._conn.transaction() as tx:
            yield tx
        self.took.append(time.perf_counter() - began)


def _units(svc: OpsService, res: PollResult) -> Iterator[None]:
    """One poll in its units, counted into ``res``; one unit on a commit whose service has no
    ``polling``."""
    polling = getattr(svc, "polling", None)
    if polling is not None:
        yield from polling(res)
        return
    got = svc.poll_once()
    res.items, res.touched = got.items, got.touched


if __name__ == "__main__":
    main()
