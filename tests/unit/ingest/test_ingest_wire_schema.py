"""The published JSON Schemas match the parser: up to date, and every accepted payload validates."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from hypothesis import given, settings
from jsonschema import Draft202012Validator

from ingest.wire_schema import SCHEMA_DIR, render, schemas
from tests.unit.ingest.ingest_strategies import NOW, messages
from tests.unit.ingest.test_ingest_payloads import VD, _outcome
from tests.unit.ingest.test_ingest_payloads_edges import _OBSERVED_AT, VALID, dump, outcome

VALIDATORS = {name: Draft202012Validator(s) for name, s in schemas().items()}


def _schema_for(topic: str) -> Draft202012Validator:
    parts = topic.split("/")
    return VALIDATORS["status.json" if len(parts) == 6 else f"{parts[2]}.{parts[3]}.json"]


@pytest.mark.parametrize("name", sorted(VALIDATORS))
def test_schema_files_are_up_to_date(name: str) -> None:
    Draft202012Validator.check_schema(schemas()[name])
    assert (SCHEMA_DIR / name).read_text(encoding="utf-8") == render(schemas()[name]), (
        "run: python -m ingest.wire_schema"
    )


def test_examples_validate_and_bad_shapes_do_not() -> None:
    v = _schema_for("soc/v1/traffic/vd/VD1")
    assert v.is_valid(VD)
    assert v.is_valid({"batch": [VD, VD]})
    assert not v.is_valid({"batch": []})
    flood = _schema_for("soc/v1/disaster/flood/FL1")
    assert flood.is_valid({"ts": "2016-06-02T17:10:00+08:00", "value": 18})
    assert not flood.is_valid({"ts": "2016-06-02T17:10:00+08:00", "value": "18"})
    assert not flood.is_valid({"ts": "2016-06-02T17:10:00", "value": 18})


@pytest.mark.parametrize("topic", list(VALID))
def test_every_feed_s_valid_documents_validate_in_both_time_spellings(topic: str) -> None:
    """Each feed's full document (every optional part the parser reads) validates, with its
    observation time as ISO 8601 and as epoch milliseconds where the parser takes those."""
    doc = VALID[topic]
    (field,) = _OBSERVED_AT & set(doc)
    ms = int((NOW - timedelta(minutes=10)).timestamp() * 1000)
    checked = 0
    for variant in (doc, {**doc, field: ms}):
        if isinstance(outcome(topic, dump(variant).encode()), Exception):
            assert variant is not doc, topic
            continue
        assert [e.message for e in _schema_for(topic).iter_errors(variant)] == [], (topic, variant)
        checked += 1
    assert checked >= 1


@settings(max_examples=500, deadline=None)
@given(message=messages)
def test_every_accepted_payload_validates_against_its_schema(message: tuple[str, bytes]) -> None:
    topic, payload = message
    outcome = _outcome(topic, payload)
    if isinstance(outcome, Exception):
        return
    doc = json.loads(payload)
    errors = [e.message for e in _schema_for(topic).iter_errors(doc)]
    assert errors == []
