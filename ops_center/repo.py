"""SQL of the ops center: named constants and the few functions that run them.

Tables of migration 0040 (ops_*), read from 0001 (events) and 0010
(``ingest_horizon()``); the alerts' transitions come through ``alerts.api``.
Parameters are always bound; no value reaches SQL text.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import psycopg
from psycopg.rows import class_row
from psycopg.types.json import Jsonb

from alerts import api as alerts_api
from alerts.api import ConditionTransition
from common import audit as common_audit
from common import runner
from common.db import fetch_one
from ops_center.dispatch import (
    DISPATCHER_ACTOR,
    AckPolicy,
    Agency,
    Assignment,
    AssignmentChanged,
    AssignmentState,
    Escalated,
    Mode,
    ModeSwitched,
    Noted,
)
from ops_center.incidents import (
    CapSeverity,
    CaseStatus,
    Incident,
    IncidentState,
    IncidentType,
    Item,
    ItemKind,
    JoinVia,
    Member,
    MergeRecord,
    PermitStatus,
    StatusReason,
    Withdrawal,
    ZoneRef,
)
from ops_center.queries import OPEN_INCIDENT_STATES

Conn = psycopg.Connection[Any]

# -- intake (contract 4) ------------------------------------------------------------
# The commit horizon is common.runner.committed_horizon. Its margin covers the instant
# between a transaction taking its start time and showing it in pg_stat_activity;
# PostgreSQL sets both in StartTransaction() (xact.c: xactStartTimestamp, then
# pgstat_report_xact_timestamp), so the service uses 5 ms, which keeps the
# commit-to-incident latency low.

SQL_WATERMARK_INIT = """
INSERT INTO ops_watermarks (consumer, events_wm, alerts_wm)
VALUES (%s, '1970-01-01 00:00:00+00', '1970-01-01 00:00:00+00') ON CONFLICT (consumer) DO NOTHING
"""
SQL_WATERMARK_GET = "SELECT events_wm, alerts_wm, clock_at FROM ops_watermarks WHERE consumer = %s"
SQL_WATERMARK_SET = """
UPDATE ops_watermarks SET events_wm = %s, alerts_wm = %s, clock_at = %s, updated_at = now()
WHERE consumer = %s
"""

#: Characters of a report's free text the ops center reads (the text reader's cues, the
#: replay log): a person's report is a few sentences. The rest is not read, so that a report
#: of the payload limit's size (256 KiB of words the reader knows, seconds of its time) costs
#: what a long report costs (tests/integration/ops_center/test_ops_hostile_events.py).
ITEM_TEXT_CHARS = 2000

# Discrete reports. Mirrors of events in the alerts table are skipped by the classifier.
# A report that follows others (a police follow-up; a 1999, 119 or permit update, whose
# `follows` is its own id) is linked to the first stored row of those reports in its feed;
# while none is stored, it names the first of them (`follows_named`).
#
# A last will (an offline status without a time of its own, docs/mqtt.md) is the broker's word
# that it dropped the device's connection, which it says of every connection after its own
# hang, also of gateways that kept reporting. It is read once its grace (alerts.api.WILL_GRACE,
# the evaluator's) has passed, as received then (``seen_at``), and only when nothing else of the
# device (a reading, an event) was received within the grace from it: its gateway was connected
# after it. Every row is read once: a will by its receipt plus the grace, the rest by their receipt.
SQL_EVENTS_BETWEEN = """
SELECT e.source_id, e.domain, e.feed, e.event_key, e.time, e.category, e.severity,
       ST_X(e.geom) AS lon, ST_Y(e.geom) AS lat,
       CASE WHEN w.will THEN e.received_at + %(grace)s ELSE e.received_at END AS seen_at,
       left(concat_ws(' ', e.payload ->> 'subCategory', e.payload ->> 'text'), %(text_chars)s::int) AS text,
       CASE WHEN e.feed = 'status' THEN e.payload ->> 'reason' END AS reason,
       e.ends_at, f.source_id AS follows_source, f.event_key AS follows_key, f.time AS follows_time,
       e.follows[1] AS follows_named,
       CASE WHEN jsonb_typeof(e.payload -> 'confidence') = 'number'
            THEN (e.payload ->> 'confidence')::float8 END AS confidence,
       COALESCE(e.radius_m, ST_Length(ST_LongestLine(e.geom, e.area)::geography)) AS area_m,
       CASE WHEN e.feed = 'status' THEN (
           SELECT s.metadata ->> 'gateway' FROM sensors s WHERE s.sensor_id = e.source_id
       ) END AS gateway
FROM events e
CROSS JOIN LATERAL (
    SELECT e.feed = 'status' AND e.category = 'offline' AND NOT e.payload ? 'ts' AS will
) w
LEFT JOIN LATERAL (
    SELECT p.source_id, p.event_key, p.time FROM events p
    WHERE e.follows IS NOT NULL AND p.source_id = ANY (e.follows) AND p.feed = e.feed
      AND (p.source_id, p.event_key, p.time) <> (e.source_id, e.event_key, e.time)
    ORDER BY p.time, p.received_at LIMIT 1
) f ON true
WHERE (e.received_at >= %(lo)s AND e.received_at < %(hi)s AND NOT w.will)
   OR (e.received_at >= %(lo)s - %(grace)s AND e.received_at < %(hi)s - %(grace)s AND w.will
       AND NOT EXISTS (
           SELECT 1 FROM readings r WHERE r.sensor_id = e.source_id
             AND r.received_at >= e.received_at AND r.received_at < e.received_at + %(grace)s)
       AND NOT EXISTS (
           SELECT 1 FROM events o WHERE o.source_id = e.source_id
             AND o.received_at >= e.received_at AND o.received_at < e.received_at + %(grace)s
             AND (o.feed, o.event_key, o.time) <> (e.feed, e.event_key, e.time)))
ORDER BY seen_at, e.source_id, e.feed, e.event_key, e.time
"""

@dataclass(frozen=True, slots=True)
class EventRow:
    """A row of ``events`` as the ops center reads it."""

    source_id: str
    domain: str
    feed: str
    event_key: str
    time: datetime
    category: str | None
    severity: str | None
    lon: float | None
    lat: float | None
    seen_at: datetime
    text: str = ""  # a report's free text (1999 sub-category, police text), for the text reader
    reason: str | None = None  # a device's status: why it went offline, when it says (docs/mqtt.md)
    ends_at: datetime | None = None  # a planned event's end (``time`` is its start)
    follows_source: str | None = None  # the first stored row of the report this one follows up
    follows_key: str | None = None
    follows_time: datetime | None = None
    follows_named: str | None = None  # the first report it names (its id), for when none is stored
    confidence: float | None = None  # a camera analytics' confidence in its detection (0-1)
    area_m: float | None = None  # how far a planned event's declared area reaches from ``lon``/``lat``
    gateway: str | None = None  # a status's device: the gateway it hangs on (registry metadata.gateway)


def watermark(conn: Conn, consumer: str) -> tuple[datetime, datetime, datetime | None]:
    """``(events_wm, alerts_wm, clock_at)`` of ``consumer`` (created at the epoch if new)."""
    conn.execute(SQL_WATERMARK_INIT, (consumer,))
    row = conn.execute(SQL_WATERMARK_GET, (consumer,)).fetchone()
    assert row is not None
    return row[0], row[1], row[2]


def set_watermark(
    conn: Conn, consumer: str, events_wm: datetime, alerts_wm: datetime, clock_at: datetime | None
) -> None:
    """Advance the watermark (in the transaction that stored the results)."""
    conn.execute(SQL_WATERMARK_SET, (events_wm, alerts_wm, clock_at, consumer))


def cuts(conn: Conn, events_lo: datetime, alerts_lo: datetime, hi: datetime, n: int) -> datetime:
    """The end of the next batch over both streams: the earlier of the two streams' cuts."""
    events_end = runner.cut_received(conn, "events", events_lo, hi, n=n)
    return min(events_end, alerts_api.transitions_cut(conn, alerts_lo, hi, n))


