"""An import-linter contract type: the importers reach each package only through its interface modules.

``interface`` contracts (``pyproject.toml``, ``[tool.importlinter]``): every
direct import from ``source_modules`` (and their descendants) into one of
``packages`` must name that package's interface, ``<package>.<interface>`` for
one of ``interfaces`` (``api``, ``errors``), or something inside it. Importing
the package itself or any other module of it breaks the contract. Indirect
chains are not checked: an interface may use its own package freely.

import-linter's own types state this only as a ``forbidden`` contract whose
ignore list re-allows each interface; this one says it directly, so the
contract has no ignored imports.
"""

from __future__ import annotations

from typing import Any

import grimp
from importlinter import Contract, ContractCheck, fields, output


def _within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


class InterfaceContract(Contract):
    """Direct imports from the sources into the packages go to the packages' interfaces only."""

    type_name = "interface"

    source_modules = fields.ListField(subfield=fields.ModuleField())
    packages = fields.ListField(subfield=fields.ModuleField())
    interfaces = fields.ListField(subfield=fields.StringField())

    def check(self, graph: grimp.ImportGraph, verbose: bool) -> ContractCheck:
        sources: set[str] = set()
        for module in self.source_modules:  # type: ignore[attr-defined]
            sources.add(module.name)
            sources |= graph.find_descendants(module.name)
        packages = [p.name for p in self.packages]  # type: ignore[attr-defined]
        interfaces = [f"{p}.{i}" for p in packages for i in self.interfaces]  # type: ignore[attr-defined]
        illegal: list[dict[str, Any]] = []
        for importer in sorted(sources):
            for imported in sorted(graph.find_modules_directly_imported_by(importer)):
                if not any(_within(imported, p) for p in packages):
                    continue
                if any(_within(imported, i) for i in interfaces):
                    continue
                details = graph.get_import_details(importer=importer, imported=imported)
                illegal.append({"importer": importer, "imported": imported,
                                "line_numbers": [d["line_number"] for d in details]})
        return ContractCheck(kept=not illegal, metadata={"illegal_imports": illegal})

    def render_broken_contract(self, check: ContractCheck) -> None:
        interfaces = ", ".join(self.interfaces)  # type: ignore[attr-defined]
        output.print_error(f"Import these packages only through their interfaces ({interfaces}):", bold=False)
        output.new_line()
        for link in check.metadata["illegal_imports"]:
            lines = ", ".join(map(str, link["line_numbers"]))
            output.print_error(f"- {link['importer']} -> {link['imported']} (l.{lines})", bold=False)
            output.new_line()
