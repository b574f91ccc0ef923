"""What the agencies know, on the wire: 119 dispatches, planned events, richer camera
analytics, device status reasons, 1999 updates, police follow-ups, VD directions.

Expected values come from docs/mqtt.md (the contract), not from the parser.
"""

from __future__ import annotations

import json
import typing
from datetime import UTC, datetime, timedelta

import pytest

from common import vocabulary
from ingest.errors import MessageRejectedError, QuarantineReason
from ingest.payloads import Category119, CctvEvent, Limits, Parsed, PlannedCategory, parse_message
from tests.unit.ingest.ingest_strategies import NOW, REGISTRY

LIMITS = Limits(max_payload_bytes=65_536, max_future_skew=timedelta(minutes=5))
TS = "2016-06-02T17:10:00+08:00"  # = NOW - 10 min
T_TS = datetime(2016, 6, 2, 9, 10, tzinfo=UTC)
POINT = {"type": "Point", "coordinates": [120.6535, 24.1985]}


def parse(topic: str, doc: object) -> Parsed:
    return parse_message(topic, json.dumps(doc).encode(), now=NOW, registry=REGISTRY, limits=LIMITS)


def rejected(topic: str, doc: object) -> MessageRejectedError:
    with pytest.raises(MessageRejectedError) as info:
        parse(topic, doc)
    assert info.value.topic == topic
    return info.value


# --- the category sets on the wire are the vocabulary's -----------------------------------


@pytest.mark.parametrize(("feed", "literal"), [("119", Category119), ("planned_event", PlannedCategory),
                                               ("cctv", CctvEvent)])
def test_wire_categories_are_the_vocabulary_codes(feed: str, literal: object) -> None:
    assert set(typing.get_args(literal)) == set(vocabulary.codes(feed))


# --- 119 ----------------------------------------------------------------------------------

D119 = "soc/v1/fire/119/F-1050602-0042"


def test_a_119_dispatch_is_an_event_of_the_fire_domain() -> None:
    p = parse(D119, {"ts": TS, "category": "fire", "location": POINT, "units": ["西屯分隊"], "text": "建物火警"})
    (e,) = p.events
    assert (e.domain, e.feed, e.source_id, e.event_key, e.category) == ("fire", "119", "F-1050602-0042",
                                                                        "dispatched", "fire")
    assert e.time == T_TS
    assert (e.lon, e.lat) == (120.6535, 24.1985)
    assert e.follows == ()
    assert json.loads(e.payload)["units"] == ["西屯分隊"]


def test_a_119_status_update_follows_its_dispatch() -> None:
    p = parse(D119, {"ts": TS, "category": "rescue", "location": POINT, "status": "on_scene"})
    (e,) = p.events
    assert e.event_key == "on_scene"
    assert e.follows == ("F-1050602-0042",)


@pytest.mark.parametrize(
    ("doc", "reason"),
    [
        ({"ts": TS, "category": "flood", "location": POINT}, QuarantineReason.SCHEMA),
        ({"ts": TS, "category": "fire"}, QuarantineReason.SCHEMA),
        ({"ts": TS, "category": "fire", "location": POINT, "status": "lost"}, QuarantineReason.SCHEMA),
        ({"ts": TS, "category": "fire", "location": {"type": "Point", "coordinates": [0, 0]}},
         QuarantineReason.OUT_OF_RANGE),
        ({"ts": "2016-06-02T17:10:00", "category": "fire", "location": POINT}, QuarantineReason.NAIVE_TIMESTAMP),
    ],
)
def test_bad_119_dispatches_are_quarantined(doc: object, reason: QuarantineReason) -> None:
    assert rejected(D119, doc).reason is reason


def test_119_lives_only_in_the_fire_domain() -> None:
    assert rejected("soc/v1/police/119/F-1", {"ts": TS}).reason is QuarantineReason.UNKNOWN_FEED


# --- planned events -----------------------------------------------------------------------

PE = "soc/v1/police/planned_event/PERMIT-105-0417"
START = "2016-10-17T19:30:00+08:00"
END = "2016-10-17T22:30:00+08:00"
SQUARE = {"type": "Polygon", "coordinates": [[[120.650, 24.184], [120.654, 24.184], [120.654, 24.188],
                                              [120.650, 24.188], [120.650, 24.184]]]}


