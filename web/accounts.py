"""An admin's change of an account, shared by ``PATCH /api/users/{name}`` and ``soc users set``.

Deactivate a departed user, move a person to another role or agency, set a new password:
the pure rules are :func:`web.security.account_after`; here the account is read, changed
and audited (``user.update``, naming what changed, never the password) in the caller's
transaction. The last active admin is never deactivated or demoted, by the CLI either.
Requests with the account's earlier tokens are refused from then on (every request re-reads
the account, ``web.deps.check_account``) and its open websockets are closed with 4401 at the
next re-check (``web.sessions``).
"""

from __future__ import annotations

from psycopg import Connection

from common import audit
from ops_center import api as ops
from web import repo
from web.errors import ConflictError, InvalidInputError, NotFoundError
from web.security import AccountChange, Role, account_after, hash_password


def check_new_user_name(name: str) -> None:
    """Refuse a new account named as the ops center's own actors (``ops_center.api.CENTER_ACTORS``):
    what a person wrote under such a name would be read as the center's, and shown to a wall's
    display token and a planner, who never read people's words (docs/security.md)."""
    if name in ops.CENTER_ACTORS:
        raise InvalidInputError(f"user name {name!r} is the ops center's own: choose another")


def change_account(conn: Connection, user_name: str, change: AccountChange, *, actor: str,
                   by_self: bool, reason: str = "") -> repo.UserRow:
    """Apply ``change`` to the account ``user_name`` and audit it; raises
    :class:`NotFoundError`, the refusal of :func:`account_after`, or :class:`ConflictError` for
    a change that would leave no active admin."""
    current = repo.get_user(conn, user_name)
    if current is None:
        raise NotFoundError(f"no account {user_name!r}", resource="user", key=user_name)
    after = account_after(Role(current.role), current.agency, current.active, change, by_self=by_self)
    # The last active admin stays one, also when two admins take each other's rights at once
    # (each request passed its check while the other was admin): the active admins' rows are
    # locked, so the second change sees the first and is refused.
    unadmins = current.role == Role.ADMIN.value and current.active and not (after.role is Role.ADMIN and after.active)
    if unadmins and set(repo.lock_active_admins(conn, Role.ADMIN.value)) <= {current.user_name}:
        raise ConflictError(f"{user_name!r} is the last active admin: another admin must remain",
                            resource="user", key=user_name)
    password_hash = hash_password(change.password) if change.password is not None else None
    row = repo.update_user(conn, current.user_name, role=after.role.value, agency=after.agency,
                           active=after.active, display_name=change.display_name,
                           password_hash=password_hash, revoke=after.revoke)
    if row is None:  # deleted between the two statements
        raise NotFoundError(f"no account {user_name!r}", resource="user", key=user_name)
    detail: dict[str, object] = {
        name: {"from": old, "to": new}
        for name, old, new in (("role", current.role, row.role), ("agency", current.agency, row.agency),
                               ("active", current.active, row.active),
                               ("display_name", current.display_name, row.display_name))
        if old != new
    }
    if change.password is not None:
        detail["password"] = "set"  # noqa: S105 - what happened to it, not a password
    detail["token_version"] = row.token_version
    audit.record(conn, actor=actor, action="user.update", subject_type="user", subject_id=row.user_name,
                 reason=reason, detail=detail)
    return row
