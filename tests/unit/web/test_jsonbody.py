"""The API's JSON decoder (web/jsonbody.py): a key repeated in any object, at any depth, is a
:class:`DuplicateKeyError` naming the key, and any other body that does not decode a
:class:`json.JSONDecodeError`, both of which FastAPI answers 422 ``json_invalid``; a document
with unique keys decodes as ``json.loads`` decodes it, NaN and Infinity included. The decoder's
edges (numbers, nesting, encodings, surrogates) are tests/unit/common/test_jsondoc.py's."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from web.jsonbody import DuplicateKeyError, UniqueKeysRoute, loads_unique

keys = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
scalars = st.one_of(st.none(), st.booleans(), st.integers(min_value=-(10**400), max_value=10**400),
                    st.floats(allow_nan=True, allow_infinity=True), keys)
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


@given(values, st.booleans())
@example(float("nan"), True)
def test_a_document_with_unique_keys_decodes_as_json_loads_decodes_it(value: Any, ascii_only: bool) -> None:
    text = json.dumps(value, ensure_ascii=ascii_only)
    assert _same(loads_unique(text.encode()), json.loads(text))
    assert _same(loads_unique(text), json.loads(text))


@given(keys, values, values, st.integers(0, 30), st.booleans())
@example("a", 1, 2, 0, False)
@example("agency", "fire", "water", 3, True)
def test_a_key_repeated_at_any_depth_is_refused_naming_the_key(key: str, first: Any, second: Any, depth: int,
                                                              ascii_only: bool) -> None:
    def dump(v: Any) -> str:
        return json.dumps(v, ensure_ascii=ascii_only)

    text = f"{{{dump(key)}: {dump(first)}, {dump(key)}: {dump(second)}}}"
    for level in range(depth):
        text = f"[1, {text}]" if level % 2 else f'{{"x": 0, "reason": {text}}}'
    with pytest.raises(DuplicateKeyError) as refused:
        loads_unique(text.encode())
    assert refused.value.key == key
    assert refused.value.msg == f"duplicate key {key!r}"  # the problem's words (web/problems.py)
    assert isinstance(refused.value, json.JSONDecodeError)  # FastAPI's 422 json_invalid
    assert 0 <= refused.value.pos <= len(text)


@pytest.mark.parametrize("body", [b"", b"{", b"[" * 100_000, b"\xff\xfe\xfd", b'{"a": 1}x', b"\xef\xbb\xbf{}",
                                  '{"a": 1}'.encode("utf-16"), b'["\\ud800"]', b"1" * 5000, '{"水": 1,\n'.encode()])
def test_every_other_undecodable_body_is_a_json_decode_error(body: bytes) -> None:
    with pytest.raises(json.JSONDecodeError) as refused:
        loads_unique(body)
    assert not isinstance(refused.value, DuplicateKeyError)
    assert 0 <= refused.value.pos <= len(refused.value.doc)


def test_every_route_of_the_app_decodes_with_unique_keys() -> None:
    from fastapi.routing import APIRoute

    from web.routes import ROUTERS

    routes = [r for router in ROUTERS for r in router.routes if isinstance(r, APIRoute)]
    assert routes
    assert [r.path for r in routes if not isinstance(r, UniqueKeysRoute)] == []
