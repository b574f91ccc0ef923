"""The registry reader: typed sensors from contract 1 GeoJSON, and clear errors."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from sim.errors import RegistryError
from sim.registry import AlertLevels, Registry, load_registry, parse_registry

DATA = Path(__file__).parent / "data"


def _doc() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads((DATA / "sensors.geojson").read_text(encoding="utf-8"))
    return doc


def test_reads_typed_sensors_sorted_by_id(registry: Registry) -> None:
    ids = [s.sensor_id for s in registry]
    assert ids == sorted(ids)
    assert len(registry) == 18
    pond = registry.get("T-WL-POND")
    assert pond.alert_levels_m == AlertLevels(3.0, 2.5, 2.0)
    assert pond.site == "detention_pond"
    assert pond.topic == "soc/v1/disaster/water_level/T-WL-POND"
    assert pond.status_topic == "soc/v1/disaster/water_level/T-WL-POND/status"
    vd = registry.get("T-VD-HZ-1")
    assert (vd.lanes, vd.corridor, vd.expected_interval_s) == (3, "huanzhong", 60)
    park = registry.get("T-PK-VENUE")
    assert (park.total_car, park.total_motor) == (800, 600)
    assert registry.get("T-FA-1").expected_interval_s is None
    assert not registry.get("T-FA-1").periodic


def test_alert_levels_reached() -> None:
    levels = AlertLevels(3.0, 2.5, 2.0)
    assert levels.reached(1.99) is None
    assert levels.reached(2.0) == 3
    assert levels.reached(2.7) == 2
    assert levels.reached(3.2) == 1


def test_nearest_ranks_by_distance(registry: Registry) -> None:
    near = registry.nearest("parking", 120.6548, 24.1938, 2)
    assert [s.sensor_id for s in near] == ["T-PK-VENUE", "T-PK-FAR"]


def test_unknown_sensor_is_an_error(registry: Registry) -> None:
    with pytest.raises(RegistryError) as err:
        registry.get("nope")
    assert err.value.sensor_id == "nope"


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda f: f["properties"].update(kind="vd"), "is not a kind of agency"),
        (lambda f: f["properties"].update(agency="weather"), "is not a kind of agency"),
        (lambda f: f["properties"].pop("sensor_id"), "without a sensor_id"),
        (lambda f: f.update(geometry={"type": "LineString", "coordinates": [[0, 0], [1, 1]]}), "Point"),
        (lambda f: f["properties"].update(expected_interval_s="600"), "must be an integer"),
        (lambda f: f["properties"].update(expected_interval_s=0), "must be positive"),
        (
            lambda f: f["properties"]["metadata"].update(alert_levels_m={"1": 1.0, "2": 2.0, "3": 3.0}),
            "must fall from 1 to 3",
        ),
        (lambda f: f["properties"]["metadata"].pop("alert_levels_m"), "needs alert_levels_m"),
    ],
)
def test_malformed_features_are_rejected(mutate: Any, message: str) -> None:
    doc = _doc()
    pond = next(f for f in doc["features"] if f["properties"]["sensor_id"] == "T-WL-POND")
    mutate(pond)
    with pytest.raises(RegistryError, match=message):
        parse_registry(doc)


def test_duplicate_ids_are_rejected() -> None:
    doc = _doc()
    doc["features"].append(copy.deepcopy(doc["features"][0]))
    with pytest.raises(RegistryError, match="duplicate sensor_id T-RG-1"):
        parse_registry(doc)


def test_not_a_feature_collection() -> None:
    with pytest.raises(RegistryError, match="FeatureCollection"):
        parse_registry({"type": "Feature"})


def test_missing_file_names_the_path(tmp_path: Path) -> None:
    path = tmp_path / "absent.geojson"
    with pytest.raises(RegistryError) as err:
        load_registry(path)
    assert err.value.path == path


def test_project_registry_has_every_role_the_scenarios_use() -> None:
    """The geo engineer's registry (contract 1) loads and casts every scenario role."""
    reg = load_registry(Path(__file__).parents[3] / "geo" / "data" / "sensors.geojson")
    assert reg.of_kind("rain")
    assert any(s.site == "detention_pond" for s in reg.of_kind("flood"))
    assert any(s.site in {"underpass", "low_point"} for s in reg.of_kind("flood"))
    assert all(s.alert_levels_m for s in reg.of_kind("water_level"))
    corridors = {s.corridor for s in reg.of_kind("vd")}
    assert {"huanzhong", "zhongqing"} <= corridors
    assert any("會展" in s.name for s in reg)
    assert reg.of_kind("cctv")
    assert reg.of_kind("signal")
