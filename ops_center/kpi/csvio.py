"""CSV import and export of KPI observations (pandas at the edge, pure otherwise).

Import format (UTF-8, with or without BOM; header on line 1)::

    indicator_id,period,as_of,value,unit,numerator,denominator,source_note

``as_of`` defaults to the period's last day; ``numerator``/``denominator`` are
optional and only for ratio-type indicators, where they must agree with
``value`` to the plan's two decimals. The export adds read-only columns
(:data:`EXPORT_ONLY_COLUMNS`) which the importer accepts and ignores, so an
exported file can be edited and imported again; rows whose ``provenance`` is
``computed`` are skipped on import (the system recomputes those).

All or nothing: :func:`parse_observations` returns every error with its file
line (the physical line where the record starts; header = 1) and column, and
callers store nothing unless the error list is empty.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import date

import pandas as pd

from ops_center.kpi.definitions import Definitions, Indicator, Kind, Unit
from ops_center.kpi.errors import PeriodError, RowError, UnknownIndicatorError
from ops_center.kpi.formulas import PERCENT_DECIMALS
from ops_center.kpi.models import NewObservation, Observation, Provenance
from ops_center.kpi.periods import parse_period_for
from ops_center.kpi.scoring import achievement

IMPORT_COLUMNS: tuple[str, ...] = (
    "indicator_id",
    "period",
    "as_of",
    "value",
    "unit",
    "numerator",
    "denominator",
    "source_note",
)
REQUIRED_COLUMNS: tuple[str, ...] = ("indicator_id", "period", "value", "unit", "source_note")
EXPORT_ONLY_COLUMNS: tuple[str, ...] = (
    "provenance",
    "entered_by",
    "recorded_at",
    "observation_id",
    "definitions_version",
    "name_zh",
    "name_en",
    "target",
    "achievement_pct",
    "inputs_json",
)
EXPORT_COLUMNS: tuple[str, ...] = IMPORT_COLUMNS + EXPORT_ONLY_COLUMNS

#: Per-row error callback: ``err(column, message)``.
_ErrFn = Callable[[str, str], None]

_RATIO_KINDS = frozenset({Kind.RATIO, Kind.COVERAGE})
_INTEGER_UNITS = frozenset({Unit.TIMES, Unit.CASES, Unit.ITEMS})
_PLAIN_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
_THOUSANDS = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$")
# Half a unit in the last reported decimal, plus float noise.
_AGREEMENT = 0.5 * 10**-PERCENT_DECIMALS + 1e-9


@dataclass(frozen=True, slots=True)
class ParseOutcome:
    """Observations ready to store, or the errors; ``skipped_computed`` rows were ignored."""

    observations: tuple[NewObservation, ...]
    errors: tuple[RowError, ...]
    skipped_computed: int


def parse_observations(
    data: bytes | str,
    defs: Definitions,
    *,
    entered_by: str,
    existing: Collection[tuple[str, str, date]] = (),
) -> ParseOutcome:
    """Validate a CSV of entered observations against ``defs``.

    ``existing`` holds the natural keys ``(indicator_id, period, as_of)`` already
    stored, so duplicates of stored observations are refused too. Nothing here
    touches the database: the caller stores ``observations`` only if ``errors``
    is empty.
    """
    try:
        text = data.decode("utf-8-sig") if isinstance(data, bytes) else data.lstrip("\ufeff")
    except UnicodeDecodeError as exc:
        return _fail(
            RowError(1, "(file)", f"not UTF-8 text ({exc.reason} at byte {exc.start}); save the sheet as 'CSV UTF-8'")
        )
    try:
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, skip_blank_lines=True)
    except pd.errors.EmptyDataError:
        return _fail(RowError(1, "(header)", "the file is empty"))
    except pd.errors.ParserError as exc:
        return _fail(RowError(_line_in(str(exc)), "(row)", f"malformed CSV: {str(exc).strip()}"))

    # pandas renames a repeated header ("a", "a.1"); read the header as written.
    raw_header = next(csv.reader(io.StringIO(text)), [])
    columns = [str(c).strip() for c in frame.columns]
    header_errors = [
        RowError(1, c, "unknown column")
        for c in dict.fromkeys(h.strip() for h in raw_header)
        if c not in IMPORT_COLUMNS and c not in EXPORT_ONLY_COLUMNS
    ]
    header_errors += [RowError(1, c, "required column is missing") for c in REQUIRED_COLUMNS if c not in columns]
    header_errors += [
        RowError(1, name, "column appears twice")
        for k, name in enumerate(h.strip() for h in raw_header)
        if name in [h.strip() for h in raw_header[:k]]
    ]
    if header_errors:
        return _fail(*header_errors)
    frame.columns = pd.Index(columns)

    starts = _record_lines(text)
    errors: list[RowError] = []
    result: list[NewObservation] = []
    first_line_of: dict[tuple[str, str, date], int] = {}
    existing_keys = set(existing)
    skipped = 0
    for pos, row in enumerate(frame.to_dict(orient="records")):
        line = starts[pos + 1] if pos + 1 < len(starts) else pos + 2
        cells = {str(k): str(v).strip() for k, v in row.items()}
        provenance = cells.get("provenance", "")
        if provenance == Provenance.COMPUTED:
            skipped += 1
            continue
        if provenance not in ("", Provenance.ENTERED):
            errors.append(RowError(line, "provenance", f"must be entered or computed, not {provenance!r}"))
            continue
        obs, row_errors = _parse_row(cells, line, defs, entered_by)
        errors += row_errors
        if obs is None:
            continue
        if obs.key in first_line_of:
            errors.append(
                RowError(
                    line,
                    "(indicator_id, period, as_of)",
                    f"duplicate observation: same indicator, period and as_of as line {first_line_of[obs.key]}",
                )
            )
            continue
        first_line_of[obs.key] = line
        if obs.key in existing_keys:
            errors.append(
                RowError(
                    line,
                    "(indicator_id, period, as_of)",
                    f"duplicate observation: {obs.indicator_id} for {obs.period} as of "
                    f"{obs.as_of.isoformat()} is already stored",
                )
            )
            continue
        result.append(obs)
    if errors:
        return ParseOutcome((), tuple(errors), skipped)
    return ParseOutcome(tuple(result), (), skipped)


def check_entry(
    defs: Definitions, fields: dict[str, str], *, entered_by: str
) -> tuple[NewObservation | None, tuple[RowError, ...]]:
    """Validate one observation typed into a form (the CSV columns as a mapping).

    Errors carry line 0 (there is no file) and the column of the field.
    """
    cells = {k: str(v).strip() for k, v in fields.items()}
    unknown = [RowError(0, k, "unknown field") for k in cells if k not in IMPORT_COLUMNS]
    obs, errors = _parse_row(cells, 0, defs, entered_by)
    all_errors = tuple(unknown + errors)
    return (None if all_errors else obs), all_errors


def _fail(*errors: RowError) -> ParseOutcome:
    return ParseOutcome((), tuple(errors), 0)


def _line_in(message: str) -> int:
    match = re.search(r"line (\d+)", message)
    return int(match.group(1)) if match else 1


def _record_lines(text: str) -> list[int]:
    """Physical start line of each non-blank CSV record (index 0 is the header)."""
    starts: list[int] = []
    reader = csv.reader(io.StringIO(text))
    previous_end = 0
    try:
        for record in reader:
            if record:
                starts.append(previous_end + 1)
            previous_end = reader.line_num
    except csv.Error:
        pass  # pandas reports malformed files; line numbers then fall back to record order
    return starts


def _parse_row(
    cells: dict[str, str], line: int, defs: Definitions, entered_by: str
) -> tuple[NewObservation | None, list[RowError]]:
    errors: list[RowError] = []

    def err(column: str, message: str) -> None:
        errors.append(RowError(line, column, message))

    indicator: Indicator | None = None
    indicator_id = cells.get("indicator_id", "")
    try:
        indicator = defs.indicator(indicator_id)
    except UnknownIndicatorError:
        err("indicator_id", f"unknown indicator {indicator_id!r}")

    unit_text = cells.get("unit", "")
    if indicator is not None and unit_text != indicator.unit.value:
        err(
            "unit",
            f"wrong unit {unit_text!r} for {indicator.id}: expected {indicator.unit.value!r}",
        )

    period_text = cells.get("period", "")
    period = None
    if indicator is not None:
        try:
            period = parse_period_for(period_text, indicator.frequency)
        except PeriodError as exc:
            err("period", str(exc))

    as_of: date | None = None
    as_of_text = cells.get("as_of", "")
    if as_of_text:
        try:
            as_of = date.fromisoformat(as_of_text)
        except ValueError:
            err("as_of", f"bad date {as_of_text!r}: expected YYYY-MM-DD")
    if period is not None:
        if as_of is None and not as_of_text:
            as_of = period.end
        elif as_of is not None and not period.contains(as_of):
            err("as_of", f"{as_of.isoformat()} is outside period {period}")

    value = _number(cells.get("value", ""), "value", err)
    numerator = _number(cells.get("numerator", ""), "numerator", err, optional=True)
    denominator = _number(cells.get("denominator", ""), "denominator", err, optional=True)
    if indicator is not None and value is not None:
        _check_value(indicator, value, numerator, denominator, err)

    note = cells.get("source_note", "")
    if not note:
        err("source_note", "a source note is required for entered observations")

    if errors or indicator is None or period is None or as_of is None or value is None:
        return None, errors
    return (
        NewObservation(
            indicator_id=indicator.id,
            period=str(period),
            as_of=as_of,
            value=value,
            unit=indicator.unit,
            provenance=Provenance.ENTERED,
            source_note=note,
            entered_by=entered_by,
            numerator=numerator,
            denominator=denominator,
        ),
        [],
    )


def _number(
    text: str,
    column: str,
    err: _ErrFn,
    *,
    optional: bool = False,
) -> float | None:
    if not text:
        if not optional:
            err(column, "a number is required")
        return None
    cleaned = text.replace(",", "") if _THOUSANDS.match(text) else text
    if not _PLAIN_NUMBER.match(cleaned):
        err(column, f"bad number {text!r}")
        return None
    number = float(cleaned)
    if not math.isfinite(number) or number < 0:
        err(column, f"bad number {text!r}: must be finite and not negative")
        return None
    return number


def _check_value(
    indicator: Indicator,
    value: float,
    numerator: float | None,
    denominator: float | None,
    err: _ErrFn,
) -> None:
    if indicator.unit is Unit.PERCENT and value > 100:
        err("value", f"{value} % exceeds 100 %: {indicator.id} is a share")
    if indicator.unit in _INTEGER_UNITS and not value.is_integer():
        err("value", f"{indicator.id} counts {indicator.unit.value}: {value} is not a whole number")
    if numerator is None and denominator is None:
        return
    if indicator.kind not in _RATIO_KINDS:
        err("numerator", f"{indicator.id} is not a ratio: leave numerator and denominator empty")
        return
    if numerator is None or denominator is None:
        err("numerator" if numerator is None else "denominator", "give both or neither")
        return
    if denominator == 0:
        err("denominator", "must be positive")
        return
    if numerator > denominator:
        err("numerator", f"{numerator:g} exceeds the denominator {denominator:g}")
        return
    computed = round(numerator / denominator * 100.0, PERCENT_DECIMALS)
    if abs(computed - value) > _AGREEMENT:
        err(
            "value",
            f"{value:g} disagrees with numerator/denominator {numerator:g}/{denominator:g} = {computed:.2f} %",
        )


def export_observations(observations: Sequence[Observation], defs: Definitions) -> str:
    """CSV text for planners: the import columns plus read-only context columns.

    Rows are ordered by indicator (file order), period and ``as_of``. Values
    are written in shortest round-trip form, so import → export → import keeps them.
    """
    order = {ind.id: k for k, ind in enumerate(defs.indicators)}
    rows: list[dict[str, str]] = []
    for obs in sorted(observations, key=lambda o: (order.get(o.indicator_id, 10**6), o.period, o.as_of)):
        try:
            ind: Indicator | None = defs.indicator(obs.indicator_id)
        except UnknownIndicatorError:
            ind = None
        year = int(obs.period[:4])
        ach = achievement(ind, year, obs.value) if ind is not None else None
        target = ind.target(year) if ind is not None else None
        rows.append(
            {
                "indicator_id": obs.indicator_id,
                "period": obs.period,
                "as_of": obs.as_of.isoformat(),
                "value": _fmt(obs.value),
                "unit": obs.unit,
                "numerator": _fmt(obs.numerator),
                "denominator": _fmt(obs.denominator),
                "source_note": obs.source_note,
                "provenance": obs.provenance,
                "entered_by": obs.entered_by or "",
                "recorded_at": obs.recorded_at.isoformat(),
                "observation_id": str(obs.observation_id),
                "definitions_version": obs.definitions_version,
                "name_zh": ind.name_zh if ind is not None else "",
                "name_en": ind.name_en if ind is not None else "",
                "target": _fmt(target),
                "achievement_pct": f"{ach.capped * 100:.2f}" if ach is not None else "",
                "inputs_json": json.dumps(obs.inputs, ensure_ascii=False, sort_keys=True)
                if obs.inputs is not None
                else "",
            }
        )
    frame = pd.DataFrame(rows, columns=list(EXPORT_COLUMNS))
    return str(frame.to_csv(index=False, lineterminator="\n"))


def _fmt(number: float | None) -> str:
    if number is None:
        return ""
    if float(number).is_integer():
        return str(int(number))
    return repr(float(number))
