"""CAP 1.2 messages: export of our alerts (Taiwan's CAP-TWP profile) and safe import.

Pure: no clock (``sent`` is an argument), no database.

Export follows OASIS CAP 1.2 (element order of the XSD, §3.2) and the CAP-TWP
profile as seen in real CWA and WRA messages (DOMAIN.md §3 "CAP in Taiwan",
§4.3 and §7.7): ``language`` zh-TW, ``eventCode`` with valueName
``profile:CAP-TWP:Event:1.0``, parameters ``alert_title`` and ``severity_level``,
and an ``area`` with a ``Taiwan_Geocode_103`` geocode plus a circle (or polygon).
An update or end of an alert is an ``Update`` or ``Cancel`` message whose
``references`` lists every earlier message as ``sender,identifier,sent``
(CAP 1.2 §3.2.1 ``references``).

Import parses untrusted bytes with :mod:`defusedxml` (no DTDs, no entity
expansion, no external references); anything unusable raises
:class:`~alerts.errors.CapParseError` whose ``reason`` the caller writes to quarantine.
What it accepts can be stored and read back: times from 1990 that Python can hold
in UTC, positions on the globe with a radius of 0-1,000 km (as the MQTT ``cap``
feed checks them, docs/mqtt.md), and key texts short enough for the events index.
"""

from __future__ import annotations

# The stdlib ElementTree only *builds* XML here; every parse goes through defusedxml.
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone

import defusedxml.ElementTree as SafeET
import shapely
from defusedxml import DefusedXmlException

from alerts.errors import CapError, CapParseError
from alerts.lifecycle import Alert, AlertState, Severity
from alerts.rules import MAX_RADIUS_KM, CapArea, CapConfig, Rule

CAP_NS = "urn:oasis:names:tc:emergency:cap:1.2"
CAP_NAMESPACES = (CAP_NS, "urn:oasis:names:tc:emergency:cap:1.1")
TWP_EVENT_CODE = "profile:CAP-TWP:Event:1.0"
GEOCODE_NAME = "Taiwan_Geocode_103"
#: Taiwan has no daylight saving time; CWA and WRA messages use +08:00.
TAIPEI = timezone(timedelta(hours=8))
#: Earliest accepted time of an incoming message (the MQTT contract's bound, docs/mqtt.md).
MIN_TIME = datetime(1990, 1, 1, tzinfo=UTC)
#: Longest identifier, sender and event of an incoming message: they make the
#: ``events`` natural key, whose B-tree entry PostgreSQL caps at about 2.7 kB
#: (4 bytes per character at worst); a topic level is as long (docs/mqtt.md).
MAX_KEY_CHARS = 128
#: Characters XML 1.0 allows (§2.2 ``Char``); any other makes a document that no parser reads.
#: A CAP instance id (``alert_cap_instance``): nothing CAP 1.2 §3.2.1 forbids in an
#: identifier (spaces, commas, ``<``, ``&``), nothing that reads as our ``-`` separator.
_INSTANCE = re.compile("[0-9A-Za-z]{1,32}", re.ASCII)
_NOT_XML_CHAR = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

_RESPONSE = {
    Severity.MINOR: "Monitor",
    Severity.MODERATE: "Monitor",
    Severity.SEVERE: "Prepare",
    Severity.EXTREME: "Execute",
}


@dataclass(frozen=True, slots=True)
class CapRef:
    """One earlier message, as CAP ``references`` lists it."""

    sender: str
    identifier: str
    sent: datetime

    def text(self) -> str:
        """``sender,identifier,sent`` (CAP 1.2 §3.2.1)."""
        return f"{self.sender},{self.identifier},{cap_time(self.sent)}"


@dataclass(frozen=True, slots=True)
class CapMessage:
    """An exported message: its identity (for the log and later references) and XML."""

    identifier: str
    sender: str
    sent: datetime
    msg_type: str
    references: tuple[CapRef, ...]
    xml: str

    def ref(self) -> CapRef:
        """This message as a reference for a later Update/Cancel."""
        return CapRef(self.sender, self.identifier, self.sent)


def cap_time(t: datetime) -> str:
    """CAP date-time: seconds precision with an explicit offset, in Taipei time."""
    if t.tzinfo is None:
        raise CapError("CAP times need a timezone")
    return t.astimezone(TAIPEI).replace(microsecond=0).isoformat()


