"""Read and validate the geo layers (zones, roads, sensors; population and base stations).

Each layer is a GeoJSON FeatureCollection in WGS84. Loading collects every
problem before giving up, each with the file and the line where the bad
feature starts, then raises one :class:`geo.errors.LayerInvalidError`::

    geo/data/sensors.geojson:14: feature 12 (SN-FL-003) outside_study_area: ...

Checks (see :class:`geo.errors.ProblemKind`): a declared CRS other than WGS84,
or coordinates that are not degrees (a projected file mislabelled); missing,
malformed, wrongly typed or OGC-invalid geometries; duplicate ids; missing or
ill-typed properties, validated by pydantic models of contract 1 (kind-specific
metadata included: water-level alert levels 1 > 2 > 3, VD lanes, corridors that
name a loaded road, parking capacities); sensors outside the study area (the
union of the district polygons); sub-areas outside their parent zone.

Vectorised geometry checks go through geopandas, which is imported lazily
(it takes about a second): this module is for ``soc geo load``/``check`` and
tests, never for the hot path (:mod:`geo.index`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import shapely
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from pyproj import CRS
from shapely.geometry import shape
from shapely.validation import explain_validity

from common.vocabulary import Domain
from geo.crs import TWD97_TM2, WGS84, looks_like_degrees
from geo.errors import LayerInvalidError, LayerReadError, Problem, ProblemKind
from geo.models import Road, Sensor, SensorKind
from geo.zones import Zone, ZoneLevel, ZoneSet

DATA_DIR = Path(__file__).resolve().parent / "data"

# MQTT topic levels must not contain '/', '+', '#' (MQTT 3.1.1 §4.7) nor spaces.
_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.:-]*$"

# A sub-area may stick out of its parent by rounding (coordinates are kept to 1e-6°).
_PARENT_TOLERANCE_M = 1.0


# --------------------------------------------------------------------------- raw reading


@dataclass(frozen=True, slots=True)
class RawFeature:
    """One feature as written in the file, with the 1-based line where it starts."""

    index: int
    line: int
    data: Any


@dataclass(frozen=True, slots=True)
class RawLayer:
    """A parsed FeatureCollection: its path, declared CRS name (if any) and features."""

    path: str
    crs_name: str | None
    features: tuple[RawFeature, ...]


_WS = re.compile(r"[\s,:]*")


def _skip(text: str, pos: int) -> int:
    m = _WS.match(text, pos)
    return m.end() if m else pos


def read_layer(path: Path | str) -> RawLayer:
    """Parse a FeatureCollection and remember where each feature starts.

    Raises :class:`LayerReadError` (with the JSON error's line) when the file is
    missing, not JSON, or not a FeatureCollection.
    """
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LayerReadError(f"cannot read: {exc}", path=p) from exc
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise LayerReadError(f"not JSON: {exc.msg}", path=p, line=exc.lineno) from exc
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection":
        raise LayerReadError("not a GeoJSON FeatureCollection", path=p, line=1)
    features = doc.get("features")
    if not isinstance(features, list):
        raise LayerReadError("FeatureCollection without a 'features' array", path=p, line=1)
    starts = _feature_offsets(text)
    lines = [text.count("\n", 0, s) + 1 for s in starts]
    crs_name = None
    crs = doc.get("crs")
    if isinstance(crs, dict) and isinstance(crs.get("properties"), dict):
        name = crs["properties"].get("name")
        crs_name = str(name) if name is not None else None
    elif crs is not None:
        crs_name = json.dumps(crs)
    return RawLayer(
        path=str(path),
        crs_name=crs_name,
        features=tuple(RawFeature(i, lines[i], f) for i, f in enumerate(features)),
    )


def _feature_offsets(text: str) -> list[int]:
    """Character offsets of the elements of the top-level ``features`` array.

    Walks the top-level object with :meth:`json.JSONDecoder.raw_decode` so that a
    ``"features"`` string inside a property cannot fool it. The document is
    already known to be valid JSON.
    """
    dec = json.JSONDecoder()
    pos = _skip(text, text.index("{") + 1)
    while pos < len(text) and text[pos] != "}":
        key, pos = dec.raw_decode(text, pos)
        pos = _skip(text, pos)
        if key == "features":
            offsets: list[int] = []
            pos = _skip(text, pos + 1)  # past '['
            while text[pos] != "]":
                offsets.append(pos)
                _value, pos = dec.raw_decode(text, pos)
                pos = _skip(text, pos)
            return offsets
        _value, pos = dec.raw_decode(text, pos)
        pos = _skip(text, pos)
    return []


# --------------------------------------------------------------------------- property models


_Id = Annotated[str, Field(min_length=1, max_length=64, pattern=_ID_PATTERN)]
_Text = Annotated[str, Field(min_length=1)]


class _Props(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=True, strict=False)


class ZoneProps(_Props):
    """Properties of a zones.geojson feature."""

    zone_id: _Id
    name: _Text
    name_en: _Text
    level: ZoneLevel
    parent: str | None = None
    precision: _Text
    geocode: Annotated[str, Field(pattern=r"^\d{2,10}$")] | None = None
    area_ha_stated: Annotated[float, Field(gt=0)] | None = None

    @model_validator(mode="after")
    def _district_geocode(self) -> ZoneProps:
        if self.level is ZoneLevel.DISTRICT and not self.geocode:
            raise ValueError("a district needs its Taiwan_Geocode_103 'geocode'")
        if self.level is ZoneLevel.SUB_AREA and not self.parent:
            raise ValueError("a sub_area needs a 'parent' zone")
        return self


class RoadProps(_Props):
    """Properties of a roads.geojson feature."""

    road_id: _Id
    name: _Text
    name_en: _Text
    precision: _Text


class PopulationProps(_Props):
    """Properties of a population.geojson feature (contract 5)."""

    cell_id: _Id
    year: Annotated[int, Field(ge=1900, le=2100, strict=True)]
    population: Annotated[int, Field(ge=0, strict=True)]
    precision: _Text

    @property
    def key(self) -> str:
        """Unique per feature: one cell appears once per year."""
        return f"{self.cell_id}@{self.year}"


class SectorProps(_Props):
    """Properties of a base_stations.geojson feature (one sector polygon)."""

    station_id: _Id
    sector: Annotated[int, Field(ge=1, strict=True)]
    azimuth_deg: Annotated[float, Field(ge=0, lt=360)]
    radius_m: Annotated[float, Field(gt=0)]
    precision: _Text

    @property
    def key(self) -> str:
        """Unique per feature: a station's sector number."""
        return f"{self.station_id}#{self.sector}"


class _AlertLevels(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    level1: float = Field(alias="1")
    level2: float = Field(alias="2")
    level3: float = Field(alias="3")


class SensorProps(_Props):
    """Properties of a sensors.geojson feature (contract 1)."""

    sensor_id: _Id
    agency: Domain
    kind: SensorKind
    name: _Text
    name_en: _Text
    expected_interval_s: Annotated[int, Field(ge=1, le=86_400, strict=True)] | None
    metadata: dict[str, Any]
    precision: str = ""

    @model_validator(mode="after")
    def _kind_metadata(self) -> SensorProps:
        md = self.metadata
        _gateway(md)
        if self.kind is SensorKind.WATER_LEVEL:
            try:
                levels = _AlertLevels.model_validate(md.get("alert_levels_m"))
            except ValidationError as exc:
                raise ValueError(
                    "metadata.alert_levels_m needs numeric levels '1', '2' and '3' "
                    f"({exc.error_count()} error(s))"
                ) from exc
            # Level 1 is the most severe, hence the highest (DOMAIN.md §2).
            if not levels.level1 > levels.level2 > levels.level3:
                raise ValueError("alert_levels_m must satisfy level 1 > level 2 > level 3")
        elif self.kind is SensorKind.VD:
            lanes = md.get("lanes")
            if not isinstance(lanes, int) or isinstance(lanes, bool) or not 1 <= lanes <= 16:
                raise ValueError("a vd needs metadata.lanes, an integer 1..16")
            _need_text(md, "corridor")
        elif self.kind in (SensorKind.CCTV, SensorKind.SIGNAL):
            _need_text(md, "corridor")
        elif self.kind is SensorKind.PARKING:
            for key in ("total_car", "total_motor"):
                v = md.get(key)
                if not isinstance(v, int) or isinstance(v, bool) or v < 0:
                    raise ValueError(f"a parking lot needs metadata.{key}, an integer >= 0")
        elif self.kind is SensorKind.FLOOD:
            _need_text(md, "site")
        elif self.kind is SensorKind.FIRE_ALARM:
            _fire_panel(md)
        return self


#: What a building with a fire panel is used for (``metadata.use``; absent: not recorded).
BUILDING_USES = frozenset({"public", "commercial", "education", "industrial", "residential"})


def _fire_panel(md: Mapping[str, Any]) -> None:
    """A fire panel may say what its building is used for; a residential one names the
    building, its address and its households (how many homes an alarm concerns)."""
    use = md.get("use")
    if use is None:
        return
    if use not in BUILDING_USES:
        raise ValueError(f"metadata.use must be one of {', '.join(sorted(BUILDING_USES))}")
    if use == "residential":
        _need_text(md, "building")
        _need_text(md, "address")
        households = md.get("households")
        if not isinstance(households, int) or isinstance(households, bool) or not 1 <= households <= 10_000:
            raise ValueError("a residential fire panel needs metadata.households, an integer 1..10000")


_GATEWAY_RE = re.compile(_ID_PATTERN)


def _gateway(md: Mapping[str, Any]) -> None:
    """Any device may name the gateway it reaches the center through (``metadata.gateway``:
    a sensor gateway, a field cabinet, a power circuit; an id as a sensor's, 1-64 characters
    safe in MQTT topics): the devices behind one gateway fail as one when it does."""
    if "gateway" not in md:
        return
    v = md["gateway"]
    if not isinstance(v, str) or not 1 <= len(v) <= 64 or _GATEWAY_RE.fullmatch(v) is None:
        raise ValueError("metadata.gateway must be an id of 1-64 letters, digits and _.:- (as a sensor_id)")


def _need_text(md: Mapping[str, Any], key: str) -> None:
    v = md.get(key)
    if not isinstance(v, str) or not v:
        raise ValueError(f"metadata.{key} (text) is required for this kind")


# --------------------------------------------------------------------------- validation core


class _Collector:
    def __init__(self, layer: RawLayer) -> None:
        self.layer = layer
        self.problems: list[Problem] = []

    def add(self, f: RawFeature | None, fid: str | None, kind: ProblemKind, msg: str) -> None:
        self.problems.append(Problem(
            path=self.layer.path,
            line=f.line if f else 1,
            index=f.index if f else -1,
            feature_id=fid,
            kind=kind,
            message=msg,
        ))


def _check_crs(layer: RawLayer, out: _Collector) -> bool:
    if layer.crs_name is None:
        return True  # RFC 7946: no crs member means WGS84 lon/lat
    try:
        crs = CRS.from_user_input(layer.crs_name)
        ok = crs.equals(CRS.from_epsg(WGS84), ignore_axis_order=True)
    except Exception:  # pyproj raises CRSError and others
        ok = False
    if not ok:
        out.add(None, None, ProblemKind.CRS,
                f"declared CRS {layer.crs_name!r} is not WGS84 (EPSG:4326 / OGC:CRS84)")
    return ok


def _geometry(f: RawFeature, fid: str | None, types: tuple[str, ...], out: _Collector) -> Any:
    """Build and check one geometry; returns None (and records why) if unusable."""
    data = f.data if isinstance(f.data, dict) else {}
    gj = data.get("geometry")
    if gj is None:
        out.add(f, fid, ProblemKind.GEOMETRY_MISSING, "feature has no geometry")
        return None
    try:
        geom = shape(gj)
    except Exception as exc:  # shapely raises many types
        out.add(f, fid, ProblemKind.GEOMETRY_MALFORMED, f"cannot build geometry: {exc}")
        return None
    if geom.is_empty:
        out.add(f, fid, ProblemKind.GEOMETRY_MALFORMED, "empty geometry")
        return None
    if geom.geom_type not in types:
        out.add(f, fid, ProblemKind.GEOMETRY_TYPE,
                f"{geom.geom_type} where {' or '.join(types)} is expected")
        return None
    coords = shapely.get_coordinates(geom)
    if not all(looks_like_degrees(float(x), float(y)) for x, y in coords):
        out.add(f, fid, ProblemKind.CRS,
                "coordinates are not lon/lat degrees (a projected layer labelled WGS84?)")
        return None
    if not geom.is_valid:
        out.add(f, fid, ProblemKind.GEOMETRY_INVALID, explain_validity(geom))
        return None
    return geom


def _props(f: RawFeature, model: type[_Props], id_key: str,
           out: _Collector) -> tuple[str | None, Any]:
    data = f.data if isinstance(f.data, dict) else {}
    raw = data.get("properties")
    raw_id = raw.get(id_key) if isinstance(raw, dict) else None
    fid = str(raw_id) if raw_id is not None else None
    if not isinstance(raw, dict):
        out.add(f, fid, ProblemKind.MISSING_PROPERTY, "feature has no properties object")
        return fid, None
    try:
        return fid, model.model_validate(raw)
    except ValidationError as exc:
        for err in exc.errors():
            loc = ".".join(str(p) for p in err["loc"]) or "properties"
            kind = (ProblemKind.MISSING_PROPERTY if err["type"] == "missing"
                    else ProblemKind.BAD_PROPERTY)
            out.add(f, fid, kind, f"{loc}: {err['msg']}")
        return fid, None


def _duplicates(rows: Sequence[tuple[RawFeature, str]], out: _Collector, what: str) -> set[int]:
    """Indices of features whose id was already used by an earlier feature (reported)."""
    first: dict[str, RawFeature] = {}
    dups: set[int] = set()
    for f, fid in rows:
        if fid in first:
            out.add(f, fid, ProblemKind.DUPLICATE_ID,
                    f"{what} {fid!r} already defined at line {first[fid].line}")
            dups.add(f.index)
        else:
            first[fid] = f
    return dups


def _features(layer: RawLayer, model: type[_Props], id_key: str, types: tuple[str, ...],
              out: _Collector) -> list[tuple[RawFeature, Any, Any]]:
    """Validated (raw feature, properties, geometry) rows with unique ids."""
    crs_ok = _check_crs(layer, out)
    rows: list[tuple[RawFeature, Any, Any]] = []
    for f in layer.features:
        fid, props = _props(f, model, id_key, out)
        geom = _geometry(f, fid, types, out)
        if props is not None and geom is not None:
            rows.append((f, props, geom))
    dups = _duplicates([(f, getattr(p, id_key)) for f, p, _g in rows], out, id_key)
    if not crs_ok:
        return []
    return [(f, p, g) for f, p, g in rows if f.index not in dups]


# --------------------------------------------------------------------------- layers


def validate_zones(layer: RawLayer) -> tuple[ZoneSet, list[Problem]]:
    """Zones from a parsed layer, plus the problems found (the set holds the good zones)."""
    out = _Collector(layer)
    rows = _features(layer, ZoneProps, "zone_id", ("Polygon", "MultiPolygon"), out)
    by_id = {p.zone_id: (f, p, g) for f, p, g in rows}
    good: list[Zone] = []
    import geopandas as gpd  # lazily: slow import, not needed by the hot path

    for f, p, g in rows:
        if p.parent is not None and p.parent not in by_id:
            out.add(f, p.zone_id, ProblemKind.BAD_PROPERTY, f"parent {p.parent!r} is not a zone")
            continue
        if p.parent is not None:
            parent = gpd.GeoSeries([by_id[p.parent][2]], crs=WGS84).to_crs(TWD97_TM2)
            child = gpd.GeoSeries([g], crs=WGS84).to_crs(TWD97_TM2)
            outside = child.difference(parent.buffer(_PARENT_TOLERANCE_M)).area.iloc[0]
            if outside > 0:
                out.add(f, p.zone_id, ProblemKind.BAD_PROPERTY,
                        f"{outside:.0f} m² of the area lie outside its parent {p.parent!r}")
                continue
        good.append(Zone(
            zone_id=p.zone_id, name=p.name, name_en=p.name_en, level=p.level, parent=p.parent,
            precision=p.precision, geocode=p.geocode, geometry=g,
            area_ha_stated=p.area_ha_stated,
        ))
    return ZoneSet(good), out.problems


def validate_roads(layer: RawLayer) -> tuple[tuple[Road, ...], list[Problem]]:
    """Roads from a parsed layer, plus the problems found."""
    out = _Collector(layer)
    rows = _features(layer, RoadProps, "road_id", ("LineString", "MultiLineString"), out)
    roads = tuple(
        Road(road_id=p.road_id, name=p.name, name_en=p.name_en, precision=p.precision, geometry=g)
        for _f, p, g in rows
    )
    return roads, out.problems


def validate_sensors(layer: RawLayer, zones: ZoneSet, roads: Sequence[Road], *,
                     check_study_area: bool = True,
                     check_corridors: bool = True) -> tuple[tuple[Sensor, ...], list[Problem]]:
    """Sensors from a parsed layer, checked against the zones' study area and the roads.

    Pass ``check_study_area=False`` / ``check_corridors=False`` when the zones or
    roads layer itself had problems, so that one bad district or road is reported
    once rather than again for every sensor that depends on it.
    """
    import geopandas as gpd  # lazily: slow import, not needed by the hot path

    out = _Collector(layer)
    rows = _features(layer, SensorProps, "sensor_id", ("Point",), out)
    road_ids = {r.road_id for r in roads}
    kept: list[tuple[RawFeature, SensorProps, Any]] = []
    for f, p, g in rows:
        corridor = p.metadata.get("corridor")
        if check_corridors and corridor is not None and corridor not in road_ids:
            out.add(f, p.sensor_id, ProblemKind.BAD_PROPERTY,
                    f"metadata.corridor {corridor!r} is not a road in the roads layer")
            continue
        kept.append((f, p, g))
    if check_study_area and kept:
        pts = gpd.GeoSeries([g for _f, _p, g in kept], crs=WGS84)
        inside = pts.intersects(zones.study_area()).to_list()
        outside = [k for k, ok in zip(kept, inside, strict=True) if not ok]
        for f, p, g in outside:
            out.add(f, p.sensor_id, ProblemKind.OUTSIDE_STUDY_AREA,
                    f"point {g.x:.6f},{g.y:.6f} is outside the study area (district polygons)")
        kept = [k for k, ok in zip(kept, inside, strict=True) if ok]
    sensors = []
    for _f, p, g in kept:
        hit = zones.locate(g.x, g.y)
        sensors.append(Sensor(
            sensor_id=p.sensor_id, agency=p.agency, kind=p.kind, name=p.name,
            name_en=p.name_en, lon=float(g.x), lat=float(g.y),
            expected_interval_s=p.expected_interval_s, metadata=dict(p.metadata),
            precision=p.precision, zone=hit.zone, sub_area=hit.sub_area,
        ))
    return tuple(sensors), out.problems


@dataclass(frozen=True, slots=True)
class GeoDataset:
    """Everything ``soc geo load`` stores: zones, roads and the sensor registry."""

    zones: ZoneSet
    roads: tuple[Road, ...]
    sensors: tuple[Sensor, ...]


def load_dataset(
    zones_path: Path | str = DATA_DIR / "zones.geojson",
    roads_path: Path | str = DATA_DIR / "roads.geojson",
    sensors_path: Path | str = DATA_DIR / "sensors.geojson",
) -> GeoDataset:
    """Read and validate the three layers; raises :class:`LayerInvalidError` listing all problems.

    Nothing is returned unless every feature of every layer is good, so a caller
    that stores the result never stores half a registry.
    """
    zones, zp = validate_zones(read_layer(zones_path))
    roads, rp = validate_roads(read_layer(roads_path))
    sensors, sp = validate_sensors(read_layer(sensors_path), zones, roads,
                                   check_study_area=not zp, check_corridors=not rp)
    problems = (*zp, *rp, *sp)
    if problems:
        raise LayerInvalidError(problems)
    return GeoDataset(zones=zones, roads=roads, sensors=sensors)


def load_zones(path: Path | str = DATA_DIR / "zones.geojson") -> ZoneSet:
    """The validated zone set; raises :class:`LayerInvalidError`."""
    zones, problems = validate_zones(read_layer(path))
    if problems:
        raise LayerInvalidError(tuple(problems))
    return zones


def load_roads(path: Path | str = DATA_DIR / "roads.geojson") -> tuple[Road, ...]:
    """The validated roads; raises :class:`LayerInvalidError`."""
    roads, problems = validate_roads(read_layer(path))
    if problems:
        raise LayerInvalidError(tuple(problems))
    return roads


def validate_coverage_layers(
    population_path: Path | str = DATA_DIR / "population.geojson",
    sectors_path: Path | str = DATA_DIR / "base_stations.geojson",
) -> list[Problem]:
    """Problems of the population and base-station layers (same checks as the registry's).

    Used by ``soc geo check``; :mod:`geo.coverage` itself accepts any GeoDataFrame.
    """
    problems: list[Problem] = []
    for path, model in ((population_path, PopulationProps), (sectors_path, SectorProps)):
        out = _Collector(read_layer(path))
        _features(out.layer, model, "key", ("Polygon", "MultiPolygon"), out)
        problems += out.problems
    return problems


def load_population(path: Path | str = DATA_DIR / "population.geojson",
                    year: int | None = None) -> Any:
    """The population layer as a GeoDataFrame (one ``year`` if given) for :mod:`geo.coverage`."""
    import geopandas as gpd

    frame = gpd.read_file(path)
    if year is not None:
        frame = frame[frame["year"] == year].reset_index(drop=True)
    return frame


def load_base_stations(path: Path | str = DATA_DIR / "base_stations.geojson") -> Any:
    """The base-station sector polygons as a GeoDataFrame for :mod:`geo.coverage`."""
    import geopandas as gpd

    return gpd.read_file(path)
