"""Roles, permissions, password hashing and signed tokens (pure: the caller passes ``now``).

Tokens are ``base64url(claims JSON) "." base64url(HMAC-SHA256(secret, first part))``,
a compact cousin of a JWS HS256 token (RFC 7515) without the header, because
only this server issues and reads them. Claims:

* ``sub`` user name, ``role``, ``agency`` (only for the agency role),
* ``kind``: ``access`` (OAuth2 password flow, hours) or ``display`` (wall screens,
  read-only, long-lived),
* ``ver``: the user's ``token_version``; bumping it in the database revokes
  every token issued before,
* ``iat`` / ``exp``: seconds since the epoch,
* ``jti``: a random token id; logging out records it as revoked until ``exp``.

The permission table below is the one place that says which role may do what.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import re
import secrets
from dataclasses import dataclass, field
from enum import StrEnum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from common.settings import DISPATCH_AGENCIES
from web.errors import AuthError, ForbiddenError, InvalidInputError


class Role(StrEnum):
    """Who a user is; see :data:`PERMISSIONS`."""

    OPERATOR = "operator"
    COORDINATOR = "coordinator"
    PLANNER = "planner"
    AGENCY = "agency"
    DISPLAY = "display"
    ADMIN = "admin"


class Permission(StrEnum):
    """What a request needs."""

    READ = "read"  # sensors, readings, alerts, incidents, KPIs, ingest statistics, schemas
    # Raw reports, which may name citizens (a 1999 case's caller, a police report's text),
    # and the audit log (accounts, addresses of failed logins): not for wall screens, whose
    # display token lives for a year on a screen, nor for planners, who work on KPIs.
    PERSONAL = "personal"
    WALL = "wall"  # the live wall feed
    ACK_ALERT = "ack_alert"
    MANAGE_ALERT = "manage_alert"  # shelve, resolve
    DISPATCH = "dispatch"  # assign, reassign, notes, close incidents, switch mode
    AGENCY_REPORT = "agency_report"  # acknowledge / report status of assignments
    KPI_WRITE = "kpi_write"  # record and import observations
    QUARANTINE = "quarantine"  # inspect raw payloads, replay
    ADMIN = "admin"  # manage users


#: Each permission as the refusal of a request says it ("role planner may not read
#: personal data ..."): in the words of docs/web.md's permission table. A permission
#: missing here is refused by its code ("may not kpi_write"), never with an error.
PERMISSION_WORDS: dict[Permission, str] = {
    Permission.READ: "read sensors, readings, alerts, incidents, KPIs, ingest or schemas",
    Permission.PERSONAL: "read personal data (raw reports, the audit log)",
    Permission.WALL: "open the wall feed",
    Permission.ACK_ALERT: "acknowledge alerts or export CAP",
    Permission.MANAGE_ALERT: "shelve or resolve alerts or retry a failed webhook",
    Permission.DISPATCH: ("dispatch (switch the mode; assign, reassign, note, close or reopen incidents,"
                          " link or unlink their evidence)"),
    Permission.AGENCY_REPORT: "report an assignment's status",
    Permission.KPI_WRITE: "record or import KPI observations",
    Permission.QUARANTINE: "inspect or replay quarantined payloads",
    Permission.ADMIN: "manage users",
}

#: The one permission table. An agency member reads and reports only on its own
#: agency's assignments (checked by the routes with :func:`agency_scope`); display
#: tokens are read-only.
PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.OPERATOR: frozenset(
        {Permission.READ, Permission.PERSONAL, Permission.WALL, Permission.ACK_ALERT, Permission.QUARANTINE}
    ),
    Role.COORDINATOR: frozenset(
        {
            Permission.READ,
            Permission.PERSONAL,
            Permission.WALL,
            Permission.ACK_ALERT,
            Permission.MANAGE_ALERT,
            Permission.DISPATCH,
            Permission.AGENCY_REPORT,
        }
    ),
    Role.PLANNER: frozenset({Permission.READ, Permission.KPI_WRITE}),
    Role.AGENCY: frozenset({Permission.AGENCY_REPORT}),
    Role.DISPLAY: frozenset({Permission.READ, Permission.WALL}),
    Role.ADMIN: frozenset(Permission),
}


class TokenKind(StrEnum):
    """Interactive access token or read-only wall display token."""

    ACCESS = "access"
    DISPLAY = "display"


@dataclass(frozen=True, slots=True)
class Principal:
    """The authenticated caller of a request."""

    name: str
    role: Role
    agency: str | None
    kind: TokenKind
    version: int
    # The id and expiry of the token this principal came from ("" / 0: not from a token).
    token_id: str = field(default="", compare=False)
    expires: float = field(default=0.0, compare=False)

    def can(self, permission: Permission) -> bool:
        """Whether this caller's role grants ``permission`` (display tokens only read)."""
        if self.kind is TokenKind.DISPLAY and permission not in (Permission.READ, Permission.WALL):
            return False
        return permission in PERMISSIONS[self.role]

    def require(self, permission: Permission) -> None:
        """Raise :class:`ForbiddenError` unless :meth:`can`."""
        if not self.can(permission):
            needed = tuple(r.value for r, perms in PERMISSIONS.items() if permission in perms)
            # A display token of a role that has the permission is refused for the token's kind.
            who = (f"a display token (role {self.role.value})"
                   if permission in PERMISSIONS[self.role] else f"role {self.role.value}")
            raise ForbiddenError(
                f"{who} may not {PERMISSION_WORDS.get(permission, permission.value)}",
                role=self.role.value,
                needed=needed,
            )


