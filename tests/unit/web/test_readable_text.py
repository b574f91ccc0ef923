"""A required text has a visible character (``web.schemas.ReadableText``)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from web.schemas import RequiredReasonIn

INVISIBLE = st.characters(categories=("Zs", "Zl", "Zp", "Cf", "Cc"), exclude_characters="\x00")


@given(st.text(INVISIBLE, min_size=1, max_size=10))
def test_only_invisible_characters_are_refused(text: str) -> None:
    with pytest.raises(ValidationError):
        RequiredReasonIn(reason=text)


@given(st.text(INVISIBLE, max_size=5), st.characters(categories=("L", "N", "P", "S")), st.text(INVISIBLE, max_size=5))
def test_one_visible_character_is_enough(before: str, visible: str, after: str) -> None:
    if visible.isspace() or unicodedata.category(visible)[0] in "ZC":
        return
    assert RequiredReasonIn(reason=before + visible + after).reason == before + visible + after
