"""A search is over once its person is found: a person missing after that is another's.

Described situation: the lantern festival in the central park, a Saturday evening. At 19:00 a
mother calls that her five-year-old son, in a blue coat, is lost by the main lantern; the
police broadcast a search, and a caller sees a small boy crying by the pond. At 19:25 the
north service desk reports the boy found and handed back to his mother. At 19:40 a visitor
brings a four-year-old girl in a pink hat to the south desk, 300 m on: she cannot find her
parents; her mother calls a few minutes later, and the desk reports the two reunited at
19:55. At 20:30 a grandmother reports her eight-year-old grandson lost at the north entrance.

The coordinator runs three searches, one after the other: the boy's ended when he was handed
back, so the girl brought to the south desk is a new description broadcast, a search of her
own, and so is the grandson after her. What still belongs to a search: a parent calling again
before the child is found, a caller's sighting before the finding, and a second report of the
finding itself (the police closing the search after the desk's call).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from common.lexicon import Cue, cues
from ops_center.incidents import IncidentType
from tests.unit.ops_center.scene import Scene, replay, two_jobs

X0, Y0, T0 = 215_000.0, 2_676_000.0, 1_779_490_800.0  # the main lantern; T0 = 19:00

item = Scene(X0, Y0, T0).item
MISSING = "missing_person"  # the category of a report of a person missing (1999 and the police alike)

BOY = [
    item("mother", "1999", MISSING, "citizen", 0.0, 0.0, 0.0, "我兒子5歲在主燈區走失了，穿藍色外套"),
    item("broadcast", "incident", MISSING, "police", 20.0, 10.0, 2.0, "協尋 男童 5歲 藍色外套，主燈區走失"),
    item("pond", "1999", MISSING, "citizen", -80.0, 60.0, 12.0, "滯洪池旁邊有一個小男生在哭，好像走失了"),
    item("desk", "incident", MISSING, "police", 60.0, 150.0, 25.0, "5歲男童於北側服務台尋獲，與家長會合"),
]
SOUTH = (40.0, -300.0)  # the south service desk, 300 m from the main lantern
GIRL = [
    item(
        "brought",
        "incident",
        MISSING,
        "police",
        *SOUTH,
        40.0,
        "民眾帶一名約4歲女童至南側服務台，女童找不到家長，粉紅色帽子",
    ),
    item(
        "girl_mother",
        "1999",
        MISSING,
        "citizen",
        -30.0,
        -250.0,
        44.0,
        "我女兒4歲不見了，剛剛在滯洪池旁邊看燈，戴粉紅色帽子",
    ),
    item("reunited", "incident", MISSING, "police", *SOUTH, 55.0, "南側服務台女童與母親會合"),
]
GRANDSON = [
    item("grandma", "1999", MISSING, "citizen", 50.0, 180.0, 90.0, "我孫子8歲，在北側入口跟我們走散了，穿黃色運動服"),
]


def test_a_child_brought_to_a_desk_after_the_first_child_was_handed_back_is_a_search_of_her_own() -> None:
    c = replay([*BOY, *GIRL])
    boy, girl = two_jobs(c, "mother", "brought")
    assert {c.where(k) for k in ("broadcast", "pond", "desk")} == {boy}
    assert {c.where(k) for k in ("girl_mother", "reunited")} == {girl}
    assert c.snapshot(girl).type is IncidentType.RESCUE


def test_a_grandson_lost_after_both_children_were_found_is_a_third_search() -> None:
    c = replay([*BOY, *GIRL, *GRANDSON])
    grandson = c.where("grandma")
    assert grandson is not None
    assert grandson not in {c.where("mother"), c.where("brought")}


def test_a_parent_calling_again_before_the_child_is_found_is_the_same_search() -> None:
    again = item("again", "1999", MISSING, "citizen", 10.0, 20.0, 18.0, "剛剛打過了，還是沒找到我兒子，有沒有廣播")
    c = replay([*BOY, again])
    assert c.where("again") == c.where("mother") is not None


def test_a_second_report_of_the_finding_is_the_search_that_ended() -> None:
    closed = item("closed", "incident", MISSING, "police", 60.0, 150.0, 28.0, "協尋解除：走失男童已交還家屬")
    c = replay([*BOY, closed])
    assert c.where("closed") == c.where("mother") is not None


def test_the_words_of_a_finding_and_of_a_child_still_missing() -> None:
    for text in ("5歲男童於北側服務台尋獲", "南側服務台女童與母親會合", "走失長者已聯繫家屬接回", "協尋解除"):
        assert Cue.REUNITED in cues(text), text
    for text in ("還是沒找到我孫子", "我兒子5歲在主燈區走失了", "協尋 男童 5歲 藍色外套"):
        assert Cue.REUNITED not in cues(text), text


@settings(max_examples=40, deadline=None)
@given(
    minutes_after=st.floats(min_value=1.0, max_value=90.0),
    dx=st.floats(min_value=-300.0, max_value=300.0),
    dy=st.floats(min_value=-300.0, max_value=300.0),
)
def test_a_person_reported_missing_after_the_finding_never_joins_the_search_that_ended(
    minutes_after: float, dx: float, dy: float
) -> None:
    later = item("later", "1999", MISSING, "citizen", dx, dy, 25.0 + minutes_after, "我女兒不見了，穿粉紅色外套")
    c = replay([*BOY, later])
    two_jobs(c, "mother", "later")


@settings(max_examples=40, deadline=None)
@given(
    minute=st.floats(min_value=3.0, max_value=24.0),
    dx=st.floats(min_value=-150.0, max_value=150.0),
    dy=st.floats(min_value=-150.0, max_value=150.0),
)
def test_a_sighting_before_the_finding_is_the_search_s(minute: float, dx: float, dy: float) -> None:
    seen = item("seen", "1999", MISSING, "citizen", dx, dy, minute, "這邊有一個小男生在哭，好像走失了，藍色外套")
    c = replay([*BOY, seen])
    assert c.where("seen") == c.where("mother") is not None