def agency_scope(principal: Principal, agency: str) -> None:
    """Refuse an agency member acting on another agency's assignment."""
    principal.require(Permission.AGENCY_REPORT)
    if principal.role is Role.AGENCY and principal.agency != agency:
        raise ForbiddenError(
            f"agency member of {principal.agency} may not act for {agency}",
            role=principal.role.value,
        )


#: An account name (the API's ``UserIn`` and the ``web_users`` CHECK constraint, migration 0060).
USER_NAME_PATTERN = r"^[a-z0-9][a-z0-9_.-]{0,63}$"


def validate_user_name(name: str) -> None:
    """Refuse a name the ``web_users`` table would refuse, before anything is hashed or written."""
    if re.fullmatch(USER_NAME_PATTERN, name) is None:
        raise InvalidInputError(
            "user name must be 1 to 64 of a-z, 0-9, _ . - and start with a letter or digit")


def validate_account(role: Role, agency: str | None) -> None:
    """An agency member names exactly one dispatch agency; nobody else names one."""
    if role is Role.AGENCY:
        if agency not in DISPATCH_AGENCIES:
            raise InvalidInputError(
                f"agency must be one of {', '.join(DISPATCH_AGENCIES)}, got {agency!r}"
            )
    elif agency is not None:
        raise InvalidInputError(f"only the agency role takes an agency, not {role.value}")


@dataclass(frozen=True, slots=True)
class AccountChange:
    """What an admin changes of an account; ``None`` leaves a field as it is (``agency_given``
    tells "no agency" from "the agency unchanged")."""

    active: bool | None = None
    role: Role | None = None
    agency: str | None = None
    agency_given: bool = False
    display_name: str | None = None
    password: str | None = None

    @property
    def empty(self) -> bool:
        """Whether nothing would change."""
        return (self.active is None and self.role is None and not self.agency_given
                and self.display_name is None and self.password is None)


@dataclass(frozen=True, slots=True)
class AccountAfter:
    """An account's role, agency and state after a change, and whether the change ends its
    tokens (``revoke``: any change of who may do what, or of the password)."""

    role: Role
    agency: str | None
    active: bool
    revoke: bool


def account_after(role: Role, agency: str | None, active: bool, change: AccountChange, *,
                  by_self: bool) -> AccountAfter:
    """The account (``role``, ``agency``, ``active``) after ``change``, or the reason it is refused.

    A role change keeps the agency of an agency member and drops it otherwise, unless the
    change names one. A display account stays a display account (a screen is no person: it
    has no password to log in with), and no other becomes one. An admin may not deactivate
    or change the role of their own account, so the last admin cannot lock everyone out.
    Every change but the display name ends the account's tokens (a deactivated account's
    sessions must not come back when it is reactivated, a leaked password's sessions must
    end with it).
    """
    if change.empty:
        raise InvalidInputError("nothing to change: give active, role, agency, display_name or password")
    new_role = change.role or role
    if new_role is not role and Role.DISPLAY in (role, new_role):
        raise InvalidInputError("a display account's role cannot change, nor can another become one: "
                                "create an account instead")
    if change.password is not None and new_role is Role.DISPLAY:
        raise InvalidInputError("a display account has no password")
    kept = agency if new_role is Role.AGENCY else None
    new_agency = change.agency if change.agency_given else kept
    validate_account(new_role, new_agency)
    new_active = active if change.active is None else change.active
    if by_self and (not new_active or new_role is not role):
        raise ForbiddenError("an admin may not deactivate their own account or change its role: "
                             "another admin does", role=role.value)
    revoke = (new_role is not role or new_agency != agency or new_active != active
              or change.password is not None)
    return AccountAfter(new_role, new_agency, new_active, revoke)


# -- passwords ----------------------------------------------------------------
_HASHER = PasswordHasher()  # argon2id with the library's RFC 9106 "low memory" defaults


