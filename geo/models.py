"""Values of the geo package: the registry's sensors and roads, and query answers.

Frozen, slotted dataclasses; built by :mod:`geo.loaders` (from GeoJSON) or by
:mod:`geo.repo` (from rows), consumed by :mod:`geo.index` and the other packages.
Coordinates are WGS84 lon/lat; distances are metres in TWD97 (see :mod:`geo.crs`).
Shapely geometries are typed ``Any`` because shapely ships no type information.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, NamedTuple

from common.vocabulary import Domain


class SensorKind(StrEnum):
    """Registered device kinds (contract 1). Police incidents and 1999 cases are not devices."""

    RAIN = "rain"
    WATER_LEVEL = "water_level"
    FLOOD = "flood"
    FIRE_ALARM = "fire_alarm"
    VD = "vd"
    PARKING = "parking"
    SIGNAL = "signal"
    CCTV = "cctv"


@dataclass(frozen=True, slots=True)
class Sensor:
    """One registered device at a point.

    ``metadata`` is the contract's kind-specific JSON object (``alert_levels_m``
    for water level, ``lanes``/``corridor`` for VDs, ...), kept as loaded.
    ``zone``/``sub_area`` are filled from the zone set when the registry is loaded.
    """

    sensor_id: str
    agency: Domain  # the feed domain that owns the sensor (contract 1)
    kind: SensorKind
    name: str
    name_en: str
    lon: float
    lat: float
    expected_interval_s: int | None
    metadata: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)
    precision: str = ""
    zone: str | None = None
    sub_area: str | None = None


@dataclass(frozen=True, slots=True)
class Road:
    """A road corridor the traffic feeds refer to; ``geometry`` is a WGS84 (Multi)LineString."""

    road_id: str
    name: str
    name_en: str
    precision: str
    geometry: Any = field(compare=False, hash=False)


class Neighbour(NamedTuple):
    """A sensor found by a spatial query, with its ground distance from the query point.

    A NamedTuple rather than a frozen dataclass: it is just as immutable and typed,
    and building one costs half as much, which matters on the correlator's hot path
    where one radius query returns a hundred of them (docs/benchmarks/geo.md).
    """

    sensor_id: str
    kind: SensorKind
    distance_m: float


@dataclass(frozen=True, slots=True)
class RoadHit:
    """The road corridor nearest to a point."""

    road_id: str
    name: str
    distance_m: float


@dataclass(frozen=True, slots=True)
class ZoneHit:
    """Where a point lies: the zone, the sub-area and the district (any may be ``None``)."""

    zone: str | None
    sub_area: str | None
    district: str | None
