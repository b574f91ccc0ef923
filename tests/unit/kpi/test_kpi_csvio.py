"""CSV import (all or nothing, every error with line and column) and export."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kpi.csvio import EXPORT_COLUMNS, MAX_SOURCE_NOTE_CHARS, REQUIRED_COLUMNS, check_entry, parse_observations
from kpi.csvio import export_observations as export
from kpi.definitions import load_definitions
from kpi.errors import RowError
from kpi.models import NewObservation, Observation

DEFS = load_definitions()
SEED = Path("kpi/data/observations_2015.csv")
HEAD = "indicator_id,period,as_of,value,unit,numerator,denominator,source_note\n"


def errors_of(text: str | bytes, **kw: object) -> list[tuple[int, str]]:
    outcome = parse_observations(text, DEFS, entered_by="planner", **kw)  # type: ignore[arg-type]
    assert outcome.observations == ()
    return [(e.line, e.column) for e in outcome.errors]


def test_seed_file_parses_and_reproduces_the_plan() -> None:
    outcome = parse_observations(SEED.read_bytes(), DEFS, entered_by="seed")
    assert outcome.errors == ()
    by_id = {o.indicator_id: o for o in outcome.observations}
    assert set(by_id) == {"2.1", "3.1", "4.1", "5.1", "6.1", "7.1", "7.2"}
    assert (by_id["4.1"].value, by_id["4.1"].numerator, by_id["4.1"].denominator) == (
        91.99,
        2504,
        2722,
    )
    assert by_id["3.1"].value == 80.0
    assert by_id["7.2"].numerator == 2_608_999
    assert all(o.as_of == date(2015, 6, 30) and o.source_note for o in outcome.observations)


def test_every_error_is_reported_with_line_and_column() -> None:
    text = HEAD + (
        "9.9,2015,,1,%,,,note\n"  # line 2: unknown indicator
        "4.1,2015,,91.99,items,2504,2722,note\n"  # line 3: wrong unit
        "4.1,2015-06,,91.99,%,2504,2722,note\n"  # line 4: period of the wrong frequency
        "2.1,2015,,two,times,,,note\n"  # line 5: bad number
        "3.1,2015,,80,%,16,20,note\n"  # line 6: fine
        "3.1,2015,,80,%,16,20,again\n"  # line 7: duplicate of line 6
        "4.1,2015,2016-01-01,91.5,%,2504,2722,\n"  # line 8: three problems
    )
    assert errors_of(text) == [
        (2, "indicator_id"),
        (3, "unit"),
        (4, "period"),
        (5, "value"),
        (7, "(indicator_id, period, as_of)"),
        (8, "as_of"),
        (8, "value"),
        (8, "source_note"),
    ]


def test_messages_are_clear() -> None:
    outcome = parse_observations(HEAD + "4.1,2015-Q2,,91.99,%,,,n\n4.1,2015,,91.99,cases,,,n\n", DEFS, entered_by="p")
    text = [str(e) for e in outcome.errors]
    assert text == [
        "line 2, column period: period '2015-Q2' is quarterly, the indicator is annual",
        "line 3, column unit: wrong unit 'cases' for 4.1: expected '%'",
    ]


def test_duplicate_of_a_stored_observation_is_refused() -> None:
    existing = {("4.1", "2015", date(2015, 6, 30))}
    assert errors_of(HEAD + "4.1,2015,2015-06-30,91.99,%,,,n\n", existing=existing) == [
        (2, "(indicator_id, period, as_of)")
    ]


def test_line_numbers_follow_the_physical_file() -> None:
    text = HEAD + '2.1,2015,,2,times,,,"a note\nover two lines"\n\n9.9,2015,,1,%,,,n\n'
    assert errors_of(text) == [(5, "indicator_id")]


def test_header_problems() -> None:
    assert errors_of("indicator_id,period,value,unit,colour\n") == [
        (1, "colour"),
        (1, "source_note"),
    ]
    assert errors_of("") == [(1, "(header)")]
    assert errors_of(HEAD.strip() + ",unit\n") == [(1, "unit")]
    assert errors_of(HEAD + "2.1,2015,,2,times,,,n\n2.1,2016,,2,times,,,n,extra\n") == [(3, "(row)")]
    assert errors_of(b"\xff\xfe" + HEAD.encode("utf-16-le")) == [(1, "(file)")]


def test_bad_numbers_and_ranges() -> None:
    rows = (
        "4.1,2015,,101,%,,,n\n"  # share above 100
        "2.1,2015,,2.5,times,,,n\n"  # count not whole
        "2.1,2016,,-1,times,,,n\n"  # negative
        "4.1,2016,,nan,%,,,n\n"  # not a number
        "2.1,2014,,3,times,5,9,n\n"  # numerator on a count
        "4.1,2014,,50,%,5,,n\n"  # only one of numerator/denominator
        "4.1,2013,,50,%,6,5,n\n"  # numerator above denominator
    )
    assert errors_of(HEAD + rows) == [
        (2, "value"),
        (3, "value"),
        (4, "value"),
        (5, "value"),
        (6, "numerator"),
        (7, "denominator"),
        (8, "numerator"),
    ]


def test_thousands_separators_and_default_as_of() -> None:
    outcome = parse_observations(HEAD + '4.1,2015,,91.99,%,"2,504","2,722",n\n', DEFS, entered_by="p")
    assert outcome.errors == ()
    (obs,) = outcome.observations
    assert (obs.numerator, obs.as_of) == (2504, date(2015, 12, 31))


def _stored(new: tuple[NewObservation, ...]) -> list[Observation]:
    at = datetime(2016, 7, 1, tzinfo=UTC)
    return [
        Observation(
            observation_id=k,
            indicator_id=o.indicator_id,
            period=o.period,
            as_of=o.as_of,
            value=o.value,
            unit=o.unit.value,
            provenance=o.provenance.value,
            source_note=o.source_note,
            entered_by=o.entered_by,
            numerator=o.numerator,
            denominator=o.denominator,
            inputs=None,
            definitions_version=DEFS.version,
            recorded_at=at,
            updated_at=at,
        )
        for k, o in enumerate(new, start=1)
    ]


def test_export_then_import_round_trip() -> None:
    first = parse_observations(SEED.read_bytes(), DEFS, entered_by="seed").observations
    exported = export(_stored(first), DEFS)
    assert exported.splitlines()[0] == ",".join(EXPORT_COLUMNS)
    again = parse_observations(exported, DEFS, entered_by="seed")
    assert again.errors == ()
    assert sorted(again.observations, key=lambda o: o.key) == sorted(first, key=lambda o: o.key)
    assert export(_stored(again.observations), DEFS) == exported


def test_computed_rows_are_skipped_on_import() -> None:
    first = parse_observations(SEED.read_bytes(), DEFS, entered_by="seed").observations
    stored = _stored(first)
    stored[0] = replace(stored[0], provenance="computed", inputs={"count": 2})
    outcome = parse_observations(export(stored, DEFS), DEFS, entered_by="p")
    assert outcome.errors == ()
    assert outcome.skipped_computed == 1
    assert len(outcome.observations) == len(first) - 1


def test_row_error_text() -> None:
    assert str(RowError(3, "unit", "wrong")) == "line 3, column unit: wrong"


@pytest.mark.parametrize("names", [
    ["a"] * 100_000,                                   # one name, repeated
    [f"c{i}" for i in range(100_000)],                 # all different, all unknown
    [*HEAD.strip().split(","), *(["unit"] * 50_000)],  # the right header, then one name again and again
])
def test_a_header_of_a_hundred_thousand_columns_is_refused_from_the_header_alone(
    names: list[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A 200 KB header line held a request for minutes: the body parser and the duplicate
    check both grew with the square of the columns. A refused header is refused before
    the body is parsed, every unknown name once and every repeat once."""
    def no_body(*_: object, **__: object) -> None:
        raise AssertionError("the body was parsed although the header is refused")

    monkeypatch.setattr("pandas.read_csv", no_body)
    errors = errors_of(",".join(names) + "\n2.1,2015,,2,times,,,n\n")
    unknown = {n for n in names if n not in HEAD.strip().split(",")}
    assert {c for _, c in errors} >= unknown
    assert all(line == 1 for line, _ in errors)
    repeats = len(names) - len(set(names))
    missing = [c for c in REQUIRED_COLUMNS if c not in names]
    assert len(errors) == len(unknown) + repeats + len(missing)


