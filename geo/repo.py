"""Spatial SQL of the geo package: named, parameterised statements and thin functions.

Every metric operation runs on ``ST_Transform(geom, 3826)`` — the exact
expression of the GiST indexes in migrations 0001 (sensors) and 0020 (zones,
roads) — so "500 m" means 500 m on the ground and the planner can use the
index. The query point is built from bound parameters inside the statement
(``ST_Transform(ST_SetSRID(ST_MakePoint(lon, lat), 4326), 3826)``), which the
planner treats as a constant, so KNN ordering (``<->``) is index-assisted.
Point-in-zone uses ``ST_Intersects`` on the WGS84 polygons: the same *covers*
semantics and the same tie-break (smallest ``zone_id`` per level) as
:class:`geo.zones.ZoneSet`.

Writes (:func:`store_dataset`) happen inside the caller's transaction; the
caller (:mod:`geo.service`) owns commit and rollback. Sensors go in through
COPY into a temporary table, then one upsert.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import psycopg
import shapely
from psycopg.rows import args_row

from common import audit
from common.db import fetch_all
from common.vocabulary import Domain
from geo.errors import UnknownZoneError
from geo.loaders import GeoDataset
from geo.models import Neighbour, Road, RoadHit, Sensor, SensorKind, ZoneHit
from geo.zones import Zone, ZoneLevel, ZoneSet

# --------------------------------------------------------------------------- queries

SQL_WITHIN_RADIUS = """
SELECT sensor_id, kind,
       ST_Distance(ST_Transform(geom, 3826),
                   ST_Transform(ST_SetSRID(ST_MakePoint(%(lon)s, %(lat)s), 4326), 3826)) AS distance_m
FROM sensors
WHERE ST_DWithin(ST_Transform(geom, 3826),
                 ST_Transform(ST_SetSRID(ST_MakePoint(%(lon)s, %(lat)s), 4326), 3826),
                 %(radius_m)s)
  AND (%(kind)s::text IS NULL OR kind = %(kind)s::text)
ORDER BY distance_m, sensor_id
"""

SQL_NEAREST_OF_KIND = """
SELECT sensor_id, kind,
       ST_Distance(ST_Transform(geom, 3826),
                   ST_Transform(ST_SetSRID(ST_MakePoint(%(lon)s, %(lat)s), 4326), 3826)) AS distance_m
FROM sensors
WHERE kind = %(kind)s::text
ORDER BY ST_Transform(geom, 3826)
         <-> ST_Transform(ST_SetSRID(ST_MakePoint(%(lon)s, %(lat)s), 4326), 3826),
         sensor_id
LIMIT %(k)s
"""

SQL_LOCATE = """
SELECT DISTINCT ON (level) level, zone_id
FROM zones
WHERE ST_Intersects(geom, ST_SetSRID(ST_MakePoint(%(lon)s, %(lat)s), 4326))
ORDER BY level, zone_id
"""

SQL_NEAREST_ROAD = """
SELECT road_id, name,
       ST_Distance(ST_Transform(geom, 3826),
                   ST_Transform(ST_SetSRID(ST_MakePoint(%(lon)s, %(lat)s), 4326), 3826)) AS distance_m
FROM roads
ORDER BY ST_Transform(geom, 3826)
         <-> ST_Transform(ST_SetSRID(ST_MakePoint(%(lon)s, %(lat)s), 4326), 3826),
         road_id
LIMIT 1
"""

SQL_WITHIN_POLYGON = """
SELECT sensor_id
FROM sensors
WHERE ST_Intersects(ST_GeomFromWKB(%(wkb)s, 4326), geom)
  AND (%(kind)s::text IS NULL OR kind = %(kind)s::text)
ORDER BY sensor_id
"""

SQL_IN_ZONE = """
SELECT s.sensor_id
FROM zones z
JOIN sensors s ON ST_Intersects(z.geom, s.geom)
WHERE z.zone_id = %(zone_id)s
  AND (%(kind)s::text IS NULL OR s.kind = %(kind)s::text)
