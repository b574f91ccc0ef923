"""The one JSON decoder of the wire and the API (common/jsondoc.py), at the edges of every type.

Expected results come from RFC 8259 and from ``json.loads`` on the same text (the reference
for every document the decoder accepts), never from the decoder's own reading: a key named
twice in one object at any depth is refused, also when spelled with escapes; UTF-8 only (no
byte-order mark, RFC 8259 §8.1); integers exact up to 4,300 digits; numbers past the double
range decode as ``json.loads`` decodes them; lone surrogates refused; nesting bounded,
never a ``RecursionError``.
"""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from common.jsondoc import MAX_DEPTH, JsonDocError, RepeatedKeyError, byte_offset, loads_unique

#: Keys and texts with anything UTF-8 can carry: escapes, quotes, NUL, astral code points.
texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
#: Python's limit on decimal conversion (sys.get_int_max_str_digits()): 4,300 digits.
huge = st.integers(min_value=-(10**4300 - 1), max_value=10**4300 - 1)
ints = st.one_of(st.integers(), huge, st.sampled_from([2**53, 2**63, -(2**63) - 1, 2**64, 10**4300 - 1]))
floats = st.floats(allow_nan=False, allow_infinity=False)


def values(*, inf_nan: bool = False) -> st.SearchStrategy[Any]:
    fl = st.floats(allow_nan=True, allow_infinity=True) if inf_nan else floats
    scalars = st.one_of(st.none(), st.booleans(), ints, fl, texts)
    return st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4),
                        max_leaves=25)


separators = st.sampled_from([(",", ":"), (", ", ": "), (" ,", " : "), ("\n,", "\t:\n"), (",\r\n", ":\r\n ")])


