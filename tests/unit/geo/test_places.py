"""How a point is named: the nearby road, else the covering area (geo.places)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from geo.places import ROAD_NAMES_PLACE_M, Place, place_of


def test_a_road_within_reach_names_the_place_and_the_area_is_kept() -> None:
    assert place_of("環中路", "Huanzhong Road", 40.0, "中央公園", "Central Park") == Place(
        "環中路", "Huanzhong Road", "中央公園", "Central Park")


def test_a_far_road_gives_way_to_the_area() -> None:
    assert place_of("中科路", "Zhongke Road", ROAD_NAMES_PLACE_M + 1, "中央公園", "Central Park") == Place(
        "中央公園", "Central Park", "", "")


def test_nothing_known_is_empty_and_a_missing_english_name_falls_back() -> None:
    assert place_of(None, None, None, None, None) == Place("", "", "", "")
    assert place_of("環中路", "", 0.0, None, None) == Place("環中路", "環中路", "", "")
    assert place_of(None, None, None, "北屯區", "") == Place("北屯區", "北屯區", "", "")


@given(
    road=st.one_of(st.none(), st.text(max_size=5)), road_en=st.one_of(st.none(), st.text(max_size=5)),
    road_m=st.one_of(st.none(), st.floats(allow_nan=True)),
    area=st.one_of(st.none(), st.text(max_size=5)), area_en=st.one_of(st.none(), st.text(max_size=5)),
)
def test_any_input_gives_a_place_named_from_the_inputs(
    road: str | None, road_en: str | None, road_m: float | None, area: str | None, area_en: str | None
) -> None:
    p = place_of(road, road_en, road_m, area, area_en)
    assert p.name in {road or "", road_en or "", area or "", area_en or ""}
    assert bool(p.name) == bool(p.name_en)
    assert bool(p.area) == bool(p.area_en)
    if p.area:
        assert road_m is not None
        assert road_m <= ROAD_NAMES_PLACE_M
