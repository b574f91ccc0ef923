"""CRS helpers: WGS84 ↔ TWD97 round trips and known distances."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st
from pyproj import Geod

from geo.crs import distance_m, geometry_to_twd97, geometry_to_wgs84, to_twd97, to_wgs84

# Taiwan main island and surroundings, where TM2 zone 121 is meant to be used.
lons = st.floats(min_value=119.5, max_value=122.5, allow_nan=False)
lats = st.floats(min_value=21.5, max_value=25.5, allow_nan=False)

AIRPORT = (120.65639, 24.18194)  # Shuinan airport reference point, DOMAIN.md §1.1


@settings(max_examples=300, deadline=None)  # timing is not under test
@given(lons, lats)
def test_round_trip_within_one_centimetre(lon: float, lat: float) -> None:
    x, y = to_twd97(lon, lat)
    lon2, lat2 = to_wgs84(x, y)
    # Compare on the ground: 1 cm, measured as a geodesic.
    _az, _baz, dist = Geod(ellps="GRS80").inv(lon, lat, lon2, lat2)
    assert dist < 0.01


def test_central_meridian_maps_to_false_easting() -> None:
    # TWD97 / TM2 zone 121: central meridian 121°E, false easting 250,000 m, k0 0.9999.
    x, y = to_twd97(121.0, 24.0)
    assert abs(x - 250_000.0) < 1e-6
    # Northing on the central meridian = k0 × meridian arc from the equator (GRS80).
    arc = Geod(ellps="GRS80").inv(121.0, 0.0, 121.0, 24.0)[2]
    assert abs(y - 0.9999 * arc) < 0.01


def test_axis_order_is_lon_lat() -> None:
    x, y = to_twd97(*AIRPORT)
    # Eastings in Taiwan are around 150-350 km, northings around 2,400-2,800 km.
    assert 150_000 < x < 350_000
    assert 2_400_000 < y < 2_800_000


def test_points_500_m_apart_in_twd97_are_500_m_apart() -> None:
    x0, y0 = to_twd97(*AIRPORT)
    a = to_wgs84(x0, y0)
    b = to_wgs84(x0 + 300.0, y0 + 400.0)  # a 3-4-5 triangle: exactly 500 m
    assert abs(distance_m(*a, *b) - 500.0) < 0.001


def test_runway_length_matches_the_geodesic() -> None:
    # Runway 18/36 is 1,620 m (DOMAIN.md §1.1): its ends, 810 m N and S of the
    # reference point on the ellipsoid, are 1,620 m apart within the TM2 scale
    # error at 120.66°E (k ≈ 0.99991, i.e. about 0.15 m here).
    geod = Geod(ellps="GRS80")
    n_lon, n_lat, _ = geod.fwd(*AIRPORT, 0.0, 810.0)
    s_lon, s_lat, _ = geod.fwd(*AIRPORT, 180.0, 810.0)
    d = distance_m(n_lon, n_lat, s_lon, s_lat)
    assert abs(d - 1620.0) < 0.3
    assert d < 1620.0  # TM2 shrinks distances this close to the central meridian


def test_geometry_transform_round_trip() -> None:
    from shapely.geometry import Polygon

    poly = Polygon([(120.65, 24.18), (120.66, 24.18), (120.66, 24.19), (120.65, 24.19)])
    back = geometry_to_wgs84(geometry_to_twd97(poly))
    assert back.equals_exact(poly, tolerance=1e-9)
    area_ha = geometry_to_twd97(poly).area / 10_000
    # 0.01° × 0.01° at 24.18°N is about 1,016 m × 1,108 m.
    assert math.isclose(area_ha, 112.6, rel_tol=0.01)
