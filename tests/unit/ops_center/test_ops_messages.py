"""Dispatch topics and agency payloads: valid ones parse, everything else is refused with a reason."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from xml.sax.saxutils import escape

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ops_center.cap_exchange import CENTER_SENDER, ack_message, message_ref
from ops_center.dispatch import Agency, AssignmentState
from ops_center.errors import MessageError
from ops_center.messages import MAX_BY_CHARS, MAX_NOTE_CHARS, Channel, DispatchTopic, acknowledges, parse_report

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


def _bare_ack(sent: str, references: str | None) -> bytes:
    refs = "" if references is None else f"<references>{references}</references>"
    return ('<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>A3</identifier><sender>s</sender>'
            f"<sent>{sent}</sent><status>Actual</status><msgType>Ack</msgType><scope>Private</scope>{refs}"
            "</alert>").encode()


@pytest.mark.parametrize(
    ("sent", "references"),
    [
        ("2026-12-07T13:15:45+08:00", None),                                   # acknowledges nothing
        ("2026-12-07T13:15:45", f"{CENTER_SENDER},{INC}-1,2026-12-07T12:59:33+08:00"),  # no offset: not CAP
        ("2026-12-07T13:16:00+08:00",                                          # another incident's Alert
         f"{CENTER_SENDER},inc-ccc27ca948581ac3-1,2026-12-07T12:59:33+08:00"),
        ("2026-12-07T13:16:00+08:00", f"{CENTER_SENDER},{INC},2026-12-07T12:59:33+08:00"),  # no message number
        ("2026-12-07T13:16:00+08:00", f"{CENTER_SENDER},{INC}-1"),             # no sent in the triple
        ("2026-12-07T13:16:00+08:00", f"soc.taichung,{INC}-1,2026-12-07T12:59:33+08:00"),  # not the center's
        ("2026-12-07T13:16:00+08:00", f"fire@taichung,{INC}-1,2026-12-07T12:59:33+08:00"),  # the agency's own
    ],
)
def test_a_cap_ack_that_names_no_message_of_its_incident_or_is_no_cap_is_refused(
    sent: str, references: str | None
) -> None:
    """CAP 1.2 §3.2.1: an Ack acknowledges the messages its ``references`` names; one naming
    none of this incident's, or whose ``sent`` has no offset, must not stop the incident's
    acknowledgement clock."""
    with pytest.raises(MessageError) as err:
        parse_report(f"soc/v1/dispatch/public_works/ack/{INC}", _bare_ack(sent, references))
    assert err.value.reason == "bad_cap"


def test_a_cap_ack_naming_one_of_its_incident_s_messages_among_others_acknowledges() -> None:
    refs = (f"{CENTER_SENDER},inc-ccc27ca948581ac3-1,2026-12-07T12:59:33+08:00 "
            f"{CENTER_SENDER},{INC}-2,2026-12-07T13:01:00+08:00")
    r = parse_report(f"soc/v1/dispatch/public_works/ack/{INC}", _bare_ack("2026-12-07T13:16:00+08:00", refs))
    assert r.state is AssignmentState.ACKNOWLEDGED


@given(st.text(alphabet=st.characters(blacklist_characters=", \t\n\r\x00<>&", blacklist_categories=("Cs", "Zs")),
               min_size=1, max_size=40))
def test_a_cap_ack_naming_its_incident_s_message_under_any_other_sender_is_refused(sender: str) -> None:
    """The center's messages carry its own sender (docs/ops_center.md, MQTT): an Ack naming
    ``{incident_id}-{n}`` under another sender names a message the center never sent."""
    refs = f"{sender},{INC}-1,2026-12-07T12:59:33+08:00"
    topic = f"soc/v1/dispatch/fire/ack/{INC}"
    if sender == CENTER_SENDER:
        assert parse_report(topic, _bare_ack("2026-12-07T13:16:00+08:00", refs)).state is AssignmentState.ACKNOWLEDGED
        return
    with pytest.raises(MessageError) as err:
        parse_report(topic, _bare_ack("2026-12-07T13:16:00+08:00", refs))
    assert err.value.reason == "bad_cap"


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=0, max_value=50))
def test_an_ack_acknowledges_only_a_message_number_the_center_sent(number: int, sent: int) -> None:
    """The center numbers an incident's messages ``-1`` to ``-n`` as it sends them: a
    reference to any other number names a message it never sent."""
    refs = f"{CENTER_SENDER},{INC}-{number},2026-12-07T12:59:33+08:00"
    assert acknowledges(refs, INC, upto=sent) is (1 <= number <= sent)
    assert acknowledges(refs, INC) is True  # the number not known: the form alone


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


def _ack(ident: str, sender: str, note: str, encoding: str) -> bytes:
    return (f'<?xml version="1.0" encoding="{encoding}"?><alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">'
            f"<identifier>{ident}</identifier><sender>{sender}</sender><msgType>Ack</msgType>"
            f"<note>{note}</note></alert>").encode(encoding, "replace")


_XML_TEXT = st.characters(blacklist_categories=("Cs", "Cc"))


@given(st.one_of(
    st.binary(max_size=300),
    st.builds(
        _ack,
        st.text(_XML_TEXT, min_size=1, max_size=300).map(escape),
        st.text(_XML_TEXT, min_size=1, max_size=300).map(escape),
        st.text(_XML_TEXT, max_size=3000).map(escape),
        st.sampled_from(["UTF-8", "UTF-16", "UTF-16LE", "ISO-8859-1", "Big5"]),
    ),
))
def test_a_parsed_cap_ack_is_utf8_text_with_bounded_fields(payload: bytes) -> None:
    """Whatever an agency sends on ``ack/``: refused as ``bad_cap``, or a report whose
    payload ``ops_cap_messages`` stores as text and whose key a btree index holds."""
    try:
        r = parse_report(f"soc/v1/dispatch/water/ack/{INC}", payload)
    except MessageError as exc:
        reason = exc.reason
        assert reason == "bad_cap"
        return
    assert "\x00" not in payload.decode("utf-8")
    assert r.cap_identifier is not None
    assert 0 < len(r.cap_identifier) <= MAX_BY_CHARS
    assert 0 < len(r.by) <= MAX_BY_CHARS
    assert len(r.note) <= MAX_NOTE_CHARS
    assert len(r.cap_references) <= MAX_NOTE_CHARS


_STATES = st.sampled_from(["acknowledged", "en_route", "on_scene", "cleared"])
_FIELD = st.one_of(st.tuples(st.just("state"), _STATES),
                   st.tuples(st.sampled_from(["by", "note"]), st.text(_XML_TEXT, max_size=20)))


@given(st.lists(_FIELD, min_size=1, max_size=6))
def test_a_status_report_naming_a_key_twice_is_refused(fields: list[tuple[str, str]]) -> None:
    """``{"state": "en_route", "state": "cleared"}`` was applied as cleared, while an audit
    or a desk's log reading the first key saw en_route (the API refuses such bodies too)."""
    body = "{" + ", ".join(f"{json.dumps(k)}: {json.dumps(v)}" for k, v in fields) + "}"
    topic = f"soc/v1/dispatch/police/status/{INC}"
    keys = [k for k, _ in fields]
    if len(set(keys)) == len(keys):
        if "state" in keys:
            assert parse_report(topic, body.encode()).state == dict(fields)["state"]
        return
    with pytest.raises(MessageError) as err:
        parse_report(topic, body.encode())
    assert err.value.reason == "bad_payload"
    if "state" in keys:  # else it is refused for want of a state
        assert "twice" in str(err.value)
