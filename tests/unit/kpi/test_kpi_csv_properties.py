"""Property: an import is all or nothing, and every bad row is named by its line."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kpi.csvio import parse_observations
from kpi.definitions import load_definitions

DEFS = load_definitions()
HEAD = "indicator_id,period,as_of,value,unit,numerator,denominator,source_note\n"

GOOD = [
    "2.1,{y},,3,times,,,n",
    "4.1,{y},,91.99,%,2504,2722,n",
    "7.3,{y},,40,items,,,n",
    "6.1,{y},,50,%,,,n",
]
BAD = [
    "9.9,{y},,1,%,,,n",  # unknown indicator
    "4.1,{y},,91.99,items,,,n",  # wrong unit
    "4.1,{y}-Q1,,90,%,,,n",  # wrong frequency
    "2.1,{y},,x,times,,,n",  # bad number
    "2.1,{y},,3,times,,,",  # no source note
    "ops.mtta_alerts,{y}-03,,180.5,s,,,n",  # computed by the center, never entered
]


@settings(max_examples=200)
@given(st.lists(st.tuples(st.booleans(), st.integers(0, 5)), min_size=1, max_size=12))
def test_all_or_nothing(rows: list[tuple[bool, int]]) -> None:
    lines = []
    bad_lines = set()
    for n, (good, k) in enumerate(rows):
        year = 2000 + n  # distinct periods: no accidental duplicates
        if good:
            lines.append(GOOD[k % len(GOOD)].format(y=year))
        else:
            lines.append(BAD[k].format(y=year))
            bad_lines.add(n + 2)
    outcome = parse_observations(HEAD + "\n".join(lines) + "\n", DEFS, entered_by="p")
    if bad_lines:
        assert outcome.observations == ()
        assert {e.line for e in outcome.errors} == bad_lines
    else:
        assert outcome.errors == ()
        assert len(outcome.observations) == len(rows)


COLUMNS = HEAD.strip().split(",")


@settings(max_examples=100)
@given(column=st.integers(0, len(COLUMNS) - 1), before=st.text(max_size=5), after=st.text(max_size=5))
def test_a_nul_in_any_cell_is_a_row_error_naming_its_column(column: int, before: str, after: str) -> None:
    """PostgreSQL text holds no NUL: the parser names the cell, in both languages,
    rather than leaving the database to refuse the whole file without a line."""
    cells = GOOD[1].format(y=2015).split(",")
    cells[column] = cells[column] + before.replace("\x00", "") + "\x00" + after
    # Quoted, so that a comma, quote or line break from the generated text stays in its cell.
    row = ",".join('"' + c.replace('"', '""') + '"' for c in cells)
    out = parse_observations((HEAD + row + "\n").encode(), DEFS, entered_by="t")
    assert out.observations == ()
    assert any(e.line == 2 and e.column == COLUMNS[column] and "NUL" in e.message and "NUL" in e.message_zh
               for e in out.errors), out.errors
