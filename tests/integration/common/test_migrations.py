"""Migrations against the real TimescaleDB + PostGIS of the test instance."""

from __future__ import annotations

import uuid

import psycopg
import pytest
from psycopg.conninfo import make_conninfo

from common.db import connect, detect_capabilities
from common.migrate import MIGRATIONS_DIR, discover, migrate
from common.services import Layout, superuser_conninfo
from common.settings import Settings
from tests.fix_db import drop_database

pytestmark = pytest.mark.integration


@pytest.fixture
def empty_db(settings: Settings, services: object) -> str:
    name = f"e_{uuid.uuid4().hex[:10]}"
    with connect(settings, dbname="postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"'.encode())
    yield name
    with connect(settings, dbname="postgres", autocommit=True) as admin:
        drop_database(admin, name)


def test_apply_on_empty_then_reapply_is_noop(settings: Settings, empty_db: str) -> None:
    with connect(settings, dbname=empty_db, autocommit=True) as conn:
        caps = detect_capabilities(conn)
        applied = migrate(conn)
        assert [m.version for m in applied] == [m.version for m in discover(caps.edition)]
        assert migrate(conn) == []
        versions = [r[0] for r in conn.execute("SELECT version FROM schema_migrations ORDER BY 1")]
        assert versions == sorted({m.version for m in applied})
        recorded = dict(conn.execute("SELECT key, value FROM soc_capabilities").fetchall())
        assert recorded["timescaledb.edition"] == caps.edition


def test_edition_detected_and_apache_fallback_installed(db_conn: psycopg.Connection) -> None:
    caps = detect_capabilities(db_conn)
    # The machines of this project run Debian's Apache-licensed TimescaleDB.
    assert caps.edition == "apache"
    assert caps.postgis is not None
    assert caps.postgis.startswith("3.")
    kind = db_conn.execute(
        "SELECT c.relkind FROM pg_class c WHERE c.relname = 'readings_1m'"
    ).fetchone()
    assert kind == ("r",)  # a table refreshed by the application, not a continuous aggregate


def test_hypertables_and_gist_indexes_exist(db_conn: psycopg.Connection) -> None:
    hypertables = {r[0] for r in db_conn.execute(
        "SELECT hypertable_name FROM timescaledb_information.hypertables")}
    assert {"readings", "events", "quarantine"} <= hypertables
    gist = {r[0] for r in db_conn.execute(
        "SELECT indexname FROM pg_indexes WHERE indexdef ILIKE '%USING gist%'")}
    assert {"sensors_geom_gist", "sensors_geom_3826_gist", "events_geom_gist"} <= gist


def test_failed_migration_leaves_nothing(settings: Settings, empty_db: str, tmp_path) -> None:
    (tmp_path / "0001_ok.sql").write_text("CREATE TABLE ok_table (id int);")
    (tmp_path / "0002_bad.sql").write_text("CREATE TABLE half (id int); SELECT no_such_function();")
    from common.errors import MigrationError

    with connect(settings, dbname=empty_db, autocommit=True) as conn:
        with pytest.raises(MigrationError) as err:
            migrate(conn, tmp_path)
        assert err.value.version == 2
        tables = {r[0] for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
        assert "ok_table" in tables
        assert "half" not in tables
        assert [r[0] for r in conn.execute("SELECT version FROM schema_migrations")] == [1]


def test_a_renumbered_migration_is_not_applied_again(settings: Settings, empty_db: str, tmp_path) -> None:
    """A database that applied a migration under its old number keeps it applied under the
    new one, with the new file's checksum, and applies what the old number now holds."""
    import hashlib

    from common.migrate import Renumbered, pending

    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    new.mkdir()
    for d in (old, new):
        (d / "0001_base.sql").write_text(  # with the table every migrate records the edition in
            "CREATE TABLE t (id int); CREATE TABLE soc_capabilities (key text PRIMARY KEY, value text NOT NULL,"
            " detected_at timestamptz NOT NULL DEFAULT now());")
    old_text = "-- 0062: a column\nALTER TABLE t ADD COLUMN x int;\n"  # fails if run twice
    (old / "0062_ops_x.sql").write_text(old_text)
    (new / "0070_ops_x.sql").write_text("-- A column\nALTER TABLE t ADD COLUMN x int;\n")
    (new / "0062_web_y.sql").write_text("CREATE TABLE w (id int);")
    moved = (Renumbered(70, 62, "ops_x", hashlib.sha256(old_text.encode()).hexdigest()),)
    with connect(settings, dbname=empty_db, autocommit=True) as conn:
        assert [m.version for m in migrate(conn, old, moved)] == [1, 62]
        assert [(m.version, m.name) for m in pending(conn, new, moved)] == [(62, "web_y")]
        assert [(m.version, m.name) for m in migrate(conn, new, moved)] == [(62, "web_y")]
        rows = conn.execute("SELECT version, name, checksum FROM schema_migrations ORDER BY 1").fetchall()
        checksum = hashlib.sha256((new / "0070_ops_x.sql").read_bytes()).hexdigest()
        assert [(v, n) for v, n, _ in rows] == [(1, "base"), (62, "web_y"), (70, "ops_x")]
        assert rows[2][2] == checksum
        assert migrate(conn, new, moved) == []


SQL_HAS_STATEMENTS = "SELECT count(*) FROM pg_extension WHERE extname = 'pg_stat_statements'"


def test_statements_are_counted_where_the_migrating_role_may_create_the_view(
        settings: Settings, services: Layout, empty_db: str) -> None:
    # As compose migrates: the preloading server's superuser creates the extension in the
    # application database, once however often the migrations run.
    with psycopg.connect(make_conninfo(superuser_conninfo(services), dbname=empty_db), autocommit=True) as su:
        preloaded = su.execute("SHOW shared_preload_libraries").fetchone()
        assert preloaded is not None
        assert "pg_stat_statements" in preloaded[0]
        migrate(su)
        assert su.execute(SQL_HAS_STATEMENTS).fetchone() == (1,)
        su.execute("SELECT count(*) FROM pg_stat_statements")  # raises where it is not loaded
        su.execute("DELETE FROM schema_migrations WHERE version = 6")
        migrate(su)
        assert su.execute(SQL_HAS_STATEMENTS).fetchone() == (1,)


def test_the_application_role_migrates_without_creating_the_view(settings: Settings, empty_db: str) -> None:
    # The project's own server: its application role is no superuser (it reads the counts as the
    # superuser in the postgres database, common/services.py).
    with connect(settings, dbname=empty_db, autocommit=True) as conn:
        row = conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone()
        assert row == (False,)
        assert 6 in [m.version for m in migrate(conn)]
        assert conn.execute(SQL_HAS_STATEMENTS).fetchone() == (0,)


#: Offline alerts' transitions as written while the device's reason travelled in the text.
OLD_TRANSITIONS = [
    ("raise", "status offline: mains_power_lost", "mains_power_lost"),
    ("recur", "condition holds again: status offline: comms_lost", "comms_lost"),
    ("raise", "last will: offline", None),
    ("clear", "status online", None),
    ("acknowledge", "status offline: comms_lost, seen on the wall", None),
]


def test_the_status_reason_migration_moves_the_reason_out_of_the_text(
        settings: Settings, empty_db: str, tmp_path) -> None:
    """Migration 0037 gives the transitions stored before it their device's reason as the
    column, from the text their raise or recurrence wrote; other moves get none."""
    for path in MIGRATIONS_DIR.glob("*.sql"):
        if int(path.name[:4]) < 37:
            (tmp_path / path.name).write_bytes(path.read_bytes())
    with connect(settings, dbname=empty_db, autocommit=True) as conn:
        migrate(conn, tmp_path)
        (alert_id,) = conn.execute(
            "INSERT INTO alerts (rule_id, source_id, state, severity, category, agency, title, raised_at,"
            " updated_at, last_triggered_at, escalate_after_s, auto_resolve_after_s) VALUES"
            " ('sensor-offline', 'WL-1', 'raised', 'Minor', 'Infra', 'disaster', 't', now(), now(), now(), 600, 600)"
            " RETURNING alert_id").fetchone() or (None,)
        for action, reason, _ in OLD_TRANSITIONS:
            conn.execute(
                "INSERT INTO alert_transitions (alert_id, at, actor, action, to_state, severity, reason)"
                " VALUES (%s, now(), 'alerts-service', %s, 'raised', 'Minor', %s)", (alert_id, action, reason))
        assert [m.version for m in migrate(conn)][:1] == [37]
        got = conn.execute("SELECT action, reason, status_reason FROM alert_transitions ORDER BY id").fetchall()
    assert got == OLD_TRANSITIONS


def test_the_operational_kpi_migration_removes_entered_figures_with_their_audit(
        settings: Settings, empty_db: str, tmp_path) -> None:
    """Migration 0052: an entered figure of an operational KPI stored before it (a typed MTTA
    of 5 s that every recomputation kept) goes, its content kept in the audit log; the
    plan's entered figures stay."""
    from kpi import service
    from kpi.definitions import load_definitions

    defs = load_definitions()
    for path in MIGRATIONS_DIR.glob("*.sql"):
        if int(path.name[:4]) < 52:
            (tmp_path / path.name).write_bytes(path.read_bytes())
    with connect(settings, dbname=empty_db, autocommit=True) as conn:
        migrate(conn, tmp_path)
        service.ensure_definitions(conn, defs, "test")
        for indicator, period, unit in (("ops.mtta_alerts", "2026-12", "s"), ("2.1", "2016", "times")):
            conn.execute(
                "INSERT INTO kpi_observations (indicator_id, definitions_version, period, as_of, value,"
                " unit, provenance, source_note, entered_by) VALUES (%s, %s, %s, '2016-12-31', 5, %s,"
                " 'entered', 'typed', 'planner')",
                (indicator, defs.version, period, unit))
        assert 52 in [m.version for m in migrate(conn)]
        kept = conn.execute("SELECT indicator_id FROM kpi_observations").fetchall()
        audit = conn.execute(
            "SELECT actor, detail->'before'->>'indicator_id', detail->'before'->>'value' FROM audit_log"
            " WHERE action = 'kpi_observation.delete'").fetchall()
    assert kept == [("2.1",)]
    assert audit == [("migration 0052", "ops.mtta_alerts", "5")]
