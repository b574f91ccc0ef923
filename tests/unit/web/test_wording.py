"""Words for codes (web.wording): rule names and labels in both languages, never a raw code."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from web.wording import Words, alert_words, label_words, rule_words


def test_the_report_that_showed_raw_codes_reads_in_words() -> None:
    # "警政通報事件：stalled_vehicle PR-20261204-023233-02" on the wall's ticker.
    assert alert_words("police-incident", "stalled_vehicle", "警政通報事件：stalled_vehicle PR-1") == Words(
        "警政通報 · 故障車輛", "Police report · Stalled vehicle")


def test_level_labels_of_the_measuring_rules() -> None:
    assert alert_words("cwa-rainfall", "豪雨") == Words("豪大雨 · 豪雨", "Heavy rain · extremely heavy rain")
    assert alert_words("water-level", "一級警戒").en == "High river level · level 1 (highest)"


def test_a_level_fallen_back_reads_in_both_languages() -> None:
    """The water-level rule's label while its water falls back (docs/alerts.md, 水位回降)."""
    assert label_words("二級警戒・水位回降") == Words("二級警戒・水位回降", "level 2 · Water level falling")
    assert label_words("三級警戒・水位回降") == Words("三級警戒・水位回降", "level 3 · Water level falling")


def test_an_unknown_code_is_left_out_and_free_text_is_kept() -> None:
    assert label_words("brand_new_code") is None
    assert alert_words("police-incident", "brand_new_code") == Words("警政通報", "Police report")
    assert label_words("路面坑洞") == Words("路面坑洞", "路面坑洞")
    assert rule_words("some-new-rule", "新規則：x") == Words("新規則", "Alert")


@given(rule=st.text(max_size=20), label=st.text(max_size=20), title=st.text(max_size=30))
def test_no_code_like_label_is_ever_passed_through(rule: str, label: str, title: str) -> None:
    w = alert_words(rule, label, title)
    assert w.zh
    assert w.en
    if label_words(label) is None:
        assert w == rule_words(rule, title)
