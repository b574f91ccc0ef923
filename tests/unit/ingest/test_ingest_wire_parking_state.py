"""A car park's state on the wire (docs/mqtt.md, parking): its counts are readings, a
``state`` (full, closed, empty) is also an event; any other value quarantines the message.

Expected values come from docs/mqtt.md (the contract), not from the parser.
"""

from __future__ import annotations

import json
import typing
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from common import vocabulary
from ingest.errors import MessageRejectedError, QuarantineReason
from ingest.payloads import CaseStatusName, Limits, ParkingStateName, Parsed, parse_message
from tests.unit.ingest.ingest_strategies import NOW, REGISTRY

LIMITS = Limits(max_payload_bytes=65_536, max_future_skew=timedelta(minutes=5))
TS = "2016-06-02T17:10:00+08:00"  # = NOW - 10 min
T_TS = datetime(2016, 6, 2, 9, 10, tzinfo=UTC)
PK = "soc/v1/traffic/parking/PK1"
STATES = ("full", "closed", "empty")


def parse(doc: object) -> Parsed:
    return parse_message(PK, json.dumps(doc).encode(), now=NOW, registry=REGISTRY, limits=LIMITS)


def test_the_wire_states_are_the_vocabulary_s_parking_codes() -> None:
    assert set(typing.get_args(ParkingStateName)) == set(vocabulary.codes("parking")) == set(STATES)
    assert set(typing.get_args(CaseStatusName)) == {"dispatched", "on_scene", "returning", "closed"}


@pytest.mark.parametrize("state", STATES)
def test_a_car_park_s_state_is_an_event_beside_its_counts(state: str) -> None:
    p = parse({"ts": TS, "AvailableCar": 0, "TotalCar": 300, "state": state})
    (r,) = p.readings
    assert (r.metric, r.value, r.time) == ("available_car", 0, T_TS)
    (e,) = p.events
    assert (e.domain, e.feed, e.source_id, e.event_key, e.category, e.time) == (
        "traffic", "parking", "PK1", state, state, T_TS)
    assert (e.lon, e.lat) == (None, None)  # the registered car park's place
    assert json.loads(e.payload)["state"] == state


def test_a_state_alone_is_an_event_without_readings() -> None:
    p = parse({"ts": TS, "state": "closed"})
    assert p.readings == ()
    assert [e.category for e in p.events] == ["closed"]


def test_counts_without_a_state_are_readings_only() -> None:
    p = parse({"ts": TS, "AvailableCar": 12, "TotalCar": 300})
    assert p.events == ()
    assert len(p.readings) == 1


def test_a_batch_keeps_each_state() -> None:
    p = parse({"batch": [{"ts": TS, "state": "full"}, {"ts": "2016-06-02T17:12:00+08:00", "state": "empty"}]})
    assert [e.category for e in p.events] == ["full", "empty"]


@given(st.one_of(st.text(max_size=12), st.integers(), st.booleans(), st.floats(allow_nan=False, allow_infinity=False),
                 st.lists(st.sampled_from(STATES), max_size=2), st.sampled_from([s.upper() for s in STATES]),
                 st.sampled_from([f" {s}" for s in STATES] + [f"{s}\x00" for s in STATES])))
@example("")
@example("Full")
@example("closed ")
def test_any_other_state_quarantines_the_message_as_schema(state: object) -> None:
    doc = {"ts": TS, "AvailableCar": 3, "TotalCar": 300, "state": state}
    if state in STATES:
        assert [e.category for e in parse(doc).events] == [state]
        return
    with pytest.raises(MessageRejectedError) as info:
        parse(doc)
    assert info.value.reason is QuarantineReason.SCHEMA


def test_a_null_state_says_none() -> None:
    assert parse({"ts": TS, "AvailableCar": 3, "state": None}).events == ()


def test_a_state_with_a_bad_count_is_quarantined_whole() -> None:
    with pytest.raises(MessageRejectedError) as info:
        parse({"ts": TS, "AvailableCar": 301, "TotalCar": 300, "state": "full"})
    assert info.value.reason is QuarantineReason.OUT_OF_RANGE


def test_a_state_keeps_the_message_s_time_checks() -> None:
    with pytest.raises(MessageRejectedError) as info:
        parse({"ts": "2016-06-02T17:10:00", "state": "closed"})
    assert info.value.reason is QuarantineReason.NAIVE_TIMESTAMP
