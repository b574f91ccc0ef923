"""The zone model: the 水湳 zone, its sub-areas and the district context.

Three levels (contract 1): ``zone`` (the 254 ha park), ``sub_area`` (Central
Park, the northern hub, ...; ``parent`` is the zone) and ``district`` (西屯區 /
北屯區 with their Taiwan_Geocode_103 codes for CAP areas). Polygons are WGS84;
areas are computed in TWD97 (:mod:`geo.crs`).

Point-in-zone uses *covers* semantics (a point on the boundary is inside) on
the WGS84 polygons, exactly like ``ST_Covers`` / ``ST_Intersects`` in
:mod:`geo.repo`, so the in-memory answer and the database answer agree. When a
point lies on an edge shared by two areas of the same level, the area with the
smallest ``zone_id`` wins, in both implementations.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import shapely
from shapely import STRtree

from geo.crs import geometry_to_twd97
from geo.errors import UnknownZoneError
from geo.models import ZoneHit


class ZoneLevel(StrEnum):
    """Hierarchy level of a zone feature."""

    ZONE = "zone"
    SUB_AREA = "sub_area"
    DISTRICT = "district"


@dataclass(frozen=True, slots=True)
class Zone:
    """One named area. ``geometry`` is a WGS84 (Multi)Polygon."""

    zone_id: str
    name: str
    name_en: str
    level: ZoneLevel
    parent: str | None
    precision: str
    geocode: str | None
    geometry: Any = field(compare=False, hash=False)
    area_ha_stated: float | None = None

    @property
    def area_ha(self) -> float:
        """Area in hectares, measured in TWD97 / TM2."""
        return float(geometry_to_twd97(self.geometry).area) / 10_000.0


class ZoneSet:
    """An immutable set of zones with point-in-zone lookup.

    Build once (from :func:`geo.loaders.load_zones` or from database rows) and
    share; :meth:`locate` costs a few microseconds.
    """

    __slots__ = ("_by_id", "_levels", "_order", "_tree")

    def __init__(self, zones: Iterable[Zone]) -> None:
        ordered = sorted(zones, key=lambda z: z.zone_id)
        self._order: tuple[Zone, ...] = tuple(ordered)
        self._by_id = {z.zone_id: z for z in ordered}
        self._levels = tuple(z.level for z in ordered)
        geoms = [z.geometry for z in ordered]
        for g in geoms:
            shapely.prepare(g)
        self._tree = STRtree(geoms)

    def __len__(self) -> int:
        return len(self._order)

    def __iter__(self) -> Iterator[Zone]:
        return iter(self._order)

    def __contains__(self, zone_id: object) -> bool:
        return zone_id in self._by_id

    def get(self, zone_id: str) -> Zone:
        """The zone with this id; raises :class:`UnknownZoneError`."""
        try:
            return self._by_id[zone_id]
        except KeyError:
            raise UnknownZoneError(zone_id) from None

    def of_level(self, level: ZoneLevel) -> tuple[Zone, ...]:
        """Zones of one level, ordered by id."""
        return tuple(z for z in self._order if z.level is level)

    def locate(self, lon: float, lat: float) -> ZoneHit:
        """The zone, sub-area and district covering the WGS84 point (``None`` where none does)."""
        hits = self._tree.query(shapely.Point(lon, lat), predicate="intersects")
        found: dict[ZoneLevel, str] = {}
        # Tree indices follow the id order, so the smallest index per level is the
        # deterministic winner on shared edges.
        for i in sorted(int(i) for i in hits):
            found.setdefault(self._levels[i], self._order[i].zone_id)
        return ZoneHit(
            zone=found.get(ZoneLevel.ZONE),
            sub_area=found.get(ZoneLevel.SUB_AREA),
            district=found.get(ZoneLevel.DISTRICT),
        )

    def study_area(self) -> Any:
        """Where registered sensors may be: the union of the districts, or of all zones."""
        districts = self.of_level(ZoneLevel.DISTRICT)
        parts = [z.geometry for z in (districts or self._order)]
        return shapely.union_all(parts)
