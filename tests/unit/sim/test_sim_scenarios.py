"""The four scenarios: reproducible, at the registry's cadences, and doing what each scenario promises."""

from __future__ import annotations

import itertools
import json
from collections import defaultdict
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from sim.errors import ScenarioError
from sim.model import TPE, Fault, SimMessage, TimeMap
from sim.payloads import VdLane
from sim.registry import Registry, load_registry
from sim.scenarios import SCENARIOS, get_scenario
from sim.scenarios.base import detector_speed
from sim.truth import AGENCIES, IncidentType

SHORT = timedelta(hours=1)
TYPHOON_START = datetime(2026, 9, 28, 6, 0, tzinfo=TPE)  # a Monday morning


def _messages(
    name: str, registry: Registry, start: datetime, seed: int = 1, duration: timedelta | None = None
) -> list[SimMessage]:
    return list(get_scenario(name).generate(registry, start, seed, duration))


def _by_topic(msgs: list[SimMessage]) -> dict[str, list[SimMessage]]:
    out: dict[str, list[SimMessage]] = defaultdict(list)
    for m in msgs:
        out[m.topic].append(m)
    return out


def _body(m: SimMessage) -> Any:
    return json.loads(m.payload)


def _steps(msgs: list[SimMessage]) -> set[float]:
    times = [m.scenario_time for m in msgs]
    return {(b - a).total_seconds() for a, b in itertools.pairwise(times)}


def _data(msgs: list[SimMessage]) -> list[SimMessage]:
    return [m for m in msgs if not m.topic.endswith("/status") and m.fault is None]


# ------------------------------------------------------------------ every scenario


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_same_seed_same_messages_other_seed_other_messages(name: str, registry: Registry, start: datetime) -> None:
    a = _messages(name, registry, start, seed=11, duration=SHORT)
    b = _messages(name, registry, start, seed=11, duration=SHORT)
    c = _messages(name, registry, start, seed=12, duration=SHORT)
    assert a == b
    assert a != c


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_time_ordered_inside_the_run_and_qos1(name: str, registry: Registry, start: datetime) -> None:
    msgs = _messages(name, registry, start, duration=SHORT)
    times = [m.scenario_time for m in msgs]
    assert times == sorted(times)
    assert start <= times[0]
    assert times[-1] < start + SHORT
    assert {m.qos for m in msgs} == {1}
    # Each account publishes only under its own domain (the broker's ACL would drop the rest).
    assert all(m.topic.split("/")[2] == m.account for m in msgs)


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_every_device_announces_online_once_at_the_start(name: str, registry: Registry, start: datetime) -> None:
    msgs = _messages(name, registry, start, duration=SHORT)
    online = [m for m in msgs if m.topic.endswith("/status") and _body(m).get("state") == "online"]
    assert sorted(m.topic for m in online) == sorted(s.status_topic for s in registry)
    assert all(m.retain and m.scenario_time == start for m in online)


def test_cadences_follow_the_registry(registry: Registry, start: datetime) -> None:
    topics = _by_topic(_messages("normal_day", registry, start, duration=timedelta(hours=3)))
    for sensor in registry.periodic():
        data = _data(topics[sensor.topic])
        assert _steps(data) == {float(sensor.expected_interval_s or 0)}, sensor.sensor_id
        assert len(data) == 3 * 3600 // (sensor.expected_interval_s or 1)
    for sensor in registry:
        if not sensor.periodic:
            assert not _data(topics.get(sensor.topic, [])) or sensor.kind in {"signal", "cctv", "fire_alarm"}


def test_water_and_flood_report_faster_during_events(registry: Registry, start: datetime) -> None:
    topics = _by_topic(_messages("typhoon", registry, start))
    for sensor in registry.of_kind("water_level"):
        assert _steps(_data(topics[sensor.topic])) == {120.0, 600.0}, sensor.sensor_id
    for sensor in registry.of_kind("flood"):
        assert _steps(_data(topics[sensor.topic])) == {60.0, 600.0}, sensor.sensor_id


def test_live_time_map_stamps_observations_in_compressed_real_time(registry: Registry, start: datetime) -> None:
    wall = datetime(2030, 1, 1, 12, 0, tzinfo=start.tzinfo)
    tm = TimeMap.live(start, wall, 60.0)
    msgs = list(get_scenario("normal_day").generate(registry, start, 1, SHORT, time_map=tm))
    vd = [m for m in msgs if m.topic.endswith("/T-VD-HZ-1")]
    stamps = [datetime.fromisoformat(_body(m)["DataCollectTime"]) for m in vd]
    assert stamps[0] == wall
    assert stamps[1] - stamps[0] == timedelta(seconds=1)  # 60 s of simulated time at speed 60
    assert stamps[-1] < wall + SHORT / 60


