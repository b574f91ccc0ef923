"""The text reader's cues: what a text says that a correlation rule asks about, besides its topic.

The specification (common/lexicon.py, the lexicon's ``project: cues:``): a cue's word is read
as a plain substring anywhere in the text after NFKC and lower case, across sentences, with no
negation and no precedence; a cue's ``not_in`` words hide its words inside them.
"""

from __future__ import annotations

import unicodedata

import pytest
import yaml
from hypothesis import example, given
from hypothesis import strategies as st

from common.lexicon import LEXICON_PATH, Cue, LexiconError, after, cues, lexicon, parse_lexicon, read


def test_every_cue_has_its_words_in_the_lexicon_s_project_section() -> None:
    for cue in Cue:
        assert lexicon().cue_words(cue), cue
    text = LEXICON_PATH.read_text(encoding="utf-8")
    assert text.index("\nproject:") < text.index("\n  cues:")


def test_a_panel_s_reset_naming_a_test_says_a_false_alarm_though_the_same_word_cancels_a_fire() -> None:
    # 測試 is a negation of the fire topic and a word of the false_alarm cue: one file, two uses
    reading = read("火警受信總機 復歸 測試")
    assert reading.topic != "fire_report"
    assert Cue.FALSE_ALARM in reading.cues


def test_a_cue_is_read_across_sentences_and_without_negation() -> None:
    # the cue speaks of the words; a rule decides what they mean together
    assert Cue.EVACUATION in cues("火勢已控制。民眾已疏散")
    assert Cue.WORKS in cues("不是施工，是車禍")


def test_full_width_and_upper_case_are_read_as_plain_text() -> None:
    assert Cue.FALSE_ALARM in cues("ＦＡＬＳＥ ＡＬＡＲＭ, panel reset")
    assert Cue.REOPEN in cues("Road REOPENED at 21:40")
    assert Cue.LINK_LOST in cues("Gateway: COMMS_LOST")


def test_the_smoke_detector_s_name_is_no_smoke() -> None:
    assert Cue.SMOKE not in cues("3F 偵煙式探測器動作")
    assert Cue.SMOKE in cues("3F 偵煙式探測器動作，現場有煙")
    assert {Cue.SMOKE, Cue.SMOKE_DRAWN_IN} <= cues("偵煙器動作，經查為外部煙霧由進氣口飄入")


def test_a_word_and_a_longer_word_of_another_cue_at_the_same_place_are_both_read() -> None:
    # 飄 (smoke came to the caller) begins 飄入 (smoke drawn in through a door or an intake)
    assert {Cue.SMOKE_CAME, Cue.SMOKE_DRAWN_IN} <= cues("煙霧從門口飄入")
    # reopen (evacuation over) begins reopened (the road open again)
    assert {Cue.EVACUATION_OVER, Cue.REOPEN} <= cues("road reopened")


def test_one_word_may_say_two_cues() -> None:
    # 湧出: people pour out of a building, water wells up out of the road
    assert {Cue.POURING_OUT, Cue.WELLING} <= cues("大量人潮湧出")


def test_a_text_with_no_cue_word_says_none() -> None:
    assert cues("") == frozenset()
    assert cues("民權路口車禍，一人受傷") == frozenset()
    assert read("").cues == frozenset()


@pytest.mark.parametrize(
    ("edit", "match"),
    [
        (lambda t: t.replace("    reopen: [", "    reopened_again: ["), "unknown"),
        (lambda t: t.replace("    in_a_park: [公園, 步道, park]", ""), "missing"),
        (lambda t: t + "\nproject_cues: {}\n", "project section"),
    ],
)
def test_the_lexicon_names_exactly_the_reader_s_cues_in_its_project_section(edit: object, match: str) -> None:
    text = LEXICON_PATH.read_text(encoding="utf-8")
    assert callable(edit)
    with pytest.raises(LexiconError, match=match):
        parse_lexicon(edit(text))


_WORDS = sorted({w for cue in Cue for w in lexicon().cue_words(cue)})
_HIDING = {
    Cue(name): tuple(unicodedata.normalize("NFKC", w).lower() for w in spec.get("not_in", []))
    for name, spec in yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))["project"]["cues"].items()
    if isinstance(spec, dict)
}


