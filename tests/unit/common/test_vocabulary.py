"""The shared vocabulary: every category is labelled and mapped, unknown ones never vanish."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from common.vocabulary import (
    CATEGORIES,
    EVIDENCE,
    KEYWORD_RULES,
    REASON_UNKNOWN_CATEGORY,
    Agency,
    IncidentType,
    Role,
    Signal,
    categorize,
    codes,
    known,
    labels,
    own_type,
)


def test_every_type_agency_and_category_has_both_labels() -> None:
    for typ in IncidentType:
        assert typ.zh
        assert typ.en
    for agency in Agency:
        assert agency.zh
        assert agency.en
    for entries in CATEGORIES.values():
        for cat in entries:
            assert cat.zh
            assert cat.en
            assert cat.source


def test_every_signal_says_which_types_it_opens_or_supports() -> None:
    assert set(EVIDENCE) == set(Signal)
    for typ in IncidentType:
        assert any(roles.get(typ) in {Role.OPENS, Role.CONFIRMS} for roles in EVIDENCE.values()), typ


def test_the_simulators_words_are_in_the_vocabulary() -> None:
    # 1999 flooding as the simulator sends it and a police crash as it sends it.
    assert categorize("1999", "積淹水").signal is Signal.FLOOD_REPORT
    assert categorize("incident", "traffic_accident").signal is Signal.TRAFFIC_ACCIDENT
    assert own_type(Signal.TRAFFIC_ACCIDENT) is IncidentType.TRAFFIC
    assert own_type(Signal.FLOOD_REPORT) is IncidentType.FLOOD


def test_aliases_and_suffixes_map_to_their_entry() -> None:
    assert categorize("1999", "drainage_flooding").category == categorize("1999", "積淹水").category
    assert categorize("alert", "flood_depth_30cm").signal is Signal.FLOOD_DEPTH
    assert categorize("fire_alarm", "FAULT").signal is None
    assert categorize("fire_alarm", "fault").reason == "not_an_alarm"


def test_an_unknown_category_is_mapped_by_keyword_or_named_unknown() -> None:
    got = categorize("1999", "大樓冒出濃煙")
    assert (got.signal, got.rule) == (Signal.FIRE_REPORT, "keyword:濃煙")
    got = categorize("incident", "lost_property", "wallet found")
    assert (got.signal, got.reason, got.rule) == (None, REASON_UNKNOWN_CATEGORY, "none")


def test_labels_and_codes() -> None:
    assert labels("cctv", "crowding") == ("人群聚集", "Crowding")
    assert labels("cctv", "nope") == ("nope", "nope")
    assert "crowding" in codes("cctv")
    assert known("1999", "路燈管理")


@given(feed=st.sampled_from([*CATEGORIES, "mirror", ""]), code=st.text(max_size=40), text=st.text(max_size=80))
def test_categorize_is_total_and_explains_every_none(feed: str, code: str, text: str) -> None:
    got = categorize(feed, code, text)
    assert (got.signal is None) == bool(got.reason)
    if got.rule.startswith("keyword:"):
        assert any(got.rule == f"keyword:{w}" for w, _ in KEYWORD_RULES)
    if got.rule.startswith("words:"):
        assert got.category is not None
        assert any(got.rule == f"words:{w}" and got.signal is sig for w, sig in got.category.words)


def test_the_vocabulary_page_lists_every_code() -> None:
    page = (Path(__file__).parents[3] / "docs" / "vocabulary.md").read_text(encoding="utf-8")
    for feed, entries in CATEGORIES.items():
        for cat in entries:
            assert f"| {feed} | `{cat.code}` |" in page, (feed, cat.code)


def test_the_cap_severities_of_the_wire_the_alerts_and_the_evidence_are_one_list() -> None:
    from typing import get_args

    from alerts.api import Severity
    from common.vocabulary import CapSeverity
    from ingest.payloads import CapSeverityText

    assert set(get_args(CapSeverityText)) == {s.value for s in CapSeverity}
    assert [s.value for s in Severity] == [s.value for s in CapSeverity if s is not CapSeverity.UNKNOWN]
    assert [CapSeverity(s.value).rank for s in Severity] == [s.rank + 1 for s in Severity]


def test_the_ops_center_reads_exactly_the_measuring_alert_rules() -> None:
    """A new measuring rule in alerts/rules.yaml needs its category here, or the correlator never sees it."""
    from alerts.api import load_rules_file
    from common.vocabulary import ALERT_RULE_CATEGORY

    rules = load_rules_file(Path(__file__).resolve().parents[3] / "alerts" / "rules.yaml").rules
    assert set(ALERT_RULE_CATEGORY) == {r.id for r in rules if r.kind != "event"}
