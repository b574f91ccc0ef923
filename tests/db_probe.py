"""The fault tests' own look at a database they poll while its processes ride out faults.

One session is kept between polls and opened anew once a fault has ended it: a poll then
costs a query, where a new session per poll costs a fork and a SCRAM exchange on both sides
(about 15 ms of CPU against 0.1 ms on a quiet host), several times a second for minutes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, TypeVar

import psycopg

from common.health import ProcessHealth, read_health
from common.settings import Settings

T = TypeVar("T")

SQL_FRESHEST_BEATS = ("SELECT DISTINCT ON (service) service, instance, beat_at, detail"
                      " FROM service_heartbeats ORDER BY service, beat_at DESC")


class DbProbe:
    """``settings``' database as the test reads it: ``None`` (or nothing) while unreachable."""

    def __init__(self, settings: Settings, connect_timeout: int = 3) -> None:
        self._conninfo = settings.db.conninfo()
        self._connect_timeout = connect_timeout
        self._conn: psycopg.Connection[Any] | None = None

    def run(self, read: Callable[[psycopg.Connection[Any]], T]) -> T | None:
        """``read`` on the kept session (opened if need be); ``None`` if the database does not
        answer a new session. A kept session that fails (a fault ended it) is replaced at once,
        so the first read after a fault is as good as a new session's."""
        while True:
            fresh = self._conn is None or self._conn.closed
            try:
                if self._conn is None or self._conn.closed:
                    self._conn = psycopg.connect(self._conninfo, autocommit=True,
                                                 connect_timeout=self._connect_timeout)
                return read(self._conn)
            except psycopg.Error:
                self.close()
                if fresh:
                    return None

    def beats(self) -> dict[str, tuple[str, datetime, dict[str, object]]]:
        """Per service: its freshest instance, that beat's time and detail (empty when unreachable)."""
        rows = self.run(lambda conn: conn.execute(SQL_FRESHEST_BEATS).fetchall()) or []
        return {str(r[0]): (str(r[1]), r[2], dict(r[3])) for r in rows}

    def health(self, required: Sequence[str], stale_after_s: float) -> dict[str, ProcessHealth]:
        """The health model's verdict per service (``common.health.read_health``; empty when unreachable)."""
        found = self.run(lambda conn: read_health(conn, required, stale_after_s)) or ()
        return {p.service: p for p in found}

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> DbProbe:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