@given(st.text(max_size=60), st.sampled_from(_WORDS), st.text(max_size=60))
@example("病人呼吸", "困", "難")  # 困 of trapped inside 困難 (breathing hard): hidden
def test_a_text_says_a_cue_exactly_when_it_holds_one_of_its_words(before: str, word: str, after: str) -> None:
    text = before + word + after
    plain = unicodedata.normalize("NFKC", text).lower()
    got = cues(text)
    for cue in Cue:
        if any(w in plain for w in _HIDING.get(cue, ())):
            continue  # a not_in word may hide the cue's words (偵煙, 困難): the tests above and below
        assert (cue in got) == any(w.lower() in plain for w in lexicon().cue_words(cue)), cue
    assert got == cues(text) == read(text).cues


def test_a_tree_on_the_road_beside_a_park_says_both_and_one_on_the_park_path_only_the_park() -> None:
    assert {Cue.IN_A_PARK, Cue.ON_THE_ROAD} <= cues("中科路靠近中央公園這邊又一棵樹倒了，樹幹橫在路中間")
    assert {Cue.IN_A_PARK, Cue.ON_THE_ROAD} <= cues("敦化路公園旁邊有一根很大的樹枝被雨打斷，掉在機車道上")
    assert Cue.ON_THE_ROAD in cues("敦化路一段中央公園旁邊行道樹一根大樹枝斷下來")
    assert Cue.ON_THE_ROAD not in cues("中央公園裡面步道有一棵樹倒了，擋住步道")


def test_a_call_about_cars_racing_says_racing_and_revving_and_one_about_an_engine_revving_only_revving() -> None:
    assert {Cue.RACING, Cue.REVVING} <= cues("每個禮拜六都這樣，中科路那邊一直有人在飆車，轟轟轟的")
    assert {Cue.RACING, Cue.REVVING} <= cues("環中路中科路口一直有車在甩尾，很吵")
    said = cues("有人在路邊改裝排氣管一直催油門，很吵")
    assert Cue.REVVING in said
    assert Cue.RACING not in said
    assert not {Cue.RACING, Cue.REVVING} & cues("樓上在唱卡拉OK，都十一點了")


def test_a_call_about_people_fighting_or_about_to_says_fight_and_a_quarrel_does_not() -> None:
    assert Cue.FIGHT in cues("公園市集那邊有人在打架，好幾個人，有人拿椅子")
    assert Cue.FIGHT in cues("河南路的便利商店門口有幾個喝醉的在吵架，快要打起來了")
    assert Cue.FIGHT in cues("轉運站裡面有一個男的拿刀在那邊揮")
    assert Cue.FIGHT not in cues("隔壁鄰居在吵架，很大聲")


def test_a_call_about_someone_down_or_gasping_says_in_danger_and_a_question_about_a_dizzy_spell_does_not() -> None:
    assert Cue.IN_DANGER in cues("公車站旁邊有一位老先生倒在地上，叫他都沒有反應")
    assert Cue.IN_DANGER in cues("停電了，我奶奶的製氧機不能用，她現在很喘")
    assert Cue.IN_DANGER in cues("人行道上有個阿姨跌倒，頭一直流血，站不起來")
    assert Cue.IN_DANGER not in cues("家裡老人家頭暈，詢問要去哪間醫院")
    assert Cue.IN_DANGER not in cues("路邊有一隻狗好像腳受傷，一直趴在那邊")


def test_water_gushing_out_of_the_road_wells_up_and_a_scooter_splashing_through_a_puddle_does_not() -> None:
    assert Cue.WELLING in cues("敦化路上有水一直從地上冒出來，像噴泉一樣")
    assert Cue.WELLING in cues("中平路施工的地方水管被挖破，水一直噴出來")
    assert Cue.WELLING not in cues("黎明路凱旋路口積水，機車騎過去會噴水")
    assert Cue.WELLING not in cues("北屯區中清路這邊騎樓前積水，機車過去會噴水。")


