"""Loader validation: every kind of bad row is reported with its file and line."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo.errors import LayerInvalidError, LayerReadError, ProblemKind
from geo.loaders import (
    DATA_DIR,
    RawFeature,
    RawLayer,
    load_dataset,
    read_layer,
    validate_sensors,
)

Mutator = Callable[[dict[str, Any]], None]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    for name in ("zones", "roads", "sensors"):
        shutil.copy(DATA_DIR / f"{name}.geojson", tmp_path / f"{name}.geojson")
    return tmp_path


def _load(d: Path) -> None:
    load_dataset(d / "zones.geojson", d / "roads.geojson", d / "sensors.geojson")


def _mutate(path: Path, index: int, fn: Mutator) -> int:
    """Change feature ``index`` in a one-feature-per-line file; returns its line number."""
    lines = path.read_text(encoding="utf-8").split("\n")
    lineno = index + 2  # line 1 holds the collection header
    raw = lines[lineno - 1]
    suffix = "," if raw.endswith(",") else "]}"
    feat = json.loads(raw.removesuffix(suffix))
    fn(feat)
    lines[lineno - 1] = json.dumps(feat, ensure_ascii=False) + suffix
    path.write_text("\n".join(lines), encoding="utf-8")
    return lineno


def _index_of(path: Path, sensor_id: str) -> int:
    layer = read_layer(path)
    return next(f.index for f in layer.features if f.data["properties"]["sensor_id"] == sensor_id)


def _props(**kv: Any) -> Mutator:
    def fn(f: dict[str, Any]) -> None:
        for k, v in kv.items():
            if v is _DELETE:
                del f["properties"][k]
            else:
                f["properties"][k] = v
    return fn


def _meta(**kv: Any) -> Mutator:
    def fn(f: dict[str, Any]) -> None:
        f["properties"]["metadata"].update(kv)
    return fn


def _geom(g: Any) -> Mutator:
    def fn(f: dict[str, Any]) -> None:
        f["geometry"] = g
    return fn


_DELETE = object()

SENSOR_CASES: list[tuple[str, str, Mutator, ProblemKind]] = [
    ("missing geometry", "SN-RG-001", _geom(None), ProblemKind.GEOMETRY_MISSING),
    ("malformed geometry", "SN-RG-001", _geom({"type": "Point", "coordinates": ["x"]}),
     ProblemKind.GEOMETRY_MALFORMED),
    ("polygon as sensor", "SN-RG-001",
     _geom({"type": "Polygon", "coordinates": [[[120.65, 24.18], [120.66, 24.18],
                                               [120.66, 24.19], [120.65, 24.18]]]}),
     ProblemKind.GEOMETRY_TYPE),
    ("metres in a WGS84 file", "SN-RG-001",
     _geom({"type": "Point", "coordinates": [215089.75, 2675215.58]}), ProblemKind.CRS),
    ("outside the study area", "SN-RG-001",
     _geom({"type": "Point", "coordinates": [121.5, 25.04]}), ProblemKind.OUTSIDE_STUDY_AREA),
    ("missing kind", "SN-RG-001", _props(kind=_DELETE), ProblemKind.MISSING_PROPERTY),
    ("missing expected interval", "SN-RG-001", _props(expected_interval_s=_DELETE),
     ProblemKind.MISSING_PROPERTY),
    ("unknown agency", "SN-RG-001", _props(agency="army"), ProblemKind.BAD_PROPERTY),
    ("unknown kind", "SN-RG-001", _props(kind="radar"), ProblemKind.BAD_PROPERTY),
    ("topic-unsafe id", "SN-RG-001", _props(sensor_id="a/b"), ProblemKind.BAD_PROPERTY),
    ("interval as text", "SN-RG-001", _props(expected_interval_s="600"),
     ProblemKind.BAD_PROPERTY),
    ("alert levels upside down", "SN-WL-001",
     _meta(alert_levels_m={"1": 1.0, "2": 2.0, "3": 3.0}), ProblemKind.BAD_PROPERTY),
    ("alert level missing", "SN-WL-001", _meta(alert_levels_m={"1": 3.0, "2": 2.0}),
     ProblemKind.BAD_PROPERTY),
    ("vd without lanes", "SN-VD-HENAN-01", _meta(lanes=0), ProblemKind.BAD_PROPERTY),
    ("unknown corridor", "SN-VD-HENAN-01", _meta(corridor="nowhere"), ProblemKind.BAD_PROPERTY),
    ("parking without capacity", "SN-PK-001", _meta(total_car=None), ProblemKind.BAD_PROPERTY),
    ("duplicate id", "SN-RG-002", _props(sensor_id="SN-RG-001"), ProblemKind.DUPLICATE_ID),
    ("unknown building use", "SN-FA-001", _meta(use="castle"), ProblemKind.BAD_PROPERTY),
    ("residential panel without households", "SN-FA-011", _meta(households=None), ProblemKind.BAD_PROPERTY),
    ("residential panel with no homes", "SN-FA-011", _meta(households=0), ProblemKind.BAD_PROPERTY),
    ("residential panel without address", "SN-FA-012", _meta(address=""), ProblemKind.BAD_PROPERTY),
    ("a building becomes residential without households", "SN-FA-001", _meta(use="residential"),
     ProblemKind.BAD_PROPERTY),
    ("topic-unsafe gateway", "SN-RG-001", _meta(gateway="GW/1"), ProblemKind.BAD_PROPERTY),
    ("gateway as a number", "SN-PK-001", _meta(gateway=7), ProblemKind.BAD_PROPERTY),
    ("empty gateway", "SN-VD-HENAN-01", _meta(gateway=""), ProblemKind.BAD_PROPERTY),
]


def _a_sensor_with(metadata: dict[str, Any]) -> list[Any]:
    feature = json.loads(json.dumps(next(f for f in _good if f["properties"]["sensor_id"] == "SN-RG-001")))
    feature["properties"]["metadata"].update(metadata)
    layer = RawLayer("gw.geojson", None, (RawFeature(0, 2, feature),))
    sensors, _ = validate_sensors(layer, _SHIPPED.zones, _SHIPPED.roads)
    return list(sensors)


def test_a_device_may_name_the_gateway_it_hangs_on() -> None:
    (sensor,) = _a_sensor_with({"gateway": "GW-PARK.north:1"})
    assert sensor.metadata["gateway"] == "GW-PARK.north:1"


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(
    st.text(max_size=70), st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,70}", fullmatch=True),
    st.integers(min_value=-(2**70), max_value=2**70), st.floats(), st.booleans(), st.none(),
    st.lists(st.text(max_size=3), max_size=2), st.sampled_from(["GW\n", "G" * 64, "G" * 65, "閘道", "-GW"]),
))
def test_a_gateway_is_accepted_only_as_an_id(value: Any) -> None:
    ok = isinstance(value, str) and len(value) <= 64 and re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.:-]*", value)
    assert len(_a_sensor_with({"gateway": value})) == (1 if ok else 0)


def test_residential_buildings_fire_panels_are_registered() -> None:
    """The seed registry holds fire panels of homes in the eco-residential sub-area."""
    homes = [s for s in load_dataset().sensors if s.kind == "fire_alarm" and s.metadata.get("use") == "residential"]
    assert {s.sensor_id for s in homes} == {"SN-FA-011", "SN-FA-012"}
    assert {s.sub_area for s in homes} == {"eco_residential"}
    assert all(s.metadata["households"] >= 1 and s.metadata["address"] for s in homes)


@pytest.mark.parametrize(("case", "sensor_id", "mutate", "kind"), SENSOR_CASES,
                         ids=[c[0] for c in SENSOR_CASES])
def test_each_bad_sensor_row_is_reported_at_its_line(data: Path, case: str, sensor_id: str,
                                                     mutate: Mutator, kind: ProblemKind) -> None:
    path = data / "sensors.geojson"
    line = _mutate(path, _index_of(path, sensor_id), mutate)
    with pytest.raises(LayerInvalidError) as info:
        _load(data)
    problems = info.value.problems
    assert [p.kind for p in problems] == [kind], (case, problems)
    assert problems[0].line == line
    assert problems[0].path.endswith("sensors.geojson")
    assert f"sensors.geojson:{line}:" in str(info.value)


def test_invalid_zone_polygon_is_reported(data: Path) -> None:
    bowtie = {"type": "Polygon", "coordinates": [[[120.65, 24.18], [120.66, 24.19],
                                                  [120.66, 24.18], [120.65, 24.19],
                                                  [120.65, 24.18]]]}
    line = _mutate(data / "zones.geojson", 2, _geom(bowtie))
    with pytest.raises(LayerInvalidError) as info:
        _load(data)
    kinds = {(p.kind, p.line) for p in info.value.problems}
    assert (ProblemKind.GEOMETRY_INVALID, line) in kinds
    assert "Self-intersection" in str(info.value)


def test_sub_area_outside_its_parent_is_reported(data: Path) -> None:
    far = {"type": "Polygon", "coordinates": [[[120.70, 24.20], [120.71, 24.20],
                                               [120.71, 24.21], [120.70, 24.20]]]}
    line = _mutate(data / "zones.geojson", 1, _geom(far))  # central_park
    with pytest.raises(LayerInvalidError) as info:
        _load(data)
    assert [(p.kind, p.line, p.feature_id) for p in info.value.problems] == [
        (ProblemKind.BAD_PROPERTY, line, "central_park")]


def test_district_without_geocode_is_reported(data: Path) -> None:
    line = _mutate(data / "zones.geojson", 5, _props(geocode=None))
    with pytest.raises(LayerInvalidError) as info:
        _load(data)
    assert [(p.kind, p.line) for p in info.value.problems] == [(ProblemKind.BAD_PROPERTY, line)]


def test_declared_projected_crs_rejects_the_layer(data: Path) -> None:
    path = data / "roads.geojson"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("urn:ogc:def:crs:OGC:1.3:CRS84", "EPSG:3826"), encoding="utf-8")
    with pytest.raises(LayerInvalidError) as info:
        _load(data)
    crs = [p for p in info.value.problems if p.kind is ProblemKind.CRS]
    assert len(crs) == 1
    assert crs[0].index == -1
    assert "EPSG:3826" in crs[0].message


def test_every_problem_is_listed_not_just_the_first(data: Path) -> None:
    path = data / "sensors.geojson"
    _mutate(path, _index_of(path, "SN-RG-001"), _props(agency="army"))
    _mutate(path, _index_of(path, "SN-RG-002"), _geom(None))
    _mutate(data / "roads.geojson", 0, _props(name_en=""))
    with pytest.raises(LayerInvalidError) as info:
        _load(data)
    assert info.value.kinds == {ProblemKind.BAD_PROPERTY, ProblemKind.GEOMETRY_MISSING}
    assert len(info.value.problems) == 3


def test_not_json_names_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "x.geojson"
    bad.write_text('{"type": "FeatureCollection",\n "features": [\n {oops}]}', encoding="utf-8")
    with pytest.raises(LayerReadError) as info:
        read_layer(bad)
    assert info.value.line == 3


def test_not_a_feature_collection(tmp_path: Path) -> None:
    bad = tmp_path / "x.geojson"
    bad.write_text('{"type": "Feature"}', encoding="utf-8")
    with pytest.raises(LayerReadError):
        read_layer(bad)


def test_line_numbers_survive_pretty_printing(tmp_path: Path) -> None:
    doc = json.loads((DATA_DIR / "roads.geojson").read_text(encoding="utf-8"))
    doc["note"] = 'a "features" word in a string must not confuse the scanner'
    pretty = tmp_path / "roads.geojson"
    pretty.write_text(json.dumps(doc, indent=2, ensure_ascii=False), encoding="utf-8")
    layer = read_layer(pretty)
    lines = pretty.read_text(encoding="utf-8").split("\n")
    for f in layer.features:
        assert lines[f.line - 1].strip() == "{"
        assert f.data["properties"]["road_id"] in "\n".join(lines[f.line:f.line + 8])


# --------------------------------------------------------------------------- fuzzing

_SHIPPED = load_dataset()
_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner,
                                                                  max_size=4),
    max_leaves=12,
)
_good = json.loads((DATA_DIR / "sensors.geojson").read_text(encoding="utf-8"))["features"]


@st.composite
def _feature(draw: st.DrawFn) -> Any:
    base = json.loads(json.dumps(draw(st.sampled_from(_good))))
    for key in draw(st.lists(st.sampled_from(sorted(base["properties"])), max_size=3)):
        base["properties"][key] = draw(_json)
    if draw(st.booleans()):
        base["properties"]["metadata"] = draw(_json)
    if draw(st.integers(0, 3)) == 0:
        base["geometry"] = draw(_json)
    if draw(st.integers(0, 5)) == 0:
        base = draw(_json)
    return base


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_feature(), min_size=1, max_size=6))
def test_any_feature_is_either_accepted_or_reported(features: list[Any]) -> None:
    layer = RawLayer("fuzz.geojson", None,
                     tuple(RawFeature(i, i + 2, f) for i, f in enumerate(features)))
    sensors, problems = validate_sensors(layer, _SHIPPED.zones, _SHIPPED.roads)
    # Every feature ends up either as a sensor or behind its problems, never both or neither.
    reported = {p.index for p in problems}
    assert len(sensors) + len(reported) == len(features)
    assert all(0 <= p.index < len(features) for p in problems)
    accepted = {s.sensor_id for s in sensors}
    assert len(accepted) == len(sensors)  # never two sensors with one id


def test_coverage_layers_are_validated(tmp_path: Path) -> None:
    from geo.loaders import validate_coverage_layers

    assert validate_coverage_layers() == []
    pop = tmp_path / "population.geojson"
    sec = tmp_path / "base_stations.geojson"
    shutil.copy(DATA_DIR / "population.geojson", pop)
    shutil.copy(DATA_DIR / "base_stations.geojson", sec)
    bad_pop = _mutate(pop, 3, _props(population=-5))
    dup_sector = _mutate(sec, 1, _props(sector=1))  # station BS0001 has sector 1 twice now
    problems = validate_coverage_layers(pop, sec)
    assert [(p.kind, p.line, p.path.endswith(name)) for p, name in
            zip(problems, ["population.geojson", "base_stations.geojson"], strict=True)] == [
        (ProblemKind.BAD_PROPERTY, bad_pop, True),
        (ProblemKind.DUPLICATE_ID, dup_sector, True),
    ]