def msg_type_for(alert: Alert, earlier: Sequence[CapRef]) -> str:
    """Alert for the first message, Cancel once the alert has ended, Update otherwise."""
    if not earlier:
        return "Alert"
    if alert.state in (AlertState.RESOLVED, AlertState.CLOSED):
        return "Cancel"
    return "Update"


def xml_text(text: str) -> str:
    """``text`` with every character XML 1.0 forbids (C0 controls but tab, newline and
    CR; lone surrogates; U+FFFE, U+FFFF) replaced by U+FFFD.

    Alert texts come from outside (a police report's category is any JSON string, a
    sensor's name from the registry); ElementTree writes such a character as it is,
    and the message would not be XML at all.
    """
    return _NOT_XML_CHAR.sub("\ufffd", text)


def _decimal(x: float) -> str:
    """A float as a plain decimal (``1500``, ``0.00005``), never ``1e+03``: CAP 1.2
    §3.2.4 coordinates and radius are decimal numbers."""
    return f"{x:.6f}".rstrip("0").rstrip(".") or "0"


def _sub(parent: ET.Element, tag: str, text: str | None = None) -> ET.Element:
    el = ET.SubElement(parent, f"{{{CAP_NS}}}{tag}")
    if text is not None:
        el.text = xml_text(text)
    return el


def _pair(parent: ET.Element, tag: str, name: str, value: str) -> None:
    el = _sub(parent, tag)
    _sub(el, "valueName", name)
    _sub(el, "value", value)


def render_alert(
    alert: Alert,
    rule: Rule,
    config: CapConfig,
    *,
    instance: str,
    sent: datetime,
    earlier: Sequence[CapRef] = (),
    area: CapArea | None = None,
) -> CapMessage:
    """Render ``alert`` as a CAP 1.2 / CAP-TWP message sent at ``sent``.

    ``instance`` is the database's CAP instance id (table ``alert_cap_instance``, letters
    and digits): alert ids restart with a database created again, and the identifier
    ``TCC-SOC-{instance}-{alert_id}-{n}`` must never repeat for our sender (CAP 1.2 §3.2.1;
    receivers drop a sender and identifier they have seen). ``earlier`` are the messages
    already sent for this alert (oldest first); they decide the message type and become
    ``references``. ``area`` overrides the configured default area (e.g. the district the
    alert lies in).
    """
    if alert.alert_id is None:
        raise CapError("only stored alerts (with an alert_id) can be exported")
    if not _INSTANCE.fullmatch(instance):
        raise CapError(f"CAP instance id must be 1-32 ASCII letters or digits, not {instance[:40]!r}")
    msg_type = msg_type_for(alert, earlier)
    identifier = f"TCC-SOC-{instance}-{alert.alert_id}-{len(earlier) + 1}"
    ET.register_namespace("", CAP_NS)
    root = ET.Element(f"{{{CAP_NS}}}alert")
    _sub(root, "identifier", identifier)
    _sub(root, "sender", config.sender)
    _sub(root, "sent", cap_time(sent))
    _sub(root, "status", "Actual")
    _sub(root, "msgType", msg_type)
    _sub(root, "scope", "Public")
    if earlier:
        _sub(root, "references", " ".join(r.text() for r in earlier))
    info = _sub(root, "info")
    _sub(info, "language", "zh-TW")
    _sub(info, "category", rule.category)
    _sub(info, "event", rule.event or rule.title)
    _sub(info, "responseType", "AllClear" if msg_type == "Cancel" else _RESPONSE[alert.severity])
    # Our alerts come from observations, not forecasts: CAP 1.2 §3.2.2.
    _sub(info, "urgency", "Past" if msg_type == "Cancel" else "Immediate")
    _sub(info, "severity", alert.severity.value)
    _sub(info, "certainty", "Observed")
    _pair(info, "eventCode", TWP_EVENT_CODE, rule.event_code)
    _sub(info, "effective", cap_time(alert.raised_at))
    _sub(info, "expires", cap_time(sent + timedelta(seconds=config.expires_after_s)))
    _sub(info, "senderName", config.sender_name)
    headline = f"{alert.title}" + ("（解除）" if msg_type == "Cancel" else "")
    _sub(info, "headline", headline)
    value = "" if alert.value is None else f"，觀測值 {alert.value:g}"
    _sub(info, "description", f"{alert.title}{value}（{alert.label or alert.severity.value}）")
    if config.web:
        _sub(info, "web", config.web)
    _pair(info, "parameter", "alert_title", rule.title)
    _pair(info, "parameter", "severity_level", alert.label or alert.severity.value)
    _area(info, area or config.default_area, alert)
    xml = ET.tostring(root, encoding="unicode", xml_declaration=False)
    return CapMessage(
        identifier=identifier,
        sender=config.sender,
        sent=sent.replace(microsecond=0),
        msg_type=msg_type,
        references=tuple(earlier),
        xml='<?xml version="1.0" encoding="UTF-8"?>\n' + xml,
    )


