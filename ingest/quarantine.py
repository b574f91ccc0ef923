"""Dead letters: list them and replay them (the command shared by ``soc quarantine`` and the API).

A replay re-parses pending quarantined messages against the current sensor
registry in one transaction: rows that now parse are stored (or found
duplicate), the others are quarantined again as new rows; every replayed row is
marked ``replayed_at``, and a replay counts as a new receipt in
``ingest_counters``; the audit log names who replayed. The caller owns the
transaction: replay and audit row commit together.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import psycopg

from common import audit
from common.settings import Settings
from ingest.parsing import limits_from, parse_or_reject
from ingest.store import Message, Store


@dataclass(frozen=True, slots=True)
class ReplayResult:
    """What one replay did: rows taken, and how they came out."""

    replayed: int
    stored: int
    duplicate: int
    quarantined_again: int


def replay(conn: psycopg.Connection, settings: Settings, *, reason: str | None, limit: int,
           now: datetime, actor: str) -> ReplayResult:
    """Replay up to ``limit`` pending dead letters (of ``reason``, or all) for ``actor``; the caller commits."""
    store = Store(conn, notify_seen=settings.ingest.notify_seen)
    registry = store.load_registry()
    rows = store.lock_pending(reason=reason, limit=limit)
    limits = limits_from(settings)
    messages = [Message(r.topic, r.payload, parse_or_reject(r.topic, r.payload, now, registry, limits))
                for r in rows]
    total = store.store_batch(messages, replayed=[(r.id, r.time) for r in rows]).total()
    audit.record(conn, actor=actor, action="quarantine.replay", subject_type="quarantine",
                 subject_id=reason or "*", detail={"count": len(rows)})
    return ReplayResult(len(rows), total.stored, total.duplicate, total.quarantined)