def _same(a: Any, b: Any) -> bool:
    """Equal, with NaN equal to NaN and types compared (1 is not 1.0, -0.0 is not 0.0)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, float):
        return (math.isnan(a) and math.isnan(b)) or (a == b and math.copysign(1, a) == math.copysign(1, b))
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    return bool(a == b)


# --- documents with unique keys decode as json.loads decodes them -------------------------------

@settings(max_examples=300, deadline=None)
@given(values(), separators, st.booleans())
@example({"a": [10**4300 - 1, -(10**4300 - 1)]}, (",", ":"), True)
@example([1.7976931348623157e308, 5e-324, -0.0, 2**53 + 1], (",", ":"), True)
@example({"水": "\U0001f600\x00\"\\"}, (",", ":"), False)
def test_a_document_with_unique_keys_decodes_as_json_loads_decodes_it(
        doc: Any, seps: tuple[str, str], ascii_only: bool) -> None:
    text = json.dumps(doc, separators=seps, ensure_ascii=ascii_only)
    assert _same(loads_unique(text.encode()), json.loads(text))
    assert _same(loads_unique(text), json.loads(text))


@settings(max_examples=100, deadline=None)
@given(values(inf_nan=True))
def test_nan_and_infinity_decode_only_when_allowed(doc: Any) -> None:
    text = json.dumps(doc)
    assert _same(loads_unique(text.encode(), allow_inf_nan=True), json.loads(text))
    if any(word in text for word in ("NaN", "Infinity")) and '"' not in text:
        with pytest.raises(JsonDocError):
            loads_unique(text.encode())


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity", "[1, NaN]", '{"v": Infinity}'])
def test_the_nan_and_infinity_literals_are_refused_by_default(literal: str) -> None:
    with pytest.raises(JsonDocError):
        loads_unique(literal.encode())
    assert _same(loads_unique(literal.encode(), allow_inf_nan=True), json.loads(literal))


# --- numbers ---------------------------------------------------------------------------------

@given(huge)
def test_integers_up_to_4300_digits_are_exact(n: int) -> None:
    assert loads_unique(str(n).encode()) == n
    assert type(loads_unique(str(n).encode())) is int


@given(st.integers(min_value=4301, max_value=20_000), st.booleans())
def test_longer_integers_are_refused_not_a_crash(digits: int, negative: bool) -> None:
    text = ("-" if negative else "") + "9" * digits
    with pytest.raises(JsonDocError):
        loads_unique(text.encode())


@given(floats)
def test_every_finite_double_round_trips(x: float) -> None:
    assert _same(loads_unique(repr(x).encode()), x)


@given(st.integers(min_value=309, max_value=10**30), st.sampled_from(["1e", "-1e", "9.99e", "1E+", "0.1e-", "1e-"]))
@example(309, "1e")
@example(400, "1e-")
def test_numbers_past_the_double_range_decode_as_json_loads_decodes_them(exponent: int, mantissa: str) -> None:
    text = f"{mantissa}{exponent}"
    assert _same(loads_unique(text.encode()), json.loads(text))  # ±inf above, 0.0 below


@pytest.mark.parametrize("text", ["01", "+1", "1.", ".5", "1e", "0x10", "1_000", "- 1", "--1", "1.0e+-1"])
def test_numbers_json_does_not_allow_are_refused(text: str) -> None:
    with pytest.raises(json.JSONDecodeError):
        json.loads(text)  # the reference refuses it too
    with pytest.raises(JsonDocError):
        loads_unique(text.encode())


# --- nesting ---------------------------------------------------------------------------------

@given(st.integers(min_value=1, max_value=MAX_DEPTH), st.sampled_from(["[", '{"k":', '[{"a":0,"b":']))
def test_nesting_up_to_the_limit_decodes(depth: int, opener: str) -> None:
    closer = {"[": "]", '{"k":': "}", '[{"a":0,"b":': "}]"}[opener]
    n = depth if opener != '[{"a":0,"b":' else max(1, depth // 2)
    text = opener * n + "1" + closer * n
    assert _same(loads_unique(text.encode()), json.loads(text))


@given(st.integers(min_value=MAX_DEPTH + 2, max_value=200_000), st.sampled_from(["[", '{"k":']))
@example(100_000, "[")
def test_deeper_nesting_is_refused_never_a_recursion_error(depth: int, opener: str) -> None:
    closer = "]" if opener == "[" else "}"
    with pytest.raises(JsonDocError):
        loads_unique((opener * depth + "1" + closer * depth).encode())
    with pytest.raises(JsonDocError):
        loads_unique((opener * depth).encode())  # unclosed too


# --- text ------------------------------------------------------------------------------------

def _invalid_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


@given(texts, st.binary(min_size=1, max_size=8).filter(_invalid_utf8), texts, st.booleans())
@example("", b"\xff", "", False)
@example("a", b"\xed\xa0\x80", "b", True)  # a surrogate encoded as UTF-8 (CESU), not UTF-8
@example("", b"\xc0\xaf", "", False)  # an overlong "/"
def test_bytes_that_are_not_utf8_are_refused(before: str, bad: bytes, after: str, as_key: bool) -> None:
    inner = json.dumps(before, ensure_ascii=False)[1:-1].encode() + bad + json.dumps(after)[1:-1].encode()
    doc = b'{"' + inner + b'": 1}' if as_key else b'["' + inner + b'"]'
    with pytest.raises(JsonDocError):
        loads_unique(doc)


@given(st.integers(min_value=0xD800, max_value=0xDFFF), st.booleans(), st.booleans())
@example(0xD800, False, False)
@example(0xDC00, True, False)
def test_a_lone_surrogate_is_refused(code: int, as_key: bool, follow: bool) -> None:
    escape = f"\\u{code:04x}" + ("x" if follow else "")
    doc = f'{{"{escape}": 1}}' if as_key else f'["{escape}"]'
    with pytest.raises(JsonDocError):
        loads_unique(doc.encode())
    with pytest.raises(JsonDocError):
        loads_unique(f'["{chr(code)}"]')  # a str holding it unescaped: no UTF-8 form


@given(st.integers(min_value=0x10000, max_value=0x10FFFF))
def test_an_escaped_surrogate_pair_decodes_to_its_code_point(code: int) -> None:
    text = json.dumps(chr(code))  # ensure_ascii: "\\ud83d\\ude00"
    assert "\\ud" in text
    assert loads_unique(text.encode()) == chr(code)


@given(values(), st.sampled_from(["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le"]))
@example({"a": 1}, "utf-8-sig")
@example([], "utf-16-le")
def test_a_byte_order_mark_and_other_encodings_are_refused(doc: Any, encoding: str) -> None:
    data = json.dumps(doc).encode(encoding)
    with pytest.raises(JsonDocError):
        loads_unique(data)


@given(st.integers(min_value=0, max_value=0x1F), st.booleans())
def test_a_raw_control_character_in_a_string_is_refused(code: int, as_key: bool) -> None:
    doc = f'{{"a{chr(code)}": 1}}' if as_key else f'["a{chr(code)}"]'
    with pytest.raises(json.JSONDecodeError):
        json.loads(doc)  # the reference (strict) refuses it too
    with pytest.raises(JsonDocError):
        loads_unique(doc.encode())


@pytest.mark.parametrize("data", [b"", b" ", b"{", b"[1,]", b'{"a":1,}', b'{"a" 1}', b"{'a': 1}", b'{"a":1}x',
                                  b"[1] [2]", b"nul", b"tru", b'"abc', b'"\\x"', b'"\\u12"'])
def test_malformed_documents_are_refused(data: bytes) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 (json.loads raises JSONDecodeError or UnicodeDecodeError)
        json.loads(data)
    with pytest.raises(JsonDocError) as refused:
        loads_unique(data)
    assert not isinstance(refused.value, RepeatedKeyError)


# --- repeated keys ---------------------------------------------------------------------------

def _objects(doc: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path] if isinstance(doc, dict) else []
    children = doc.items() if isinstance(doc, dict) else enumerate(doc) if isinstance(doc, list) else ()
    for k, v in children:
        found += _objects(v, (*path, k))
    return found


def _at(doc: Any, path: tuple[Any, ...]) -> Any:
    for p in path:
        doc = doc[p]
    return doc


def _spell(key: str, escaped: set[int]) -> str:
    """``key`` as a JSON string, the characters at ``escaped`` written as ``\\uXXXX``."""
    out = []
    for i, ch in enumerate(key):
        if i in escaped:
            out.append("".join(f"\\u{u:04x}" for u in _utf16(ch)))
        else:
            out.append(json.dumps(ch, ensure_ascii=False)[1:-1])
    return '"' + "".join(out) + '"'


def _utf16(ch: str) -> list[int]:
    raw = ch.encode("utf-16-be")
    return [int.from_bytes(raw[i:i + 2], "big") for i in range(0, len(raw), 2)]


def _dump_repeating(doc: Any, at: tuple[Any, ...] | None, spelling: str, value: Any, seps: tuple[str, str],
                    first: bool) -> str:
    item, colon = seps
    if isinstance(doc, dict):
        parts = [f"{json.dumps(k)}{colon}{_dump_repeating(v, _down(at, k), spelling, value, seps, first)}"
                 for k, v in doc.items()]
        if at == ():
            extra = f"{spelling}{colon}{json.dumps(value)}"
            parts = [extra, *parts] if first else [*parts, extra]
        return "{" + item.join(parts) + "}"
    if isinstance(doc, list):
        return "[" + item.join(_dump_repeating(v, _down(at, i), spelling, value, seps, first)
                               for i, v in enumerate(doc)) + "]"
    return json.dumps(doc)


def _down(at: tuple[Any, ...] | None, step: Any) -> tuple[Any, ...] | None:
    return at[1:] if at and at[0] == step else None


@settings(max_examples=400, deadline=None)
@given(values(), separators, st.booleans(), st.data())
@example({"value": 1}, (",", ":"), False, None)
def test_a_key_named_twice_in_any_object_at_any_depth_is_refused_with_the_key(
        doc: Any, seps: tuple[str, str], first: bool, data: st.DataObject | None) -> None:
    candidates = [p for p in _objects(doc) if _at(doc, p)]
    if not candidates:
        doc, candidates = {"k": doc}, [()]
    if data is None:
        at, key, escaped, value = candidates[0], next(iter(_at(doc, candidates[0]))), {1}, 9.9
    else:
        at = data.draw(st.sampled_from(candidates))
        key = data.draw(st.sampled_from(sorted(_at(doc, at))))
        escaped = data.draw(st.sets(st.integers(0, max(0, len(key) - 1)), max_size=3)) if key else set()
        value = data.draw(values())
    text = _dump_repeating(doc, at, _spell(key, escaped), value, seps, first)
    with pytest.raises(RepeatedKeyError) as refused:
        loads_unique(text.encode())
    assert refused.value.key == key
    assert "duplicate key" in str(refused.value)
    assert 1 <= refused.value.line <= text.count("\n") + 1
    assert 0 < byte_offset(text.encode(), refused.value.line, refused.value.column) <= len(text.encode())


@given(st.lists(st.tuples(st.booleans(), texts), max_size=60), texts)
def test_a_repeat_deep_inside_lists_and_objects_is_refused(wrapping: list[tuple[bool, str]], key: str) -> None:
    text = f"{{{json.dumps(key)}: 1, {json.dumps(key)}: 1}}"  # even the same value twice
    for in_list, outer in wrapping:
        text = f"[1, {text}]" if in_list else f"{{{json.dumps(outer + '~')}: 0, {json.dumps(outer)}: {text}}}"
    with pytest.raises(RepeatedKeyError) as refused:
        loads_unique(text.encode())
    assert refused.value.key == key


def test_keys_and_colons_inside_strings_are_no_keys() -> None:
    text = '{"note": "民眾說: \\"水深\\": 30 cm, \\"水深\\":40, 10:05:00", "水深": 1, "list": ["a", "a"]}'
    assert loads_unique(text.encode()) == json.loads(text)


def test_the_same_key_in_sibling_objects_is_no_repeat() -> None:
    text = '[{"a": 1}, {"a": 2}, {"b": {"a": 3}, "a": 4}]'
    assert loads_unique(text.encode()) == json.loads(text)


def test_byte_offset_counts_lines_and_bytes() -> None:
    data = '{"水":1,\n"水":2}'.encode()
    assert byte_offset(data, 0, 0) == 0
    assert byte_offset(data, 2, 1) == data.index(b"\n") + 1
    assert byte_offset(data, 9, 1) == len(data)
