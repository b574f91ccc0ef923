"""The ingest repository: all SQL of the package, and the one-transaction batch store.

:meth:`Store.store_batch` writes a batch of messages in ONE transaction. Readings
are first COPYed (binary) straight into ``readings`` inside a savepoint: almost
every batch holds only new keys, and that path costs PostgreSQL about half of the
staged one (docs/benchmarks/ingest.md). If any key is already present (a
redelivery, a sensor repeating itself, a key twice in the batch) the primary key
refuses the COPY, the savepoint is rolled back and the batch takes the staged
path: COPY into a temporary table, then ``INSERT ... ON CONFLICT DO NOTHING
RETURNING``, which tells per message which rows were new and which duplicates.
Events always take the staged path. Rejected messages go to ``quarantine`` raw,
with their reason; the per-source counters are upserted. Either all of it
commits or none of it does, so the counters always describe exactly what is in
the tables.

Errors come out as :class:`~ingest.errors.StoreError` with ``transient`` set by
:func:`common.errors.is_transient` (which counts a database that refuses every
write, a revoked privilege or a read-only server, as an outage); the caller retries transient ones with
backoff and bisect the batch on permanent ones (:meth:`Store.store_isolating`). One naming
``table`` is a refusal of that table's writes (:data:`WRITE_REFUSED`): the caller may store the
rest of the batch and spool the messages that write it (:meth:`Store.store_spooling`), to be
stored when it takes writes again (:meth:`Store.drain_spool`).
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any

import psycopg
import psycopg.errors
from psycopg.pq import TransactionStatus
from psycopg.types.json import Jsonb
from pydantic import Field, computed_field

from common.db import fetch_all
from common.errors import is_transient
from ingest.accounting import CounterKey, Outcome, Tally, counter_key
from ingest.errors import MessageRejectedError, QuarantineReason, StoreError
from ingest.payloads import Parsed
from ingest.seen import CHANNEL, collect, payloads

SQL_CREATE_STAGE = """
CREATE TEMP TABLE IF NOT EXISTS ingest_stage_readings (
    time timestamptz NOT NULL, sensor_id text NOT NULL, metric text NOT NULL,
    value double precision NOT NULL, msg integer NOT NULL
) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS ingest_stage_events (
    time timestamptz NOT NULL, source_id text NOT NULL, domain text NOT NULL, feed text NOT NULL,
    event_key text NOT NULL, category text, severity text, lon double precision,
    lat double precision, payload jsonb NOT NULL, msg integer NOT NULL,
    ends_at timestamptz, area text, radius_m double precision, follows text[]
) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS ingest_stage_counters (
    domain text NOT NULL, feed text NOT NULL, source_id text NOT NULL, received bigint NOT NULL,
    stored bigint NOT NULL, duplicate bigint NOT NULL, quarantined bigint NOT NULL, late bigint NOT NULL,
    rows_stored bigint NOT NULL, rows_duplicate bigint NOT NULL, last_reading_time timestamptz
) ON COMMIT DELETE ROWS;
"""

SQL_CLEAR_STAGE = (
    "DELETE FROM ingest_stage_readings; DELETE FROM ingest_stage_events; DELETE FROM ingest_stage_counters"
)

COPY_READINGS = "COPY ingest_stage_readings (time, sensor_id, metric, value, msg) FROM STDIN (FORMAT BINARY)"
READING_TYPES = ("timestamptz", "text", "text", "float8", "int4")
COPY_READINGS_DIRECT = "COPY readings (time, sensor_id, metric, value) FROM STDIN (FORMAT BINARY)"
READING_DIRECT_TYPES = ("timestamptz", "text", "text", "float8")
# After a batch had to take the staged path, the next ones go there directly:
# during a redelivery burst nearly every batch would be refused again.
STAGED_AFTER_CONFLICT = 8

# DISTINCT ON: a key repeated inside one batch is credited to its first message.
SQL_MOVE_READINGS = """
WITH src AS (
    SELECT DISTINCT ON (sensor_id, metric, time) time, sensor_id, metric, value, msg
    FROM ingest_stage_readings
    ORDER BY sensor_id, metric, time, msg
), ins AS (
    INSERT INTO readings (time, sensor_id, metric, value)
    SELECT time, sensor_id, metric, value FROM src
    ON CONFLICT DO NOTHING
    RETURNING sensor_id, metric, time
)
SELECT src.msg, count(*)::int FROM src JOIN ins USING (sensor_id, metric, time) GROUP BY src.msg
"""

COPY_EVENTS = (
    "COPY ingest_stage_events (time, source_id, domain, feed, event_key, category, severity,"
    " lon, lat, payload, msg, ends_at, area, radius_m, follows) FROM STDIN (FORMAT BINARY)"
)
def _json_text(text: str) -> str:
    """An event's payload is already JSON text: store it as the document it holds
    (the jsonb dumper would otherwise encode the text once more, as a JSON string)."""
    return text


EVENT_TYPES = (
    "timestamptz",
    "text",
    "text",
    "text",
    "text",
    "text",
    "text",
    "float8",
    "float8",
    "jsonb",
    "int4",
    "timestamptz",
    "text",
    "float8",
    "text[]",
)

# A report without its own location takes its registered device's (contract 2).
SQL_MOVE_EVENTS = """
WITH src AS (
    SELECT DISTINCT ON (source_id, feed, event_key, time) *
    FROM ingest_stage_events
    ORDER BY source_id, feed, event_key, time, msg
), ins AS (
    INSERT INTO events (time, source_id, domain, feed, event_key, category, severity, geom, payload,
                        ends_at, area, radius_m, follows)
    SELECT src.time, src.source_id, src.domain, src.feed, src.event_key, src.category,
           src.severity, COALESCE(ST_SetSRID(ST_MakePoint(src.lon, src.lat), 4326), s.geom),
           src.payload, src.ends_at, ST_SetSRID(ST_GeomFromGeoJSON(src.area), 4326), src.radius_m,
           src.follows
    FROM src LEFT JOIN sensors s ON s.sensor_id = src.source_id
    ON CONFLICT DO NOTHING
    RETURNING source_id, feed, event_key, time
)
SELECT src.msg, count(*)::int FROM src JOIN ins USING (source_id, feed, event_key, time)
GROUP BY src.msg
"""

COPY_QUARANTINE = "COPY quarantine (topic, payload, reason, detail, source_id) FROM STDIN (FORMAT BINARY)"
QUARANTINE_TYPES = ("text", "bytea", "text", "text", "text")

# Counter deltas are COPYed (psycopg's binary COPY rows are built in C; ten
# ``unnest`` arrays were dumped in Python, 8 % of the worker at full rate) and
# upserted in key order, so that concurrent workers lock rows in one order.
COPY_COUNTERS = (
    "COPY ingest_stage_counters (domain, feed, source_id, received, stored, duplicate, quarantined,"
    " late, rows_stored, rows_duplicate, last_reading_time) FROM STDIN (FORMAT BINARY)"
)
COUNTER_TYPES = ("text", "text", "text", "int8", "int8", "int8", "int8", "int8", "int8", "int8", "timestamptz")
SQL_UPSERT_COUNTERS = """
INSERT INTO ingest_counters AS c (domain, feed, source_id, received, stored, duplicate,
                                  quarantined, late, rows_stored, rows_duplicate, last_reading_time)