def test_a_header_after_blank_lines_is_the_header() -> None:
    assert parse_observations("\n\n" + HEAD + "2.1,2015,,2,times,,,n\n", DEFS,
                              entered_by="p").errors == ()


@pytest.mark.parametrize("extra", [1, 100_000])
def test_a_first_row_longer_than_the_header_is_malformed_not_shifted(extra: int) -> None:
    """pandas took the surplus leading cells of a first row as an index, so the values
    moved one column and the report blamed the wrong cells ("unknown indicator '2016'")."""
    row = "2.1,2016,,2,times,,,n" + ",extra" * extra
    outcome = parse_observations(HEAD + row + "\n", DEFS, entered_by="planner")
    assert [(e.line, e.column) for e in outcome.errors] == [(2, "(row)")]
    assert f"saw {8 + extra}" in outcome.errors[0].message


def test_a_source_note_is_bounded_as_in_a_form_entry() -> None:
    """A CSV row stored a 5 MB note that the API's form entry (2,000 characters) refuses."""
    row = "2.1,2015,,2,times,,,"
    ok = parse_observations(HEAD + row + "n" * MAX_SOURCE_NOTE_CHARS + "\n", DEFS, entered_by="p")
    assert ok.errors == ()
    assert errors_of(HEAD + row + "n" * (MAX_SOURCE_NOTE_CHARS + 1) + "\n") == [(2, "source_note")]
    assert errors_of(HEAD + row + "水" * 5_000_000 + "\n") == [(2, "source_note")]


