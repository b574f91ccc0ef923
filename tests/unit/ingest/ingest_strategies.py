"""Hypothesis strategies for MQTT messages of the wire contract (valid, near-valid, garbage)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from hypothesis import strategies as st

NOW = datetime(2016, 6, 2, 9, 20, tzinfo=UTC)

#: Registry used by the generated messages: sensor_id -> kind.
REGISTRY: dict[str, str] = {
    "RAIN1": "rain",
    "WL1": "water_level",
    "FL1": "flood",
    "FA1": "fire_alarm",
    "VD1": "vd",
    "PK1": "parking",
    "SG1": "signal",
    "CC1": "cctv",
    "VD2": "vd",
    "CC2": "cctv",
}

TOPICS = [
    "soc/v1/disaster/rain/RAIN1",
    "soc/v1/disaster/water_level/WL1",
    "soc/v1/disaster/flood/FL1",
    "soc/v1/disaster/fire_alarm/FA1",
    "soc/v1/disaster/cap/CAP-1",
    "soc/v1/traffic/vd/VD1",
    "soc/v1/traffic/parking/PK1",
    "soc/v1/traffic/signal/SG1",
    "soc/v1/police/incident/R-1",
    "soc/v1/police/cctv/CC1",
    "soc/v1/citizen/1999/C-1",
    "soc/v1/traffic/vd/VD1/status",
    "soc/v1/fire/119/F-1",
    "soc/v1/police/planned_event/P-1",
    # wrong ones
    "soc/v1/disaster/rain/NOPE",
    "soc/v1/disaster/flood/RAIN1",
    "soc/v1/weather/rain/RAIN1",
    "soc/v1/disaster/rain",
]

timestamps = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70),
    st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=st.just(UTC)).map(
        lambda d: d.isoformat()
    ),
    st.datetimes(min_value=datetime(1985, 1, 1), max_value=datetime(2017, 1, 1)).map(lambda d: d.isoformat()),
    st.just((NOW - timedelta(minutes=5)).isoformat()),
    st.just(int((NOW - timedelta(minutes=1)).timestamp() * 1000)),
    st.text(max_size=30),
)
numbers = st.one_of(
    st.integers(min_value=-(2**64), max_value=2**64),
    st.floats(allow_nan=False),
    st.just(-99),
    st.floats(min_value=0, max_value=100),
)
scalars = st.one_of(st.none(), st.booleans(), numbers, st.text(max_size=20))
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)),
    max_leaves=20,
)
points = st.fixed_dictionaries(
    {
        "type": st.sampled_from(["Point", "Line"]),
        "coordinates": st.one_of(
            st.tuples(st.floats(118, 123), st.floats(21, 27)).map(list),
            st.lists(numbers, max_size=3),
        ),
    }
)


def _families() -> dict[str, st.SearchStrategy[dict[str, object]]]:
    lane = st.fixed_dictionaries(
        {
            "LaneID": st.integers(0, 3),
            "Speed": numbers,
            "Occupancy": numbers,
            "Vehicles": st.lists(
                st.fixed_dictionaries({"VehicleType": st.sampled_from("SLT"), "Volume": numbers}),
                max_size=3,
            ),
        }
    )
    return {
        "rain": st.fixed_dictionaries(
            {
                "ts": timestamps,
                "values": st.dictionaries(
                    st.sampled_from(["MIN_10", "RAIN", "HOUR_3", "HOUR_24", "NOW", "X"]),
                    st.one_of(st.none(), numbers),
                ),
            }
        ),
        "value": st.fixed_dictionaries({"ts": timestamps, "value": st.one_of(numbers, scalars)}),
        "state": st.fixed_dictionaries(
            {
                "ts": timestamps,
                "state": st.sampled_from(["alarm", "fault", "normal", "restored", "online", "offline", "x"]),
            },
            optional={"reason": st.sampled_from(["mains_power_lost", "comms_lost", "maintenance", "x"])},
        ),
        "vd": st.fixed_dictionaries(
            {
                "DataCollectTime": timestamps,
                "LinkFlows": st.lists(
                    st.fixed_dictionaries(
                        {"Lanes": st.lists(lane, max_size=3)},
                        optional={"Bearing": st.sampled_from(["N", "S", "E", "up"])},
                    ),
                    max_size=2,
                ),
            }
        ),
        "parking": st.fixed_dictionaries({"ts": timestamps, "AvailableCar": numbers, "TotalCar": st.integers(0, 500)}),
        "incident": st.fixed_dictionaries(
            {
                "ts": timestamps,
                "category": st.text(max_size=5),
                "severity": st.sampled_from(["Minor", "Severe", "bad"]),
                "location": points,
                "unit": st.text(max_size=5),
            },
            optional={"follows": st.one_of(st.lists(st.sampled_from(["R-1", "R-0", "a/b", ""]), max_size=3),
                                           json_values)},
        ),
        "cctv": st.fixed_dictionaries(
            {
                "ts": timestamps,
                "event": st.sampled_from(["crowding", "wrong_way", "smoke", "signal_dark", "dance"]),
                "confidence": numbers,
            },
            optional={"motion": st.sampled_from(["moving", "standing", "x"])},
        ),
        "case": st.fixed_dictionaries(
            {
                "caseId": st.sampled_from(["C-1", "C-2"]),
                "category": st.text(max_size=5),
                "district": st.just("西屯區"),
                "location": points,
                "createdAt": timestamps,
            },
            optional={"updatedAt": timestamps, "status": st.text(max_size=5)},
        ),
        "dispatch": st.fixed_dictionaries(
            {
                "ts": timestamps,
                "category": st.sampled_from(["fire", "rescue", "ambulance", "hazmat", "flood"]),
                "location": points,
            },
            optional={"status": st.sampled_from(["dispatched", "on_scene", "x"]), "units": json_values},
        ),
        "permit": st.fixed_dictionaries(
            {
                "ts": timestamps,
                "category": st.sampled_from(["concert", "march", "exhibition", "road_works", "party"]),
                "start": timestamps,
                "end": timestamps,
                "area": st.one_of(
                    points.map(lambda p: {**p, "radius_m": 300}),
                    st.fixed_dictionaries({"type": st.just("Point"), "coordinates": st.just([120.65, 24.18]),
                                           "radius_m": st.one_of(numbers, scalars)}),
                    st.fixed_dictionaries({
                        "type": st.sampled_from(["Polygon", "MultiPolygon"]),
                        "coordinates": st.one_of(
                            st.lists(st.lists(st.tuples(st.floats(118, 123), st.floats(21, 27)).map(list),
                                              min_size=3, max_size=6).map(lambda r: [*r, r[0]]),
                                     min_size=1, max_size=2),
                            json_values,
                        ),
                    }),
                ),
            },
            optional={"status": st.sampled_from(["approved", "amended", "cancelled", "x"]),
                      "expected_attendance": numbers},
        ),
        "other": st.dictionaries(st.text(max_size=10), json_values, max_size=5),
    }


FAMILIES = _families()
observations = st.one_of(*FAMILIES.values())
documents = st.one_of(
    observations,
    st.lists(observations, max_size=3).map(lambda b: {"batch": b}),
    json_values,
)
payloads = st.one_of(
    documents.map(lambda d: _encode(d)),  # noqa: PLW0108 - _encode is defined below
    st.binary(max_size=200),
    st.text(max_size=100).map(lambda s: s.encode("utf-8", "surrogatepass")),
)
topics = st.one_of(st.sampled_from(TOPICS), st.text(max_size=40))

# Topic -> the observation family of its feed, so that many messages get past the schema.
_MATCHED = {
    "soc/v1/disaster/rain/RAIN1": "rain",
    "soc/v1/disaster/water_level/WL1": "value",
    "soc/v1/disaster/flood/FL1": "value",
    "soc/v1/disaster/fire_alarm/FA1": "state",
    "soc/v1/traffic/vd/VD1": "vd",
    "soc/v1/traffic/parking/PK1": "parking",
    "soc/v1/traffic/signal/SG1": "state",
    "soc/v1/police/incident/R-1": "incident",
    "soc/v1/police/cctv/CC1": "cctv",
    "soc/v1/citizen/1999/C-1": "case",
    "soc/v1/traffic/vd/VD1/status": "state",
    "soc/v1/fire/119/F-1": "dispatch",
    "soc/v1/police/planned_event/P-1": "permit",
}


def _encode(doc: object) -> bytes:
    return json.dumps(doc, ensure_ascii=False).encode("utf-8", "surrogatepass")


def _matched(topic: str) -> st.SearchStrategy[tuple[str, bytes]]:
    obs = FAMILIES[_MATCHED[topic]]
    docs = st.one_of(obs, st.lists(obs, min_size=1, max_size=3).map(lambda b: {"batch": b}))
    return docs.map(lambda d: (topic, _encode(d)))


#: (topic, payload) pairs: half matched to their feed, half anything.
messages = st.one_of(
    st.one_of(*(_matched(t) for t in _MATCHED)),
    st.tuples(topics, payloads),
)
