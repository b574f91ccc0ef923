"""Spatial repository against the real PostGIS: every query vs brute force on random points."""

from __future__ import annotations

import math
import random
from collections.abc import Iterator

import psycopg
import pytest
from shapely.geometry import Point, Polygon

from common.vocabulary import Domain
from geo import repo
from geo.api import PLACE_JOINS, PlaceColumns
from geo.crs import distance_m
from geo.index import SpatialIndex
from geo.loaders import GeoDataset, load_dataset
from geo.models import Sensor, SensorKind
from geo.service import build_index, store

pytestmark = pytest.mark.integration

SHIPPED = load_dataset()
RNG = random.Random(20160602)
LON = (120.62, 120.70)
LAT = (24.15, 24.22)


def _random_point() -> tuple[float, float]:
    return RNG.uniform(*LON), RNG.uniform(*LAT)


def _random_sensors(n: int) -> list[Sensor]:
    kinds = list(SensorKind)
    out = []
    for i in range(n):
        lon, lat = _random_point()
        hit = SHIPPED.zones.locate(lon, lat)
        out.append(Sensor(f"RND-{i:04d}", Domain.DISASTER, kinds[i % len(kinds)], f"r{i}",
                          f"r{i}", lon, lat, 60, {}, "random test point", hit.zone, hit.sub_area))
    return out


DATASET = GeoDataset(SHIPPED.zones, SHIPPED.roads, (*SHIPPED.sensors, *_random_sensors(600)))


@pytest.fixture(scope="module")
def loaded(db_dsn: str) -> str:
    with psycopg.connect(db_dsn) as conn:
        store(conn, DATASET, prune=False, digest="test")
    return db_dsn


@pytest.fixture
def conn(loaded: str) -> Iterator[psycopg.Connection]:
    with psycopg.connect(loaded, autocommit=True) as c:
        yield c


def _brute(lon: float, lat: float) -> list[tuple[float, str, SensorKind]]:
    return sorted((distance_m(lon, lat, s.lon, s.lat), s.sensor_id, s.kind)
                  for s in DATASET.sensors)


@pytest.mark.parametrize("radius", [0.0, 150.0, 500.0, 1500.0])
def test_within_radius_matches_brute_force(conn: psycopg.Connection, radius: float) -> None:
    for _ in range(40):
        lon, lat = _random_point()
        kind = RNG.choice([None, *SensorKind])
        got = repo.within_radius(conn, lon, lat, radius, kind)
        want = [(d, sid) for d, sid, k in _brute(lon, lat)
                if d <= radius and (kind is None or k is kind)]
        near_edge = {sid for d, sid, _k in _brute(lon, lat) if abs(d - radius) < 1e-3}
        assert {n.sensor_id for n in got} - near_edge == {sid for _d, sid in want} - near_edge
        by_id = {sid: d for d, sid in want}
        for n in got:
            if n.sensor_id in by_id:
                assert math.isclose(n.distance_m, by_id[n.sensor_id], abs_tol=1e-3)
        assert [n.distance_m for n in got] == sorted(n.distance_m for n in got)


def test_nearest_of_kind_matches_brute_force(conn: psycopg.Connection) -> None:
    for _ in range(60):
        lon, lat = _random_point()
        kind = RNG.choice(list(SensorKind))
        k = RNG.randint(1, 8)
        got = repo.nearest(conn, lon, lat, kind, k)
        want = [d for d, _sid, kk in _brute(lon, lat) if kk is kind][:k]
        assert [round(n.distance_m, 3) for n in got] == [round(d, 3) for d in want]
        assert all(n.kind is kind for n in got)


def test_locate_matches_the_zone_set(conn: psycopg.Connection) -> None:
    inside = 0
    for _ in range(300):
        lon, lat = _random_point()
        got = repo.locate(conn, lon, lat)
        assert got == SHIPPED.zones.locate(lon, lat), (lon, lat)
        inside += got.zone is not None
    assert inside > 0  # the random box does reach into the zone
    assert repo.locate(conn, 120.6564, 24.1830).sub_area == "central_park"


def test_within_polygon_matches_shapely(conn: psycopg.Connection) -> None:
    poly = Polygon([(120.64, 24.17), (120.68, 24.16), (120.69, 24.20), (120.65, 24.21)])
    want = sorted(s.sensor_id for s in DATASET.sensors if poly.covers(Point(s.lon, s.lat)))
    assert repo.within_polygon(conn, poly) == want
    flood = sorted(s.sensor_id for s in DATASET.sensors
                   if s.kind is SensorKind.FLOOD and poly.covers(Point(s.lon, s.lat)))
    assert repo.within_polygon(conn, poly, SensorKind.FLOOD) == flood


