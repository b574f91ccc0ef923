"""SQL of the web package: its accounts and sessions (``web_users``, 0060), and the
statements its connections use on themselves (the probe, the health check's timeout,
the wall's snapshot and its ``LISTEN``).

Every statement is a named constant with bound parameters; rows come back as
frozen dataclasses through ``class_row``. Other packages' data come from their
read models (``ingest.api``, ``alerts.api``, ``ops_center.api``, ``kpi.api``);
the routes write the audit log with :func:`common.audit.record`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from psycopg import Connection, errors, sql
from psycopg.rows import class_row

from ingest.api import SEEN_CHANNEL
from web.errors import ConflictError

# -- sessions: the connection's own settings ------------------------------------

#: The database probe (``web.dbwatch``): any answer means the database is there; its clock
#: dates the last answer before an outage (``common.health.record_outage``).
SQL_PROBE = "SELECT now()"
#: set_config(..., true): local to the health check's transaction, given back with the connection.
SQL_HEALTH_TIMEOUT = "SELECT set_config('statement_timeout', %s, true)"
#: The wall feed's read: one read-only snapshot for all topics, so the wall never mixes two moments.
SQL_SNAPSHOT = "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"
#: The subscription to ingest's per-batch notifications (contract: docs/mqtt.md).
SQL_LISTEN_SEEN = sql.SQL("LISTEN {}").format(sql.Identifier(SEEN_CHANNEL))
#: The listener's question on its own connection (web.wall.push): is it still there?
SQL_PING = "SELECT 1"

# -- accounts -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class UserRow:
    """One account of ``web_users``."""

    user_name: str
    role: str
    agency: str | None
    display_name: str
    password_hash: str | None
    active: bool
    token_version: int
    created_at: datetime


SQL_USER_GET = """
SELECT user_name, role, agency, display_name, password_hash, active, token_version, created_at
FROM web_users WHERE user_name = %s
"""
SQL_USER_INSERT = """
INSERT INTO web_users (user_name, role, agency, display_name, password_hash)
VALUES (%s, %s, %s, %s, %s)
RETURNING user_name, role, agency, display_name, password_hash, active, token_version, created_at
"""
SQL_USER_LIST = """
SELECT user_name, role, agency, display_name, password_hash, active, token_version, created_at
FROM web_users ORDER BY user_name
"""
SQL_REVOCATION_EXISTS = "SELECT EXISTS (SELECT 1 FROM web_revoked_tokens WHERE token_id = %s)"
SQL_REVOCATION_INSERT = """
INSERT INTO web_revoked_tokens (token_id, user_name, expires_at)
VALUES (%s, %s, to_timestamp(%s)) ON CONFLICT (token_id) DO NOTHING
"""
SQL_REVOCATIONS_PURGE = "DELETE FROM web_revoked_tokens WHERE expires_at < now()"
SQL_USER_VERSION_BUMP = """
UPDATE web_users SET token_version = token_version + 1 WHERE user_name = %s RETURNING token_version
"""
#: An admin's change of an account; a NULL hash keeps the password, ``bump`` (0 or 1) ends
#: every token issued so far.
SQL_USER_UPDATE = """
UPDATE web_users
SET role = %(role)s, agency = %(agency)s, active = %(active)s,
    display_name = coalesce(%(display_name)s, display_name),
    password_hash = coalesce(%(password_hash)s, password_hash),
    token_version = token_version + %(bump)s, updated_at = now()
