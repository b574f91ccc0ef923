"""JSON documents with every object's keys unique: the one decoder of the wire and the API (pure).

A parser keeps one of a repeated key's values (``json`` and pydantic-core the last, others
the first: RFC 8259 §4 says names "SHOULD be unique" and leaves a receiver's choice open),
so ``{"value": 0.1, "value": 9.9}`` or ``{"agency": "fire", "agency": "water"}`` means one
thing here and another to a proxy, a log or an audit reading the same bytes.
:func:`loads_unique` refuses a key named twice in any object at any depth, also when the two
spellings differ only in escapes (``"v\\u0061lue"`` is ``"value"``), with
:class:`RepeatedKeyError`. Every caller keeps its own answer: ingest quarantines the message
as ``invalid_json``, the ops center refuses an agency's report as ``bad_payload``, the API
answers 422 ``json_invalid`` (:mod:`web.jsonbody`).

jiter (the parser inside pydantic-core) finds the repeat while it parses, at no measurable
cost on ingest's hot path (``bench/ingest_parse_ab.py``). What it accepts, at the edges
(``tests/unit/common/test_jsondoc.py``):

- UTF-8 only (RFC 8259 §8.1); a byte-order mark, UTF-16 or UTF-32 text and invalid UTF-8
  are refused.
- Integers of any size up to 4,300 digits (Python's own limit on decimal conversion), exact;
  longer ones are refused.
- A number beyond the double range decodes to ±infinity and one below it to 0.0, as
  ``json.loads`` decodes them; the literals ``NaN``, ``Infinity`` and ``-Infinity`` only
  with ``allow_inf_nan``.
- Escaped surrogate pairs decode to their code point; a lone surrogate (``"\\ud800"``) is
  refused: it has no UTF-8 form and PostgreSQL's text cannot hold it.
- Arrays and objects nested at most :data:`MAX_DEPTH` deep; deeper is refused (never a
  ``RecursionError``).
"""

from __future__ import annotations

import re
from typing import Any

import jiter

#: jiter's nesting limit: a document nested deeper is refused.
MAX_DEPTH = 200

_AT = re.compile(r"(?P<why>.*) at line (?P<line>\d+) column (?P<column>\d+)", re.S)
_REPEATED = re.compile(r'Detected duplicate key "(?P<key>.*)"', re.S)
_RUST_ESCAPE = re.compile(r"\\(?:u\{(?P<code>[0-9a-f]{1,6})\}|(?P<char>.))", re.S)
_RUST_CHARS = {"n": "\n", "r": "\r", "t": "\t", "0": "\0", "\\": "\\", '"': '"', "'": "'"}


class JsonDocError(ValueError):
    """A document that does not decode; ``line`` and ``column`` (1-based, the column in
    bytes) say where, 0 when unknown. ``str()`` is the decoder's own words."""

    def __init__(self, message: str, *, line: int = 0, column: int = 0) -> None:
        super().__init__(message)
        self.line = line
        self.column = column


class RepeatedKeyError(JsonDocError):
    """An object of the document names ``key`` (decoded) twice; ``line`` and ``column`` are
    where it is named again."""

    def __init__(self, message: str, key: str, *, line: int = 0, column: int = 0) -> None:
        super().__init__(message, line=line, column=column)
        self.key = key


def loads_unique(data: bytes | str, *, allow_inf_nan: bool = False) -> Any:
    """The JSON document ``data`` (UTF-8; a ``str`` is encoded first), as ``json.loads``
    builds it; :class:`RepeatedKeyError` for a key repeated in any object, else
    :class:`JsonDocError` for anything that does not decode (module docstring)."""
    if isinstance(data, str):
        try:
            data = data.encode("utf-8")
        except UnicodeEncodeError as exc:  # an unescaped lone surrogate
            raise JsonDocError(f"no UTF-8 form: {exc.reason} at character {exc.start}") from exc
    try:
        return jiter.from_json(data, allow_inf_nan=allow_inf_nan, catch_duplicate_keys=True)
    except ValueError as exc:
        raise _error(str(exc)) from exc


def byte_offset(data: bytes, line: int, column: int) -> int:
    """The byte offset of 1-based ``line`` and ``column`` (in bytes) in ``data``; 0 when unknown."""
    if line < 1:
        return 0
    start = 0
    for _ in range(line - 1):
        start = data.find(b"\n", start) + 1
        if start == 0:
            return len(data)
    return min(len(data), start + max(0, column - 1))


def _error(message: str) -> JsonDocError:
    at = _AT.fullmatch(message)
    line, column = (int(at["line"]), int(at["column"])) if at else (0, 0)
    repeated = _REPEATED.fullmatch(at["why"]) if at else None
    if repeated is None:
        return JsonDocError(message, line=line, column=column)
    return RepeatedKeyError(message, _unescape(repeated["key"]), line=line, column=column)


def _unescape(debug: str) -> str:
    """The key jiter names in Rust's ``{:?}`` spelling (``\\"``, ``\\n``, ``\\u{1f}``...)
    decoded; ``tests/unit/common/test_jsondoc.py`` fails if jiter spells it otherwise."""

    def one(m: re.Match[str]) -> str:
        if m["code"] is not None:
            return chr(int(m["code"], 16))
        return _RUST_CHARS.get(m["char"], m["char"])

    return _RUST_ESCAPE.sub(one, debug)
