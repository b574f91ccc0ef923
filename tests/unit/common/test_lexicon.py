"""The text reader: the blind writers' own test sentences, its matching rules, and any text at all."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from common.lexicon import LEXICON_PATH, Cue, LexiconError, TextReading, lexicon, parse_lexicon, read
from common.vocabulary import TOPIC_SIGNALS

SAMPLES = Path(__file__).parents[2] / "data" / "lexicon_samples.jsonl"
#: The second blind writer's sentences (its `paraphrase` section); "signal": null is "nothing to read".
PARAPHRASE_SAMPLES = Path(__file__).parents[2] / "data" / "lexicon_paraphrase_samples.jsonl"

#: Samples the lexicon reads wrong, with why (their text and label are the blind author's, unchanged).
WRONG = {
    "紅綠燈被撞倒了": "the only verbs are a crash's: precedence reads a crash; a person reads a downed signal "
    "(the lexicon's author expects this miss)",
    "水一直斷斷續續的 一下有一下沒有": "no outage word at all; 斷斷續續 alone would read devices and phones too "
    "(the lexicon's author expects this miss)",
}


def _samples() -> list[object]:
    cases: list[object] = []
    for n, line in enumerate(SAMPLES.read_text(encoding="utf-8").splitlines(), 1):
        d = json.loads(line)
        why = WRONG.get(d["text"])
        marks = [pytest.mark.xfail(strict=True, reason=why)] if why else []
        cases.append(pytest.param(d["text"], d["source"], d["signal"], id=f"{n}-{d['signal']}", marks=marks))
    return cases


@pytest.mark.parametrize(("text", "source", "signal"), _samples())
def test_each_blind_sample_reads_as_its_author_labelled_it(text: str, source: str, signal: str) -> None:
    got = read(text, device=source == "device")
    assert (got.topic or "none") == signal, got


def test_the_samples_are_the_blind_set_and_name_only_known_topics() -> None:
    rows = [json.loads(line) for line in SAMPLES.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 324
    assert {r["signal"] for r in rows} <= {*lexicon().topics, "none"}
    assert set(WRONG) <= {r["text"] for r in rows}


#: The second writer's samples the lexicon reads wrong, with why (text and label unchanged).
PARAPHRASE_WRONG = {
    "請問瓦斯桶要去哪裡換": "the project's 瓦斯 (gas of any kind) reads a cylinder to change as gas",
}


def _paraphrase_samples() -> list[object]:
    cases: list[object] = []
    for n, line in enumerate(PARAPHRASE_SAMPLES.read_text(encoding="utf-8").splitlines(), 1):
        d = json.loads(line)
        why = PARAPHRASE_WRONG.get(d["text"])
        marks = [pytest.mark.xfail(strict=True, reason=why)] if why else []
        over = d["why"].startswith("end:")  # the writer's mark for a "it is over" notice
        cases.append(pytest.param(d["text"], d["source"], d["signal"], over, id=f"p{n}-{d['signal']}", marks=marks))
    return cases


@pytest.mark.parametrize(("text", "source", "signal", "over"), _paraphrase_samples())
def test_each_paraphrase_sample_reads_as_its_author_labelled_it(
    text: str, source: str, signal: str | None, over: bool
) -> None:
    got = read(text, device=source == "device")
    assert got.topic == signal, got
    if over:
        assert got.end, got


def test_the_paraphrase_samples_are_the_second_blind_set() -> None:
    rows = [json.loads(line) for line in PARAPHRASE_SAMPLES.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 335
    assert {r["signal"] for r in rows} <= {*lexicon().topics, None}
    assert set(PARAPHRASE_WRONG) <= {r["text"] for r in rows}


def test_every_topic_of_the_lexicon_has_a_place_in_the_vocabulary() -> None:
    assert set(TOPIC_SIGNALS) == set(lexicon().topics)


def test_a_negation_cancels_its_own_sentence_only() -> None:
    assert read("不是火災啦，是隔壁在燒香，煙很大").topic is None  # across commas
    assert read("昨天在烤肉。隔壁那間店失火了").topic == "fire_report"  # not across a sentence end
    assert read("消防演習，大樓冒煙").topic is None  # a drill cancels every topic


def test_a_word_inside_a_longer_word_is_read_as_part_of_it() -> None:
    # 不是火災 ("it is not a fire") inside the caller's question 是不是火災 ("is it a fire?")
    got = read("請問影音中心是不是火災")
    assert got == TextReading(
        "fire_report", "是不是火災", topics=(("fire_report", "是不是火災"),),
        cues=frozenset({Cue.ASKING, Cue.CLOSED_BY_HAZARD}),
    )


def test_precedence_decides_between_topics_and_keeps_the_others_in_order() -> None:
    got = read("機車跟汽車相撞，騎士受傷送醫，後面回堵")
    assert got.topic == "traffic_accident"
    assert [t for t, _ in got.topics] == ["traffic_accident", "rescue", "traffic_slowdown"]


def test_an_end_phrase_reads_its_topic_and_says_it_is_over() -> None:
    want = TextReading("flood_report", "水退了", end=True, topics=(("flood_report", "水退了"),))
    assert read("水退了，可以過了") == want
    assert read("已排除").end
    assert not read("經貿路淹水").end


def test_a_device_speaking_of_its_own_health_is_not_what_it_measures() -> None:
    assert read("淹水感測器 FS-003 超過60分鐘未回傳資料", device=True).topic == "device_offline"
    assert read("淹水感測器 FS-003 超過60分鐘未回傳資料").topic == "flood_report"
    assert read("CCTV 離線，市電中斷", device=True).topic == "power_outage"


def test_full_width_and_case_are_read_as_plain_text() -> None:
    assert read("ＦＩＲＥ at the hub").topic == "fire_report"
    assert read("Gas Leak near the market").topic == "hazmat"


def test_a_smokers_smoke_and_conflicting_greens_are_not_what_their_words_say_elsewhere() -> None:
    assert read("樓下有人一直抽煙，煙一直飄進我家").topic is None
    assert read("紅綠燈好像號誌衝突，兩邊都綠燈").topic == "signal_fault"
    assert read("兩群人發生肢體衝突").topic == "crime"


def test_a_crews_forcible_entry_is_no_vandalism() -> None:
    assert read("黎明路三段/凱旋路口 駕駛受困車內 破壞器材救助").topic == "rescue"
    assert read("有人在砸車窗，還有破壞機車").topic == "crime"


def test_a_sign_the_wind_blew_onto_the_road_is_an_obstruction_not_vandalism() -> None:
    assert read("黎明路三段有店家招牌被吹下來掉在機車道上").topic == "obstruction"
    assert read("環中路凱旋路口有招牌掉下來，差點砸到車").topic == "obstruction"
    assert read("有人在砸車窗").topic == "crime"


def test_a_thing_that_fell_and_struck_someone_is_an_injury_not_a_crime() -> None:
    assert "crime" not in dict(read("某路二段 招牌掉落砸傷機車騎士 頭部流血 意識清楚").topics)
    assert read("某路二段 招牌掉落砸傷機車騎士 頭部流血 意識清楚").topic == "rescue"
    assert read("路口有一塊大招牌掉下來砸到騎機車的人，招牌擋住機車道").topic == "obstruction"
    assert read("男子頭部遭酒瓶砸傷 送醫").topic == "crime"  # struck by someone: an assault
    assert read("有人把店家的招牌砸下來了").topic == "crime"


def test_a_confused_elder_asking_the_way_is_a_missing_person_and_a_walker_asking_it_is_not() -> None:
    assert read("捷運站出口有個阿嬤一直問路，問她從哪裡來也說不出來").topic == "missing_person"
    assert read("便利商店門口有個阿公說話怪怪的，一直在那邊繞").topic == "missing_person"
    assert read("請問綠美圖要怎麼走，公車坐到哪一站").topic is None


def test_the_package_file_parses_and_refuses_a_key_written_twice() -> None:
    text = LEXICON_PATH.read_text(encoding="utf-8")
    assert parse_lexicon(text).topics == lexicon().topics
    with pytest.raises(LexiconError, match="twice"):
        parse_lexicon(text + "\n  crime:\n    phrases: [偷]\n")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "version: 1",
        "[1, 2",
        "version: 1\nlanguage: x\nprecedence: [fire]\nglobal: {}\n"
        "device_health: {applies_to_source: [], phrases: [], keep: []}\nsignals: {crime: {phrases: [偷]}}\n",
    ],
)
def test_a_broken_lexicon_is_named_not_half_read(text: str) -> None:
    with pytest.raises(LexiconError):
        parse_lexicon(text)


_ANY_TEXT = st.text(alphabet=st.characters(blacklist_categories=()), max_size=300)


@given(text=_ANY_TEXT, device=st.booleans())
def test_any_text_reads_without_raising_and_always_the_same(text: str, device: bool) -> None:
    got = read(text, device=device)
    assert got == read(text, device=device)
    assert (got.topic is None) == (not got.topics)
    if got.topic is not None:
        assert got.topics[0] == (got.topic, got.phrase)
        assert got.topic in lexicon().topics


_PIECES = ["淹水", "失火", "不是火災", "演習", "。", "，", "\ud800", "é", "撞"]


@given(words=st.lists(st.sampled_from(_PIECES), max_size=60))
def test_text_made_of_the_lexicons_own_words_reads_a_known_topic(words: list[str]) -> None:
    got = read("".join(words))
    assert got.topic is None or got.topic in TOPIC_SIGNALS


def test_a_huge_text_is_read() -> None:
    got = read("路口有人打架，" * 50_000 + "大樓失火了")
    assert got.topic == "fire_report"
    assert [t for t, _ in got.topics] == ["fire_report", "crime"]


def test_a_phrase_its_writer_denies_is_not_read() -> None:
    # an ambulance sent to a fall in a block where a kitchen fire burns says it is no fire's
    assert read("經貿路三段 水湳生態住宅A區 12F 老婦在家跌倒 頭部撕裂傷（非火警相關）").topic == "rescue"
    assert read("環中路二段口 自小客車車輛故障 並非事故 等待拖吊").topic == "obstruction"
    assert read("A棟有一股味道，是瓦斯味，不是燒焦味").topic == "hazmat"  # 焦味 overlaps the denied 燒焦
    assert read("路口號誌故障，非停電，控制器待修").topic == "signal_fault"


def test_a_question_or_a_word_holding_the_denial_is_no_denial() -> None:
    assert read("前面是不是失火了，好多煙").topic == "fire_report"
    assert read("莫非失火了？那邊好多消防車").topic == "fire_report"
    assert read("除非淹水，不然這條路都可以走").topic == "flood_report"
    assert read("非常多人擠在門口，推來推去").topic == "crowd"
