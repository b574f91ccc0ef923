"""The shared audit log (migration 0001): the one writer every package uses.

Who did what to which subject, when and why, appended in the caller's
transaction, so that an action and its audit row commit together or not at all.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

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
