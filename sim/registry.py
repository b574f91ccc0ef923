"""The sensor registry (contract 1, ``geo/data/sensors.geojson``) as frozen values.

Read with :func:`load_registry` (a path) or :func:`parse_registry` (already
decoded JSON). Only ``json`` is used: the simulator needs ids, kinds, positions,
cadences and a few metadata fields, not geometry operations. The metadata
fields the scenarios use are lifted into typed attributes of :class:`Sensor`
(``alert_levels_m``, ``lanes``, ``corridor``, ``total_car``, ``total_motor``,
``site``); the rest is ignored.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sim.errors import RegistryError

#: Feed domains (contract 1 ``agency``) and the kinds each owns.
KINDS_BY_AGENCY: Mapping[str, frozenset[str]] = {
    "disaster": frozenset({"rain", "water_level", "flood", "fire_alarm"}),
    "traffic": frozenset({"vd", "parking", "signal"}),
    "police": frozenset({"cctv"}),
    "citizen": frozenset(),
}

DEFAULT_PATH = Path("geo/data/sensors.geojson")


@dataclass(frozen=True, slots=True)
class AlertLevels:
    """Water-level alert levels in metres; level 1 is the most severe and highest."""

    level1: float
    level2: float
    level3: float

    def reached(self, value_m: float) -> int | None:
        """The most severe level that ``value_m`` reaches (1, 2 or 3), or ``None``."""
        for level, threshold in ((1, self.level1), (2, self.level2), (3, self.level3)):
            if value_m >= threshold:
                return level
        return None


@dataclass(frozen=True, slots=True)
class Sensor:
    """One registered device; ``sensor_id`` is its MQTT ``source_id``."""

    sensor_id: str
    agency: str
    kind: str
    name: str
    name_en: str
    lon: float
    lat: float
    expected_interval_s: int | None
    alert_levels_m: AlertLevels | None = None
    lanes: int | None = None
    corridor: str | None = None
    total_car: int | None = None
    total_motor: int | None = None
    site: str | None = None

    @property
    def topic(self) -> str:
        """The data topic ``soc/v1/{agency}/{kind}/{sensor_id}``."""
        return f"soc/v1/{self.agency}/{self.kind}/{self.sensor_id}"

    @property
    def status_topic(self) -> str:
        """The device status topic (its last will)."""
        return f"{self.topic}/status"

    @property
    def periodic(self) -> bool:
        """Whether the device reports on a schedule (``expected_interval_s`` is set)."""
        return self.expected_interval_s is not None

    def distance_m(self, lon: float, lat: float) -> float:
        """Approximate ground distance to a WGS84 point (equirectangular; fine within a city)."""
        k = math.cos(math.radians((self.lat + lat) / 2))
        dx = (self.lon - lon) * k * 111_320.0
        dy = (self.lat - lat) * 110_574.0
        return math.hypot(dx, dy)


@dataclass(frozen=True, slots=True)
class Registry:
    """All registered sensors, sorted by ``sensor_id`` (iteration order is stable)."""

    sensors: tuple[Sensor, ...]
    _by_id: Mapping[str, Sensor] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {s.sensor_id: s for s in self.sensors})

    def __iter__(self) -> Iterator[Sensor]:
        return iter(self.sensors)

    def __len__(self) -> int:
        return len(self.sensors)

    def get(self, sensor_id: str) -> Sensor:
        """The sensor with this id; raises :class:`RegistryError` if there is none."""
        sensor = self._by_id.get(sensor_id)
        if sensor is not None:
            return sensor
        raise RegistryError(f"no sensor {sensor_id!r} in the registry", sensor_id=sensor_id)

    def of_kind(self, kind: str) -> tuple[Sensor, ...]:
        """Sensors of one kind, by id."""
        return tuple(s for s in self.sensors if s.kind == kind)

    def periodic(self) -> tuple[Sensor, ...]:
        """Sensors that report on a schedule."""
        return tuple(s for s in self.sensors if s.periodic)

    def nearest(self, kind: str, lon: float, lat: float, n: int) -> tuple[Sensor, ...]:
        """The ``n`` sensors of ``kind`` closest to a point (ties broken by id)."""
        ranked = sorted(self.of_kind(kind), key=lambda s: (s.distance_m(lon, lat), s.sensor_id))
        return tuple(ranked[:n])


def _int_or_none(value: object, what: str, sensor_id: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise RegistryError(f"{what} of {sensor_id} must be an integer", sensor_id=sensor_id)
    return value


def _alert_levels(raw: object, sensor_id: str) -> AlertLevels | None:
    if raw is None:
        return None
    if not isinstance(raw, Mapping):
        raise RegistryError(f"alert_levels_m of {sensor_id} must be an object", sensor_id=sensor_id)
    try:
        levels = AlertLevels(float(raw["1"]), float(raw["2"]), float(raw["3"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise RegistryError(
            f"alert_levels_m of {sensor_id} needs numeric levels 1, 2 and 3", sensor_id=sensor_id
        ) from exc
    if not levels.level1 > levels.level2 > levels.level3:
        # Contract 1: level 1 is the most severe, i.e. the highest water.
        raise RegistryError(f"alert levels of {sensor_id} must fall from 1 to 3", sensor_id=sensor_id)
    return levels


def _sensor(feature: Mapping[str, Any]) -> Sensor:
    props = feature.get("properties")
    geometry = feature.get("geometry")
    if not isinstance(props, Mapping) or not isinstance(geometry, Mapping):
        raise RegistryError("feature without properties or geometry")
    sensor_id = props.get("sensor_id")
    if not isinstance(sensor_id, str) or not sensor_id:
        raise RegistryError("feature without a sensor_id")
    agency, kind = props.get("agency"), props.get("kind")
    if agency not in KINDS_BY_AGENCY or kind not in KINDS_BY_AGENCY[str(agency)]:
        raise RegistryError(f"{sensor_id}: kind {kind!r} is not a kind of agency {agency!r}", sensor_id=sensor_id)
    coords = geometry.get("coordinates")
    if geometry.get("type") != "Point" or not isinstance(coords, list) or len(coords) < 2:
        raise RegistryError(f"{sensor_id}: geometry must be a Point", sensor_id=sensor_id)
    meta = props.get("metadata") or {}
    if not isinstance(meta, Mapping):
        raise RegistryError(f"{sensor_id}: metadata must be an object", sensor_id=sensor_id)
    interval = _int_or_none(props.get("expected_interval_s"), "expected_interval_s", sensor_id)
    if interval is not None and interval <= 0:
        raise RegistryError(f"{sensor_id}: expected_interval_s must be positive", sensor_id=sensor_id)
    corridor, site = meta.get("corridor"), meta.get("site")
    return Sensor(
        sensor_id=sensor_id,
        agency=str(agency),
        kind=str(kind),
        name=str(props.get("name") or ""),
        name_en=str(props.get("name_en") or ""),
        lon=float(coords[0]),
        lat=float(coords[1]),
        expected_interval_s=interval,
        alert_levels_m=_alert_levels(meta.get("alert_levels_m"), sensor_id),
        lanes=_int_or_none(meta.get("lanes"), "lanes", sensor_id),
        corridor=corridor if isinstance(corridor, str) else None,
        total_car=_int_or_none(meta.get("total_car"), "total_car", sensor_id),
        total_motor=_int_or_none(meta.get("total_motor"), "total_motor", sensor_id),
        site=site if isinstance(site, str) else None,
    )


def parse_registry(document: object) -> Registry:
    """Build a :class:`Registry` from a decoded GeoJSON FeatureCollection.

    Raises :class:`RegistryError` naming the first bad feature: a missing id, a
    kind that its agency does not own, a non-Point geometry, duplicate ids,
    water-level sensors without ordered alert levels.
    """
    if not isinstance(document, Mapping) or document.get("type") != "FeatureCollection":
        raise RegistryError("the registry must be a GeoJSON FeatureCollection")
    features = document.get("features")
    if not isinstance(features, list):
        raise RegistryError("the registry has no feature list")
    sensors: dict[str, Sensor] = {}
    for feature in features:
        if not isinstance(feature, Mapping):
            raise RegistryError("a feature is not an object")
        sensor = _sensor(feature)
        if sensor.sensor_id in sensors:
            raise RegistryError(f"duplicate sensor_id {sensor.sensor_id}", sensor_id=sensor.sensor_id)
        if sensor.kind == "water_level" and sensor.alert_levels_m is None:
            raise RegistryError(f"{sensor.sensor_id}: water_level needs alert_levels_m", sensor_id=sensor.sensor_id)
        sensors[sensor.sensor_id] = sensor
    return Registry(tuple(sensors[k] for k in sorted(sensors)))


def load_registry(path: Path = DEFAULT_PATH) -> Registry:
    """Read and parse the registry file; errors carry the path."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise RegistryError(f"cannot read the sensor registry {path}: {exc}", path=path) from exc
    try:
        return parse_registry(document)
    except RegistryError as exc:
        raise RegistryError(f"{path}: {exc}", path=path, sensor_id=exc.sensor_id) from exc
