"""Versioned SQL migrations: ``db/migrations/NNNN_name.sql``, applied in order.

Each migration runs in its own transaction and is recorded in
``schema_migrations`` with a checksum, so re-running is a no-op and a file
edited after it was applied is reported instead of silently ignored. An
advisory lock serialises concurrent migrators (two services starting at once).

A migration given another number (:data:`RENUMBERED`) is recognised by its old number and
name: the record is moved to the new number before anything is applied, so it never runs
twice and its old number is free for the package that owns that range.

Edition variants: ``NNNN_name.timescale.sql`` / ``NNNN_name.apache.sql`` are
applied only on that TimescaleDB edition (see :mod:`common.db`); a number has
either one plain file or one file per edition.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from pathlib import Path

import psycopg

from common.db import Capabilities, Edition, detect_capabilities, record_capabilities
from common.errors import MigrationError
from common.logging import log_event

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parents[1] / "db" / "migrations"
_NAME_RE = re.compile(r"^(?P<version>\d{4})_(?P<name>[a-z0-9_]+?)(?:\.(?P<edition>timescale|apache))?\.sql$")
# Any constant works; it only has to be the same for every migrator.
_LOCK_KEY = 0x50C_D1B

SQL_CREATE_TABLE = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version     integer PRIMARY KEY,
    name        text NOT NULL,
    variant     text NOT NULL,
    checksum    text NOT NULL,
    applied_at  timestamptz NOT NULL DEFAULT now()
)
"""
SQL_LOCK = "SELECT pg_advisory_lock(%s)"
SQL_UNLOCK = "SELECT pg_advisory_unlock(%s)"
SQL_APPLIED = "SELECT version, checksum FROM schema_migrations ORDER BY version"
SQL_RENUMBER = """
UPDATE schema_migrations
   SET version = %(version)s,
       checksum = CASE WHEN checksum = %(was_checksum)s THEN %(checksum)s ELSE checksum END
 WHERE version = %(was)s AND name = %(name)s
"""
SQL_APPLIED_NAMES = "SELECT version, name FROM schema_migrations"
SQL_RECORD = "INSERT INTO schema_migrations (version, name, variant, checksum) VALUES (%s, %s, %s, %s)"


@dataclass(frozen=True, slots=True)
class Migration:
    """One migration file chosen for the connected edition."""

    version: int
    name: str
    variant: str  # "common", "timescale" or "apache"
    path: Path

    @property
    def checksum(self) -> str:
        """SHA-256 of the file, to notice edits after it was applied."""
        return hashlib.sha256(self.path.read_bytes()).hexdigest()


@dataclass(frozen=True, slots=True)
class Renumbered:
    """A migration that was applied, on some databases, under another number.

    Matched by old number and name (the name is kept); the checksum recorded under the old
    number is replaced by the file's when it is the old file's, whose only change is the
    number dropped from its first comment.
    """

    version: int
    was: int
    name: str
    was_checksum: str


#: Migrations once numbered in another package's range, by their old number and name.
RENUMBERED: tuple[Renumbered, ...] = (
    Renumbered(70, 62, "ops_feed_log_through", "634fd934cde9e53641844f63da4351b336cba0a6d618a6bb1122cb4835776813"),
    Renumbered(71, 63, "ops_incident_planned", "740261d2c24b8c82e8f8c2c94aef3afec1cee28ea68ddef161790eeba9fe15d2"),
    Renumbered(72, 64, "ops_incident_hazmat", "67539909130e1039576fc1f7d6e5dc2db819449cc5b461627edfeaa6d8940c20"),
    Renumbered(73, 65, "ops_cap_cancel", "35d1b084a15ae6259316b94b5efe56339978bd341dd97805f2667ab20f9b8392"),
    # The alerts package's, once numbered in the ops center's range.
    Renumbered(39, 74, "alert_transition_clear_cause",
               "b22c2f5c26269f9bbf70b0aa7edd98aedb9e7e3eb83a0dc65eba4944aa95f28a"),
)


