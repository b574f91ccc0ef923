"""In-memory spatial index for the correlator's hot path (shapely STRtree, TWD97 metres).

The database answers the same questions (:mod:`geo.repo`); this index answers
them in microseconds without a round trip, for code that asks thousands of
times a second ("which sensors are within 500 m of this report?").

- :meth:`SpatialIndex.within_radius` — sensors within ``radius_m`` (inclusive), nearest first;
- :meth:`SpatialIndex.nearest` — the ``k`` nearest sensors of a kind;
- :meth:`SpatialIndex.locate` — zone / sub-area / district of a point (:class:`geo.zones.ZoneSet`);
- :meth:`SpatialIndex.nearest_road` — the nearest road corridor;
- :meth:`SpatialIndex.place_at` — how people name a point (:func:`geo.places.place_of`);
- :meth:`SpatialIndex.roads_at` — the roads passing a TWD97 point, and how far along each it lies;
- :meth:`SpatialIndex.within_polygon` / :meth:`SpatialIndex.in_zone` — sensors covered by an area.

Points are projected once at build time; a query projects its own point (about
1 µs with pyproj) and works in metres from there, so a radius is a true ground
radius (:mod:`geo.crs`). Results are ordered by ``(distance_m, sensor_id)`` so
ties are deterministic and match :mod:`geo.repo`. The index is immutable:
rebuild it when the registry changes.

Only shapely, numpy and pyproj are imported here (no geopandas: it is slow to
import and not needed on the hot path).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

import numpy as np
import shapely
from shapely import STRtree

from geo.crs import arrays_to_twd97, geometry_to_twd97, to_twd97
from geo.models import Neighbour, Road, RoadHit, SensorKind, ZoneHit
from geo.places import Place, place_of
from geo.zones import ZoneSet


class Located(Protocol):
    """Anything with an id, a kind and a WGS84 position (e.g. :class:`geo.models.Sensor`)."""

    @property
    def sensor_id(self) -> str: ...
    @property
    def kind(self) -> SensorKind: ...
    @property
    def lon(self) -> float: ...
    @property
    def lat(self) -> float: ...


class _KindTree:
    """STRtree over the projected points of one kind (or of all), with parallel arrays.

    Points are kept in ``sensor_id`` order, so "by distance, then by position"
    is "by distance, then by id" without comparing strings.
    """

    __slots__ = ("ids", "kinds", "lat", "lon", "tree", "x", "y")

    def __init__(self, ids: Sequence[str], kinds: Sequence[SensorKind],  # noqa: PLR0917 - parallel arrays
                 lon: Any, lat: Any, x: Any, y: Any) -> None:
        # Object arrays: fancy indexing + tolist() beats a Python loop over indices.
        self.ids = np.array(ids, dtype=object)
        self.kinds = np.array(kinds, dtype=object)
        self.lon = lon
        self.lat = lat
        self.x = x
        self.y = y
        self.tree = STRtree(shapely.points(x, y))

    def __len__(self) -> int:
        return len(self.ids)

    def neighbours(self, idx: Any, x: float, y: float, k: int | None = None) -> list[Neighbour]:
        d = np.hypot(self.x[idx] - x, self.y[idx] - y)
        return self._ordered(idx, d, k)

    def _ordered(self, idx: Any, d: Any, k: int | None = None) -> list[Neighbour]:
        order = np.lexsort((idx, d))  # by distance, ties by position (= sensor_id order)
        if k is not None:
            order = order[:k]
        sel = idx[order]
        return list(map(Neighbour, self.ids[sel].tolist(), self.kinds[sel].tolist(),
                        d[order].tolist()))

    def within(self, x: float, y: float, radius_m: float) -> list[Neighbour]:
        # Bounding-box candidates from the tree, then the exact circle test in numpy:
        # cheaper than the tree's own "dwithin" predicate, same inclusive answer.
        r = radius_m
        idx = self.tree.query(shapely.box(x - r, y - r, x + r, y + r))
        d = np.hypot(self.x[idx] - x, self.y[idx] - y)
        keep = d <= r
        return self._ordered(idx[keep], d[keep])

    def nearest(self, x: float, y: float, k: int, r0: float,
                max_distance_m: float | None) -> list[Neighbour]:
        n = len(self.ids)
        if n == 0 or k <= 0:
            return []
        # Expanding search: any point outside radius r is farther than every point
        # inside it, so once r holds >= k points their k smallest are the answer.
        limit = max_distance_m if max_distance_m is not None else math.inf
        point = shapely.Point(x, y)
        r = r0
        while True:
            r = min(r, limit)
            idx = self.tree.query(point, predicate="dwithin", distance=r)
            if len(idx) >= k or r >= limit or len(idx) == n:
                return self.neighbours(idx, x, y, k)
            r *= 2.0


class SpatialIndex:
    """Sensors, zones and roads, indexed for point queries in TWD97 metres."""

    __slots__ = ("_all", "_area_m2", "_by_kind", "_road_box", "_road_lines", "_road_tree", "_roads", "_wgs_tree",
                 "zones")

    def __init__(self, sensors: Iterable[Located], zones: ZoneSet | None = None,
                 roads: Iterable[Road] = ()) -> None:
        items = sorted(sensors, key=lambda s: s.sensor_id)
        ids = [s.sensor_id for s in items]
        kinds = [SensorKind(s.kind) for s in items]
        lon = np.array([s.lon for s in items], dtype=float)
        lat = np.array([s.lat for s in items], dtype=float)
        x, y = arrays_to_twd97(lon, lat)
        x = np.asarray(x, dtype=float)
        y = np.asarray(y, dtype=float)
        self._all = _KindTree(ids, kinds, lon, lat, x, y)
        self._by_kind: dict[SensorKind, _KindTree] = {}
        for kind in SensorKind:
            sel = np.array([k is kind for k in kinds], dtype=bool)
            pos = np.flatnonzero(sel).tolist()
            self._by_kind[kind] = _KindTree(
                [ids[i] for i in pos], [kind] * len(pos), lon[sel], lat[sel], x[sel], y[sel]
            )
        # Area of the points' bounding box, for the first radius of a k-nearest search.
        self._area_m2 = float(max(np.ptp(x), 1.0) * max(np.ptp(y), 1.0)) if ids else 1.0
        self._wgs_tree = STRtree(shapely.points(lon, lat))
        self.zones = zones if zones is not None else ZoneSet(())
        self._roads = tuple(sorted(roads, key=lambda r: r.road_id))
        self._road_lines = [geometry_to_twd97(r.geometry) for r in self._roads]
        self._road_tree = STRtree(self._road_lines)
        bounds = [line.bounds for line in self._road_lines]
        self._road_box = (
            (min(b[0] for b in bounds), min(b[1] for b in bounds), max(b[2] for b in bounds), max(b[3] for b in bounds))
            if bounds else (math.inf, math.inf, -math.inf, -math.inf)
        )

    def __len__(self) -> int:
        return len(self._all)

    def within_radius(self, lon: float, lat: float, radius_m: float,
                      kind: SensorKind | None = None) -> list[Neighbour]:
        """Sensors (of ``kind``, or all) within ``radius_m`` metres of the point, nearest first."""
        x, y = to_twd97(lon, lat)
        tree = self._all if kind is None else self._by_kind[kind]
        return tree.within(x, y, radius_m)

    def nearest(self, lon: float, lat: float, kind: SensorKind, k: int = 5,
                max_distance_m: float | None = None) -> list[Neighbour]:
        """The ``k`` sensors of ``kind`` nearest to the point (fewer if fewer exist or qualify)."""
        x, y = to_twd97(lon, lat)
        tree = self._by_kind[kind]
        # Radius expected to hold about 2k points at the kind's mean density.
        r0 = math.sqrt(2.0 * k * self._area_m2 / (math.pi * max(len(tree), 1)))
        return tree.nearest(x, y, k, max(r0, 1.0), max_distance_m)

    def locate(self, lon: float, lat: float) -> ZoneHit:
        """Zone, sub-area and district of the point."""
        return self.zones.locate(lon, lat)

    def nearest_road(self, lon: float, lat: float) -> RoadHit | None:
        """The road corridor nearest to the point, or ``None`` if no roads are indexed."""
        if not self._roads:
            return None
        x, y = to_twd97(lon, lat)
        point = shapely.Point(x, y)
        idx, dist = self._road_tree.query_nearest(point, return_distance=True, all_matches=True)
        # all_matches returns every equidistant road; the smallest road_id wins.
        i = int(min(idx.tolist()))
        road = self._roads[i]
        return RoadHit(road.road_id, road.name, float(dist[0]))

    def place_at(self, lon: float, lat: float) -> Place:
        """How the wall, the console and the API name the WGS84 point (:func:`geo.places.place_of`
        over the nearest road and the smallest named area covering it, as ``PLACE_JOINS`` reads
        them from the tables): for what the center tells others about the place."""
        hit = self.nearest_road(lon, lat)
        road = next((r for r in self._roads if hit is not None and r.road_id == hit.road_id), None)
        at = self.locate(lon, lat)
        area_id = at.sub_area or at.zone or at.district
        area = self.zones.get(area_id) if area_id is not None else None
        bearing = None
        if road is not None:
            # From the road's nearest point to the point, clockwise from grid north (ST_Azimuth).
            x, y = to_twd97(lon, lat)
            line = self._road_lines[self._roads.index(road)]
            near = line.interpolate(line.project(shapely.Point(x, y)))
            bearing = math.degrees(math.atan2(x - near.x, y - near.y)) % 360.0
        return place_of(road.name if road else None, road.name_en if road else None,
                        hit.distance_m if hit else None, area.name if area else None,
                        area.name_en if area else None, road_deg=bearing)

    @property
    def roads(self) -> tuple[Road, ...]:
        """The roads held, in road id order (their junctions are geo.gazetteer's)."""
        return self._roads

    @property
    def road_names(self) -> tuple[str, ...]:
        """The names of the roads held (zh-TW, as people name them), in road id order."""
        return tuple(r.name for r in self._roads if r.name)

    @property
    def road_name_of(self) -> dict[str, str]:
        """The name of each road held that has one, by road id (the ids :meth:`roads_at` gives)."""
        return {r.road_id: r.name for r in self._roads if r.name}

    def roads_at(self, x: float, y: float, within_m: float) -> tuple[tuple[str, float], ...]:
        """The roads whose line passes within ``within_m`` metres of the TWD97 point
        (x, y), each with the metres along it (from its first vertex) of the point's
        nearest place on it, by road id: where a report on a road lies along it."""
        x0, y0, x1, y1 = self._road_box
        if x < x0 - within_m or x > x1 + within_m or y < y0 - within_m or y > y1 + within_m:
            return ()  # beyond every road (the correlator asks for points across the city)
        point = shapely.Point(x, y)
        idx = self._road_tree.query(point, predicate="dwithin", distance=within_m)
        out = [(self._roads[i].road_id, float(self._road_lines[i].project(point))) for i in idx.tolist()]
        return tuple(sorted(out))

    def within_polygon(self, polygon_wgs84: Any, kind: SensorKind | None = None) -> list[str]:
        """Ids of sensors covered by a WGS84 polygon (boundary included), sorted."""
        idx = self._wgs_tree.query(polygon_wgs84, predicate="intersects")
        return sorted(self._all.ids[int(i)] for i in idx
                     if kind is None or self._all.kinds[int(i)] is kind)

    def in_zone(self, zone_id: str, kind: SensorKind | None = None) -> list[str]:
        """Ids of sensors inside the named zone, sub-area or district, sorted."""
        return self.within_polygon(self.zones.get(zone_id).geometry, kind)
