"""STRtree index against brute force (Hypothesis), and zone lookups on known points."""

from __future__ import annotations

import math
from dataclasses import dataclass

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shapely.geometry import LineString, Point, Polygon

from geo.crs import distance_m, to_twd97
from geo.index import SpatialIndex
from geo.loaders import load_dataset
from geo.models import Road, SensorKind
from geo.zones import Zone, ZoneLevel, ZoneSet

KINDS = list(SensorKind)
DATASET = load_dataset()


@dataclass(frozen=True, slots=True)
class P:
    sensor_id: str
    kind: SensorKind
    lon: float
    lat: float


# Roughly the study area around 水湳 (a few km each way).
lon_s = st.floats(min_value=120.62, max_value=120.70, allow_nan=False)
lat_s = st.floats(min_value=24.15, max_value=24.22, allow_nan=False)
points_s = st.lists(st.tuples(lon_s, lat_s, st.sampled_from(KINDS)), min_size=0, max_size=120)


def _index(pts: list[tuple[float, float, SensorKind]]) -> SpatialIndex:
    return SpatialIndex([P(f"S{i:04d}", k, lon, lat) for i, (lon, lat, k) in enumerate(pts)])


def _brute(pts: list[tuple[float, float, SensorKind]], lon: float,
           lat: float) -> list[tuple[float, str, SensorKind]]:
    out = [(distance_m(lon, lat, plon, plat), f"S{i:04d}", k)
           for i, (plon, plat, k) in enumerate(pts)]
    return sorted(out)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(points_s, lon_s, lat_s, st.floats(min_value=0, max_value=3000),
       st.none() | st.sampled_from(KINDS))
def test_within_radius_matches_brute_force(pts: list[tuple[float, float, SensorKind]],
                                           lon: float, lat: float, radius: float,
                                           kind: SensorKind | None) -> None:
    got = _index(pts).within_radius(lon, lat, radius, kind)
    want = [(d, sid) for d, sid, k in _brute(pts, lon, lat)
            if d <= radius and (kind is None or k is kind)]
    # Points within a micrometre of the circle may fall either way by rounding.
    fuzzy = {sid for d, sid, _k in _brute(pts, lon, lat) if abs(d - radius) < 1e-6}
    assert {n.sensor_id for n in got} - fuzzy == {sid for _d, sid in want} - fuzzy
    assert [n.distance_m for n in got] == sorted(n.distance_m for n in got)
    for n in got:
        expected = {sid: d for d, sid in want}.get(n.sensor_id, n.distance_m)
        assert math.isclose(n.distance_m, expected, abs_tol=1e-6)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(points_s, lon_s, lat_s, st.sampled_from(KINDS), st.integers(min_value=1, max_value=8))
def test_nearest_of_kind_matches_brute_force(pts: list[tuple[float, float, SensorKind]],
                                             lon: float, lat: float, kind: SensorKind,
                                             k: int) -> None:
    got = _index(pts).nearest(lon, lat, kind, k)
    want = [(d, sid) for d, sid, kk in _brute(pts, lon, lat) if kk is kind][:k]
    assert len(got) == len(want)
    # Same distances in the same order (ids may differ only between exact ties).
    for n, (d, _sid) in zip(got, want, strict=True):
        assert math.isclose(n.distance_m, d, abs_tol=1e-6)
        assert n.kind is kind


def test_nearest_respects_max_distance() -> None:
    idx = _index([(120.65, 24.18, SensorKind.RAIN), (120.70, 24.18, SensorKind.RAIN)])
    near = idx.nearest(120.65, 24.18, SensorKind.RAIN, k=5, max_distance_m=1000)
    assert [n.sensor_id for n in near] == ["S0000"]
    assert idx.nearest(120.65, 24.18, SensorKind.VD, k=5) == []


def test_radius_is_metres_on_the_ground() -> None:
    # Two sensors 499 m and 501 m east of the query point (built in TWD97).
    from geo.crs import to_wgs84

    x, y = to_twd97(120.65639, 24.18194)
    a = to_wgs84(x + 499.0, y)
    b = to_wgs84(x + 501.0, y)
    idx = SpatialIndex([P("A", SensorKind.FLOOD, *a), P("B", SensorKind.FLOOD, *b)])
    got = idx.within_radius(120.65639, 24.18194, 500.0)
    assert [n.sensor_id for n in got] == ["A"]
    assert math.isclose(got[0].distance_m, 499.0, abs_tol=1e-3)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(points_s)
def test_within_polygon_matches_shapely(pts: list[tuple[float, float, SensorKind]]) -> None:
    poly = Polygon([(120.64, 24.17), (120.68, 24.16), (120.69, 24.20), (120.65, 24.21)])
    got = _index(pts).within_polygon(poly)
    want = sorted(f"S{i:04d}" for i, (lon, lat, _k) in enumerate(pts)
                  if poly.covers(Point(lon, lat)))
    assert got == want


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lon_s, lat_s)
def test_nearest_road_matches_brute_force(lon: float, lat: float) -> None:
    ds = DATASET
    idx = SpatialIndex([], roads=ds.roads)
    hit = idx.nearest_road(lon, lat)
    assert hit is not None
    from geo.crs import geometry_to_twd97

    x, y = to_twd97(lon, lat)
    dists = sorted((geometry_to_twd97(r.geometry).distance(Point(x, y)), r.road_id)
                   for r in ds.roads)
    assert math.isclose(hit.distance_m, dists[0][0], abs_tol=1e-6)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.floats(min_value=120.55, max_value=120.80, allow_nan=False),
       st.floats(min_value=24.10, max_value=24.28, allow_nan=False),
       st.sampled_from([0.0, 1e-9, 150.0, 2000.0]) | st.floats(min_value=0.0, max_value=5000.0))
