"""A text a person must write is readable when it holds a character one can see: the API's
required reasons and notes and the CLI's mode switch share the rule (docs/web.md)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from common.text import visible
from ops_center.dispatch import Dispatcher, Mode, load_routing
from ops_center.errors import DispatchError

ROUTING_FILE = Path(__file__).parents[3] / "ops_center" / "routing.yaml"
#: Characters nobody sees: blanks, separators, format and control characters.
INVISIBLE = st.characters(categories=("Zs", "Zl", "Zp", "Cc", "Cf"))
#: Characters one sees: letters, digits, punctuation, symbols (CJK among the letters).
SEEN = st.characters(categories=("L", "N", "P", "S"))


@given(st.text(INVISIBLE, max_size=20))
def test_a_text_of_invisible_characters_alone_is_not_readable(text: str) -> None:
    assert not visible(text)


@given(st.text(INVISIBLE, max_size=10), SEEN, st.text(INVISIBLE, max_size=10))
def test_one_character_one_sees_makes_a_text_readable(before: str, seen: str, after: str) -> None:
    assert visible(before + seen + after)


@pytest.mark.parametrize("reason", ["\u200b", "\u2060", "\ufeff", "\u00a0", " \u3000 "])
def test_a_mode_switch_needs_a_reason_one_can_read(reason: str) -> None:
    d = Dispatcher(load_routing(ROUTING_FILE))
    with pytest.raises(DispatchError, match="needs a reason"):
        d.set_mode(Mode.EMERGENCY, 0.0, actor="ops-1", reason=reason)