def rows_between(
    conn: Conn, events_lo: datetime, alerts_lo: datetime, hi: datetime, *, events_hi: datetime | None = None
) -> tuple[list[EventRow], list[ConditionTransition]]:
    """Events with ``events_lo <= received_at < events_hi`` (default ``hi``; a last will by its
    receipt plus its grace, when nothing of its device came within it) and the alerts'
    condition transitions with ``alerts_lo <= recorded_at < hi``, in a stable order (pipelined:
    one round trip)."""
    with conn.pipeline(), conn.cursor(row_factory=class_row(EventRow)) as ec:
        ec.execute(SQL_EVENTS_BETWEEN, {"lo": events_lo, "hi": hi if events_hi is None else events_hi,
                                        "text_chars": ITEM_TEXT_CHARS, "grace": alerts_api.WILL_GRACE})
        alerts = alerts_api.condition_transitions(conn, alerts_lo, hi)
        return ec.fetchall(), alerts


# -- the correlator's replay log ----------------------------------------------------
SQL_LOG_FEED = """
INSERT INTO ops_feed_log (op, item_key, item, now_at) VALUES ('feed', %s, %s, %s)
ON CONFLICT (item_key) DO NOTHING
"""
# A whole batch in one statement (arrays unnested in order, so seq follows the feed order).
SQL_LOG_FEEDS = """
INSERT INTO ops_feed_log (op, item_key, item, now_at)
SELECT 'feed', k, i, n FROM unnest(%b::text[], %b::jsonb[], %b::timestamptz[]) WITH ORDINALITY
    AS u(k, i, n, o)
ORDER BY o
ON CONFLICT (item_key) DO NOTHING
"""
SQL_LOG_TICK = "INSERT INTO ops_feed_log (op, now_at, through_s) VALUES ('tick', %s, %s)"
SQL_LOG_CLOSE = "INSERT INTO ops_feed_log (op, incident_id, now_at) VALUES ('close', %s, %s)"
SQL_LOG_DISPATCHED = "INSERT INTO ops_feed_log (op, incident_id, now_at) VALUES ('dispatched', %s, %s)"
SQL_LOG_READ = """
SELECT seq, op, item, now_at, incident_id, through_s FROM ops_feed_log WHERE seq > %s ORDER BY seq LIMIT %s
"""
# The seq before the first entry logged at or after a correlator time, through migration
# 0048's index (one index probe). Entries are logged at the service's correlator time,
# which never goes back, so every later seq is logged at that time or later.
SQL_LOG_WINDOW_START = "SELECT seq - 1 FROM ops_feed_log WHERE now_at >= %s ORDER BY now_at, seq LIMIT 1"
# The first entry of the incidents the correlator may still hold (open; gone quiet at
# %(held)s or later; a closed one is forgotten at its closure): a replay from the window
# alone would rebuild one whose evidence began earlier from part of it (ops_center.log_window).
# The one whose first entry is the earliest, with its state and that entry's time.
SQL_LOG_HELD_FROM = """
WITH held AS (
    SELECT incident_id FROM ops_incidents
    WHERE state = 'open' OR (state = 'quiet' AND updated_at >= %(held)s)
)
SELECT held.incident_id, i.state, min(l.now_at) AS first_at FROM held
JOIN ops_incidents i ON i.incident_id = held.incident_id
JOIN ops_incident_members m ON m.incident_id = held.incident_id
JOIN ops_feed_log l ON l.item_key = m.item_key
GROUP BY held.incident_id, i.state
ORDER BY first_at, held.incident_id
LIMIT 1
"""
# The oldest correlator clock any consumer has stored; NULL while one has none yet (its
# replay would read the whole log).
SQL_LOG_OLDEST_CLOCK = """
SELECT CASE WHEN bool_and(clock_at IS NOT NULL) THEN min(clock_at) END FROM ops_watermarks
"""
# At most %s entries logged before %s, oldest first (migration 0048's index).
SQL_LOG_PRUNE = """
DELETE FROM ops_feed_log WHERE seq IN (
    SELECT seq FROM ops_feed_log WHERE now_at < %s ORDER BY now_at, seq LIMIT %s)
"""


def item_json(item: Item) -> str:
    """An item as stored in the replay log (JSON text)."""
    return json.dumps(item_dict(item), ensure_ascii=False)


def item_dict(item: Item) -> dict[str, Any]:
    """An item as stored in the replay log."""
    return {
        "key": item.key,
        "kind": item.kind.value,
        "agency": item.agency,
        "feed": item.feed,
        "category": item.category,
        "severity": item.severity.value,
        "x": item.x,
        "y": item.y,
        "t": item.t,
        "source_id": item.source_id,
        **({"text": item.text} if item.text else {}),
        **({"follows": item.follows} if item.follows is not None else {}),
        **({"ends_t": item.ends_t} if item.ends_t is not None else {}),
        **({"site": item.site} if item.site else {}),
        **({"confidence": item.confidence} if item.confidence is not None else {}),
        **({"reason": item.reason.value} if item.reason is not None else {}),
        **({"status": item.status.value} if item.status is not None else {}),
        **({"issued_t": item.issued_t} if item.issued_t is not None else {}),
        **({"area_m": item.area_m} if item.area_m is not None else {}),
        **({"gateway": item.gateway} if item.gateway else {}),
        **({"permit_status": item.permit_status.value} if item.permit_status is not None else {}),
    }


def item_from_json(d: dict[str, Any]) -> Item:
    """Inverse of :func:`item_json`."""
    return Item(
        str(d["key"]),
        ItemKind(d["kind"]),
        str(d["agency"]),
        str(d["feed"]),
        str(d["category"]),
        CapSeverity.parse(d["severity"]),
        float(d["x"]),
        float(d["y"]),
        float(d["t"]),
        str(d.get("source_id", "")),
        str(d.get("text", "")),
        str(d["follows"]) if d.get("follows") is not None else None,
        float(d["ends_t"]) if d.get("ends_t") is not None else None,
        str(d.get("site", "")),
        float(d["confidence"]) if d.get("confidence") is not None else None,
        StatusReason.parse(d.get("reason")),
        CaseStatus.parse(d.get("status")),
        float(d["issued_t"]) if d.get("issued_t") is not None else None,
        float(d["area_m"]) if d.get("area_m") is not None else None,
        str(d.get("gateway", "")),
        PermitStatus.parse(d.get("permit_status")),
    )


def log_feed(conn: Conn, item: Item, now: float) -> None:
    """Record that ``item`` was fed at correlator time ``now``."""
    conn.execute(SQL_LOG_FEED, (item.key, item_json(item), _ts(now)))


def log_feeds(conn: Conn, fed: Sequence[tuple[Item, float]]) -> None:
    """Record a batch of fed items (one round trip)."""
    if fed:
        conn.execute(
            SQL_LOG_FEEDS,
            ([i.key for i, _ in fed], [Jsonb(item_dict(i)) for i, _ in fed], [_ts(now) for _, now in fed]),
        )


def log_tick(conn: Conn, now: float, through: float | None = None) -> None:
    """Record a tick that changed something (``through``: a piece of one, which applied the
    deadlines up to that one, ``Correlator.tick_piece``)."""
    conn.execute(SQL_LOG_TICK, (_ts(now), through))


def log_close(conn: Conn, incident_id: str, now: float) -> None:
    """Record a coordinator's closure at correlator time ``now``."""
    conn.execute(SQL_LOG_CLOSE, (incident_id, _ts(now)))


def log_dispatched(conn: Conn, incident_id: str, now: float) -> None:
    """Record that a coordinator's dispatch made a planned event a job at correlator time ``now``."""
    conn.execute(SQL_LOG_DISPATCHED, (incident_id, _ts(now)))


SQL_LOG_RELINK = "INSERT INTO ops_feed_log (op, item, incident_id, now_at) VALUES ('relink', %s, %s, %s)"


def log_relink(conn: Conn, item: Item, target: str | None, now: float) -> None:
    """Record a coordinator's link of ``item`` to ``target`` (None: unlinked) at correlator
    time ``now`` (ops_center.relink)."""
    conn.execute(SQL_LOG_RELINK, (item_json(item), target, _ts(now)))


