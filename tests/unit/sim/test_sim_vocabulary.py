"""The simulator speaks the shared vocabulary: every category it sends is in the table."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from common.lexicon import Cue
from common.vocabulary import Signal, categorize, said
from sim.model import TPE
from sim.registry import Registry
from sim.scenarios import SCENARIOS, get_scenario

START = datetime(2026, 9, 28, 6, 0, tzinfo=TPE)
#: Where each event feed carries its category (docs/mqtt.md, "Event feeds").
CATEGORY_FIELD = {"incident": "category", "1999": "category", "cctv": "event", "signal": "state", "fire_alarm": "state",
                  "119": "category", "planned_event": "category"}


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_every_category_the_simulator_sends_is_in_the_vocabulary(name: str, registry: Registry) -> None:
    seen: set[tuple[str, str]] = set()
    for m in get_scenario(name).generate(registry, START, 3):
        parts = m.topic.split("/")
        feed = parts[3] if len(parts) > 3 else ""
        if feed not in CATEGORY_FIELD or m.topic.endswith("/status") or m.fault is not None:
            continue
        seen.add((feed, str(json.loads(m.payload)[CATEGORY_FIELD[feed]])))
    # in the table: a category of its own, or a generic one (a 1999 停電, a police 協尋) the
    # vocabulary reads by its own words to a signal
    unknown = {fc for fc in seen
               if (got := categorize(*fc)).rule != "table" and (got.category is None or got.signal is None)}
    assert not unknown, unknown
    if name in {"typhoon", "normal_day", "convention_event"}:
        assert seen


def test_the_typhoons_flood_calls_and_crashes_carry_evidence(registry: Registry) -> None:
    sent = set()
    for name in ("typhoon", "normal_day"):
        for m in get_scenario(name).generate(registry, START, 3):
            feed = m.topic.split("/")[3]
            if feed in {"1999", "incident"}:
                body = json.loads(m.payload)
                sent.add((feed, body["category"], categorize(feed, body["category"]).signal))
    signals = {s for _, _, s in sent}
    assert {"flood_report", "traffic_accident"} <= {s.value for s in signals if s is not None}


def test_a_normal_days_crash_is_followed_by_the_road_reopened(registry: Registry) -> None:
    """The police file the crash's lane open again (``road_reopened``, docs/mqtt.md) 40 minutes
    after it, as a follow-up of the crash report; the vocabulary reads it as the closure's word
    that the road is open again."""
    reports = [json.loads(m.payload) for m in get_scenario("normal_day").generate(registry, START, 3)
               if m.topic.startswith("soc/v1/police/incident/")]
    crash = next(r for r in reports if r["category"] == "traffic_accident")
    (reopened,) = [r for r in reports if r["category"] == "road_reopened"]
    assert reopened["follows"] == [crash["report_id"]]
    gap = datetime.fromisoformat(reopened["ts"]) - datetime.fromisoformat(crash["ts"])
    assert gap.total_seconds() == 40 * 60
    assert Cue.REOPEN in said("incident", reopened["category"], reopened["text"])


def test_a_normal_day_sends_a_1999_power_cut_and_a_police_search(registry: Registry) -> None:
    """docs/simulator.md: a resident's 1999 call that the power is off (停電) and the police's
    search for an elder who wandered off (missing_person), read as a power loss and a search."""
    said_as = set()
    for m in get_scenario("normal_day").generate(registry, START, 3):
        feed = m.topic.split("/")[3]
        if feed in {"1999", "incident"}:
            body = json.loads(m.payload)
            got = categorize(feed, body["category"])
            said_as.add((feed, got.category.code if got.category else "", got.signal))
    assert ("1999", "power_outage", Signal.POWER_LOSS) in said_as
    assert ("incident", "missing_person", Signal.MISSING_PERSON) in said_as
