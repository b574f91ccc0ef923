"""Fixtures: a fresh, fully migrated database per test module.

A template database is migrated once per set of migration files (its name
carries their hash) and every module gets a copy of it, so tests never see each
other's rows and migrations run once, not once per module.
"""

from __future__ import annotations

import hashlib
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
import pytest

from common.db import connect
from common.migrate import MIGRATIONS_DIR, migrate
from common.services import Layout
from common.settings import Settings


def _migrations_hash() -> str:
    h = hashlib.sha256()
    for path in sorted(MIGRATIONS_DIR.glob("*.sql")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


def _create_from_template(admin: psycopg.Connection, name: str, template: str) -> None:
    # A template must have no other sessions while it is copied; a concurrent
    # test session may briefly hold one, so retry a few times (SQLSTATE 55006).
    for attempt in range(20):
        try:
            admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'.encode())
            return
        except psycopg.errors.ObjectInUse:
            time.sleep(0.1 * (attempt + 1))
    admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'.encode())


@pytest.fixture(scope="session")
def db_template(settings: Settings, services: Layout) -> str:
    """Name of a database with every migration applied, built once per migration set."""
    name = f"soc_tpl_{_migrations_hash()}"
    with connect(settings, dbname="postgres", autocommit=True) as admin:
        admin.execute("SELECT pg_advisory_lock(hashtext(%s))", (name,))
        try:
            exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
            if not exists:
                building = f"{name}_b{uuid.uuid4().hex[:6]}"
                admin.execute(f'CREATE DATABASE "{building}"'.encode())
                with connect(settings, dbname=building, autocommit=True) as conn:
                    migrate(conn)
                admin.execute(f'ALTER DATABASE "{building}" RENAME TO "{name}"'.encode())
        finally:
            admin.execute("SELECT pg_advisory_unlock(hashtext(%s))", (name,))
    return name


@contextmanager
def database_copy(settings: Settings, template: str) -> Iterator[str]:
    """The name of a new database copied from ``template``, dropped on leaving."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    with connect(settings, dbname="postgres", autocommit=True) as admin:
        _create_from_template(admin, name, template)
    try:
        yield name
    finally:
        with connect(settings, dbname="postgres", autocommit=True) as admin:
            drop_database(admin, name)


@pytest.fixture(scope="module")
def db_name(settings: Settings, db_template: str) -> Iterator[str]:
    """A fresh migrated database for this test module; dropped afterwards."""
    with database_copy(settings, db_template) as name:
        yield name


def drop_database(admin: psycopg.Connection, name: str) -> None:
    """Drop a test database, waiting out backends this role may not terminate.

    ``WITH (FORCE)`` terminates the module's own leftover connections, but it
    refuses outright while a superuser backend (TimescaleDB's per-database
    scheduler, started when the database appears) is connected; a plain DROP
    asks TimescaleDB to stop that scheduler, so it is the fallback.
    """
    for attempt in range(50):
        try:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'.encode())
            return
        except (psycopg.errors.InsufficientPrivilege, psycopg.errors.ObjectInUse):
            try:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}"'.encode())
                return
            except psycopg.errors.ObjectInUse:
                time.sleep(0.1 * min(attempt + 1, 10))
    admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'.encode())


@contextmanager
def scratch_database(settings: Settings, db_template: str) -> Iterator[Settings]:
    """Settings of one more fresh migrated database, dropped on leaving (for a test that
    compares two runs, each on a database of its own)."""
    with database_copy(settings, db_template) as name:
        yield settings.model_copy(update={"db": settings.db.model_copy(update={"name": name})})


@pytest.fixture(scope="module")
def db_settings(settings: Settings, db_name: str) -> Settings:
    """Settings whose database is this module's fresh database (for services under test)."""
    return settings.model_copy(update={"db": settings.db.model_copy(update={"name": db_name})})


@pytest.fixture(scope="module")
def db_dsn(db_settings: Settings) -> str:
    """libpq conninfo of this module's fresh database."""
    return db_settings.db.conninfo()


@pytest.fixture
def db_conn(db_dsn: str) -> Iterator[psycopg.Connection]:
    """A connection (not autocommit) to this module's database, closed after the test."""
    with psycopg.connect(db_dsn) as conn:
        yield conn


@contextmanager
def database_unreachable(settings: Settings) -> Iterator[None]:
    """``settings``' database out of reach while the block runs: it refuses new connections
    and the application's open sessions on it are ended (the server stays up for the others)."""
    name = settings.db.name
    with psycopg.connect(settings.db.conninfo(dbname="postgres"), autocommit=True) as admin:
        admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false'.encode())
        # The application's sessions only: TimescaleDB's background workers run as a superuser.
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                      " WHERE datname = %s AND pid <> pg_backend_pid() AND usename = current_user"
                      " AND backend_type = 'client backend'", (name,))
        try:
            yield
        finally:
            admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true'.encode())
