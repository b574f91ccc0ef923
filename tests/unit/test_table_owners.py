"""No package's SQL names another package's table (scripts/table_owners.py, run by make lint)."""

from __future__ import annotations

from pathlib import Path

from scripts.table_owners import ROOT, findings, sql_tables, table_owners


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
        "alert_transitions", "alerts", "kpi_observations", "ops_assignments", "stdin"]


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
