"""The parser is total at the edges of every JSON type, in every field of every feed.

Documents are written as JSON *text* (not through ``json.dumps``) so that the
edges Python would refuse to produce reach the parser: integers of hundreds or
thousands of digits, ``1e99999``, ``-0``, denormals, NaN and Infinity spelled
every way, deep nesting, long strings, lone surrogate escapes, duplicate keys,
and wrong types. Every message ends as rows or as a rejection with a specific
reason; the last-resort ``parser_error`` is for bugs, so none of these may
reach it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta, timezone
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest import payloads
from ingest.consumer import Consumer
from ingest.errors import MessageRejectedError, QuarantineReason
from ingest.parsing import parse_or_reject
from ingest.payloads import Limits, Parsed, parse_message
from ingest.store import Message
from tests.unit.ingest.ingest_strategies import NOW, REGISTRY

LIMITS = Limits()


@dataclass(frozen=True)
class Raw:
    """JSON text inserted verbatim."""

    text: str


def dump(doc: object) -> str:
    """JSON text of ``doc`` where :class:`Raw` parts go in verbatim (and dict items may repeat)."""
    if isinstance(doc, Raw):
        return doc.text
    if isinstance(doc, dict):
        return "{" + ",".join(f"{json.dumps(k)}:{dump(v)}" for k, v in doc.items()) + "}"
    if isinstance(doc, list):
        return "[" + ",".join(dump(v) for v in doc) + "]"
    return json.dumps(doc)


TS = (NOW - timedelta(minutes=5)).isoformat()
POINT = {"type": "Point", "coordinates": [120.65, 24.18]}
LANE = {"LaneID": 0, "Speed": 40, "Occupancy": 10, "Vehicles": [{"VehicleType": "S", "Volume": 5}]}

#: A valid observation per topic; the edges replace one field (or sub-field) at a time.
VALID: dict[str, dict[str, Any]] = {
    "soc/v1/disaster/rain/RAIN1": {"ts": TS, "values": {"RAIN": 1.5, "HOUR_24": 30}},
    "soc/v1/disaster/water_level/WL1": {"ts": TS, "value": 157.41},
    "soc/v1/disaster/flood/FL1": {"ts": TS, "value": 12},
    "soc/v1/disaster/fire_alarm/FA1": {"ts": TS, "state": "alarm"},
    "soc/v1/disaster/cap/CAP-1": {
        "identifier": "CAP-1", "sender": "cwa", "sent": TS, "status": "Actual", "msgType": "Alert",
        "info": {"event": "typhoon", "severity": "Severe"},
    },
    "soc/v1/traffic/vd/VD1": {"VDID": "VD1", "DataCollectTime": TS, "LinkFlows": [{"Lanes": [LANE]}]},
    "soc/v1/traffic/parking/PK1": {"ts": TS, "AvailableCar": 10, "TotalCar": 100},
    "soc/v1/traffic/signal/SG1": {"ts": TS, "state": "fault"},
    "soc/v1/police/incident/R-1": {
        "ts": TS, "category": "traffic", "severity": "Minor", "location": POINT, "unit": "u1", "text": "x",
    },
    "soc/v1/police/cctv/CC1": {"ts": TS, "event": "crowding", "confidence": 0.9, "location": POINT},
    "soc/v1/citizen/1999/C-1": {
        "caseId": "C-1", "category": "road", "district": "西屯區", "location": POINT, "createdAt": TS,
    },
    "soc/v1/traffic/vd/VD1/status": {"ts": TS, "state": "offline"},
    "soc/v1/traffic/vd/VD2/status": {"ts": TS, "state": "offline", "reason": "mains_power_lost"},
    "soc/v1/traffic/vd/VD2": {
        "VDID": "VD2", "DataCollectTime": TS,
        "LinkFlows": [{"Bearing": "N", "Lanes": [LANE]}, {"Bearing": "S", "Lanes": [LANE]}],
    },
    "soc/v1/police/cctv/CC2": {"ts": TS, "event": "crowding", "confidence": 0.9, "location": POINT, "motion": "moving"},
    "soc/v1/police/incident/R-2": {
        "ts": TS, "category": "traffic", "severity": "Minor", "location": POINT, "unit": "u1", "follows": ["R-1"],
    },
    "soc/v1/citizen/1999/C-2": {
        "caseId": "C-2", "category": "road", "district": "西屯區", "location": POINT, "createdAt": TS,
        "status": "done", "updatedAt": TS,
    },
    "soc/v1/fire/119/F-1": {
        "ts": TS, "category": "fire", "location": POINT, "status": "on_scene", "severity": "Severe",
        "units": ["u1"], "text": "x",
    },
    "soc/v1/disaster/cap/CAP-2": {
        "identifier": "CAP-2", "sender": "wra", "sent": TS, "status": "Actual", "msgType": "Update",
        "references": "wra,CAP-1,2016-06-02T16:00:00+08:00",
        "info": [{"event": "淹水", "severity": "Severe", "area": [
            {"areaDesc": "a", "circle": "24.18,120.65 0.5"},
            {"areaDesc": "b", "polygon": ["24.18,120.65 24.18,120.66 24.19,120.66 24.18,120.65"]},
        ]}],
    },
    "soc/v1/police/planned_event/P-1": {
        "ts": TS, "category": "concert", "start": TS, "end": "2016-06-02T20:00:00+08:00",
        "area": {"type": "Point", "coordinates": [120.65, 24.18], "radius_m": 300}, "expected_attendance": 100,
    },
    "soc/v1/police/planned_event/P-2": {
        "ts": TS, "category": "march", "start": TS, "end": "2016-06-02T20:00:00+08:00", "status": "amended",
        "area": {"type": "Polygon", "coordinates": [[[120.65, 24.18], [120.66, 24.18], [120.66, 24.19],
                                                      [120.65, 24.18]]]},
    },
}

BIG = ["1" + "0" * k for k in (19, 20, 308, 309, 310, 400, 1000, 4299, 4300, 4301, 5000)]
EDGES: list[str] = [
    *BIG, *("-" + b for b in BIG), "9" * 4300, "-" + "9" * 4301,
    "1e99999", "-1e99999", "1E+99999", "1e-99999", "-0", "-0.0", "0e0", "-0e-0",
    "4.9e-324", "5e-324", "2.2250738585072014e-308", "1.7976931348623157e308", "1.8e308",
    "NaN", "nan", "-NaN", "+NaN", "Infinity", "-Infinity", "+Infinity", "inf", "-inf", "Inf", "INF",
    "infinity", '"NaN"', '"Infinity"', '"1e99999"',
    "true", "false", "null", '""', '"12"', "[]", "{}", "[1,2,3]", '{"a":1}',
    '"\\ud800"', '"\\udfff"', '"a\\ud800b"', '"\\udc00\\ud800"', '"\\u0000"', '"\\ud83d\\ude00"',
    '"' + "x" * 300_000 + '"', '"' + "水" * 70_000 + '"',
    "[" * 100 + "]" * 100, "[" * 300 + "]" * 300, "[" * 5000 + "]" * 5000,
    '{"a":' * 150 + "1" + "}" * 150, '{"a":' * 3000 + "1" + "}" * 3000,
    "1.0000000000000000000000000000000000001", "0." + "0" * 500 + "1", "1" + "0" * 400 + ".0",
]


def _paths(doc: object, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every path into ``doc`` (dict keys and list indexes), the root included."""
    yield prefix
    if isinstance(doc, dict):
        for k, v in doc.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            yield from _paths(v, (*prefix, i))


