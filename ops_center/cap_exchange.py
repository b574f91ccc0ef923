"""Inter-agency exchange of incidents as CAP 1.2 Alert / Update / Ack messages.

Pure rendering (lxml trees, no I/O, no clock): the caller passes the sending
time and a WGS84 projection. Messages follow OASIS CAP 1.2 and the Taiwanese
CAP-TWP conventions seen in real CWA / WRA messages (DOMAIN.md §4): language
``zh-TW``, eventCode ``profile:CAP-TWP:Event:1.0``, parameters ``alert_title``
and ``severity_level``, time with the +08:00 offset.

Exchange between the center and the agencies is private (CAP 1.2 §3.2.1
``scope`` = ``Private`` requires ``addresses``): the addresses are the agency
names of ``common.settings.DISPATCH_AGENCIES``. An Update, a Cancel or an Ack names
the message it follows in ``references`` as ``sender,identifier,sent`` (CAP 1.2
§3.2.1 ``references``), space-separated. A closed incident's message is a Cancel
(§3.2.1 ``msgType``: it cancels the earlier messages) whose info says the job is over
(``responseType`` AllClear, ``urgency`` Past, §3.2.2), as the alerts package ends an alert.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

from lxml import etree

from common.vocabulary import Domain
from ops_center.incidents import Incident, IncidentState, IncidentType

CAP_NS = "urn:oasis:names:tc:emergency:cap:1.2"
CENTER_SENDER = "soc@shuinan.taichung.gov.tw"  # GUESS: no official address exists yet
TW_TZ = timezone(timedelta(hours=8))

Projection = Callable[[float, float], tuple[float, float]]

# CAP 1.2 §3.2.2 category, event name, CAP-TWP event code (GUESS: CAP-TWP lists
# "flood" and "fire"; we use "traffic" for road incidents), and alert title.
_TYPE_INFO: dict[IncidentType, tuple[str, str, str, str]] = {
    IncidentType.FLOOD: ("Met", "淹水", "flood", "淹水事件"),
    IncidentType.FIRE: ("Fire", "火災", "fire", "火災事件"),
    IncidentType.TRAFFIC: ("Transport", "交通事故", "traffic", "交通事件"),
    # CAP 1.2 §3.2.2 categories for the other types of common/vocabulary.py
    IncidentType.CROWD: ("Safety", "人潮", "crowd", "人潮與活動安全事件"),
    IncidentType.PUBLIC_SAFETY: ("Security", "治安", "public_safety", "治安事件"),
    IncidentType.RESCUE: ("Rescue", "救護救助", "rescue", "救護救助事件"),
    IncidentType.INFRASTRUCTURE: ("Infra", "設施故障", "infrastructure", "設施與設備故障事件"),
    # CAP 1.2 §3.2.2: "CBRNE - Chemical, Biological, Radiological, Nuclear or High-Yield
    # Explosive threat or attack" covers a gas or chemical release
    IncidentType.HAZMAT: ("CBRNE", "危險物品", "hazmat", "危險物品事件"),
}
# CAP 1.2 §3.2.2 allows several categories: a release of gas or chemicals is also
# "Env - Pollution and other environmental" (the environmental protection bureau's part)
_MORE_CATEGORIES: dict[IncidentType, tuple[str, ...]] = {IncidentType.HAZMAT: ("Env",)}


@dataclass(frozen=True, slots=True)
class CapRef:
    """Identifies one sent message (what a later message references)."""

    sender: str
    identifier: str
    sent: datetime

    def reference(self) -> str:
        """The ``sender,identifier,sent`` triple of CAP 1.2 ``references``."""
        return f"{self.sender},{self.identifier},{cap_time(self.sent)}"


def cap_time(at: datetime) -> str:
    """CAP 1.2 dateTime: seconds precision, explicit offset, Taiwan time (+08:00)."""
    if at.tzinfo is None:
        raise ValueError("CAP times need an offset")
    return at.astimezone(TW_TZ).replace(microsecond=0).isoformat()


def _el(parent: etree._Element, tag: str, text: str | None = None) -> etree._Element:
    child = etree.SubElement(parent, f"{{{CAP_NS}}}{tag}")
    if text is not None:
        child.text = text
    return child


def _header(
    ref: CapRef, msg_type: str, addresses: Iterable[str], references: Iterable[CapRef], note: str = ""
) -> etree._Element:
    root = etree.Element(f"{{{CAP_NS}}}alert", nsmap={None: CAP_NS})
    _el(root, "identifier", ref.identifier)
    _el(root, "sender", ref.sender)
    _el(root, "sent", cap_time(ref.sent))
    _el(root, "status", "Actual")
    _el(root, "msgType", msg_type)
    _el(root, "scope", "Private")
    _el(root, "addresses", " ".join(sorted(set(addresses))))
    if note:
        _el(root, "note", note)  # CAP 1.2 §3.2.1: after code, before references
    refs = " ".join(r.reference() for r in references)
    if refs:
        _el(root, "references", refs)
    return root


#: The area of a job nothing names (no zones or roads loaded): the city, true of every job.
UNNAMED_PLACE = "臺中市"


#: The header fields that name a message rather than say what it tells (CAP 1.2 §3.2.1):
#: two messages differing only in them tell a receiver the same.
_NAMING = ("identifier", "sent", "msgType", "references")


def tells_the_same(a: bytes | str, b: bytes | str) -> bool:
    """Whether two of the center's messages about an incident say the same thing: equal but for
    their identifier, time, message type and references. A receiver shows every Update as a
    change of its alert, so an unchanged incident is told again with its last message, not a
    new Update. Only for the center's own messages (stored as rendered); an unreadable one
    tells nothing the same."""
    try:
        docs = [etree.fromstring(x.encode() if isinstance(x, str) else x,
                                 etree.XMLParser(resolve_entities=False, no_network=True)) for x in (a, b)]
    except etree.XMLSyntaxError:
        return False
    for doc in docs:
        for tag in _NAMING:
            for el in doc.findall(f"{{{CAP_NS}}}{tag}"):
                doc.remove(el)
    first, second = (etree.tostring(doc, method="c14n") for doc in docs)
    return bool(first == second)


def incident_msg_type(incident: Incident, previous: Iterable[CapRef]) -> str:
    """``Alert`` for the first message, ``Cancel`` once the incident is closed, else ``Update``.

    A receiver that reads only the CAP message (an agency's own CAP system) must learn from
    it that the job is over: an Update after the close would ask it once more to act.
    """
    if not tuple(previous):
        return "Alert"
    return "Cancel" if incident.state is IncidentState.CLOSED else "Update"


def incident_message(
    incident: Incident,
    ref: CapRef,
    *,
    addresses: Iterable[str],
    to_wgs84: Projection,
    previous: Iterable[CapRef] = (),
    instruction: str = "",
    note: str = "",
    place: str = "",
) -> bytes:
    """An Alert (no ``previous``), an Update (following ``previous``) or, for a closed
    incident, a Cancel of ``previous`` (:func:`incident_msg_type`); ``note``: the message's
    CAP 1.2 §3.2.1 ``note`` (a withdrawn incident: why its job is called off; a closed one:
    the coordinator's reason); ``place``: where the job is, as the console names it (the
    ``areaDesc`` and the headline's place; 臺中市 when nothing names it).

    The area is the incident's convex hull as a CAP polygon (``lat,lon`` pairs,
    closed, at least four points) or, for fewer distinct points, a circle of
    0.2 km around the centroid.
    """
    previous = tuple(previous)
    msg_type = incident_msg_type(incident, previous)
    root = _header(ref, msg_type, addresses, previous, note)
    # CAP 1.2 §3.2.1 <incidents>: groups messages about the same incident.
    _el(root, "incidents", incident.incident_id)
    category, event, code, title = _TYPE_INFO[incident.type]
    info = _el(root, "info")
    _el(info, "language", "zh-TW")
    for cat in (category, *_MORE_CATEGORIES.get(incident.type, ())):
        _el(info, "category", cat)
    _el(info, "event", event)
    over = msg_type == "Cancel"
    # CAP 1.2 §3.2.2: AllClear "no longer poses a threat", Past "no longer required".
    _el(info, "responseType", "AllClear" if over else "Execute")
    _el(info, "urgency", "Past" if over else "Immediate")
    _el(info, "severity", incident.severity.value)
    _el(info, "certainty", "Observed")
    ec = _el(info, "eventCode")
    _el(ec, "valueName", "profile:CAP-TWP:Event:1.0")
    _el(ec, "value", code)
    _el(info, "senderName", "臺中市智慧營運中心")
    # CAP 1.2 §3.3.1: areaDesc is "a text description of the affected area", read by people.
    where = place or UNNAMED_PLACE
    _el(info, "headline", f"{title}:{where}" + ("（結案）" if over else ""))
    # read by the agencies' people: the sources in words, never a feed's code
    sources = "、".join(Domain(a).zh if a in Domain.__members__.values() else a for a in sorted(incident.agencies))
    _el(info, "description", f"{len(incident.members)} 筆證據，來源：{sources}")
    if instruction:
        _el(info, "instruction", instruction)
    for name, value in (
        ("alert_title", title),
        ("severity_level", incident.severity.value),
        ("incident_id", incident.incident_id),
    ):
        p = _el(info, "parameter")
        _el(p, "valueName", name)
        _el(p, "value", value)
    area = _el(info, "area")
    _el(area, "areaDesc", where)
    if len(set(incident.hull)) >= 3:
        pts = [to_wgs84(x, y) for x, y in incident.hull]
        if pts[0] != pts[-1]:
            pts.append(pts[0])
        _el(area, "polygon", " ".join(f"{lat:.6f},{lon:.6f}" for lon, lat in pts))
    else:
        lon, lat = to_wgs84(*incident.centroid)
        _el(area, "circle", f"{lat:.6f},{lon:.6f} 0.2")
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))


def ack_message(ref: CapRef, acknowledged: CapRef, *, note: str = "") -> bytes:
    """An agency's Ack of a center message (sent back to the center's sender)."""
    root = _header(ref, "Ack", [acknowledged.sender], [acknowledged])
    if note:
        # CAP 1.2 orders <note> before <references>: move it into place.
        refs = root.find(f"{{{CAP_NS}}}references")
        note_el = etree.Element(f"{{{CAP_NS}}}note")
        note_el.text = note
        assert refs is not None
        refs.addprevious(note_el)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))


def message_ref(sender: str, identifier: str, sent: datetime) -> CapRef:
    """A :class:`CapRef` with ``sent`` normalised to whole seconds (as it is rendered)."""
    return CapRef(sender, identifier, sent.astimezone(UTC).replace(microsecond=0))
