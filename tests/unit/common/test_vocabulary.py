"""The shared vocabulary: every category is labelled and mapped, unknown ones never vanish."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from common.lexicon import Cue, cues
from common.vocabulary import (
    CATEGORIES,
    EVIDENCE,
    OPENED_AS,
    REASON_UNKNOWN_CATEGORY,
    Agency,
    IncidentType,
    Role,
    Signal,
    categorize,
    category,
    codes,
    known,
    labels,
    own_type,
    said,
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
        opened = any(roles.get(typ) in {Role.OPENS, Role.CONFIRMS} for roles in EVIDENCE.values())
        assert opened or typ in OPENED_AS.values(), typ


def test_a_release_of_gas_or_chemicals_opens_a_job_shown_as_hazmat_correlated_as_a_fire() -> None:
    assert (IncidentType.HAZMAT.zh, IncidentType.HAZMAT.en) == ("危險物品", "Hazardous materials")
    for feed, code in (("119", "hazmat"), ("incident", "hazmat_report"), ("1999", "gas_odor")):
        signal = categorize(feed, code).signal
        assert signal is Signal.HAZMAT
        assert OPENED_AS[signal] is IncidentType.HAZMAT
        assert own_type(signal) is IncidentType.FIRE


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


def test_an_unknown_category_is_mapped_by_the_text_reader_or_named_unknown() -> None:
    got = categorize("1999", "大樓冒出濃煙")
    assert (got.signal, got.rule) == (Signal.FIRE_REPORT, "lexicon:濃煙")
    got = categorize("incident", "lost_property", "wallet found")
    assert (got.signal, got.reason, got.rule) == (None, REASON_UNKNOWN_CATEGORY, "none")


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("經貿路工地的吊車整個倒下來，壓在馬路上！", Signal.OBSTRUCTION),  # a crane fallen on the road
        ("敦化路這邊有大片鐵皮被風吹到馬路上，還在飛", Signal.OBSTRUCTION),  # sheet metal blown onto the road
        ("中清路上大樓的招牌被風吹得一直晃，快掉下來了", Signal.OBSTRUCTION),  # a sign about to fall
        ("經貿路黎明路口紅綠燈全部不亮，車子亂成一團", Signal.SIGNAL_FAULT),  # dark signals
        ("會展中心門口有兩群人在打架", Signal.CRIME),  # a fight
        ("外面好臭，空氣很差，眼睛刺痛，請環保局查一下。", Signal.HAZMAT),  # an odour that stings the eyes
        ("煙很大，影響開車視線", Signal.FIRE_REPORT),  # smoke that blocks drivers' view
        ("綠美圖裡面警鈴一直響，廣播叫大家往外走", Signal.FIRE_REPORT),  # a fire alarm bell ringing
        ("隔壁 A 區大樓著火，我們 B 區要不要疏散", Signal.FIRE_REPORT),
        ("環中路塞到中科路了，一動也不動", Signal.TRAFFIC_SLOWDOWN),
    ],
    ids=["crane", "sheet-metal", "sign", "dark-signals", "fight", "odour", "smoke", "alarm-bell", "on-fire", "queue"],
)
def test_a_1999_other_call_is_read_for_what_it_says(text: str, signal: Signal) -> None:
    got = categorize("1999", "other", text)
    assert (got.signal, got.rule.startswith("lexicon:")) == (signal, True)


@pytest.mark.parametrize(
    "text",
    [
        "不是火災啦，是隔壁在燒香，煙很大",  # a denial names the fire's words
        "在綠美圖疏散時遺失一個藍色背包，請協尋。",  # lost property, not a missing person
        "上次颱風這裡淹水，想問沙包要去哪裡領",  # a past flood and an enquiry
        "公園垃圾桶滿了沒人清",
        "我不是要報停電，我是要問電費",  # a question about the bill
        "下週停水的公告是哪幾天？",  # a planned outage, asked about
    ],
    ids=["denial", "lost-bag", "past-flood", "litter", "power-bill", "planned-water"],
)
def test_a_1999_other_call_that_names_words_in_passing_stays_unrelated(text: str) -> None:
    got = categorize("1999", "other", text)
    assert (got.signal, got.reason) == (None, "unrelated_category")


def test_a_catch_all_keeps_its_own_signal_when_its_text_reads_nothing_the_project_has() -> None:
    assert categorize("119", "ambulance", "男子在路邊昏倒").signal is Signal.RESCUE
    assert categorize("119", "ambulance", "中清路車禍，機車騎士受傷").signal is Signal.TRAFFIC_ACCIDENT
    assert categorize("incident", "other", "協助民眾").signal is Signal.POLICE_REPORT


def test_labels_and_codes() -> None:
    assert labels("cctv", "crowding") == ("人群聚集", "Crowding")
    assert labels("cctv", "nope") == ("nope", "nope")
    assert "crowding" in codes("cctv")
    assert known("1999", "路燈管理")


@given(feed=st.sampled_from([*CATEGORIES, "mirror", ""]), code=st.text(max_size=40), text=st.text(max_size=80))
def test_categorize_is_total_and_explains_every_none(feed: str, code: str, text: str) -> None:
    got = categorize(feed, code, text)
    assert (got.signal is None) == bool(got.reason)
    if got.rule.startswith("lexicon:"):
        assert got.signal is not None
    if got.rule.startswith("words:"):
        assert got.category is not None
        assert any(got.rule == f"words:{w}" and got.signal is sig for w, sig in got.category.words)


def test_the_vocabulary_page_lists_every_code() -> None:
    page = (Path(__file__).parents[3] / "docs" / "vocabulary.md").read_text(encoding="utf-8")
    for feed, entries in CATEGORIES.items():
        for cat in entries:
            assert f"| {feed} | `{cat.code}` |" in page, (feed, cat.code)


def test_the_vocabulary_pages_tables_are_what_its_script_writes() -> None:
    """The category and evidence tables of docs/vocabulary.md are scripts/vocabulary_tables.py's
    output for the vocabulary as it is: a signal, a word or a role changed without running the
    script fails here."""
    from scripts.vocabulary_tables import DOC, MARK, tables

    text = DOC.read_text(encoding="utf-8")
    assert text[text.index(MARK) + len(MARK) :] == "\n" + tables(), "run scripts/vocabulary_tables.py"


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


def test_a_category_s_own_words_are_the_lexicon_s_named_cues() -> None:
    """A panel fault saying its mains failed and a streetlight call saying a street went
    dark are read through the lexicon's cues (``power_lost``, ``street_dark``), not
    through a word list of the code: one file holds every word a rule reads."""
    from common.lexicon import Cue, lexicon

    fault = categorize("fire_alarm", "fault", "受信總機 主電源異常")
    assert (fault.signal, fault.rule) == (Signal.POWER_LOSS, "words:power_lost")
    dark = categorize("1999", "streetlight", "整條路的路燈都不亮")
    assert (dark.signal, dark.rule) == (Signal.POWER_LOSS, "words:street_dark")
    assert categorize("fire_alarm", "fault", "預備電源電壓不足").signal is None  # its own battery
    assert categorize("1999", "streetlight", "路燈一盞不亮").signal is None  # one lamp: routine
    assert {"停電", "mains"} <= set(lexicon().cue_words(Cue.POWER_LOST))
    assert "全暗" in lexicon().cue_words(Cue.STREET_DARK)


@pytest.mark.parametrize(
    ("feed", "code", "text", "signal"),
    [
        ("119", "rescue", "生態住宅 A 區電梯停電困 2 人（母子），無不適。", Signal.RESCUE),
        ("1999", "other", "智慧營運塔電梯停電卡住，我同事在裡面", Signal.RESCUE),
        ("1999", "other", "我們整棟都停電了，電梯也停了，請問是颱風造成的嗎", Signal.POWER_LOSS),
        ("1999", "other", "停電了，電梯也不能用，爬樓梯很困難", Signal.POWER_LOSS),
    ],
)
def test_people_stuck_in_a_lift_the_power_cut_stopped_read_as_a_rescue(
    feed: str, code: str, text: str, signal: Signal
) -> None:
    assert categorize(feed, code, text).signal is signal


#: (feed, code, text) -> signal: the categories several situation authors needed.
NEEDED = {
    ("1999", "power_outage", "我們這一整排都停電了，什麼時候會來電"): Signal.POWER_LOSS,
    ("1999", "停電", ""): Signal.POWER_LOSS,
    ("1999", "power_outage", ""): Signal.POWER_LOSS,
    # its text is read first: people stuck in the lift the cut stopped are a rescue
    ("1999", "power_outage", "大樓停電，電梯卡住，我媽在裡面"): Signal.RESCUE,
    ("incident", "missing_person", "家屬報案：失智長者走失，協尋中"): Signal.MISSING_PERSON,
    ("incident", "協尋", ""): Signal.MISSING_PERSON,
    ("incident", "missing_person", ""): Signal.MISSING_PERSON,
    ("1999", "missing_person", "我小孩在公園走丟了"): Signal.MISSING_PERSON,
    ("1999", "missing_person", ""): Signal.MISSING_PERSON,
    ("1999", "fallen_object", "招牌被風吹下來掉在路中間"): Signal.OBSTRUCTION,
    ("1999", "fallen_object", ""): Signal.OBSTRUCTION,
    ("1999", "rescue", "公車站有老人倒在地上"): Signal.RESCUE,
    ("1999", "rescue", ""): Signal.RESCUE,
    ("parking", "full", ""): Signal.PARKING_EFFECT,
    ("parking", "closed", ""): Signal.PARKING_EFFECT,
    ("parking", "empty", ""): Signal.PARKING_EFFECT,
}


def test_a_power_cut_a_missing_person_and_a_car_park_s_states_have_categories() -> None:
    for (feed, code, text), signal in NEEDED.items():
        got = categorize(feed, code, text)
        assert (got.signal, got.category is not None, known(feed, code)) == (signal, True, True), (feed, code)


def test_a_power_cut_call_is_an_infrastructure_job_and_a_missing_person_a_rescue() -> None:
    assert own_type(categorize("1999", "power_outage").signal or Signal.ENDS) is IncidentType.INFRASTRUCTURE
    assert own_type(categorize("incident", "missing_person").signal or Signal.ENDS) is IncidentType.RESCUE
    assert EVIDENCE[Signal.POWER_LOSS][IncidentType.TRAFFIC] is Role.SUPPORTS  # the junctions it darkened


def test_a_police_road_reopened_is_a_word_on_the_closure_that_says_the_road_is_open_again() -> None:
    for code in ("road_reopened", "恢復通行", "closure_lifted", "ROAD_REOPENED"):
        got = categorize("incident", code, "")
        assert got.signal is Signal.ROAD_CLOSURE, code
        assert Cue.REOPEN in said("incident", code, ""), code
    assert labels("incident", "road_reopened") == ("恢復通行", "Road reopened")
    assert Cue.REOPEN not in said("incident", "road_closure", "事故 封閉外側車道")
    assert Cue.REOPEN in said("incident", "road_closure", "前案 事故車輛拖離 恢復通行")  # its words say it


@given(
    feed=st.sampled_from([*CATEGORIES, "rule", "mirror", ""]),
    code=st.one_of(
        st.text(max_size=40), st.sampled_from(["road_reopened", "恢復通行", " Road_Reopened ", "evacuation", "撤離"])
    ),
    text=st.text(max_size=80),
)
def test_said_is_total_and_holds_what_the_text_says(feed: str, code: str, text: str) -> None:
    got = said(feed, code, text)
    assert got >= cues(text)
    cat = category(feed, code)
    assert got == cues(text) | (cat.says if cat is not None else frozenset())


def test_an_evacuation_is_the_job_of_what_its_people_were_sent_out_from() -> None:
    for feed in ("incident", "1999"):
        for code in ("evacuation", "疏散撤離", "撤離"):
            got = categorize(feed, code, "筏子溪沿岸低窪住戶勸導撤離")  # not read as a smell of gas
            assert got.signal is Signal.EVACUATION, (feed, code)
            assert Cue.EVACUATION in said(feed, code, ""), (feed, code)
    assert own_type(Signal.EVACUATION) is None  # it never opens a job: it joins the hazard's
    assert set(EVIDENCE[Signal.EVACUATION]) == {
        IncidentType.FIRE,
        IncidentType.FLOOD,
        IncidentType.CROWD,
        IncidentType.INFRASTRUCTURE,
    }
