"""Each package's SQL names only its own tables and the shared ones (run by ``make lint``).

A table belongs to the package whose migration creates it, by the number ranges
of docs/development.md: 0001-0009 the foundation (``sensors``, ``readings``,
``events``, ``quarantine``, ``audit_log``, the rollups, the heartbeats: shared
by every package), 0010-0019 ``ingest``, 0020-0029 ``geo``, 0030-0039
``alerts``, 0040-0049 ``ops_center``, 0050-0059 ``kpi``, 0060-0069 ``web``.
Another package reads them through the owner's read models (its ``api.py``).

The check reads every string literal of a package's modules that holds a SQL
statement (an upper-case SELECT, INSERT, UPDATE, DELETE or COPY; docstrings
left out) and the tables it names after FROM, JOIN, INTO, UPDATE, TABLE or
COPY. ``KNOWN_CROSSINGS`` lists the crossings still in the code, each a limit
in docs/architecture.md; an entry that no longer crosses fails too, so the list
only shrinks. Exit status 1 and one line per finding when the rule is broken.
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("common", "ingest", "geo", "alerts", "ops_center", "kpi", "sim", "web", "soc")
#: First digit pair of a migration's number -> owning package (None: shared foundation).
RANGES: Mapping[int, str | None] = {0: None, 1: "ingest", 2: "geo", 3: "alerts", 4: "ops_center", 5: "kpi",
                                    6: "web"}
#: (module path, table) pairs that still cross; each is a limit in docs/architecture.md.
KNOWN_CROSSINGS: frozenset[tuple[str, str]] = frozenset()

_CREATE = re.compile(r"CREATE\s+(?:TABLE|(?:MATERIALIZED\s+)?VIEW)\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)", re.I)
_STATEMENT = re.compile(r"\b(?:SELECT|INSERT|UPDATE|DELETE|COPY)\b")
_NAMED = re.compile(r"\b(?:FROM|JOIN|INTO|UPDATE|TABLE|COPY)\s+(?:ONLY\s+)?(\w+)", re.I)


def table_owners(migrations: Path) -> dict[str, str | None]:
    """Each table, view and materialized view of the migrations -> its owning package (None: shared)."""
    owners: dict[str, str | None] = {}
    for path in sorted(migrations.glob("*.sql")):
        package = RANGES[int(path.name[:4]) // 10]
        for name in _CREATE.findall(path.read_text(encoding="utf-8")):
            owners.setdefault(name.lower(), package)
    return owners


def _docstrings(tree: ast.Module) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                ids.add(id(first.value))
    return ids


def sql_tables(source: str) -> Iterator[tuple[int, str]]:
    """``(line, table)`` for every table named by a SQL statement in the string literals of ``source``."""
    tree = ast.parse(source)
    skip = _docstrings(tree)
    for node in ast.walk(tree):
        if (isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip
                and _STATEMENT.search(node.value)):
            for name in _NAMED.findall(node.value):
                yield node.lineno, name.lower()


def findings(root: Path = ROOT, known: frozenset[tuple[str, str]] = KNOWN_CROSSINGS) -> list[str]:
    """Every SQL naming another package's table, and every known crossing that no longer occurs."""
    owners = table_owners(root / "db" / "migrations")
    out: list[str] = []
    seen: set[tuple[str, str]] = set()
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            rel = path.relative_to(root).as_posix()
            for line, table in sql_tables(path.read_text(encoding="utf-8")):
                owner = owners.get(table)
                if owner is None or owner == package:
                    continue
                if (rel, table) in known:
                    seen.add((rel, table))
                    continue
                out.append(f"{rel}:{line}: SQL names {table!r}, a table of {owner} (read it through {owner}.api)")
    out += [f"{rel}: no longer names {table!r}: remove it from KNOWN_CROSSINGS" for rel, table in sorted(known - seen)]
    return out


def main() -> int:
    problems = findings()
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