def test_unknown_scenario_lists_known_ones() -> None:
    with pytest.raises(ScenarioError, match="known: convention_event, faults, normal_day, typhoon"):
        get_scenario("earthquake")


# ------------------------------------------------------------------ normal day


def test_normal_day_has_weekday_peaks_and_stays_dry(registry: Registry, start: datetime) -> None:
    msgs = _messages("normal_day", registry, start)
    volumes: dict[int, int] = defaultdict(int)
    for m in msgs:
        if "/vd/" in m.topic and not m.topic.endswith("/status"):
            hour = m.scenario_time.astimezone(start.tzinfo).hour
            lanes = _body(m)["LinkFlows"][0]["Lanes"]
            volumes[hour] += sum(v["Volume"] for lane in lanes for v in lane["Vehicles"])
    assert volumes[8] > 1.3 * volumes[12]
    assert volumes[18] > 1.3 * volumes[12]
    assert volumes[12] > 3 * volumes[3]
    for m in msgs:
        if "/rain/" in m.topic and not m.topic.endswith("/status"):
            assert set(_body(m)["values"].values()) == {0.0}
        if "/water_level/" in m.topic and not m.topic.endswith("/status"):
            levels = registry.get(m.topic.rsplit("/", 1)[1]).alert_levels_m
            assert levels is not None
            assert _body(m)["value"] < levels.level3


def test_normal_day_minor_events(registry: Registry, start: datetime) -> None:
    truth = get_scenario("normal_day").ground_truth(registry, start, 3)
    types = {i.type for i in truth.incidents}
    assert types == {IncidentType.SIGNAL_FAULT, IncidentType.MINOR_ACCIDENT, IncidentType.STREETLIGHT,
                     IncidentType.POWER_OUTAGE, IncidentType.MISSING_PERSON, IncidentType.FIRE}
    msgs = _messages("normal_day", registry, start, seed=3)
    signal = [_body(m)["state"] for m in msgs if "/signal/" in m.topic and not m.topic.endswith("/status")]
    assert signal == ["fault", "restored"]
    # a driver's 1999 call about the dark signal, the vocabulary's signal-fault category
    (call,) = [_body(m) for m in msgs if "/citizen/1999/" in m.topic and _body(m)["subCategory"] == "紅綠燈不亮"]
    assert call["category"] == "交通號誌"  # a 1999 case carries the zh-TW term (DOMAIN.md §7.8)
    (fault,) = [i for i in truth.incidents if i.type is IncidentType.SIGNAL_FAULT]
    assert call["caseId"] in fault.source_ids
    cases = [_body(m) for m in msgs if "/citizen/1999/" in m.topic and _body(m)["subCategory"] == "路燈不亮"]
    shapes = [(c["status"], "updatedAt" in c) for c in cases]
    assert shapes in ([("已派工", False)], [("已派工", False), ("已完工", True)])
    if len(cases) == 2:  # the update is the same case, stamped three hours later
        assert cases[1]["caseId"] == cases[0]["caseId"]
        later = datetime.fromisoformat(cases[1]["updatedAt"]) - datetime.fromisoformat(cases[1]["createdAt"])
        assert later == timedelta(hours=3)


#: The dark-signal runs' length: the fault comes 15-45 % into a run, on the signal the seed
#: draws first whatever the length, so six hours hold the same signals and cameras as a day
#: (the whole project registry for a day costs four times the CPU).
DARK_RUN = timedelta(hours=6)


def test_a_camera_next_to_a_dark_signal_sees_it_dark(start: datetime) -> None:
    seed_registry = load_registry(Path(__file__).parents[3] / "geo" / "data" / "sensors.geojson")
    dark = []
    for seed in range(1, 4):  # every seed registry signal has a camera within 300 m
        msgs = _messages("normal_day", seed_registry, start, seed=seed, duration=DARK_RUN)
        fault = next(m for m in msgs if "/signal/" in m.topic and _body(m).get("state") == "fault")
        dark += [(m.scenario_time - fault.scenario_time, _body(m)["event"]) for m in msgs
                 if "/cctv/" in m.topic and _body(m).get("event") == "signal_dark"]
    assert dark
    assert set(dark) == {(timedelta(minutes=2), "signal_dark")}


# ------------------------------------------------------------------ typhoon


@pytest.fixture(scope="module")
def typhoon_msgs(registry: Registry) -> list[SimMessage]:
    return list(get_scenario("typhoon").generate(registry, TYPHOON_START, 5))


