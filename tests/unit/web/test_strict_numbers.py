"""The whole numbers of the API's bodies are strict, as the wire's (docs/mqtt.md: ``"12"`` is
not a number, ``true`` is not an integer): a shelving's ``minutes``, a replay's ``limit``."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from web.schemas import MAX_SHELVE_MINUTES, ReplayIn, ShelveIn

#: Any JSON value.
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
    max_leaves=6,
)


def accepted(model: type[ShelveIn] | type[ReplayIn], doc: dict[str, object]) -> ShelveIn | ReplayIn | None:
    """The body ``model`` makes of ``doc``, None when it refuses it."""
    try:
        return model.model_validate(doc)
    except ValidationError:
        return None


@given(JSON)
def test_a_shelving_takes_minutes_only_as_a_whole_number_in_range(value: object) -> None:
    whole = isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_SHELVE_MINUTES
    got = accepted(ShelveIn, {"reason": "r", "minutes": value})
    assert (got is not None) == (whole or value is None)
    assert got is None or getattr(got, "minutes", None) == value


@given(JSON)
def test_a_replay_takes_limit_only_as_a_whole_number_in_range(value: object) -> None:
    whole = isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 100_000
    got = accepted(ReplayIn, {"limit": value})
    assert (got is not None) == whole
    assert got is None or getattr(got, "limit", None) == value


@pytest.mark.parametrize("flag", [True, False, "30", 30.0])
def test_a_flag_or_a_text_is_no_minute_count(flag: object) -> None:
    with pytest.raises(ValidationError):
        ShelveIn.model_validate({"reason": "r", "minutes": flag})
