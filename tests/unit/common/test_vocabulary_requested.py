"""The words the labelled situations' authors could not say on the wire
(tests/data/situations/tools_*/vocabulary_needed.md): a rekindle, a market or festival
permit, an amended or cancelled permit, a water level falling back, a 1999 signal fault.

Expected results come from what each word means (the authors' notes, docs/vocabulary.md):
a rekindle is a fire; a market or a festival brings an audience as any event permit does;
a level falling back below a warning ends its gauge's condition and opens nothing.
"""

from __future__ import annotations

import json

import pytest

from common.vocabulary import (
    EVIDENCE,
    PERMIT_STATUS_LABELS,
    IncidentType,
    PermitStatus,
    Role,
    Signal,
    categorize,
    labels,
    own_type,
)
from ingest.errors import MessageRejectedError, QuarantineReason
from ingest.payloads import Limits, Parsed, parse_message
from tests.unit.ingest.ingest_strategies import NOW, REGISTRY

TS = "2016-06-02T17:00:00+08:00"
POINT = {"type": "Point", "coordinates": [120.65, 24.18]}


@pytest.mark.parametrize(("feed", "code", "zh", "en", "signal", "opens"), [
    ("119", "rekindle", "復燃", "Rekindle", Signal.FIRE_REPORT, IncidentType.FIRE),
    ("119", "復燃", "復燃", "Rekindle", Signal.FIRE_REPORT, IncidentType.FIRE),
    ("planned_event", "market", "市集", "Market", Signal.PLANNED_EVENT, IncidentType.CROWD),
    ("planned_event", "夜市", "市集", "Market", Signal.PLANNED_EVENT, IncidentType.CROWD),
    ("planned_event", "festival", "節慶活動", "Festival", Signal.PLANNED_EVENT, IncidentType.CROWD),
    ("1999", "紅綠燈不亮", "交通號誌", "Traffic signal", Signal.SIGNAL_FAULT, IncidentType.TRAFFIC),
    ("1999", "signal_fault", "交通號誌", "Traffic signal", Signal.SIGNAL_FAULT, IncidentType.TRAFFIC),
])
def test_each_requested_word_has_labels_a_signal_and_the_type_it_opens(
        feed: str, code: str, zh: str, en: str, signal: Signal, opens: IncidentType) -> None:
    got = categorize(feed, code)
    assert (got.signal, got.rule) == (signal, "table")
    assert labels(feed, code) == (zh, en)
    assert own_type(signal) is opens


@pytest.mark.parametrize("feed", ["alert", "rule"])
def test_a_water_level_falling_back_ends_its_gauge_s_condition_and_opens_nothing(feed: str) -> None:
    """Read by its prefix it was a ``water_level`` alert, which opens a flood."""
    got = categorize(feed, "water_level_falling")
    assert (got.signal, got.rule) == (Signal.ENDS, "table")
    assert labels(feed, "water_level_falling") == ("水位回降", "Water level falling")
    assert EVIDENCE[Signal.ENDS] == {}
    assert own_type(Signal.ENDS) is None
    assert EVIDENCE[Signal.WATER_LEVEL][IncidentType.FLOOD] is Role.OPENS  # the rising one still does


def test_every_permit_status_has_labels() -> None:
    assert set(PERMIT_STATUS_LABELS) == set(PermitStatus)
    assert PERMIT_STATUS_LABELS[PermitStatus.CANCELLED] == ("撤銷", "Cancelled")


def _parse(topic: str, body: dict[str, object]) -> Parsed | MessageRejectedError:
    try:
        return parse_message(topic, json.dumps(body).encode(), now=NOW, registry=REGISTRY, limits=Limits())
    except MessageRejectedError as exc:
        return exc


def _permit(category: str, status: str | None = None) -> dict[str, object]:
    body: dict[str, object] = {"ts": TS, "category": category, "start": TS, "end": "2016-06-02T22:00:00+08:00",
                               "area": {**POINT, "radius_m": 300}}
    return body | ({"status": status} if status else {})


@pytest.mark.parametrize(("category", "status"), [("market", None), ("festival", "amended"),
                                                  ("market", "cancelled"), ("concert", "approved")])
def test_a_market_or_festival_permit_and_its_versions_are_stored(category: str, status: str | None) -> None:
    out = _parse("soc/v1/police/planned_event/P-9", _permit(category, status))
    assert isinstance(out, Parsed), out
    (event,) = out.events
    assert event.category == category
    assert event.event_key.startswith(f"{status or 'approved'}@")
    assert event.follows == (() if status in (None, "approved") else ("P-9",))  # a version follows its permit


def test_a_rekindle_dispatch_is_stored() -> None:
    out = _parse("soc/v1/fire/119/F-9", {"ts": TS, "category": "rekindle", "location": POINT, "text": "同址復燃"})
    assert isinstance(out, Parsed), out
    assert out.events[0].category == "rekindle"


@pytest.mark.parametrize(("topic", "body"), [
    ("soc/v1/police/planned_event/P-9", _permit("market", "postponed")),
    ("soc/v1/police/planned_event/P-9", _permit("night market")),
    ("soc/v1/fire/119/F-9", {"ts": TS, "category": "re-fire", "location": POINT}),
])
def test_a_word_outside_the_vocabulary_is_quarantined_as_schema(topic: str, body: dict[str, object]) -> None:
    out = _parse(topic, body)
    assert isinstance(out, MessageRejectedError)
    assert out.reason is QuarantineReason.SCHEMA