def _replace(doc: Any, path: tuple[Any, ...], value: object) -> Any:
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(doc, dict):
        return {k: (_replace(v, rest, value) if k == head else v) for k, v in doc.items()}
    return [(_replace(v, rest, value) if i == head else v) for i, v in enumerate(doc)]


CASES = [(topic, path) for topic, doc in VALID.items() for path in _paths(doc)]


def outcome(topic: str, payload: bytes) -> Parsed | MessageRejectedError:
    try:
        return parse_message(topic, payload, now=NOW, registry=REGISTRY, limits=LIMITS)
    except MessageRejectedError as exc:
        return exc


def assert_total(topic: str, payload: bytes) -> Parsed | MessageRejectedError:
    """Rows or a specific rejection; nothing raised, and never the bug guard."""
    out = outcome(topic, payload)
    if isinstance(out, MessageRejectedError):
        assert out.reason is not QuarantineReason.PARSER_ERROR, (topic, payload[:200], out.detail)
        assert out.topic == topic
    else:
        for r in out.readings:
            assert isinstance(r.value, float)
            assert -1e6 < r.value < 1e6
        for e in out.events:
            json.loads(e.payload)
            assert e.lon is None or 118 <= e.lon <= 123
    return out


def test_the_valid_documents_are_accepted() -> None:
    for topic, doc in VALID.items():
        assert isinstance(outcome(topic, dump(doc).encode()), Parsed), topic