WHERE user_name = %(user_name)s
RETURNING user_name, role, agency, display_name, password_hash, active, token_version, created_at
"""
#: The active admins, locked in one order (by name) until the transaction ends: two admins
#: taking each other's rights at once are served one after the other, and the second sees the
#: first's change (READ COMMITTED re-reads a locked row that changed).
SQL_ACTIVE_ADMINS_LOCK = """
SELECT user_name FROM web_users WHERE role = %s AND active ORDER BY user_name FOR UPDATE
"""
SQL_SESSIONS = """
SELECT user_name, role, agency, active, token_version FROM web_users WHERE user_name = ANY(%s)
"""
SQL_REVOKED_AMONG = "SELECT token_id FROM web_revoked_tokens WHERE token_id = ANY(%s)"


def get_user(conn: Connection, user_name: str) -> UserRow | None:
    """The account named ``user_name``, or ``None``."""
    with conn.cursor(row_factory=class_row(UserRow)) as cur:
        cur.execute(SQL_USER_GET, (user_name,))
        return cur.fetchone()


def token_revoked(conn: Connection, token_id: str) -> bool:
    """Whether the token ``token_id`` was revoked one by one (logout)."""
    if not token_id:
        return False
    row = conn.execute(SQL_REVOCATION_EXISTS, (token_id,)).fetchone()
    return bool(row and row[0])


def revoke_token(conn: Connection, token_id: str, user_name: str, expires: float) -> None:
    """Refuse the token ``token_id`` from now until ``expires``; forget outlived rows."""
    conn.execute(SQL_REVOCATIONS_PURGE)
    conn.execute(SQL_REVOCATION_INSERT, (token_id, user_name, expires))


def bump_token_version(conn: Connection, user_name: str) -> int | None:
    """Revoke every token issued so far to ``user_name``; the account's new version, or
    ``None`` when there is no such account."""
    row = conn.execute(SQL_USER_VERSION_BUMP, (user_name,)).fetchone()
    return int(row[0]) if row else None


@dataclass(frozen=True, slots=True)
class SessionRow:
    """What an open session must still match: the account's role, agency, state, version."""

    user_name: str
    role: str
    agency: str | None
    active: bool
    token_version: int


def sessions(
    conn: Connection, user_names: list[str], token_ids: list[str]
) -> tuple[dict[str, SessionRow], set[str]]:
    """The accounts named ``user_names`` and which of ``token_ids`` are revoked."""
    with conn.cursor(row_factory=class_row(SessionRow)) as cur:
        cur.execute(SQL_SESSIONS, (user_names,))
        rows = {r.user_name: r for r in cur.fetchall()}
    revoked = {str(r[0]) for r in conn.execute(SQL_REVOKED_AMONG, (token_ids,)).fetchall()}
    return rows, revoked


def list_users(conn: Connection) -> list[UserRow]:
    """Every account, by name."""
    with conn.cursor(row_factory=class_row(UserRow)) as cur:
        cur.execute(SQL_USER_LIST)
        return cur.fetchall()


def insert_user(
    conn: Connection,
    *,
    user_name: str,
    role: str,
    agency: str | None,
    display_name: str,
    password_hash: str | None,
) -> UserRow:
    """Create an account; :class:`ConflictError` if the name is taken."""
    try:
        with conn.cursor(row_factory=class_row(UserRow)) as cur:
            cur.execute(
                SQL_USER_INSERT, (user_name, role, agency, display_name, password_hash)
            )
            row = cur.fetchone()
    except errors.UniqueViolation as exc:
        raise ConflictError(f"user {user_name!r} exists", resource="user", key=user_name) from exc
    assert row is not None
    return row


def lock_active_admins(conn: Connection, admin_role: str) -> list[str]:
    """The names of the active accounts of ``admin_role``, their rows locked until the caller's
    transaction ends (:data:`SQL_ACTIVE_ADMINS_LOCK`)."""
    return [str(r[0]) for r in conn.execute(SQL_ACTIVE_ADMINS_LOCK, (admin_role,)).fetchall()]


def update_user(
    conn: Connection,
    user_name: str,
    *,
    role: str,
    agency: str | None,
    active: bool,
    display_name: str | None,
    password_hash: str | None,
    revoke: bool,
) -> UserRow | None:
    """Change an account (``None``: the display name or password kept); ``revoke`` ends its
    tokens. The account as it is now, or ``None`` when there is none."""
    with conn.cursor(row_factory=class_row(UserRow)) as cur:
        cur.execute(SQL_USER_UPDATE, {"user_name": user_name, "role": role, "agency": agency, "active": active,
                                      "display_name": display_name, "password_hash": password_hash,
                                      "bump": 1 if revoke else 0})
        return cur.fetchone()
