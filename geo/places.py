"""How the wall, the console and the API name a place (pure).

A person on the floor says "淹水，環中路" or "火警，中央公園", never a coordinate or an
incident hash. :func:`place_of` turns what the read model found near a point (the
nearest named road with its distance, the smallest named area covering the point)
into a :class:`Place`: the road when the point is within ``road_m`` metres of it,
otherwise the area; the area is kept as the second line when the road names the place.
A point beyond every road's reach and every area (a case elsewhere in the city) is named
from the nearest road by its distance and compass bearing: 「環中路東北方 3.2 公里」,
"3.2 km NE of Huanzhong Road".
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict

#: A road names a place only when the point lies this close to it (metres): a road
#: corridor is about 40-60 m wide here, and the road geometries are ±30-300 m guesses
#: (geo/data/roads.geojson ``precision``), so 150 m keeps "on or beside this road".
ROAD_NAMES_PLACE_M = 150.0


@dataclass(frozen=True, slots=True)
class Place:
    """A place name in both languages; ``area`` is the covering area when ``name`` is a road.

    Empty strings when nothing is known (no roads, no area). ``far``: ``name`` says how far
    and which way the point lies from its nearest road (beyond every road's reach and area).
    """

    name: str
    name_en: str
    area: str
    area_en: str
    far: bool = False


def place_of(
    road: str | None,
    road_en: str | None,
    road_m: float | None,
    area: str | None,
    area_en: str | None,
    *,
    road_deg: float | None = None,
    road_names_place_m: float = ROAD_NAMES_PLACE_M,
) -> Place:
    """The place of a point from its nearest road (distance, and ``road_deg``: the compass
    bearing in degrees from the road's nearest point to the point) and its covering area."""
    # Either language stands in for a missing other one.
    area_zh, area_eng = area or area_en or "", area_en or area or ""
    road_zh, road_eng = road or road_en or "", road_en or road or ""
    if road_zh and road_m is not None and road_m <= road_names_place_m:
        return Place(road_zh, road_eng, area_zh, area_eng)
    if (not area_zh and road_zh and road_m is not None and road_deg is not None
            and math.isfinite(road_m) and math.isfinite(road_deg)):
        return _away_from(road_zh, road_eng, road_m, road_deg)
    return Place(area_zh, area_eng, "", "")


# Eight compass points, clockwise from north: what a coordinator says on the radio.
_POINTS_ZH = ("北", "東北", "東", "東南", "南", "西南", "西", "西北")
_POINTS_EN = ("N", "NE", "E", "SE", "S", "SW", "W", "NW")


def _away_from(road: str, road_en: str, road_m: float, road_deg: float) -> Place:
    """A point far from every named area, named by its nearest road, distance and bearing."""
    point = int(((road_deg % 360.0) + 22.5) // 45.0) % 8
    if road_m >= 1000.0:
        zh, en = f"{road_m / 1000.0:.1f} 公里", f"{road_m / 1000.0:.1f} km"
    else:
        metres = round(road_m / 10.0) * 10
        zh, en = f"{metres} 公尺", f"{metres} m"
    return Place(f"{road}{_POINTS_ZH[point]}方 {zh}", f"{en} {_POINTS_EN[point]} of {road_en}", "", "", far=True)


# The place of a point, from the geo package's tables (migration 0020) with the
# geo package's own metric (EPSG:3826) and tie-breaks (geo.repo SQL_NEAREST_ROAD,
# SQL_LOCATE): the nearest named road and the smallest named area covering it.
# ``%(alias)s`` is the geometry column; used by the incident and alert reads.
PLACE_JOINS = """
LEFT JOIN LATERAL (
    SELECT r.name AS road, r.name_en AS road_en,
           ST_Distance(ST_Transform(r.geom, 3826), ST_Transform({geom}, 3826)) AS road_m,
           degrees(ST_Azimuth(ST_ClosestPoint(ST_Transform(r.geom, 3826), ST_Transform({geom}, 3826)),
                              ST_Transform({geom}, 3826))) AS road_deg
    FROM roads r
    ORDER BY ST_Transform(r.geom, 3826) <-> ST_Transform({geom}, 3826), r.road_id
    LIMIT 1
) rd ON true
LEFT JOIN LATERAL (
    SELECT z.name AS area, z.name_en AS area_en
    FROM zones z
    WHERE ST_Intersects(z.geom, {geom})
    ORDER BY CASE z.level WHEN 'sub_area' THEN 0 WHEN 'zone' THEN 1 ELSE 2 END, z.zone_id
    LIMIT 1
) ar ON true
"""


class PlaceColumns(BaseModel):
    """What :data:`PLACE_JOINS` adds to a read model's row, and the place it names.

    A read model of something located (an incident, an alert) extends it.
    """

    model_config = ConfigDict(frozen=True, from_attributes=True)

    road: str | None
    road_en: str | None
    road_m: float | None
    area: str | None
    area_en: str | None
    road_deg: float | None

    @property
    def place(self) -> Place:
        """How people name where it is (road, else area)."""
        return place_of(self.road, self.road_en, self.road_m, self.area, self.area_en,
                        road_deg=self.road_deg)

