"""Payload parsing: each feed's shape, the rejection reasons, and the total property."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from ingest.errors import MessageRejectedError, QuarantineReason
from ingest.payloads import Limits, Parsed, ValueObs, _fast_value, parse_message
from tests.unit.ingest.ingest_strategies import NOW, REGISTRY, messages

LIMITS = Limits(max_payload_bytes=4096, max_future_skew=timedelta(minutes=5))
TS = "2016-06-02T17:10:00+08:00"  # = NOW - 10 min


def parse(topic: str, doc: object) -> Parsed:
    raw = doc if isinstance(doc, bytes) else json.dumps(doc).encode()
    return parse_message(topic, raw, now=NOW, registry=REGISTRY, limits=LIMITS)


def rejected(topic: str, doc: object) -> QuarantineReason:
    with pytest.raises(MessageRejectedError) as info:
        parse(topic, doc)
    assert info.value.topic == topic
    return info.value.reason


def metrics(p: Parsed) -> dict[str, float]:
    return {r.metric: r.value for r in p.readings}


def test_rain_maps_cwa_elements_to_metrics() -> None:
    p = parse(
        "soc/v1/disaster/rain/RAIN1",
        {
            "ts": TS,
            "values": {"MIN_10": 4.5, "RAIN": 22, "HOUR_3": 41.5, "HOUR_24": 95.5, "NOW": None},
        },
    )
    assert metrics(p) == {"rain_10m": 4.5, "rain_1h": 22.0, "rain_3h": 41.5, "rain_24h": 95.5}
    assert {r.time for r in p.readings} == {datetime(2016, 6, 2, 9, 10, tzinfo=UTC)}
    assert {r.sensor_id for r in p.readings} == {"RAIN1"}
    assert not p.late


def test_epoch_milliseconds_and_z_are_accepted() -> None:
    ms = int(datetime(2016, 6, 2, 9, 0, tzinfo=UTC).timestamp() * 1000)
    a = parse("soc/v1/disaster/flood/FL1", {"ts": ms, "value": 18})
    b = parse("soc/v1/disaster/flood/FL1", {"ts": "2016-06-02T09:00:00.000Z", "value": 18})
    assert a.readings == b.readings
    assert a.readings[0].metric == "flood_depth_cm"


def test_batch_of_observations() -> None:
    p = parse(
        "soc/v1/disaster/water_level/WL1",
        {
            "batch": [
                {"ts": TS, "value": 157.41},
                {"ts": "2016-06-02T17:00:00+08:00", "value": 157.2},
            ]
        },
    )
    assert [r.value for r in p.readings] == [157.41, 157.2]



def test_a_batch_holds_at_most_10_000_observations() -> None:
    # docs/mqtt.md: `{"batch": [...]}` holds at most 10,000 items; past that the message is oversize.
    # The payload limit is raised so that only the item count decides.
    limits = Limits(max_payload_bytes=10_000_000, max_future_skew=timedelta(minutes=5))
    start_ms = int(NOW.timestamp() * 1000) - 20_000_000

    def batch(n: int) -> bytes:
        return json.dumps({"batch": [{"ts": start_ms + 1000 * i, "value": 157.0} for i in range(n)]}).encode()

    topic = "soc/v1/disaster/water_level/WL1"
    assert len(parse_message(topic, batch(10_000), now=NOW, registry=REGISTRY, limits=limits).readings) == 10_000
    with pytest.raises(MessageRejectedError) as info:
        parse_message(topic, batch(10_001), now=NOW, registry=REGISTRY, limits=limits)
    assert info.value.reason is QuarantineReason.OVERSIZE

def test_late_flag_for_old_observations() -> None:
    p = parse("soc/v1/disaster/flood/FL1", {"ts": "2016-06-02T08:00:00Z", "value": 3})
    assert p.late


VD = {
    "VDID": "VD1",
    "LinkFlows": [
        {
            "LinkID": "L1",
            "Lanes": [
                {
                    "LaneID": 0,
                    "LaneType": 1,
                    "Speed": 40,
                    "Occupancy": 18,
                    "Vehicles": [
                        {"VehicleType": "S", "Volume": 21, "Speed": 43},
                        {"VehicleType": "L", "Volume": 9, "Speed": 38},
                    ],
                },
                {
                    "LaneID": 1,
                    "Speed": 60,
                    "Occupancy": 10,
                    "Vehicles": [{"VehicleType": "S", "Volume": 10}],
                },
                {
                    "LaneID": 2,
                    "Speed": -99,
                    "Occupancy": -99,
                    "Vehicles": [{"VehicleType": "S", "Volume": -99}],
                },
            ],
        }
    ],
    "Status": 0,
    "DataCollectTime": TS,
}


def test_vd_lanes_and_detector_aggregates() -> None:
    m = metrics(parse("soc/v1/traffic/vd/VD1", VD))
    assert m["lane0.volume_veh"] == 30
    assert m["lane1.speed_kmh"] == 60
    assert not any(k.startswith("lane2.") for k in m)  # -99 means "no value"
    assert m["volume_veh"] == 40
    assert m["speed_kmh"] == pytest.approx((40 * 30 + 60 * 10) / 40)
    assert m["occupancy_pct"] == pytest.approx(14)


def test_vd_all_missing_is_accepted_without_rows() -> None:
    doc = json.loads(json.dumps(VD))
    doc["LinkFlows"][0]["Lanes"] = [doc["LinkFlows"][0]["Lanes"][2]]
    assert parse("soc/v1/traffic/vd/VD1", doc).readings == ()


def test_vd_out_of_range_and_mismatched_id() -> None:
    doc = json.loads(json.dumps(VD))
    doc["LinkFlows"][0]["Lanes"][0]["Speed"] = 400
    assert rejected("soc/v1/traffic/vd/VD1", doc) == QuarantineReason.OUT_OF_RANGE
    doc = dict(VD, VDID="VD2")
    assert rejected("soc/v1/traffic/vd/VD1", doc) == QuarantineReason.SCHEMA


def test_parking() -> None:
    p = parse("soc/v1/traffic/parking/PK1", {"ts": TS, "AvailableCar": 12, "TotalCar": 300})
    assert metrics(p) == {"available_car": 12}
    bad = {"ts": TS, "AvailableCar": 301, "TotalCar": 300}
    assert rejected("soc/v1/traffic/parking/PK1", bad) == QuarantineReason.OUT_OF_RANGE


def test_events_keep_original_fields() -> None:
    doc = {
        "ts": TS,
        "category": "traffic_accident",
        "severity": "Severe",
        "location": {"type": "Point", "coordinates": [120.65, 24.18]},
        "unit": "第六分局",
        "text": "兩車擦撞",
        "reporter": "patrol-12",
    }
    (e,) = parse("soc/v1/police/incident/R-1", doc).events
    assert (e.source_id, e.feed, e.category, e.severity) == (
        "R-1",
        "incident",
        "traffic_accident",
        "Severe",
    )
    assert (e.lon, e.lat) == (120.65, 24.18)
    assert json.loads(e.payload) == doc


def test_fire_alarm_signal_cctv_status_cap_1999() -> None:
    (e,) = parse("soc/v1/disaster/fire_alarm/FA1", {"ts": TS, "state": "alarm"}).events
    assert (e.category, e.event_key, e.lon) == ("alarm", "alarm", None)
    (e,) = parse("soc/v1/traffic/signal/SG1", {"ts": TS, "state": "fault"}).events
    assert e.category == "fault"
    (e,) = parse("soc/v1/police/cctv/CC1", {"ts": TS, "event": "wrong_way", "confidence": 0.8}).events
    assert e.category == "wrong_way"
    (e,) = parse("soc/v1/traffic/vd/VD1/status", {"state": "offline"}).events
    assert (e.feed, e.category, e.time) == ("status", "offline", NOW)
    cap = {
        "identifier": "CAP-1",
        "sender": "weather@cwa.gov.tw",
        "sent": TS,
        "status": "Actual",
        "msgType": "Alert",
        "info": {"event": "降雨", "severity": "Moderate", "headline": "大雨特報"},
    }
    (e,) = parse("soc/v1/disaster/cap/CAP-1", cap).events
    assert (e.category, e.severity, e.event_key) == ("降雨", "Moderate", "Alert")
    case = {
        "caseId": "C-1",
        "category": "路燈管理",
        "district": "西屯區",
        "location": {"type": "Point", "coordinates": [120.6549, 24.1958]},
        "createdAt": TS,
        "status": "已派工",
    }
    (e,) = parse("soc/v1/citizen/1999/C-1", case).events
    assert (e.event_key, e.category) == ("已派工", "路燈管理")
    assert rejected("soc/v1/citizen/1999/C-2", case) == QuarantineReason.SCHEMA


@pytest.mark.parametrize(
    ("topic", "payload", "reason"),
    [
        ("soc/v1/disaster/flood/FL1", b"\xff\xfe", QuarantineReason.INVALID_UTF8),
        ("soc/v1/disaster/flood/FL1", b'{"ts": ', QuarantineReason.INVALID_JSON),
        ("soc/v1/disaster/flood/FL1", b'{"ts": 1, "value": NaN}', QuarantineReason.INVALID_JSON),
        ("soc/v1/disaster/flood/FL1", {"ts": TS, "value": "18"}, QuarantineReason.SCHEMA),
        ("soc/v1/disaster/flood/FL1", {"ts": TS, "value": True}, QuarantineReason.SCHEMA),
        ("soc/v1/disaster/flood/FL1", {"ts": TS}, QuarantineReason.SCHEMA),
        ("soc/v1/disaster/flood/FL1", {"batch": []}, QuarantineReason.SCHEMA),
        ("soc/v1/disaster/flood/FL1", {"ts": TS, "value": -1}, QuarantineReason.OUT_OF_RANGE),
        (
            "soc/v1/disaster/flood/FL1",
            b'{"ts": 1464858600000, "value": 1e400}',
            QuarantineReason.OUT_OF_RANGE,
        ),
        (
            "soc/v1/disaster/flood/FL1",
            {"ts": "2016-06-02T17:10:00", "value": 1},
            QuarantineReason.NAIVE_TIMESTAMP,
        ),
        (
            "soc/v1/disaster/flood/FL1",
            {"ts": "2016-06-02", "value": 1},
            QuarantineReason.NAIVE_TIMESTAMP,
        ),
        (
            "soc/v1/disaster/flood/FL1",
            {"ts": "2016-06-02T18:00:00+08:00", "value": 1},
            QuarantineReason.FUTURE_TIMESTAMP,
        ),
        (
            "soc/v1/disaster/flood/FL1",
            {"ts": 1464858600, "value": 1},
            QuarantineReason.INVALID_TIMESTAMP,
        ),
        (
            "soc/v1/disaster/flood/FL1",
            {"ts": "yesterday", "value": 1},
            QuarantineReason.INVALID_TIMESTAMP,
        ),
        (
            "soc/v1/disaster/flood/NOPE",
            {"ts": TS, "value": 1},
            QuarantineReason.UNREGISTERED_SOURCE,
        ),
        ("soc/v1/disaster/flood/RAIN1", {"ts": TS, "value": 1}, QuarantineReason.KIND_MISMATCH),
        ("soc/v1/weather/flood/FL1", {"ts": TS, "value": 1}, QuarantineReason.UNKNOWN_FEED),
        ("soc/v1/disaster/flood/FL1", b"[" + b" " * 5000 + b"]", QuarantineReason.OVERSIZE),
        (
            "soc/v1/disaster/fire_alarm/FA1",
            {"ts": TS, "state": "alarm", "x": "a\u0000b"},
            QuarantineReason.SCHEMA,
        ),
        (
            "soc/v1/police/cctv/CC1",
            {
                "ts": TS,
                "event": "crowding",
                "confidence": 0.5,
                "location": {"type": "Point", "coordinates": [0, 0]},
            },
            QuarantineReason.OUT_OF_RANGE,
        ),
    ],
)
def test_rejections(topic: str, payload: object, reason: QuarantineReason) -> None:
    assert rejected(topic, payload) == reason


def _outcome(topic: str, payload: bytes) -> Parsed | MessageRejectedError:
    try:
        return parse_message(topic, payload, now=NOW, registry=REGISTRY, limits=LIMITS)
    except MessageRejectedError as exc:
        return exc


@settings(max_examples=1000, deadline=None)
@given(message=messages)
def test_every_message_is_parsed_or_rejected_with_a_reason(message: tuple[str, bytes]) -> None:
    """The total property: rows out, or a typed rejection; never another exception."""
    topic, payload = message
    outcome = _outcome(topic, payload)
    if isinstance(outcome, MessageRejectedError):
        assert outcome.reason in set(QuarantineReason)
        assert outcome.topic == topic
        return
    p = outcome
    for r in p.readings:
        assert r.sensor_id == p.topic.source_id
        assert r.time.tzinfo is not None
        assert r.time <= NOW + LIMITS.max_future_skew
    for e in p.events:
        assert e.source_id == p.topic.source_id
        json.loads(e.payload)
        assert "\x00" not in e.payload


_json_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(min_value=-(2**60), max_value=2**60),
    st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=30),
)


@given(raw=st.one_of(
    st.dictionaries(st.sampled_from(["ts", "value", "extra"]), st.one_of(_json_scalars, st.lists(_json_scalars))),
    _json_scalars,
    st.lists(_json_scalars, max_size=2),
))
def test_the_value_fast_path_accepts_only_what_pydantic_accepts_with_the_same_values(raw: object) -> None:
    fast = _fast_value(raw)
    try:
        model = ValueObs.model_validate(raw)
    except ValidationError:
        assert fast is None
        return
    if fast is not None:
        assert (fast.ts, fast.value) == (model.ts, model.value)
        assert (type(fast.ts), type(fast.value)) == (type(model.ts), type(model.value))


@pytest.mark.parametrize(
    ("doc", "field", "problem"),
    [
        ({"ts": TS, "state": "alarm", "text": "a\u0000b"}, "text", "NUL character"),
        ({"ts": TS, "state": "alarm", "x": {"note": ["ok", "a\u0000b"]}}, "x.note[1]", "NUL character"),
        ({"ts": TS, "state": "alarm", "n": 2**64}, "n", "beyond 64 bits"),
        # A lone surrogate, escaped (the only way valid UTF-8 can carry one): refused by the
        # decoder, then named by its field like the others.
        ({"ts": TS, "state": "alarm", "text": "a\ud800b"}, "text", "lone surrogate"),
        ({"ts": TS, "state": "alarm", "note": "a\udc00b"}, "note", "lone surrogate"),
        ({"ts": TS, "state": "alarm", "label": "ab\ud800"}, "label", "lone surrogate"),
        ({"ts": TS, "state": "alarm", "x": {"note": ["ok", "\udfff"]}}, "x.note[1]", "lone surrogate"),
        ({"ts": TS, "state": "alarm", "x": {"n\ud800": 1}}, "x.n\\ud800 (its name)", "lone surrogate"),
    ],
)
def test_a_value_that_cannot_be_stored_is_quarantined_naming_its_field_and_problem(
    doc: dict[str, object], field: str, problem: str
) -> None:
    with pytest.raises(MessageRejectedError) as info:
        parse("soc/v1/disaster/fire_alarm/FA1", doc)
    assert info.value.reason == QuarantineReason.SCHEMA
    assert info.value.detail.startswith(f"{field}: "), info.value.detail
    assert problem in info.value.detail, info.value.detail


def test_a_broken_escape_that_is_no_surrogate_stays_invalid_json() -> None:
    raw = b'{"ts": "2016-06-02T07:00:00Z", "state": "alarm", "text": "a\\u12"}'
    assert rejected("soc/v1/disaster/fire_alarm/FA1", raw) == QuarantineReason.INVALID_JSON
