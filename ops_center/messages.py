"""Dispatch messages on MQTT: topics as validated values, payloads parsed by pydantic.

Topic tree (the broker ACL lets ``agency-{name}`` read and write only
``soc/v1/dispatch/{name}/#``; ``center`` reads and writes all of it)::

    soc/v1/dispatch/{agency}/assignment/{incident_id}   center → agency, retained, JSON
    soc/v1/dispatch/{agency}/status/{incident_id}       agency → center, JSON status
    soc/v1/dispatch/{agency}/ack/{incident_id}          agency → center, CAP 1.2 Ack XML
    soc/v1/dispatch/{agency}/reply/{incident_id}        center → agency, a report accepted or refused, JSON

Because of the ACL, the agency in the topic *is* the sender: the center trusts
it and nothing in the payload can claim another agency.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated

from defusedxml import ElementTree as SafeET
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from common.jsondoc import JsonDocError, RepeatedKeyError, loads_unique
from ops_center.cap_exchange import CENTER_SENDER
from ops_center.dispatch import Agency, AssignmentState
from ops_center.errors import MessageError

PREFIX = "soc/v1/dispatch"
CAP_NS = "{urn:oasis:names:tc:emergency:cap:1.2}"
# One level deeper or shallower than the contract still reaches the center, which refuses and
# audits it (``bad_topic``): the ACL lets an agency write the whole of its status and ack trees.
INTAKE_TOPICS = (f"{PREFIX}/+/status/#", f"{PREFIX}/+/ack/#")


class Channel(StrEnum):
    """The kind of a dispatch topic."""

    ASSIGNMENT = "assignment"
    STATUS = "status"
    ACK = "ack"
    REPLY = "reply"


#: The longest topic text an audit row names (its actor and subject are indexed, and a
#: btree key holds at most 2,704 bytes), and the longest incident id a topic may carry.
MAX_TOPIC_TEXT = 200


def topic_text(topic: str) -> str:
    """``topic`` as an audit row names it: cut to :data:`MAX_TOPIC_TEXT` characters (and
    ``…``); an agency may write topics of any depth under its trees, up to 65,535 bytes."""
    return topic if len(topic) <= MAX_TOPIC_TEXT else topic[:MAX_TOPIC_TEXT] + "…"


def sender(topic: str) -> str:
    """The account an agency message on ``topic`` came from, as its audit row names it: only
    ``agency-{name}`` may write under ``soc/v1/dispatch/{name}/status/#`` and ``.../ack/#``
    (the broker's ACL), so the topic's agency level names it, however malformed the rest;
    ``mqtt:{topic}`` (cut, :func:`topic_text`) for a topic whose agency level names none."""
    parts = topic.split("/", 5)
    if len(parts) >= 5 and "/".join(parts[:3]) == PREFIX and parts[4] in (Channel.STATUS, Channel.ACK):
        try:
            return f"agency-{Agency(parts[3]).value}"
        except ValueError:
            pass
    return f"mqtt:{topic_text(topic)}"


def answerable(topic: str) -> tuple[Agency, str] | None:
    """The agency and the incident id to answer a report on ``topic`` with, on the agency's
    ``reply`` topic, when it is not a dispatch topic only for its incident id (not ``inc-…``:
    ``.../status/None``) but names one topic level of at most :data:`MAX_TOPIC_TEXT`
    characters; None otherwise (nothing to answer on)."""
    parts = topic.split("/")
    if len(parts) != 6 or "/".join(parts[:3]) != PREFIX or parts[4] not in (Channel.STATUS, Channel.ACK):
        return None
    if not parts[5] or len(parts[5]) > MAX_TOPIC_TEXT or any(c in parts[5] for c in "+#\0"):
        return None
    try:
        return Agency(parts[3]), parts[5]
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class DispatchTopic:
    """``soc/v1/dispatch/{agency}/{channel}/{incident_id}``."""

    agency: Agency
    channel: Channel
    incident_id: str

    def __str__(self) -> str:
        return f"{PREFIX}/{self.agency.value}/{self.channel.value}/{self.incident_id}"

    @classmethod
    def parse(cls, topic: str) -> DispatchTopic:
        """Validate a topic; raises :class:`MessageError` (reason ``bad_topic``)."""
        parts = topic.split("/")
        if len(parts) != 6 or "/".join(parts[:3]) != PREFIX:
            raise MessageError(f"not a dispatch topic: {topic_text(topic)}", topic=topic, reason="bad_topic")
        try:
            agency, channel = Agency(parts[3]), Channel(parts[4])
        except ValueError as exc:
            raise MessageError(str(exc), topic=topic, reason="bad_topic") from exc
        if not parts[5].startswith("inc-") or len(parts[5]) > MAX_TOPIC_TEXT:
            raise MessageError(f"bad incident id in {topic_text(topic)}", topic=topic, reason="bad_topic")
        return cls(agency, channel, parts[5])


def _storable(text: str) -> str:
    """Refuse a NUL: PostgreSQL text and jsonb cannot hold one (SQLSTATE 22P05)."""
    if "\x00" in text:
        raise ValueError("NUL in a string")
    return text


#: A string an agency sends that the center stores (audit, dispatch log) as it is.
StorableText = Annotated[str, AfterValidator(_storable)]


def payload_text(payload: bytes, limit: int = 2000) -> str:
    """A refused message's bytes as text for the audit: cut, undecodable bytes replaced,
    a NUL written ``\\0`` (the row must store whatever the message held)."""
    return payload[:limit].decode("utf-8", "replace").replace("\x00", "\\0")


#: The longest display name (``by``, a CAP sender) and note an agency's report may carry;
#: a CAP Ack's identifier is bounded like its sender (both form ``ops_cap_messages``' key).
MAX_BY_CHARS = 200
MAX_NOTE_CHARS = 2000
#: CAP 1.2's DateTime (the XSD's pattern for ``sent``): seconds and a UTC offset, never "Z".
CAP_SENT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[-+]\d{2}:\d{2}")


def acknowledges(references: str, incident_id: str, upto: int | None = None) -> bool:
    """Whether CAP ``references`` (space-separated ``sender,identifier,sent`` triples, CAP 1.2
    §3.2.1) name a message the center sent about ``incident_id``: its sender
    :data:`~ops_center.cap_exchange.CENTER_SENDER`, its identifier ``{incident_id}-{n}``
    (ops_center.outbound), numbered 1 to ``upto`` when the caller knows how many it sent."""
    own = re.compile(re.escape(incident_id) + r"-(\d+)")
    for triple in references.split():
        parts = triple.split(",")
        number = own.fullmatch(parts[1]) if len(parts) == 3 else None
        if (number is not None and parts[0] == CENTER_SENDER and CAP_SENT.fullmatch(parts[2])
                and (upto is None or 1 <= int(number[1]) <= upto)):
            return True
    return False


def carried_over_words(job_id: str, number: int | None) -> tuple[str, str]:
    """Why an assignment ended on an incident another job took, in zh-TW and English: its crew
    works on that job now, named by its short number (``#12``, when it has one) and its id."""
    named = f"#{number} {job_id}" if number is not None else job_id
    return (f"已併入 {named}，人員改在該案執行",
            f"carried over to {named}, which took this incident: the crew works there now")


class StatusPayload(BaseModel):
    """An agency's status report: the state it has reached, who, and an optional note."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    state: AssignmentState
    by: StorableText = Field(default="", max_length=MAX_BY_CHARS)
    note: StorableText = Field(default="", max_length=MAX_NOTE_CHARS)


@dataclass(frozen=True, slots=True)
class AgencyReport:
    """A parsed agency message: move ``agency``'s assignment on ``incident_id`` to ``state``."""

    agency: Agency
    incident_id: str
    state: AssignmentState
    by: str
    note: str
    cap_identifier: str | None = None
    cap_references: str = ""


def parse_report(topic: str, payload: bytes) -> AgencyReport:
    """Parse a status (JSON) or ack (CAP 1.2 Ack) message; raises :class:`MessageError`."""
    t = DispatchTopic.parse(topic)
    if t.channel is Channel.STATUS:
        try:
            body = StatusPayload.model_validate_json(payload)
        except ValidationError as exc:
            raise MessageError(str(exc), topic=topic, reason="bad_payload") from exc
        try:  # pydantic keeps the last of a repeated key: {"state": "en_route", "state": "cleared"}
            loads_unique(payload)  # read as cleared where a log or an audit reading the first saw en_route
        except RepeatedKeyError as exc:
            raise MessageError(f"key {exc.key!r} named twice", topic=topic, reason="bad_payload") from exc
        except JsonDocError as exc:
            raise MessageError(str(exc), topic=topic, reason="bad_payload") from exc
        if body.state in (AssignmentState.ASSIGNED, AssignmentState.CANCELLED):
            raise MessageError(f"agencies cannot set {body.state}", topic=topic, reason="not_agency_state")
        return AgencyReport(t.agency, t.incident_id, body.state, body.by, body.note)
    if t.channel is Channel.ACK:
        return _parse_ack(t, topic, payload)
    raise MessageError("agencies do not publish assignments", topic=topic, reason="bad_topic")


def _parse_ack(t: DispatchTopic, topic: str, payload: bytes) -> AgencyReport:
    """A CAP 1.2 Ack, kept whole in ``ops_cap_messages`` (text): so UTF-8 without NUL,
    like every payload on the broker, and its key (sender, identifier) within bounds that
    PostgreSQL's btree index holds; the note bounded as a status report's."""
    try:
        if "\x00" in payload.decode("utf-8"):
            raise ValueError("NUL")
    except ValueError as exc:  # UnicodeDecodeError included
        raise MessageError("a CAP Ack must be UTF-8 text without NUL", topic=topic, reason="bad_cap") from exc
    try:
        root = SafeET.fromstring(payload)
    except Exception as exc:  # defusedxml raises several unrelated types
        raise MessageError(f"bad CAP XML: {exc}", topic=topic, reason="bad_cap") from exc
    if root.tag != f"{CAP_NS}alert" or root.findtext(f"{CAP_NS}msgType") != "Ack":
        raise MessageError("not a CAP 1.2 Ack", topic=topic, reason="bad_cap")
    ident = root.findtext(f"{CAP_NS}identifier") or ""
    sender = root.findtext(f"{CAP_NS}sender") or ""
    note = root.findtext(f"{CAP_NS}note") or ""
    refs = root.findtext(f"{CAP_NS}references") or ""
    if not ident or not sender:
        raise MessageError("CAP Ack without identifier/sender", topic=topic, reason="bad_cap")
    if max(len(ident), len(sender)) > MAX_BY_CHARS or max(len(note), len(refs)) > MAX_NOTE_CHARS:
        raise MessageError(
            f"CAP Ack identifier or sender over {MAX_BY_CHARS} characters, note or references over "
            f"{MAX_NOTE_CHARS}", topic=topic, reason="bad_cap")
    if CAP_SENT.fullmatch((root.findtext(f"{CAP_NS}sent") or "").strip()) is None:
        raise MessageError("CAP Ack sent must be a time with its UTC offset (CAP 1.2: 2026-12-07T13:15:45+08:00)",
                           topic=topic, reason="bad_cap")
    if not acknowledges(refs, t.incident_id):
        # CAP 1.2 §3.2.1: an Ack acknowledges the messages its <references> names
        raise MessageError(f"CAP Ack references no message the center sent about {t.incident_id}",
                           topic=topic, reason="bad_cap")
    return AgencyReport(t.agency, t.incident_id, AssignmentState.ACKNOWLEDGED, sender, note,
                        cap_identifier=ident, cap_references=refs)
