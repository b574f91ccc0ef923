"""Error root of the project and the shared error helpers.

Every package raises subclasses of :class:`SocError`, grouped in one subtree
per package (``ingest.errors``, ``geo.errors``, ...). Only ``web/`` turns errors
into HTTP problem responses. The tree::

    SocError
    ├── ConfigError              settings missing or invalid (start-up)
    ├── ServiceError             local services (TimescaleDB, Mosquitto) cannot be managed
    │   └── PrerequisiteError    a host prerequisite is missing (not root, no debootstrap, port taken)
    ├── DatabaseError            a database operation failed (carries ``sqlstate``)
    │   └── MigrationError       a schema migration failed (carries ``version``)
    └── <package>Error           ingest / geo / alerts / ops_center / web subtrees

Exceptions carry fields, not only messages, so callers and logs can use them.
Always ``raise NewError(...) from exc``.
"""

from __future__ import annotations

# SQLSTATE classes that mean "try again later": connection exceptions (08),
# operator intervention such as admin shutdown (57P01..57P03), insufficient
# resources (53), serialization failures / deadlocks (40001, 40P01), and a
# database that refuses every write whatever the statement: a revoked privilege
# (42501) or a read-only server, such as a standby after a failover (25006). Those
# are the database's state, not the input's fault: retried like an outage.
# Source: PostgreSQL documentation, Appendix A "PostgreSQL Error Codes".
_TRANSIENT_SQLSTATE_PREFIXES = ("08", "53", "40001", "40P01", "57P01", "57P02", "57P03", "42501", "25006")


class SocError(Exception):
    """Root of every error this project raises on purpose."""


class ConfigError(SocError):
    """Settings are missing or invalid; names the offending variable."""

    def __init__(self, message: str, *, variable: str | None = None) -> None:
        super().__init__(message)
        self.variable = variable


class ServiceError(SocError):
    """A local service could not be started, stopped or inspected."""

    def __init__(self, message: str, *, service: str | None = None) -> None:
        super().__init__(message)
        self.service = service


class PrerequisiteError(ServiceError):
    """A host prerequisite is missing; the message says how to fix it in one line."""


class DatabaseError(SocError):
    """A database operation failed; ``sqlstate`` is set when the server gave one."""

    def __init__(self, message: str, *, sqlstate: str | None = None) -> None:
        super().__init__(message)
        self.sqlstate = sqlstate


class MigrationError(DatabaseError):
    """Applying a numbered migration failed; nothing of that migration was kept."""

    def __init__(self, message: str, *, version: int, sqlstate: str | None = None) -> None:
        super().__init__(message, sqlstate=sqlstate)
        self.version = version


def is_transient(exc: BaseException) -> bool:
    """Tell whether ``exc`` is worth retrying (lost connection, shutdown, serialization).

    Works on psycopg errors (by SQLSTATE or by class), on :class:`DatabaseError`
    and on OS-level connection errors. Anything else is permanent: retrying it
    forever would only hide a bug or bad input.
    """
    sqlstate = getattr(exc, "sqlstate", None)
    if isinstance(sqlstate, str) and sqlstate:
        return sqlstate.startswith(_TRANSIENT_SQLSTATE_PREFIXES)
    # psycopg.OperationalError without a SQLSTATE is a client-side connection failure.
    cls_names = {c.__name__ for c in type(exc).__mro__}
    if "OperationalError" in cls_names or "PoolTimeout" in cls_names:
        return True
    return isinstance(exc, ConnectionError | TimeoutError)
