"""The simulator sends the vocabulary's 119 rekindle, market permit and festival permit where a
real day or night has them (docs/simulator.md), with their ground truth.

Expected results come from the situations the scenarios describe: a fire put out whose pile
flares up hours later is sent again by 119 as a new case at the same place; a weekend market
is known by its permit and draws a crowd in its busiest hours; a festival evening is cancelled
when a typhoon sets in, and an evening that never takes place draws nobody.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from common.vocabulary import IncidentType as CenterType
from common.vocabulary import PermitStatus, Signal, categorize, own_type
from ingest.payloads import Limits, parse_message
from sim.model import TPE, SimMessage
from sim.registry import Registry
from sim.scenarios import get_scenario
from sim.truth import AGENCIES, CENTER_TYPES, IncidentType

MONDAY = datetime(2026, 11, 23, 0, 0, tzinfo=TPE)
SATURDAY = datetime(2026, 11, 28, 0, 0, tzinfo=TPE)
TYPHOON_START = datetime(2026, 9, 28, 6, 0, tzinfo=TPE)


def _feed(msgs: list[SimMessage], feed: str) -> list[tuple[SimMessage, Any]]:
    return [(m, json.loads(m.payload)) for m in msgs if m.topic.split("/")[3:4] == [feed]
            and not m.topic.endswith("/status")]


def test_a_fire_put_out_rekindles_hours_later_as_a_new_119_case_at_its_place(registry: Registry) -> None:
    msgs = list(get_scenario("normal_day").generate(registry, MONDAY, 3))
    cases = _feed(msgs, "119")
    first = [(m, b) for m, b in cases if b["category"] == "fire"]
    assert [b["status"] for _, b in first] == ["dispatched", "on_scene", "closed"]
    assert len({m.topic for m, _ in first}) == 1  # one case, its updates
    (rekindle,) = [(m, b) for m, b in cases if b["category"] == "rekindle"]
    r_msg, r_body = rekindle
    assert r_msg.topic != first[0][0].topic  # 119 sends crews again: a new case
    assert r_body["status"] == "dispatched"
    assert r_body["location"] == first[0][1]["location"]
    closed = datetime.fromisoformat(first[-1][1]["ts"])
    assert timedelta(hours=2) <= datetime.fromisoformat(r_body["ts"]) - closed <= timedelta(hours=6)
    case_id = first[0][0].topic.rsplit("/", 1)[1]
    assert case_id in r_body["text"]
    got = categorize("119", r_body["category"], r_body["text"])
    assert got.signal is Signal.FIRE_REPORT
    assert own_type(got.signal) is CenterType.FIRE

    truth = get_scenario("normal_day").ground_truth(registry, MONDAY, 3)
    fires = [i for i in truth.incidents if i.type is IncidentType.FIRE]
    assert [i.source_ids for i in fires] == [(case_id,), (r_msg.topic.rsplit("/", 1)[1],)]
    assert dict(fires[1].detail) == {"rekindles": case_id}
    assert fires[0].window_end <= fires[1].window_start  # put out before it flared up again
    assert "fire" in AGENCIES[IncidentType.FIRE]
    assert CENTER_TYPES[IncidentType.FIRE] == {"fire"}


def test_the_typhoon_s_wind_sets_a_workshop_alight_and_its_roof_rekindles(registry: Registry) -> None:
    msgs = list(get_scenario("typhoon").generate(registry, TYPHOON_START, 5))
    cases = _feed(msgs, "119")
    assert [(b["category"], b["status"]) for _, b in cases] == [
        ("fire", "dispatched"), ("fire", "on_scene"), ("fire", "closed"), ("rekindle", "dispatched")]
    truth = get_scenario("typhoon").ground_truth(registry, TYPHOON_START, 5)
    fires = [i for i in truth.incidents if i.type is IncidentType.FIRE]
    first_case = cases[0][0].topic.rsplit("/", 1)[1]
    assert [i.source_ids for i in fires] == [(first_case,), (cases[-1][0].topic.rsplit("/", 1)[1],)]
    assert dict(fires[1].detail) == {"rekindles": first_case}
    assert all(TYPHOON_START <= i.window_start <= i.window_end < TYPHOON_START + timedelta(hours=12) for i in fires)


def test_a_rekindle_after_the_end_of_the_run_is_not_sent_nor_expected(registry: Registry) -> None:
    msgs = list(get_scenario("normal_day").generate(registry, MONDAY, 3, timedelta(hours=2)))
    assert not [b for _, b in _feed(msgs, "119") if b["category"] == "rekindle"]
    truth = get_scenario("normal_day").ground_truth(registry, MONDAY, 3, timedelta(hours=2))
    assert not [i for i in truth.incidents if i.incident_id.startswith("normal-rekindle-")]


def test_a_saturday_has_its_market_s_permit_and_crowd(registry: Registry) -> None:
    msgs = list(get_scenario("normal_day").generate(registry, SATURDAY, 3))
    (permit,) = [b for _, b in _feed(msgs, "planned_event")]
    assert permit["category"] == "market"
    assert categorize("planned_event", permit["category"]).signal is Signal.PLANNED_EVENT
    start, end = datetime.fromisoformat(permit["start"]), datetime.fromisoformat(permit["end"])
    assert start.weekday() == 5
    assert 8 <= start.astimezone(TPE).hour <= 12
    assert end > start
    assert datetime.fromisoformat(permit["ts"]) <= start
    crowd = [(m, b) for m, b in _feed(msgs, "cctv") if b["event"] == "crowding"]
    assert crowd, "the market's cameras see its crowd"
    assert all(start <= datetime.fromisoformat(b["ts"]) <= end for _, b in crowd)
    truth = get_scenario("normal_day").ground_truth(registry, SATURDAY, 3)
    (market,) = [i for i in truth.incidents if i.type is IncidentType.CROWDING]
    cams = {m.topic.split("/")[4] for m, _ in crowd}
    assert set(market.source_ids) == {market.source_ids[0], *cams}
    assert market.source_ids[0].endswith("-MARKET")
    assert market.window_start == start


def test_a_weekday_has_no_market(registry: Registry) -> None:
    msgs = list(get_scenario("normal_day").generate(registry, MONDAY, 3))
    assert not _feed(msgs, "planned_event")
    truth = get_scenario("normal_day").ground_truth(registry, MONDAY, 3)
    assert not [i for i in truth.incidents if i.type is IncidentType.CROWDING]


def test_the_typhoon_cancels_the_festival_evening_and_no_crowd_is_expected(registry: Registry) -> None:
    msgs = list(get_scenario("typhoon").generate(registry, TYPHOON_START, 5))
    versions = _feed(msgs, "planned_event")
    assert [b["category"] for _, b in versions] == ["festival", "festival"]
    assert len({m.topic for m, _ in versions}) == 1  # the same permit, a later version
    assert [b.get("status", "approved") for _, b in versions] == ["approved", PermitStatus.CANCELLED.value]
    cancelled = datetime.fromisoformat(versions[1][1]["ts"])
    assert cancelled < datetime.fromisoformat(versions[1][1]["start"])  # before the evening began
    assert categorize("planned_event", "festival").signal is Signal.PLANNED_EVENT
    truth = get_scenario("typhoon").ground_truth(registry, TYPHOON_START, 5)
    permit_id = versions[0][0].topic.rsplit("/", 1)[1]
    assert not [i for i in truth.incidents if permit_id in i.source_ids]
    assert not [i for i in truth.incidents if i.type is IncidentType.CROWDING]


def test_the_new_messages_pass_the_wire_contract(registry: Registry) -> None:
    """Each 119 case update, rekindle, permit version and market camera event parses into an
    event row as ingest reads the wire (docs/mqtt.md), received a second after it was observed."""
    kinds = {s.sensor_id: s.kind for s in registry}
    msgs = [*get_scenario("normal_day").generate(registry, SATURDAY, 3),
            *get_scenario("typhoon").generate(registry, TYPHOON_START, 5)]
    checked = 0
    for m in msgs:
        if m.topic.split("/")[3] in {"119", "planned_event", "cctv"} and not m.topic.endswith("/status"):
            parsed = parse_message(m.topic, m.payload, now=m.scenario_time + timedelta(seconds=1), registry=kinds,
                                   limits=Limits())
            assert parsed.events, m.topic
            assert not parsed.late, m.topic
            checked += 1
    assert checked >= 10