@pytest.mark.parametrize(
    ("topic", "path"),
    [
        ("soc/v1/disaster/water_level/WL1", ("value",)),
        ("soc/v1/disaster/flood/FL1", ("value",)),
        ("soc/v1/disaster/rain/RAIN1", ("values", "RAIN")),
        ("soc/v1/traffic/parking/PK1", ("AvailableCar",)),
        ("soc/v1/traffic/vd/VD1", ("LinkFlows", 0, "Lanes", 0, "Speed")),
        ("soc/v1/traffic/vd/VD1", ("LinkFlows", 0, "Lanes", 0, "Vehicles", 0, "Volume")),
        ("soc/v1/police/cctv/CC1", ("confidence",)),
        ("soc/v1/police/incident/R-1", ("location", "coordinates", 0)),
        ("soc/v1/citizen/1999/C-1", ("location", "coordinates", 1)),
    ],
)
@pytest.mark.parametrize("digits", [310, 400, 1000, 4300])
def test_an_integer_of_hundreds_of_digits_is_out_of_range_not_a_crash(
    topic: str, path: tuple[Any, ...], digits: int
) -> None:
    """The crash loop: 310-4,300 digits made float() raise OverflowError out of the parser."""
    doc = _replace(VALID[topic], path, Raw("9" * digits))
    out = outcome(topic, dump(doc).encode())
    assert isinstance(out, MessageRejectedError)
    assert out.reason is QuarantineReason.OUT_OF_RANGE


@pytest.mark.parametrize(("topic", "path"), CASES)
def test_every_edge_in_every_field(topic: str, path: tuple[Any, ...]) -> None:
    for edge in EDGES:
        assert_total(topic, dump(_replace(VALID[topic], path, Raw(edge))).encode())


@pytest.mark.parametrize("topic", list(VALID))
def test_duplicate_keys_and_batches_of_edges(topic: str) -> None:
    doc = VALID[topic]
    for key in doc:
        for edge in ("9" * 400, "1e99999", '"\\ud800"', "null"):
            text = "{" + dump(doc)[1:-1] + f",{json.dumps(key)}:{edge}" + "}"  # the key twice, edge last
            assert_total(topic, text.encode())
            text = "{" + f"{json.dumps(key)}:{edge}," + dump(doc)[1:-1] + "}"  # edge first, valid last
            assert_total(topic, text.encode())
    assert_total(topic, ('{"batch":[' + dump(doc) + ',{"ts":' + "9" * 500 + "}]}").encode())
    assert_total(topic, ('{"batch":[' + dump(doc) + "]," + '"batch":[]}').encode())


json_edge = st.sampled_from(EDGES).map(Raw)
json_scalar = st.one_of(
    json_edge,
    st.integers().map(lambda i: Raw(str(i))),
    st.integers(min_value=300, max_value=4400).map(lambda n: Raw("7" * n)),
    st.floats().map(lambda f: Raw(repr(f) if f == f and abs(f) != float("inf") else "NaN")),
    st.text(max_size=20),
    st.none(), st.booleans(),
)
json_any = st.recursive(
    json_scalar,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)),
    max_leaves=10,
)


@settings(max_examples=500, deadline=None)
@given(case=st.sampled_from(CASES), value=json_any, extra=st.dictionaries(st.text(max_size=8), json_any, max_size=2))
def test_arbitrary_json_in_any_field(case: tuple[str, tuple[Any, ...]], value: object, extra: dict[str, Any]) -> None:
    topic, path = case
    doc = _replace(VALID[topic], path, value)
    if isinstance(doc, dict):
        doc = {**doc, **extra}
    assert_total(topic, dump(doc).encode("utf-8", "surrogatepass"))


