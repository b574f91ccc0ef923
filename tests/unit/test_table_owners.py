"""No package's SQL names another package's table (scripts/table_owners.py, run by make lint)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.table_owners import ROOT, findings, sql_tables, statement_tables, table_owners


def test_the_owners_come_from_the_migration_ranges() -> None:
    owners = table_owners(ROOT / "db" / "migrations")
    assert owners["alerts"] == "alerts"
    assert owners["alert_transitions"] == "alerts"
    assert owners["ops_incidents"] == "ops_center"
    assert owners["ingest_counters"] == "ingest"
    assert owners["kpi_observations"] == "kpi"
    assert owners["web_users"] == "web"
    assert owners["zones"] == "geo"
    assert owners["readings"] is None  # the shared foundation (0001)
    assert owners["events"] is None
    assert owners["readings_1m"] is None  # a materialized view in one edition, a table in the other


def test_sql_in_string_literals_is_read_and_prose_is_not() -> None:
    source = '''"""Reads FROM alerts, says the docstring."""
SQL = """
SELECT t.x FROM alert_transitions t JOIN alerts a USING (alert_id)
"""
COPY_IT = "COPY kpi_observations (a) FROM STDIN"
TEXT = "taken from sensors in the field"
def f() -> None:
    """Writes INTO ops_incidents, says another docstring (SELECT nothing)."""
    g(f"UPDATE ops_assignments SET x = 1 WHERE {1}")
'''
    assert sorted({t for _, t in sql_tables(source)}) == [
        "alert_transitions", "alerts", "kpi_observations", "ops_assignments"]


def _tree(tmp_path: Path, files: dict[str, str]) -> Path:
    (tmp_path / "db" / "migrations").mkdir(parents=True)
    (tmp_path / "db" / "migrations" / "0001_initial.sql").write_text("CREATE TABLE events (x int);\n")
    (tmp_path / "db" / "migrations" / "0030_alerts.sql").write_text("CREATE TABLE alerts (x int);\n")
    (tmp_path / "db" / "migrations" / "0040_ops.sql").write_text("CREATE TABLE IF NOT EXISTS ops_incidents (x int);\n")
    for rel, text in files.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text)
    return tmp_path


def test_a_package_naming_another_packages_table_is_a_finding(tmp_path: Path) -> None:
    root = _tree(tmp_path, {
        "alerts/repo.py": 'A = "SELECT * FROM alerts JOIN events USING (x)"\n',
        "ops_center/repo.py": 'A = "SELECT 1"\nB = """\nSELECT * FROM ops_incidents i JOIN alerts a ON true\n"""\n',
    })
    assert findings(root, frozenset()) == [
        "ops_center/repo.py:2: SQL names 'alerts', a table of alerts (read it through alerts.api)"]


def test_a_known_crossing_passes_until_it_is_gone_then_must_leave_the_list(tmp_path: Path) -> None:
    root = _tree(tmp_path, {"kpi/repo.py": 'A = "SELECT * FROM ops_incidents"\n'})
    assert findings(root, frozenset({("kpi/repo.py", "ops_incidents")})) == []
    (root / "kpi" / "repo.py").write_text('A = "SELECT * FROM events"\n')
    assert findings(root, frozenset({("kpi/repo.py", "ops_incidents")})) == [
        "kpi/repo.py: no longer names 'ops_incidents': remove it from KNOWN_CROSSINGS"]


def test_no_package_names_another_packages_table_beyond_the_known_limits() -> None:
    assert findings() == []


@pytest.mark.parametrize(("sql", "tables"), [
    ("SELECT * FROM ops_incidents i, alerts a WHERE a.x = i.x", ["ops_incidents", "alerts"]),
    ("SELECT * FROM ops_incidents AS i, alerts", ["ops_incidents", "alerts"]),
    ("SELECT * FROM events e, LATERAL (SELECT 1 FROM alerts) x, ops_incidents", ["events", "alerts", "ops_incidents"]),
    ("SELECT * FROM generate_series(1, 3) g(n), alerts", ["generate_series", "alerts"]),
    ("SELECT * FROM events e LEFT JOIN LATERAL (SELECT * FROM alerts a WHERE a.x = e.x LIMIT 1) a ON true",
     ["events", "alerts"]),
    ("SELECT * FROM (SELECT * FROM alerts) a, (VALUES (1)) v(x), ops_incidents", ["alerts", "ops_incidents"]),
    ('SELECT * FROM public."alerts", "Mixed"', ["alerts", "Mixed"]),
    ("SELECT * FROM public.alerts JOIN ONLY public.ops_incidents ON true", ["alerts", "ops_incidents"]),
    ("WITH alerts AS (SELECT * FROM ops_incidents), m AS MATERIALIZED (SELECT 1 FROM events) "
     "SELECT * FROM alerts, m", ["ops_incidents", "events"]),
    ("DELETE FROM events e USING alerts a, ops_incidents WHERE e.x = a.x", ["events", "alerts", "ops_incidents"]),
    ("MERGE INTO alerts a USING events e ON a.x = e.x WHEN MATCHED THEN DO NOTHING", ["alerts", "events"]),
    ("SELECT 'FROM alerts, x' FROM events -- , ops_incidents\n/* JOIN alerts */", ["events"]),
    ("SELECT * FROM events WHERE x = %(x)s AND y = ANY(%s)", ["events"]),
    ("COPY alerts (a, b) FROM STDIN", ["alerts"]),
])
def test_every_table_of_a_statement_is_named(sql: str, tables: list[str]) -> None:
    assert sorted(statement_tables(sql)) == sorted(tables)


LOWER_AND_FRAGMENTS = '''A = "select * from events, alerts"
B = """
  FROM ops_incidents i, alerts a
"""
C = "  with x as (select 1) select * from x"
D = "LEFT JOIN ops_assignments s ON true"
'''


def test_lower_case_statements_and_clause_fragments_are_read() -> None:
    assert [t for _, t in sql_tables(LOWER_AND_FRAGMENTS)] == [
        "events", "alerts", "ops_incidents", "alerts", "ops_assignments"]


def test_a_comma_join_of_another_packages_table_is_a_finding(tmp_path: Path) -> None:
    root = _tree(tmp_path, {"ops_center/repo.py": 'A = """\nSELECT * FROM ops_incidents i, alerts a\n"""\n'})
    assert findings(root, frozenset()) == [
        "ops_center/repo.py:1: SQL names 'alerts', a table of alerts (read it through alerts.api)"]
