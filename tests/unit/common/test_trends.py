"""Trend ranges and the bucket each one reads (pure)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from common.trends import MAX_RANGE, Resolution, TrendRangeError, parse_range, resolution_for


@pytest.mark.parametrize(("text", "resolution"), [
    ("1m", Resolution.MINUTE), ("60m", Resolution.MINUTE), ("61m", Resolution.HOUR), ("1h", Resolution.MINUTE),
    ("2h", Resolution.HOUR), ("24h", Resolution.HOUR), ("1d", Resolution.HOUR), ("25h", Resolution.DAY),
    ("7d", Resolution.DAY), ("31d", Resolution.DAY), ("32d", Resolution.MONTH), ("400d", Resolution.MONTH),
])
def test_the_bucket_follows_the_range(text: str, resolution: Resolution) -> None:
    assert parse_range(text).resolution is resolution


@pytest.mark.parametrize("text", ["", "h", "0h", "01h", "-1h", "1.5h", "1w", "24H", " 24h", "24h ", "1d1h",
                                  "401d", "9601h", "576001m", "9999999d", "२४h", "24\x00h"])
def test_malformed_or_too_long_ranges_are_refused(text: str) -> None:
    with pytest.raises(TrendRangeError):
        parse_range(text)


@given(st.integers(1, 400 * 86400 // 60))
def test_every_valid_minute_range_parses_to_its_length(minutes: int) -> None:
    rng = parse_range(f"{minutes}m")
    assert rng.length == timedelta(minutes=minutes)
    assert rng.length <= MAX_RANGE
    assert rng.resolution is resolution_for(rng.length)


@given(st.text(max_size=10))
def test_any_text_parses_or_is_refused_cleanly(text: str) -> None:
    try:
        rng = parse_range(text)
    except TrendRangeError:
        return
    assert rng.length > timedelta(0)


@given(st.timedeltas(min_value=timedelta(seconds=1), max_value=MAX_RANGE),
       st.timedeltas(min_value=timedelta(seconds=1), max_value=MAX_RANGE))
def test_a_longer_range_never_gets_a_finer_bucket(a: timedelta, b: timedelta) -> None:
    order = list(Resolution)
    short, long_ = sorted((a, b))
    assert order.index(resolution_for(short)) <= order.index(resolution_for(long_))