def test_rubbish_or_weeds_burning_is_a_waste_fire_and_a_caller_unsure_it_is_not_joss_paper_is_not() -> None:
    assert {Cue.WASTE_FIRE, Cue.OPEN_BURNING} <= cues("公園旁邊空地有人在燒雜草跟垃圾，煙一直飄過來")
    assert Cue.WASTE_FIRE not in cues("凱旋路敦化路口有人在路邊燒金紙，煙飄到我家")
    assert Cue.WASTE_FIRE not in cues("中平路邊空地有人在燒東西，不知道是在燒金紙還是燒雜草")


def test_grass_or_a_lot_burning_is_grass_burning_and_people_on_the_grass_are_not() -> None:
    assert Cue.GRASS_BURNING in cues("中央公園滯洪池旁邊的草地在燒，火很大")
    assert Cue.GRASS_BURNING in cues("水資源回收中心旁邊空地在燒 火很大 草都燒起來了")
    assert Cue.GRASS_BURNING not in cues("那個煙好大，我們在公園南邊草地野餐，要不要離開")
    assert Cue.GRASS_BURNING not in cues("綠美圖旁邊草地上那個通風口一直在冒黑煙")


def test_a_car_park_closed_for_a_fire_or_water_says_so_and_one_full_does_not() -> None:
    assert Cue.CLOSED_BY_HAZARD in cues("中央公園地下停車場(北) 火警 暫停開放")
    assert Cue.CLOSED_BY_HAZARD in cues("入口暫停開放（坡道積水）")
    assert Cue.CLOSED_BY_HAZARD not in cues("中央公園地下停車場(北) 小型車位已滿")
    assert Cue.CLOSED_BY_HAZARD not in cues("經貿六停車場 入口因道路封閉暫停開放")


def test_evacuees_asking_to_go_back_in_say_going_back_and_a_driver_heading_home_does_not() -> None:
    assert Cue.GOING_BACK in cues("住戶可以回去了嗎？我們在公園這邊等很久了")
    assert Cue.GOING_BACK in cues("展覽還會繼續嗎？什麼時候可以進去")
    assert Cue.GOING_BACK in cues("請問綠美圖今天還會再開嗎？")
    assert Cue.GOING_BACK not in cues("敦化路為什麼封路？我要回家欸，要從哪邊繞？")
    assert Cue.GOING_BACK not in cues("颱風天明天到底要不要上班上課？")


def test_the_rush_hour_cue_reads_a_rule_s_rush_hour_words() -> None:
    assert Cue.RUSH_HOUR in cues("環中路車輛偵測器1 平均車速 21 km/h（上班尖峰）")
    assert Cue.RUSH_HOUR in cues("平均車速 21 km/h，佔有率 40%（平日尖峰常態）")
    assert Cue.RUSH_HOUR not in cues("環中路車輛偵測器1 平均車速 8 km/h")


def test_the_trapped_cue_reads_someone_stuck_inside_and_not_a_hardship() -> None:
    assert Cue.TRAPPED in cues("生態住宅 A 區電梯停電困 2 人（母子），無不適。")
    assert Cue.TRAPPED in cues("智慧營運塔電梯停電卡住，我同事在裡面")
    assert Cue.TRAPPED not in cues("停電了，電梯也停了，爬樓梯很困難")


def test_the_stretch_cue_reads_water_over_a_whole_stretch() -> None:
    assert Cue.STRETCH in cues("公園到路口整片都淹水")
    assert Cue.STRETCH in cues("從這邊到路口一路都是水")
    assert Cue.STRETCH not in cues("公園停車場淹水了，我的車停在B1")


def test_the_spreading_cue_reads_water_moving_on_along_the_street() -> None:
    assert Cue.SPREADING in cues("中平路經貿路口也開始淹了，水從北邊一直流過來")
    assert Cue.SPREADING in cues("積水蔓延至經貿路中平路口 水深約40公分")
    assert Cue.SPREADING in cues("經貿路二段/經貿七路口 積水約 15 公分，持續擴大")
    assert Cue.SPREADING not in cues("經貿路跟黎明路交叉口那邊整片都是水，像一條小河")
    assert Cue.SPREADING not in cues("經貿路中平路口淹水，車子都在涉水")