ORDER BY s.sensor_id
"""

SQL_SENSOR_IDS = "SELECT sensor_id FROM sensors ORDER BY sensor_id"

SQL_ZONE_EXISTS = "SELECT EXISTS (SELECT 1 FROM zones WHERE zone_id = %(zone_id)s)"

SQL_FETCH_SENSORS = """
SELECT sensor_id, agency, kind, name, name_en, ST_X(geom) AS lon, ST_Y(geom) AS lat,
       EXTRACT(EPOCH FROM expected_interval)::integer AS expected_interval_s,
       metadata, precision, zone, sub_area
FROM sensors
ORDER BY sensor_id
"""

SQL_FETCH_ZONES = """
SELECT zone_id, name, name_en, level, parent, precision, geocode, ST_AsBinary(geom) AS wkb,
       area_ha_stated
FROM zones
ORDER BY zone_id
"""

SQL_FETCH_ROADS = """
SELECT road_id, name, name_en, precision, ST_AsBinary(geom) AS wkb
FROM roads
ORDER BY road_id
"""

# --------------------------------------------------------------------------- writes

SQL_DELETE_ZONES = "DELETE FROM zones"
SQL_INSERT_ZONE = """
INSERT INTO zones (zone_id, name, name_en, level, parent, precision, geocode, area_ha_stated, geom)
VALUES (%(zone_id)s, %(name)s, %(name_en)s, %(level)s, %(parent)s, %(precision)s, %(geocode)s,
        %(area_ha_stated)s, ST_Multi(ST_GeomFromWKB(%(wkb)s, 4326)))
"""
SQL_DELETE_ROADS = "DELETE FROM roads"
SQL_INSERT_ROAD = """
INSERT INTO roads (road_id, name, name_en, precision, geom)
VALUES (%(road_id)s, %(name)s, %(name_en)s, %(precision)s, ST_Multi(ST_GeomFromWKB(%(wkb)s, 4326)))
"""
SQL_CREATE_SENSOR_STAGE = """
CREATE TEMPORARY TABLE geo_sensor_stage (
    sensor_id text, agency text, kind text, name text, name_en text,
    lon double precision, lat double precision, expected_interval_s integer,
    metadata jsonb, precision text, zone text, sub_area text, district text
) ON COMMIT DROP
"""
SQL_COPY_SENSOR_STAGE = """
COPY geo_sensor_stage (sensor_id, agency, kind, name, name_en, lon, lat, expected_interval_s,
                       metadata, precision, zone, sub_area, district) FROM STDIN
"""
SQL_UPSERT_SENSORS = """
INSERT INTO sensors AS s (sensor_id, agency, kind, name, name_en, geom, zone, sub_area, district,
                          expected_interval, metadata, precision)
SELECT sensor_id, agency, kind, name, name_en, ST_SetSRID(ST_MakePoint(lon, lat), 4326),
       zone, sub_area, district, make_interval(secs => expected_interval_s), metadata, precision
FROM geo_sensor_stage
ON CONFLICT (sensor_id) DO UPDATE SET
    agency = EXCLUDED.agency, kind = EXCLUDED.kind, name = EXCLUDED.name,
    name_en = EXCLUDED.name_en, geom = EXCLUDED.geom, zone = EXCLUDED.zone,
    sub_area = EXCLUDED.sub_area, district = EXCLUDED.district,
    expected_interval = EXCLUDED.expected_interval, metadata = EXCLUDED.metadata,
    precision = EXCLUDED.precision, updated_at = now()