SELECT * FROM ingest_stage_counters ORDER BY domain, feed, source_id
ON CONFLICT (domain, feed, source_id) DO UPDATE SET
    received = c.received + EXCLUDED.received,
    stored = c.stored + EXCLUDED.stored,
    duplicate = c.duplicate + EXCLUDED.duplicate,
    quarantined = c.quarantined + EXCLUDED.quarantined,
    late = c.late + EXCLUDED.late,
    rows_stored = c.rows_stored + EXCLUDED.rows_stored,
    rows_duplicate = c.rows_duplicate + EXCLUDED.rows_duplicate,
    last_reading_time = greatest(c.last_reading_time, EXCLUDED.last_reading_time),
    last_at = now()
"""

SQL_MARK_REPLAYED = """
UPDATE quarantine SET replayed_at = now()
WHERE (id, time) IN (SELECT * FROM unnest(%s::bigint[], %s::timestamptz[]))
"""

SQL_REGISTRY = "SELECT sensor_id, kind FROM sensors"

#: A write the database refuses for the state of a table, not for the row (PostgreSQL,
#: Appendix A): 53100 disk_full (its tablespace is full), 42501 insufficient_privilege (a
#: revoked grant), 25006 read_only_sql_transaction. Met on one table while the others take
#: their rows, the messages that write it are spooled (:meth:`Store.store_spooling`).
WRITE_REFUSED = frozenset({"53100", "42501", "25006"})
#: The tables whose refusal is told apart, and so spooled: those a message writes by itself,
#: its rows or, refused by the parser, its quarantine row. Not ``ingest_counters`` (every batch,
#: every drain counts its messages in the same transaction: its refusal refuses them all),
#: nor ``ingest_spool`` (it is where they would go): their refusal holds the stream.
SPOOLED_TABLES = ("readings", "events", "quarantine")

COPY_SPOOL = "COPY ingest_spool (refused_by, topic, payload) FROM STDIN (FORMAT BINARY)"
SPOOL_TYPES = ("text", "text", "bytea")
#: The oldest spooled messages, locked: a second worker draining takes others.
SQL_SPOOL_TAKE = """
SELECT id, received_at, topic, payload FROM ingest_spool ORDER BY id LIMIT %s FOR UPDATE SKIP LOCKED
"""
SQL_SPOOL_DELETE = "DELETE FROM ingest_spool WHERE id = ANY(%s)"

# One round trip for all of a batch's notifications; delivered at COMMIT. The
# payloads travel as one text joined by U+001E, which JSON text never holds raw:
# psycopg dumps a text[] element by element in Python, escaping every quote (a
# tenth of the database threads' Python time at 1,000 sources per batch).
NOTIFY_SEPARATOR = "\x1e"
SQL_NOTIFY_SEEN = "SELECT count(pg_notify(%s, p)) FROM unnest(string_to_array(%s, chr(30))) AS p"

SQL_COUNTERS = """
SELECT domain, feed, source_id, received, stored, duplicate, quarantined, late,
       rows_stored, rows_duplicate, last_at, last_reading_time
