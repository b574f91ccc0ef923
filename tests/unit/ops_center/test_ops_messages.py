"""Dispatch topics and agency payloads: valid ones parse, everything else is refused with a reason."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ops_center.cap_exchange import CENTER_SENDER, ack_message, message_ref
from ops_center.dispatch import Agency, AssignmentState
from ops_center.errors import MessageError
from ops_center.messages import Channel, DispatchTopic, parse_report

INC = "inc-0123456789abcdef"


def test_topic_round_trip() -> None:
    t = DispatchTopic(Agency.WATER, Channel.STATUS, INC)
    assert DispatchTopic.parse(str(t)) == t


@pytest.mark.parametrize(
    "topic",
    [
        f"soc/v1/dispatch/navy/status/{INC}",
        f"soc/v1/dispatch/fire/lunch/{INC}",
        "soc/v1/dispatch/fire/status/not-an-incident",
        f"soc/v1/disaster/fire/status/{INC}",
        f"soc/v1/dispatch/fire/status/{INC}/extra",
    ],
)
def test_bad_topics(topic: str) -> None:
    with pytest.raises(MessageError) as err:
        parse_report(topic, b'{"state": "acknowledged"}')
    assert err.value.reason == "bad_topic"


def test_status_report() -> None:
    r = parse_report(f"soc/v1/dispatch/police/status/{INC}", '{"state": "en_route", "by": "第一分局"}'.encode())
    assert (r.agency, r.incident_id, r.state, r.by) == (Agency.POLICE, INC, AssignmentState.EN_ROUTE, "第一分局")


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        (b"not json", "bad_payload"),
        (b'{"state": "teleported"}', "bad_payload"),
        (b'{"state": "acknowledged", "agency": "fire"}', "bad_payload"),
        (b'{"state": "cancelled"}', "not_agency_state"),
        (b'{"state": "assigned"}', "not_agency_state"),
    ],
)
def test_bad_status_payloads(payload: bytes, reason: str) -> None:
    with pytest.raises(MessageError) as err:
        parse_report(f"soc/v1/dispatch/police/status/{INC}", payload)
    assert err.value.reason == reason


def test_cap_ack_acknowledges() -> None:
    sent = datetime(2016, 9, 27, 5, 0, tzinfo=UTC)
    xml = ack_message(message_ref("water@taichung", "w-1", sent), message_ref(CENTER_SENDER, f"{INC}-1", sent))
    r = parse_report(f"soc/v1/dispatch/water/ack/{INC}", xml)
    assert (r.state, r.by, r.cap_identifier) == (AssignmentState.ACKNOWLEDGED, "water@taichung", "w-1")
    assert r.cap_references.startswith(f"{CENTER_SENDER},{INC}-1,")


@pytest.mark.parametrize(
    "payload",
    [
        b"<alert>",
        b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><alert>&e;</alert>',
        b'<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><msgType>Alert</msgType></alert>',
    ],
)
def test_bad_cap_acks(payload: bytes) -> None:
    with pytest.raises(MessageError) as err:
        parse_report(f"soc/v1/dispatch/water/ack/{INC}", payload)
    assert err.value.reason == "bad_cap"


@given(st.text(max_size=50), st.text(max_size=50))
def test_a_parsed_status_report_holds_only_text_postgresql_can_store(by: str, note: str) -> None:
    payload = json.dumps({"state": "en_route", "by": by, "note": note}).encode("utf-8", "surrogatepass")
    topic = f"soc/v1/dispatch/police/status/{INC}"
    if "\x00" in by + note:
        with pytest.raises(MessageError) as err:
            parse_report(topic, payload)
        assert err.value.reason == "bad_payload"
        return
    r = parse_report(topic, payload)
    for text in (r.by, r.note):
        assert "\x00" not in text
        text.encode("utf-8")  # no lone surrogate