def test_the_guard_turns_an_unexpected_exception_into_parser_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_: object) -> object:
        raise ZeroDivisionError("a bug in a converter")

    monkeypatch.setitem(payloads._READINGS, payloads.Feed.FLOOD, broken)
    topic = "soc/v1/disaster/flood/FL1"
    raw = dump(VALID[topic]).encode()
    with pytest.raises(MessageRejectedError) as info:
        parse_message(topic, raw, now=NOW, registry=REGISTRY, limits=LIMITS)
    assert info.value.reason is QuarantineReason.PARSER_ERROR
    assert info.value.detail.startswith("ZeroDivisionError: a bug in a converter")
    assert info.value.topic == topic
    # The worker's entry point returns it; the raw bytes go to quarantine with it.
    out = parse_or_reject(topic, raw, NOW, REGISTRY, LIMITS)
    assert isinstance(out, MessageRejectedError)
    assert out.reason is QuarantineReason.PARSER_ERROR
    # RecursionError and MemoryError are caught as well.
    for exc in (RecursionError("deep"), MemoryError()):
        def raising(*_: object, e: BaseException = exc) -> object:
            raise e

        monkeypatch.setitem(payloads._READINGS, payloads.Feed.FLOOD, raising)
        out = parse_or_reject(topic, raw, NOW, REGISTRY, LIMITS)
        assert isinstance(out, MessageRejectedError)
        assert out.detail.startswith(type(exc).__name__)


def test_a_message_prepare_cannot_handle_is_quarantined_and_the_batch_goes_on() -> None:
    topic = "soc/v1/disaster/flood/FL1"
    good = [Message(topic, dump(VALID[topic]).encode(), outcome(topic, dump(VALID[topic]).encode()))] * 3
    bad = Message(topic, b"{}", object())  # type: ignore[arg-type] - a result prepare() cannot read
    messages = [*good[:2], bad, good[2]]
    prepared = Consumer._prepare(messages)
    assert len(prepared.readings) == 3
    assert [q[2] for q in prepared.quarantine] == ["parser_error"]
    assert prepared.quarantine[0][1] == b"{}"  # the raw bytes are kept


@pytest.mark.parametrize(
    ("topic", "sid"),
    [
        ("soc/v1/disaster/rain/CC1/status", "CC1"),  # a police CCTV
        ("soc/v1/disaster/water_level/VD1/status", "VD1"),  # a traffic VD
        ("soc/v1/police/cctv/FL1/status", "FL1"),
        ("soc/v1/citizen/1999/WL1/status", "WL1"),
    ],
)
def test_a_domain_reports_status_only_for_its_own_devices(topic: str, sid: str) -> None:
    out = outcome(topic, b'{"state": "offline"}')
    assert isinstance(out, MessageRejectedError)
    assert out.reason is QuarantineReason.FOREIGN_DEVICE
    assert out.source_id == sid


def test_own_domain_status_is_accepted() -> None:
    for topic in ("soc/v1/police/cctv/CC1/status", "soc/v1/traffic/vd/VD1/status", "soc/v1/disaster/rain/WL1/status"):
        assert isinstance(outcome(topic, b'{"state": "offline"}'), Parsed), topic


@settings(max_examples=300, deadline=None)
@given(lane_id=st.one_of(st.integers(), st.integers(-(10**400), 10**400), st.integers(-3, 1200)))
def test_a_lane_id_beyond_a_detector_s_lanes_is_refused_not_stored_as_a_metric(lane_id: int) -> None:
    """A lane id names metrics (``lane{LaneID}.speed_kmh``): one of hundreds of digits or a
    negative one is no lane of a detector and must not become a stored metric name."""
    doc = {"DataCollectTime": NOW.isoformat(), "LinkFlows": [{"Lanes": [dict(LANE, LaneID=lane_id)]}]}
    out = assert_total("soc/v1/traffic/vd/VD1", dump(doc).encode())
    if 0 <= lane_id <= payloads.MAX_LANE_ID:
        assert isinstance(out, Parsed)
        assert {r.metric for r in out.readings} >= {f"lane{lane_id}.speed_kmh", f"lane{lane_id}.volume_veh"}
    else:
        assert isinstance(out, MessageRejectedError)
        assert out.reason is QuarantineReason.SCHEMA


