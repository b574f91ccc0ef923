"""Database connections, the pool, readiness and capability detection.

Connections and pools belong to a process lifespan: ``main()`` or the FastAPI
lifespan opens them and passes them down. :func:`wait_ready` retries with
backoff instead of sleeping a fixed time. :func:`detect_capabilities` tells
which TimescaleDB edition runs (``apache`` from Debian, ``timescale`` in the
compose image), so callers can use continuous aggregates and policies where
they exist and the application-run fallback where they do not.
:func:`fetch_all` and :func:`fetch_one` are the one shape of a package's read
models: a named SQL constant, bound parameters, rows built as a frozen class.
Rows of a pydantic read model are validated as one list by a cached
``TypeAdapter`` (one call into pydantic-core per result instead of one
``__init__`` per row; the same validation, about a third less CPU for the
wall's 500 open alerts, docs/benchmarks.md).
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, LiteralString, TypeVar, cast

import psycopg
from psycopg.rows import class_row
from psycopg_pool import ConnectionPool
from pydantic import BaseModel, TypeAdapter

from common.answer import AnswerWatch
from common.backoff import Backoff
from common.errors import DatabaseError, is_transient
from common.logging import log_event
from common.settings import SESSION_OPTIONS, Settings

log = logging.getLogger(__name__)

Edition = Literal["apache", "timescale"]

T = TypeVar("T")
#: Bound parameters of a statement: positional or named.
Params = Sequence[Any] | Mapping[str, Any] | None


@functools.cache
def _rows_adapter(model: type[BaseModel]) -> TypeAdapter[list[Any]]:
    return TypeAdapter(list[model])  # type: ignore[valid-type]


def fetch_all(conn: psycopg.Connection[Any], model: type[T], sql: LiteralString, params: Params = None) -> list[T]:
    """Every row of ``sql`` built as ``model`` (a frozen dataclass or pydantic model; columns by name)."""
    if isinstance(model, type) and issubclass(model, BaseModel):
        with conn.cursor() as cur:
            cur.execute(sql, params)
            names = [c.name for c in cur.description or ()]
            rows = [dict(zip(names, values, strict=True)) for values in cur.fetchall()]
        return cast(list[T], _rows_adapter(model).validate_python(rows))
    with conn.cursor(row_factory=class_row(model)) as cur:
        cur.execute(sql, params)
        return cur.fetchall()


def fetch_one(conn: psycopg.Connection[Any], model: type[T], sql: LiteralString, params: Params = None) -> T | None:
    """The first row of ``sql`` built as ``model``, or ``None`` when there is none."""
    with conn.cursor(row_factory=class_row(model)) as cur:
        cur.execute(sql, params)
        return cur.fetchone()


SQL_EDITION = "SELECT current_setting('timescaledb.license', true) AS edition"
SQL_VERSIONS = """
SELECT (SELECT extversion FROM pg_extension WHERE extname = 'timescaledb') AS timescaledb,
       (SELECT extversion FROM pg_extension WHERE extname = 'postgis') AS postgis,
       current_setting('server_version') AS postgres
