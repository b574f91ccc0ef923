"""FastAPI dependencies: the process resources and the authenticated caller.

Routes declare what they need with ``Annotated`` aliases::

    def acknowledge(alert_id: int, user: Acker, db: Db) -> ...

and never check roles by hand. Authentication reads the bearer token (the
websocket redeems a one-time ticket instead, :mod:`web.tickets`), checks its
signature and expiry (:func:`web.security.read_token`) and then the database: the
user must still exist, be active, hold the same role and the same
``token_version``, and the token must not have been revoked by a logout.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.security import OAuth2PasswordBearer
from psycopg import Connection
from psycopg_pool import ConnectionPool, PoolTimeout

from alerts.api import District, RuleSet, load_districts, load_rules_file
from common.settings import Settings
from kpi.api import Definitions, load_definitions
from web import repo
from web.dbwatch import RETRY_AFTER_S, DatabaseWatch
from web.errors import AuthError, DatabaseBusyError
from web.security import Permission, Principal, read_token
from web.throttle import LoginThrottle
from web.tickets import TicketBook
from web.wall.broadcast import Broadcaster

#: How long a request waits for the pool between two looks at the database watch.
WAIT_SLICE_S = 0.5


@dataclass(slots=True)
class WebState:
    """What the lifespan opens and every request may use."""

    settings: Settings
    pool: ConnectionPool
    broadcaster: Broadcaster
    # The loop that owns the broadcaster; other threads hand it work with
    # call_soon_threadsafe / run_coroutine_threadsafe (the broadcaster is not thread-safe).
    loop: asyncio.AbstractEventLoop
    # Loaded on first use from settings.alerts.rules_file (see :func:`alert_rules`).
    rules: RuleSet | None = None
    kpi_definitions: Definitions | None = None
    cap_districts: tuple[District, ...] | None = None
    tickets: TicketBook = field(default_factory=lambda: TicketBook(30.0))
    throttle: LoginThrottle | None = None
    # Guards ``tickets`` and ``throttle``: routes run in the threadpool.
    lock: threading.Lock = field(default_factory=threading.Lock)
    # Whether the database answers (None: not watched, every request waits for the pool).
    database: DatabaseWatch | None = None
    # Held while /api/health reads: one read at a time (web.routes.system.health).
    health_read: threading.Lock = field(default_factory=threading.Lock)
    # The read in flight, which a health request arriving meanwhile waits for and shares.
    health_task: asyncio.Future[Any] | None = None
    # Places for password checks (settings.web.login_concurrency), taken on the loop.
    login_slots: asyncio.Semaphore | None = None

    @contextlib.contextmanager
    def connection(self) -> Iterator[Connection]:
        """A pooled connection for a request (committed on success, rolled back on error),
        refused at once with :class:`~web.errors.DatabaseAwayError` while :attr:`database`
        says the database is away: the wait is taken in slices of :data:`WAIT_SLICE_S`, the
        watch asked before each. With the database answering but no connection free within
        ``settings.web.pool_wait_s`` (every one lent to requests stuck on a lock or a slow
        statement, which the watch's own connection does not see), refused with
        :class:`~web.errors.DatabaseBusyError`."""
        conn = self._take()
        try:
            with conn:
                yield conn
        finally:
            self.pool.putconn(conn)

    def _take(self) -> Connection:
        if self.database is None:
            return self.pool.getconn()
        wait_s = min(self.pool.timeout, self.settings.web.pool_wait_s)
        deadline = time.monotonic() + wait_s
        while True:
            self.database.check()
            left = deadline - time.monotonic()
            try:
                return self.pool.getconn(timeout=max(0.0, min(WAIT_SLICE_S, left)))
            except PoolTimeout as exc:
                if left <= WAIT_SLICE_S:
                    self.database.check()  # away since: that answer, not busy
                    raise DatabaseBusyError("no database connection free, retry later", reason="pool",
                                            waited_s=wait_s, retry_after=RETRY_AFTER_S) from exc

    def alert_rules(self) -> RuleSet:
        """The alert rules (needed to act on alerts and render CAP), loaded once."""
        if self.rules is None:
            path = self.settings.alerts.rules_file
            if not path.is_absolute() and not path.exists():
                path = Path(__file__).resolve().parents[1] / path
            self.rules = load_rules_file(path)
        return self.rules

    def districts(self) -> tuple[District, ...]:
        """District outlines with their CAP geocodes (for the CAP area), loaded once."""
        if self.cap_districts is None:
            self.cap_districts = load_districts()
        return self.cap_districts

    def kpis(self) -> Definitions:
        """The KPI definitions (the KPI package's versioned file), loaded once."""
        if self.kpi_definitions is None:
            self.kpi_definitions = load_definitions()
        return self.kpi_definitions


def web_state(request: Request) -> WebState:
    """The application's :class:`WebState` (set by the lifespan)."""
    state: WebState = request.app.state.web
    return state


State = Annotated[WebState, Depends(web_state)]


def db_connection(state: State) -> Iterator[Connection]:
    """A pooled connection for one request; committed on success, rolled back on error.

    Routes are plain ``def`` functions run in the threadpool, because the other
    packages' repositories and services use synchronous psycopg connections.
    """
    with state.connection() as conn:
        yield conn


# scope="function": the transaction commits before the response is sent, so a
# client that gets 201 and immediately reads again sees its own write.
Db = Annotated[Connection, Depends(db_connection, scope="function")]

_bearer = OAuth2PasswordBearer(tokenUrl="/api/auth/token", auto_error=False)


def authenticate(conn: Connection, settings: Settings, token: str | None) -> Principal:
    """The principal of ``token``, checked against the database; raises :class:`AuthError`."""
    if not token:
        raise AuthError("authentication required", reason="missing_token")
    principal = read_token(
        token, secret=settings.web.secret_key.get_secret_value().encode(), now=time.time()
    )
    check_account(conn, principal)
    return principal


def check_account(conn: Connection, principal: Principal) -> None:
    """Raise :class:`AuthError` unless ``principal``'s account and token still stand."""
    account = repo.get_user(conn, principal.name)
    if (
        account is None
        or not account.active
        or account.token_version != principal.version
        or account.role != principal.role.value
        or account.agency != principal.agency
        or repo.token_revoked(conn, principal.token_id)
    ):
        raise AuthError("token revoked or account changed", reason="revoked")


def current_principal(
    state: State, token: Annotated[str | None, Depends(_bearer)]
) -> Principal:
    """The authenticated caller of an HTTP request."""
    with state.connection() as conn:
        return authenticate(conn, state.settings, token)


def require(permission: Permission) -> Callable[..., object]:
    """A dependency that returns the caller if their role grants ``permission`` (else 403)."""

    def dependency(
        principal: Annotated[Principal, Depends(current_principal)],
    ) -> Principal:
        principal.require(permission)
        return principal

    dependency.__name__ = f"require_{permission.value}"
    return dependency


Reader = Annotated[Principal, Depends(require(Permission.READ))]
PersonalReader = Annotated[Principal, Depends(require(Permission.PERSONAL))]
WallWatcher = Annotated[Principal, Depends(require(Permission.WALL))]
Acker = Annotated[Principal, Depends(require(Permission.ACK_ALERT))]
AlertManager = Annotated[Principal, Depends(require(Permission.MANAGE_ALERT))]
DispatchUser = Annotated[Principal, Depends(require(Permission.DISPATCH))]
AgencyReporter = Annotated[Principal, Depends(require(Permission.AGENCY_REPORT))]
KpiWriter = Annotated[Principal, Depends(require(Permission.KPI_WRITE))]
QuarantineUser = Annotated[Principal, Depends(require(Permission.QUARANTINE))]
Admin = Annotated[Principal, Depends(require(Permission.ADMIN))]
AnyUser = Annotated[Principal, Depends(current_principal)]
