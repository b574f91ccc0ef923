"""The order in which a restart primes the evaluator's observation memory.

The evaluator took each reading when it was observed (:attr:`alerts.evaluate.Reading.observed`:
its date, or its receipt when dated after that), so a rate window holds a reading dated ahead
of its receipt before the on-time readings received after it. The database reads the readings
in the order of their key ``(time, sensor_id, metric)``, which its primary key covers; a
reading is observed at most ``ingest.max_future_skew_s`` before its date (ingest refuses one
dated further ahead of its receipt), so :func:`in_observed_order` restores the observation
order from that within a buffer of that slack. Pure: no I/O, no clock.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime, timedelta
from typing import Any

#: A reading row as the prime query returns it: (sensor_id, metric, time, value, received_at).
Row = tuple[Any, ...]


def in_observed_order(chunks: Iterable[Sequence[Row]], slack: timedelta) -> Iterator[list[Row]]:
    """The rows of ``chunks`` in the order ``(observed, time, sensor_id, metric)``, where
    observed is ``min(time, received_at)``, as lists yielded as soon as no later row can come
    before them.

    ``chunks`` must come in the order ``(time, sensor_id, metric)`` (keyset pages of the
    readings' key). Exact when no row is dated more than ``slack`` after its receipt (ingest's
    ``max_future_skew_s``); a row dated further ahead may stand after rows observed after it.
    Holds at most ``slack`` of rows (by date) beyond the current chunk; reads ``chunks`` lazily."""
    heap: list[tuple[datetime, datetime, str, str, Row]] = []
    for chunk in chunks:
        if not chunk:
            continue
        for row in chunk:
            sid, metric, t, _v, received = row
            # (time, sensor_id, metric) is the key: no two entries compare equal, rows never compared
            heapq.heappush(heap, (min(t, received), t, sid, metric, row))
        # every row still to come is dated at or after this chunk's last, so observed no
        # earlier than that less the slack: rows observed before that go now
        bound = chunk[-1][2] - slack
        out: list[Row] = []
        while heap and heap[0][0] < bound:
            out.append(heapq.heappop(heap)[-1])
        if out:
            yield out
    rest = [heapq.heappop(heap)[-1] for _ in range(len(heap))]
    if rest:
        yield rest
