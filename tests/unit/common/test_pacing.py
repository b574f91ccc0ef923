"""Units of work cut by time (common/pacing.py): the timer and the batch size."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from common.pacing import BatchSize, UnitTimer


class FakeClock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


def test_a_unit_is_due_once_its_budget_is_spent_and_the_next_starts_afresh() -> None:
    clock = FakeClock()
    timer = UnitTimer(0.5, clock)
    clock.t += 0.49
    assert not timer.due()
    clock.t += 0.01
    assert timer.due()
    assert timer.units == 0  # still the first unit
    timer.next()
    assert timer.units == 1
    assert not timer.due()
    clock.t += 0.5
    assert timer.due()


def test_a_batch_starts_small_and_doubles_while_fast_up_to_the_most() -> None:
    size = BatchSize(0.5, most=5_000, least=50)
    sizes = [size.size]
    for _ in range(10):
        sizes.append(size.took(0.01))
    assert sizes[:4] == [50, 100, 200, 400]
    assert sizes[-1] == 5_000


def test_a_batch_that_overran_scales_the_next_down_in_proportion() -> None:
    size = BatchSize(0.5, most=5_000, least=50)
    while size.size < 5_000:
        size.took(0.01)
    assert size.took(5.0) == 500  # ten times the budget: a tenth of the rows
    assert size.took(100.0) == 50  # never below the least


def test_a_batch_that_found_less_work_does_not_grow_the_next() -> None:
    size = BatchSize(0.5, most=5_000, least=50)
    assert size.took(0.001, rows=0) == 50
    assert size.took(0.001, rows=10) == 50
    assert size.took(0.001, rows=50) == 100


def test_a_batch_between_half_and_the_whole_budget_keeps_its_size() -> None:
    size = BatchSize(0.5, most=5_000, least=50)
    size.took(0.01)
    assert size.took(0.3) == 100


@given(st.lists(st.tuples(st.floats(0.0, 100.0), st.none() | st.integers(0, 10_000)), max_size=60),
       st.integers(1, 10_000), st.integers(1, 10_000))
def test_the_size_stays_between_the_least_and_the_most(steps: list[tuple[float, int | None]], most: int,
                                                      least: int) -> None:
    size = BatchSize(0.5, most=most, least=least)
    for seconds, rows in steps:
        before = size.size
        got = size.took(seconds, rows)
        assert min(least, most) <= got <= most
        if seconds > 0.5:  # an overrun never grows the next batch
            assert got <= before