#: Passwords at the top of every guessing list (the most common of the leaked-password
#: lists, NCSC "100k-most-used" and SplashData's yearly lists, of 8 characters or more):
#: the login throttle (5 a quarter hour per account) stops a guesser only when the password
#: is not among the first guesses.
COMMON_PASSWORDS = frozenset({
    "12345678", "123456789", "1234567890", "0123456789", "87654321", "11111111", "00000000",
    "88888888", "66666666", "12341234", "11223344", "password", "password1", "password123",
    "passw0rd", "p@ssw0rd", "qwertyui", "qwerty123", "qwertyuiop", "1q2w3e4r", "1qaz2wsx",
    "abcd1234", "abc12345", "a1b2c3d4", "iloveyou", "sunshine", "princess", "football",
    "baseball", "superman", "welcome1", "trustno1", "letmein1", "admin123", "administrator",
    "changeme", "zaq12wsx", "asdfghjk",
})
#: The fewest different characters (blanks aside) a password holds: eight blanks or "aaaaaaaa"
#: are no secret.
MIN_PASSWORD_DISTINCT = 4


def check_password(password: str) -> None:
    """Refuse a password anyone would guess first: shorter than 8 characters, fewer than
    :data:`MIN_PASSWORD_DISTINCT` different characters besides blanks, or one of
    :data:`COMMON_PASSWORDS` (whatever its letters' case)."""
    if len(password) < 8:
        raise InvalidInputError("password must have at least 8 characters")
    if len({ch for ch in password if not ch.isspace()}) < MIN_PASSWORD_DISTINCT:
        raise InvalidInputError(f"password must hold at least {MIN_PASSWORD_DISTINCT} different characters "
                                "besides blanks")
    if password.lower() in COMMON_PASSWORDS:
        raise InvalidInputError("password is one of the most common passwords, the first anyone guesses")


def hash_password(password: str) -> str:
    """An argon2id hash for storing, of a password :func:`check_password` accepts."""
    check_password(password)
    return _HASHER.hash(password)


_DUMMY_HASH: list[str] = []


def _dummy_hash() -> str:
    if not _DUMMY_HASH:
        _DUMMY_HASH.append(_HASHER.hash(secrets.token_urlsafe(16)))
    return _DUMMY_HASH[0]


def verify_password(stored_hash: str | None, password: str) -> bool:
    """Whether ``password`` matches; ``None`` (no such account, an inactive one, a
    display account) never matches but costs the same argon2 verification as a real
    check, so that the answer's timing does not tell which user names exist."""
    if stored_hash is None:
        with contextlib.suppress(VerifyMismatchError, VerificationError, InvalidHashError):
            _HASHER.verify(_dummy_hash(), password)
        return False
    try:
        return _HASHER.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


# -- tokens -------------------------------------------------------------------
def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def issue_token(
    principal: Principal, *, secret: bytes, now: float, ttl_s: float
) -> str:
    """Sign a token for ``principal`` valid from ``now`` for ``ttl_s`` seconds."""
    claims = {
        "sub": principal.name,
        "role": principal.role.value,
        "agency": principal.agency,
        "kind": principal.kind.value,
        "ver": principal.version,
        "iat": int(now),
        "exp": int(now + ttl_s),
        "jti": secrets.token_urlsafe(12),
    }
    body = _b64(json.dumps(claims, separators=(",", ":"), sort_keys=True).encode())
    signature = _b64(hmac.new(secret, body.encode("ascii"), hashlib.sha256).digest())
    return f"{body}.{signature}"


def read_token(token: str, *, secret: bytes, now: float) -> Principal:
    """Check the signature and expiry of ``token``; raises :class:`AuthError`.

    The caller must still check that the user exists, is active and that
    ``version`` matches (revocation lives in the database).
    """
    body, sep, signature = token.partition(".")
    if not sep or not body or not signature:
        raise AuthError("malformed token", reason="malformed")
    expected = _b64(hmac.new(secret, body.encode("ascii", "replace"), hashlib.sha256).digest())
    if not hmac.compare_digest(expected.encode(), signature.encode("utf-8", "replace")):
        raise AuthError("bad token signature", reason="bad_signature")
    try:
        claims = json.loads(_unb64(body))
        principal = Principal(
            name=str(claims["sub"]),
            role=Role(claims["role"]),
            agency=None if claims["agency"] is None else str(claims["agency"]),
            kind=TokenKind(claims["kind"]),
            version=int(claims["ver"]),
            token_id=str(claims.get("jti", "")),
            expires=float(claims["exp"]),
        )
        expires = principal.expires
    except (ValueError, KeyError, TypeError) as exc:
        raise AuthError("malformed token claims", reason="malformed") from exc
    if now >= expires:
        raise AuthError("token expired", reason="expired")
    return principal