#: ``(op, item, now, incident_id, through)`` of one log entry.
LogEntry = tuple[str, Item | None, float, str | None, float | None]


def read_log(conn: Conn, since: float, *, chunk: int = 5_000) -> Iterator[list[LogEntry]]:
    """The log from correlator time ``since`` on, in order, in chunks of at most ``chunk``
    entries ``(op, item, now, incident_id, through)``: one bounded statement per chunk (keyset on
    ``seq``, starting at the window's first entry), so a caller can do other work between
    chunks."""
    start = conn.execute(SQL_LOG_WINDOW_START, (_ts(since),)).fetchone()
    if start is None:
        return
    after = int(start[0])
    while True:
        out: list[LogEntry] = []
        for seq, op, item, now_at, incident_id, through in conn.execute(SQL_LOG_READ, (after, chunk)):
            parsed = item_from_json(item) if item is not None else None
            out.append((op, parsed, now_at.timestamp(), incident_id, through))
            after = seq
        if out:
            yield out
        if len(out) < chunk:
            return


def first_held(conn: Conn, held: float) -> tuple[str, str, datetime] | None:
    """Of the incidents the correlator may still hold (open, or gone quiet at ``held`` or later),
    the one whose first log entry is the earliest: ``(incident_id, state, that
    entry's correlator time)``; None when none is held."""
    row = conn.execute(SQL_LOG_HELD_FROM, {"held": _ts(held)}).fetchone()
    return (str(row[0]), str(row[1]), row[2]) if row else None


def held_from(conn: Conn, since: float, held: float) -> float:
    """The correlator time from which a replay whose window starts at ``since`` reads the log:
    ``since``, or the first entry of an incident begun before it and still held (open, or gone
    quiet at ``held`` or later)."""
    first = first_held(conn, held)
    return min(since, first[2].timestamp()) if first is not None else since


SQL_MEMBER_KEYS = "SELECT item_key FROM ops_incident_members WHERE incident_id = %s"


def member_keys(conn: Conn, incident_id: str) -> frozenset[str]:
    """The item keys of an incident's stored members (an absorbed incident's among its survivor's)."""
    return frozenset(str(r[0]) for r in conn.execute(SQL_MEMBER_KEYS, (incident_id,)))


def oldest_clock(conn: Conn) -> datetime | None:
    """The oldest correlator clock among the stored watermarks (None while any has none)."""
    row = conn.execute(SQL_LOG_OLDEST_CLOCK).fetchone()
    return row[0] if row else None


def prune_log(conn: Conn, before: float, chunk: int) -> int:
    """Delete at most ``chunk`` log entries logged before correlator time ``before``, oldest
    first; returns how many."""
    return conn.execute(SQL_LOG_PRUNE, (_ts(before), chunk)).rowcount


# -- incidents ------------------------------------------------------------------------
SQL_INCIDENTS_UPSERT = """
INSERT INTO ops_incidents (incident_id, type, state, severity, priority, agencies, member_count,
    first_evidence_at, last_evidence_at, opened_at, updated_at, centroid, hull, zone, sub_area,
    merged_into, withdrawn, planned, held)
SELECT id, ty, st, sev, prio, string_to_array(ag, ','), n, fe, le, op, up,
    ST_Transform(ST_SetSRID(ST_MakePoint(cx, cy), 3826), 4326),
    ST_Transform(ST_SetSRID(ST_GeomFromText(hull), 3826), 4326), zone, sub_area, NULL, wd, pl, hd
FROM unnest(%b::text[], %b::text[], %b::text[], %b::text[], %b::integer[], %b::text[], %b::integer[],
    %b::timestamptz[], %b::timestamptz[], %b::timestamptz[], %b::timestamptz[], %b::float8[], %b::float8[],
    %b::text[], %b::text[], %b::text[], %b::boolean[], %b::boolean[], %b::integer[])
    AS u(id, ty, st, sev, prio, ag, n, fe, le, op, up, cx, cy, hull, zone, sub_area, wd, pl, hd)
ON CONFLICT (incident_id) DO UPDATE SET
    type = EXCLUDED.type, state = EXCLUDED.state, severity = EXCLUDED.severity,
    priority = EXCLUDED.priority, agencies = EXCLUDED.agencies,
    member_count = EXCLUDED.member_count, first_evidence_at = EXCLUDED.first_evidence_at,
    last_evidence_at = EXCLUDED.last_evidence_at, updated_at = EXCLUDED.updated_at,
    centroid = EXCLUDED.centroid, hull = EXCLUDED.hull, zone = EXCLUDED.zone,
    sub_area = EXCLUDED.sub_area, withdrawn = EXCLUDED.withdrawn, planned = EXCLUDED.planned,
    held = EXCLUDED.held
WHERE ops_incidents.state <> 'closed'
"""
SQL_INCIDENTS_MERGED = """
UPDATE ops_incidents i SET state = 'merged', merged_into = u.survivor, updated_at = u.at
FROM unnest(%b::text[], %b::text[], %b::timestamptz[]) AS u(absorbed, survivor, at)
WHERE i.incident_id = u.absorbed
"""
# The members of many incidents in one statement (columns as arrays).
SQL_MEMBERS_UPSERT = """
INSERT INTO ops_incident_members (item_key, incident_id, original_incident_id, kind, agency, feed,
    category, severity, signal, via, anchor, linked_to, distance_m, dt_s, observed_at, joined_at,
    source_id, geom)
SELECT k, inc, inc, kind, ag, feed, cat, sev, sig, via, anchor, link, d, dt, obs, joined, src,
    ST_Transform(ST_SetSRID(ST_MakePoint(x, y), 3826), 4326)
FROM unnest(%b::text[], %b::text[], %b::text[], %b::text[], %b::text[], %b::text[], %b::text[],
    %b::text[], %b::text[], %b::boolean[], %b::text[], %b::float8[], %b::float8[],
    %b::timestamptz[], %b::timestamptz[], %b::text[], %b::float8[], %b::float8[])
    AS u(k, inc, kind, ag, feed, cat, sev, sig, via, anchor, link, d, dt, obs, joined, src, x, y)
ON CONFLICT (item_key) DO UPDATE SET incident_id = EXCLUDED.incident_id, anchor = EXCLUDED.anchor
"""
# What planned events hold aside (a key held again re-points, as a member's does).
SQL_HELD_UPSERT = """
INSERT INTO ops_incident_held (item_key, incident_id, kind, agency, feed, category, severity, signal,
    observed_at, source_id, geom)
SELECT k, inc, kind, ag, feed, cat, sev, sig, obs, src, ST_Transform(ST_SetSRID(ST_MakePoint(x, y), 3826), 4326)
FROM unnest(%b::text[], %b::text[], %b::text[], %b::text[], %b::text[], %b::text[], %b::text[],
    %b::text[], %b::timestamptz[], %b::text[], %b::float8[], %b::float8[])
    AS u(k, inc, kind, ag, feed, cat, sev, sig, obs, src, x, y)
ON CONFLICT (item_key) DO UPDATE SET incident_id = EXCLUDED.incident_id
"""
SQL_LEFT_OUT = """
INSERT INTO ops_left_out (item_key, reason, decided_at)
SELECT k, r, d FROM unnest(%b::text[], %b::text[], %b::timestamptz[]) WITH ORDINALITY AS u(k, r, d, o)
ORDER BY o
ON CONFLICT (item_key) DO NOTHING
"""
SQL_MERGES = """
INSERT INTO ops_merges (absorbed, survivor, bridge_key, at, survivor_type, absorbed_type)
SELECT a, s, b, t, st, abt
FROM unnest(%b::text[], %b::text[], %b::text[], %b::timestamptz[], %b::text[], %b::text[])
    AS u(a, s, b, t, st, abt)
ON CONFLICT (absorbed) DO NOTHING
"""
# Rows in the order given (ids follow it: the history reads in id order).
SQL_HISTORY = """
INSERT INTO ops_incident_history (incident_id, at, actor, action, reason, detail)
SELECT i, t, a, act, r, d
FROM unnest(%b::text[], %b::timestamptz[], %b::text[], %b::text[], %b::text[], %b::jsonb[])
    WITH ORDINALITY AS u(i, t, a, act, r, d, o)
ORDER BY o
"""
SQL_INCIDENT_STATE = "SELECT state FROM ops_incidents WHERE incident_id = %s"
SQL_INCIDENT_CLOSE = """
UPDATE ops_incidents SET state = 'closed', closed_by = %s, close_reason = %s, updated_at = %s
WHERE incident_id = %s AND state = ANY(%s)
"""


