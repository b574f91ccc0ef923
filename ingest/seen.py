"""What a committed batch tells the wall: which sources were just seen, and their status.

Pure: builds the ``soc_ingest_seen`` notification payloads (contract in
docs/mqtt.md, "Push to the wall") from a batch and the per-message insert counts.
The store sends them with ``pg_notify`` inside the batch transaction, so they are
delivered only when the rows they announce are visible. They are hints for the
wall's fast path, never the record: the wall reconciles by reading the database.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from functools import lru_cache
from typing import Protocol

from ingest.payloads import Event, Reading

CHANNEL = "soc_ingest_seen"
#: PostgreSQL refuses payloads of 8,000 bytes or more; keep a margin.
MAX_PAYLOAD_BYTES = 7_900


class _Result(Protocol):
    @property
    def readings(self) -> tuple[Reading, ...]: ...

    @property
    def events(self) -> tuple[Event, ...]: ...


def _ms(t: datetime) -> int:
    return int(t.timestamp() * 1000)


@lru_cache(maxsize=65_536)
def _quoted(s: str) -> str:
    """``s`` as a JSON string (source ids and states repeat batch after batch)."""
    return json.dumps(s, ensure_ascii=False)


def collect(
    results: Iterable[tuple[int, _Result]], inserted: Mapping[int, int]
) -> tuple[dict[str, int], dict[str, str]]:
    """Newest observation (epoch ms) per source and newest status per source.

    Only messages that inserted at least one row count: a duplicate announces
    nothing new. ``results`` pairs each valid message's batch index with its rows.
    """
    newest: dict[str, datetime] = {}
    status: dict[str, tuple[datetime, str]] = {}
    for i, r in results:
        if not inserted.get(i):
            continue
        for x in r.readings:
            t = newest.get(x.sensor_id)
            if t is None or x.time > t:
                newest[x.sensor_id] = x.time
        for e in r.events:
            if e.feed == "status":
                if e.category is not None and (e.source_id not in status or e.time >= status[e.source_id][0]):
                    status[e.source_id] = (e.time, e.category)
            else:
                t = newest.get(e.source_id)
                if t is None or e.time > t:
                    newest[e.source_id] = e.time
    # Converted once per source, not per reading (this runs on the database thread).
    seen = {sid: _ms(t) for sid, t in newest.items()}
    return seen, {sid: st for sid, (_, st) in status.items()}


def payloads(seen: Mapping[str, int], status: Mapping[str, str]) -> list[str]:
    """Split into complete JSON objects of at most :data:`MAX_PAYLOAD_BYTES` each.

    Each source appears in exactly one payload per key; order is not meaningful.
    """
    out: list[str] = []
    parts: dict[str, list[str]] = {"seen": [], "status": []}
    size = 2  # the braces

    def flush() -> None:
        nonlocal size
        body = ",".join(
            f'"{k}":{{{",".join(v)}}}' for k, v in parts.items() if v
        )
        if body:
            out.append("{" + body + "}")
        parts["seen"], parts["status"] = [], []
        size = 2

    items: Sequence[tuple[str, str]] = [
        *(("seen", f"{_quoted(sid)}:{ms}") for sid, ms in seen.items()),
        *(("status", f"{_quoted(sid)}:{_quoted(st)}") for sid, st in status.items()),
    ]
    for key, item in items:
        # key header '"status":{' + '}' + separators: at most 13 bytes on first use.
        cost = len(item.encode()) + 1 + (0 if parts[key] else 13)
        if size + cost > MAX_PAYLOAD_BYTES and (parts["seen"] or parts["status"]):
            flush()
            cost = len(item.encode()) + 1 + 13
        if size + cost > MAX_PAYLOAD_BYTES:
            continue  # one source id longer than a payload: cannot be announced; the poll covers it
        parts[key].append(item)
        size += cost
    flush()
    return out