def test_typhoon_rain_reaches_hao_yu_and_accumulations_add_up(
    typhoon_msgs: list[SimMessage], registry: Registry
) -> None:
    topics = _by_topic(typhoon_msgs)
    for gauge in registry.of_kind("rain"):
        values = [_body(m)["values"] for m in _data(topics[gauge.topic])]
        # CWA 豪雨 (DOMAIN.md §2): 24 h >= 200 mm or 3 h >= 100 mm.
        assert max(v["HOUR_3"] for v in values) >= 100 or max(v["HOUR_24"] for v in values) >= 200
        min10 = [v["MIN_10"] for v in values]
        for i, v in enumerate(values):
            assert v["RAIN"] == sum(min10[max(0, i - 5) : i + 1])
            assert v["HOUR_3"] == sum(min10[max(0, i - 17) : i + 1])
            assert v["HOUR_3"] <= v["HOUR_6"] <= v["HOUR_12"] <= v["HOUR_24"]


def test_typhoon_water_levels_cross_the_registry_alert_levels(
    typhoon_msgs: list[SimMessage], registry: Registry
) -> None:
    topics = _by_topic(typhoon_msgs)
    for station in registry.of_kind("water_level"):
        levels = station.alert_levels_m
        assert levels is not None
        values = [_body(m)["value"] for m in _data(topics[station.topic])]
        assert values[0] < levels.level3
        if station.site in {"detention_pond", "drainage"}:
            assert max(values) >= levels.level1, station.sensor_id
        else:
            assert max(values) >= levels.level3, station.sensor_id


def test_typhoon_floods_low_points_and_detention_ponds(typhoon_msgs: list[SimMessage], registry: Registry) -> None:
    topics = _by_topic(typhoon_msgs)
    for sensor in registry.of_kind("flood"):
        depths = [_body(m)["value"] for m in _data(topics[sensor.topic])]
        assert depths[0] == 0.0
        assert max(depths) >= (30 if sensor.site != "detention_pond" else 16), sensor.sensor_id


def _speed(m: SimMessage) -> float | None:
    lanes = _body(m)["LinkFlows"][0]["Lanes"]
    return detector_speed(
        VdLane(ln["LaneID"], ln["Speed"], ln["Occupancy"], *(v["Volume"] for v in ln["Vehicles"])) for ln in lanes
    )


def test_typhoon_slows_huanzhong_and_zhongqing_only(typhoon_msgs: list[SimMessage], registry: Registry) -> None:
    topics = _by_topic(typhoon_msgs)
    for vd in registry.of_kind("vd"):
        data = _data(topics[vd.topic])
        before = [s for m in data if m.scenario_time < TYPHOON_START + timedelta(hours=1) and (s := _speed(m))]
        storm = [
            s
            for m in data
            if TYPHOON_START + timedelta(hours=5) <= m.scenario_time < TYPHOON_START + timedelta(hours=6)
            and (s := _speed(m))
        ]
        ratio = (sum(storm) / len(storm)) / (sum(before) / len(before))
        if vd.corridor in {"huanzhong", "zhongqing"}:
            assert ratio < 0.4, vd.sensor_id
        else:
            assert ratio > 0.7, vd.sensor_id


def test_typhoon_reports_stalled_vehicles_and_1999_calls(typhoon_msgs: list[SimMessage]) -> None:
    incidents = [_body(m) for m in typhoon_msgs if "/police/incident/" in m.topic]
    assert incidents
    assert {i["category"] for i in incidents} == {"stalled_vehicle"}
    cctv = [_body(m) for m in typhoon_msgs if "/police/cctv/" in m.topic and not m.topic.endswith("/status")]
    assert {c["event"] for c in cctv} == {"stalled_vehicle"}
    cases = [_body(m) for m in typhoon_msgs if "/citizen/1999/" in m.topic]
    assert {c["category"] for c in cases} == {"積淹水", "路樹倒塌"}
    assert len({c["caseId"] for c in cases}) == len(cases)


def test_typhoon_ground_truth(registry: Registry) -> None:
    truth = get_scenario("typhoon").ground_truth(registry, TYPHOON_START, 5)
    by_type: dict[IncidentType, list[Any]] = defaultdict(list)
    for i in truth.incidents:
        by_type[i.type].append(i)
        assert TYPHOON_START <= i.window_start <= i.window_end < TYPHOON_START + timedelta(hours=12)
    assert len(by_type[IncidentType.HEAVY_RAIN]) == 1
    assert len(by_type[IncidentType.WATER_LEVEL]) == 3
    assert len(by_type[IncidentType.FLOOD]) == 3
    assert {i.source_ids[0] for i in by_type[IncidentType.CONGESTION]} == {"T-VD-HZ-1", "T-VD-ZQ-1"}
    assert len(by_type[IncidentType.STALLED_VEHICLE]) == 1
    assert set(by_type[IncidentType.FLOOD][0].agencies) == {"water", "public_works", "traffic", "police"}
    assert truth.outcomes == (("stored", truth.messages_total),)


