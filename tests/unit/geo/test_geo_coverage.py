"""Population coverage: a hand-computed case, overlaps counted once, the shipped layers."""

from __future__ import annotations

import geopandas as gpd
import pytest
from shapely.geometry import box

from geo.coverage import CoverageResult, covered_population
from geo.crs import TWD97_TM2, WGS84
from geo.errors import CoverageError
from geo.loaders import load_base_stations, load_population

# Two 100 m × 100 m cells side by side near the airport reference point (TWD97 metres).
X0, Y0 = 215_000.0, 2_675_000.0
CELLS = [box(X0, Y0, X0 + 100, Y0 + 100), box(X0 + 100, Y0, X0 + 200, Y0 + 100)]


def _pop(counts: list[float], crs: int = TWD97_TM2) -> gpd.GeoDataFrame:
    frame = gpd.GeoDataFrame({"population": counts}, geometry=CELLS, crs=TWD97_TM2)
    return frame.to_crs(crs)


def _sectors(*geoms: object, crs: int = TWD97_TM2) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(geometry=list(geoms), crs=TWD97_TM2).to_crs(crs)


def test_hand_computed_case() -> None:
    # Sector covers the right half of cell 1 (50 of 100 people) and all of cell 2 (300):
    # covered = 50 + 300 = 350 of 400 = 0.875.
    sector = box(X0 + 50, Y0 - 10, X0 + 250, Y0 + 110)
    got = covered_population(_pop([100, 300]), _sectors(sector))
    assert got.total == 400
    assert got.covered == pytest.approx(350, abs=1e-6)
    assert got.ratio == pytest.approx(0.875, abs=1e-9)


def test_overlapping_sectors_count_people_once() -> None:
    a = box(X0 + 50, Y0 - 10, X0 + 250, Y0 + 110)
    b = box(X0 + 100, Y0 - 10, X0 + 250, Y0 + 110)  # entirely inside a
    got = covered_population(_pop([100, 300]), _sectors(a, b))
    assert got.covered == pytest.approx(350, abs=1e-6)


def test_inputs_in_wgs84_are_measured_in_twd97() -> None:
    sector = box(X0 + 50, Y0 - 10, X0 + 250, Y0 + 110)
    got = covered_population(_pop([100, 300], WGS84), _sectors(sector, crs=WGS84))
    # Reprojection bends 100 m edges by well under a millimetre.
    assert got.covered == pytest.approx(350, abs=0.01)


def test_no_sectors_cover_nobody() -> None:
    got = covered_population(_pop([100, 300]), _sectors())
    assert got == CoverageResult(covered=0.0, total=400.0, ratio=0.0)


def test_mixed_years_are_refused() -> None:
    pop = _pop([100, 300]).assign(year=[2015, 2016])
    with pytest.raises(CoverageError, match="mixes years"):
        covered_population(pop, _sectors(CELLS[0]))


def test_missing_column_or_crs_is_refused() -> None:
    with pytest.raises(CoverageError, match="population"):
        covered_population(_pop([1, 2]).rename(columns={"population": "pop"}), _sectors(CELLS[0]))
    no_crs = gpd.GeoDataFrame({"population": [1.0]}, geometry=[CELLS[0]])
    with pytest.raises(CoverageError, match="CRS"):
        covered_population(no_crs, _sectors(CELLS[0]))


@pytest.mark.parametrize(("year", "total"), [(2015, 2_744_445), (2016, 2_767_239)])
def test_shipped_layers_give_a_plausible_kpi(year: int, total: int) -> None:
    got = covered_population(load_population(year=year), load_base_stations())
    assert got.total == total  # DOMAIN.md §5
    # The synthetic sites were placed to cover ~96 % (between the 2013 ">90 %" statement
    # and the operators' 97.17 % of March 2015).
    assert 0.90 <= got.ratio <= 0.98