def _area(info: ET.Element, area: CapArea, alert: Alert) -> None:
    el = _sub(info, "area")
    _sub(el, "areaDesc", area.area_desc)
    if area.polygon:
        ring = list(area.polygon)
        if ring[0] != ring[-1]:
            ring.append(ring[0])
        if len(ring) < 4:
            raise CapError("a CAP polygon needs at least four points (closed ring)")
        _sub(el, "polygon", " ".join(f"{lat:.6f},{lon:.6f}" for lat, lon in ring))
    # A position off the globe (or NaN) has no CAP circle; the area keeps its geocode.
    if (
        alert.lat is not None
        and alert.lon is not None
        and -90.0 <= alert.lat <= 90.0
        and -180.0 <= alert.lon <= 180.0
    ):
        _sub(el, "circle", f"{alert.lat:.6f},{alert.lon:.6f} {_decimal(area.radius_km)}")
    if area.geocode:
        _pair(el, "geocode", GEOCODE_NAME, area.geocode)


@dataclass(frozen=True, slots=True)
class District:
    """A district outline with its Taiwan_Geocode_103 code (from the geo zones, contract 1)."""

    name: str
    geocode: str
    outline: shapely.Polygon | shapely.MultiPolygon


def area_for(lon: float | None, lat: float | None, districts: Sequence[District], default: CapArea) -> CapArea:
    """The CAP area of a point: the district that contains it, else ``default``."""
    if lon is None or lat is None:
        return default
    pt = shapely.Point(lon, lat)
    for d in districts:
        if d.outline.contains(pt):
            return CapArea(area_desc=d.name, geocode=d.geocode, radius_km=default.radius_km)
    return default


# -- import ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class IncomingArea:
    """An ``<area>`` of an incoming message."""

    area_desc: str
    geocodes: tuple[tuple[str, str], ...] = ()
    circles: tuple[tuple[float, float, float], ...] = ()  # lat, lon, radius km
    polygons: tuple[tuple[tuple[float, float], ...], ...] = ()


@dataclass(frozen=True, slots=True)
class IncomingCap:
    """The fields of an incoming CAP message that the center uses."""

    identifier: str
    sender: str
    sent: datetime
    status: str
    msg_type: str
    references: str = ""
    event: str = ""
    event_code: str = ""
    severity: str = ""
    urgency: str = ""
    certainty: str = ""
    headline: str = ""
    description: str = ""
    expires: datetime | None = None
    parameters: tuple[tuple[str, str], ...] = ()
    areas: tuple[IncomingArea, ...] = field(default_factory=tuple)

    def point(self) -> tuple[float, float] | None:
        """(lon, lat) of the first circle's centre or polygon's mean vertex, if any."""
        for a in self.areas:
            if a.circles:
                lat, lon, _ = a.circles[0]
                return (lon, lat)
            if a.polygons:
                ring = a.polygons[0]
                return (sum(p[1] for p in ring) / len(ring), sum(p[0] for p in ring) / len(ring))
        return None


def _time(text: str, what: str) -> datetime:
    try:
        t = datetime.fromisoformat(text.strip())
    except ValueError as exc:
        raise CapParseError(f"{what} is not a date-time: {text!r}", reason="cap_bad_value") from exc
    if t.tzinfo is None:
        raise CapParseError(f"{what} has no offset: {text!r}", reason="cap_bad_value")
    try:
        utc = t.astimezone(UTC)
    except OverflowError as exc:  # e.g. 9999-12-31T23:59:59-14:00
        raise CapParseError(f"{what} is out of range: {text!r}", reason="cap_bad_value") from exc
    if utc < MIN_TIME:  # the database would keep year 0, which nothing can read back
        raise CapParseError(f"{what} is before {MIN_TIME:%Y}: {text!r}", reason="cap_bad_value")
    return t