# ------------------------------------------------------------------ convention event


def test_convention_event(registry: Registry, start: datetime) -> None:
    msgs = _messages("convention_event", registry, start)
    topics = _by_topic(msgs)
    crowding = [_body(m) for m in _data(topics["soc/v1/police/cctv/T-CCTV-VENUE"])]
    assert crowding
    assert all(c["event"] == "crowding" and c["confidence"] >= 0.8 for c in crowding)
    # the crowd stands through the event and moves as it leaves
    assert crowding[0]["motion"] == "standing"
    assert crowding[-1]["motion"] == "moving"
    cars = [_body(m)["AvailableCar"] for m in _data(topics["soc/v1/traffic/parking/T-PK-VENUE"])]
    assert cars[0] > 0
    assert min(cars) == 0
    accidents = [(m.topic.rsplit("/", 1)[1], _body(m)) for m in msgs if "/police/incident/" in m.topic]
    assert [(a["category"], a["severity"]) for _, a in accidents] == [
        ("traffic_accident", "Severe"),
        ("traffic_accident", "Minor"),
    ]
    assert accidents[1][1]["follows"] == [accidents[0][0]]  # the follow-up points to the report
    (dispatch,) = [m for m in msgs if m.topic.startswith("soc/v1/fire/119/")]
    assert dispatch.account == "fire"
    assert _body(dispatch)["category"] == "ambulance"
    permit, amended = [m for m in msgs if m.topic.startswith("soc/v1/police/planned_event/")]
    body = _body(permit)
    assert permit.scenario_time == start
    assert (body["category"], body["area"]["radius_m"]) == ("exhibition", 500.0)
    assert "status" not in body  # approved, the wire's default
    assert datetime.fromisoformat(body["start"]) < datetime.fromisoformat(body["end"])
    # the same permit amended later (docs/mqtt.md: a version with ``status``): its closing later
    later = _body(amended)
    assert (amended.topic, later["status"]) == (permit.topic, "amended")
    assert amended.scenario_time > permit.scenario_time
    assert later["start"] == body["start"]
    assert datetime.fromisoformat(later["end"]) > datetime.fromisoformat(body["end"])
    truth = get_scenario("convention_event").ground_truth(registry, start, 1)
    types = {i.type for i in truth.incidents}
    assert types == {
        IncidentType.CROWDING,
        IncidentType.PARKING_FULL,
        IncidentType.CONGESTION,
        IncidentType.TRAFFIC_ACCIDENT,
    }
    accident = next(i for i in truth.incidents if i.type is IncidentType.TRAFFIC_ACCIDENT)
    assert set(accident.agencies) == {"police", "traffic", "fire"}


def test_the_venue_s_car_park_is_emptied_after_the_event_then_closed_for_the_night(
    registry: Registry, start: datetime
) -> None:
    """The operator of the convention centre's own car park says ``full`` while the event fills
    it, ``empty`` once the last visitors have left (5.5 h, every space free) and ``closed``
    from 5.75 h, when it shuts for the night; the other car park near the venue says neither."""
    msgs = _messages("convention_event", registry, start)
    topics = _by_topic(msgs)
    own = [(m.scenario_time, _body(m)) for m in _data(topics["soc/v1/traffic/parking/T-PK-VENUE"])]
    said = {b.get("state") for _, b in own}
    assert said == {None, "full", "empty", "closed"}
    hours = {state: [(t - start).total_seconds() / 3600 for t, b in own if b.get("state") == state]
             for state in ("full", "empty", "closed")}
    assert max(hours["full"]) < min(hours["empty"]) < min(hours["closed"])
    assert 5.5 <= min(hours["empty"]) < 5.6
    assert 5.75 <= min(hours["closed"]) < 5.85
    assert max(hours["empty"]) < 5.75
    assert all(b["AvailableCar"] == b["TotalCar"] for _, b in own if b.get("state") in {"empty", "closed"})
    others = {_body(m).get("state") for topic, ms in topics.items() if "/parking/" in topic
              and not topic.endswith("T-PK-VENUE") for m in _data(ms)}
    assert not others & {"empty", "closed"}