def test_in_zone_matches_the_index(conn: psycopg.Connection) -> None:
    idx = SpatialIndex(DATASET.sensors, DATASET.zones, DATASET.roads)
    for z in DATASET.zones:
        assert repo.in_zone(conn, z.zone_id) == idx.in_zone(z.zone_id), z.zone_id
    from geo.errors import UnknownZoneError

    with pytest.raises(UnknownZoneError):
        repo.in_zone(conn, "atlantis")


def test_nearest_road_matches_the_index(conn: psycopg.Connection) -> None:
    idx = SpatialIndex([], roads=DATASET.roads)
    for _ in range(100):
        lon, lat = _random_point()
        got = repo.nearest_road(conn, lon, lat)
        want = idx.nearest_road(lon, lat)
        assert got is not None
        assert want is not None
        assert math.isclose(got.distance_m, want.distance_m, abs_tol=1e-3)


def test_roads_at_from_the_stored_roads_matches_the_shipped_layer(conn: psycopg.Connection) -> None:
    # the ops service asks the index built from the database (roads stored as MultiLineStrings)
    from geo.crs import to_twd97

    stored, shipped = build_index(conn), SpatialIndex([], roads=DATASET.roads)
    on_some_road = 0
    for _ in range(300):
        x, y = to_twd97(*_random_point())
        got, want = stored.roads_at(x, y, 150.0), shipped.roads_at(x, y, 150.0)
        assert [r for r, _ in got] == [r for r, _ in want]
        for (_, a), (_, b) in zip(got, want, strict=True):
            assert math.isclose(a, b, abs_tol=1e-3)
        on_some_road += bool(got)
    assert on_some_road > 0


def test_index_built_from_the_database_answers_like_the_repository(
        conn: psycopg.Connection) -> None:
    idx = build_index(conn)
    assert len(idx) == len(DATASET.sensors)
    for _ in range(50):
        lon, lat = _random_point()
        db = repo.within_radius(conn, lon, lat, 500.0)
        mem = idx.within_radius(lon, lat, 500.0)
        assert [n.sensor_id for n in db] == [n.sensor_id for n in mem]
        assert idx.locate(lon, lat) == repo.locate(conn, lon, lat)


def test_metric_queries_use_the_3826_expression_indexes(conn: psycopg.Connection) -> None:
    conn.execute("ANALYZE sensors")
    conn.execute("SET enable_seqscan = off")  # tiny tables: ask whether the index is usable
    try:
        plans = {}
        cases: list[tuple[str, str, dict[str, object]]] = [
            ("radius", repo.SQL_WITHIN_RADIUS,
             {"lon": 120.65, "lat": 24.18, "radius_m": 500.0, "kind": None}),
            ("nearest", repo.SQL_NEAREST_OF_KIND,
             {"lon": 120.65, "lat": 24.18, "kind": "flood", "k": 5}),
            ("road", repo.SQL_NEAREST_ROAD, {"lon": 120.65, "lat": 24.18}),
        ]
        for name, sql, params in cases:
            rows = conn.execute(b"EXPLAIN " + sql.encode(), params).fetchall()
            plans[name] = "\n".join(r[0] for r in rows)
        assert "sensors_geom_3826_gist" in plans["radius"]
        assert "sensors_geom_3826_gist" in plans["nearest"]
        assert "roads_geom_3826_gist" in plans["road"]
    finally:
        conn.execute("RESET enable_seqscan")


#: The place the wall, the console and the API read for a point (geo.api.PLACE_JOINS).
SQL_PLACE = ("SELECT rd.road, rd.road_en, rd.road_m, ar.area, ar.area_en, rd.road_deg"
             " FROM (SELECT ST_SetSRID(ST_MakePoint(%s, %s), 4326) AS g) p"
             + PLACE_JOINS.format(geom="p.g"))


def test_the_index_names_a_place_as_the_tables_do(conn: psycopg.Connection) -> None:
    # the ops service names the place of its CAP messages from the index; the console from SQL
    idx = build_index(conn)
    named = set()
    for _ in range(300):
        lon, lat = _random_point()
        row = conn.execute(SQL_PLACE, (lon, lat)).fetchone()
        assert row is not None
        want = PlaceColumns(road=row[0], road_en=row[1], road_m=row[2], area=row[3], area_en=row[4],
                           road_deg=row[5]).place
        assert idx.place_at(lon, lat) == want
        named.add(want.name)
    assert len(named) > 3  # roads, sub-areas and districts all met
    # Across the city, beyond the drawn districts: named from the nearest road, with how
    # far and which way, by the index as by the tables.
    far = 0
    for _ in range(100):
        lon, lat = RNG.uniform(120.55, 120.85), RNG.uniform(24.05, 24.30)
        row = conn.execute(SQL_PLACE, (lon, lat)).fetchone()
        assert row is not None
        want = PlaceColumns(road=row[0], road_en=row[1], road_m=row[2], area=row[3], area_en=row[4],
                            road_deg=row[5]).place
        assert idx.place_at(lon, lat) == want, (lon, lat)
        far += want.far
    assert far > 10
