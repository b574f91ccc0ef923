"""A password anyone would guess first is refused for every account (``web.security.check_password``)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from web.errors import InvalidInputError
from web.security import COMMON_PASSWORDS, check_password


@pytest.mark.parametrize("password", ["        ", "12345678", "Password1", "aaaaaaaa", "abababab", " a b c  ",
                                      "\t\t\t\t\t\t\t\t", "short"])
def test_a_guessable_password_is_refused(password: str) -> None:
    with pytest.raises(InvalidInputError):
        check_password(password)


@given(st.sampled_from(sorted(COMMON_PASSWORDS)))
def test_every_common_password_is_refused_in_any_case(password: str) -> None:
    with pytest.raises(InvalidInputError):
        check_password(password.upper())


@pytest.mark.parametrize("password", ["a long password", "correct horse battery", "4d9f1c0e7b2a", "水湳營運中心值班"])
def test_a_password_of_some_variety_is_taken(password: str) -> None:
    check_password(password)