# ------------------------------------------------------------------ faults


def test_faults_scenario_injects_every_listed_fault(registry: Registry, start: datetime) -> None:
    sc = get_scenario("faults")
    msgs = list(sc.generate(registry, start, 9))
    truth = sc.ground_truth(registry, start, 9)
    kinds = {m.fault for m in msgs if m.fault is not None}
    assert kinds == set(Fault)
    faults = {f.type: f for f in truth.faults}
    # future_timestamp messages are the clock-skewed station's, listed once as clock_skew.
    assert {"silent", "clock_skew", *map(str, set(Fault) - {Fault.FUTURE_TIMESTAMP})} <= set(faults)

    # Silent sensors say nothing after they fall silent (one with an offline status).
    silent = [f for f in truth.faults if f.type == "silent"]
    assert len(silent) == 2
    for f in silent:
        late = [m for m in msgs if m.topic == f.topic and m.scenario_time >= f.start]
        assert late == []
    offline = [m for m in msgs if m.topic.endswith("/status") and _body(m)["state"] == "offline"]
    assert len(offline) == 1
    assert _body(offline[0])["reason"] == "comms_lost"

    # The skewed station's stamps run 2 h ahead of simulated time; all its messages are labelled.
    skew = faults["clock_skew"]
    skewed = [m for m in msgs if m.topic.startswith(skew.topic)]
    assert len(skewed) == skew.count
    assert all(m.fault is Fault.FUTURE_TIMESTAMP for m in skewed)
    assert dict(skew.detail)["skew_s"] == 3 * 3600  # the 2-hour pass plus an hour
    for m in skewed:
        assert datetime.fromisoformat(_body(m)["ts"]) - m.scenario_time == timedelta(hours=3)

    # Duplicates repeat an earlier good message on the same topic with the same content.
    for i, m in enumerate(msgs):
        if m.fault is Fault.DUPLICATE:
            original = msgs[i - 1]
            assert original.topic == m.topic
            assert original.fault is None
            assert json.loads(original.payload) == json.loads(m.payload)
    exact = [m for i, m in enumerate(msgs) if m.fault is Fault.DUPLICATE and msgs[i - 1].payload == m.payload]
    assert len(exact) == 2

    # The ground truth accounts for every message.
    assert truth.messages_total == len(msgs)
    outcomes = dict(truth.outcomes)
    assert outcomes["duplicate"] == 4
    assert outcomes["quarantined"] == sum(1 for m in msgs if m.fault not in (None, Fault.DUPLICATE))
    assert sum(outcomes.values()) == len(msgs)


def test_agencies_table_covers_every_incident_type() -> None:
    assert set(AGENCIES) == set(IncidentType)


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_the_start_instant_not_its_zone_decides(name: str, registry: Registry, start: datetime) -> None:
    from datetime import UTC

    a = _messages(name, registry, start, duration=SHORT)
    b = _messages(name, registry, start.astimezone(UTC), duration=SHORT)
    assert [(m.topic, m.payload) for m in a] == [(m.topic, m.payload) for m in b]


def test_typhoon_on_the_project_registry_causes_every_expected_incident() -> None:
    from pathlib import Path

    from sim.registry import load_registry

    reg = load_registry(Path(__file__).parents[3] / "geo" / "data" / "sensors.geojson")
    truth = get_scenario("typhoon").ground_truth(reg, TYPHOON_START, 1)
    by_type: dict[IncidentType, list[Any]] = defaultdict(list)
    for i in truth.incidents:
        by_type[i.type].append(i)
    assert set(by_type[IncidentType.HEAVY_RAIN][0].source_ids) == {s.sensor_id for s in reg.of_kind("rain")}
    assert {i.source_ids[0] for i in by_type[IncidentType.FLOOD]} == {s.sensor_id for s in reg.of_kind("flood")}
    water = {i.source_ids[0]: dict(i.detail)["max_level"] for i in by_type[IncidentType.WATER_LEVEL]}
    assert water == {s.sensor_id: 1 if s.site != "river" else 3 for s in reg.of_kind("water_level")}
    assert {i.incident_id for i in by_type[IncidentType.CONGESTION]} == {
        "typhoon-congestion-huanzhong",
        "typhoon-congestion-zhongqing",
    }
    underpasses = {s.sensor_id for s in reg.of_kind("flood") if s.site == "underpass"}
    assert {
        i.incident_id.removeprefix("typhoon-stalled-") for i in by_type[IncidentType.STALLED_VEHICLE]
    } == underpasses
    assert len(by_type[IncidentType.FALLEN_TREE]) == 1
