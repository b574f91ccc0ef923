"""Benchmark: one checkout's MQTT payload parser against another's, each in its own fresh process.

Run from this checkout::

    flock /tmp/soc-bench.lock env PYTHONPATH=. .venv/bin/python -m bench.ingest_parse_ab --old /tmp/base \
        [--new .] [--rounds 5] [--minutes 60] [--passes 3]

The messages are the simulator's typhoon scenario (every feed, the injected faults
included) for ``--minutes`` of scenario time, generated once by this checkout and
written to a file, so both sides parse the same bytes. Each side runs in a fresh
interpreter whose ``PYTHONPATH`` is its own checkout and parses every message
``--passes`` times with its own :func:`ingest.payloads.parse_message` (what the ingest
worker does per message before storing), timing the CPU of the passes after a first
untimed one. The sides alternate, old first and last; the printed ratio is each new run's
messages/s over the mean of the two old runs beside it, median and range (1.00: as fast;
below 1: the new parser is slower). Both sides' outcomes are counted per reason, so a
difference in what is accepted shows beside the speed.

A side's child is this file run by path (``--side``): it imports only the standard
library until it loads the checkout it is given.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any


def _side(stream: str, passes: int) -> dict[str, Any]:
    from datetime import UTC, datetime

    from ingest.errors import MessageRejectedError
    from ingest.payloads import Limits, parse_message

    with open(stream, "rb") as f:
        now_ts, registry, messages = pickle.load(f)
    now = datetime.fromtimestamp(now_ts, UTC)
    limits = Limits()
    outcomes: Counter[str] = Counter()

    def one_pass(count: bool) -> None:
        for topic, payload in messages:
            try:
                parse_message(topic, payload, now=now, registry=registry, limits=limits)
                if count:
                    outcomes["parsed"] += 1
            except MessageRejectedError as exc:
                if count:
                    outcomes[str(exc.reason)] += 1

    one_pass(True)
    t0 = time.process_time()
    for _ in range(passes):
        one_pass(False)
    cpu = time.process_time() - t0
    return {"msgs_per_s": passes * len(messages) / cpu, "outcomes": dict(outcomes), "messages": len(messages)}


def write_stream(minutes: float) -> str:
    """The simulator's typhoon messages for ``minutes`` of scenario time, with the registry."""
    from datetime import UTC, datetime, timedelta

    from sim.registry import load_registry
    from sim.scenarios import get_scenario

    registry = load_registry()
    start = datetime(2026, 9, 1, 0, 0, tzinfo=UTC)
    duration = timedelta(minutes=minutes)
    messages = [(m.topic, m.payload) for m in get_scenario("typhoon").generate(registry, start, 7, duration)]
    kinds = {s.sensor_id: s.kind for s in registry}
    now = (start + duration + timedelta(seconds=5)).timestamp()
    fd, path = tempfile.mkstemp(prefix="soc-parse-ab-", suffix=".pickle")
    with os.fdopen(fd, "wb") as f:
        pickle.dump((now, kinds, messages), f)
    return path


def run_side(checkout: Path, stream: str, passes: int) -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=str(checkout))
    cmd = [sys.executable, str(Path(__file__).resolve()), "--side", stream, "--passes", str(passes)]
    out = subprocess.run(cmd, env=env, cwd=checkout, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"side {checkout} failed:\n{out.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--old", type=Path, help="checkout of the old side")
    ap.add_argument("--new", type=Path, default=Path("."), help="checkout of the new side (default: here)")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--minutes", type=float, default=60.0, help="scenario minutes of typhoon messages")
    ap.add_argument("--passes", type=int, default=3, help="timed passes over the messages per run")
    ap.add_argument("--side", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.side:
        # run by path, the script's own directory comes first and its bench/ingest.py would
        # shadow the checkout's ingest package
        here = str(Path(__file__).resolve().parent)
        sys.path[:] = [p for p in sys.path if p and Path(p).resolve() != Path(here)]
        print(json.dumps(_side(args.side, args.passes)))
        return
    if args.old is None:
        ap.error("--old is required")
    stream = write_stream(args.minutes)
    try:
        old_runs = [run_side(args.old.resolve(), stream, args.passes)]
        ratios, new_rates = [], []
        for _ in range(args.rounds):
            new = run_side(args.new.resolve(), stream, args.passes)
            old_runs.append(run_side(args.old.resolve(), stream, args.passes))
            beside = (old_runs[-2]["msgs_per_s"] + old_runs[-1]["msgs_per_s"]) / 2
            new_rates.append(new["msgs_per_s"])
            ratios.append(new["msgs_per_s"] / beside)
            print(f"new {new['msgs_per_s']:,.0f} msg/s  old beside {beside:,.0f}  ratio {ratios[-1]:.3f}", flush=True)
        print(f"messages {new['messages']:,} per pass; outcomes old {old_runs[0]['outcomes']}; new {new['outcomes']}")
        print(f"new median {statistics.median(new_rates):,.0f} msg/s; old median "
              f"{statistics.median(r['msgs_per_s'] for r in old_runs):,.0f}; new / old {statistics.median(ratios):.3f} "
              f"({min(ratios):.3f}-{max(ratios):.3f})")
    finally:
        os.unlink(stream)


if __name__ == "__main__":
    main()
