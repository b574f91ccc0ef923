"""The one cut of a commit-ordered window (common.commit_window), by its guarantees.

A window is modelled as the commit-order values of its rows, sorted (rows of one
transaction share a value); the database's three answers (value at offset 0, at
offset n, the next greater value) are computed from that list as SQL would.
"""

from __future__ import annotations

from bisect import bisect_left
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from common.commit_window import batch_end, needs_following

T0 = datetime(2026, 12, 4, tzinfo=UTC)


def at(k: int) -> datetime:
    return T0 + timedelta(microseconds=k)


def end_of_batch(values: list[datetime], lo: datetime, hi: datetime, n: int) -> datetime:
    """What the SQL adapter asks for, answered from ``values``, through the pure cut."""
    window = [v for v in values if lo <= v < hi]
    nth = window[n] if n < len(window) else None
    first = window[0] if window else None
    following = None
    if needs_following(first, nth):
        assert nth is not None
        following = min((v for v in window if v > nth), default=None)
    return batch_end(hi, first, nth, following)


# transactions: (commit-order value, rows), values may repeat across draws
transactions = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 12)), max_size=25)


@settings(max_examples=400)
@given(transactions, st.integers(0, 70), st.integers(0, 80), st.integers(1, 15))
def test_batches_read_every_row_once_whole_and_never_empty(
    txs: list[tuple[int, int]], lo_k: int, hi_k: int, n: int
) -> None:
    values = sorted(at(k) for k, rows in txs for _ in range(rows))
    lo, hi = at(lo_k), at(hi_k)
    expected = [v for v in values if lo <= v < hi]
    read: list[datetime] = []
    steps = 0
    while lo < hi:
        end = end_of_batch(values, lo, hi, n)
        assert lo < end <= hi or not expected, (lo, end, hi)
        batch = values[bisect_left(values, lo):bisect_left(values, end)]
        if [v for v in values if lo <= v < hi]:
            assert batch, f"empty batch [{lo}, {end}) while the window holds rows"
        # whole transactions: no row with the end value was left to the next batch by accident
        assert len(batch) <= n or len(set(batch)) == 1, (len(batch), n)
        read.extend(batch)
        lo = end
        steps += 1
        assert steps <= len(expected) + 1, "no progress"
        if not [v for v in values if lo <= v < hi]:
            break
    assert read == expected


@given(st.integers(1, 40), st.integers(1, 10), st.integers(1, 50))
def test_a_transaction_bigger_than_a_batch_is_taken_whole_even_above_lo(rows: int, n: int, gap: int) -> None:
    """The first transaction of the window lies above ``lo`` and alone holds more than ``n`` rows."""
    values = [at(gap)] * rows + [at(gap + 5)]
    end = end_of_batch(values, at(0), at(100), n)
    batch = [v for v in values if v < end]
    assert batch == [at(gap)] * rows if rows > n else len(batch) >= 1


def test_an_empty_window_ends_at_hi() -> None:
    assert batch_end(at(9), None, None) == at(9)


def test_the_following_value_never_exceeds_hi() -> None:
    assert batch_end(at(9), at(3), at(3), at(12)) == at(9)
    assert batch_end(at(9), at(3), at(3), None) == at(9)
