"""``soc simulate``: publish a scenario (or replay a recording) over MQTT.

    soc simulate SCENARIO [--speed N] [--seed S] [--duration D] [--start ISO]
                 [--repeat] [--record FILE] [--truth FILE] [--registry FILE] [--dry-run]
    soc simulate --replay FILE [--speed N] [--repeat]
    soc respond [--seed S] [--agency NAME ...]   simulated agency desks answer dispatches

``--speed 60`` runs one simulated minute per second; ``--speed 0`` as fast as
the broker acknowledges. Durations are ``90s``, ``45m``, ``12h`` or seconds.
"""

from __future__ import annotations

import argparse
import re
import signal
import threading
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from common.settings import Settings
from sim.registry import DEFAULT_PATH
from sim.responder import PROFILES
from sim.scenarios import SCENARIOS

_DURATION = re.compile(r"^(\d+(?:\.\d+)?)([smhd]?)$")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(text: str) -> timedelta:
    """``90s``, ``45m``, ``12h``, ``1d`` or plain seconds → timedelta (positive)."""
    match = _DURATION.match(text.strip())
    if match is None or float(match.group(1)) <= 0:
        raise argparse.ArgumentTypeError(f"not a duration: {text!r} (e.g. 90s, 45m, 12h)")
    return timedelta(seconds=float(match.group(1)) * _UNITS[match.group(2)])


def parse_start(text: str) -> datetime:
    """An ISO 8601 instant with an offset (simulated start)."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 time: {text!r}") from exc
    if value.tzinfo is None:
        raise argparse.ArgumentTypeError("the start needs an offset, e.g. 2026-09-28T06:00+08:00")
    return value


#: Above this, consecutive 60-second readings of one device would be less than
#: the 1 ms timestamp resolution apart and collide; use --speed 0 instead.
MAX_SPEED = 36_000.0


def _speed(text: str) -> float:
    try:
        value = float(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from exc
    if not 0 <= value <= MAX_SPEED:
        raise argparse.ArgumentTypeError(f"speed must be 0 (no pacing) or up to {MAX_SPEED:.0f}")
    return value


def register(subparsers: Any) -> None:
    """Add ``simulate`` to the ``soc`` parser."""
    p = subparsers.add_parser(
        "simulate",
        help="publish a scenario over MQTT with the agency accounts (docs/simulator.md)",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("scenario", nargs="?", choices=sorted(SCENARIOS), help="scenario to run")
    p.add_argument("--speed", type=_speed, default=60.0, help="simulated seconds per second; 0 = at once")
    p.add_argument("--seed", type=int, default=1, help="random seed (same seed, same messages)")
    p.add_argument("--duration", type=parse_duration, help="length of one pass (default per scenario)")
    p.add_argument("--start", type=parse_start, help="simulated start (default: now)")
    p.add_argument("--repeat", action="store_true", help="loop until interrupted")
    p.add_argument("--record", type=Path, help="append published messages to this JSONL file")
    p.add_argument("--replay", type=Path, help="republish a recording instead of a scenario")
    p.add_argument("--truth", type=Path, help="write the pass's ground truth (JSON) here")
    p.add_argument("--registry", type=Path, default=DEFAULT_PATH, help="sensor registry GeoJSON")
    p.add_argument("--dry-run", action="store_true", help="generate, record and write truth; publish nothing")
    p.set_defaults(handler=_simulate)

    r = subparsers.add_parser(
        "respond",
        help="simulated agency desks acknowledge the center's dispatches over MQTT (docs/simulator.md)",
    )
    r.add_argument("--seed", type=int, default=1, help="random seed (same seed, same answers)")
    r.add_argument("--agency", action="append", choices=sorted(PROFILES),
                   help="answer for this agency (repeatable; default: every agency)")
    r.set_defaults(handler=_respond)


def _respond(settings: Settings, args: argparse.Namespace) -> int:
    from sim.agencies import run_responders

    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda signum, frame: stop.set())
    stats = run_responders(settings, stop, seed=args.seed, agencies=tuple(args.agency or sorted(PROFILES)))
    print(f"received {stats.received} assignment message(s), {stats.malformed} malformed; published "
          + (", ".join(f"{k} {v}" for k, v in sorted(stats.published.items())) or "nothing"))
    return 0


def _simulate(settings: Settings, args: argparse.Namespace) -> int:
    from sim.publisher import RunOptions, run_simulation

    if (args.scenario is None) == (args.replay is None):
        print("soc simulate: give either a SCENARIO or --replay FILE")
        return 2
    opts = RunOptions(
        scenario=args.scenario,
        speed=args.speed,
        seed=args.seed,
        duration=args.duration,
        start=args.start,
        repeat=args.repeat,
        record=args.record,
        replay=args.replay,
        truth=args.truth,
        registry=args.registry,
        dry_run=args.dry_run,
    )
    # SIGTERM (e.g. from `make demo` stopping its processes) ends the run cleanly:
    # the clients disconnect, so the broker sends no last will.
    stop = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda signum, frame: stop.set())
    try:
        stats = run_simulation(settings, opts, stop)
    finally:
        signal.signal(signal.SIGTERM, previous)
    print(
        f"published {stats.published} messages in {stats.passes} pass(es): "
        f"{stats.acknowledged} acknowledged, {stats.refused} refused"
    )
    return 0 if stats.refused == 0 else 1