STORED_41 = Observation(
    observation_id=12, indicator_id="4.1", period="2015", as_of=date(2015, 6, 30), value=91.99, unit="%",
    provenance="entered", source_note="n", entered_by="p", numerator=2504, denominator=2722, inputs=None,
    definitions_version="2016.1", recorded_at=datetime(2026, 1, 1, tzinfo=UTC),
    updated_at=datetime(2026, 1, 1, tzinfo=UTC))
ID_HEAD = HEAD.rstrip("\n") + ",observation_id\n"


@settings(max_examples=300)
@given(named=st.one_of(st.text(max_size=40), st.integers().map(str), st.just("12"), st.just("١٢"), st.just(" 12")))
def test_an_observation_id_cell_corrects_only_the_figure_it_names(named: str) -> None:
    """Whatever the ``observation_id`` cell holds, the row is the stored figure's correction
    only when the cell is its id in ASCII digits; else it is a duplicate of the stored key,
    refused as one (never a crash)."""
    row = f'4.1,2015,2015-06-30,92.21,%,2510,2722,n,"{named.replace(chr(34), chr(34) * 2)}"\n'
    outcome = parse_observations(ID_HEAD + row, DEFS, entered_by="p", existing={STORED_41.key},
                                 entered={12: STORED_41})
    cell = next(csv.reader(io.StringIO(row))).pop().strip()
    if cell == "12":
        assert (outcome.errors, [i for i, _ in outcome.corrections]) == ((), [12])
    else:  # a NUL is refused in any cell (PostgreSQL text cannot hold one), in its column
        column = "observation_id" if "\x00" in cell else "(indicator_id, period, as_of)"
        assert [(e.line, e.column) for e in outcome.errors] == [(2, column)]
        assert outcome.corrections == ()


def test_a_file_not_in_utf8_is_refused_at_the_line_of_its_first_bad_byte_in_the_readers_language() -> None:
    # A sheet saved as Big5 (Excel's default on a zh-TW Windows): the header is ASCII, the
    # first Chinese text is on line 2.
    data = (HEAD + "2.1,2015,2015-06-30,2,times,,,上半年調查\n").encode("big5")
    outcome = parse_observations(data, DEFS, entered_by="planner")
    assert [(e.line, e.column) for e in outcome.errors] == [(2, "(file)")]
    (error,) = outcome.errors
    # The zh-TW message is Chinese but for the names of the formats.
    leftover = error.message_zh.replace("UTF-8", "").replace("CSV", "").replace("Big5", "")
    assert not re.search(r"[A-Za-z]", leftover), error.message_zh
    assert "line 2" in error.message, error.message