def _ts(t: float) -> datetime:
    return datetime.fromtimestamp(t, tz=UTC)


def _hull_wkt(inc: Incident) -> str | None:
    """The incident's hull as WKT in EPSG:3826 (a point or a line when it is degenerate)."""
    if not inc.hull:
        return None
    pts = ", ".join(f"{x!r} {y!r}" for x, y in inc.hull)
    n = len(set(inc.hull))
    if n == 1:
        x, y = inc.hull[0]
        return f"POINT({x!r} {y!r})"
    return f"POLYGON(({pts}))" if n >= 3 else f"LINESTRING({pts})"


def upsert_incidents(conn: Conn, incs: Sequence[Incident]) -> None:
    """Write the incident rows of snapshots in one statement (members: :func:`upsert_members`).
    Idempotent; a closed incident is left as it is."""
    if not incs:
        return
    conn.execute(
        SQL_INCIDENTS_UPSERT,
        (
            [i.incident_id for i in incs],
            [i.type.value for i in incs],
            [i.state.value for i in incs],
            [i.severity.value for i in incs],
            [i.priority for i in incs],
            [",".join(sorted(i.agencies)) for i in incs],
            [len(i.members) for i in incs],
            [_ts(i.first_evidence_t) for i in incs],
            [_ts(i.last_evidence_t) for i in incs],
            [_ts(i.opened_at) for i in incs],
            [_ts(i.updated_at) for i in incs],
            [i.centroid[0] for i in incs],
            [i.centroid[1] for i in incs],
            [_hull_wkt(i) for i in incs],
            [i.zone.zone for i in incs],
            [i.zone.sub_area for i in incs],
            [i.withdrawn for i in incs],
            [i.planned for i in incs],
            [len(i.held) for i in incs],
        ),
    )


def upsert_members(conn: Conn, members: Sequence[tuple[str, Member]]) -> None:
    """Write ``(incident_id, member)`` rows in one statement (a re-written key re-points)."""
    if not members:
        return
    # One row per key, the last holder winning (a member absorbed in this same batch
    # appears under the absorbed incident and then under the survivor).
    last = {m.item.key: (inc_id, m) for inc_id, m in members}
    cols: list[list[Any]] = [[] for _ in range(18)]
    for inc_id, m in last.values():
        it = m.item
        row = (
            it.key,
            inc_id,
            it.kind.value,
            it.agency,
            it.feed,
            it.category,
            it.severity.value,
            m.signal,
            m.via.value,
            m.anchor,
            m.linked_to,
            m.distance_m,
            m.dt_s,
            _ts(it.t),
            _ts(m.joined_at),
            it.source_id,
            it.x,
            it.y,
        )
        for col, value in zip(cols, row, strict=True):
            col.append(value)
    # Binary parameters (%b): psycopg's text dumper escapes array elements one by one.
    conn.execute(SQL_MEMBERS_UPSERT, cols)


def upsert_held(conn: Conn, held: Sequence[tuple[str, Member]]) -> None:
    """Write ``(incident_id, member)`` rows of what planned events hold aside, in one statement."""
    last = {m.item.key: (inc_id, m) for inc_id, m in held}
    if not last:
        return
    cols: list[list[Any]] = [[] for _ in range(12)]
    for inc_id, m in last.values():
        it = m.item
        row = (it.key, inc_id, it.kind.value, it.agency, it.feed, it.category, it.severity.value, m.signal,
               _ts(it.t), it.source_id, it.x, it.y)
        for col, value in zip(cols, row, strict=True):
            col.append(value)
    conn.execute(SQL_HELD_UPSERT, cols)


# A planned event the correlator does not hold (forgotten, quiet for a retention) made a job by a
# coordinator's dispatch: what it held aside joins it as evidence, as Correlator.dispatched does.
SQL_MADE_JOB = """
WITH job AS (
    UPDATE ops_incidents i SET planned = false, held = 0, updated_at = %(at)s,
        member_count = i.member_count + (SELECT count(*) FROM ops_incident_held h WHERE h.incident_id = i.incident_id
            AND NOT EXISTS (SELECT 1 FROM ops_incident_members m WHERE m.item_key = h.item_key))
    WHERE i.incident_id = %(incident_id)s AND i.planned AND i.state = ANY(%(states)s)
    RETURNING i.incident_id
), joined AS (
    INSERT INTO ops_incident_members (item_key, incident_id, original_incident_id, kind, agency, feed, category,
        severity, signal, via, anchor, linked_to, distance_m, dt_s, observed_at, joined_at, source_id, geom)
    SELECT h.item_key, h.incident_id, h.incident_id, h.kind, h.agency, h.feed, h.category, h.severity, h.signal,
        'pulled', false, NULL, 0, 0, h.observed_at, %(at)s, h.source_id, h.geom
    FROM ops_incident_held h JOIN job ON job.incident_id = h.incident_id
    ORDER BY h.observed_at, h.item_key
    ON CONFLICT (item_key) DO NOTHING
    RETURNING item_key
)
SELECT (SELECT count(*) FROM job), (SELECT count(*) FROM joined)
"""


def made_job(conn: Conn, incident_id: str, at: float) -> int | None:
    """Store a planned event the correlator does not hold as a job (see ``SQL_MADE_JOB``): how many
    held reports joined it, or None when it is no planned event open or quiet."""
    row = conn.execute(SQL_MADE_JOB, {"incident_id": incident_id, "at": _ts(at),
                                      "states": list(OPEN_INCIDENT_STATES)}).fetchone()
    return int(row[1]) if row is not None and row[0] else None


def incident_state(conn: Conn, incident_id: str) -> str | None:
    """The stored state of an incident (None if there is no such incident)."""
    row = conn.execute(SQL_INCIDENT_STATE, (incident_id,)).fetchone()
    return None if row is None else str(row[0])


def close_incident(conn: Conn, incident_id: str, actor: str, reason: str, at: float) -> bool:
    """A coordinator closes an incident; False if it was not open or quiet."""
    cur = conn.execute(SQL_INCIDENT_CLOSE, (actor, reason, _ts(at), incident_id, list(OPEN_INCIDENT_STATES)))
    return cur.rowcount == 1


# A closed incident reopened by a coordinator: quiet (live for dispatch, no evidence joins it
# by itself); who closed it and why stay in its timeline, not on the row of a live job.
SQL_INCIDENT_REOPEN = """
UPDATE ops_incidents SET state = 'quiet', closed_by = NULL, close_reason = NULL, updated_at = %s
WHERE incident_id = %s AND state = 'closed'
"""


def reopen_incident(conn: Conn, incident_id: str, at: float) -> bool:
    """A coordinator reopens a closed incident (it becomes quiet); False if it was not closed."""
    return conn.execute(SQL_INCIDENT_REOPEN, (_ts(at), incident_id)).rowcount == 1