"""
SQL_RECORD_CAPABILITY = """
INSERT INTO soc_capabilities (key, value, detected_at) VALUES (%s, %s, now())
ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, detected_at = now()
"""


@dataclass(frozen=True, slots=True)
class Capabilities:
    """What the connected database can do."""

    edition: Edition
    timescaledb: str | None
    postgis: str | None
    postgres: str

    @property
    def has_continuous_aggregates(self) -> bool:
        """Continuous aggregates, compression and job policies need the community edition."""
        return self.edition == "timescale"


@dataclass(frozen=True, slots=True)
class _Versions:
    timescaledb: str | None
    postgis: str | None
    postgres: str


def sql_list(values: Iterable[str]) -> str:
    """``('a', 'b')``: a state list written into SQL as constants, from the owning enum.

    For predicates that must match a partial index's (``WHERE state IN (...)``)
    so the planner can use it; a bound array parameter would not.
    """
    words = list(values)
    if not words or any("'" in w or "\\" in w for w in words):
        raise ValueError(f"not a list of plain words: {words!r}")
    return "(" + ", ".join(f"'{w}'" for w in words) + ")"


def connect(settings: Settings, *, dbname: str | None = None, autocommit: bool = False) -> psycopg.Connection:
    """One connection (for CLI commands and tests); services use :func:`create_pool`."""
    try:
        return psycopg.connect(settings.db.conninfo(dbname), autocommit=autocommit)
    except psycopg.Error as exc:
        raise DatabaseError(f"cannot connect to {settings.db.redacted(dbname)}: {exc}",
                            sqlstate=exc.sqlstate) from exc


class WatchedPool(ConnectionPool):
    """A pool whose connections are under an :class:`~common.answer.AnswerWatch` while they are
    checked and while they are lent out, so that a statement sent into a silent network cut
    fails as a lost connection within the watch's bound instead of waiting as long as the
    cut (the connection is then discarded by the pool, as after a server restart)."""

    def __init__(self, conninfo: str, *, watch: AnswerWatch, **kwargs: Any) -> None:
        self._watch = watch
        self._lent: dict[int, int] = {}  # id(connection) -> the watch's key
        super().__init__(conninfo, check=self._checked, **kwargs)

    def _checked(self, conn: psycopg.Connection[Any]) -> None:
        with self._watch.guard(conn):  # the check of a connection idle in the pool goes into the cut too
            ConnectionPool.check_connection(conn)

    def getconn(self, timeout: float | None = None) -> psycopg.Connection[Any]:
        """A connection (see ``ConnectionPool.getconn``), watched until :meth:`putconn`."""
        conn = super().getconn(timeout)
        self._lent[id(conn)] = self._watch.lend(conn)  # one item set: atomic across threads
        return conn

    def putconn(self, conn: psycopg.Connection[Any]) -> None:
        """Give ``conn`` back (see ``ConnectionPool.putconn``), no longer watched."""
        key = self._lent.pop(id(conn), None)
        if key is not None:
            self._watch.give_back(key)
        super().putconn(conn)


def new_pool(settings: Settings, *, dbname: str | None = None, name: str = "soc",
             lock_timeout_s: float | None = None, watch: AnswerWatch | None = None) -> ConnectionPool:
    """A connection pool sized by ``settings.db``, not opened yet; close it at shutdown.

    Back within a few seconds of the database, without hammering it while it is
    away: psycopg_pool retries a lost connection with exponential backoff (1, 2,
    4, 8, ... s), which after a 90 s outage can leave the next attempt 30 s off.
    Here a chain of attempts ends after ``pool_reconnect_s`` (attempts 1 s, then
    2 s apart), and the next request that waits for a connection starts a new
    chain at once (one chain at a time). Every connection is checked as it is
    handed out, so a request after a server restart gets a live connection, not
    the dead socket of one pooled before it.

    With ``lock_timeout_s``, every session of the pool waits at most that long for a lock
    (PostgreSQL ``lock_timeout``; past it the statement fails with SQLSTATE 55P03), so a
    table locked elsewhere fails a request instead of holding its connection forever.

    With ``watch``, a :class:`WatchedPool`: every connection checked or lent out is under that
    answer deadline (:mod:`common.answer`); close the watch after the pool.
    """
    conninfo = settings.db.conninfo(dbname)
    if lock_timeout_s is not None:
        from psycopg.conninfo import make_conninfo

        conninfo = make_conninfo(conninfo, options=f"{SESSION_OPTIONS} -c lock_timeout={int(lock_timeout_s * 1000)}")
    options: dict[str, Any] = {"min_size": settings.db.pool_min, "max_size": settings.db.pool_max, "name": name,
                               "open": False, "reconnect_timeout": settings.db.pool_reconnect_s}
    if watch is not None:
        return WatchedPool(conninfo, watch=watch, **options)
    return ConnectionPool(conninfo, check=ConnectionPool.check_connection, **options)


def create_pool(settings: Settings, *, dbname: str | None = None, name: str = "soc") -> ConnectionPool:
    """An opened :func:`new_pool`; close it at shutdown."""
    pool = new_pool(settings, dbname=dbname, name=name)
    pool.open(wait=True, timeout=30)
    return pool


def wait_ready(settings: Settings, *, dbname: str | None = None, timeout_s: float = 60.0) -> None:
    """Wait until the database accepts connections, retrying transient failures with backoff."""
    deadline = time.monotonic() + timeout_s
    for delay in Backoff(base_s=0.05, cap_s=2.0).delays():
        try:
            with psycopg.connect(settings.db.conninfo(dbname), connect_timeout=3) as conn:
                conn.execute("SELECT 1")
                return
        except psycopg.Error as exc:
            if not is_transient(exc) or time.monotonic() + delay > deadline:
                raise DatabaseError(
                    f"database {settings.db.redacted(dbname)} not ready: {exc}", sqlstate=exc.sqlstate
                ) from exc
            time.sleep(delay)


def detect_capabilities(conn: psycopg.Connection) -> Capabilities:
    """Read the TimescaleDB edition and extension versions from a connection."""
    row = conn.execute(SQL_EDITION).fetchone()
    edition_raw = (row[0] if row else None) or "apache"
    edition: Edition = "timescale" if edition_raw == "timescale" else "apache"
    versions = fetch_one(conn, _Versions, SQL_VERSIONS)
    assert versions is not None
    return Capabilities(edition, versions.timescaledb, versions.postgis, versions.postgres)


def record_capabilities(conn: psycopg.Connection, caps: Capabilities) -> None:
    """Store the capabilities in ``soc_capabilities`` and log them once."""
    for key, value in (
        ("timescaledb.edition", caps.edition),
        ("timescaledb.version", caps.timescaledb or ""),
        ("postgis.version", caps.postgis or ""),
        ("postgres.version", caps.postgres),
    ):
        conn.execute(SQL_RECORD_CAPABILITY, (key, value))
    log_event(log, "db_capabilities", edition=caps.edition, timescaledb=caps.timescaledb,
              postgis=caps.postgis, postgres=caps.postgres)
