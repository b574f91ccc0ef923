"""Errors of the web package.

Only ``web/`` turns errors (its own and the other packages' :class:`SocError`
subclasses) into HTTP problem responses; see :mod:`web.problems`. The tree::

    SocError
    └── WebError
        ├── AuthError             credentials or token missing, malformed, expired, revoked (401)
        ├── ThrottledError        too many failed logins for the account or the address (429)
        ├── ForbiddenError        authenticated, but the role or agency does not allow it (403)
        ├── NotFoundError         the addressed resource does not exist (404)
        ├── ConflictError         the change is not allowed in the resource's current state (409)
        ├── InvalidInputError     a body or file is well-formed but its content is refused (422)
        ├── DatabaseAwayError     the database watch finds the database away: retry later (503)
        ├── DatabaseBusyError     the database answers, but no connection or lock came in time (503)
        └── WallError             the live-update hub was used wrongly (a bug, 500)
"""

from __future__ import annotations

from datetime import datetime

from common.errors import SocError


class WebError(SocError):
    """Root of the web package's errors."""


class AuthError(WebError):
    """Authentication failed; ``reason`` is a short machine-readable code."""

    def __init__(self, message: str, *, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class ThrottledError(WebError):
    """Too many failed logins for an account or from an address; retry after ``retry_after`` s."""

    def __init__(self, message: str, *, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class ForbiddenError(WebError):
    """The caller is known but may not do this; names the role that was checked."""

    def __init__(self, message: str, *, role: str, needed: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.role = role
        self.needed = needed


class NotFoundError(WebError):
    """The addressed resource does not exist."""

    def __init__(self, message: str, *, resource: str, key: str) -> None:
        super().__init__(message)
        self.resource = resource
        self.key = key


class ConflictError(WebError):
    """The request clashes with the resource's state (e.g. a user that already exists)."""

    def __init__(self, message: str, *, resource: str, key: str,
                 extensions: dict[str, object] | None = None) -> None:
        super().__init__(message)
        self.resource = resource
        self.key = key
        #: More members of the problem document, for a machine to act on (e.g. an
        #: assignment's stored ``state`` and the moves ``allowed`` from it).
        self.extensions = dict(extensions or {})


class InvalidInputError(WebError):
    """Well-formed input whose content is refused; ``errors`` lists each problem found."""

    def __init__(self, message: str, *, errors: tuple[InputProblem, ...] = ()) -> None:
        super().__init__(message)
        self.errors = errors


class InputProblem:
    """One problem in an input: where (``line``, ``column`` or a field ``loc``) and what
    (``message`` in English, ``message_zh`` in Traditional Chinese when the source has it)."""

    __slots__ = ("column", "line", "loc", "message", "message_zh")

    def __init__(
        self,
        message: str,
        *,
        line: int | None = None,
        column: str | None = None,
        loc: str = "",
        message_zh: str = "",
    ) -> None:
        self.message = message
        self.message_zh = message_zh
        self.line = line
        self.column = column
        self.loc = loc


class DatabaseAwayError(WebError):
    """The database has not answered since ``since`` (:mod:`web.dbwatch`); retry after ``retry_after`` s."""

    def __init__(self, message: str, *, since: datetime, retry_after: int) -> None:
        super().__init__(message)
        self.since = since
        self.retry_after = retry_after


class DatabaseBusyError(WebError):
    """The database answers but this request got no ``pool`` connection or no ``lock`` within
    its bound (``settings.web.pool_wait_s`` / ``lock_wait_s``); retry after ``retry_after`` s."""

    def __init__(self, message: str, *, reason: str, waited_s: float, retry_after: int) -> None:
        super().__init__(message)
        self.reason = reason
        self.waited_s = waited_s
        self.retry_after = retry_after


class WallError(WebError):
    """The live-update hub was called in a way its contract forbids (a programming error)."""