def test_roads_at_matches_brute_force(lon: float, lat: float, within_m: float) -> None:
    from geo.crs import geometry_to_twd97

    idx = SpatialIndex([], roads=DATASET.roads)
    x, y = to_twd97(lon, lat)
    point = Point(x, y)
    got = dict(idx.roads_at(x, y, within_m))
    for road in DATASET.roads:
        line = geometry_to_twd97(road.geometry)
        d = line.distance(point)
        if abs(d - within_m) < 1e-6:
            continue  # on the boundary: either answer is right
        assert (road.road_id in got) == (d <= within_m), road.road_id
        if road.road_id in got:
            assert math.isclose(got[road.road_id], line.project(point), abs_tol=1e-6)


def test_locate_known_points() -> None:
    ds = DATASET
    idx = SpatialIndex(ds.sensors, ds.zones, ds.roads)
    park = idx.locate(120.6564, 24.1830)
    assert (park.zone, park.sub_area) == ("shuinan", "central_park")
    hub = idx.locate(120.6528, 24.1970)  # 水湳轉運站接駁區, DOMAIN.md §1.2 (approx.)
    assert (hub.zone, hub.sub_area) == ("shuinan", "north_hub")
    far = idx.locate(120.80, 24.30)
    assert (far.zone, far.sub_area, far.district) == (None, None, None)
    assert idx.locate(120.6400, 24.1700).district == "xitun"
    assert idx.locate(120.7000, 24.1800).district == "beitun"
    road = idx.nearest_road(120.65345, 24.19848)
    assert road is not None
    assert road.distance_m < 0.5
    assert set(idx.in_zone("central_park", SensorKind.FLOOD)) == {
        f"SN-FL-{i:03d}" for i in range(1, 6)}


def test_shared_edge_goes_to_the_smallest_zone_id() -> None:
    left = Polygon([(0, 0), (1, 0), (1, 1), (0, 1)])
    right = Polygon([(1, 0), (2, 0), (2, 1), (1, 1)])
    zs = ZoneSet([
        Zone("b_right", "r", "r", ZoneLevel.SUB_AREA, None, "test", None, right),
        Zone("a_left", "l", "l", ZoneLevel.SUB_AREA, None, "test", None, left),
    ])
    assert zs.locate(1.0, 0.5).sub_area == "a_left"
    assert zs.locate(1.5, 0.5).sub_area == "b_right"
    assert zs.locate(0.0, 0.0).sub_area == "a_left"  # corners are covered too


def test_road_ties_go_to_the_smallest_road_id() -> None:
    a = Road("b_road", "b", "b", "test", LineString([(120.65, 24.17), (120.65, 24.19)]))
    b = Road("a_road", "a", "a", "test", LineString([(120.65, 24.17), (120.65, 24.19)]))
    hit = SpatialIndex([], roads=[a, b]).nearest_road(120.66, 24.18)
    assert hit is not None
    assert hit.road_id == "a_road"


def test_roads_at_gives_each_road_passing_a_point_and_how_far_along_it_lies() -> None:
    ns = Road("ns", "n", "n", "test", LineString([(120.65, 24.17), (120.65, 24.19)]))
    ew = Road("ew", "e", "e", "test", LineString([(120.64, 24.18), (120.66, 24.18)]))
    idx = SpatialIndex([], roads=[ns, ew])
    x0, y0 = to_twd97(120.65, 24.17)
    x, y = to_twd97(120.6501, 24.18)  # at the crossing, 10 m east of the north-south road
    (e_id, e_along), (n_id, n_along) = idx.roads_at(x, y, 50.0)
    assert (e_id, n_id) == ("ew", "ns")
    assert math.isclose(n_along, math.hypot(x - x0, y - y0), rel_tol=1e-3)
    assert math.isclose(e_along, distance_m(120.64, 24.18, 120.6501, 24.18), rel_tol=1e-3)
    assert idx.roads_at(*to_twd97(120.655, 24.175), 50.0) == ()  # 500 m from both


def test_the_roads_roads_at_gives_are_named_by_their_id() -> None:
    ns = Road("ns", "黎明路", "Liming Rd", "test", LineString([(120.65, 24.17), (120.65, 24.19)]))
    unnamed = Road("ew", "", "", "test", LineString([(120.64, 24.18), (120.66, 24.18)]))
    idx = SpatialIndex([], roads=[ns, unnamed])
    names = idx.road_name_of
    assert names == {"ns": "黎明路"}
    assert [names.get(r) for r, _ in idx.roads_at(*to_twd97(120.65, 24.18), 50.0)] == [None, "黎明路"]
    assert tuple(names.values()) == idx.road_names


def test_hot_path_modules_do_not_import_geopandas() -> None:
    # geopandas takes about a second to import; the correlator must not pay for it.
    import subprocess
    import sys

    code = ("import sys, geo.index, geo.zones, geo.crs, geo.models; "
            "sys.exit(1 if 'geopandas' in sys.modules else 0)")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
