"""Benchmark: one checkout's correlator against another's, each in its own fresh process.

Run from this checkout (under the bench lock)::

    flock /tmp/soc-bench.lock env PYTHONPATH=. .venv/bin/python -m bench.ops_ab --old /tmp/base [--new .] \
        [--rounds 5] [--items 90000] [--naive 100] [--callgrind 15000]

Each side runs in a fresh interpreter whose ``PYTHONPATH`` is its own checkout, so it
uses its own correlator, policies and vocabulary, and no side inherits the other's heap,
caches or import order. The sides alternate, old first and last (old, new, old, ...,
new, old: ``--rounds`` new runs); each run reads the same stream (the city stream of
:func:`bench.ops.stream`, written once to a file as plain values and rebuilt with each
side's ``Item``), feeds its first third untimed (the open window fills to about 10,000
items) and times the rest, in wall-clock and CPU time. Before the timed runs each side feeds the whole stream
once, untimed, and digests every change and every incident: equal digests mean the same
decisions. A side sets the garbage collector as the service process does
(``ops_center.gc_policy``, only when that module sits beside the side's ``correlate.py``;
a checkout without it keeps CPython's default thresholds, as its service runs) and reports
the thresholds it ran with and the full collections of its timed part. The printed
ratio is each new run's items/s over the mean of the two old runs beside it (a load
drifting through the series cancels out): median and range, in CPU
time (less moved by the neighbours' load) and in wall-clock time.
``--old`` and ``--new`` naming the same checkout is the control (expect about 1.00).

``--callgrind N`` also counts executed instructions (valgrind's callgrind, repeatable
under load) of feeding the first N items, each side run once feeding them and once
without (the cost of starting and of reading the stream, subtracted); with
``--callgrind-from M`` the second run feeds the first M items, so only items M to N
(fed with the window filled) are counted.

A side's child is this file run by path (``--side``): it imports only the standard
library until it loads the checkout it is given.
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import hashlib
import json
import os
import pickle
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

#: The stream as plain values: (key, kind, agency, feed, category, severity, x, y, t, source_id).
Row = tuple[str, str, str, str, str, str, float, float, float, str]


# -- the side: runs in the checkout under test ----------------------------------------
def _items(path: str, limit: int | None = None) -> list[Any]:
    from ops_center.incidents import CapSeverity, Item, ItemKind

    with open(path, "rb") as f:
        rows: list[Row] = pickle.load(f)
    if limit is not None:
        rows = rows[:limit]
    return [
        Item(k, ItemKind(kind), a, fd, c, CapSeverity(s), x, y, t, src) for k, kind, a, fd, c, s, x, y, t, src in rows
    ]


def decisions(cls: Any, items: list[Any]) -> tuple[str, int]:
    """A digest of every change ``cls`` returns for ``items`` and of every incident it
    holds at the end, and how many incidents: equal digests, the same decisions. Sets
    are written sorted, so the digest does not depend on the interpreter's hash seed."""
    c = cls()
    h = hashlib.sha256()
    for it in items:
        for change in c.feed(it, it.t):
            h.update(repr(change).encode())
    ids = c.incident_ids()
    for inc_id in ids:
        snap = c.snapshot(inc_id)
        h.update(repr(dataclasses.replace(snap, agencies=frozenset())).encode())
        h.update(repr(sorted(snap.agencies)).encode())
    return h.hexdigest(), len(ids)