def discover(edition: Edition, directory: Path = MIGRATIONS_DIR) -> list[Migration]:
    """The migrations to apply on ``edition``, in version order; rejects bad names and clashes."""
    by_version: dict[int, list[tuple[str, str, Path]]] = {}
    for path in sorted(directory.glob("*.sql")):
        m = _NAME_RE.match(path.name)
        if m is None:
            raise MigrationError(f"bad migration file name {path.name!r} (want NNNN_name[.edition].sql)",
                                 version=-1)
        variant = m.group("edition") or "common"
        by_version.setdefault(int(m.group("version")), []).append((variant, m.group("name"), path))
    chosen: list[Migration] = []
    for version, files in sorted(by_version.items()):
        variants = {v for v, _, _ in files}
        if "common" in variants and len(files) > 1:
            raise MigrationError(f"migration {version:04d} has a plain file and edition variants",
                                 version=version)
        if len(files) != len(variants):
            raise MigrationError(f"migration number {version:04d} is used twice", version=version)
        if "common" not in variants and variants != {"timescale", "apache"}:
            raise MigrationError(f"migration {version:04d} needs both a .timescale.sql and an .apache.sql",
                                 version=version)
        for variant, name, path in files:
            if variant in ("common", edition):
                chosen.append(Migration(version, name, variant, path))
    return chosen


def migrate(conn: psycopg.Connection, directory: Path = MIGRATIONS_DIR,
            renumbered: tuple[Renumbered, ...] = RENUMBERED) -> list[Migration]:
    """Apply pending migrations; return those applied now (empty when up to date).

    ``conn`` must be in autocommit mode (each migration opens its own transaction).
    """
    if not conn.autocommit:
        raise MigrationError("migrate() needs an autocommit connection", version=-1)
    conn.execute(SQL_LOCK, (_LOCK_KEY,))
    try:
        conn.execute(SQL_CREATE_TABLE)
        caps = detect_capabilities(conn)
        chosen = discover(caps.edition, directory)
        _renumber(conn, chosen, renumbered)
        applied: dict[int, str] = {int(v): str(c) for v, c in conn.execute(SQL_APPLIED).fetchall()}
        done: list[Migration] = []
        for mig in chosen:
            if mig.version in applied:
                if applied[mig.version] != mig.checksum:
                    log_event(log, "migration_changed_after_apply", logging.WARNING,
                              version=f"{mig.version:04d}", name=mig.name)
                continue
            _apply(conn, mig)
            done.append(mig)
        _record(conn)
        return done
    finally:
        conn.execute(SQL_UNLOCK, (_LOCK_KEY,))


def pending(conn: psycopg.Connection, directory: Path = MIGRATIONS_DIR,
            renumbered: tuple[Renumbered, ...] = RENUMBERED) -> list[Migration]:
    """Migrations not applied yet on ``conn``'s database (read-only; one applied under its
    old number counts as applied)."""
    caps = detect_capabilities(conn)
    exists = conn.execute("SELECT to_regclass('schema_migrations') IS NOT NULL").fetchone()
    applied: set[int] = set()
    if exists and exists[0]:
        moved = {(r.was, r.name): r.version for r in renumbered}
        applied = {moved.get((int(v), str(n)), int(v)) for v, n in conn.execute(SQL_APPLIED_NAMES).fetchall()}
    return [m for m in discover(caps.edition, directory) if m.version not in applied]


def _renumber(conn: psycopg.Connection, chosen: list[Migration], renumbered: tuple[Renumbered, ...]) -> None:
    """Move the records of migrations applied under their old numbers (one transaction); an
    entry without its file in ``chosen`` (another directory) is left alone."""
    files = {m.version: m for m in chosen}
    with conn.transaction():
        for r in renumbered:
            if (mig := files.get(r.version)) is None or mig.name != r.name:
                continue
            conn.execute(SQL_RENUMBER, {"version": r.version, "was": r.was, "name": r.name,
                                        "was_checksum": r.was_checksum, "checksum": mig.checksum})


def _apply(conn: psycopg.Connection, mig: Migration) -> None:
    sql = mig.path.read_text(encoding="utf-8")
    try:
        with conn.transaction():
            conn.execute(sql.encode())  # several statements, no parameters
            conn.execute(SQL_RECORD, (mig.version, mig.name, mig.variant, mig.checksum))
    except psycopg.Error as exc:
        raise MigrationError(f"migration {mig.path.name} failed: {exc}", version=mig.version,
                             sqlstate=exc.sqlstate) from exc
    log_event(log, "migration_applied", version=f"{mig.version:04d}", name=mig.name, variant=mig.variant)


def _record(conn: psycopg.Connection) -> Capabilities:
    caps = detect_capabilities(conn)
    with conn.transaction():
        record_capabilities(conn, caps)
    return caps
