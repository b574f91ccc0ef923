"""The web, an adapter, holds SQL for its own tables only: not another package's, nor the shared foundation's.

``scripts/table_owners.py`` (make lint) lets every package name the foundation's
tables (0001-0009: sensors, readings, events, quarantine, audit log, ...); the
web reads those through the packages that own their meaning (``ingest.api``,
``common.audit``), so its SQL names only the tables of the web's own range
(0060-0069, docs/development.md).
"""

from __future__ import annotations

import ast
import re

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



#: An SQL statement starts with a statement's keyword.
_STATEMENT = re.compile(r"\s*(SELECT|INSERT|UPDATE|DELETE|WITH|SET|LISTEN|NOTIFY|CALL)\b")


def _statements(source: str) -> list[str]:
    """The keywords of the string constants in ``source`` that are SQL statements (docstrings left out)."""
    tree = ast.parse(source)
    docs = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant)}
    return [
        m.group(1)
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs
        and (m := _STATEMENT.match(n.value))
    ]


def test_the_statement_scan_sees_each_kind_of_literal() -> None:
    source = (
        '"""LISTEN here."""\nA = "SELECT 1"\nB = sql.SQL("LISTEN {}")\nC = """\nSET LOCAL x = 1\n"""\n'
        'D = "selected"\n'
    )
    assert sorted(_statements(source)) == ["LISTEN", "SELECT", "SET"]


def test_every_statement_of_the_web_is_in_its_repo_module() -> None:
    """One repo module per package (STYLE.md 5): the routes, the wall and the probe name its constants."""
    outside = {
        path.relative_to(ROOT).as_posix(): _statements(path.read_text(encoding="utf-8"))
        for path in sorted((ROOT / "web").rglob("*.py"))
        if path != ROOT / "web" / "repo.py"
    }
    assert {p: found for p, found in outside.items() if found} == {}