def parse_cap(data: bytes | str) -> IncomingCap:
    """Parse an incoming CAP 1.1/1.2 message safely; raise :class:`CapParseError` if unusable."""
    try:
        root = SafeET.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise CapParseError(f"forbidden XML construct: {type(exc).__name__}", reason="cap_forbidden_xml") from exc
    except (ET.ParseError, LookupError, ValueError) as exc:  # LookupError: unknown encoding
        raise CapParseError(f"not well-formed XML: {exc}", reason="cap_invalid_xml") from exc
    ns = next((n for n in CAP_NAMESPACES if root.tag == f"{{{n}}}alert"), None)
    if ns is None:
        raise CapParseError(f"root element is {root.tag}, not a CAP alert", reason="cap_not_cap")

    def text(el: ET.Element, tag: str, *, required: bool = False) -> str:
        found = el.find(f"{{{ns}}}{tag}")
        value = (found.text or "").strip() if found is not None else ""
        if required and not value:
            raise CapParseError(f"missing <{tag}>", reason="cap_missing_field")
        return value

    def pairs(el: ET.Element, tag: str) -> tuple[tuple[str, str], ...]:
        return tuple((text(p, "valueName"), text(p, "value")) for p in el.findall(f"{{{ns}}}{tag}"))

    info = root.find(f"{{{ns}}}info")
    areas: list[IncomingArea] = []
    event = event_code = severity = urgency = certainty = headline = description = ""
    expires: datetime | None = None
    params: tuple[tuple[str, str], ...] = ()
    if info is not None:
        event, severity = text(info, "event"), text(info, "severity")
        urgency, certainty = text(info, "urgency"), text(info, "certainty")
        headline, description = text(info, "headline"), text(info, "description")
        codes = pairs(info, "eventCode")
        event_code = next((v for n, v in codes if n == TWP_EVENT_CODE), codes[0][1] if codes else "")
        params = pairs(info, "parameter")
        exp = text(info, "expires")
        expires = _time(exp, "expires") if exp else None
        for a in info.findall(f"{{{ns}}}area"):
            areas.append(_incoming_area(a, ns, text(a, "areaDesc"), pairs(a, "geocode")))
    identifier, sender = text(root, "identifier", required=True), text(root, "sender", required=True)
    for name, value in (("identifier", identifier), ("sender", sender), ("event", event), ("eventCode", event_code)):
        if len(value) > MAX_KEY_CHARS:
            raise CapParseError(f"<{name}> longer than {MAX_KEY_CHARS} characters", reason="cap_bad_value")
    return IncomingCap(
        identifier=identifier,
        sender=sender,
        sent=_time(text(root, "sent", required=True), "sent"),
        status=text(root, "status", required=True),
        msg_type=text(root, "msgType", required=True),
        references=text(root, "references"),
        event=event,
        event_code=event_code,
        severity=severity,
        urgency=urgency,
        certainty=certainty,
        headline=headline,
        description=description,
        expires=expires,
        parameters=params,
        areas=tuple(areas),
    )


def _incoming_area(a: ET.Element, ns: str, desc: str, geocodes: tuple[tuple[str, str], ...]) -> IncomingArea:
    circles: list[tuple[float, float, float]] = []
    polygons: list[tuple[tuple[float, float], ...]] = []
    try:
        for c in a.findall(f"{{{ns}}}circle"):
            centre, radius = (c.text or "").split()
            lat, lon = (float(x) for x in centre.split(","))
            circles.append((lat, lon, float(radius)))
        for p in a.findall(f"{{{ns}}}polygon"):
            pts = [tuple(float(x) for x in pair.split(",")) for pair in (p.text or "").split()]
            polygons.append(tuple((pt[0], pt[1]) for pt in pts))
    except (ValueError, IndexError) as exc:
        raise CapParseError(f"bad circle or polygon in area {desc!r}", reason="cap_bad_value") from exc
    points = [(lat, lon) for lat, lon, _ in circles] + [p for ring in polygons for p in ring]
    # Comparisons are false for NaN, so only finite values pass.
    if not all(-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0 for lat, lon in points) or not all(
        0.0 <= r <= MAX_RADIUS_KM for _, _, r in circles
    ):
        raise CapParseError(f"a position off the globe or a radius out of range in area {desc!r}",
                            reason="cap_bad_value")
    return IncomingArea(desc, geocodes, tuple(circles), tuple(polygons))
