"""One table refusing writes while the others take theirs: which, since when, and when to
drain the spool.

A full tablespace under ``readings`` (or a grant revoked on it) refuses every reading while
``events``, ``quarantine``, ``ingest_counters`` and the heartbeats still take their rows; so
for ``events``, and for ``quarantine`` (the messages the parser refuses: spooled raw, they are
quarantined when drained). The tables spooled are :data:`ingest.store.SPOOLED_TABLES`; a
refusal of ``ingest_counters`` or of the spool itself refuses every batch and is held as an
outage.
Holding the whole stream for it would stop the events too and, held past the supervisor's
stale limit, get ingest restarted again and again. Instead the worker stores each batch but
the messages that write the refusing table, which go raw to ``ingest_spool`` in the same
transaction (:meth:`ingest.store.Store.store_spooling`), and acknowledges the batch. Every
:data:`DRAIN_EVERY_S` one database thread tries the spool again
(:meth:`ingest.store.Store.drain_spool`): stored, counted and deleted in one transaction,
so each message is stored once; the first drain that succeeds ends the refusal.

States of one table::

    accepting ──(a write refused: 53100, 42501, 25006)──► refusing (spooling, since T)
        ▲                                                        │
        └──────────── a drain of the spool commits ◄─────────────┘

:class:`Refusals` is that state for every table, shared by the worker's threads (a lock);
the clock is an argument. Its :meth:`Refusals.detail` goes into ingest's heartbeat, from
where ``/api/health`` and the wall say which table refuses and since when
(:func:`common.health.read_refusals`).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import datetime

from common.logging import log_event

log = logging.getLogger(__name__)

#: How often a refusing table is tried again, by draining the spool into it.
DRAIN_EVERY_S = 5.0
#: Spooled messages stored per drain transaction.
DRAIN_BATCH = 500


@dataclass(frozen=True, slots=True)
class Refusal:
    """A table refusing writes since ``since`` (the worker's first refused write), as
    ``sqlstate`` said."""

    table: str
    since: datetime
    sqlstate: str | None


class Refusals:
    """The tables refusing this worker's writes and whether the spool may hold messages.

    Thread-safe. The spool is taken to hold messages at start (a previous process may have
    left some), after each spooling and after a failed drain; a drain that takes fewer than
    :data:`DRAIN_BATCH` empties it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._refused: dict[str, Refusal] = {}
        self._pending = True
        self._more = False  # the last drain took a full batch: take the next at once
        self._tried_at = float("-inf")
        #: Messages spooled by this process.
        self.spooled = 0

    def tables(self) -> frozenset[str]:
        """The tables refusing writes now."""
        with self._lock:
            return frozenset(self._refused)

    def refuse(self, table: str, sqlstate: str | None, now: datetime) -> None:
        """``table`` refused a write at ``now``; logged once, until it takes writes again."""
        with self._lock:
            self._pending = True
            if table in self._refused:
                return
            self._refused[table] = Refusal(table, now, sqlstate)
        log_event(log, "table_refuses_writes", logging.WARNING, table=table, sqlstate=sqlstate)

    def spooled_some(self, n: int) -> None:
        """``n`` messages went to the spool."""
        with self._lock:
            self.spooled += n
            self._pending = self._pending or n > 0

    def drain_due(self, now_mono: float) -> bool:
        """Whether to drain now (``now_mono``: a monotonic clock): the spool may hold messages,
        and the last drain was at least :data:`DRAIN_EVERY_S` ago or took a full batch."""
        with self._lock:
            if not self._pending or (not self._more and now_mono - self._tried_at < DRAIN_EVERY_S):
                return False
            self._tried_at = now_mono
            self._pending = self._more = False
            return True

    def drained(self, taken: int) -> None:
        """A drain committed, ``taken`` messages stored from the spool: every table takes
        writes again (those that refused had their turn in it, or the next batch tries them)."""
        with self._lock:
            if taken >= DRAIN_BATCH:
                self._pending = self._more = True
            ended, self._refused = list(self._refused.values()), {}
        for r in ended:
            log_event(log, "table_accepts_writes", table=r.table, since=r.since.isoformat(), drained=taken)

    def drain_failed(self) -> None:
        """A drain did not commit: the spool still holds its messages."""
        with self._lock:
            self._pending = True

    def detail(self) -> list[dict[str, object]]:
        """The refusals for the heartbeat (``refused``: table, since, sqlstate)."""
        with self._lock:
            return [{"table": r.table, "since": r.since.isoformat(), "sqlstate": r.sqlstate}
                    for r in self._refused.values()]


__all__ = ["DRAIN_BATCH", "DRAIN_EVERY_S", "Refusal", "Refusals"]