def _side(args: argparse.Namespace) -> dict[str, Any]:
    if Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
        del sys.path[0]  # bench/ (run by path) would shadow packages of the checkout (bench/geo.py)
    from ops_center.correlate import Correlator

    module = sys.modules[Correlator.__module__].__file__
    assert module is not None
    # Only the checkout's own policy: the editable install of the measuring clone would
    # answer the import for a checkout without one.
    if Path(module).with_name("gc_policy.py").exists():
        from ops_center.gc_policy import tune

        tune()  # the collector as the service's process runs it
    # else: a checkout whose service leaves the collector at CPython's defaults
    collector = list(gc.get_threshold())
    items = _items(args.stream, args.feed)
    if args.mode == "digest":
        digest, incidents = decisions(Correlator, items)
        return {"digest": digest, "incidents": incidents, "module": module, "gc": collector}
    if args.mode == "count":  # under callgrind: feed them all, or none (--feed 0 reads the stream only)
        c = Correlator()
        for it in items:
            c.feed(it, it.t)
        return {"fed": len(items), "gc": collector}
    warm = len(items) // 3
    gc.collect()
    c = Correlator()
    for it in items[:warm]:
        c.feed(it, it.t)
    windows = [c.open_window_size()]
    gc.collect()
    timed = items[warm:]
    full = {"n": 0.0, "s": 0.0}  # full collections in the timed part, and their seconds (wall clock)

    def on_collection(phase: str, info: dict[str, int]) -> None:
        if info["generation"] != 2:
            return
        if phase == "start":
            full["s"] -= time.perf_counter()
        else:
            full["n"] += 1
            full["s"] += time.perf_counter()

    gc.callbacks.append(on_collection)
    w0, c0 = time.perf_counter(), time.process_time()
    for it in timed:
        c.feed(it, it.t)
    w1, c1 = time.perf_counter(), time.process_time()
    gc.callbacks.remove(on_collection)
    windows.append(c.open_window_size())
    rates = {"wall": len(timed) / (w1 - w0), "cpu": len(timed) / (c1 - c0)}
    return {**rates, "windows": windows, "full": [int(full["n"]), full["s"]], "gc": collector}


# -- the driver: runs in this checkout -------------------------------------------------
def write_stream(n: int) -> str:
    """The first ``n`` items of the city stream (:func:`bench.ops.stream`) as plain values
    in a new file (the caller removes it): every side reads the same items."""
    from bench.ops import stream

    rows: list[Row] = [
        (i.key, i.kind.value, i.agency, i.feed, i.category, i.severity.value, i.x, i.y, i.t, i.source_id)
        for i in stream(n, 36_000.0)
    ]
    with tempfile.NamedTemporaryFile(suffix=".pickle", delete=False) as f:
        pickle.dump(rows, f)
        return f.name


def run_side(checkout: Path, stream: str, mode: str, feed: int | None = None, valgrind: bool = False) -> Any:
    """Run one side in a fresh interpreter on ``checkout`` (``mode``: time, digest, count);
    its result, or with ``valgrind`` the instructions callgrind counted."""
    env = dict(os.environ, PYTHONPATH=str(checkout), PYTHONHASHSEED="0")
    cmd = [sys.executable, str(Path(__file__).resolve()), "--side", "--stream", stream, "--mode", mode]
    if feed is not None:
        cmd += ["--feed", str(feed)]
    if valgrind:
        cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd]
    out = subprocess.run(cmd, env=env, cwd=checkout, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"{checkout} {mode}: {out.stderr[-2000:]}")
    if valgrind:
        m = re.search(r"Collected : (\d+)", out.stderr)
        if m is None:
            raise SystemExit(f"no instruction count from callgrind: {out.stderr[-500:]}")
        return int(m.group(1))
    return json.loads(out.stdout.strip().splitlines()[-1])