SQL_MEMBER_OF = "SELECT incident_id FROM ops_incident_members WHERE item_key = %s"
SQL_MEMBER_COUNT = "SELECT count(*) FROM ops_incident_members WHERE incident_id = %s"
SQL_LOGGED_ITEM = "SELECT item FROM ops_feed_log WHERE item_key = %s AND op = 'feed'"
SQL_HELD_BY = "SELECT incident_id FROM ops_incident_held WHERE item_key = %s"
SQL_MEMBER_DELETE = "DELETE FROM ops_incident_members WHERE item_key = %s"
SQL_MEMBER_LINKED = """
UPDATE ops_incident_members SET incident_id = %s, via = 'linked', linked_to = NULL, distance_m = 0, dt_s = 0,
    joined_at = %s
WHERE item_key = %s
"""
SQL_LEFT_OUT_BY_HAND = """
INSERT INTO ops_left_out (item_key, reason, decided_at) VALUES (%s, %s, %s)
ON CONFLICT (item_key) DO UPDATE SET reason = EXCLUDED.reason, decided_at = EXCLUDED.decided_at
"""
SQL_LEFT_OUT_DELETE = "DELETE FROM ops_left_out WHERE item_key = %s"
# An incident's row drawn again from its members after a coordinator moved evidence (its
# type, state and severity stay; a closed one is left as it is). Its first evidence is the
# correlator's when given (an update dated before its own report counts from the report,
# ``ops_center.incidents.first_evidence``), else its members' earliest time.
SQL_INCIDENT_REDRAW = """
UPDATE ops_incidents i SET member_count = m.n, agencies = m.ag,
    first_evidence_at = coalesce(%(first)s, m.fe), last_evidence_at = m.le,
    centroid = m.c, hull = m.h, updated_at = %(at)s
FROM (SELECT count(*) AS n, array_agg(DISTINCT agency ORDER BY agency) AS ag, min(observed_at) AS fe,
        max(observed_at) AS le, ST_Centroid(ST_Collect(geom)) AS c, ST_ConvexHull(ST_Collect(geom)) AS h
      FROM ops_incident_members WHERE incident_id = %(incident_id)s HAVING count(*) > 0) AS m
WHERE i.incident_id = %(incident_id)s AND i.state <> 'closed'
"""


def member_of(conn: Conn, item_key: str) -> str | None:
    """The incident whose stored evidence ``item_key`` is, if any."""
    row = conn.execute(SQL_MEMBER_OF, (item_key,)).fetchone()
    return None if row is None else str(row[0])


def member_count(conn: Conn, incident_id: str) -> int:
    """How many stored members an incident has."""
    row = conn.execute(SQL_MEMBER_COUNT, (incident_id,)).fetchone()
    return int(row[0]) if row else 0


def logged_item(conn: Conn, item_key: str) -> Item | None:
    """The item as the replay log holds it (None: never fed, or pruned)."""
    row = conn.execute(SQL_LOGGED_ITEM, (item_key,)).fetchone()
    return None if row is None else item_from_json(row[0])


def held_by(conn: Conn, item_key: str) -> str | None:
    """The planned event's incident that holds ``item_key`` aside, if any."""
    row = conn.execute(SQL_HELD_BY, (item_key,)).fetchone()
    return None if row is None else str(row[0])


def move_member(conn: Conn, item_key: str, target: str | None, at: float, *, member: Member | None = None,
                reason: str = "") -> None:
    """Store a coordinator's move of ``item_key``: into ``target`` (its stored member row
    re-pointed, or ``member`` written when it has none), or out of every incident
    (``target`` None: left out with ``reason``)."""
    if target is None:
        conn.execute(SQL_MEMBER_DELETE, (item_key,))
        conn.execute(SQL_LEFT_OUT_BY_HAND, (item_key, reason, _ts(at)))
        return
    conn.execute(SQL_LEFT_OUT_DELETE, (item_key,))
    if conn.execute(SQL_MEMBER_LINKED, (target, _ts(at), item_key)).rowcount == 0 and member is not None:
        upsert_members(conn, [(target, member)])


def redraw_incident(conn: Conn, incident_id: str, at: float, first_evidence_t: float | None = None) -> None:
    """Draw an incident's row again from its stored members (see ``SQL_INCIDENT_REDRAW``);
    ``first_evidence_t`` the correlator's first evidence of it, when it holds the incident."""
    first = None if first_evidence_t is None else _ts(first_evidence_t)
    conn.execute(SQL_INCIDENT_REDRAW, {"incident_id": incident_id, "at": _ts(at), "first": first})


# An incident as its rows hold it, in EPSG:3826 as the correlator's snapshots are.
SQL_STORED_INCIDENT = """
SELECT type, state, severity, agencies, extract(epoch FROM first_evidence_at),
    extract(epoch FROM last_evidence_at), extract(epoch FROM opened_at), extract(epoch FROM updated_at),
    ST_X(ST_Transform(centroid, 3826)), ST_Y(ST_Transform(centroid, 3826)),
    (SELECT array_agg(ARRAY[ST_X(d.geom), ST_Y(d.geom)] ORDER BY d.path)
     FROM ST_DumpPoints(ST_Transform(hull, 3826)) AS d),
    zone, sub_area, withdrawn, planned
FROM ops_incidents WHERE incident_id = %s
"""
SQL_STORED_MEMBERS = """
SELECT item_key, kind, agency, feed, category, severity, signal, via, anchor, linked_to, distance_m, dt_s,
    extract(epoch FROM observed_at), extract(epoch FROM joined_at), source_id,
    ST_X(ST_Transform(geom, 3826)), ST_Y(ST_Transform(geom, 3826))
FROM ops_incident_members WHERE incident_id = %s ORDER BY joined_at, item_key
"""


SQL_STORED_MEMBER = SQL_STORED_MEMBERS.replace("WHERE incident_id = %s ORDER BY joined_at, item_key",
                                               "WHERE item_key = %s")


def _member(row: tuple[Any, ...]) -> Member:
    key, kind, agency, feed, category, sev, signal, via, anchor, linked_to, d, dt, t, joined, src, x, y = row
    return Member(Item(key, ItemKind(kind), agency, feed, category, CapSeverity(sev), x, y, float(t), source_id=src),
                  signal, JoinVia(via), anchor, linked_to, d, dt, float(joined))


def stored_member(conn: Conn, item_key: str) -> Member | None:
    """An item's stored member row as a member (what the row keeps: no report's text)."""
    row = conn.execute(SQL_STORED_MEMBER, (item_key,)).fetchone()
    return None if row is None else _member(tuple(row))


def stored_incident(conn: Conn, incident_id: str) -> Incident | None:
    """A snapshot of an incident from its stored rows, for one the correlator does not hold
    (forgotten: closed, or quiet for a retention) that a coordinator's command tells the
    agencies of; its members carry what the rows keep (no report's text). None if there is
    no such incident."""
    row = conn.execute(SQL_STORED_INCIDENT, (incident_id,)).fetchone()
    if row is None:
        return None
    (type_, state, severity, agencies, first_t, last_t, opened, updated, cx, cy, hull, zone, sub_area,
     withdrawn, planned) = row
    members = tuple(_member(tuple(r)) for r in conn.execute(SQL_STORED_MEMBERS, (incident_id,)))
    return Incident(
        incident_id=incident_id, type=IncidentType(type_), state=IncidentState(state), members=members,
        severity=CapSeverity(severity), agencies=frozenset(agencies), first_evidence_t=float(first_t),
        last_evidence_t=float(last_t), opened_at=float(opened), updated_at=float(updated), centroid=(cx, cy),
        hull=tuple((float(x), float(y)) for x, y in hull or ()), zone=ZoneRef(zone, sub_area),
        withdrawn=bool(withdrawn), planned=bool(planned),
    )


