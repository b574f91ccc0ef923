"""Property: every import error speaks both languages (the planner page shows zh-TW or English)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kpi.csvio import IMPORT_COLUMNS, check_entry, parse_observations
from kpi.definitions import load_definitions

DEFS = load_definitions()
CJK = re.compile(r"[\u4e00-\u9fff]")
HEAD = ",".join(IMPORT_COLUMNS) + "\n"

# Cells at the edges of each column's type: empty, whitespace, signs, exponents,
# thousands separators, NaN/inf, huge numbers, wrong dates, unknown ids, quotes.
EDGE_CELLS = st.sampled_from([
    "", " ", "0", "-0", "-1", "1e309", "nan", "inf", "1,234", "1,23", "12,345.6", "0.1", "100.01",
    "2015", "2015-Q1", "2015-13", "2015-06", "1900", "2015-06-30", "2015-02-30", "2016-01-01",
    "x", "\"", "'", "%", "times", "cases", "items", "s", "4.1", "2.1", "7.3", "9.9", "ops.mtta_alerts",
    "3.1", "\u00a0", "水湳", "entered", "computed",
])
CELL = st.one_of(EDGE_CELLS, st.text(max_size=12))


def _has_both(errors: tuple[object, ...]) -> None:
    for e in errors:
        assert e.message, e  # type: ignore[attr-defined]
        assert CJK.search(e.message_zh), e  # type: ignore[attr-defined]


@settings(max_examples=300)
@given(st.lists(st.lists(CELL, min_size=len(IMPORT_COLUMNS), max_size=len(IMPORT_COLUMNS)), min_size=1, max_size=6))
def test_every_row_error_has_a_zh_tw_message(rows: list[list[str]]) -> None:
    def quote(cell: str) -> str:
        return '"' + cell.replace('"', '""') + '"'

    text = HEAD + "".join(",".join(quote(c) for c in row) + "\n" for row in rows)
    outcome = parse_observations(text, DEFS, entered_by="t", existing=())
    _has_both(outcome.errors)


@settings(max_examples=200)
@given(st.binary(max_size=200))
def test_any_bytes_give_errors_in_both_languages_or_rows(data: bytes) -> None:
    outcome = parse_observations(data, DEFS, entered_by="t", existing=())
    _has_both(outcome.errors)


@settings(max_examples=200)
@given(st.dictionaries(st.sampled_from([*IMPORT_COLUMNS, "extra"]), CELL, max_size=9))
def test_entry_form_errors_have_a_zh_tw_message(fields: dict[str, str]) -> None:
    _, errors = check_entry(DEFS, fields, entered_by="t")
    _has_both(errors)


def test_known_messages_read_naturally() -> None:
    text = HEAD + "9.9,2016,,1,%,,,n\n4.1,2016-03,,90,%,,,n\n4.1,2016,,abc,%,,,n\n"
    errors = parse_observations(text, DEFS, entered_by="t", existing=()).errors
    assert [(e.line, e.column, e.message_zh) for e in errors] == [
        (2, "indicator_id", "未知的指標 '9.9'"),
        (3, "period", "期間 '2016-03' 以月計，此指標以年計"),
        (4, "value", "數字 'abc' 格式錯誤"),
    ]
