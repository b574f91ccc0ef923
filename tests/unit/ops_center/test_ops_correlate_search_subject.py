"""A search is for one person: a lost child is not the missing elder, and a child lost in a
fire's rush is a search, not the fire.

Described situation: on a Saturday afternoon the police open a search for an 82-year-old man
with dementia who walked out of his home by the park; callers see an old man wandering on the
park's paths. Forty minutes later, at the museum 350 m north, a mother reports her five-year-old
son lost on the ground floor; the police open a second search, a visitor sees a small boy alone
on the escalator, and the boy is found in the children's corner. The coordinator runs two
searches, each with its own description broadcast: the boy's calls are not sightings of the
old man, the old man's are not of the boy. When the officers searching for the old man go to
the museum's plaza (their follow-up of his search, written at the museum), his search does not
take the boy's.

The same park's market, another day: oil catches fire in a food stall (callers, 119's engine).
Ten minutes later a father calls: his son ran off when everybody fled the fire, 80 m away;
the police open a search for the boy. The engine is the fire's job, the search the boy's; a
woman who fell while the stalls were cleared, whose ambulance 119 sends to the stall, is the
fire's.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from common.lexicon import read
from common.vocabulary import Signal, categorize
from ops_center.incidents import IncidentType
from tests.unit.ops_center.scene import Scene, replay

X0, Y0, T0 = 215_000.0, 2_676_400.0, 1_779_450_000.0  # the park's north paths; T0 = 14:00


item = Scene(X0, Y0, T0).item


run = replay


ELDER = [
    item("report", "incident", "other", "police", 0.0, 0.0, 0.0, "協尋：82歲男性，失智，灰色外套，外出未歸"),
    item("walker", "1999", "other", "citizen", -60.0, 40.0, 12.0, "公園步道有一個阿伯一直在繞，問他住哪裡講不清楚"),
    item("bench", "1999", "other", "citizen", 40.0, 120.0, 30.0, "剛剛有個阿公坐在椅子上發抖，穿灰色外套，好像迷路了"),
]
MUSEUM = (20.0, 350.0)  # the museum's ground floor, 350 m north of the park's paths
CHILD = [
    item("mother", "1999", "other", "citizen", *MUSEUM, 40.0, "我兒子在美術館一樓走丟了！五歲，穿黃色衣服"),
    item("police", "incident", "other", "police", *MUSEUM, 43.0, "美術館1樓5歲男童與家人走散，黃色上衣，館方廣播協尋"),
    item("escalator", "1999", "other", "citizen", MUSEUM[0] + 10.0, MUSEUM[1], 46.0, "電扶梯有一個小男生自己一個人"),
    item("found", "incident", "other", "police", *MUSEUM, 58.0, "走失男童已於美術館兒童區尋獲，交還家屬"),
]


def test_a_child_lost_at_the_museum_is_not_the_missing_elder_s_search() -> None:
    c = run([*ELDER, *CHILD])
    elder, child = c.where("report"), c.where("police")
    assert elder is not None
    assert child is not None
    assert elder != child
    assert {c.where("walker"), c.where("bench")} == {elder}
    assert {c.where("mother"), c.where("escalator"), c.where("found")} == {child}
    assert c.snapshot(child).type is IncidentType.RESCUE


def test_the_elder_s_search_alone_takes_its_sightings() -> None:
    c = run(ELDER)
    assert {c.where("report"), c.where("walker"), c.where("bench")} == {c.where("report")} != {None}


STALL = (0.0, -500.0)  # the burning food stall at the market
RUSH = (60.0, -445.0)  # where the boy was lost, 80 m from the stall
LOST_IN_THE_RUSH = "我兒子在市集不見了，剛剛火災大家在跑的時候走散的，六歲穿藍色外套"


def test_a_child_lost_when_people_fled_a_fire_is_a_search_and_not_the_fire() -> None:
    fire = [
        item("smoke", "1999", "fire_smoke", "citizen", *STALL, 0.0, "市集有攤位起火，煙很大"),
        item("engine", "119", "fire", "fire", *STALL, 2.0, "中央公園市集 炸物攤油鍋起火 出動水箱車1"),
        item("fell", "119", "ambulance", "fire", *STALL, 6.0, "市集攤位疏散時一名婦人跌倒 膝蓋擦傷 現場處置"),
    ]
    lost = [
        item("father", "1999", "other", "citizen", *RUSH, 10.0, LOST_IN_THE_RUSH),
        item("search", "incident", "other", "police", *RUSH, 13.0, "民眾報案：6歲男童於市集走失，藍色外套，協尋中"),
    ]
    c = run([*fire, *lost])
    blaze, boy = c.where("engine"), c.where("search")
    assert blaze is not None
    assert boy is not None
    assert blaze != boy
    assert c.where("father") == boy
    assert {c.where("smoke"), c.where("fell")} == {blaze}


def test_a_call_about_a_child_lost_in_a_fire_s_rush_reads_a_missing_person() -> None:
    assert categorize("1999", "other", LOST_IN_THE_RUSH).signal is Signal.MISSING_PERSON


def test_a_call_about_a_fire_asking_after_a_friend_still_reads_the_fire() -> None:
    said = categorize("1999", "other", "剛剛市集那邊火燒，有沒有人受傷？我朋友在那邊一直聯絡不到")
    assert said.signal is Signal.FIRE_REPORT


@given(
    st.text(max_size=60)
    | st.builds(
        lambda a, b, c: a + b + c,
        st.text(max_size=12),
        st.sampled_from(["火災", "瓦斯外洩", "人潮", "走失", "小孩", "阿公", "\x00", "\ud7ff", "Ｆｉｒｅ"]),
        st.text(max_size=12),
    )
)
def test_a_text_is_read_as_a_missing_person_only_when_it_says_one(text: str) -> None:
    said = categorize("1999", "other", text)
    if said.signal is Signal.MISSING_PERSON:
        assert any(topic == "missing_person" for topic, _ in read(f"other\n{text}").topics)


def test_the_elders_follow_up_written_at_the_museum_leaves_the_boys_search_apart() -> None:
    plaza = item(
        "plaza", "incident", "missing_person", "police", MUSEUM[0] - 20.0, MUSEUM[1] - 10.0, 50.0,
        "續報：員警前往美術館前廣場查看，未發現老人，持續擴大協尋範圍", follows="report",
    )  # fmt: skip
    c = run([*ELDER, *CHILD, plaza])
    elder, child = c.where("report"), c.where("police")
    assert elder is not None
    assert child is not None
    assert elder != child
    assert c.where("plaza") == elder
    assert {c.where("mother"), c.where("escalator"), c.where("found")} == {child}
