"""Properties of the API's JSON decoder: a key repeated in any object, at any depth, is refused;
any other document decodes exactly as ``json.loads`` decodes it."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from web.jsonbody import DuplicateKeyError, UniqueKeysRoute, loads_unique

#: Keys with anything a key can hold: escapes, NUL, astral and lone-surrogate code points.
keys = st.text(st.characters(), max_size=12)
scalars = st.one_of(st.none(), st.booleans(), st.integers(min_value=-(10**400), max_value=10**400),
                    st.floats(allow_nan=True, allow_infinity=True), st.text(st.characters(), max_size=20))
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=4),
                      max_leaves=20)


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    return bool(a == b)


def _utf8(text: str) -> bytes | None:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return None


@given(values, st.booleans())
@example("\ud800", False)
def test_a_document_with_unique_keys_decodes_as_json_loads_decodes_it(value: Any, ascii_only: bool) -> None:
    text = json.dumps(value, ensure_ascii=ascii_only)
    assert _same(loads_unique(text), json.loads(text))
    # A lone surrogate written unescaped has no UTF-8 form: no request body can carry it.
    body = _utf8(text)
    if body is not None:
        assert _same(loads_unique(body), json.loads(body))


@given(keys, values, values, st.lists(st.tuples(st.booleans(), keys), max_size=30), st.booleans())
@example("a", 1, 2, [], False)
@example("", None, None, [(True, "")] * 30, True)
@example("\ud800", "x", "y", [(False, "k")], False)
def test_a_key_repeated_at_any_depth_is_refused(key: str, first: Any, second: Any,
                                               wrapping: list[tuple[bool, str]], ascii_only: bool) -> None:
    def dump(v: Any) -> str:
        return json.dumps(v, ensure_ascii=ascii_only)

    text = f"{{{dump(key)}: {dump(first)}, {dump(key)}: {dump(second)}}}"
    for in_list, outer in wrapping:  # nested inside lists and objects (with other members)
        text = f"[1, {text}]" if in_list else f"{{{dump(outer + '~')}: 0, {dump(outer)}: {text}}}"
    with pytest.raises(DuplicateKeyError) as refused:
        loads_unique(text)
    assert refused.value.key == key
    assert isinstance(refused.value, json.JSONDecodeError)  # FastAPI's 422 json_invalid
    with pytest.raises(DuplicateKeyError):
        loads_unique(text.encode("utf-16", "surrogatepass"))  # json.loads decodes bytes so


@pytest.mark.parametrize("body", [b"", b"{", b"[" * 100_000, b"\xff\xfe\xfd", b"NaN", b"1e999", b'{"a": 1}x'])
def test_other_bodies_fail_or_pass_as_json_loads_does(body: bytes) -> None:
    try:
        expected: Any = json.loads(body)
    except (ValueError, RecursionError) as exc:
        with pytest.raises(type(exc)):
            loads_unique(body)
    else:
        assert _same(loads_unique(body), expected)


def test_every_route_of_the_app_decodes_with_unique_keys() -> None:
    from fastapi.routing import APIRoute

    from web.routes import ROUTERS

    routes = [r for router in ROUTERS for r in router.routes if isinstance(r, APIRoute)]
    assert routes
    assert [r.path for r in routes if not isinstance(r, UniqueKeysRoute)] == []
