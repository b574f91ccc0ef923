"""Trend resolution: which rollup answers a time range (pure).

A trend shows a range ending now in buckets chosen from the range, so that a
chart has a few dozen points and the query reads a rollup, never the raw
readings:

==================  ===========  =====================================
range               bucket       read from
==================  ===========  =====================================
up to 1 hour        1 minute     ``readings_1m`` (migration 0002)
up to 1 day         1 hour       ``readings_1h`` (migration 0004)
up to 31 days       1 day        ``readings_1d`` (Taiwan days)
longer (≤ 400 d)    1 month      ``readings_1d`` summed by Taiwan month
==================  ===========  =====================================

Ranges are written ``90m``, ``24h``, ``7d`` (a positive whole number and a
unit ``m``, ``h`` or ``d``); :func:`parse_range` refuses anything else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from common.errors import SocError

#: Longest range: the raw readings' retention (soc_retention, migration 0002).
MAX_RANGE = timedelta(days=400)
_RANGE = re.compile(r"^([1-9][0-9]{0,5})([mhd])$")
_UNIT = {"m": 60, "h": 3600, "d": 86400}


class TrendRangeError(SocError):
    """A trend range that is malformed or too long."""

    def __init__(self, message: str, *, text: str) -> None:
        super().__init__(message)
        self.text = text


class Resolution(StrEnum):
    """The bucket of a trend, named after the rollup it reads."""

    MINUTE = "minute"
    HOUR = "hour"
    DAY = "day"
    MONTH = "month"


#: The rollup table each resolution reads (months are summed from days).
TABLES: dict[Resolution, str] = {
    Resolution.MINUTE: "readings_1m",
    Resolution.HOUR: "readings_1h",
    Resolution.DAY: "readings_1d",
    Resolution.MONTH: "readings_1d",
}


@dataclass(frozen=True, slots=True)
class TrendRange:
    """A parsed range: its text, length and the resolution that answers it."""

    text: str
    length: timedelta
    resolution: Resolution


def parse_range(text: str) -> TrendRange:
    """``"24h"`` → ``TrendRange("24h", 1 day, HOUR)``; raises :class:`TrendRangeError`."""
    match = _RANGE.match(text)
    if match is None:
        raise TrendRangeError(f"range {text!r} is not N followed by m, h or d (e.g. 24h, 7d)", text=text)
    length = timedelta(seconds=int(match.group(1)) * _UNIT[match.group(2)])
    if length > MAX_RANGE:
        raise TrendRangeError(f"range {text!r} is longer than {MAX_RANGE.days} days", text=text)
    return TrendRange(text, length, resolution_for(length))


def resolution_for(length: timedelta) -> Resolution:
    """The bucket for a range of ``length`` (hour up to a day, day up to a month, ...)."""
    if length <= timedelta(hours=1):
        return Resolution.MINUTE
    if length <= timedelta(days=1):
        return Resolution.HOUR
    if length <= timedelta(days=31):
        return Resolution.DAY
    return Resolution.MONTH