_SPREADING_WORDS = ["也開始淹", "蔓延", "延伸", "擴大", "流過來", "水流到"]


@given(st.text(max_size=20), st.sampled_from(_SPREADING_WORDS), st.text(max_size=20))
def test_a_spreading_word_anywhere_in_a_text_reads_the_spreading_cue(before: str, word: str, after_: str) -> None:
    assert Cue.SPREADING in cues(f"{before}。{word}。{after_}")


def test_a_panel_saying_water_got_into_its_loop_says_water_in_and_a_broken_loop_does_not() -> None:
    assert Cue.WATER_IN in cues("B2 偵煙探測器迴路短路（疑進水）")
    assert Cue.WATER_IN in cues("B2 泵浦控制盤 受潮異常")
    assert Cue.WATER_IN not in cues("受信總機 第3迴路斷線")


def test_the_dispatched_cue_reads_crews_sent_not_a_reinforcement_or_a_call_off() -> None:
    assert Cue.DISPATCHED in cues("臺中國際會展中心A棟 展場攤位延長線起火 派遣水湳、西屯分隊")
    assert Cue.DISPATCHED in cues("化學車出動 通報環保局毒災應變隊")
    assert Cue.DISPATCHED not in cues("第二次增派 水箱車4輛 化學車1輛")
    assert Cue.DISPATCHED not in cues("B區集合住宅 梯間偵煙器動作 派員查看 為A區火場濃煙飄入")
    assert Cue.DISPATCHED not in cues("另有民眾按下手動報警機，已請消防勿出動")


def test_the_planned_cut_cue_reads_a_power_cut_the_utility_announced() -> None:
    assert Cue.PLANNED_CUT in cues("台電計畫性停電 水湳生態住宅區 11/6 01:00-05:00 饋線汰換工程")
    assert Cue.PLANNED_CUT in cues("台電計畫性停電施工：經貿路三段、敦化路一帶饋線汰換")
    assert Cue.PLANNED_CUT not in cues("我們這邊整區停電，台電電話打不通")


def test_a_person_collapsed_in_public_or_fainted_says_collapse_and_a_tree_fallen_on_a_named_road_does_not() -> None:
    assert Cue.COLLAPSE in cues("停車場出口 民眾路倒 意識模糊")
    assert Cue.COLLAPSE in cues("搖滾區 女性觀眾昏厥")
    assert Cue.COLLAPSE not in cues("中科路倒樹還沒清，車子都要繞")


def test_chest_pain_or_a_fall_at_home_says_taken_ill_and_a_person_brought_out_says_rescued() -> None:
    assert Cue.TAKEN_ILL in cues("生態住宅A區 8樓 老翁胸悶呼吸困難")
    assert Cue.TAKEN_ILL in cues("經貿路三段 住宅 男 70歲 浴室跌倒 頭部撕裂傷")
    assert Cue.TAKEN_ILL not in cues("B館疏散時一名女性跌倒 腳踝扭傷 現場處置")
    assert Cue.TAKEN_ILL in cues("舞台前方女性觀眾身體不適 已交救護人員")
    assert Cue.RESCUED in cues("地下道救出民眾1名失溫、胸悶，送醫")
    assert Cue.RESCUED not in cues("故障公車上 乘客 男 78歲 頭暈胸悶")


def test_a_search_s_person_is_a_child_or_an_elder_and_a_children_s_corner_names_no_child() -> None:
    assert cues("我兒子在美術館走丟了") & {Cue.CHILD, Cue.ELDER} == {Cue.CHILD}
    assert cues("協尋：82歲男性，失智") & {Cue.CHILD, Cue.ELDER} == {Cue.ELDER}
    assert Cue.CHILD not in cues("於美術館兒童區尋獲")


def test_what_a_closure_says_after_its_detour_cue_is_the_rest_of_that_sentence() -> None:
    said = after(Cue.DETOUR_VIA, "經貿路二段(中清路口至中平路口)雙向封閉，車輛改道黎明路、凱旋路。中清路正常通行")
    assert said == "黎明路、凱旋路"
    assert "中清路" not in said
    assert after(Cue.DETOUR_VIA, "經貿路二段雙向封閉") == ""
    assert after(Cue.DETOUR_VIA, "") == ""


