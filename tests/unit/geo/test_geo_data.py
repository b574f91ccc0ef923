"""The shipped layers: valid geometry, precision notes, stated areas, sourced totals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from shapely.geometry import shape

from geo.crs import distance_m, geometry_to_twd97
from geo.loaders import DATA_DIR, load_dataset, load_zones
from geo.models import SensorKind
from geo.zones import ZoneLevel

LAYERS = ["zones", "roads", "sensors", "population", "base_stations"]


def _features(name: str) -> list[dict[str, object]]:
    doc = json.loads((DATA_DIR / f"{name}.geojson").read_text(encoding="utf-8"))
    feats = doc["features"]
    assert isinstance(feats, list)
    return feats


@pytest.mark.parametrize("layer", LAYERS)
def test_every_shipped_geometry_is_valid_and_carries_a_precision_note(layer: str) -> None:
    feats = _features(layer)
    assert feats
    for f in feats:
        geom = shape(f["geometry"])
        assert geom.is_valid, (layer, f["properties"])
        assert not geom.is_empty
        props = f["properties"]
        assert isinstance(props, dict)
        assert str(props.get("precision", "")).strip(), (layer, props)


def test_shipped_registry_loads_without_problems() -> None:
    ds = load_dataset()
    assert len(ds.sensors) == len(_features("sensors"))
    assert {s.kind for s in ds.sensors} == set(SensorKind)


def test_stated_areas_hold_within_the_noted_one_percent() -> None:
    zones = load_zones()
    stated = {z.zone_id: z for z in zones if z.area_ha_stated is not None}
    assert set(stated) == {"shuinan", "central_park"}
    for z in stated.values():
        assert z.area_ha_stated is not None
        assert "1 %" in z.precision
        assert abs(z.area_ha - z.area_ha_stated) <= 0.01 * z.area_ha_stated, z.zone_id


def test_sub_areas_tile_the_zone() -> None:
    zones = load_zones()
    zone = geometry_to_twd97(zones.get("shuinan").geometry)
    subs = [geometry_to_twd97(z.geometry) for z in zones.of_level(ZoneLevel.SUB_AREA)]
    assert abs(sum(s.area for s in subs) - zone.area) < 0.001 * zone.area
    for i, a in enumerate(subs):
        for b in subs[i + 1:]:
            assert a.intersection(b).area < 1.0  # shared edges only (m²)


def test_districts_carry_the_cap_geocodes() -> None:
    zones = load_zones()
    codes = {z.zone_id: z.geocode for z in zones.of_level(ZoneLevel.DISTRICT)}
    assert codes == {"xitun": "6600600", "beitun": "6600800"}  # DOMAIN.md §1.4


def test_the_registry_has_what_the_feeds_need() -> None:
    ds = load_dataset()
    by_id = {s.sensor_id: s for s in ds.sensors}
    assert by_id["C0F9T0"].kind is SensorKind.RAIN
    ponds = [s for s in ds.sensors if s.kind is SensorKind.FLOOD
             and s.metadata.get("site") == "detention_pond"]
    assert len(ponds) == 5  # the park's five detention ponds (DOMAIN.md §1.1)
    assert all(s.sub_area == "central_park" for s in ponds)
    corridors = {s.metadata["corridor"] for s in ds.sensors if s.kind is SensorKind.VD}
    assert {"huanzhong", "zhongqing", "henan", "jingmao", "zhongping", "kaixuan"} <= corridors
    for s in ds.sensors:
        if s.kind is SensorKind.WATER_LEVEL:
            lv = s.metadata["alert_levels_m"]
            assert lv["1"] > lv["2"] > lv["3"]
        if s.kind in (SensorKind.FIRE_ALARM, SensorKind.SIGNAL, SensorKind.CCTV):
            assert s.expected_interval_s is None  # event-only devices


def test_every_device_names_the_gateway_it_reaches_the_center_through() -> None:
    """docs/geo.md, "Gateways": the park's two field cabinets, a signal cabinet per intersection
    (its signal, its camera, detectors within 150 m), else a device's own link; the devices
    of one gateway lie close enough for one cabinet (1 km: a LoRaWAN gateway's reach in a park)."""
    ds = load_dataset()
    by_gateway: dict[str, list[tuple[str, float, float]]] = {}
    for s in ds.sensors:
        gw = s.metadata.get("gateway")
        assert isinstance(gw, str), s.sensor_id
        by_gateway.setdefault(gw, []).append((s.sensor_id, s.lon, s.lat))
    park = {"GW-CP-N01": {"SN-FL-001", "SN-FL-002", "SN-WL-001", "SN-RG-001", "SN-PK-004"},
            "GW-CPS-01": {"SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-WL-002", "SN-PK-005"}}
    for gw, sids in park.items():
        assert {sid for sid, _, _ in by_gateway[gw]} == sids
    for gw, devices in by_gateway.items():
        if gw.startswith("UPLINK-"):
            assert [sid for sid, _, _ in devices] == [gw.removeprefix("UPLINK-")]
        for _, lon1, lat1 in devices:
            for _, lon2, lat2 in devices:
                assert distance_m(lon1, lat1, lon2, lat2) < 1000, gw
        if gw.startswith("TB-CAB-"):
            n = gw.removeprefix("TB-CAB-")
            assert {f"SN-SIG-{n}", f"SN-CCTV-{n}"} <= {sid for sid, _, _ in devices}


def test_anchor_points_sit_on_their_roads() -> None:
    # 經貿路二段 × 環中路二段 (DOMAIN.md §1.2) is a vertex of both shipped lines.
    ds = load_dataset()
    roads = {r.road_id: r for r in ds.roads}
    for rid in ("huanzhong", "jingmao"):
        line = roads[rid].geometry
        nearest = min(distance_m(120.65345, 24.19848, x, y) for x, y in line.coords)
        assert nearest < 0.5


def test_population_reproduces_the_sourced_totals() -> None:
    from geo.loaders import load_population

    pop = load_population()
    totals = pop.groupby("year")["population"].sum().to_dict()
    assert totals == {2015: 2_744_445, 2016: 2_767_239}  # DOMAIN.md §5


def test_generator_reproduces_the_shipped_files(tmp_path: Path) -> None:
    import importlib.util

    script = Path(__file__).resolve().parents[3] / "scripts" / "make_geo_seed.py"
    spec = importlib.util.spec_from_file_location("make_geo_seed", script)
    assert spec is not None
    assert spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.__dict__["HERE"] = tmp_path  # write into tmp_path, not the repository
    mod.__dict__["main"]()
    for layer in LAYERS:
        built = (tmp_path / f"{layer}.geojson").read_text(encoding="utf-8")
        assert built == (DATA_DIR / f"{layer}.geojson").read_text(encoding="utf-8"), layer