# -- dispatch -------------------------------------------------------------------------
# Keys are unique within one statement (Writes keeps one row per assignment).
SQL_ASSIGNMENTS_UPSERT = """
INSERT INTO ops_assignments (incident_id, agency, state, ack_policy, assigned_at, state_since,
    acknowledged_at, deadline, escalations)
SELECT i, ag, st, pol, a, s, ack, d, e
FROM unnest(%b::text[], %b::text[], %b::text[], %b::text[], %b::timestamptz[], %b::timestamptz[],
    %b::timestamptz[], %b::timestamptz[], %b::integer[]) AS u(i, ag, st, pol, a, s, ack, d, e)
ON CONFLICT (incident_id, agency) DO UPDATE SET state = EXCLUDED.state,
    assigned_at = EXCLUDED.assigned_at, state_since = EXCLUDED.state_since,
    acknowledged_at = EXCLUDED.acknowledged_at, deadline = EXCLUDED.deadline,
    escalations = EXCLUDED.escalations
"""
SQL_ASSIGNMENTS_DEADLINE = """
UPDATE ops_assignments a SET deadline = u.d
FROM unnest(%b::text[], %b::text[], %b::timestamptz[]) AS u(i, ag, d)
WHERE a.incident_id = u.i AND a.agency = u.ag
"""
SQL_ASSIGNMENTS_ESCALATIONS = """
UPDATE ops_assignments a SET escalations = u.e
FROM unnest(%b::text[], %b::text[], %b::integer[]) AS u(i, ag, e)
WHERE a.incident_id = u.i AND a.agency = u.ag
"""
SQL_ASSIGNMENT_TRANSITIONS = """
INSERT INTO ops_assignment_transitions (incident_id, agency, from_state, to_state, at, actor,
    reason, channel)
SELECT i, ag, f, t, a, ac, r, ch
FROM unnest(%b::text[], %b::text[], %b::text[], %b::text[], %b::timestamptz[], %b::text[], %b::text[],
    %b::text[]) WITH ORDINALITY AS u(i, ag, f, t, a, ac, r, ch, o)
ORDER BY o
"""
SQL_ESCALATIONS = """
INSERT INTO ops_escalations (incident_id, agency, state, level, escalated_to, at)
SELECT i, ag, st, lv, tgt, a
FROM unnest(%b::text[], %b::text[], %b::text[], %b::integer[], %b::text[], %b::timestamptz[])
    WITH ORDINALITY AS u(i, ag, st, lv, tgt, a, o)
ORDER BY o
"""
SQL_MODE_SWITCH = """
INSERT INTO ops_mode_switches (at, from_mode, to_mode, actor, reason) VALUES (%s, %s, %s, %s, %s)
RETURNING id
"""
SQL_MODE_LATEST = "SELECT id, to_mode FROM ops_mode_switches ORDER BY id DESC LIMIT 1"
# Conflicts with itself, not with readers: one switch at a time, until its transaction ends.
SQL_MODE_SWITCH_LOCK = "LOCK TABLE ops_mode_switches IN SHARE ROW EXCLUSIVE MODE"
SQL_ASSIGNMENTS_LOAD = """
SELECT incident_id, agency, state, ack_policy, assigned_at, state_since, acknowledged_at,
       deadline, escalations FROM ops_assignments
"""


def store_deadlines(conn: Conn, assignments: Iterable[Assignment]) -> None:
    """Store the deadlines of assignments (after a mode switch, or at start-up in the current mode)."""
    w = Writes()
    w.deadlines(assignments)
    w.flush(conn)


def store_dispatch_events(
    conn: Conn,
    events: Iterable[AssignmentChanged | Escalated | ModeSwitched | Noted],
    policy_of: dict[str, AckPolicy],
    channel: str,
    reported_by: str = "",
) -> None:
    """Persist dispatch events with one audit row each (:meth:`Writes.dispatch_events`)."""
    w = Writes()
    w.dispatch_events(events, policy_of, channel, reported_by)
    w.flush(conn)


def record_mode_switch(conn: Conn, ev: ModeSwitched) -> int:
    """Persist a 平時/戰時 switch (and audit it); returns its id."""
    row = conn.execute(SQL_MODE_SWITCH, (_ts(ev.at), ev.src.value, ev.dst.value, ev.actor, ev.reason)).fetchone()
    assert row is not None
    w = Writes()
    w.audit(
        ev.at,
        actor=ev.actor,
        action="mode.switch",
        subject_type="ops_mode",
        subject_id=ev.dst.value,
        reason=ev.reason,
        detail={"from": ev.src.value, "to": ev.dst.value},
    )
    w.flush(conn)
    return int(row[0])


def lock_mode_switches(conn: Conn) -> None:
    """Hold off other switches until this transaction ends, so that each one reads the
    mode it really leaves (two coordinators switching at once)."""
    conn.execute(SQL_MODE_SWITCH_LOCK)


def latest_mode(conn: Conn) -> tuple[int, Mode] | None:
    """The id and mode of the latest switch, if any."""
    row = conn.execute(SQL_MODE_LATEST).fetchone()
    return None if row is None else (int(row[0]), Mode(row[1]))


SQL_WITHDRAWN_IDS = "SELECT incident_id FROM ops_incidents WHERE withdrawn AND state <> 'closed'"


def withdrawn_ids(conn: Conn) -> list[str]:
    """Ids of the withdrawn incidents not closed: their dispatch clocks are stopped."""
    return [str(r[0]) for r in conn.execute(SQL_WITHDRAWN_IDS)]


def load_assignments(conn: Conn) -> tuple[list[Assignment], dict[str, AckPolicy]]:
    """Every persisted assignment (its deadline as stored) and the ack policy of each incident."""
    out: list[Assignment] = []
    policies: dict[str, AckPolicy] = {}
    for inc, agency, state, policy, assigned, since, acked, due, esc in conn.execute(SQL_ASSIGNMENTS_LOAD):
        out.append(
            Assignment(
                inc,
                Agency(agency),
                AssignmentState(state),
                assigned.timestamp(),
                since.timestamp(),
                acked.timestamp() if acked is not None else None,
                due.timestamp() if due is not None else None,
                esc,
            )
        )
        policies[inc] = AckPolicy(policy)
    return out, policies


# -- CAP exchange ---------------------------------------------------------------------
SQL_CAP_INSERT = """
INSERT INTO ops_cap_messages (identifier, sender, incident_id, direction, msg_type, sent, refs, xml)
SELECT ident, snd, i, dir, ty, sent, refs, xml
FROM unnest(%b::text[], %b::text[], %b::text[], %b::text[], %b::text[], %b::timestamptz[], %b::text[],
    %b::text[]) AS u(ident, snd, i, dir, ty, sent, refs, xml)
ON CONFLICT (sender, identifier) DO NOTHING
"""
SQL_CAP_LAST_OUT = """
SELECT sender, identifier, sent FROM ops_cap_messages
WHERE incident_id = %s AND direction = 'out' ORDER BY sent DESC, created_at DESC LIMIT 1
"""


def last_cap_out(conn: Conn, incident_id: str) -> tuple[str, str, datetime] | None:
    """``(sender, identifier, sent)`` of the latest message sent for an incident."""
    row = conn.execute(SQL_CAP_LAST_OUT, (incident_id,)).fetchone()
    return None if row is None else (row[0], row[1], row[2])


SQL_CAP_LAST_OUT_XML = """
SELECT xml FROM ops_cap_messages
WHERE incident_id = %s AND direction = 'out' ORDER BY sent DESC, created_at DESC LIMIT 1
"""


def last_cap_xml(conn: Conn, incident_id: str) -> str:
    """The latest CAP message sent for an incident, whole ("" if none was)."""
    row = conn.execute(SQL_CAP_LAST_OUT_XML, (incident_id,)).fetchone()
    return "" if row is None else str(row[0])


SQL_INCIDENT_NUMBERS = """
SELECT incident_id, number FROM ops_incidents WHERE incident_id = ANY(%s) AND number IS NOT NULL
"""


def incident_numbers(conn: Conn, incident_ids: Sequence[str]) -> dict[str, int]:
    """The short numbers (``#12``) of those of ``incident_ids`` that have one."""
    return {str(i): int(n) for i, n in conn.execute(SQL_INCIDENT_NUMBERS, (list(incident_ids),))}


# -- the outbox (migration 0078): messages stored with the change they tell -----------------
#: One statement per transaction, in the order the messages were queued.
SQL_OUTBOX_STAGE = """
INSERT INTO ops_outbox (topic, body, raw, retain)
SELECT topic, body, raw, retain FROM unnest(%b::text[], %b::text[], %b::bytea[], %b::boolean[])
    WITH ORDINALITY AS u(topic, body, raw, retain, n) ORDER BY n
"""
SQL_OUTBOX_READ = "SELECT topic, body, raw, retain FROM ops_outbox ORDER BY id"
SQL_OUTBOX_CLEAR = "DELETE FROM ops_outbox"
SQL_OUTBOX_FORGET = "DELETE FROM ops_outbox WHERE id IN (SELECT id FROM ops_outbox ORDER BY id LIMIT %s)"

