"""One meaning per name: the entity and vocabulary names below are declared once in the product.

A declaration is a top-level ``class`` or an assignment of anything but another
module's name (``Agency = vocabulary.Agency`` re-exports, it does not declare).
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("common", "ingest", "geo", "alerts", "ops_center", "kpi", "sim", "web", "soc")
#: Names that meant two things (a severity with and without Unknown, the dispatch state
#: machine and a role alias, the bureaus and the feed domains, read rows of two packages).
ONE_MEANING = ("Severity", "CapSeverity", "AlertRow", "EventRow", "Dispatcher", "Agency", "Domain")
#: Module names that stood for two modules (the sender and the receiver of a notice).
ONE_MODULE = ("seen",)


def declarations(source: str) -> list[str]:
    """Top-level names a module declares (classes and assignments that are not re-exports)."""
    names: list[str] = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.ClassDef):
            names.append(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            if isinstance(node.value, (ast.Attribute, ast.Name)):
                continue
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.extend(t.id for t in targets if isinstance(t, ast.Name))
    return names


def _modules() -> list[Path]:
    return [p for package in PACKAGES for p in sorted((ROOT / package).rglob("*.py"))]


def test_a_re_export_is_not_a_declaration() -> None:
    source = "from common import vocabulary\nAgency = vocabulary.Agency\nclass Severity: ...\nX: int = 1\n"
    assert declarations(source) == ["Severity", "X"]


def test_each_name_has_one_declaration() -> None:
    where: dict[str, list[str]] = {name: [] for name in ONE_MEANING}
    for path in _modules():
        for name in declarations(path.read_text(encoding="utf-8")):
            if name in where:
                where[name].append(path.relative_to(ROOT).as_posix())
    assert {name: places for name, places in where.items() if len(places) > 1} == {}


def test_each_module_name_stands_for_one_module() -> None:
    places = {name: [p.relative_to(ROOT).as_posix() for p in _modules() if p.stem == name] for name in ONE_MODULE}
    assert {name: found for name, found in places.items() if len(found) > 1} == {}