def test_a_permit_months_ahead_is_stored_at_its_start_with_end_and_circle() -> None:
    doc = {"ts": TS, "category": "concert", "start": START, "end": END, "title": "戶外演唱會",
           "area": {"type": "Point", "coordinates": [120.652, 24.185], "radius_m": 400},
           "expected_attendance": 25_000}
    (e,) = parse(PE, doc).events
    assert (e.domain, e.feed, e.category) == ("police", "planned_event", "concert")
    assert e.time == datetime(2016, 10, 17, 11, 30, tzinfo=UTC)
    assert e.ends == datetime(2016, 10, 17, 14, 30, tzinfo=UTC)
    assert (e.lon, e.lat, e.radius_m, e.area) == (120.652, 24.185, 400.0, None)
    assert e.event_key == "approved@2016-06-02T09:10:00+00:00"
    assert e.follows == ()


def test_a_polygon_permit_keeps_its_polygon_and_is_placed_at_its_centroid() -> None:
    doc = {"ts": TS, "category": "march", "start": START, "end": END, "area": SQUARE, "status": "amended"}
    p = parse(PE, doc)
    (e,) = p.events
    assert e.lon == pytest.approx(120.652)
    assert e.lat == pytest.approx(24.186)
    assert e.radius_m is None
    assert e.area is not None
    assert json.loads(e.area)["coordinates"] == SQUARE["coordinates"]
    assert e.follows == ("PERMIT-105-0417",)  # an amendment continues the permit
    assert not p.late  # the start lies ahead: not an observation, not late


def test_two_versions_of_a_permit_are_two_rows() -> None:
    doc = {"ts": TS, "category": "march", "start": START, "end": END, "area": SQUARE}
    later = {**doc, "ts": "2016-06-02T17:15:00+08:00", "status": "amended"}
    (a,) = parse(PE, doc).events
    (b,) = parse(PE, later).events
    assert (a.source_id, a.feed, a.time) == (b.source_id, b.feed, b.time)
    assert a.event_key != b.event_key


def _pe(**over: object) -> dict[str, object]:
    return {"ts": TS, "category": "road_works", "start": START, "end": END, "area": SQUARE, **over}


@pytest.mark.parametrize(
    ("doc", "reason"),
    [
        (_pe(end=START), QuarantineReason.SCHEMA),
        (_pe(end="2016-06-02T17:00:00+08:00", start="2016-06-02T18:00:00+08:00"), QuarantineReason.SCHEMA),
        (_pe(end="2018-01-01T00:00:00+08:00"), QuarantineReason.OUT_OF_RANGE),
        (_pe(start="2019-10-17T19:30:00+08:00", end="2019-10-17T22:30:00+08:00"), QuarantineReason.OUT_OF_RANGE),
        (_pe(start="2016-10-17T19:30:00"), QuarantineReason.NAIVE_TIMESTAMP),
        (_pe(ts="2016-06-03T17:10:00+08:00"), QuarantineReason.FUTURE_TIMESTAMP),
        (_pe(category="party"), QuarantineReason.SCHEMA),
        (_pe(area=POINT), QuarantineReason.SCHEMA),
        (_pe(area={**POINT, "radius_m": 0}), QuarantineReason.OUT_OF_RANGE),
        (_pe(area={**POINT, "radius_m": 1e99}), QuarantineReason.OUT_OF_RANGE),
        (_pe(area={"type": "LineString", "coordinates": [[120.65, 24.18], [120.66, 24.19]]}),
         QuarantineReason.SCHEMA),
        (_pe(area={"type": "Polygon", "coordinates": [[[120.65, 24.18], [120.66, 24.18], [120.65, 24.18]]]}),
         QuarantineReason.SCHEMA),
        (_pe(area={"type": "Polygon", "coordinates": [[[120.65, 24.18], [120.66, 24.18], [120.66, 24.19],
                                                       [120.65, 24.19]]]}), QuarantineReason.SCHEMA),
        (_pe(area={"type": "Polygon", "coordinates": [[[120.65, 24.18], [120.66, 24.18], [120.67, 24.18],
                                                       [120.65, 24.18]]]}), QuarantineReason.SCHEMA),
        (_pe(area={"type": "Polygon", "coordinates": [[[120.65, 24.18], [130.0, 24.18], [120.66, 24.19],
                                                       [120.65, 24.18]]]}), QuarantineReason.OUT_OF_RANGE),
        (_pe(area={"type": "Polygon", "coordinates": [[[120.65], [120.66, 24.18], [120.66, 24.19],
                                                       [120.65]]]}), QuarantineReason.SCHEMA),
        (_pe(expected_attendance=-1), QuarantineReason.OUT_OF_RANGE),
    ],
)
def test_bad_permits_are_quarantined(doc: object, reason: QuarantineReason) -> None:
    assert rejected(PE, doc).reason is reason


