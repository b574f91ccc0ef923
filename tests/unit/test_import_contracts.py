"""The import contracts: the web reaches a package only through its interface, with no ignored imports."""

from __future__ import annotations

import tomllib
from pathlib import Path

import grimp

from scripts.import_contracts import InterfaceContract

ROOT = Path(__file__).resolve().parents[2]


def _contract() -> InterfaceContract:
    return InterfaceContract(
        name="web through api/errors",
        session_options={"root_packages": ["web", "alerts", "common"]},
        contract_options={"source_modules": ["web"], "packages": ["alerts"], "interfaces": ["api", "errors"]},
    )


def _graph(*imports: tuple[str, str]) -> grimp.ImportGraph:
    graph = grimp.ImportGraph()
    for package in ("web", "alerts", "common"):
        graph.add_module(package)
    for importer, imported in imports:
        graph.add_import(importer=importer, imported=imported, line_number=3, line_contents="import")
    return graph


def test_imports_of_the_interfaces_keep_the_contract() -> None:
    graph = _graph(("web.routes.alerts", "alerts.api"), ("web.problems", "alerts.errors"),
                   ("web.app", "common.db"), ("alerts.api", "alerts.queries"))
    assert _contract().check(graph, verbose=False).kept


def test_an_import_of_another_module_or_of_the_package_breaks_it() -> None:
    graph = _graph(("web.routes.alerts", "alerts.api"), ("web.wall.topics", "alerts.queries"),
                   ("web.views", "alerts"), ("web.apiary", "alerts.apiary"))
    check = _contract().check(graph, verbose=False)
    assert not check.kept
    assert [(i["importer"], i["imported"]) for i in check.metadata["illegal_imports"]] == [
        ("web.apiary", "alerts.apiary"), ("web.views", "alerts"), ("web.wall.topics", "alerts.queries"),
    ]


def test_no_contract_ignores_imports() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    assert [c["name"] for c in config["contracts"] if c.get("ignore_imports")] == []
