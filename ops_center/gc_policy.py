"""How the ops center's process (``soc ops run``) runs the garbage collector.

The correlator holds its open window and everything it remembers for the retention
period (some 300,000 objects with about 10,000 items in the window): incidents, their
members, areas and indexes. That state lives for hours and holds no reference cycle:
reference counting frees every part of it when it is forgotten, and a full collection
finds nothing to free in it (``gc.get_stats()`` after a 90,000-item stream: 0
collected by the full collections). With CPython's default thresholds a full
collection runs each time the old generation has grown by a quarter, every 17,000
to 20,000 items of the benchmark's city stream, and each one walks the whole state:
8 % of the correlator's CPU time there (``docs/benchmarks/ops_center.md``).

:func:`tune` keeps the young generations as they are (short-lived cycles, a poll's or
an exception's, are still collected young) and lets a full collection run only after
:data:`FULL_AFTER` collections of the middle generation instead of 10: one about every
170,000 items. Cycles that outlive the young generations wait that long to be freed.

The benchmark of the correlator (``bench.ops_ab``) calls :func:`tune` as the service
does, so it times what the service runs.
"""

from __future__ import annotations

import gc

#: Collections of the middle generation between two full collections (CPython: 10).
#: Not tuned on a stream: ten times the default, so a full collection comes about ten
#: times less often (about every 170,000 items of the city stream).
FULL_AFTER = 100


def tune() -> None:
    """Set the collector's thresholds for the ops center's process (once, at its start)."""
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, FULL_AFTER)


__all__ = ["FULL_AFTER", "tune"]
