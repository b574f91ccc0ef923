"""Benchmark: citizens' questions naming a road, against jobs of growing size.

Run (the checkout on ``PYTHONPATH`` is the one measured; a baseline is another checkout's
tree on ``PYTHONPATH`` in the same window)::

    flock /tmp/soc-bench.lock env PYTHONPATH=. .venv/bin/python -m bench.ops_questions \\
        [--sizes 100,1000,4000] [--calls 300] [--rounds 3]

Two jobs run 1-2 km from the callers: a fire whose police closure names 經貿路, and a
flood along 中清路 holding ``size`` reports (sensors' alarms and patrols' reports, none
naming 經貿路). Then ``--calls`` citizens ask, from 1.5 km away, whether 經貿路 can be
driven: half filed under the catch-all category with a text the vocabulary reads as
nothing (:mod:`ops_center.unread`), half as questions about a closure
(:mod:`ops_center.questions`). Each question reads which roads the jobs' reports name;
the flood names none of the ones asked about, so nothing cuts its reading short. Prints
the microseconds per question (median over the rounds) for each size: what the cost
of a question grows with.
"""

from __future__ import annotations

import argparse
import statistics
import time

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind

X0, Y0, T0 = 215_000.0, 2_675_000.0, 1_779_450_000.0
ROADS = ("經貿路", "中清路", "環中路", "河南路", "黎明路", "凱旋路", "臺灣大道", "中科路", "中平路")


def _item(key: str, feed: str, category: str, agency: str, dx: float, dy: float, t: float, text: str) -> Item:
    sev = CapSeverity.UNKNOWN if feed in {"119", "1999"} else CapSeverity.SEVERE
    return Item(key, ItemKind.EVENT, agency, feed, category, sev, X0 + dx, Y0 + dy, t, "", text)


def jobs(size: int) -> list[Item]:
    """The fire on 經貿路 and a flood along 中清路 of ``size`` reports, over 20 minutes."""
    out = [
        _item("fire", "119", "fire", "fire", 0.0, 0.0, T0, "火災：經貿路住宅大樓9樓廚房起火"),
        _item("closed", "incident", "road_closure", "police", 60.0, 40.0, T0 + 60.0, "經貿路 火警 封閉外側車道"),
    ]
    for i in range(size):
        dx = 1000.0 + (i % 40) * 5.0
        text = "中清路低窪處積水約30公分 車輛減速" if i % 2 else ""
        feed, cat, agency = ("incident", "flooding", "police") if i % 2 else ("alert", "flood_depth", "disaster")
        out.append(_item(f"w{i}", feed, cat, agency, dx, 0.0, T0 + 120.0 + i * (1200.0 / size), text))
    return out


def questions(calls: int, t: float) -> list[Item]:
    out = []
    for i in range(calls):
        if i % 2:
            out.append(_item(f"q{i}", "1999", "other", "citizen", 1500.0, -1000.0, t + i, "經貿路現在還能開進去嗎？"))
        else:
            out.append(_item(f"q{i}", "1999", "road_closure", "citizen", 1500.0, -1000.0, t + i, "經貿路為什麼封路？"))
    return out


def one(size: int, calls: int) -> float:
    """Microseconds per question against jobs of ``size`` reports."""
    c = Correlator(road_names=ROADS)
    setup = jobs(size)
    for it in setup:
        c.feed(it, it.t + 5.0)
    asked = questions(calls, setup[-1].t + 10.0)
    start = time.perf_counter()
    for it in asked:
        c.feed(it, it.t + 5.0)
    return (time.perf_counter() - start) / calls * 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,4000")
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    for size in (int(s) for s in args.sizes.split(",")):
        runs = [one(size, args.calls) for _ in range(args.rounds)]
        print(f"size {size:6d}: {statistics.median(runs):9.1f} us/question (min {min(runs):.1f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