FROM ingest_counters ORDER BY domain, feed, source_id
"""

SQL_QUARANTINE_LIST = """
SELECT id, time, topic, reason, detail, source_id, payload, replayed_at
FROM quarantine
WHERE (%(all)s OR replayed_at IS NULL)
  AND (%(reason)s::text IS NULL OR reason = %(reason)s::text)
ORDER BY time, id
LIMIT %(limit)s
"""

SQL_QUARANTINE_PENDING_LOCK = """
SELECT id, time, topic, reason, detail, source_id, payload, replayed_at
FROM quarantine
WHERE replayed_at IS NULL AND (%(reason)s::text IS NULL OR reason = %(reason)s::text)
ORDER BY time, id
LIMIT %(limit)s
FOR UPDATE SKIP LOCKED
"""


@dataclass(frozen=True, slots=True)
class Message:
    """One delivered MQTT message with its parse result (rows or a rejection)."""

    topic: str
    payload: bytes
    result: Parsed | MessageRejectedError


@dataclass(frozen=True, slots=True)
class CounterRow:
    r"""One row of ``ingest_counters``: the API shows the message counts per source
    (the row counts and times are ingest's own bookkeeping, ``exclude``\ d)."""

    domain: str
    feed: str
    source_id: str
    received: int
    stored: int
    duplicate: int
    quarantined: int
    late: int
    rows_stored: Annotated[int, Field(exclude=True)]
    rows_duplicate: Annotated[int, Field(exclude=True)]
    last_at: Annotated[datetime, Field(exclude=True)]
    last_reading_time: Annotated[datetime | None, Field(exclude=True)]


@dataclass(frozen=True, slots=True)
class QuarantineRow:
    """One row of ``quarantine`` (a dead letter).

    Serialised (the API), the raw ``payload`` is given as its size, its text when
    the bytes are UTF-8 and always as base64, so any bytes survive JSON.
    """

    id: int
    time: datetime
    topic: str
    reason: str
    detail: str
    source_id: str | None
    payload: Annotated[bytes, Field(exclude=True)]
    replayed_at: datetime | None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def size(self) -> int:
        """The payload's length in bytes."""
        return len(self.payload)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def payload_text(self) -> str | None:
        """The payload as text, when it is UTF-8."""
        try:
            return bytes(self.payload).decode("utf-8")
        except UnicodeDecodeError:
            return None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def payload_b64(self) -> str:
        """The payload in base64."""
        return base64.b64encode(bytes(self.payload)).decode("ascii")


def _text(s: str | None, limit: int = 1000) -> str | None:
    """Text PostgreSQL accepts: no NUL, valid UTF-8, bounded."""
    if s is None:
        return None
    return s[:limit].replace("\x00", "\\0").encode("utf-8", "replace").decode("utf-8")


#: A statement the database cancelled: a statement or lock timeout, an operator's
#: ``pg_cancel_backend`` (PostgreSQL, Appendix A: 57014 query_canceled, 55P03
#: lock_not_available). The database's state, not the input's: a batch cancelled is still
#: bisected (one too large for the timeout is stored in halves), but a single message
#: cancelled is retried like an outage, never quarantined.
CANCELLED_SQLSTATES = frozenset({"57014", "55P03"})


def _waited(exc: StoreError) -> StoreError:
    """``exc`` as a transient error: the caller retries it with backoff."""
    return StoreError(str(exc), sqlstate=exc.sqlstate, transient=True)


def _store_error(exc: psycopg.Error, writing: str | None = None) -> StoreError:
    """``exc`` as a :class:`StoreError`; ``writing``: the table being written when it came,
    named as the refusing table when the database refused the write (:data:`WRITE_REFUSED`)."""
    return StoreError(
        f"{type(exc).__name__}: {exc}".strip()[:500],
        sqlstate=exc.sqlstate,
        transient=is_transient(exc),
        table=writing if exc.sqlstate in WRITE_REFUSED else None,
    )


def writes(m: Message, table: str) -> bool:
    """Pure: whether ``m`` has rows for ``table`` (one of :data:`SPOOLED_TABLES`): readings or
    events when parsed, a quarantine row when refused."""
    r = m.result
    if isinstance(r, MessageRejectedError):
        return table == "quarantine"
    if table == "quarantine":
        return False
    return bool(r.readings) if table == "readings" else bool(r.events)


@dataclass(slots=True)
class PreparedBatch:
    """The rows of a batch, built in Python before any database work.

    ``readings`` are (time, sensor_id, metric, value), message by message;
    ``reading_counts[i]`` says how many of them message ``i`` has. ``outcomes``
    per message: (counter key, number of rows, late, newest reading time), with
    ``-1`` rows for a quarantined message.
    """

    readings: list[tuple[object, ...]]
    reading_counts: list[int]
    events: list[tuple[object, ...]]
    quarantine: list[tuple[object, ...]]
    outcomes: list[tuple[CounterKey, int, bool, datetime | None]]

    def staged_readings(self) -> Iterator[tuple[object, ...]]:
        """The readings with their message index, for the staging table."""
        rows = iter(self.readings)
        for i, n in enumerate(self.reading_counts):
            for _ in range(n):
                yield (*next(rows), i)


def prepare(messages: Sequence[Message]) -> PreparedBatch:
    """COPY rows and per-message bookkeeping of ``messages`` (pure)."""
    readings: list[tuple[object, ...]] = []
    counts: list[int] = []
    events: list[tuple[object, ...]] = []
    quarantine: list[tuple[object, ...]] = []
    outcomes: list[tuple[CounterKey, int, bool, datetime | None]] = []
    for i, m in enumerate(messages):
        r = m.result
        key = counter_key(m.topic)
        if isinstance(r, MessageRejectedError):
            quarantine.append((_text(m.topic), m.payload, str(r.reason), _text(r.detail), _text(r.source_id, 128)))
            outcomes.append((key, -1, False, None))
            counts.append(0)
            continue
        rs = r.readings
        newest = None
        if rs:
            readings.extend([(x.time, x.sensor_id, x.metric, x.value) for x in rs])
            newest = rs[0].time if len(rs) == 1 else max(x.time for x in rs)
        counts.append(len(rs))
        if r.events:
            events.extend(
                (e.time, e.source_id, e.domain, e.feed, e.event_key, e.category, e.severity, e.lon, e.lat,
                 Jsonb(e.payload, dumps=_json_text), i, e.ends, e.area, e.radius_m,
                 list(e.follows) if e.follows else None)
                for e in r.events
            )
        outcomes.append((key, len(rs) + len(r.events), r.late, newest))
    return PreparedBatch(readings, counts, events, quarantine, outcomes)


class Store:
    """Writes batches through one connection (not autocommit); replace it after a failure.

    ``notify_seen``: announce each batch's sources on ``soc_ingest_seen`` (the
    wall's push path, :mod:`ingest.seen`).
    """

    def __init__(self, conn: psycopg.Connection, *, notify_seen: bool = False) -> None:
        self.conn = conn
        self.notify_seen = notify_seen
        self._staged = False
        #: Batches left that skip the direct COPY (after a refused one).
        self._staged_only = 0
        #: How the readings of the batches so far went in: direct COPY or staged.
        self.direct_batches = 0
        self.staged_batches = 0
        #: The table being written (for :func:`_store_error`), while one of ``SPOOLED_TABLES`` is.
        self._writing: str | None = None

    def _ensure_stage(self) -> None:
        if not self._staged:
            with self.conn.transaction():
                self.conn.execute(SQL_CREATE_STAGE)
            self._staged = True

    def load_registry(self) -> dict[str, str]:
        """The sensor registry: ``sensor_id`` → ``kind``."""
        try:
            with self.conn.transaction():
                rows = self.conn.execute(SQL_REGISTRY).fetchall()
        except psycopg.Error as exc:
            raise _store_error(exc) from exc
        return dict(rows)

    def store_batch(
        self,
        messages: Sequence[Message],
        *,
        replayed: Sequence[tuple[int, datetime]] = (),
        prepared: PreparedBatch | None = None,
    ) -> Tally:
        """Store ``messages`` in one transaction and return their counts.

        ``replayed`` lists quarantine rows ``(id, time)`` these messages come from;
        they are marked replayed in the same transaction. ``prepared`` is
        :func:`prepare` of ``messages``, when the caller built it already (the
        worker does so on its parsing thread, see :mod:`ingest.consumer`).

        Called inside a transaction the caller holds (quarantine replay locks
        its rows first), this is a savepoint and commits with the caller.
        """
        try:
            nested = self.conn.info.transaction_status != TransactionStatus.IDLE
            self._ensure_stage()
            with self.conn.transaction():
                if nested:
                    # ON COMMIT DELETE ROWS has not emptied an earlier call's staging rows.
                    self.conn.execute(SQL_CLEAR_STAGE)
                tally = self._write(messages, prepared)
                if replayed:
                    ids = [i for i, _ in replayed]
                    times = [t for _, t in replayed]
                    self.conn.execute(SQL_MARK_REPLAYED, (ids, times))
        except psycopg.Error as exc:
            raise _store_error(exc, self._writing) from exc
        except (ValueError, TypeError, OverflowError, LookupError) as exc:
            # A row Python could not dump (rolled back with the transaction): the
            # batch holds a value the parser should have refused; isolate it.
            raise StoreError(f"{type(exc).__name__}: {exc}"[:500], sqlstate=None, transient=False) from exc
        finally:
            self._writing = None
        return tally

    def store_isolating(self, messages: Sequence[Message]) -> Tally:
        """Store ``messages``; a message the database refuses permanently is quarantined.

        For a batch that failed permanently: halves are stored in transactions of
        their own, recursively (bisection), so a single bad message among n costs
        about 2·log2(n) transactions and the rest of the batch is stored. The
        message that fails alone is kept raw (reason ``store_failed``, with the
        sqlstate) instead of blocking the stream; if even its quarantine row is
        refused, it is quarantined under the catch-all counter key with a
        sanitised topic. Transient errors still raise :class:`StoreError` (the
        caller retries), so does a single message whose statement the database
        cancelled (:data:`CANCELLED_SQLSTATES`, raised as transient), and so does a
        database that refuses the catch-all row too: then the fault is not in the message.
        """
        try:
            return self.store_batch(messages)
        except StoreError as exc:
            if exc.transient:
                raise
            if len(messages) > 1:
                mid = len(messages) // 2
                total = self.store_isolating(messages[:mid])
                total.merge(self.store_isolating(messages[mid:]))
                return total
            if exc.sqlstate in CANCELLED_SQLSTATES:
                # Alone and still cancelled: not a batch too large for the timeout but a
                # table held by someone else; wait like an outage, quarantine nothing.
                raise _waited(exc) from exc
            return self._quarantine_refused(messages[0], exc)

    def store_spooling(self, messages: Sequence[Message], refused: Collection[str]) -> tuple[Tally, int]:
        """Store ``messages`` but those with rows for a ``refused`` table, which are spooled raw
        (``ingest_spool``), all in one transaction; returns the counts of those stored and how
        many were spooled. A spooled message is not counted yet: :meth:`drain_spool` counts it
        when it stores it. A refusal of another table raises (:class:`StoreError` with its
        ``table``); a message refused permanently is quarantined (:meth:`store_isolating`)."""
        held = [m for m in messages if any(writes(m, t) for t in refused)]
        rest = [m for m in messages if not any(writes(m, t) for t in refused)]
        try:
            self._ensure_stage()
            with self.conn.transaction():
                tally = self.store_isolating(rest) if rest else Tally()
                if held:
                    with self.conn.cursor().copy(COPY_SPOOL) as copy:
                        copy.set_types(list(SPOOL_TYPES))
                        for m in held:
                            table = next(t for t in refused if writes(m, t))
                            copy.write_row((table, m.topic, m.payload))
        except psycopg.Error as exc:
            raise _store_error(exc) from exc
        return tally, len(held)

    def drain_spool(self, parse: Callable[[str, bytes, datetime], Message], limit: int) -> tuple[Tally, int]:
        """Store up to ``limit`` spooled messages, oldest first, and delete them, in one
        transaction; returns their counts and how many were taken (0: the spool is empty).
        ``parse(topic, payload, received_at)`` parses one again as it was received. A table
        still refusing raises (:class:`StoreError` with its ``table``) and leaves them spooled."""
        try:
            self._ensure_stage()
            with self.conn.transaction():
                rows = self.conn.execute(SQL_SPOOL_TAKE, (limit,)).fetchall()
                if not rows:
                    return Tally(), 0
                tally = self.store_isolating([parse(str(t), bytes(p), at) for _, at, t, p in rows])
                self.conn.execute(SQL_SPOOL_DELETE, ([r[0] for r in rows],))
        except psycopg.Error as exc:
            raise _store_error(exc) from exc
        return tally, len(rows)

    def store_each(self, messages: Sequence[Message]) -> Tally:
        """Alias of :meth:`store_isolating` (kept for callers of the older name)."""
        return self.store_isolating(messages)

    def _quarantine_refused(self, m: Message, exc: StoreError) -> Tally:
        detail = f"sqlstate {exc.sqlstate}: {exc}"
        rejected = MessageRejectedError(
            QuarantineReason.STORE_FAILED, detail, topic=m.topic, source_id=counter_key(m.topic).source_id or None,
        )
        try:
            return self.store_batch([Message(m.topic, m.payload, rejected)])
        except StoreError as again:
            if again.transient:
                raise
            if again.sqlstate in CANCELLED_SQLSTATES:
                raise _waited(again) from again
        # Last resort: no topic (the catch-all counter key); the topic goes into the detail.
        safe = m.topic.encode("ascii", "backslashreplace").decode("ascii")[:300]
        rejected = MessageRejectedError(QuarantineReason.STORE_FAILED, f"topic {safe}; {detail}", topic="")
        return self.store_batch([Message("", m.payload, rejected)])

    def _write(self, messages: Sequence[Message], prepared: PreparedBatch | None) -> Tally:
        p = prepare(messages) if prepared is None else prepared
        cur = self.conn.cursor()
        inserted: dict[int, int] = {}
        if p.readings:
            self._writing = "readings"
            if self._copy_direct(cur, p.readings):
                inserted = {i: n for i, n in enumerate(p.reading_counts) if n}
            else:
                self._move(cur, p.staged_readings(), COPY_READINGS, READING_TYPES, SQL_MOVE_READINGS, inserted=inserted)
        if p.events:
            self._writing = "events"
            self._move(cur, p.events, COPY_EVENTS, EVENT_TYPES, SQL_MOVE_EVENTS, inserted=inserted)
        if p.quarantine:
            self._writing = "quarantine"
            with cur.copy(COPY_QUARANTINE) as copy:
                copy.set_types(list(QUARANTINE_TYPES))
                for row in p.quarantine:
                    copy.write_row(row)
        self._writing = None
        tally = Tally()
        add = tally.add
        for i, (key, n_rows, late, newest) in enumerate(p.outcomes):
            if n_rows < 0:
                add(key, Outcome.QUARANTINED)
                continue
            new = inserted.get(i, 0)
            outcome = Outcome.DUPLICATE if n_rows and not new else Outcome.STORED
            add(key, outcome, late=late, rows_stored=new, rows_duplicate=n_rows - new, newest=newest)
        with cur.copy(COPY_COUNTERS) as copy:
            copy.set_types(list(COUNTER_TYPES))
            for row in tally.rows():
                copy.write_row(row)
        cur.execute(SQL_UPSERT_COUNTERS)
        if self.notify_seen and inserted:
            valid = ((i, m.result) for i, m in enumerate(messages) if isinstance(m.result, Parsed))
            notes = payloads(*collect(valid, inserted))
            if notes:
                cur.execute(SQL_NOTIFY_SEEN, (CHANNEL, NOTIFY_SEPARATOR.join(notes)))
        return tally

    def _copy_direct(self, cur: psycopg.Cursor[Any], rows: list[tuple[object, ...]]) -> bool:
        """COPY ``rows`` into ``readings`` in a savepoint; False (and nothing written) on a known key."""
        if self._staged_only > 0:
            self._staged_only -= 1
            self.staged_batches += 1
            return False
        try:
            with self.conn.transaction(), cur.copy(COPY_READINGS_DIRECT) as copy:
                copy.set_types(list(READING_DIRECT_TYPES))
                for row in rows:
                    copy.write_row(row)
        except (psycopg.errors.UniqueViolation, psycopg.errors.DeadlockDetected):
            # Deadlock: two database threads COPYing overlapping redelivered keys.
            self._staged_only = STAGED_AFTER_CONFLICT
            self.staged_batches += 1
            return False
        self.direct_batches += 1
        return True

    @staticmethod
    def _move(
        cur: psycopg.Cursor[Any],
        rows: Iterable[tuple[object, ...]],
        copy_sql: str,
        types: tuple[str, ...],
        move_sql: str,
        *,
        inserted: dict[int, int],
    ) -> None:
        """COPY into a staging table, move what is new; add new rows per message to ``inserted``."""
        with cur.copy(copy_sql) as copy:
            copy.set_types(list(types))
            for row in rows:
                copy.write_row(row)
        for msg, n in cur.execute(move_sql).fetchall():
            inserted[msg] = inserted.get(msg, 0) + n

    # ------------------------------------------------------------------ reading back

    def counters(self) -> list[CounterRow]:
        """All counter rows, ordered by key."""
        rows = fetch_all(self.conn, CounterRow, SQL_COUNTERS)
        self.conn.rollback()
        return rows

    def quarantined(
        self, *, reason: str | None = None, include_replayed: bool = False, limit: int = 100
    ) -> list[QuarantineRow]:
        """Quarantined messages, oldest first."""
        params = {"all": include_replayed, "reason": reason, "limit": limit}
        rows = fetch_all(self.conn, QuarantineRow, SQL_QUARANTINE_LIST, params)
        self.conn.rollback()
        return rows

    def lock_pending(self, *, reason: str | None, limit: int) -> list[QuarantineRow]:
        """Pending quarantine rows, locked until the current transaction ends (for replay)."""
        params = {"reason": reason, "limit": limit}
        return fetch_all(self.conn, QuarantineRow, SQL_QUARANTINE_PENDING_LOCK, params)


__all__ = ["CounterKey", "CounterRow", "Message", "PreparedBatch", "QuarantineRow", "Store", "prepare"]