# --- camera analytics ---------------------------------------------------------------------

CC = "soc/v1/police/cctv/CC1"


@pytest.mark.parametrize("event", ["smoke", "fallen_object", "signal_dark"])
def test_cameras_report_smoke_fallen_objects_and_dark_signals(event: str) -> None:
    (e,) = parse(CC, {"ts": TS, "event": event, "confidence": 0.8, "location": POINT}).events
    assert (e.category, e.event_key) == (event, event)


@pytest.mark.parametrize("motion", ["moving", "standing"])
def test_a_crowd_is_moving_or_standing(motion: str) -> None:
    (e,) = parse(CC, {"ts": TS, "event": "crowding", "confidence": 0.8, "motion": motion}).events
    assert json.loads(e.payload)["motion"] == motion


@pytest.mark.parametrize(
    "doc",
    [
        {"ts": TS, "event": "crowding", "confidence": 0.8, "motion": "running"},
        {"ts": TS, "event": "smoke", "confidence": 0.8, "motion": "moving"},
        {"ts": TS, "event": "alien", "confidence": 0.8},
    ],
)
def test_bad_camera_events_are_quarantined(doc: object) -> None:
    assert rejected(CC, doc).reason is QuarantineReason.SCHEMA


# --- device status with a reason ----------------------------------------------------------

ST = "soc/v1/disaster/fire_alarm/FA1/status"


@pytest.mark.parametrize("reason", ["mains_power_lost", "comms_lost", "maintenance"])
def test_a_device_says_why_it_is_offline(reason: str) -> None:
    (e,) = parse(ST, {"ts": TS, "state": "offline", "reason": reason}).events
    assert (e.feed, e.category) == ("status", "offline")
    assert json.loads(e.payload)["reason"] == reason


@pytest.mark.parametrize(
    "doc",
    [
        {"ts": TS, "state": "offline", "reason": "bored"},
        {"ts": TS, "state": "online", "reason": "maintenance"},
        {"ts": TS, "state": "offline", "reason": 3},
    ],
)
def test_bad_status_reasons_are_quarantined(doc: object) -> None:
    assert rejected(ST, doc).reason is QuarantineReason.SCHEMA


# --- 1999 case updates --------------------------------------------------------------------

C1999 = "soc/v1/citizen/1999/C-1"
CASE = {"caseId": "C-1", "category": "flooding", "district": "西屯區", "location": POINT,
        "createdAt": "2016-06-02T16:40:00+08:00", "status": "已派工"}


def test_a_1999_update_keeps_its_own_time_and_follows_the_case() -> None:
    (created,) = parse(C1999, CASE).events
    (update,) = parse(C1999, {**CASE, "status": "已完工", "updatedAt": TS}).events
    assert created.time == datetime(2016, 6, 2, 8, 40, tzinfo=UTC)
    assert update.time == T_TS
    assert update.event_key == "已完工"
    assert update.source_id == created.source_id == "C-1"
    assert update.follows == ("C-1",)
    assert created.follows == ()


def test_an_update_before_its_case_is_quarantined() -> None:
    doc = {**CASE, "updatedAt": "2016-06-02T16:00:00+08:00"}
    assert rejected(C1999, doc).reason is QuarantineReason.SCHEMA


# --- police follow-ups --------------------------------------------------------------------

R2 = "soc/v1/police/incident/R-2"
REPORT = {"ts": TS, "category": "traffic_accident", "severity": "Minor", "location": POINT, "unit": "第六分局"}


def test_a_police_report_points_to_the_reports_it_follows() -> None:
    (e,) = parse(R2, {**REPORT, "follows": ["R-1", "R-0", "R-1"]}).events
    assert e.follows == ("R-1", "R-0")
    (plain,) = parse(R2, REPORT).events
    assert plain.follows == ()