def test_a_figure_no_measure_can_reach_is_refused_in_both_languages() -> None:
    """docs/kpi.md "CSV": 1e308 surveys, 10**26 nominations or a population of 1e300 is a
    typing error that would count as a met target; each is refused at its line and column."""
    rows = (
        "2.1,2016,2016-06-30,1e308,times,,,n\n"
        "5.1,2016,2016-06-30,99999999999999999999999999,cases,,,n\n"
        "4.1,2016,2016-06-30,50,%,1e300,2e300,n\n"
    )
    outcome = parse_observations(HEAD + rows, DEFS, entered_by="planner")
    assert [(e.line, e.column) for e in outcome.errors] == [
        (2, "value"), (3, "value"), (4, "numerator"), (4, "denominator")]
    assert all(e.message_zh for e in outcome.errors)
    # The largest figures that pass: a million surveys, a billion people.
    ok = (
        "2.1,2016,2016-06-30,1000000,times,,,n\n"
        "4.1,2016,2016-06-30,50,%,500000000,1000000000,n\n"
    )
    assert parse_observations(HEAD + ok, DEFS, entered_by="planner").errors == ()


@given(digits=st.integers(16, 60), head=st.integers(0, 99))
def test_a_figure_with_more_digits_than_are_stored_is_refused_not_changed(digits: int, head: int) -> None:
    """A figure is stored as typed or not at all: 33.3333333333333333334 would be scored
    and exported as 33.333333333333336."""
    text = f"{head}." + "3" * digits + "4"
    outcome = parse_observations(HEAD + f"4.1,2016,2016-06-30,{text},%,,,n\n", DEFS, entered_by="planner")
    assert [(e.line, e.column) for e in outcome.errors] == [(2, "value")]
    assert outcome.errors[0].message_zh


@given(value=st.one_of(st.integers(0, 100), st.decimals(0, 100, places=2, allow_nan=False)))
def test_a_share_as_typed_is_kept_and_exported_as_typed(value: object) -> None:
    text = str(value)
    outcome = parse_observations(HEAD + f"4.1,2016,2016-06-30,{text},%,,,n\n", DEFS, entered_by="planner")
    assert outcome.errors == ()
    (obs,) = outcome.observations
    exported = export(_stored(outcome.observations), DEFS)
    row = next(csv.DictReader(io.StringIO(exported)))
    assert float(row["value"]) == obs.value == float(text)


def test_an_operational_kpi_is_computed_by_the_center_and_never_entered() -> None:
    """docs/kpi.md "Operational KPIs": the center computes them from its own records; a typed
    MTTA of 5 s would stand on the planner page as the center's own "met" figure. Every one
    is refused, in a file and in a form, at its indicator, in both languages."""
    ops = [ind for ind in DEFS.indicators if not ind.is_plan]
    assert ops
    rows = "".join(f"{ind.id},2016-05,,5,{ind.unit.value},,,typed\n" for ind in ops)
    outcome = parse_observations(HEAD + rows, DEFS, entered_by="planner")
    assert outcome.observations == ()
    assert [(e.line, e.column) for e in outcome.errors] == [(n + 2, "indicator_id") for n in range(len(ops))]
    assert all("computed by the center" in e.message and "不可填報" in e.message_zh for e in outcome.errors)
    for ind in ops:
        obs, errors = check_entry(DEFS, {"indicator_id": ind.id, "period": "2016-05", "value": "5",
                                         "unit": ind.unit.value, "source_note": "typed"}, entered_by="planner")
        assert obs is None
        assert [e.column for e in errors] == ["indicator_id"], errors


@pytest.mark.parametrize(("body", "line"), [
    ("2.1,2016,2016-02-09,1,times,,,a\n2.1,2016,2016-02-10,1,times,,,b\n2.1,2016,2016-02-11,1,times,,,\"abc\n", 4),
    ("\n2.1,2016,2016-02-09,1,times,,,\"a\nb\"\n2.1,2016,2016-02-10,1,times,,,b\n"
     "2.1,2016,2016-02-11,1,times,,,\"abc\n2.1,2016,2016-02-12,1,times,,,c\n", 6),
])
def test_a_quote_never_closed_is_named_at_its_line_in_both_languages(body: str, line: int) -> None:
    """pandas says "EOF inside string starting at row 3" (records counted from the header's 0,
    blank lines too): the report names the physical line the unclosed quote's row starts on,
    and says what to do in each language, with no parser text."""
    outcome = parse_observations(HEAD + body, DEFS, entered_by="planner")
    assert [(e.line, e.column) for e in outcome.errors] == [(line, "(row)")]
    (error,) = outcome.errors
    assert "never closed" in error.message
    assert "tokenizing" not in error.message
    assert "引號" in error.message_zh
    assert not re.search(r"[A-Za-z]", error.message_zh.replace("CSV", "")), error.message_zh
