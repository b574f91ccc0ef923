"""Build the seed geography of the 水湳 demonstration zone (``geo/data/*.geojson``).

The GeoJSON files in ``geo/data/`` are the artefacts the rest of the project
reads; this script is how they were made, so that a correction (a better anchor
point, a sourced boundary) is one edit and one run::

    .venv/bin/python scripts/make_geo_seed.py

Every feature carries a ``precision`` note. Facts come from ``../shared/DOMAIN.md``
(cited by section); everything else is marked GUESS (an invented but plausible
value), DERIVED (computed from sourced facts) or SYNTHETIC (a model, only its
totals are sourced). Identifiers prefixed ``SN-`` are fixtures, not real station
codes; ``C0F9T0`` is the real CWA id of the 西屯 station (DOMAIN.md §2.4).

Metric work (scaling polygons to a stated area, sector wedges, grid cells) is
done in TWD97 / TM2 (EPSG:3826); output is WGS84 lon/lat rounded to 1e-6° (~0.1 m).
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import shapely
from pyproj import Transformer
from shapely import affinity
from shapely.geometry import LineString, MultiPolygon, Point, Polygon, box, mapping
from shapely.ops import unary_union

HERE = Path(__file__).resolve().parents[1] / "geo" / "data"

_TO_3826 = Transformer.from_crs(4326, 3826, always_xy=True)
_TO_4326 = Transformer.from_crs(3826, 4326, always_xy=True)

# Sourced city totals (DOMAIN.md §5): end-2015 MOI figure, end-2016 主計處 figure.
POPULATION_TOTALS = {2015: 2_744_445, 2016: 2_767_239}


def to_m(geom: Any) -> Any:
    """WGS84 geometry → EPSG:3826 metres."""
    return shapely.transform(geom, _TO_3826.transform, interleaved=False)


def to_deg(geom: Any) -> Any:
    """EPSG:3826 geometry → WGS84 lon/lat."""
    return shapely.transform(geom, _TO_4326.transform, interleaved=False)


def _round(obj: Any, nd: int = 6) -> Any:
    if isinstance(obj, float):
        return round(obj, nd)
    if isinstance(obj, list | tuple):
        return [_round(v, nd) for v in obj]
    if isinstance(obj, dict):
        return {k: _round(v, nd) for k, v in obj.items()}
    return obj


def scaled_to_area(poly_deg: Polygon, area_ha: float) -> Polygon:
    """Scale a lon/lat polygon about its centroid (in metres) to ``area_ha`` hectares."""
    m = to_m(poly_deg)
    factor = math.sqrt(area_ha * 10_000 / m.area)
    return to_deg(affinity.scale(m, factor, factor, origin="centroid"))


def clean(geom_deg: Any, min_part_m2: float = 100.0) -> Any:
    """Snap a lon/lat polygon to the 1e-6° output grid and drop slivers under ``min_part_m2``.

    Cutting the zone by boxes leaves hair-thin remnants that become invalid once
    coordinates are rounded; they are artefacts, not places.
    """
    snapped = shapely.set_precision(geom_deg, 1e-6)
    parts = list(getattr(snapped, "geoms", [snapped]))
    keep = [p for p in parts if isinstance(p, Polygon) and to_m(p).area >= min_part_m2]
    return keep[0] if len(keep) == 1 else MultiPolygon(keep)


def feature(geom: Any, props: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "Feature",
        "properties": props,
        "geometry": _round(json.loads(json.dumps(mapping(geom)))),
    }


def write(name: str, features: list[dict[str, Any]], note: str) -> None:
    fc = {
        "type": "FeatureCollection",
        "name": name,
        "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}},
        "note": note,
        "features": features,
    }
    text = json.dumps(fc, ensure_ascii=False, indent=None, separators=(",", ":"))
    # One feature per line so that loader errors can name a line a person can find.
    text = text.replace(',"features":[{', ',"features":[\n{')
    text = text.replace('},{"type":"Feature"', '},\n{"type":"Feature"')
    (HERE / f"{name}.geojson").write_text(text + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- zones

# DOMAIN.md §1.3 rough polygon (GUESS ±500 m, N edge from the §1.2 環中路 intersections).
_ZONE_OUTLINE = Polygon(
    [
        (120.6472, 24.1959), (120.6535, 24.1985), (120.6595, 24.1955), (120.6605, 24.1850),
        (120.6590, 24.1745), (120.6545, 24.1715), (120.6505, 24.1755), (120.6510, 24.1860),
    ]
)
# DOMAIN.md §1.3 Central Park strip (GUESS ±300 m) on the old runway axis.
_PARK_STRIP = box(120.6544, 24.1745, 120.6584, 24.1900)


def build_zones() -> tuple[list[dict[str, Any]], Polygon]:
    zone = scaled_to_area(_ZONE_OUTLINE, 254.0)
    park = scaled_to_area(_PARK_STRIP, 67.34)
    park_w, _park_s, park_e, park_n = park.bounds
    north = zone.intersection(box(120.60, park_n, 120.70, 24.25))
    west = zone.intersection(box(120.60, 24.10, park_w, park_n))
    east_box = box(park_e, 24.10, 120.70, park_n)
    rest = zone.difference(unary_union([north, park, west, east_box]))
    east = unary_union([zone.intersection(east_box), rest])
    zone, park, north, west, east = (clean(g) for g in (zone, park, north, west, east))
    zone_note = (
        "GUESS ±500 m: outline of DOMAIN.md §1.3 (N edge from the §1.2 環中路 intersection "
        "coordinates, other vertices inferred) scaled about its centroid in EPSG:3826 to the "
        "stated 254 ha (maa.com.tw; wiki gives 253.34 ha); area within 1 %"
    )
    park_note = (
        "GUESS ±300 m: DOMAIN.md §1.3 strip on the runway 18/36 axis scaled to the city "
        "figure 67.34 ha; the real park is sinuous; area within 1 %"
    )
    sub_note = (
        "DERIVED: the zone outline cut by the Central Park strip's bounds; inherits the "
        "zone's GUESS ±500 m; area not sourced"
    )
    feats = [
        feature(zone, {
            "zone_id": "shuinan", "name": "水湳經貿園區", "level": "zone",
            "name_en": "Shuinan Economic and Trade Park", "parent": None,
            "precision": zone_note, "geocode": None, "area_ha_stated": 254.0,
        }),
        feature(park, {
            "zone_id": "central_park", "name": "中央公園", "name_en": "Central Park",
            "level": "sub_area", "parent": "shuinan", "precision": park_note,
            "geocode": None, "area_ha_stated": 67.34,
        }),
        feature(north, {
            "zone_id": "north_hub", "name": "轉運中心・會展中心・綠美圖",
            "name_en": "Transit hub, convention centre and Green Museumbrary",
            "level": "sub_area", "parent": "shuinan",
            "precision": sub_note + "; ordering N→S hub, convention centre, Museumbrary, park "
            "from DOMAIN.md §1.1",
            "geocode": None, "area_ha_stated": None,
        }),
        feature(west, {
            "zone_id": "rd_education", "name": "創新研發・文教專用區",
            "name_en": "R&D and education area (west)", "level": "sub_area",
            "parent": "shuinan",
            "precision": sub_note + "; west side faces NCSIST/AIDC/Feng Chia (DOMAIN.md §1.1)",
            "geocode": None, "area_ha_stated": None,
        }),
        feature(east, {
            "zone_id": "eco_residential", "name": "生態住宅專用區",
            "name_en": "Eco-residential area (east and south)", "level": "sub_area",
            "parent": "shuinan",
            "precision": sub_note + "; includes the strip south of the park; placement of the "
            "residential zoning east of the park is a GUESS",
            "geocode": None, "area_ha_stated": None,
        }),
    ]
    # Districts: CAP Taiwan_Geocode_103 (DOMAIN.md §1.4). No boundary was sourced
    # (DOMAIN.md §8), so these are illustrative L-shapes sharing an edge that runs
    # N–S through the zone, as the CAP example listing both districts suggests.
    district_note = (
        "GUESS ±2 km: illustrative outline only, the real district boundary was not sourced "
        "(DOMAIN.md §8); geocode from DOMAIN.md §1.4 (Taiwan_Geocode_103, county 66)"
    )
    split = 120.6570
    xitun = Polygon([(120.600, 24.150), (split, 24.150), (split, 24.205), (120.600, 24.205)])
    beitun = Polygon(
        [(120.640, 24.205), (split, 24.205), (split, 24.160), (120.740, 24.160),
         (120.740, 24.235), (120.640, 24.235)]
    )
    feats.append(feature(xitun, {
        "zone_id": "xitun", "name": "西屯區", "name_en": "Xitun District", "level": "district",
        "parent": None, "precision": district_note, "geocode": "6600600",
        "county_geocode": "66", "area_ha_stated": None,
    }))
    feats.append(feature(beitun, {
        "zone_id": "beitun", "name": "北屯區", "name_en": "Beitun District", "level": "district",
        "parent": None, "precision": district_note, "geocode": "6600800",
        "county_geocode": "66", "area_ha_stated": None,
    }))
    return feats, park


# --------------------------------------------------------------------------- roads

_ANCHOR = "DOMAIN.md §1.2 anchor points (3rd-party map picks, ±30 m)"
ROADS: list[tuple[str, str, str, list[tuple[float, float]], str]] = [
    ("huanzhong", "環中路", "Huanzhong Road", [
        (120.63188, 24.17485), (120.6400, 24.1875), (120.64720, 24.19586),
        (120.64766, 24.19659), (120.65217, 24.19785), (120.65345, 24.19848),
        (120.6600, 24.1992), (120.6660, 24.1968)],
     f"vertices 1,3-6 from {_ANCHOR}; others GUESS ±300 m"),
    ("zhongqing", "中清路", "Zhongqing Road", [
        (120.6480, 24.2150), (120.6560, 24.2010), (120.6622, 24.1905),
        (120.6680, 24.1780), (120.6750, 24.1650)],
     "GUESS ±300 m: NW–SE arterial east of the zone past the 中清 interchange"),
    ("henan", "河南路", "Henan Road", [
        (120.6440, 24.1620), (120.6480, 24.1690), (120.6525, 24.1730)],
     "GUESS ±300 m: approach from the SW ending at the park's south end "
     "('略以河南路為界', DOMAIN.md §1.1; bus stop 河南路停車場)"),
    ("jingmao", "經貿路", "Jingmao Road", [
        (120.65345, 24.19848), (120.65496, 24.19582), (120.65685, 24.19247),
        (120.6592, 24.1840), (120.6605, 24.1725)],
     f"vertices 1-3 from {_ANCHOR}; southern part GUESS ±300 m"),
    ("zhongping", "中平路", "Zhongping Road", [
        (120.6480, 24.1712), (120.6545, 24.1708), (120.6600, 24.1735),
        (120.6700, 24.1760)],
     "GUESS ±300 m: south edge of the zone (DOMAIN.md §1.1, 經貿路–皇城街 segment)"),
    ("kaixuan", "凱旋路", "Kaixuan Road", [
        (120.64766, 24.19659), (120.64904, 24.19365), (120.6510, 24.1880),
        (120.6528, 24.1820)],
     f"vertices 1-2 from {_ANCHOR}; southern part GUESS ±300 m"),
    ("zhongke", "中科路", "Zhongke Road", [
        (120.65217, 24.19785), (120.6532, 24.1905), (120.6538, 24.1800)],
     f"vertex 1 from {_ANCHOR}; rest GUESS ±300 m (opened 2018, DOMAIN.md §1.1)"),
    ("liming", "黎明路", "Liming Road", [
        (120.6440, 24.1915), (120.64904, 24.19365), (120.65496, 24.19582),
        (120.6590, 24.1990)],
     f"vertices 2-3 from {_ANCHOR}; ends GUESS ±300 m"),
    ("taiwan_blvd", "臺灣大道", "Taiwan Boulevard", [
        (120.6150, 24.1880), (120.63188, 24.17485), (120.6500, 24.1600)],
     "vertex 2 from DOMAIN.md §1.2 (台灣大道 × 環中路); direction GUESS ±500 m"),
]


def _road(road_id: str) -> LineString:
    return LineString(next(c for rid, _n, _e, c, _p in ROADS if rid == road_id))


def crossing(a: str, b: str) -> tuple[float, float]:
    """Where two road lines cross (lon, lat): signals and cameras sit exactly there."""
    point = _road(a).intersection(_road(b))
    if not isinstance(point, Point):
        raise ValueError(f"roads {a} and {b} do not cross once: {point.wkt}")
    return (round(point.x, 6), round(point.y, 6))


def on_road(road_id: str, lon: float, lat: float) -> tuple[float, float]:
    """Snap a guessed position onto its corridor line (nearest point, in metres)."""
    line = to_m(_road(road_id))
    snapped = to_deg(line.interpolate(line.project(to_m(Point(lon, lat)))))
    return (round(snapped.x, 6), round(snapped.y, 6))


def build_roads() -> list[dict[str, Any]]:
    return [
        feature(LineString(coords), {
            "road_id": rid, "name": name, "name_en": name_en, "precision": precision,
        })
        for rid, name, name_en, coords, precision in ROADS
    ]


# --------------------------------------------------------------------------- sensors

# Intersections used by several kinds (lon, lat, zh, en, corridor, precision).
_X: dict[str, tuple[float, float, str, str, str, str]] = {
    "t74_hz": (120.64720, 24.19586, "台74線/環中路二段", "Hwy 74 / Huanzhong Rd", "huanzhong",
               "DOMAIN.md §1.2 anchor (±30 m)"),
    "kx_hz": (120.64766, 24.19659, "凱旋路/環中路二段", "Kaixuan Rd / Huanzhong Rd", "kaixuan",
              "DOMAIN.md §1.2 anchor (±30 m)"),
    "zk_hz": (120.65217, 24.19785, "中科路/環中路二段", "Zhongke Rd / Huanzhong Rd", "zhongke",
              "DOMAIN.md §1.2 anchor (±30 m)"),
    "jm_hz": (120.65345, 24.19848, "經貿路二段/環中路二段", "Jingmao Rd / Huanzhong Rd",
              "jingmao", "DOMAIN.md §1.2 anchor (±30 m)"),
    "jm_lm": (120.65496, 24.19582, "經貿路二段/黎明路三段", "Jingmao Rd / Liming Rd", "jingmao",
              "DOMAIN.md §1.2 anchor (±30 m)"),
    "jm_7": (120.65685, 24.19247, "經貿路二段/經貿七路", "Jingmao Rd / Jingmao 7th Rd",
             "jingmao", "DOMAIN.md §1.2 anchor (±30 m)"),
    "lm_kx": (120.64904, 24.19365, "黎明路三段/凱旋路", "Liming Rd / Kaixuan Rd", "kaixuan",
              "DOMAIN.md §1.2 anchor (±30 m)"),
    "zq_hz": (*crossing("zhongqing", "huanzhong"), "中清路/環中路", "Zhongqing Rd / Huanzhong Rd",
              "zhongqing",
              "GUESS ±300 m: crossing of the guessed road lines (named in DOMAIN.md §3.3)"),
    "tw_hz": (120.63188, 24.17485, "臺灣大道/環中路", "Taiwan Blvd / Huanzhong Rd",
              "huanzhong", "DOMAIN.md §1.2 anchor (±30 m)"),
    "hn_zp": (*crossing("henan", "zhongping"), "河南路/中平路", "Henan Rd / Zhongping Rd",
              "henan", "GUESS ±300 m: crossing of the guessed road lines"),
    "jm_zp": (*crossing("jingmao", "zhongping"), "經貿路/中平路", "Jingmao Rd / Zhongping Rd",
              "zhongping", "GUESS ±300 m: crossing of the guessed road lines"),
}

_POND_NOTE = (
    "GUESS ±200 m: one of the 5 detention ponds (180,755 t in total, DOMAIN.md §1.1) "
    "placed along the park strip; real pond positions not sourced"
)
_BUILDING_NOTE = (
    "GUESS ±200 m: official coordinates not found (DOMAIN.md §8); placed by the N→S "
    "ordering hub → convention centre → Museumbrary → park (DOMAIN.md §1.3)"
)


def _wl(l1: float, l2: float, l3: float) -> dict[str, Any]:
    # Level 1 is the most severe and therefore the highest (DOMAIN.md §2).
    assert l1 > l2 > l3
    return {"alert_levels_m": {"1": l1, "2": l2, "3": l3}}


def sensor_rows(park: Polygon) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []

    def add(  # noqa: PLR0917 - one positional column per registry field keeps the tables short
        sid: str, agency: str, kind: str, lon: float, lat: float, name: str,
            name_en: str, interval: int | None, metadata: dict[str, Any], precision: str) -> None:
        rows.append({
            "sensor_id": sid, "agency": agency, "kind": kind, "name": name,
            "name_en": name_en, "expected_interval_s": interval, "metadata": metadata,
            "precision": precision, "_lonlat": (lon, lat),
        })

    # Rain gauges: CWA automatic stations report every 10 minutes (MIN_10, DOMAIN.md §2.4).
    add("C0F9T0", "disaster", "rain", 120.6420, 24.1795, "西屯", "Xitun (CWA)", 600,
        {"authority": "中央氣象局", "network": "CWA"},
        "station id real (DOMAIN.md §2.4); location GUESS ±1 km, not sourced")
    add("SN-RG-001", "disaster", "rain", 120.6565, 24.1830, "中央公園雨量站",
        "Central Park rain gauge", 600, {"authority": "水利署（與縣市政府合建）"},
        "fixture station; GUESS ±200 m inside the park")
    add("SN-RG-002", "disaster", "rain", 120.6535, 24.1968, "水湳轉運中心雨量站",
        "Shuinan transit hub rain gauge", 600, {"authority": "臺中市政府水利局"},
        "fixture station; GUESS ±200 m near the hub (DOMAIN.md §1.2 接駁區 anchor)")
    add("SN-RG-003", "disaster", "rain", 120.6850, 24.1900, "北屯雨量站", "Beitun rain gauge",
        600, {"authority": "臺中市政府水利局"}, "fixture station; GUESS ±1 km")

    # Water level: detention ponds, regional drainage, rivers (levels fixture values).
    add("SN-WL-001", "disaster", "water_level", 120.6562, 24.1880, "中央公園北滯洪池水位",
        "Central Park north detention pond level", 600,
        {**_wl(3.0, 2.5, 2.0), "site": "detention_pond", "station_type": "滯洪池"},
        _POND_NOTE + "; alert levels fixture (m above pond floor)")
    add("SN-WL-002", "disaster", "water_level", 120.6566, 24.1775, "中央公園南滯洪池水位",
        "Central Park south detention pond level", 600,
        {**_wl(3.0, 2.5, 2.0), "site": "detention_pond", "station_type": "滯洪池"},
        _POND_NOTE + "; alert levels fixture (m above pond floor)")
    add("SN-WL-003", "disaster", "water_level", 120.6598, 24.1800, "水湳區域排水經貿路水位",
        "Shuinan drainage at Jingmao Rd", 600,
        {**_wl(2.2, 1.8, 1.4), "site": "drainage", "station_type": "區域排水水位站"},
        "fixture station; GUESS ±300 m; alert levels fixture (m above invert)")
    add("SN-WL-004", "disaster", "water_level", 120.6200, 24.1700, "筏子溪西屯水位",
        "Fazi River at Xitun", 600,
        {**_wl(98.6, 97.9, 97.2), "site": "river", "station_type": "河川水位站"},
        "fixture station on a real river; location GUESS ±1 km; levels fixture (m, datum)")
    add("SN-WL-005", "disaster", "water_level", 120.6950, 24.1850, "旱溪北屯水位",
        "Han River at Beitun", 600,
        {**_wl(112.4, 111.8, 111.1), "site": "river", "station_type": "河川水位站"},
        "fixture station on a real river; location GUESS ±1 km; levels fixture (m, datum)")

    # Flood depth: the 5 Central Park detention ponds, then low points and underpasses.
    pw, ps, pe, pn = park.bounds
    cx = (pw + pe) / 2
    for i in range(5):
        lat = pn - (pn - ps) * (0.1 + 0.2 * i)
        lon = cx + (0.0008 if i % 2 else -0.0008)
        add(f"SN-FL-{i + 1:03d}", "disaster", "flood", round(lon, 6), round(lat, 6),
            f"中央公園滯洪池{i + 1}", f"Central Park detention pond {i + 1}", 600,
            {"site": "detention_pond", "pond": i + 1}, _POND_NOTE)
    lows = [
        ("SN-FL-006", *crossing("zhongqing", "huanzhong"), "中清環中路口地下道",
         "Zhongqing/Huanzhong underpass",
         "underpass"),
        ("SN-FL-007", 120.6528, 24.1742, "河南路低窪處", "Henan Rd low point", "low_point"),
        ("SN-FL-008", 120.6596, 24.1825, "經貿路低窪處", "Jingmao Rd low point", "low_point"),
        ("SN-FL-009", 120.6475, 24.1930, "黎明路凱旋路口低窪處", "Liming/Kaixuan low point",
         "low_point"),
        ("SN-FL-010", 120.6338, 24.1760, "臺灣大道環中路口地下道",
         "Taiwan Blvd/Huanzhong underpass", "underpass"),
    ]
    for sid, lon, lat, name, name_en, site in lows:
        add(sid, "disaster", "flood", lon, lat, name, name_en, 600, {"site": site},
            "fixture sensor; GUESS ±300 m: plausible low point, not a sourced flood spot")

    # Fire-alarm panels in public buildings (event-only: no expected interval).
    buildings = [
        ("SN-FA-001", 120.6528, 24.1972, "水湳轉運中心", "Shuinan transit hub"),
        ("SN-FA-002", 120.6546, 24.1948, "臺中國際會展中心 A棟", "Convention Center hall A"),
        ("SN-FA-003", 120.6556, 24.1940, "臺中國際會展中心 B棟", "Convention Center hall B"),
        ("SN-FA-004", 120.6570, 24.1915, "臺中綠美圖", "Taichung Green Museumbrary"),
        ("SN-FA-005", 120.6585, 24.1930, "臺灣智慧營運塔", "Taiwan Smart Operations Tower"),
        ("SN-FA-006", 120.6520, 24.1850, "臺中流行影音中心", "Taichung Pop Music Center"),
        ("SN-FA-007", 120.6566, 24.1880, "中央公園地下停車場", "Central Park underground car park"),
        ("SN-FA-008", 120.6590, 24.1765, "水湳水資源回收中心", "Shuinan water reclamation centre"),
        ("SN-FA-009", 120.6520, 24.1790, "逢甲大學水湳校區", "Feng Chia Univ. Shuinan campus"),
        ("SN-FA-010", 120.6592, 24.1735, "中國醫藥大學水湳校區", "CMU Shuinan campus"),
    ]
    for sid, lon, lat, name, name_en in buildings:
        add(sid, "disaster", "fire_alarm", lon, lat, name + " 火警受信總機",
            name_en + " fire panel", None, {"building": name, "panel": "受信總機"}, _BUILDING_NOTE)
    # Fire-alarm panels of apartment blocks (fixtures: no building list was found, DOMAIN.md §8).
    homes = [
        ("SN-FA-011", 120.6588, 24.1840, "水湳生態住宅 A區 集合住宅", "Shuinan eco-residential block A",
         "臺中市北屯區經貿路三段 (fixture)", 180),
        ("SN-FA-012", 120.6590, 24.1815, "水湳生態住宅 B區 集合住宅", "Shuinan eco-residential block B",
         "臺中市北屯區敦化路一段 (fixture)", 96),
    ]
    for sid, lon, lat, name, name_en, address, households in homes:
        add(sid, "disaster", "fire_alarm", lon, lat, name + " 火警受信總機", name_en + " fire panel", None,
            {"building": name, "panel": "受信總機", "use": "residential", "address": address,
             "households": households},
            "GUESS ±200 m: fixture apartment blocks in the eco-residential sub-area (zones.geojson); "
            "no building list found (DOMAIN.md §8)")

    # Vehicle detectors (TDX VDLive UpdateInterval 60 s, DOMAIN.md §3.2).
    vds = [
        ("huanzhong", 120.6440, 24.1888, 6), ("huanzhong", 120.6500, 24.1972, 6),
        ("huanzhong", 120.6570, 24.1990, 6), ("huanzhong", 120.6375, 24.1840, 6),
        ("zhongqing", 120.6580, 24.1980, 4), ("zhongqing", 120.6650, 24.1842, 4),
        ("henan", 120.6470, 24.1672, 4), ("henan", 120.6510, 24.1720, 4),
        ("jingmao", 120.6542, 24.1966, 4), ("jingmao", 120.6590, 24.1860, 4),
        ("zhongping", 120.6515, 24.1710, 4), ("zhongping", 120.6650, 24.1748, 4),
        ("kaixuan", 120.6482, 24.1950, 4), ("kaixuan", 120.6518, 24.1850, 4),
        ("zhongke", 120.6535, 24.1860, 4), ("liming", 120.6520, 24.1948, 4),
    ]
    names = {rid: (name, name_en) for rid, name, name_en, _c, _p in ROADS}
    counter: dict[str, int] = {}
    for corridor, guess_lon, guess_lat, lanes in vds:
        lon, lat = on_road(corridor, guess_lon, guess_lat)
        counter[corridor] = counter.get(corridor, 0) + 1
        n = counter[corridor]
        zh, en = names[corridor]
        add(f"SN-VD-{corridor.upper()}-{n:02d}", "traffic", "vd", lon, lat, f"{zh}車輛偵測器{n}",
            f"{en} vehicle detector {n}", 60,
            {"lanes": lanes, "corridor": corridor, "bidirectional": True},
            "fixture VD; GUESS ±100 m along the corridor line (roads.geojson)")

    # CCTV (analytics events) and signals (fault/restored events) at intersections.
    for i, key in enumerate(["t74_hz", "kx_hz", "zk_hz", "jm_hz", "jm_lm", "jm_7", "lm_kx",
                             "zq_hz", "tw_hz", "hn_zp", "jm_zp"]):
        lon, lat, zh, en, corridor, precision = _X[key]
        add(f"SN-CCTV-{i + 1:03d}", "police", "cctv", lon + 0.00008, lat + 0.00005,
            f"{zh} 路口監視器", f"{en} CCTV", None, {"corridor": corridor, "analytics": True},
            precision + "; camera offset ~10 m from the intersection centre")
        add(f"SN-SIG-{i + 1:03d}", "traffic", "signal", lon, lat, f"{zh} 號誌", f"{en} signal",
            None, {"corridor": corridor, "type": "three_colour"}, precision)

    # Off-street parking (availability polled; 120 s is a GUESS for the city feed).
    lots = [
        ("SN-PK-001", 120.65280, 24.19740, "水湳轉運中心停車場", "Shuinan transit hub car park",
         614, 1253, "location DOMAIN.md §1.2 接駁區 anchor; 614 car / 1,253 scooter (§1.1)"),
        ("SN-PK-002", 120.65491, 24.19560, "經貿六停車場", "Jingmao 6 car park", 220, 300,
         "location DOMAIN.md §1.2 anchor; capacities GUESS"),
        ("SN-PK-003", 120.6530, 24.1745, "河南路停車場", "Henan Rd car park", 300, 120,
         "location GUESS ±300 m (bus stop, DOMAIN.md §1.1); capacities: §7.6 fixture"),
        ("SN-PK-004", 120.6566, 24.1885, "中央公園地下停車場(北)", "Central Park car park north",
         450, 300, "location GUESS ±300 m; capacities GUESS"),
        ("SN-PK-005", 120.6560, 24.1790, "中央公園地下停車場(南)", "Central Park car park south",
         400, 250, "location GUESS ±300 m; capacities GUESS"),
        ("SN-PK-006", 120.6548, 24.1938, "臺中國際會展中心停車場", "Convention Center car park",
         800, 600, "location GUESS ±200 m; capacities GUESS"),
    ]
    for sid, lon, lat, name, name_en, car, motor, precision in lots:
        add(sid, "traffic", "parking", lon, lat, name, name_en, 120,
            {"total_car": car, "total_motor": motor}, precision + "; interval 120 s GUESS")
    return rows


# Gateways (``metadata.gateway``: what a device reaches the center through, so what takes
# several devices down at once; docs/geo.md). Every assignment is a GUESS: no cabinet,
# gateway or feeder list of the zone was found (DOMAIN.md §8).
#: Central Park's two field cabinets, each with a LoRaWAN gateway and its uplink: the north
#: half's ponds, pond level, rain gauge and car park, and the south half's (the split the
#: labelled situations' authors drew: 1135, 1176, 1256).
_PARK_CABINETS = {
    "GW-CP-N01": ("SN-FL-001", "SN-FL-002", "SN-WL-001", "SN-RG-001", "SN-PK-004"),
    "GW-CPS-01": ("SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-WL-002", "SN-PK-005"),
}
#: A vehicle detector this close to an intersection hangs on its signal cabinet.
_CABINET_REACH_M = 150.0


def gateway_of(rows: list[dict[str, Any]]) -> dict[str, str]:
    """Each device's gateway: a park cabinet (:data:`_PARK_CABINETS`); an intersection's signal
    cabinet (``TB-CAB-NNN``, the number of its signal: the controller's fibre carries the
    signal, the camera beside it and any vehicle detector within :data:`_CABINET_REACH_M`);
    else the device's own link (``UPLINK-<sensor_id>``: a cellular modem, a building's 119
    line or a roadside cabinet of its own, shared with no other device)."""
    out = {sid: gw for gw, sids in _PARK_CABINETS.items() for sid in sids}
    signals = {r["sensor_id"]: to_m(Point(*r["_lonlat"])) for r in rows if r["kind"] == "signal"}
    for r in rows:
        sid = r["sensor_id"]
        if sid in out:
            continue
        if r["kind"] in ("signal", "cctv"):
            out[sid] = "TB-CAB-" + sid.rsplit("-", 1)[1]
            continue
        if r["kind"] == "vd":
            here = to_m(Point(*r["_lonlat"]))
            near = min(signals, key=lambda s: here.distance(signals[s]))
            if here.distance(signals[near]) <= _CABINET_REACH_M:
                out[sid] = "TB-CAB-" + near.rsplit("-", 1)[1]
                continue
        out[sid] = f"UPLINK-{sid}"
    return out


def build_sensors(park: Polygon) -> list[dict[str, Any]]:
    out = []
    rows = sensor_rows(park)
    gateways = gateway_of(rows)
    for row in rows:
        lon, lat = row.pop("_lonlat")
        row["metadata"] = {**row["metadata"], "gateway": gateways[row["sensor_id"]]}
        out.append(feature(Point(lon, lat), row))
    return out


# --------------------------------------------------------------------------- population

# Centres of a SYNTHETIC density model: (lon, lat, weight, scale km). Taichung's
# downtown, the Xitun/Beitun belt and the satellite towns (豐原 from DOMAIN.md §2.4's
# station coordinate; others GUESS).
_CENTRES = [
    (120.680, 24.145, 1.00, 5.0),   # 中區 / downtown (GUESS)
    (120.645, 24.180, 0.55, 4.0),   # 西屯 / 水湳 (GUESS)
    (120.700, 24.185, 0.45, 4.0),   # 北屯 (GUESS)
    (120.720, 24.254, 0.30, 3.0),   # 豐原 (DOMAIN.md §2.4 C0F9M0 coordinate)
    (120.560, 24.240, 0.20, 3.0),   # 沙鹿 / 海線 (GUESS)
    (120.700, 24.060, 0.20, 3.0),   # 大里 / 霧峰 (GUESS)
    (120.620, 24.350, 0.12, 3.0),   # 大甲 (GUESS)
]
_CELL_M = 2500.0


def _density(lon: float, lat: float) -> float:
    p = to_m(Point(lon, lat))
    d = 0.002  # rural floor
    for clon, clat, w, scale in _CENTRES:
        c = to_m(Point(clon, clat))
        d += w * math.exp(-p.distance(c) / (scale * 1000.0))
    return d


def build_population() -> tuple[list[dict[str, Any]], list[tuple[Polygon, float]]]:
    # A grid over a box of about the city's area (2,214.90 km², DOMAIN.md §1.1), west edge
    # at the coast; cells in EPSG:3826 so every cell is exactly 2.5 km × 2.5 km.
    sw = to_m(Point(120.53, 24.00))
    ne = to_m(Point(121.00, 24.40))
    cells: list[Polygon] = []
    y = sw.y
    while y < ne.y:
        x = sw.x
        while x < ne.x:
            cells.append(box(x, y, x + _CELL_M, y + _CELL_M))
            x += _CELL_M
        y += _CELL_M
    weights = [_density(*to_deg(c.centroid).coords[0]) for c in cells]
    total_w = sum(weights)
    feats: list[dict[str, Any]] = []
    by_cell_2016: list[tuple[Polygon, float]] = []
    for year, total in POPULATION_TOTALS.items():
        # Largest-remainder rounding so the integer cells sum exactly to the sourced total.
        raw = [w / total_w * total for w in weights]
        ints = [math.floor(r) for r in raw]
        order = sorted(range(len(raw)), key=lambda i: raw[i] - ints[i], reverse=True)
        for i in order[: total - sum(ints)]:
            ints[i] += 1
        assert sum(ints) == total
        for i, (cell, pop) in enumerate(zip(cells, ints, strict=True)):
            feats.append(feature(to_deg(cell), {
                "cell_id": f"G{i:04d}", "year": year, "population": pop,
                "precision": "SYNTHETIC: 2.5 km grid, density model; only the city total "
                f"({total:,} end-{year}, DOMAIN.md §5) is sourced",
            }))
            if year == 2016:
                by_cell_2016.append((cell, float(pop)))
    return feats, by_cell_2016


def _sector(centre: Point, azimuth_deg: float, width_deg: float, radius_m: float) -> Polygon:
    pts = [(centre.x, centre.y)]
    steps = 12
    for k in range(steps + 1):
        a = math.radians(azimuth_deg - width_deg / 2 + width_deg * k / steps)
        # Azimuth clockwise from grid north.
        pts.append((centre.x + radius_m * math.sin(a), centre.y + radius_m * math.cos(a)))
    return Polygon(pts)


def build_base_stations(cells: list[tuple[Polygon, float]]) -> list[dict[str, Any]]:
    """SYNTHETIC 4G sites: three 120° sectors on the densest cells until ~96 % is covered.

    Target between the 2015 operator statistic (97.17 % of population, DOMAIN.md §1 plan
    figures) and the 2013 ">90 %" statement (DOMAIN.md §5).
    """
    total = sum(p for _c, p in cells)
    ranked = sorted(cells, key=lambda cp: cp[1] / cp[0].area, reverse=True)
    feats: list[dict[str, Any]] = []
    covered = 0.0
    for site, (cell, pop) in enumerate(ranked, start=1):
        if covered / total >= 0.96:
            break
        centre = cell.centroid
        radius = 1800.0
        for s, az in enumerate((0.0, 120.0, 240.0)):
            wedge = _sector(centre, az, 120.0, radius)
            feats.append(feature(to_deg(wedge), {
                "station_id": f"BS{site:04d}", "sector": s + 1, "azimuth_deg": az,
                "radius_m": radius, "operator": "fixture",
                "precision": "SYNTHETIC: site on a dense grid cell, 3 × 120° sectors of "
                "1.8 km; not a real base station",
            }))
        covered += pop  # a 1.8 km disc covers the whole 2.5 km cell
    return feats


def main() -> None:
    zones, park = build_zones()
    write("zones", zones, "水湳 zone, sub-areas and district context; see precision per feature")
    write("roads", build_roads(), "Road corridors referenced by the traffic feeds")
    write("sensors", build_sensors(park), "Seed sensor registry (contract 1); SN- ids are fixtures")
    pop_feats, cells = build_population()
    write("population", pop_feats, "SYNTHETIC population grid; year column; totals sourced")
    write("base_stations", build_base_stations(cells), "SYNTHETIC 4G sector polygons")


if __name__ == "__main__":
    main()
