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


def test_beyond_every_area_and_road_reach_the_nearest_road_names_it_with_distance_and_bearing() -> None:
    far = place_of("中清路", "Zhongqing Road", 12_840.0, None, None, road_deg=91.0)
    assert far == Place("中清路東方 12.8 公里", "12.8 km E of Zhongqing Road", "", "", far=True)
    assert place_of("環中路", "Huanzhong Road", 437.0, None, None, road_deg=350.0) == Place(
        "環中路北方 440 公尺", "440 m N of Huanzhong Road", "", "", far=True)
    # the eight compass points, each 45 degrees wide around its direction
    names = [place_of("環中路", "Huanzhong Road", 2000.0, None, None, road_deg=d).name_en.split()[2]
             for d in (0.0, 22.4, 22.6, 90.0, 135.0, 180.0, 225.0, 270.0, 315.0, 337.6, 359.9)]
    assert names == ["N", "N", "NE", "E", "SE", "S", "SW", "W", "NW", "N", "N"]


def test_an_area_or_a_road_within_reach_still_names_the_place_without_a_distance() -> None:
    assert place_of("中科路", "Zhongke Road", 900.0, "北屯區", "Beitun District", road_deg=45.0) == Place(
        "北屯區", "Beitun District", "", "")
    assert place_of("環中路", "Huanzhong Road", 40.0, None, None, road_deg=45.0) == Place(
        "環中路", "Huanzhong Road", "", "")
    # no bearing (the point on the road itself) or no finite distance: nothing to say
    assert place_of("環中路", "Huanzhong Road", 900.0, None, None) == Place("", "", "", "")
    assert place_of("環中路", "Huanzhong Road", float("nan"), None, None, road_deg=10.0) == Place("", "", "", "")
