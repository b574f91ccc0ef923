"""Per-message outcomes and per-source counters (pure).

Every delivered message has exactly one :class:`Outcome`. :class:`Tally` adds
outcomes up per :class:`CounterKey` (domain, feed, source_id) so one batch
becomes one counters upsert. The database enforces
``received = stored + duplicate + quarantined`` with a CHECK (migration 0010);
:meth:`Tally.add` keeps the same invariant by construction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from functools import lru_cache

from ingest.topics import MAX_SOURCE_ID_LEN, PREFIX


class Outcome(StrEnum):
    """Where one message ended."""

    STORED = "stored"
    DUPLICATE = "duplicate"
    QUARANTINED = "quarantined"


@dataclass(frozen=True, slots=True, order=True)
class CounterKey:
    """Counter row key; ordered so that upserts lock rows in one order (no deadlocks)."""

    domain: str
    feed: str
    source_id: str


UNPARSED = CounterKey("", "", "")


@lru_cache(maxsize=65_536)
def counter_key(topic: str) -> CounterKey:
    """The counter key of a topic, best effort: also for topics that fail validation.

    ``soc/v1/{domain}/{feed}/{source_id}`` → (domain, feed, source_id);
    ``.../status`` → (domain, "status", source_id); anything else → :data:`UNPARSED`
    (so that a flood of garbage topics cannot create unbounded counter rows).
    """
    parts = topic.split("/")
    if len(parts) not in (5, 6) or "/".join(parts[:2]) != PREFIX:
        return UNPARSED
    if len(parts) == 6 and parts[5] != "status":
        return UNPARSED
    domain, feed, source_id = parts[2][:32], parts[3][:32], parts[4][:MAX_SOURCE_ID_LEN]
    if any("\x00" in s for s in (domain, feed, source_id)):
        return UNPARSED
    return CounterKey(domain, "status" if len(parts) == 6 else feed, source_id)


@dataclass(slots=True)
class Counts:
    """Mutable counts of one key within one batch."""

    received: int = 0
    stored: int = 0
    duplicate: int = 0
    quarantined: int = 0
    late: int = 0
    rows_stored: int = 0
    rows_duplicate: int = 0


@dataclass(slots=True)
class Tally:
    """Counts of one batch, per key, and each key's newest reading time.

    ``newest`` feeds ``ingest_counters.last_reading_time`` (migration 0013): the
    wall's "last seen" without an index on every reading.
    """

    by_key: dict[CounterKey, Counts] = field(default_factory=dict)
    newest: dict[CounterKey, datetime] = field(default_factory=dict)

    def add(
        self,
        key: CounterKey,
        outcome: Outcome,
        *,
        late: bool = False,
        rows_stored: int = 0,
        rows_duplicate: int = 0,
        newest: datetime | None = None,
    ) -> None:
        """Count one message; ``late`` only counts for stored or duplicate messages.

        ``newest``: the message's newest reading time (stored or duplicate: the
        row is in ``readings`` either way).
        """
        if newest is not None:
            self._raise_newest(key, newest)
        c = self.by_key.get(key)
        if c is None:
            c = self.by_key[key] = Counts()
        c.received += 1
        if outcome is Outcome.STORED:
            c.stored += 1
        elif outcome is Outcome.DUPLICATE:
            c.duplicate += 1
        else:
            c.quarantined += 1
        if late and outcome is not Outcome.QUARANTINED:
            c.late += 1
        c.rows_stored += rows_stored
        c.rows_duplicate += rows_duplicate

    def total(self) -> Counts:
        """The sum over all keys."""
        t = Counts()
        for c in self.by_key.values():
            t.received += c.received
            t.stored += c.stored
            t.duplicate += c.duplicate
            t.quarantined += c.quarantined
            t.late += c.late
            t.rows_stored += c.rows_stored
            t.rows_duplicate += c.rows_duplicate
        return t

    def merge(self, other: Tally) -> None:
        """Add ``other``'s counts and newest times to this tally."""
        for key, c in other.by_key.items():
            dst = self.by_key.setdefault(key, Counts())
            for f in Counts.__slots__:
                setattr(dst, f, getattr(dst, f) + getattr(c, f))
        for key, t in other.newest.items():
            self._raise_newest(key, t)

    def _raise_newest(self, key: CounterKey, t: datetime) -> None:
        seen = self.newest.get(key)
        if seen is None or t > seen:
            self.newest[key] = t

    def rows(self) -> list[tuple[str, str, str, int, int, int, int, int, int, int, datetime | None]]:
        """One row per key, in key order: (domain, feed, source_id, received, ..., rows_duplicate, newest)."""
        newest = self.newest.get
        return [
            (
                k.domain,
                k.feed,
                k.source_id,
                c.received,
                c.stored,
                c.duplicate,
                c.quarantined,
                c.late,
                c.rows_stored,
                c.rows_duplicate,
                newest(k),
            )
            for k, c in sorted(self.by_key.items())
        ]
