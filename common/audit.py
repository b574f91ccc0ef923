"""The shared audit log (migration 0001): the one writer every package uses.

Who did what to which subject, when and why, appended in the caller's
transaction, so that an action and its audit row commit together or not at all;
:func:`list_entries` is its read model (the API's audit list).
"""

from __future__ import annotations

import getpass
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from common.db import fetch_all

SQL_AUDIT_INSERT = """
INSERT INTO audit_log (at, actor, action, subject_type, subject_id, reason, detail)
VALUES (COALESCE(%s::timestamptz, now()), %s, %s, %s, %s, %s, %s)
RETURNING id
"""


def record(
    conn: psycopg.Connection[Any],
    *,
    actor: str,
    action: str,
    subject_type: str,
    subject_id: str,
    reason: str = "",
    detail: Mapping[str, object] | None = None,
    at: datetime | None = None,
) -> int:
    """Append one audit entry (``at`` defaults to the transaction's time); returns its id."""
    row = conn.execute(
        SQL_AUDIT_INSERT,
        (at, actor, action, subject_type, subject_id, reason, Jsonb(dict(detail or {}))),
    ).fetchone()
    assert row is not None
    return int(row[0])


@dataclass(frozen=True, slots=True)
class Entry:
    """One audit entry to append with :func:`record_many`."""

    at: datetime
    actor: str
    action: str
    subject_type: str
    subject_id: str
    reason: str = ""
    detail: Mapping[str, object] | None = None


# Many entries in one statement, ids in the order given (no id comes back, so a
# pipeline sends it without waiting for the server).
SQL_AUDIT_INSERT_MANY = """
INSERT INTO audit_log (at, actor, action, subject_type, subject_id, reason, detail)
SELECT at, actor, action, st, sid, reason, detail
FROM unnest(%b::timestamptz[], %b::text[], %b::text[], %b::text[], %b::text[], %b::text[], %b::jsonb[])
    WITH ORDINALITY AS u(at, actor, action, st, sid, reason, detail, o)
ORDER BY o
"""


def record_many(conn: psycopg.Connection[Any], entries: Sequence[Entry]) -> None:
    """Append ``entries`` in one statement, in the caller's transaction."""
    if not entries:
        return
    conn.execute(
        SQL_AUDIT_INSERT_MANY,
        (
            [e.at for e in entries],
            [e.actor for e in entries],
            [e.action for e in entries],
            [e.subject_type for e in entries],
            [e.subject_id for e in entries],
            [e.reason for e in entries],
            [Jsonb(dict(e.detail or {})) for e in entries],
        ),
    )


def cli_actor() -> str:
    """The actor a command line writes: ``cli:<login>`` (``cli`` when the login is unknown)."""
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli"


@dataclass(frozen=True, slots=True)
class AuditRow:
    """One audit entry."""

    id: int
    at: datetime
    actor: str
    action: str
    subject_type: str
    subject_id: str
    reason: str
    detail: dict[str, object]


SQL_AUDIT_LIST = """
SELECT id, at, actor, action, subject_type, subject_id, reason, detail
FROM audit_log
WHERE (%(subject_type)s::text IS NULL OR subject_type = %(subject_type)s)
  AND (%(subject_id)s::text IS NULL OR subject_id = %(subject_id)s)
  AND (%(actor)s::text IS NULL OR actor = %(actor)s)
ORDER BY id DESC
LIMIT %(limit)s
"""


def list_entries(
    conn: psycopg.Connection[Any],
    *,
    subject_type: str | None,
    subject_id: str | None,
    actor: str | None,
    limit: int,
) -> list[AuditRow]:
    """Latest audit entries, newest first, optionally filtered."""
    return fetch_all(conn, AuditRow, SQL_AUDIT_LIST, {
        "subject_type": subject_type, "subject_id": subject_id, "actor": actor, "limit": limit,
    })