#: Each feed's observation time (docs/mqtt.md): the field a future value is refused in (a
#: 1999 case's ``updatedAt`` moves with its ``createdAt``: it may not lie before it).
_OBSERVED_AT = {"ts", "DataCollectTime", "sent", "createdAt"}


@pytest.mark.parametrize("topic", list(VALID))
def test_an_observation_time_past_the_future_skew_is_refused_in_every_feed(topic: str) -> None:
    """The edge of the future-skew limit, in each feed's time field and in both ISO spellings:
    one second past it is ``future_timestamp``, the limit itself is accepted."""
    doc = VALID[topic]
    fields = sorted(_OBSERVED_AT & set(doc))
    assert len(fields) == 1, (topic, fields)
    moved = [*fields, *({"updatedAt"} & set(doc))]
    limit = NOW + LIMITS.max_future_skew
    for at, future in ((limit, False), (limit + timedelta(seconds=1), True)):
        for spelled in (at.isoformat(), at.astimezone(timezone(timedelta(hours=8))).isoformat(),
                        at.strftime("%Y-%m-%dT%H:%M:%SZ")):
            out = outcome(topic, dump({**doc, **dict.fromkeys(moved, spelled)}).encode())
            if future:
                assert isinstance(out, MessageRejectedError), (topic, spelled)
                assert out.reason is QuarantineReason.FUTURE_TIMESTAMP, (topic, spelled, out.detail)
            else:
                assert isinstance(out, Parsed), (topic, spelled, out)


#: A report's own word for what it is, which the ops center's text reader reads whole.
CATEGORY_FIELDS = [
    ("soc/v1/police/incident/R-1", ("category",)),
    ("soc/v1/citizen/1999/C-1", ("category",)),
    ("soc/v1/disaster/cap/CAP-1", ("info", "event")),
]


@pytest.mark.parametrize(("topic", "path"), CATEGORY_FIELDS)
@settings(max_examples=30, deadline=None)
@given(length=st.one_of(st.integers(1, payloads.MAX_CATEGORY_CHARS + 40), st.integers(1, 12_000)),
       word=st.sampled_from(["路燈故障", "x", "traffic_accident", "淹水 積水 火災"]))
def test_a_category_longer_than_its_bound_is_schema_and_any_shorter_one_is_accepted(
        topic: str, path: tuple[str, ...], length: int, word: str) -> None:
    """A category of up to ``MAX_CATEGORY_CHARS`` characters is accepted; a longer one (a
    page of words the text reader knows costs the ops center seconds) is ``schema``,
    naming the field."""
    category = (word * length)[:length]
    out = outcome(topic, dump(_replace(VALID[topic], path, category)).encode())
    if length <= payloads.MAX_CATEGORY_CHARS:
        assert isinstance(out, Parsed), (topic, length, out)
    else:
        assert isinstance(out, MessageRejectedError), (topic, length)
        assert out.reason is QuarantineReason.SCHEMA, (topic, length, out.detail)
        assert path[-1] in out.detail, out.detail


@settings(max_examples=200, deadline=None)
@given(topic=st.sampled_from(sorted(VALID)), payload=st.sampled_from([b"", b" ", b"\n", b"null", b"{}"]))
def test_only_an_empty_status_payload_is_a_clear(topic: str, payload: bytes) -> None:
    """An empty payload on a status topic clears a retained last will (MQTT's only way):
    parsed, with nothing to store. Empty on a data topic, or blank (whitespace, ``null``,
    ``{}``) on any topic, is no message and keeps its rejection."""
    out = assert_total(topic, payload)
    if payload == b"" and topic.endswith("/status"):
        assert isinstance(out, Parsed)
        assert (out.readings, out.events, out.late) == ((), (), False)
    else:
        assert isinstance(out, MessageRejectedError)


def test_an_empty_status_payload_of_a_foreign_or_unknown_device_keeps_its_rejection() -> None:
    """A clear is still a message on the device's topic: the domain must own the device."""
    for topic, reason in [("soc/v1/disaster/rain/CC1/status", QuarantineReason.FOREIGN_DEVICE),
                          ("soc/v1/police/cctv/NOPE/status", QuarantineReason.UNREGISTERED_SOURCE)]:
        out = outcome(topic, b"")
        assert isinstance(out, MessageRejectedError)
        assert out.reason is reason
