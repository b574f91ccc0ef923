"""Coordinate reference systems: WGS84 for storage, TWD97 / TM2 for every metre.

Storage and the wire use WGS84 lon/lat (EPSG:4326). Distances, buffers and
areas are computed in TWD97 / TM2 zone 121 (EPSG:3826), the projection Taiwan's
agencies survey in, so "500 m" means 500 m on the ground (scale error of TM2 at
水湳 is below 1e-4). Axis order is always (x, y) = (lon, lat) or (easting,
northing): the transformers are built with ``always_xy=True`` because EPSG:4326
officially lists latitude first and getting that wrong silently swaps axes.

Transformers are built once per process on first use (``functools.cache``);
pyproj transformers are safe to share within a thread, and the functions here
are called from one thread per process in this project.
"""

from __future__ import annotations

import math
from functools import cache
from typing import Any

import shapely
from pyproj import Transformer

WGS84 = 4326
TWD97_TM2 = 3826


@cache
def _forward() -> Transformer:
    return Transformer.from_crs(WGS84, TWD97_TM2, always_xy=True)


@cache
def _inverse() -> Transformer:
    return Transformer.from_crs(TWD97_TM2, WGS84, always_xy=True)


def to_twd97(lon: float, lat: float) -> tuple[float, float]:
    """WGS84 ``(lon, lat)`` in degrees → TWD97 / TM2 ``(x, y)`` in metres."""
    x, y = _forward().transform(lon, lat)
    return float(x), float(y)


def to_wgs84(x: float, y: float) -> tuple[float, float]:
    """TWD97 / TM2 ``(x, y)`` in metres → WGS84 ``(lon, lat)`` in degrees."""
    lon, lat = _inverse().transform(x, y)
    return float(lon), float(lat)


def arrays_to_twd97(lon: Any, lat: Any) -> tuple[Any, Any]:
    """Vectorised :func:`to_twd97` for numpy arrays (one call, no Python loop)."""
    x, y = _forward().transform(lon, lat)
    return x, y


def geometry_to_twd97(geom: Any) -> Any:
    """A shapely geometry in WGS84 → the same geometry in TWD97 metres."""
    return shapely.transform(geom, _forward().transform, interleaved=False)


def geometry_to_wgs84(geom: Any) -> Any:
    """A shapely geometry in TWD97 metres → the same geometry in WGS84."""
    return shapely.transform(geom, _inverse().transform, interleaved=False)


def distance_m(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Ground distance in metres between two WGS84 points, measured in TWD97."""
    x1, y1 = to_twd97(lon1, lat1)
    x2, y2 = to_twd97(lon2, lat2)
    return math.hypot(x2 - x1, y2 - y1)


def looks_like_degrees(x: float, y: float) -> bool:
    """True when ``(x, y)`` is a plausible lon/lat pair (not metres of a projected CRS)."""
    return -180.0 <= x <= 180.0 and -90.0 <= y <= 90.0