"""
SQL_PRUNE_SENSORS = """
DELETE FROM sensors WHERE sensor_id NOT IN (SELECT sensor_id FROM geo_sensor_stage)
"""


# --------------------------------------------------------------------------- reads


def _kind(kind: SensorKind | None) -> str | None:
    # Plain text for the driver: enums must never be dumped by name.
    return None if kind is None else kind.value


# Enum lookup by value through a dict: SensorKind(value) costs several times more,
# and a radius answer can hold a hundred rows.
_KIND_BY_VALUE = {k.value: k for k in SensorKind}


def _neighbours(rows: list[tuple[Any, ...]]) -> list[Neighbour]:
    kinds = _KIND_BY_VALUE
    return [Neighbour(sid, kinds[kind], dist) for sid, kind, dist in rows]


def _road_hit(road_id: str, name: str, distance_m: float) -> RoadHit:
    return RoadHit(road_id, name, float(distance_m))


def within_radius(conn: psycopg.Connection[Any], lon: float, lat: float, radius_m: float,
                  kind: SensorKind | None = None) -> list[Neighbour]:
    """Sensors (of ``kind``, or all) within ``radius_m`` metres of a WGS84 point, nearest first."""
    params = {"lon": lon, "lat": lat, "radius_m": radius_m, "kind": _kind(kind)}
    return _neighbours(conn.execute(SQL_WITHIN_RADIUS, params).fetchall())


def nearest(conn: psycopg.Connection[Any], lon: float, lat: float, kind: SensorKind,
            k: int = 5) -> list[Neighbour]:
    """The ``k`` sensors of ``kind`` nearest to a WGS84 point."""
    params = {"lon": lon, "lat": lat, "kind": kind.value, "k": k}
    return _neighbours(conn.execute(SQL_NEAREST_OF_KIND, params).fetchall())


def locate(conn: psycopg.Connection[Any], lon: float, lat: float) -> ZoneHit:
    """Zone, sub-area and district covering a WGS84 point."""
    rows = conn.execute(SQL_LOCATE, {"lon": lon, "lat": lat}).fetchall()
    found = {str(level): str(zone_id) for level, zone_id in rows}
    return ZoneHit(zone=found.get(ZoneLevel.ZONE), sub_area=found.get(ZoneLevel.SUB_AREA),
                   district=found.get(ZoneLevel.DISTRICT))


def nearest_road(conn: psycopg.Connection[Any], lon: float, lat: float) -> RoadHit | None:
    """The road corridor nearest to a WGS84 point, or ``None`` without roads."""
    with conn.cursor(row_factory=args_row(_road_hit)) as cur:
        return cur.execute(SQL_NEAREST_ROAD, {"lon": lon, "lat": lat}).fetchone()


def within_polygon(conn: psycopg.Connection[Any], polygon_wgs84: Any,
                   kind: SensorKind | None = None) -> list[str]:
    """Ids of sensors covered by a WGS84 polygon (boundary included), sorted."""
    params = {"wkb": shapely.to_wkb(polygon_wgs84), "kind": _kind(kind)}
    return [str(r[0]) for r in conn.execute(SQL_WITHIN_POLYGON, params).fetchall()]


def in_zone(conn: psycopg.Connection[Any], zone_id: str,
            kind: SensorKind | None = None) -> list[str]:
    """Ids of sensors inside a named zone, sub-area or district; :class:`UnknownZoneError`."""
    ids = [str(r[0]) for r in conn.execute(SQL_IN_ZONE, {"zone_id": zone_id, "kind": _kind(kind)})]
    if not ids:
        row = conn.execute(SQL_ZONE_EXISTS, {"zone_id": zone_id}).fetchone()
        if not (row and row[0]):
            raise UnknownZoneError(zone_id)
    return ids


def _sensor(sensor_id: str, agency: str, kind: str, name: str, name_en: str, lon: float,  # noqa: PLR0917 - one argument per column (args_row)
            lat: float, expected_interval_s: int | None, metadata: Any, precision: str,
            zone: str | None, sub_area: str | None) -> Sensor:
    return Sensor(sensor_id=sensor_id, agency=Domain(agency), kind=SensorKind(kind), name=name,
                  name_en=name_en, lon=lon, lat=lat, expected_interval_s=expected_interval_s,
                  metadata=metadata, precision=precision, zone=zone, sub_area=sub_area)


def fetch_sensors(conn: psycopg.Connection[Any]) -> list[Sensor]:
    """The whole registry, ordered by id (to build a :class:`geo.index.SpatialIndex`)."""
    with conn.cursor(row_factory=args_row(_sensor)) as cur:
        return cur.execute(SQL_FETCH_SENSORS).fetchall()


@dataclass(frozen=True, slots=True)
class _ZoneRow:
    zone_id: str
    name: str
    name_en: str
    level: str
    parent: str | None
    precision: str
    geocode: str | None
    wkb: bytes
    area_ha_stated: float | None


def fetch_zones(conn: psycopg.Connection[Any]) -> ZoneSet:
    """The loaded zones as a :class:`ZoneSet`."""
    rows = fetch_all(conn, _ZoneRow, SQL_FETCH_ZONES)
    return ZoneSet(
        Zone(zone_id=r.zone_id, name=r.name, name_en=r.name_en, level=ZoneLevel(r.level),
             parent=r.parent, precision=r.precision, geocode=r.geocode,
             geometry=shapely.from_wkb(r.wkb), area_ha_stated=r.area_ha_stated)
        for r in rows
    )


def fetch_roads(conn: psycopg.Connection[Any]) -> list[Road]:
    """The loaded road corridors."""
    rows = conn.execute(SQL_FETCH_ROADS).fetchall()
    return [Road(road_id=r[0], name=r[1], name_en=r[2], precision=r[3],
                 geometry=shapely.from_wkb(r[4])) for r in rows]


# --------------------------------------------------------------------------- writes


@dataclass(frozen=True, slots=True)
class StoreReport:
    """What :func:`store_dataset` wrote."""

    zones: int
    roads: int
    sensors: int
    pruned: int


def store_dataset(conn: psycopg.Connection[Any], ds: GeoDataset, *, prune: bool, actor: str,
                  digest: str, reason: str = "") -> StoreReport:
    """Replace zones and roads, upsert sensors (optionally prune the rest), audit the load.

    Runs in the caller's transaction: call inside ``with conn.transaction():`` so
    that any failure leaves the database exactly as it was.
    """
    conn.execute(SQL_DELETE_ZONES)
    with conn.cursor() as cur:
        cur.executemany(SQL_INSERT_ZONE, [_zone_params(z) for z in ds.zones])
        conn.execute(SQL_DELETE_ROADS)
        cur.executemany(SQL_INSERT_ROAD, [
            {"road_id": r.road_id, "name": r.name, "name_en": r.name_en,
             "precision": r.precision, "wkb": shapely.to_wkb(r.geometry)}
            for r in ds.roads
        ])
        cur.execute(SQL_CREATE_SENSOR_STAGE)
        with cur.copy(SQL_COPY_SENSOR_STAGE) as copy:
            for s in ds.sensors:
                district = ds.zones.locate(s.lon, s.lat).district
                copy.write_row((
                    s.sensor_id, s.agency.value, s.kind.value, s.name, s.name_en, s.lon, s.lat,
                    s.expected_interval_s, json.dumps(dict(s.metadata), ensure_ascii=False),
                    s.precision, s.zone, s.sub_area, district,
                ))
        cur.execute(SQL_UPSERT_SENSORS)
        pruned = cur.execute(SQL_PRUNE_SENSORS).rowcount if prune else 0
        report = StoreReport(zones=len(ds.zones), roads=len(ds.roads), sensors=len(ds.sensors),
                             pruned=pruned)
        audit.record(conn, actor=actor, action="geo.load", subject_type="geo_dataset", subject_id=digest,
                     reason=reason, detail={"zones": report.zones, "roads": report.roads,
                                            "sensors": report.sensors, "pruned": report.pruned})
    return report


def _zone_params(z: Zone) -> dict[str, Any]:
    return {
        "zone_id": z.zone_id, "name": z.name, "name_en": z.name_en, "level": z.level.value,
        "parent": z.parent, "precision": z.precision, "geocode": z.geocode,
        "area_ha_stated": z.area_ha_stated, "wkb": shapely.to_wkb(z.geometry),
    }


def sensor_ids(conn: psycopg.Connection[Any]) -> Sequence[str]:
    """Every registered sensor id, sorted."""
    return [str(r[0]) for r in conn.execute(SQL_SENSOR_IDS)]
