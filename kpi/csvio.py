"""CSV import and export of KPI observations (pandas at the edge, imported on first use; pure otherwise).

Import format (UTF-8, with or without BOM; header on line 1)::

    indicator_id,period,as_of,value,unit,numerator,denominator,source_note

``as_of`` defaults to the period's last day; ``numerator``/``denominator`` are
optional and only for ratio-type indicators, where they must agree with
``value`` to the plan's two decimals. The export adds read-only columns
(:data:`EXPORT_ONLY_COLUMNS`) which the importer accepts and ignores, but for
``observation_id``, so an exported file can be edited and imported again into the
database it came from: a row naming the stored entered observation of its own key by
``observation_id`` corrects it (its value, ratio parts and note) when they were
edited, and is left as it is when they were not; any other row whose key is stored is a
duplicate (an ``observation_id`` that names nothing of its key is ignored: a file
imported into another center is new there). Rows whose ``provenance`` is ``computed`` are
skipped on import (the system recomputes those). Only the plan's measures are entered:
a row of one of the center's operational KPIs, which it computes from its own records,
is refused.

All or nothing: :func:`parse_observations` returns every error with its file
line (the physical line where the record starts; header = 1) and column, and
callers store nothing unless the error list is empty.

Spreadsheet formulas never leave in an export: a text cell that a spreadsheet
would read as a formula (it starts with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return, OWASP "CSV injection") is written with a leading apostrophe, and
the import removes that apostrophe again (:func:`neutralise`, :func:`restore`).
Plain numbers such as ``-5`` are left alone.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from kpi.definitions import Definitions, Indicator, Kind, Unit
from kpi.errors import PeriodError, RowError, UnknownIndicatorError
from kpi.formulas import PERCENT_DECIMALS
from kpi.models import NewObservation, Observation, Provenance
from kpi.periods import EARLIEST_YEAR, LATEST_YEAR, Frequency, parse_period, parse_period_for, within_years
from kpi.scoring import achievement

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
#: Longest source note, in characters: the same bound for a CSV row and a form entry
#: (the API's ``ObservationIn``); a note cites a document, it does not hold one.
MAX_SOURCE_NOTE_CHARS = 2000
#: The largest figures a row may hold: no survey, nomination or service-item count of
#: the plan reaches a million, and no numerator or denominator (people covered, cases,
#: meetings) a billion; a larger number is a typing error that would otherwise count as
#: a met target.
MAX_COUNT = 1_000_000
MAX_RATIO_PART = 1_000_000_000
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

#: Per-row error callback: ``err(column, message, message_zh)``.
_ErrFn = Callable[[str, str, str], None]

_RATIO_KINDS = frozenset({Kind.RATIO, Kind.COVERAGE})
_INTEGER_UNITS = frozenset({Unit.TIMES, Unit.CASES, Unit.ITEMS})
_PLAIN_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
_THOUSANDS = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$")

#: Units and frequencies as the zh-TW messages name them.
_UNIT_ZH: dict[Unit, str] = {
    Unit.PERCENT: "%", Unit.TIMES: "次", Unit.CASES: "件", Unit.ITEMS: "項", Unit.SECONDS: "秒",
}
_FREQUENCY_ZH: dict[Frequency, str] = {Frequency.ANNUAL: "年", Frequency.QUARTERLY: "季", Frequency.MONTHLY: "月"}
# Half a unit in the last reported decimal, plus float noise.
_AGREEMENT = 0.5 * 10**-PERCENT_DECIMALS + 1e-9


#: First characters that make a spreadsheet evaluate a cell.
FORMULA_TRIGGERS = frozenset("=+-@\t\r")


def neutralise(text: str) -> str:
    """``text`` as a cell no spreadsheet evaluates; :func:`restore` undoes it."""
    body = text.lstrip("'")
    if body and body[0] in FORMULA_TRIGGERS and not _PLAIN_NUMBER.match(text):
        return "'" + text
    return text


def restore(text: str) -> str:
    """The text that :func:`neutralise` turned into ``text``."""
    body = text.lstrip("'")
    if text.startswith("'") and body and body[0] in FORMULA_TRIGGERS:
        return text[1:]
    return text


@dataclass(frozen=True, slots=True)
class ParseOutcome:
    """Observations ready to store and stored ones to correct (``corrections``: by their
    ``observation_id``), or the errors; ``skipped_computed`` rows were ignored, and
    ``unchanged`` rows named a stored observation without changing it."""

    observations: tuple[NewObservation, ...]
    errors: tuple[RowError, ...]
    skipped_computed: int
    corrections: tuple[tuple[int, NewObservation], ...] = ()
    unchanged: int = 0


def parse_observations(
    data: bytes | str,
    defs: Definitions,
    *,
    entered_by: str,
    existing: Collection[tuple[str, str, date]] = (),
    entered: Mapping[int, Observation] | None = None,
    today: date | None = None,
) -> ParseOutcome:
    """Validate a CSV of entered observations against ``defs``.

    ``existing`` holds the natural keys ``(indicator_id, period, as_of)`` already
    stored, so duplicates of stored observations are refused too; ``entered`` the
    stored entered observations by id: a row whose ``observation_id`` names one of
    them with the same key is its correction, or unchanged (see the module's
    docstring). ``today`` (the
    city's calendar day; the service passes it) bounds the figures in time: see
    :func:`_parse_row`. Nothing here touches the database: the caller stores
    ``observations`` only if ``errors`` is empty.
    """
    try:
        text = data.decode("utf-8-sig") if isinstance(data, bytes) else data.lstrip("\ufeff")
    except UnicodeDecodeError as exc:
        # The physical line of the first byte that is not UTF-8, and its byte in that line
        # (a sheet saved as Big5 is refused at its first Chinese text, not at line 1).
        raw = bytes(data) if isinstance(data, bytes) else b""
        line = raw[: exc.start].count(b"\n") + 1
        byte = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        return _fail(
            RowError(
                line,
                "(file)",
                f"not UTF-8 text: byte {byte} of line {line} is not UTF-8 ({exc.reason}; a sheet saved as "
                "Big5?); save the sheet as 'CSV UTF-8'",
                f"不是 UTF-8 文字：第 {line} 行第 {byte} 個位元組不是 UTF-8"
                "（可能存成了 Big5 編碼）；請另存為「CSV UTF-8」",
            )
        )
    # The header first, as written (pandas renames a repeated name "a" to "a.1"), and
    # refused before the body is parsed: both pandas' renaming and a naive duplicate
    # check grow with the square of the columns, and one 200 KB line holds 100,000.
    try:
        raw_header = next((row for row in csv.reader(io.StringIO(text)) if row), [])
    except csv.Error as exc:  # e.g. a field longer than the csv module's limit
        return _fail(_malformed(1, str(exc)))
    if not raw_header:
        return _fail(RowError(1, "(header)", "the file is empty", "檔案是空的"))
    header_errors = _header_errors([h.strip() for h in raw_header])
    if header_errors:
        return _fail(*header_errors)
    # A first row longer than the header would make pandas take its first cells as an
    # index, shifting every value one column (and 100,000 of them take a minute): any
    # row longer than the header is refused as malformed, as pandas does for later rows.
    starts, too_wide = _record_lines(text, len(raw_header))
    if too_wide is not None:
        return _fail(too_wide)
    import pandas as pd  # a third of a second to import: only a CSV import or export needs it

    try:
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, skip_blank_lines=True)
    except pd.errors.EmptyDataError:
        return _fail(RowError(1, "(header)", "the file is empty", "檔案是空的"))
    except pd.errors.ParserError as exc:
        return _fail(_parser_error(str(exc), starts))
    columns = [str(c).strip() for c in frame.columns]
    frame.columns = pd.Index(columns)

    errors: list[RowError] = []
    result: list[NewObservation] = []
    first_line_of: dict[tuple[str, str, date], int] = {}
    existing_keys = set(existing)
    stored = entered or {}
    corrections: list[tuple[int, NewObservation]] = []
    unchanged = 0
    skipped = 0
    for pos, row in enumerate(frame.to_dict(orient="records")):
        line = starts[pos + 1] if pos + 1 < len(starts) else pos + 2
        cells = {str(k): restore(str(v).strip()) for k, v in row.items()}
        provenance = cells.get("provenance", "")
        if provenance == Provenance.COMPUTED:
            skipped += 1
            continue
        if provenance not in ("", Provenance.ENTERED):
            errors.append(
                RowError(
                    line,
                    "provenance",
                    f"must be entered or computed, not {provenance!r}",
                    f"來源須為 entered（填報）或 computed（系統計算），而非 {provenance!r}",
                )
            )
            continue
        obs, row_errors = _parse_row(cells, line, defs, entered_by, today)
        errors += row_errors
        if obs is None:
            continue
        if obs.key in first_line_of:
            errors.append(
                RowError(
                    line,
                    "(indicator_id, period, as_of)",
                    f"duplicate observation: same indicator, period and as_of as line {first_line_of[obs.key]}",
                    f"重複的觀測值：指標、期間與基準日與第 {first_line_of[obs.key]} 行相同",
                )
            )
            continue
        first_line_of[obs.key] = line
        target = _stored_entry(cells.get("observation_id", ""), obs, stored)
        if target is not None:
            if _same_content(obs, target):
                unchanged += 1
            else:
                corrections.append((target.observation_id, obs))
            continue
        if obs.key in existing_keys:
            errors.append(
                RowError(
                    line,
                    "(indicator_id, period, as_of)",
                    f"duplicate observation: {obs.indicator_id} for {obs.period} as of "
                    f"{obs.as_of.isoformat()} is already stored",
                    f"重複的觀測值：{obs.indicator_id} 的 {obs.period}（基準日 {obs.as_of.isoformat()}）已存在",
                )
            )
            continue
        result.append(obs)
    if errors:
        return ParseOutcome((), tuple(errors), skipped)
    return ParseOutcome(tuple(result), (), skipped, tuple(corrections), unchanged)


def _stored_entry(named: str, obs: NewObservation, stored: Mapping[int, Observation]) -> Observation | None:
    """The stored entered observation ``named`` (an ``observation_id`` cell), if it has
    ``obs``'s key (a correction never moves a figure to another measure, period or date),
    else None."""
    # ASCII digits only: int() would also read "١٢", " 12" or "1_2" as an id.
    if not (named.isascii() and named.isdigit()):
        return None
    target = stored.get(int(named))
    return target if target is not None and target.key == obs.key else None


def _same_content(obs: NewObservation, stored: Observation) -> bool:
    """Whether the row says what is stored: value and ratio parts to the plan's decimals
    (the export writes them so), and the note."""
    def same(a: float | None, b: float | None) -> bool:
        return (a is None) == (b is None) and (a is None or b is None or round(a - b, PERCENT_DECIMALS + 2) == 0)

    return (same(obs.value, stored.value) and same(obs.numerator, stored.numerator)
            and same(obs.denominator, stored.denominator) and obs.source_note == stored.source_note)


def check_entry(
    defs: Definitions, fields: dict[str, str], *, entered_by: str, today: date | None = None
) -> tuple[NewObservation | None, tuple[RowError, ...]]:
    """Validate one observation typed into a form (the CSV columns as a mapping).

    Errors carry line 0 (there is no file) and the column of the field; ``today`` as
    for :func:`parse_observations`.
    """
    cells = {k: str(v).strip() for k, v in fields.items()}
    unknown = [RowError(0, k, "unknown field", "未知的欄位") for k in cells if k not in IMPORT_COLUMNS]
    obs, errors = _parse_row(cells, 0, defs, entered_by, today)
    all_errors = tuple(unknown + errors)
    return (None if all_errors else obs), all_errors


def _header_errors(names: Sequence[str]) -> list[RowError]:
    """Each unknown column once, each missing required column, each repeat of a name
    (in linear time: a header may hold any number of names)."""
    errors = [
        RowError(1, c, "unknown column", "未知的欄位")
        for c in dict.fromkeys(names)
        if c not in IMPORT_COLUMNS and c not in EXPORT_ONLY_COLUMNS
    ]
    present = set(names)
    errors += [
        RowError(1, c, "required column is missing", "缺少必要欄位") for c in REQUIRED_COLUMNS if c not in present
    ]
    seen: set[str] = set()
    for name in names:
        if name in seen:
            errors.append(RowError(1, name, "column appears twice", "欄位重複出現"))
        seen.add(name)
    return errors


def _fail(*errors: RowError) -> ParseOutcome:
    return ParseOutcome((), tuple(errors), 0)


def _parser_error(message: str, starts: Sequence[int]) -> RowError:
    """pandas' refusal as a row error at its physical line, in both languages. A quote never
    closed (pandas: "EOF inside string starting at row N", N counting blank lines too) takes
    the rest of the file into its record, so that record is the last one ``starts`` holds: it
    is named at the line it starts on, in words a planner can act on."""
    unclosed = re.search(r"EOF inside string starting at row (\d+)", message)
    if unclosed:
        line = starts[-1] if starts else int(unclosed.group(1)) + 1
        return RowError(
            line, "(row)",
            "malformed CSV: a quote (\") opened in this row is never closed, so every line after it "
            "is read as one cell: close the quote",
            "CSV 格式錯誤：此列開始的引號（\"）沒有結束，其後各行都被當成同一格；請補上結尾的引號",
        )
    return _malformed(_line_in(message), message)


def _line_in(message: str) -> int:
    match = re.search(r"line (\d+)", message)
    return int(match.group(1)) if match else 1


def _record_lines(text: str, width: int) -> tuple[list[int], RowError | None]:
    """Physical start line of each non-blank CSV record (index 0 is the header), and the
    first record with more than ``width`` fields, as an error (else None)."""
    starts: list[int] = []
    reader = csv.reader(io.StringIO(text))
    previous_end = 0
    try:
        for record in reader:
            if record:
                starts.append(previous_end + 1)
                if len(record) > width:
                    return starts, _malformed(
                        previous_end + 1, f"expected {width} fields, saw {len(record)}")
            previous_end = reader.line_num
    except csv.Error:
        pass  # pandas reports malformed files; line numbers then fall back to record order
    return starts, None


def _parse_row(
    cells: dict[str, str], line: int, defs: Definitions, entered_by: str, today: date | None
) -> tuple[NewObservation | None, list[RowError]]:
    """One row's observation, or its errors. With ``today`` given, a figure is a
    measurement made by then: a period that has not begun and an ``as_of`` after today
    are refused (a typed year 2061 for 2016 would become the measure's latest year on
    the planner page and the wall), and a missing ``as_of`` of the running period is
    today rather than the period's last day."""
    errors: list[RowError] = []

    def err(column: str, message: str, message_zh: str) -> None:
        errors.append(RowError(line, column, message, message_zh))

    # PostgreSQL text cannot hold NUL (U+0000): named here, cell by cell, so the report
    # gives its line and column instead of the database refusing the whole file.
    for column, text in cells.items():
        if "\x00" in text:
            err(column, "contains a NUL character (U+0000), which cannot be stored",
                "含有無法儲存的 NUL 字元（U+0000）")
    if errors:
        return None, errors

    indicator: Indicator | None = None
    indicator_id = cells.get("indicator_id", "")
    try:
        indicator = defs.indicator(indicator_id)
    except UnknownIndicatorError:
        err("indicator_id", f"unknown indicator {indicator_id!r}", f"未知的指標 {indicator_id!r}")
    if indicator is not None and not indicator.is_plan:
        # The center's operational KPIs are computed from its own records (docs/kpi.md,
        # "Operational KPIs"): a typed figure would stand as the center's measurement.
        err("indicator_id",
            f"{indicator.id} is computed by the center from its own records and cannot be entered",
            f"{indicator.id} 由中心依其紀錄計算，不可填報")
        indicator = None

    unit_text = cells.get("unit", "")
    if indicator is not None and unit_text != indicator.unit.value:
        err(
            "unit",
            f"wrong unit {unit_text!r} for {indicator.id}: expected {indicator.unit.value!r}",
            f"{indicator.id} 的單位 {unit_text!r} 錯誤：應為 {indicator.unit.value!r}",
        )

    period_text = cells.get("period", "")
    period = None
    if indicator is not None:
        try:
            period = parse_period_for(period_text, indicator.frequency)
        except PeriodError as exc:
            err("period", str(exc), _period_zh(period_text, indicator.frequency))
        if period is not None and today is not None and period.start > today:
            err("period", f"period {period} has not begun (today is {today.isoformat()})",
                f"期間 {period} 尚未開始（今天是 {today.isoformat()}）")
            period = None

    as_of: date | None = None
    as_of_text = cells.get("as_of", "")
    if as_of_text:
        try:
            as_of = date.fromisoformat(as_of_text)
        except ValueError:
            err("as_of", f"bad date {as_of_text!r}: expected YYYY-MM-DD",
                f"日期 {as_of_text!r} 錯誤：格式應為 YYYY-MM-DD")
        if as_of is not None and not within_years(as_of.year):
            err("as_of", f"{as_of.isoformat()} is not between {EARLIEST_YEAR} and {LATEST_YEAR}",
                f"日期 {as_of.isoformat()} 不在 {EARLIEST_YEAR} 至 {LATEST_YEAR} 年之間")
            as_of = None
    if as_of is not None and today is not None and as_of > today:
        err("as_of", f"{as_of.isoformat()} is after today ({today.isoformat()}): a figure is as of a day that has come",
            f"基準日 {as_of.isoformat()} 晚於今天（{today.isoformat()}）：數值只能是已過日期的結果")
        as_of = None
    if period is not None:
        if as_of is None and not as_of_text:
            as_of = period.end if today is None else min(period.end, today)
        elif as_of is not None and not period.contains(as_of):
            err("as_of", f"{as_of.isoformat()} is outside period {period}", f"{as_of.isoformat()} 不在期間 {period} 內")

    value = _number(cells.get("value", ""), "value", err, limit=_value_limit(indicator))
    numerator = _number(cells.get("numerator", ""), "numerator", err, optional=True, limit=MAX_RATIO_PART)
    denominator = _number(cells.get("denominator", ""), "denominator", err, optional=True, limit=MAX_RATIO_PART)
    if indicator is not None and value is not None:
        _check_value(indicator, value, numerator, denominator, err)

    note = cells.get("source_note", "")
    if not note:
        err("source_note", "a source note is required for entered observations", "填報的觀測值須註明資料來源")
    elif len(note) > MAX_SOURCE_NOTE_CHARS:
        err("source_note", f"longer than {MAX_SOURCE_NOTE_CHARS} characters ({len(note)})",
            f"超過 {MAX_SOURCE_NOTE_CHARS} 個字元（{len(note)}）")

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


def _value_limit(indicator: Indicator | None) -> int | None:
    """The largest value of ``indicator``'s unit (a share's 100 % is checked with its own message;
    only plan measures, counted in times, cases or items or shared in %, are entered)."""
    if indicator is None or indicator.unit is Unit.PERCENT:
        return None
    return MAX_COUNT


def _number(
    text: str,
    column: str,
    err: _ErrFn,
    *,
    optional: bool = False,
    limit: int | None = None,
) -> float | None:
    """The number in ``text``: plain, finite, not negative, at most ``limit``, and stored
    as typed (a figure with more digits than a float keeps would be stored, scored and
    exported as another one)."""
    if not text:
        if not optional:
            err(column, "a number is required", "須填數字")
        return None
    cleaned = text.replace(",", "") if _THOUSANDS.match(text) else text
    if not _PLAIN_NUMBER.match(cleaned):
        err(column, f"bad number {text!r}", f"數字 {text!r} 格式錯誤")
        return None
    number = float(cleaned)
    if not math.isfinite(number) or number < 0:
        err(column, f"bad number {text!r}: must be finite and not negative", f"數字 {text!r} 錯誤：須為有限且非負")
        return None
    if limit is not None and number > limit:
        err(column, f"{text} is larger than {limit:,}, the largest {column} accepted: a typing error?",
            f"{text} 超過可接受的上限 {limit:,}：是否打錯了？")
        return None
    if Decimal(cleaned) != Decimal(repr(number)):
        err(column, f"{text} has more digits than are stored: it would be kept as {_fmt(number)}; round it",
            f"{text} 的位數超過可儲存的精度：會存成 {_fmt(number)}；請先四捨五入")
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
        err("value", f"{value} % exceeds 100 %: {indicator.id} is a share",
            f"{value} % 超過 100 %：{indicator.id} 是比率")
    if indicator.unit in _INTEGER_UNITS and not value.is_integer():
        err(
            "value",
            f"{indicator.id} counts {indicator.unit.value}: {value} is not a whole number",
            f"{indicator.id} 以{_UNIT_ZH[indicator.unit]}計：{value} 不是整數",
        )
    if numerator is None and denominator is None:
        return
    if indicator.kind not in _RATIO_KINDS:
        err(
            "numerator",
            f"{indicator.id} is not a ratio: leave numerator and denominator empty",
            f"{indicator.id} 不是比率：分子與分母請留空",
        )
        return
    if numerator is None or denominator is None:
        err("numerator" if numerator is None else "denominator", "give both or neither",
            "分子與分母須同時填寫或同時留空")
        return
    if denominator == 0:
        err("denominator", "must be positive", "須大於零")
        return
    if numerator > denominator:
        err(
            "numerator",
            f"{numerator:g} exceeds the denominator {denominator:g}",
            f"分子 {numerator:g} 大於分母 {denominator:g}",
        )
        return
    computed = round(numerator / denominator * 100.0, PERCENT_DECIMALS)
    if abs(computed - value) > _AGREEMENT:
        err(
            "value",
            f"{value:g} disagrees with numerator/denominator {numerator:g}/{denominator:g} = {computed:.2f} %",
            f"{value:g} 與分子／分母 {numerator:g}/{denominator:g} = {computed:.2f} % 不符",
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
    import pandas as pd  # a third of a second to import: only a CSV import or export needs it

    safe = [{k: neutralise(v) for k, v in row.items()} for row in rows]
    frame = pd.DataFrame(safe, columns=list(EXPORT_COLUMNS))
    return str(frame.to_csv(index=False, lineterminator="\n"))


def _fmt(number: float | None) -> str:
    if number is None:
        return ""
    # Whole numbers as integers while a float holds every one of them (2**53); beyond,
    # the shortest form, not the float's 300 binary digits written out.
    if float(number).is_integer() and abs(number) <= 2**53:
        return str(int(number))
    return repr(float(number))


def _malformed(line: int, reason: str) -> RowError:
    return RowError(line, "(row)", f"malformed CSV: {reason.strip()}", f"CSV 格式錯誤：{reason.strip()}")


def _period_zh(text: str, frequency: Frequency) -> str:
    """The zh-TW message for a period that :func:`parse_period_for` refused."""
    try:
        period = parse_period(text)
    except PeriodError:
        return f"期間 {text!r} 格式錯誤：應為 YYYY、YYYY-Qn 或 YYYY-MM"
    if period.frequency is frequency:
        return f"期間 {text!r} 不在 {EARLIEST_YEAR} 至 {LATEST_YEAR} 年之間"
    return f"期間 {text!r} 以{_FREQUENCY_ZH[period.frequency]}計，此指標以{_FREQUENCY_ZH[frequency]}計"