def _naive(n_items: int, naive_n: int) -> tuple[float, int]:
    """Items/s of :class:`bench.ops.NaiveCorrelator` (this checkout) on the same stream."""
    from bench.ops import stream, time_naive

    return time_naive(stream(n_items, 36_000.0), n_items // 3, naive_n)


def _load() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--old", type=Path, help="the other checkout (a worktree of the old commit)")
    ap.add_argument("--new", type=Path, default=Path())
    ap.add_argument("--rounds", type=int, default=5, help="new runs (each between two old runs)")
    ap.add_argument("--items", type=int, default=90_000)
    ap.add_argument("--naive", type=int, default=100, help="items timed through the naive baseline (0: none)")
    ap.add_argument("--callgrind", type=int, default=0, help="items fed under callgrind per side (0: none)")
    ap.add_argument(
        "--callgrind-from", type=int, default=0, help="count only the items after this many (the window filled)"
    )
    ap.add_argument("--side", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--stream", help=argparse.SUPPRESS)
    ap.add_argument("--mode", default="time", help=argparse.SUPPRESS)
    ap.add_argument("--feed", type=int, default=None, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.side:
        print(json.dumps(_side(a)))
        return
    if a.old is None:
        ap.error("--old is required")
    old, new = a.old.resolve(), a.new.resolve()
    path = write_stream(a.items)
    try:
        blob = Path(path).read_bytes()
        print(f"stream: {a.items:,} items (city 36 km), sha256 {hashlib.sha256(blob).hexdigest()[:16]}")
        dig = {side: run_side(ck, path, "digest") for side, ck in (("old", old), ("new", new))}
        print(f"old: {dig['old']['module']}\nnew: {dig['new']['module']}")
        same = dig["old"]["digest"] == dig["new"]["digest"]
        print(
            f"decisions {'the same' if same else 'DIFFERENT'} "
            f"(incidents old {dig['old']['incidents']:,}, new {dig['new']['incidents']:,}); "
            f"collector thresholds old {tuple(dig['old']['gc'])}, new {tuple(dig['new']['gc'])}"
        )
        runs: dict[str, list[dict[str, Any]]] = {"old": [], "new": []}
        # old, new, old, new, ..., old: each new run is compared with the old runs on either
        # side of it, so a load that rises or falls through the series favours neither side
        order = [("old", old), ("new", new)] * a.rounds + [("old", old)] if a.rounds else []
        for i, (side, ck) in enumerate(order):
            res = run_side(ck, path, "time")
            runs[side].append(res)
            w = res["windows"]
            print(
                f"run {i + 1} {side}: {res['wall']:,.0f} items/s wall, {res['cpu']:,.0f} CPU; "
                f"window {w[0]:,} / {w[1]:,}; full collections {res['full'][0]} ({res['full'][1]:.2f} s) "
                f"(load {_load()})",
                flush=True,
            )
        for clock in ("cpu", "wall") if a.rounds else ():
            olds = [x[clock] for x in runs["old"]]
            ratios = [x[clock] / ((olds[i] + olds[i + 1]) / 2) for i, x in enumerate(runs["new"])]
            print(
                f"{clock}: new median {statistics.median(x[clock] for x in runs['new']):,.0f} items/s, "
                f"old median {statistics.median(olds):,.0f}; new / mean of the old runs beside it: "
                f"median {statistics.median(ratios):.2f} (range {min(ratios):.2f}-{max(ratios):.2f}, "
                f"{len(ratios)} new runs)"
            )
        if a.naive:
            rate, window = _naive(a.items, a.naive)
            print(f"naive (compares each item with the whole window): {rate:,.0f} items/s, window {window:,}")
        if a.callgrind:
            n, n0 = a.callgrind, a.callgrind_from
            sides = (("old", old), ("new", new))
            base = {side: run_side(ck, path, "count", n0, valgrind=True) for side, ck in sides}
            fed = {side: run_side(ck, path, "count", n, valgrind=True) for side, ck in sides}
            ins = {side: fed[side] - base[side] for side in fed}
            print(
                f"callgrind, items {n0:,} to {n:,}: old {ins['old'] / 1e9:.3f} G instructions, "
                f"new {ins['new'] / 1e9:.3f} G (new/old {ins['new'] / ins['old']:.3f}); "
                f"the first {n0:,} (with the start and the stream) {base['old'] / 1e9:.3f} / {base['new'] / 1e9:.3f} G"
            )
    finally:
        os.unlink(path)


if __name__ == "__main__":
    main()
