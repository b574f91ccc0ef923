"""When a waited-for answer counts as lost (``common.answer.answer_lost``), from what the
database says of the waiting session's backend."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from common.answer import answer_lost

AFTER_S = 10.0
STATES = st.one_of(st.sampled_from(["idle", "idle in transaction", "idle in transaction (aborted)",
                                    "fastpath function call", "disabled"]), st.text(max_size=30), st.none())
AGES = st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(min_value=-(2**80), max_value=2**80),
                 st.none(), st.text(max_size=5))


def test_a_backend_that_is_gone_has_lost_the_answer() -> None:
    assert answer_lost(None, AFTER_S) == "backend_gone"


@given(AGES)
def test_a_backend_at_work_on_a_statement_is_waited_for(age: object) -> None:
    assert answer_lost(("active", age), AFTER_S) is None


@given(STATES.filter(lambda s: s != "active"), st.floats(min_value=AFTER_S, max_value=1e300))
def test_a_backend_idle_since_before_the_wait_has_lost_the_answer(state: object, age: float) -> None:
    assert answer_lost((state, age), AFTER_S) == f"backend_{state}"


@given(STATES.filter(lambda s: s != "active"), st.floats(min_value=-1e300, max_value=AFTER_S, exclude_max=True))
def test_a_backend_just_done_sends_its_answer(state: object, age: float) -> None:
    assert answer_lost((state, age), AFTER_S) is None


@given(STATES.filter(lambda s: s != "active"), AGES.filter(lambda a: not isinstance(a, int | float)))
def test_an_age_that_is_no_number_counts_as_lost(state: object, age: object) -> None:
    assert answer_lost((state, age), AFTER_S) == f"backend_{state}"