@given(st.text(max_size=60), st.sampled_from(lexicon().cue_words(Cue.DETOUR_VIA)), st.text(max_size=60))
def test_the_text_after_a_detour_cue_is_a_piece_of_the_text_within_one_sentence(
    before: str, word: str, rest: str
) -> None:
    text = before + word + rest
    plain = unicodedata.normalize("NFKC", text).lower()
    got = after(Cue.DETOUR_VIA, text)
    assert got in plain
    assert not any(stop in got for stop in "。！？!?；;\n\r")
    assert got == after(Cue.DETOUR_VIA, text)


@given(st.one_of(st.text(), st.text(alphabet=st.characters(codec="utf-8"), min_size=1000, max_size=3000)))
def test_reading_after_a_cue_never_raises_on_any_text(text: str) -> None:
    assert isinstance(after(Cue.DETOUR_VIA, text), str)


def test_a_fallen_thing_is_a_tree_a_signboard_or_a_hoarding() -> None:
    things = {Cue.TREE, Cue.SIGNBOARD, Cue.HOARDING}
    assert cues("一棵路樹倒下來") & things == {Cue.TREE}
    assert cues("鐵皮招牌被風吹下來") & things == {Cue.SIGNBOARD}
    assert cues("工地圍籬鐵皮倒塌") & things == {Cue.HOARDING}
    assert cues("貨車掉落PVC管") & things == set()


def test_a_relative_asking_after_someone_says_kin_and_asking_after_and_an_office_unreachable_no_kin() -> None:
    said = cues("我爸住A區9樓，電話打不通，可以幫我確認嗎？")
    assert {Cue.KIN, Cue.ASKING_AFTER} <= said
    assert {Cue.KIN, Cue.ASKING_AFTER} <= cues("我家小孩自己在家，住那棟7樓，拜託幫我看一下")
    assert Cue.KIN not in cues("台電電話都打不通，什麼時候會來電")
    assert Cue.ASKING_AFTER not in cues("我女兒在水湳轉運中心回不來，你們有沒有安排接駁")


def test_a_question_about_the_quake_says_disaster_and_asking_and_a_report_naming_it_asks_nothing() -> None:
    question = {Cue.DISASTER, Cue.ASKING}
    assert question <= cues("民眾詢問地震後可不可以繼續搭電梯")
    assert question <= cues("搖得好可怕，請問還會不會有餘震")
    assert question <= cues("想確認一下剛剛是地震喔？")
    assert question <= cues("請問明天還有放颱風假嗎")
    told = cues("剛剛餘震又掉一堆磁磚下來")
    assert Cue.DISASTER in told
    assert Cue.ASKING not in told
    assert Cue.DISASTER not in cues("民眾詢問捷運綠線是否停駛")


def test_a_driver_asking_whether_a_road_can_be_driven_or_saying_it_is_jammed_says_passable() -> None:
    for text in ("河南路現在還能走嗎？", "中清路什麼時候才會通", "文心路塞了快一個小時", "整條路卡死了要繞哪裡"):
        assert Cue.PASSABLE in cues(text), text
    # a question about the road's furniture or a neighbour's wall is about no traffic
    assert Cue.PASSABLE not in cues("請問中清路那邊的測速照相是不是壞了？")
    assert Cue.PASSABLE not in cues("住河南路附近的公寓，樓梯間牆壁有裂痕")


def test_the_routine_traffic_cue_reads_a_rule_s_works_and_days_off_words() -> None:
    assert Cue.ROUTINE_TRAFFIC in cues("中清路車輛偵測器2 夜間施工 車速 18 km/h")
    assert Cue.ROUTINE_TRAFFIC in cues("平均車速 19 km/h（假日車流）")
    assert Cue.ROUTINE_TRAFFIC in cues("平均車速下降（連假車潮）")
    assert Cue.ROUTINE_TRAFFIC not in cues("環中路車輛偵測器1 平均車速 8 km/h")
