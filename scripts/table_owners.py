"""Each package's SQL names only its own tables and the shared ones (run by ``make lint``).

A table belongs to the package whose migration creates it, by the number ranges
of docs/development.md: 0001-0009 the foundation (``sensors``, ``readings``,
``events``, ``quarantine``, ``audit_log``, the rollups, the heartbeats: shared
by every package), 0010-0019 ``ingest``, 0020-0029 ``geo``, 0030-0039
``alerts``, 0040-0049 and 0070-0079 ``ops_center``, 0050-0059 ``kpi``, 0060-0069 ``web``.
Another package reads them through the owner's read models (its ``api.py``).

The check reads every string literal of a package's modules that holds SQL (an
upper-case SELECT, INSERT, UPDATE, DELETE, MERGE or COPY anywhere, a statement
keyword in any case at its start, or a fragment starting with an upper-case
FROM, JOIN or WITH clause; docstrings left out) and the tables it names: after
FROM and USING every item of a comma list (``FROM a, b``, ``FROM a x, LATERAL
f(x)``), after JOIN (LATERAL or not), INTO, UPDATE, TABLE and COPY one name;
names may be schema-qualified or quoted (``public."alerts"``); subqueries and
CTE bodies are read as any other SQL, and a CTE's own name is not a table.
Comments, string literals and bind placeholders are ignored. A limit: a table
named only through ``psycopg.sql.Identifier`` at run time is not seen.
``KNOWN_CROSSINGS`` lists the crossings in the code, each a limit in
docs/architecture.md (there are none); an entry that does not cross fails too,
so the list holds only real crossings. Exit status 1 and one line per finding when the rule is broken.
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
                                    6: "web", 7: "ops_center"}
#: (module path, table) pairs that still cross; each is a limit in docs/architecture.md.
KNOWN_CROSSINGS: frozenset[tuple[str, str]] = frozenset()

_CREATE = re.compile(r"CREATE\s+(?:TABLE|(?:MATERIALIZED\s+)?VIEW)\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)", re.I)
_STATEMENT = re.compile(
    r"\b(?:SELECT|INSERT|UPDATE|DELETE|MERGE|COPY)\b"
    r"|^\s*(?i:select|insert|update|delete|merge|copy|with)\b"
    r"|^\s*(?:FROM|(?:LEFT\s+|RIGHT\s+|INNER\s+|CROSS\s+|FULL\s+)?JOIN|WITH)\b")
_NOISE = re.compile(r"--[^\n]*|/\*.*?\*/|'(?:[^']|'')*'|%\(\w+\)s|%[sbt]", re.S)
_TOKEN = re.compile(r'"(?:[^"]|"")+"|[A-Za-z_][\w$]*|[(),.;]|[^\s\w(),.;"]+')
#: Keywords followed by one table; by a comma list of tables.
_ONE = frozenset({"JOIN", "INTO", "UPDATE", "TABLE", "COPY"})
_LIST = frozenset({"FROM", "USING"})
#: Words that end a FROM item (never an alias).
_CLAUSES = frozenset({
    "WHERE", "JOIN", "LEFT", "RIGHT", "INNER", "OUTER", "FULL", "CROSS", "NATURAL", "ON", "USING", "GROUP",
    "ORDER", "LIMIT", "OFFSET", "UNION", "EXCEPT", "INTERSECT", "WINDOW", "HAVING", "FOR", "SET", "RETURNING",
    "VALUES", "SELECT", "DEFAULT", "TABLESAMPLE", "FETCH", "WITH", "AS", "LATERAL", "ONLY", "DO", "WHEN",
    "THEN", "OVERRIDING", "STDIN", "STDOUT", "ELSE", "END", "AND", "OR", "NOT", "IS",
})
_CTE = re.compile(r"^(?:\w+|\"(?:[^\"]|\"\")+\")$")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(_NOISE.sub(" ", text))


def _name(token: str) -> str | None:
    """The identifier a token spells (quoted: as written; bare: folded to lower case), else None."""
    if token.startswith('"'):
        return token[1:-1].replace('""', '"')
    if token[0].isalpha() or token[0] == "_":
        return token.lower()
    return None


def _skip_parens(tokens: list[str], i: int) -> int:
    """The index after the parenthesis group opening at ``tokens[i]``."""
    depth = 0
    while i < len(tokens):
        depth += {"(": 1, ")": -1}.get(tokens[i], 0)
        i += 1
        if depth == 0:
            break
    return i


def _item(tokens: list[str], i: int) -> tuple[str | None, int]:
    """One FROM item at ``tokens[i]``: its table (None for a subquery or VALUES) and the index after it."""
    while i < len(tokens) and tokens[i].upper() in ("ONLY", "LATERAL"):
        i += 1
    if i >= len(tokens):
        return None, i
    table = None
    if tokens[i] == "(":
        i = _skip_parens(tokens, i)
    elif tokens[i].upper() not in _CLAUSES and (table := _name(tokens[i])) is not None:
        i += 1
        while i + 1 < len(tokens) and tokens[i] == "." and _name(tokens[i + 1]) is not None:
            table, i = _name(tokens[i + 1]), i + 2
        if i < len(tokens) and tokens[i] == "(":  # a function's arguments or a column list
            i = _skip_parens(tokens, i)
    if i < len(tokens) and tokens[i].upper() == "AS":
        i += 1
    if i < len(tokens) and tokens[i].upper() not in _CLAUSES and _name(tokens[i]) is not None:
        i += 1  # the alias
    if i < len(tokens) and tokens[i] == "(":  # the alias's column list
        i = _skip_parens(tokens, i)
    return table, i


def statement_tables(text: str) -> list[str]:
    """Every table a SQL text names, in order (CTE names left out)."""
    tokens = _tokens(text)
    ctes = {
        name for k, tok in enumerate(tokens[:-2])
        if tokens[k + 1].upper() == "AS" and _CTE.match(tok) and (name := _name(tok)) is not None
        and (tokens[k + 2] == "(" or tokens[k + 2].upper() in ("MATERIALIZED", "NOT"))
    }
    out: list[str] = []
    for k, tok in enumerate(tokens):
        word = tok.upper()
        if word not in _ONE and word not in _LIST:
            continue
        i = k + 1
        while True:
            table, i = _item(tokens, i)
            if table is not None and table not in ctes:
                out.append(table)
            if word in _ONE or i >= len(tokens) or tokens[i] != ",":
                break
            i += 1
    return out


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
            for name in statement_tables(node.value):
                yield node.lineno, name


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
