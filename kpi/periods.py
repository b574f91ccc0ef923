"""Reporting periods of KPI observations.

A period is written ``YYYY`` (annual), ``YYYY-Qn`` (quarterly) or ``YYYY-MM``
(monthly). An indicator accepts only periods of its own frequency: the plan's
measures are annual (yearly targets, 年度目標值), the center's operational KPIs
are monthly. Interim figures inside a period (the plan's first-half 2015
results) are observations of the annual period with an earlier ``as_of`` date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from kpi.errors import PeriodError


class Frequency(StrEnum):
    """How often an indicator is measured; also the granularity of its periods."""

    ANNUAL = "annual"
    QUARTERLY = "quarterly"
    MONTHLY = "monthly"


#: The years a period or an ``as_of`` date entered by people or files may name: the plan's
#: years and far beyond, never a typo's year 9999 or 0001 (which would be stored and scored).
EARLIEST_YEAR = 1900
LATEST_YEAR = 2200

_PATTERNS: tuple[tuple[Frequency, re.Pattern[str]], ...] = (
    (Frequency.ANNUAL, re.compile(r"^(\d{4})$")),
    (Frequency.QUARTERLY, re.compile(r"^(\d{4})-Q([1-4])$")),
    (Frequency.MONTHLY, re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")),
)


@dataclass(frozen=True, slots=True, order=True)
class Period:
    """A calendar period: ``year`` plus ``index`` (1 for annual, quarter or month)."""

    frequency: Frequency
    year: int
    index: int = 1

    @property
    def start(self) -> date:
        """First day of the period."""
        if self.frequency is Frequency.ANNUAL:
            return date(self.year, 1, 1)
        if self.frequency is Frequency.QUARTERLY:
            return date(self.year, 3 * (self.index - 1) + 1, 1)
        return date(self.year, self.index, 1)

    @property
    def end(self) -> date:
        """Last day of the period (inclusive)."""
        if self.frequency is Frequency.ANNUAL:
            return date(self.year, 12, 31)
        months = 3 if self.frequency is Frequency.QUARTERLY else 1
        first_month = self.start.month + months
        nxt = date(self.year + (first_month - 1) // 12, (first_month - 1) % 12 + 1, 1)
        return nxt - timedelta(days=1)

    def contains(self, day: date) -> bool:
        """Whether ``day`` lies in the period."""
        return self.start <= day <= self.end

    def __str__(self) -> str:
        if self.frequency is Frequency.ANNUAL:
            return f"{self.year:04d}"
        if self.frequency is Frequency.QUARTERLY:
            return f"{self.year:04d}-Q{self.index}"
        return f"{self.year:04d}-{self.index:02d}"


def parse_period(text: str) -> Period:
    """Parse ``YYYY``, ``YYYY-Qn`` or ``YYYY-MM``; raise :class:`PeriodError` otherwise."""
    cleaned = text.strip()
    for frequency, pattern in _PATTERNS:
        match = pattern.match(cleaned)
        if match:
            year = int(match.group(1))
            index = int(match.group(2)) if frequency is not Frequency.ANNUAL else 1
            return Period(frequency, year, index)
    raise PeriodError(f"period {text!r} is not YYYY, YYYY-Qn or YYYY-MM", period=text)


def parse_period_for(text: str, frequency: Frequency) -> Period:
    """Parse a period entered for an indicator: of ``frequency`` (the indicator's) and with
    a year in ``[EARLIEST_YEAR, LATEST_YEAR]``. Stored periods are read with
    :func:`parse_period`, which takes any four-digit year."""
    period = parse_period(text)
    if period.frequency is not frequency:
        raise PeriodError(
            f"period {text!r} is {period.frequency.value}, the indicator is {frequency.value}",
            period=text,
        )
    if not within_years(period.year):
        raise PeriodError(f"period {text!r} is not between {EARLIEST_YEAR} and {LATEST_YEAR}", period=text)
    return period


def within_years(year: int) -> bool:
    """Whether ``year`` lies in ``[EARLIEST_YEAR, LATEST_YEAR]``."""
    return EARLIEST_YEAR <= year <= LATEST_YEAR
