"""Every simulated payload against the wire contract as ingest implements it.

Good messages must parse into rows with ``ingest.payloads.parse_message`` (the
wire contract as ingest reads it, docs/mqtt.md); every injected fault other than a
duplicate must be rejected with the quarantine reason it is labelled with. If
``ingest/schemas/`` holds JSON Schemas, good payloads must validate against them too.
"""

from __future__ import annotations

import functools
import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.errors import MessageRejectedError
from ingest.payloads import Limits, parse_message
from sim.model import TPE, Fault, SimMessage
from sim.registry import Registry
from sim.scenarios import SCENARIOS, get_scenario

SCHEMAS = Path(__file__).parents[3] / "ingest" / "schemas"


def _receive_time(m: SimMessage) -> datetime:
    # Received one second after the observation (identity time map: obs = scenario time).
    return m.scenario_time + timedelta(seconds=1)


def _kinds(registry: Registry) -> dict[str, str]:
    return {s.sensor_id: s.kind for s in registry}


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_good_messages_parse_and_faults_are_rejected_for_their_reason(
    name: str, registry: Registry, start: datetime
) -> None:
    duration = timedelta(hours=12) if name == "typhoon" else timedelta(hours=2)
    kinds = _kinds(registry)
    limits = Limits()
    counted = 0
    for m in get_scenario(name).generate(registry, start, 4, duration):
        if m.fault is None or m.fault is Fault.DUPLICATE:
            parsed = parse_message(m.topic, m.payload, now=_receive_time(m), registry=kinds, limits=limits)
            assert parsed.readings or parsed.events, m.topic
            assert not parsed.late, m.topic
            counted += 1
        else:
            with pytest.raises(MessageRejectedError) as err:
                parse_message(m.topic, m.payload, now=_receive_time(m), registry=kinds, limits=limits)
            assert str(err.value.reason) == str(m.fault), (m.topic, m.payload)
    assert counted > 100


def test_vd_minus_99_is_not_stored(registry: Registry, start: datetime) -> None:
    kinds = _kinds(registry)
    seen = 0
    for m in get_scenario("normal_day").generate(registry, start, 2):
        if "/vd/" in m.topic and b"-99" in m.payload:
            parsed = parse_message(m.topic, m.payload, now=_receive_time(m), registry=kinds, limits=Limits())
            assert all(r.value != -99 for r in parsed.readings)
            seen += 1
    assert seen > 0  # the normal day does emit some invalid lane values


@settings(max_examples=15, deadline=None)
@given(
    seed=st.integers(min_value=0, max_value=2**31),
    offset_min=st.integers(min_value=0, max_value=7 * 24 * 60),
)
def test_any_seed_and_start_gives_valid_reproducible_messages(registry: Registry, seed: int, offset_min: int) -> None:
    start = datetime(2026, 1, 5, tzinfo=TPE) + timedelta(minutes=offset_min)
    sc = get_scenario("typhoon")
    a = list(sc.generate(registry, start, seed, timedelta(minutes=30)))
    assert a == list(sc.generate(registry, start, seed, timedelta(minutes=30)))
    kinds = _kinds(registry)
    for m in a:
        parse_message(m.topic, m.payload, now=_receive_time(m), registry=kinds, limits=Limits())


@functools.cache
def _validator_for(topic_kind: str) -> Any:
    """A compiled validator of ``ingest/schemas/{topic_kind}.json``, or ``None``."""
    import jsonschema

    path = SCHEMAS / f"{topic_kind}.json"
    if not path.exists():
        return None
    schema = json.loads(path.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def _kind_of(topic: str) -> str:
    """``{domain}.{feed}``, or ``status`` for status topics (the schema file names)."""
    _, _, domain, feed, *rest = topic.split("/")
    return "status" if rest[1:] == ["status"] else f"{domain}.{feed}"


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_good_payloads_validate_against_ingest_json_schemas(name: str, registry: Registry, start: datetime) -> None:
    # Six typhoon hours include its reports, cameras and 1999 calls.
    duration = timedelta(hours=6) if name == "typhoon" else timedelta(hours=2)
    checked: set[str] = set()
    for m in get_scenario(name).generate(registry, start, 4, duration):
        if m.fault is not None:
            continue
        validator = _validator_for(_kind_of(m.topic))
        assert validator is not None, f"no JSON Schema for {m.topic} in {SCHEMAS}"
        validator.validate(json.loads(m.payload))
        checked.add(_kind_of(m.topic))
    assert {"status", "disaster.rain", "traffic.vd"} <= checked


@pytest.mark.parametrize(("name", "full"), [("convention_event", True), ("normal_day", False)])
def test_a_car_park_full_for_an_event_says_so_in_its_state(
    registry: Registry, start: datetime, name: str, full: bool
) -> None:
    """The convention's nearest car parks fill up: their messages say ``state: full`` beside the
    counts (docs/mqtt.md), which ingest stores as the car park's event, and the venue's own says
    ``empty`` once emptied after the event, then ``closed``; an ordinary day says none."""
    kinds = _kinds(registry)
    states = []
    for m in get_scenario(name).generate(registry, start, 3, timedelta(hours=8)):
        if "/parking/" in m.topic and not m.topic.endswith("/status") and m.fault is None:
            parsed = parse_message(m.topic, m.payload, now=_receive_time(m), registry=kinds, limits=Limits())
            states += [(e.feed, e.category) for e in parsed.events]
            assert parsed.readings
    assert set(states) == ({("parking", "full"), ("parking", "empty"), ("parking", "closed")} if full else set())