@pytest.mark.parametrize(
    "follows",
    [[], ["R-2"], ["a/b"], ["+"], [""], [" R-1"], ["\x00"], [1], "R-1", [f"R-{i}" for i in range(17)],
     ["x" * 129]],
)
def test_bad_follows_are_quarantined(follows: object) -> None:
    assert rejected(R2, {**REPORT, "follows": follows}).reason is QuarantineReason.SCHEMA


# --- bidirectional vehicle detectors --------------------------------------------------------

VD = "soc/v1/traffic/vd/VD1"


def _lane(lane_id: int, speed: int, volume: int) -> dict[str, object]:
    return {"LaneID": lane_id, "Speed": speed, "Occupancy": 10, "Vehicles": [{"VehicleType": "S",
                                                                              "Volume": volume}]}


def test_a_bidirectional_detector_keeps_each_lane_direction() -> None:
    doc = {"VDID": "VD1", "DataCollectTime": TS, "LinkFlows": [
        {"LinkID": "L-N", "Bearing": "N", "Lanes": [_lane(0, 10, 10), _lane(1, 20, 10)]},
        {"LinkID": "L-S", "Bearing": "S", "Lanes": [_lane(0, 60, 20), _lane(1, 60, 20)]},
    ]}
    m = {r.metric: r.value for r in parse(VD, doc).readings}
    assert m["dirN.lane0.speed_kmh"] == 10
    assert m["dirS.lane0.speed_kmh"] == 60
    assert m["dirN.speed_kmh"] == 15  # the congested direction is visible on its own
    assert m["dirS.speed_kmh"] == 60
    assert m["dirN.volume_veh"] == 20
    assert m["speed_kmh"] == pytest.approx((10 * 10 + 20 * 10 + 60 * 40) / 60)
    assert m["volume_veh"] == 60
    assert not any(k.startswith("lane") for k in m)


def test_a_one_way_detector_keeps_its_metric_names() -> None:
    doc = {"VDID": "VD1", "DataCollectTime": TS, "LinkFlows": [{"Lanes": [_lane(0, 40, 5)]}]}
    m = {r.metric: r.value for r in parse(VD, doc).readings}
    assert set(m) == {"lane0.speed_kmh", "lane0.volume_veh", "lane0.occupancy_pct", "speed_kmh", "volume_veh",
                      "occupancy_pct"}


@pytest.mark.parametrize(
    "links",
    [
        [{"Bearing": "N", "Lanes": [_lane(0, 10, 1)]}, {"Lanes": [_lane(1, 10, 1)]}],
        [{"Bearing": "N", "Lanes": [_lane(0, 10, 1)]}, {"Bearing": "N", "Lanes": [_lane(0, 10, 1)]}],
        [{"Lanes": [_lane(0, 10, 1)]}, {"Lanes": [_lane(0, 10, 1)]}],
        [{"Bearing": "up", "Lanes": [_lane(0, 10, 1)]}],
    ],
)
def test_ambiguous_directions_are_quarantined(links: object) -> None:
    doc = {"VDID": "VD1", "DataCollectTime": TS, "LinkFlows": links}
    assert rejected(VD, doc).reason is QuarantineReason.SCHEMA


# --- CAP alerts on the wire: area and references --------------------------------------------

CAP = "soc/v1/disaster/cap/WRA-FLOOD-2"


def _cap(**over: object) -> dict[str, object]:
    geocode = [{"valueName": "Taiwan_Geocode_103", "value": "6600600"}]
    info = {"event": "淹水", "severity": "Severe", "area": [{"areaDesc": "臺中市西屯區", "geocode": geocode}]}
    doc: dict[str, object] = {"identifier": "WRA-FLOOD-2", "sender": "wra", "sent": TS, "status": "Actual",
                              "msgType": "Update", "info": info}
    for k, v in over.items():
        if k == "area":
            info["area"] = v
        else:
            doc[k] = v
    return doc


def test_a_cap_circle_places_the_alert_and_an_update_follows_what_it_references() -> None:
    doc = _cap(area=[{"areaDesc": "經貿路", "circle": "24.1985,120.6535 0.5"}],
               references="wra,WRA-FLOOD-1,2016-06-02T16:00:00+08:00 wra,WRA-FLOOD-0,2016-06-02T15:00:00+08:00")
    (e,) = parse(CAP, doc).events
    assert (e.lon, e.lat, e.radius_m, e.area) == (120.6535, 24.1985, 500.0, None)
    assert e.follows == ("WRA-FLOOD-1", "WRA-FLOOD-0")
    assert (e.event_key, e.category, e.severity) == ("Update", "淹水", "Severe")