#: A message to an agency as the service queues it: topic, payload (an assignment's body as a
#: dict, its number filled in when it is published), whether the broker retains it.
Message = tuple[str, bytes | dict[str, object], bool]


def stage_messages(conn: Conn, messages: Sequence[Message]) -> None:
    """Store ``messages`` in the caller's transaction, so what it commits is told even when
    the process dies before publishing them (:func:`staged_messages` at the restart)."""
    if not messages:
        return
    conn.execute(SQL_OUTBOX_STAGE, (
        [t for t, _p, _r in messages],
        [json.dumps(p, ensure_ascii=False) if isinstance(p, dict) else None for _t, p, _r in messages],
        [None if isinstance(p, dict) else p for _t, p, _r in messages],
        [r for _t, _p, r in messages]))


def staged_messages(conn: Conn) -> list[Message]:
    """The stored messages not known to be published, oldest first."""
    out: list[Message] = []
    for topic, body, raw, retain in conn.execute(SQL_OUTBOX_READ):
        out.append((str(topic), json.loads(body) if body is not None else bytes(raw), bool(retain)))
    return out


def forget_staged(conn: Conn, n: int) -> None:
    """Forget the ``n`` oldest stored messages: they have been published, in the order they
    were stored (one writer: ``soc ops run``, whose transactions store them in its order)."""
    conn.execute(SQL_OUTBOX_FORGET, (n,))


def clear_staged(conn: Conn) -> None:
    """Forget the stored messages: every one has been published (one writer: ``soc ops run``)."""
    conn.execute(SQL_OUTBOX_CLEAR)


SQL_WITHDRAWAL = """
SELECT reason, detail ->> 'reason_en', detail ->> 'source_id' FROM ops_incident_history
WHERE incident_id = %s AND action = 'withdrawn' ORDER BY id DESC LIMIT 1
"""


def withdrawal(conn: Conn, incident_id: str) -> Withdrawal | None:
    """Why an incident was withdrawn, as its history says (None if it never was)."""
    row = conn.execute(SQL_WITHDRAWAL, (incident_id,)).fetchone()
    return None if row is None else Withdrawal(str(row[0]), str(row[1] or row[0]), str(row[2] or ""))


def incident_ids_with_state(conn: Conn, states: Sequence[str]) -> list[str]:
    """Ids of incidents in one of ``states``."""
    rows = conn.execute(
        "SELECT incident_id FROM ops_incidents WHERE state = ANY(%s) ORDER BY opened_at",
        (list(states),),
    )
    return [r[0] for r in rows]


# -- one transaction's writes ---------------------------------------------------------
_Key = tuple[str, str]  # (incident_id, agency)


@dataclass(slots=True)
class Writes:
    """The rows of one transaction, gathered by kind and written by :meth:`flush` as one
    statement per kind, so a poll that stores hundreds of incident changes, dispatches
    and audit rows sends a fixed number of statements (none of which waits for a reply:
    in a pipeline they go out together) and the server plans each once.

    Call the methods in the order things happened; :meth:`flush` (inside the caller's
    transaction) writes incidents before what references them and keeps the order of
    the rows of each append-only table (history, transitions, escalations, audit).
    Per assignment, the last state is written: a transition row or an escalation is
    kept for each event, the ``ops_assignments`` row once with its final columns.
    """

    incidents: dict[str, Incident] = field(default_factory=dict)
    members: list[tuple[str, Member]] = field(default_factory=list)
    held: list[tuple[str, Member]] = field(default_factory=list)
    merges: list[MergeRecord] = field(default_factory=list)
    history_rows: list[tuple[str, datetime, str, str, str, Jsonb]] = field(default_factory=list)
    left_out_rows: list[tuple[str, str, datetime]] = field(default_factory=list)
    assignments: dict[_Key, tuple[Any, ...]] = field(default_factory=dict)
    deadline_of: dict[_Key, datetime | None] = field(default_factory=dict)
    escalations_of: dict[_Key, int] = field(default_factory=dict)
    transitions: list[tuple[Any, ...]] = field(default_factory=list)
    escalations: list[tuple[Any, ...]] = field(default_factory=list)
    caps: list[tuple[Any, ...]] = field(default_factory=list)
    audits: list[common_audit.Entry] = field(default_factory=list)

    # -- incidents
    def incident(self, snap: Incident, new_members: Sequence[Member] = (), new_held: Sequence[Member] = ()) -> None:
        """An incident's row (its latest snapshot wins), the members it gained and what it
        newly holds aside (a planned event)."""
        self.incidents[snap.incident_id] = snap
        self.members.extend((snap.incident_id, m) for m in new_members)
        self.held.extend((snap.incident_id, m) for m in new_held)

    def merge(self, rec: MergeRecord) -> None:
        """``rec.absorbed`` merged into ``rec.survivor`` (marked, and the record kept)."""
        self.merges.append(rec)

    def history(
        self,
        incident_id: str,
        at: float,
        *,
        actor: str,
        action: str,
        reason: str = "",
        detail: dict[str, Any] | None = None,
    ) -> None:
        """One line of incident history."""
        self.history_rows.append((incident_id, _ts(at), actor, action, reason, Jsonb(detail or {})))

    def left_out(self, item_key: str, reason: str, at: float) -> None:
        """An item that belongs to no incident, with its reason (the first reason kept)."""
        self.left_out_rows.append((item_key, reason, _ts(at)))

    # -- dispatch
    def assignment(self, a: Assignment, policy: AckPolicy) -> None:
        """The current state of one assignment."""
        key = (a.incident_id, a.agency.value)
        self.deadline_of.pop(key, None)
        self.escalations_of.pop(key, None)
        self.assignments[key] = (
            a.incident_id,
            a.agency.value,
            a.state.value,
            policy.value,
            _ts(a.assigned_at),
            _ts(a.state_since),
            _ts(a.acknowledged_at) if a.acknowledged_at is not None else None,
            _ts(a.deadline) if a.deadline is not None else None,
            a.escalations,
        )

    def deadlines(self, assignments: Iterable[Assignment]) -> None:
        """New deadlines of assignments (a mode switch; start-up in the current mode)."""
        for a in assignments:
            key = (a.incident_id, a.agency.value)
            deadline = _ts(a.deadline) if a.deadline is not None else None
            row = self.assignments.get(key)
            if row is not None:
                self.assignments[key] = (*row[:7], deadline, row[8])
            else:
                self.deadline_of[key] = deadline

    def _escalated(self, incident_id: str, agency: str, level: int) -> None:
        key = (incident_id, agency)
        row = self.assignments.get(key)
        if row is not None:
            self.assignments[key] = (*row[:8], level)
        else:
            self.escalations_of[key] = level

    def audit(
        self,
        at: float,
        *,
        actor: str,
        action: str,
        subject_type: str,
        subject_id: str,
        reason: str = "",
        detail: dict[str, Any] | None = None,
    ) -> None:
        """One row of the shared audit log: who, when, what, why."""
        self.audits.append(common_audit.Entry(_ts(at), actor, action, subject_type, subject_id, reason, detail))

    def dispatch_events(
        self,
        events: Iterable[AssignmentChanged | Escalated | ModeSwitched | Noted],
        policy_of: dict[str, AckPolicy],
        channel: str,
        reported_by: str = "",
    ) -> None:
        """Dispatch events with one audit row each.

        ``reported_by`` is the display name an agency's message gave for who reported
        (the body's ``by``): kept in the audit detail, never as the actor.
        """
        for ev in events:
            if isinstance(ev, AssignmentChanged):
                a = ev.assignment
                self.assignment(a, policy_of.get(a.incident_id, AckPolicy.ALL))
                src = ev.src.value if ev.src is not None else None
                self.transitions.append(
                    (a.incident_id, a.agency.value, src, a.state.value, _ts(ev.at), ev.actor, ev.reason, channel)
                )
                self.audit(
                    ev.at,
                    actor=ev.actor,
                    action=f"assignment.{a.state.value}",
                    subject_type="incident",
                    subject_id=a.incident_id,
                    reason=ev.reason,
                    detail={"agency": a.agency.value, "from": src, "channel": channel,
                            **({"by": reported_by} if reported_by else {})},
                )
            elif isinstance(ev, Escalated):
                self.escalations.append(
                    (ev.incident_id, ev.agency.value, ev.state.value, ev.level, ev.to, _ts(ev.at))
                )
                self._escalated(ev.incident_id, ev.agency.value, ev.level)
                self.audit(
                    ev.at,
                    actor=DISPATCHER_ACTOR,
                    action="assignment.escalate",
                    subject_type="incident",
                    subject_id=ev.incident_id,
                    reason=f"{ev.state.value} overdue",
                    detail={"agency": ev.agency.value, "level": ev.level, "to": ev.to},
                )
            elif isinstance(ev, ModeSwitched):
                # The deadlines of the new mode, stored with the switch: the wall and the API
                # count down to the stored deadline.
                self.deadlines(ev.recomputed)
                self.audit(
                    ev.at,
                    actor=ev.actor,
                    action="mode.apply",
                    subject_type="ops_mode",
                    subject_id=ev.dst.value,
                    reason=ev.reason,
                    detail={"from": ev.src.value, "to": ev.dst.value},
                )
            else:
                self.history(ev.incident_id, ev.at, actor=ev.actor, action="note", reason=ev.text)
                self.audit(
                    ev.at,
                    actor=ev.actor,
                    action="incident.note",
                    subject_type="incident",
                    subject_id=ev.incident_id,
                    reason=ev.text,
                )

    def cap(
        self,
        *,
        identifier: str,
        sender: str,
        incident_id: str,
        direction: str,
        msg_type: str,
        sent: datetime,
        refs: str,
        xml: bytes,
    ) -> None:
        """One exchanged CAP message."""
        self.caps.append((identifier, sender, incident_id, direction, msg_type, sent, refs, xml.decode()))

    # -- writing
    def flush(self, conn: Conn) -> None:
        """Write everything gathered (one statement per kind that has rows), then forget it."""
        upsert_incidents(conn, list(self.incidents.values()))
        if self.merges:
            ms = self.merges
            conn.execute(SQL_INCIDENTS_MERGED, ([m.absorbed for m in ms], [m.survivor for m in ms],
                                                [_ts(m.at) for m in ms]))
        upsert_members(conn, self.members)
        upsert_held(conn, self.held)
        if self.merges:
            ms = self.merges
            conn.execute(SQL_MERGES, ([m.absorbed for m in ms], [m.survivor for m in ms],
                                      [m.bridge_key for m in ms], [_ts(m.at) for m in ms],
                                      [m.survivor_type.value for m in ms], [m.absorbed_type.value for m in ms]))
        _execute_columns(conn, SQL_HISTORY, self.history_rows, 6)
        _execute_columns(conn, SQL_LEFT_OUT, self.left_out_rows, 3)
        _execute_columns(conn, SQL_ASSIGNMENTS_DEADLINE, [(*k, d) for k, d in self.deadline_of.items()], 3)
        _execute_columns(conn, SQL_ASSIGNMENTS_ESCALATIONS, [(*k, e) for k, e in self.escalations_of.items()], 3)
        _execute_columns(conn, SQL_ASSIGNMENTS_UPSERT, list(self.assignments.values()), 9)
        _execute_columns(conn, SQL_ASSIGNMENT_TRANSITIONS, self.transitions, 8)
        _execute_columns(conn, SQL_ESCALATIONS, self.escalations, 6)
        _execute_columns(conn, SQL_CAP_INSERT, self.caps, 8)
        common_audit.record_many(conn, self.audits)
        for kind in (self.incidents, self.assignments, self.deadline_of, self.escalations_of):
            kind.clear()
        for rows in (self.members, self.held, self.merges, self.history_rows, self.left_out_rows, self.transitions,
                     self.escalations, self.caps, self.audits):
            rows.clear()


