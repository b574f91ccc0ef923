"""The places a text names: the zone's buildings and its road junctions (geo.gazetteer)."""

from __future__ import annotations

import functools
import math
from pathlib import Path

import pytest
import shapely
from hypothesis import given
from hypothesis import strategies as st

from geo.crs import to_twd97
from geo.errors import GazetteerError
from geo.gazetteer import GAZETTEER_PATH, JUNCTION_GAP_M, Gazetteer, NamedPlace, load_gazetteer
from geo.loaders import load_dataset, load_roads


@functools.cache
def gazetteer() -> Gazetteer:
    return load_gazetteer(roads=load_roads())


def ids(text: str) -> list[str]:
    return [p.place_id for p in gazetteer().named_in(text)]


def test_callers_and_officers_words_name_the_zone_s_buildings() -> None:
    assert ids("綠美圖前面有人昏倒") == ["museumbrary"]
    assert ids("會展中心南側人很多") == ["convention_centre"]
    assert ids("我兒子在會展中心A館不見了") == ["convention_hall_a"]  # the longer name wins
    assert ids("臺中國際會展中心 B棟 火警受信總機") == ["convention_hall_b"]
    assert ids("轉運站接駁車排好長") == ["transit_hub"]
    assert ids("中臺灣電影中心那邊有煙") == ["pop_music_centre"]
    assert ids("Smoke near the Green MUSEUMBRARY") == ["museumbrary"]
    assert ids("ＦＯＯ綠美圖") == ["museumbrary"]  # full-width letters are read as plain ones


def test_a_junction_is_named_as_people_write_it() -> None:
    for text in ("河南路中平路口", "河南路/中平路", "河南路二段與中平路口", "中平路河南路交叉口", "河南路 、中平路口"):
        assert ids(text) == ["junction:henan+zhongping"], text
    assert ids("中清環中路口地下道淹水") == ["junction:huanzhong+zhongqing"]  # 中清 for 中清路
    assert ids("經貿路二段/黎明路三段 路口") == ["junction:jingmao+liming"]
    assert ids("台灣大道環中路口") == ["junction:huanzhong+taiwan_blvd"]  # 台 for 臺


def test_a_road_alone_a_neighbourhood_or_a_park_names_no_place() -> None:
    # 逢甲 alone is the neighbourhood west of the zone; 中央公園 is a 1.7 km strip
    for text in ("經貿路上有坑洞", "逢甲那邊好像有東西在燒", "中央公園裡的樹倒了", "環中路口", "河南路河南路口", ""):
        assert ids(text) == [], text


def test_the_places_are_named_in_the_text_s_order_each_once() -> None:
    text = "從綠美圖這邊看到轉運中心那邊冒煙，綠美圖的人也在看"
    assert ids(text) == ["museumbrary", "transit_hub"]


def test_a_place_the_writer_heads_for_is_not_a_place_of_the_report() -> None:
    text = "我要去轉運中心搭客運，環中路整個卡住"
    assert ids(text) == ["transit_hub"]
    assert gazetteer().points_named(text) == ()
    hub = gazetteer().named_in("轉運中心")[0]
    assert gazetteer().points_named("我在轉運中心等車") == ((hub.x, hub.y),)


def test_every_building_lies_in_the_zone_within_its_stated_precision() -> None:
    zone = next(z for z in load_dataset().zones if z.zone_id == "shuinan")
    outline = shapely.buffer(shapely.Polygon([to_twd97(*c) for c in zone.geometry.exterior.coords]), 300.0)
    for place in gazetteer().places:
        if not place.place_id.startswith("junction:"):
            assert outline.contains(shapely.Point(place.x, place.y)), place


def test_a_junction_lies_on_both_roads_or_between_them_within_the_gap() -> None:
    roads = {r.road_id: r for r in load_roads()}
    for place in gazetteer().places:
        if place.place_id.startswith("junction:"):
            a, b = place.place_id.removeprefix("junction:").split("+")
            for rid in (a, b):
                line = shapely.LineString([to_twd97(*c) for c in roads[rid].geometry.coords])
                assert line.distance(shapely.Point(place.x, place.y)) <= JUNCTION_GAP_M / 2 + 1e-6, place


def test_the_anchored_junction_sits_at_its_domain_anchor() -> None:
    # DOMAIN.md §1.2: 環中路二段 × 經貿路二段 at 120.65345, 24.19848 (±30 m)
    j = gazetteer().named_in("環中路經貿路口")[0]
    assert math.dist((j.x, j.y), to_twd97(120.65345, 24.19848)) < 30.0


def test_a_malformed_gazetteer_is_refused_with_its_path(tmp_path: Path) -> None:
    good = GAZETTEER_PATH.read_text(encoding="utf-8")
    for bad in (
        good.replace("at: [120.657, 24.1915]", "at: [215000.0, 2676000.0]"),  # metres, not degrees
        good.replace("    source: sensors.geojson SN-FA-004", "    sauce: x"),
        good + "\n  - id: transit_hub\n    name: x\n    name_en: x\n    aliases: [x]\n"
        "    at: [120.65, 24.19]\n    source: x\n",
        "places: [",
    ):
        path = tmp_path / "g.yaml"
        path.write_text(bad, encoding="utf-8")
        with pytest.raises(GazetteerError) as err:
            load_gazetteer(path)
        assert err.value.path == str(path)
    with pytest.raises(GazetteerError):
        load_gazetteer(tmp_path / "missing.yaml")


def test_without_roads_only_the_buildings_are_named() -> None:
    g = load_gazetteer()
    assert [p.place_id for p in g.named_in("河南路中平路口 綠美圖")] == ["museumbrary"]
    assert Gazetteer().named_in("綠美圖") == ()


@given(st.text(max_size=3000))
def test_any_text_names_known_places_once_and_the_same_each_time(text: str) -> None:
    found = gazetteer().named_in(text)
    assert len(found) == len(set(found))
    assert all(isinstance(p, NamedPlace) and math.isfinite(p.x) and math.isfinite(p.y) for p in found)
    assert found == gazetteer().named_in(text)
    assert set(gazetteer().points_named(text)) <= {(p.x, p.y) for p in found}


_NAMES = [
    ("museumbrary", "綠美圖"),
    ("museumbrary", "臺中綠美圖"),
    ("transit_hub", "轉運中心"),
    ("transit_hub", "水湳轉運站"),
    ("water_reclamation", "水資源回收中心"),
    ("fcu_campus", "逢甲水湳校區"),
]


@given(st.text(max_size=2000), st.sampled_from(_NAMES), st.text(max_size=2000))
def test_a_name_set_apart_in_any_long_text_is_found(before: str, name: tuple[str, str], after: str) -> None:
    place_id, alias = name
    assert place_id in ids(f"{before}。{alias}。{after}")