def test_a_cap_polygon_places_the_alert_at_its_centroid() -> None:
    ring = "24.184,120.650 24.184,120.654 24.188,120.654 24.188,120.650 24.184,120.650"
    (e,) = parse(CAP, _cap(area={"areaDesc": "會展", "polygon": [ring]})).events
    assert e.lon == pytest.approx(120.652)
    assert e.lat == pytest.approx(24.186)
    assert e.area is not None
    assert json.loads(e.area)["coordinates"][0][0] == [120.65, 24.184]


def test_a_cap_area_by_geocode_only_or_at_sea_places_nothing() -> None:
    (e,) = parse(CAP, _cap()).events
    assert (e.lon, e.lat, e.follows) == (None, None, ())
    (sea,) = parse(CAP, _cap(area={"areaDesc": "海上", "circle": "22.0,125.0 3"})).events
    assert (sea.lon, sea.radius_m) == (None, None)
    (county,) = parse(CAP, _cap(area={"areaDesc": "臺中市", "circle": "24.15,120.67 30"})).events
    assert (county.lon, county.radius_m) == (None, None)
    wide = "24.10,120.60 24.10,120.70 24.20,120.70 24.20,120.60 24.10,120.60"
    (district,) = parse(CAP, _cap(area={"areaDesc": "西屯區", "polygon": wide})).events
    assert (district.lon, district.area) == (None, None)


@pytest.mark.parametrize(
    ("over", "reason"),
    [
        ({"references": "wra,WRA-FLOOD-1"}, QuarantineReason.SCHEMA),
        ({"references": "wra,,2016"}, QuarantineReason.SCHEMA),
        ({"references": "wra,WRA-FLOOD-2,2016"}, QuarantineReason.SCHEMA),
        ({"references": "wra,a+b,2016"}, QuarantineReason.SCHEMA),
        ({"area": {"areaDesc": "x", "circle": "24.1,120.6"}}, QuarantineReason.SCHEMA),
        ({"area": {"areaDesc": "x", "circle": "24.1,120.6 NaN"}}, QuarantineReason.SCHEMA),
        ({"area": {"areaDesc": "x", "circle": "24.1 120.6 1"}}, QuarantineReason.SCHEMA),
        ({"area": {"areaDesc": "x", "circle": "24.1,120.6 1e99999"}}, QuarantineReason.SCHEMA),
        ({"area": {"areaDesc": "x", "circle": "24.1,120.6 -1"}}, QuarantineReason.OUT_OF_RANGE),
        ({"area": {"areaDesc": "x", "circle": "124.1,120.6 1"}}, QuarantineReason.OUT_OF_RANGE),
        ({"area": {"areaDesc": "x", "polygon": "24.1,120.6 24.2,120.6 24.1,120.6"}}, QuarantineReason.SCHEMA),
        ({"area": {"areaDesc": "x", "polygon": "24.1,120.6 24.2,120.6 24.3,120.6 24.1,120.6"}},
         QuarantineReason.SCHEMA),
        ({"area": {"areaDesc": "x", "circle": 3}}, QuarantineReason.SCHEMA),
        ({"area": {"circle": "24.1,120.6 1"}}, QuarantineReason.SCHEMA),
    ],
)
def test_bad_cap_areas_and_references_are_quarantined(over: dict[str, object], reason: QuarantineReason) -> None:
    assert rejected(CAP, _cap(**over)).reason is reason


# --- a residential building's fire panel --------------------------------------------------


def test_a_registered_residential_fire_panel_reports() -> None:
    from geo.loaders import load_dataset

    registry = {s.sensor_id: str(s.kind) for s in load_dataset().sensors}
    topic = "soc/v1/disaster/fire_alarm/SN-FA-011"
    p = parse_message(topic, json.dumps({"ts": TS, "state": "alarm"}).encode(), now=NOW, registry=registry,
                      limits=LIMITS)
    (e,) = p.events
    assert (e.source_id, e.category, e.lon) == ("SN-FA-011", "alarm", None)  # placed at its registered point