def _execute_columns(conn: Conn, sql: str, rows: Sequence[tuple[Any, ...]], width: int) -> None:
    """Run ``sql`` once with ``rows`` as ``width`` column arrays (nothing when there are none)."""
    if rows:
        conn.execute(sql, [[r[c] for r in rows] for c in range(width)])


# -- coordinator commands (migration 0042) -------------------------------------------
# The web inserts; the service claims the oldest pending command, applies it and marks
# it in the same transaction (the row lock keeps a second claimer off it meanwhile).
SQL_COMMAND_INSERT = """
INSERT INTO ops_commands (incident_id, kind, args, actor, reason) VALUES (%s, %s, %s, %s, %s)
RETURNING id
"""
SQL_COMMAND_INSERT_KEYED = """
INSERT INTO ops_commands (incident_id, kind, args, actor, reason, idempotency_key)
VALUES (%s, %s, %s, %s, %s, %s)
ON CONFLICT (actor, idempotency_key) DO NOTHING
RETURNING id
"""
SQL_COMMAND_BY_KEY = """
SELECT id FROM ops_commands WHERE actor = %s AND idempotency_key = %s
"""
SQL_COMMAND_CLAIM = """
SELECT id, incident_id, kind, args, actor, reason, requested_at, state, result, error,
       error_type, done_at
FROM ops_commands WHERE state = 'pending' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED
"""
SQL_COMMAND_FINISH = """
UPDATE ops_commands SET state = %s, result = %s, error = %s, error_type = %s, done_at = %s
WHERE id = %s AND state = 'pending'
"""
SQL_COMMAND_GET = """
SELECT id, incident_id, kind, args, actor, reason, requested_at, state, result, error,
       error_type, done_at
FROM ops_commands WHERE id = %s
"""


@dataclass(frozen=True, slots=True)
class CommandRow:
    """One coordinator command as stored (``args`` is the JSON object of its kind)."""

    id: int
    incident_id: str
    kind: str
    args: dict[str, Any]
    actor: str
    reason: str
    requested_at: datetime
    state: str
    result: str | None
    error: str | None
    error_type: str | None
    done_at: datetime | None


def insert_command(conn: Conn, incident_id: str, kind: str, args: dict[str, str], *, actor: str, reason: str) -> int:
    """Queue a command for the running service; returns its id (visible at the caller's commit)."""
    row = conn.execute(SQL_COMMAND_INSERT, (incident_id, kind, Jsonb(args), actor, reason)).fetchone()
    assert row is not None
    return int(row[0])


def insert_command_once(conn: Conn, incident_id: str, kind: str, args: dict[str, str], *, actor: str,
                        reason: str, key: str) -> tuple[int, bool]:
    """Queue a command under ``actor``'s ``key`` unless one is stored under it already:
    returns the command's id and whether it is new. A concurrent insert under the same key
    waits for the other's transaction; once it commits, its row is the one returned."""
    row = conn.execute(SQL_COMMAND_INSERT_KEYED, (incident_id, kind, Jsonb(args), actor, reason, key)).fetchone()
    if row is not None:
        return int(row[0]), True
    found = conn.execute(SQL_COMMAND_BY_KEY, (actor, key)).fetchone()
    assert found is not None  # the conflicting row is committed: DO NOTHING waited for it
    return int(found[0]), False


def claim_command(conn: Conn) -> CommandRow | None:
    """Lock the oldest pending command (call inside a transaction); None if there is none."""
    return fetch_one(conn, CommandRow, SQL_COMMAND_CLAIM)


def finish_command(
    conn: Conn, command_id: int, *, at: float, result: str | None = None, error: BaseException | None = None
) -> None:
    """Mark a claimed command done (``result``) or rejected (``error``), in the effects' transaction."""
    state = "done" if error is None else "rejected"
    conn.execute(
        SQL_COMMAND_FINISH,
        (
            state,
            result,
            None if error is None else str(error)[:2000],
            None if error is None else type(error).__name__,
            _ts(at),
            command_id,
        ),
    )


def get_command(conn: Conn, command_id: int) -> CommandRow | None:
    """One command by id."""
    return fetch_one(conn, CommandRow, SQL_COMMAND_GET, (command_id,))
