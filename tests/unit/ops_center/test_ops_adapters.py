"""Rows of events and alerts become items with the right key, place and signal."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from alerts.api import ConditionTransition as AlertRow
from common.vocabulary import CaseStatus, PermitStatus, StatusReason
from geo.crs import to_twd97
from ops_center.policies import REASON_MIRROR, REASON_UNRELATED, Signal, classify
from ops_center.repo import EventRow, item_from_json, item_json
from ops_center.service import alert_item, event_item

T = datetime(2016, 9, 27, 6, 0, tzinfo=UTC)


def alert(rule_id: str, severity: str = "Severe", lon: float | None = 120.656) -> AlertRow:
    return AlertRow(7, T, severity, T, 1, rule_id, "S1", "disaster", lon, 24.18 if lon else None)


@pytest.mark.parametrize(
    ("rule_id", "signal", "reason"),
    [
        ("flood-depth", Signal.FLOOD_DEPTH, ""),
        ("water-level", Signal.WATER_LEVEL, ""),
        ("water-level-rise", Signal.WATER_LEVEL, ""),
        ("cwa-rainfall", Signal.HEAVY_RAIN, ""),
        ("corridor-congestion", Signal.TRAFFIC_SLOWDOWN, ""),
        ("fire-alarm", None, REASON_MIRROR),
        ("police-incident", None, REASON_MIRROR),
        ("citizen-1999", None, REASON_MIRROR),
        ("sensor-offline", Signal.DEVICE_OFFLINE, ""),
    ],
)
def test_alert_rules_map_to_signals(rule_id: str, signal: Signal | None, reason: str) -> None:
    item = alert_item(alert(rule_id))
    assert item is not None
    got_signal, got_reason = classify(item)
    assert got_signal is signal
    if signal is None:
        assert got_reason == reason


def test_alert_key_carries_severity_and_place_is_projected() -> None:
    item = alert_item(alert("flood-depth", "Moderate"))
    assert item is not None
    assert item.key == "alert:7:Moderate"
    assert (item.x, item.y) == pytest.approx(to_twd97(120.656, 24.18))
    assert alert_item(alert("flood-depth", lon=None)) is None


def test_an_alert_carries_the_registered_site_of_its_sensor() -> None:
    item = alert_item(replace(alert("flood-depth"), site="detention_pond"))
    assert item is not None
    assert item.site == "detention_pond"
    bare = alert_item(alert("flood-depth"))
    assert bare is not None
    assert bare.site == ""


def test_event_key_is_the_natural_key() -> None:
    row = EventRow("P9", "traffic", "parking", "k1", T, "full", None, 120.65, 24.18, T)
    item = event_item(row)
    assert item is not None
    assert item.key == f"event:P9|parking|k1|{T.isoformat()}"
    assert classify(item) == (Signal.PARKING_EFFECT, "")
    unrelated = event_item(EventRow("L1", "citizen", "1999", "k2", T, "streetlight", None, 120.65, 24.18, T))
    assert unrelated is not None
    assert classify(unrelated) == (None, REASON_UNRELATED)
    assert event_item(EventRow("P9", "traffic", "parking", "k1", T, "full", None, None, None, T)) is None


def test_alert_transitions_after_the_raise_are_evidence_or_its_end() -> None:
    """A level change within one severity and a recurrence are new evidence (their own
    keys, the rule's signal); a clear or a resolution ends the device's condition."""
    raised = alert_item(alert("flood-depth", "Severe"))
    level = alert_item(replace(alert("flood-depth", "Severe"), action="level", transition_id=2))
    recur = alert_item(replace(alert("flood-depth", "Severe"), action="recur", transition_id=3))
    cleared = alert_item(replace(alert("flood-depth", "Severe"), action="clear", transition_id=4))
    resolved = alert_item(replace(alert("cwa-rainfall", "Severe"), action="resolve", transition_id=5))
    assert raised is not None
    assert level is not None
    assert recur is not None
    assert cleared is not None
    assert resolved is not None
    assert len({raised.key, level.key, recur.key, cleared.key}) == 4
    assert classify(level) == (Signal.FLOOD_DEPTH, "")
    assert classify(recur) == (Signal.FLOOD_DEPTH, "")
    assert classify(cleared)[0] is Signal.ENDS
    assert classify(resolved)[0] is Signal.ENDS
    assert cleared.source_id == "S1"


def test_a_cameras_confidence_reaches_the_item() -> None:
    """The analytics' confidence rides with the detection (the correlator reads it)."""
    row = EventRow("CAM-1", "police", "cctv", "k1", T, "accident", None, 120.65, 24.18, T, confidence=0.42)
    item = event_item(row)
    assert item is not None
    assert item.confidence == 0.42
    bare = event_item(EventRow("P9", "traffic", "parking", "k1", T, "full", None, 120.65, 24.18, T))
    assert bare is not None
    assert bare.confidence is None


@pytest.mark.parametrize("reason", [*StatusReason, None])
def test_a_device_status_gives_its_reason_as_a_field_and_the_replay_log_keeps_it(reason: StatusReason | None) -> None:
    """A status's reason (docs/mqtt.md) is the item's ``reason``, not words of its text, and an
    item read back from the replay log has it."""
    row = EventRow("PK-1", "traffic", "status", "k1", T, "offline", None, 120.65, 24.18, T,
                   reason=reason.value if reason is not None else None)
    item = event_item(row)
    assert item is not None
    assert item.reason is reason
    assert item.text == ""
    assert item_from_json(json.loads(item_json(item))) == item


@given(st.one_of(st.none(), st.floats(min_value=0.0, max_value=1.0)))
def test_the_replay_log_keeps_a_detections_confidence(confidence: float | None) -> None:
    """An item read back from the replay log is the item fed (the restart replays the same
    decisions), whatever its confidence, 0 and 1 included."""
    row = EventRow("CAM-1", "police", "cctv", "k1", T, "accident", None, 120.65, 24.18, T, confidence=confidence)
    item = event_item(row)
    assert item is not None
    assert item_from_json(json.loads(item_json(item))) == item


@pytest.mark.parametrize("why", list(StatusReason))
def test_the_offline_rule_s_alert_gives_the_device_s_reason_as_its_field_and_no_alert_reads_as_text(
        why: StatusReason) -> None:
    """The device's reason is the transition's own field (``alert_transitions.status_reason``),
    never read back from the words of its reason text; the item carries no text."""
    offline = alert_item(replace(alert("sensor-offline", "Minor"), reason="went offline", status_reason=why))
    assert offline is not None
    assert offline.reason is why
    assert offline.text == ""
    said_in_words = alert_item(replace(alert("sensor-offline", "Minor"), reason=f"status offline: {why.value}"))
    assert said_in_words is not None
    assert said_in_words.reason is None
    flood = alert_item(replace(alert("flood-depth"), reason="depth 35 cm", status_reason=why))
    assert flood is not None
    assert flood.text == ""
    assert flood.reason is None


@given(st.one_of(st.sampled_from([s.value for s in CaseStatus]), st.text(max_size=12)))
def test_a_119_dispatch_s_status_is_its_event_key_and_the_replay_log_keeps_it(key: str) -> None:
    """Where a 119 dispatch stands (its event key, docs/mqtt.md) is the item's ``status``; an
    item read back from the replay log has it; another feed's event key is no status."""
    item = event_item(EventRow("F-1", "fire", "119", key, T, "rescue", None, 120.65, 24.18, T))
    assert item is not None
    assert item.status is CaseStatus.parse(key)
    assert item_from_json(json.loads(item_json(item))) == item
    other = event_item(EventRow("C-1", "citizen", "1999", key, T, "flooding", None, 120.65, 24.18, T))
    assert other is not None
    assert other.status is None


@given(st.one_of(st.none(), st.floats(min_value=0.0, max_value=1e7)))
def test_a_permit_s_area_reaches_its_item_and_the_replay_log_keeps_it(area_m: float | None) -> None:
    """How far a permit's declared area reaches (``events.radius_m``, or its polygon's farthest
    corner) is the item's ``area_m``; only a planned event's (a row with an end) is read."""
    ends = datetime(2016, 9, 27, 9, 0, tzinfo=UTC)
    row = EventRow("PE-1", "police", "planned_event", f"approved@{T.isoformat()}", T, "march", None, 120.65, 24.18, T,
                   ends_at=ends, area_m=area_m)
    item = event_item(row)
    assert item is not None
    assert item.area_m == area_m
    assert item_from_json(json.loads(item_json(item))) == item
    other = event_item(EventRow("C-1", "citizen", "1999", "k1", T, "flooding", None, 120.65, 24.18, T, area_m=5.0))
    assert other is not None
    assert other.area_m is None


@given(st.sampled_from(PermitStatus), st.sampled_from(["", "@", "pending@", "cancelled", "CANCELLED@"]))
def test_a_permit_s_status_reaches_its_item_and_the_replay_log_keeps_it(status: PermitStatus, bad: str) -> None:
    """Where a permit's version stands is its event key's ``{status}@`` (docs/mqtt.md): the
    item's ``permit_status``; a key that does not say, or any row but a permit's, gives None."""
    ends = datetime(2016, 9, 27, 9, 0, tzinfo=UTC)
    row = EventRow("PE-1", "police", "planned_event", f"{status.value}@{T.isoformat()}", T, "concert", None,
                   120.65, 24.18, T, ends_at=ends)
    item = event_item(row)
    assert item is not None
    assert item.permit_status is status
    assert item_from_json(json.loads(item_json(item))) == item
    unsaid = event_item(replace(row, event_key=bad + T.isoformat() if "@" in bad else bad))
    assert unsaid is not None
    assert unsaid.permit_status is None
    other = event_item(EventRow("C-1", "citizen", "1999", f"{status.value}@{T.isoformat()}", T, "flooding", None,
                                120.65, 24.18, T))
    assert other is not None
    assert other.permit_status is None


@given(st.one_of(st.none(), st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}", fullmatch=True)))
def test_a_device_s_gateway_reaches_its_status_and_its_alert_and_the_replay_log_keeps_it(gateway: str | None) -> None:
    """The registry's gateway of a status's device and of an alert's sensor is the item's."""
    status = event_item(EventRow("PK-1", "traffic", "status", "k1", T, "offline", None, 120.65, 24.18, T,
                                 gateway=gateway))
    offline = alert_item(replace(alert("sensor-offline", "Minor"), gateway=gateway))
    assert status is not None
    assert offline is not None
    assert (status.gateway, offline.gateway) == (gateway or "", gateway or "")
    assert item_from_json(json.loads(item_json(status))) == status
    assert item_from_json(json.loads(item_json(offline))) == offline
