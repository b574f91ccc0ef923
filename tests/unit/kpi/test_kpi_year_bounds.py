"""Property: a KPI period or ``as_of`` outside the sane years is refused, by field, in both languages.

A period's year and an ``as_of`` date must lie in ``[EARLIEST_YEAR, LATEST_YEAR]``
(:mod:`kpi.periods`): the plan's years and far beyond, never year 9999 or 0001. Every
entry (form or CSV row) outside is refused with the field named; inside, the year is no
reason for a refusal.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kpi.csvio import check_entry
from kpi.definitions import load_definitions
from kpi.periods import EARLIEST_YEAR, LATEST_YEAR, Frequency, PeriodError, parse_period_for

DEFS = load_definitions()

#: Years near each edge, and the whole four-digit range a period can spell.
years = st.one_of(st.integers(EARLIEST_YEAR - 3, EARLIEST_YEAR + 3), st.integers(LATEST_YEAR - 3, LATEST_YEAR + 3),
                  st.integers(0, 9999))


def _entry(period: str, as_of: str = "") -> dict[str, str]:
    return {"indicator_id": "2.1", "period": period, "as_of": as_of, "value": "3", "unit": "times",
            "numerator": "", "denominator": "", "source_note": "n"}


@given(years, st.sampled_from(list(Frequency)))
@example(9999, Frequency.ANNUAL)
@example(0, Frequency.MONTHLY)
def test_a_period_is_parsed_only_inside_the_years(year: int, frequency: Frequency) -> None:
    text = {Frequency.ANNUAL: f"{year:04d}", Frequency.QUARTERLY: f"{year:04d}-Q4",
            Frequency.MONTHLY: f"{year:04d}-12"}[frequency]
    if EARLIEST_YEAR <= year <= LATEST_YEAR:
        assert parse_period_for(text, frequency).year == year
    else:
        with pytest.raises(PeriodError, match=f"between {EARLIEST_YEAR} and {LATEST_YEAR}"):
            parse_period_for(text, frequency)


@given(years)
@example(9999)
def test_an_entry_with_a_period_outside_the_years_is_refused_naming_the_period(year: int) -> None:
    obs, errors = check_entry(DEFS, _entry(f"{year:04d}"), entered_by="t")
    if EARLIEST_YEAR <= year <= LATEST_YEAR:
        assert obs is not None, errors
        assert not errors
    else:
        assert obs is None
        assert [e.column for e in errors] == ["period"], errors
        assert errors[0].message_zh  # both languages


@given(years, st.integers(1, 12), st.integers(1, 28))
@example(9999, 12, 28)
@example(1, 1, 1)
def test_an_as_of_outside_the_years_is_refused_naming_it(year: int, month: int, day: int) -> None:
    as_of = date(max(year, 1), month, day)
    obs, errors = check_entry(DEFS, _entry("2015", as_of.isoformat()), entered_by="t")
    columns = {e.column for e in errors}
    if EARLIEST_YEAR <= as_of.year <= LATEST_YEAR:
        assert "as_of" not in columns or as_of.year != 2015  # outside the period, not the years
    else:
        assert obs is None
        assert "as_of" in columns
        assert any(str(LATEST_YEAR) in e.message for e in errors if e.column == "as_of"), errors
