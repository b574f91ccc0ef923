"""The web, an adapter, holds SQL for its own tables only: not another package's, nor the shared foundation's.

``scripts/table_owners.py`` (make lint) lets every package name the foundation's
tables (0001-0009: sensors, readings, events, quarantine, audit log, ...); the
web reads those through the packages that own their meaning (``ingest.api``,
``common.audit``), so its SQL names only the tables of the web's own range
(0060-0069, docs/development.md).
"""

from __future__ import annotations

from scripts.table_owners import ROOT, sql_tables, table_owners


def test_the_scan_sees_a_foundation_table() -> None:
    owners = table_owners(ROOT / "db" / "migrations")
    source = 'SQL = """\nSELECT s.sensor_id FROM sensors s JOIN web_users u ON true\n"""\n'
    assert {(t, owners[t]) for _, t in sql_tables(source)} == {("sensors", None), ("web_users", "web")}


def test_no_web_module_names_a_table_the_web_does_not_own() -> None:
    owners = table_owners(ROOT / "db" / "migrations")
    foreign: dict[str, list[str]] = {}
    for path in sorted((ROOT / "web").rglob("*.py")):
        tables = {t for _, t in sql_tables(path.read_text(encoding="utf-8"))}
        others = sorted(t for t in tables if owners.get(t, "web") != "web")
        if others:
            foreign[path.relative_to(ROOT).as_posix()] = others
    assert foreign == {}
