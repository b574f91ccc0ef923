"""A key named twice in one object is refused, at any depth, in every feed.

JSON parsers keep the last of a repeated key, some the first (RFC 8259 §4: names
"SHOULD be unique"; a receiver's choice is unpredictable). ``{"value": 0.1,
"value": 9.9}`` from a flood sensor would be stored as 9.9 here and read as 0.1 by
anything else that looks at the quarantine or the broker's traffic, so such a message is
quarantined as ``invalid_json`` with the key named, as the API refuses such a body. The
expected outcomes come from the document: the texts are written by hand or built by
Hypothesis, never from the parser's own reading.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from ingest.errors import MessageRejectedError, QuarantineReason
from ingest.payloads import Limits, Parsed, parse_message
from tests.unit.ingest.ingest_strategies import NOW, REGISTRY
from tests.unit.ingest.test_ingest_payloads_edges import VALID

LIMITS = Limits()


def outcome(topic: str, text: str) -> Parsed | MessageRejectedError:
    try:
        return parse_message(topic, text.encode(), now=NOW, registry=REGISTRY, limits=LIMITS)
    except MessageRejectedError as exc:
        return exc


def with_repeat(doc: dict[str, Any], key: str, value: Any, *, first: bool) -> str:
    """``doc``'s text with ``key`` named once more, before or after the rest."""
    body = json.dumps(doc, ensure_ascii=False)[1:-1]
    extra = f"{json.dumps(key)}: {json.dumps(value)}"
    return "{" + (f"{extra}, {body}" if first else f"{body}, {extra}") + "}"


@pytest.mark.parametrize("topic", list(VALID))
def test_a_valid_message_of_every_feed_is_accepted(topic: str) -> None:
    assert isinstance(outcome(topic, json.dumps(VALID[topic])), Parsed)


@pytest.mark.parametrize("topic", list(VALID))
@pytest.mark.parametrize("first", [True, False])
def test_every_top_level_key_named_twice_is_refused(topic: str, first: bool) -> None:
    doc = VALID[topic]
    for key, value in doc.items():
        out = outcome(topic, with_repeat(doc, key, value, first=first))  # even the same value twice
        assert isinstance(out, MessageRejectedError), (topic, key)
        assert out.reason is QuarantineReason.INVALID_JSON
        assert f'duplicate key "{key}"' in out.detail


def test_a_repeat_deep_inside_a_batch_is_refused() -> None:
    topic = "soc/v1/traffic/vd/VD1"
    doc = VALID[topic]
    text = json.dumps({"batch": [doc, doc]})
    assert isinstance(outcome(topic, text), Parsed)
    # the second item's innermost object names "Volume" twice
    inner = text.rfind('"Volume"')
    bad = text[:inner] + '"Volume": 1, ' + text[inner:]
    out = outcome(topic, bad)
    assert isinstance(out, MessageRejectedError)
    assert out.reason is QuarantineReason.INVALID_JSON
    assert 'duplicate key "Volume"' in out.detail


def test_a_key_spelled_with_escapes_is_the_same_key() -> None:
    topic = "soc/v1/disaster/flood/FL1"
    ts = VALID[topic]["ts"]
    out = outcome(topic, f'{{"ts": "{ts}", "value": 1, "v\\u0061lue": 30}}')
    assert isinstance(out, MessageRejectedError)
    assert out.reason is QuarantineReason.INVALID_JSON
    assert 'duplicate key "value"' in out.detail


def test_colons_and_quotes_inside_strings_are_no_keys() -> None:
    """Texts full of what looks like keys (times, quoted speech) are no repeats."""
    topic = "soc/v1/citizen/1999/C-1"
    doc = dict(VALID[topic])
    for field in ("description", "text", "summary"):
        if isinstance(doc.get(field), str):
            doc[field] = '民眾說: "水深": 30 cm, "水深":40, 10:05:00 "a" : "a":'
    assert isinstance(outcome(topic, json.dumps(doc, ensure_ascii=False)), Parsed)
    assert isinstance(outcome(topic, json.dumps(doc, ensure_ascii=True)), Parsed)
    assert isinstance(outcome(topic, json.dumps(doc, indent=3)), Parsed)


# The decoder alone, on any JSON document at the edges of every type: tests/unit/common/test_jsondoc.py.


def test_deep_nesting_is_refused_as_invalid_json_not_a_crash() -> None:
    topic = "soc/v1/disaster/flood/FL1"
    for depth in (300, 5000, 40_000):
        out = outcome(topic, '{"a":' * depth + "1" + "}" * depth)
        assert isinstance(out, MessageRejectedError), depth
        assert out.reason in (QuarantineReason.INVALID_JSON, QuarantineReason.SCHEMA), depth
