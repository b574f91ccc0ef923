"""The registry of online-application and e-payment services (indicator 7.3).

One row per (agency, service item) with its launch date, read from
``data/eservices.csv``. The plan counts "agencies using × new service items"
(計算方式為使用機關數乘以新增服務項目數): for a year, the agencies that launched
at least one item that year times the distinct items launched that year. That
product can exceed the number of (agency, item) rows when not every agency
uses every item; :class:`ItemCount` reports both so planners can see it.

No real registry of 2015–2016 items was found (../shared/DOMAIN.md §5, "not
found"): every row of the shipped file is a fixture and says so (``fixture``).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from kpi.errors import FixtureError
from kpi.formulas import Result, service_items

DEFAULT_PATH = Path(__file__).parent / "data" / "eservices.csv"

_COLUMNS = (
    "agency",
    "agency_en",
    "service",
    "service_en",
    "kind",
    "launch_date",
    "fixture",
    "note",
)


class ServiceKind(StrEnum):
    """Online application (線上申辦) or electronic payment (電子支付)."""

    ONLINE_APPLICATION = "online_application"
    E_PAYMENT = "e_payment"


@dataclass(frozen=True, slots=True)
class ServiceEntry:
    """One service item offered by one agency from ``launch_date``."""

    agency: str
    agency_en: str
    service: str
    service_en: str
    kind: ServiceKind
    launch_date: date
    fixture: bool
    note: str


@dataclass(frozen=True, slots=True)
class ItemCount:
    """The plan's count for a year, with its factors and the plain pair count."""

    year: int
    agencies_using: int
    new_items: int
    pairs: int
    result: Result
    fixture_rows: int


def parse_registry(text: str, *, path: str | None = None) -> tuple[ServiceEntry, ...]:
    """Parse the registry CSV; raises :class:`FixtureError` naming the line."""
    reader = csv.DictReader(io.StringIO(text))
    if tuple(reader.fieldnames or ()) != _COLUMNS:
        raise FixtureError(f"registry columns must be {', '.join(_COLUMNS)}", path=path, line=1)
    entries: list[ServiceEntry] = []
    seen: set[tuple[str, str]] = set()
    for row in reader:
        line = reader.line_num
        try:
            entry = ServiceEntry(
                agency=_required(row, "agency"),
                agency_en=row["agency_en"].strip(),
                service=_required(row, "service"),
                service_en=row["service_en"].strip(),
                kind=ServiceKind(row["kind"].strip()),
                launch_date=date.fromisoformat(row["launch_date"].strip()),
                fixture=_bool(row["fixture"]),
                note=row["note"].strip(),
            )
        except (ValueError, KeyError) as exc:
            raise FixtureError(f"bad registry row: {exc}", path=path, line=line) from exc
        if (entry.agency, entry.service) in seen:
            raise FixtureError(f"duplicate (agency, service) {entry.agency}/{entry.service}", path=path, line=line)
        seen.add((entry.agency, entry.service))
        entries.append(entry)
    return tuple(entries)


def load_registry(path: Path | str = DEFAULT_PATH) -> tuple[ServiceEntry, ...]:
    """Read and parse a registry file."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise FixtureError(f"cannot read {p}: {exc}", path=str(p)) from exc
    return parse_registry(text, path=str(p))


def count_items(entries: Iterable[ServiceEntry], year: int, *, as_of: date | None = None) -> ItemCount:
    """The 7.3 count for ``year``: items launched in the year up to ``as_of`` (default 31 Dec)."""
    last = as_of or date(year, 12, 31)
    launched = [e for e in entries if e.launch_date.year == year and e.launch_date <= last]
    agencies = {e.agency for e in launched}
    items = {e.service for e in launched}
    pairs = {(e.agency, e.service) for e in launched}
    return ItemCount(
        year=year,
        agencies_using=len(agencies),
        new_items=len(items),
        pairs=len(pairs),
        result=service_items(len(agencies), len(items)),
        fixture_rows=sum(1 for e in launched if e.fixture),
    )


def _required(row: dict[str, str], column: str) -> str:
    value = row[column].strip()
    if not value:
        raise ValueError(f"{column} is empty")
    return value


def _bool(text: str) -> bool:
    value = text.strip().lower()
    if value in ("true", "yes", "1"):
        return True
    if value in ("false", "no", "0"):
        return False
    raise ValueError(f"fixture must be true or false, got {text!r}")
