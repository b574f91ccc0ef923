"""Why a withdrawn incident is, in words (:class:`ops_center.incidents.Withdrawal`), and the
CAP message that tells the agencies (its ``note``): the device in words (its registry name and
place, :func:`ops_center.incidents.device_words`; its id when the registry does not know it),
its category's label and its own text, on one line and bounded, whatever the text holds."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime

from hypothesis import example, given
from hypothesis import strategies as st
from lxml import etree

from geo.crs import to_wgs84
from ops_center.cap_exchange import CAP_NS, CENTER_SENDER, incident_message, message_ref
from ops_center.incidents import CapSeverity, Item, ItemKind, Withdrawal, device_words
from tests.unit.ops_center.test_ops_cap_exchange import SCHEMA, incident

NS = {"cap": CAP_NS}


def take_back(source: str, feed: str, category: str, text: str) -> Item:
    return Item("k", ItemKind.EVENT, "disaster", feed, category, CapSeverity.MINOR, 0.0, 0.0, 0.0, source, text)


def test_a_panel_back_to_normal_and_a_signal_restored_in_both_languages() -> None:
    panel = Withdrawal.of(take_back("FA-012", "fire_alarm", "normal", "誤報，探測器有蟲"))
    assert (panel.zh, panel.en) == ("FA-012：復歸（誤報，探測器有蟲）", "FA-012: Back to normal (誤報，探測器有蟲)")
    signal = Withdrawal.of(take_back("SIG-6", "signal", "restored", ""))
    assert (signal.zh, signal.en) == ("SIG-6：恢復正常", "SIG-6: Signal restored")
    unknown = Withdrawal.of(take_back("", "fire_alarm", "reset_by_hand", " 現場\n復歸\t"))
    assert unknown.zh == "fire_alarm：reset_by_hand（現場 復歸）"
    assert unknown.en == "fire_alarm: reset_by_hand (現場 復歸)"


def test_a_registered_device_is_named_by_its_name_and_place_and_its_id_kept_apart() -> None:
    device = device_words("SN-FA-006", "臺中流行影音中心 火警受信總機", "Taichung Pop Music Center fire panel",
                          "中科路", "Zhongke Rd.")
    panel = Withdrawal.of(take_back("SN-FA-006", "fire_alarm", "normal", "誤報"), device)
    assert panel.zh == "臺中流行影音中心 火警受信總機（中科路）：復歸（誤報）"
    assert panel.en == "Taichung Pop Music Center fire panel (Zhongke Rd.): Back to normal (誤報)"
    assert panel.device_id == "SN-FA-006"
    # The place is left out where the name says it; a name in one language stands in for the other.
    camera = device_words("SN-CCTV-017", "經貿路口攝影機", "", "經貿路", "Jingmao Rd.")
    assert (camera.zh, camera.en) == ("經貿路口攝影機", "經貿路口攝影機 (Jingmao Rd.)")
    assert device_words("SN-X-1", "", "", "中科路", "Zhongke Rd.").zh == "SN-X-1"


@given(sid=st.text(max_size=300), name=st.text(max_size=300), name_en=st.text(max_size=300),
       place=st.text(max_size=300), place_en=st.one_of(st.text(max_size=300),
                                                       st.text(alphabet=st.characters(categories=["Cc", "Cs"]))))
@example(sid="A\nB", name="\u2028名\u2029", name_en="", place="\x00", place_en="\ud800")
def test_a_device_in_words_is_one_bounded_line_without_its_id_when_named(
    sid: str, name: str, name_en: str, place: str, place_en: str
) -> None:
    d = device_words(sid, name, name_en, place, place_en)
    assert d.source_id == sid
    for words in (d.zh, d.en):
        assert len(words.splitlines()) <= 1
        assert len(words) <= 80 + 60 + 3
        assert not [ch for ch in words if unicodedata.category(ch) in ("Cc", "Cs") or ch in "\ufffe\uffff"]


DEVICE = r"[A-Z]{2,4}-[0-9]{1,4}"


@given(
    source=st.one_of(st.from_regex(DEVICE, fullmatch=True), st.text(max_size=300)),
    category=st.one_of(st.sampled_from(["normal", "restored", "alarm"]), st.text(max_size=50)),
    text=st.one_of(st.text(max_size=5000), st.text(alphabet=st.characters(categories=["Cs", "Cc", "Zl", "Zp"]))),
)
@example(source="FA-1", category="normal", text="\u2028誤報\u2029" * 400)
@example(source="FA-1", category="normal", text="\ud800")  # a lone surrogate
@example(source="\x1b\r", category="\x00", text="")
def test_a_withdrawal_is_one_line_bounded_and_names_the_device(source: str, category: str, text: str) -> None:
    w = Withdrawal.of(take_back(source, "fire_alarm", category, text))
    for words in (w.zh, w.en):
        assert len(words.splitlines()) <= 1
        assert len(words) <= 64 + 60 + 200 + 4
        assert not [ch for ch in words if unicodedata.category(ch) in ("Cc", "Cs") or ch in "\ufffe\uffff"]
        if re.fullmatch(DEVICE, source):
            assert words.startswith(source)


@given(text=st.one_of(st.text(max_size=500), st.text(alphabet=st.characters(categories=["Cc", "Cs", "Co", "Cn"]))))
@example(text="誤報\x00\x01\x1b[31m\ufffe\uffff\ud800")
def test_the_cap_update_of_a_withdrawal_carries_its_note_and_validates(text: str) -> None:
    """Whatever the device's text holds (control characters, lone surrogates, noncharacters),
    the note is XML and the message validates (the ops center's poll does not fail on it)."""
    sent = datetime(2026, 10, 17, 3, 0, tzinfo=UTC)
    first = message_ref(CENTER_SENDER, "soc-1", sent)
    why = Withdrawal.of(take_back("FA-1", "fire_alarm", "normal", text))
    note = f"已撤回 withdrawn: {why.zh}"
    xml = incident_message(incident(1), message_ref(CENTER_SENDER, "soc-2", sent), addresses=["fire"],
                           to_wgs84=to_wgs84, previous=[first], note=note)
    doc = etree.fromstring(xml)
    SCHEMA.assertValid(doc)
    assert doc.findtext("cap:msgType", namespaces=NS) == "Update"
    assert doc.findtext("cap:note", namespaces=NS) == note
