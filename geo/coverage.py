"""Population coverage of base-station sectors (contract 5; plan KPI 7.2).

``covered_population(population, sectors)`` answers "how many people live
inside the union of the sector polygons?": each population polygon's count is
spread uniformly over its area, so a polygon half inside the coverage
contributes half of its people. Overlapping sectors are dissolved first, so a
person under two sectors counts once. Areas are computed in TWD97 / TM2
(EPSG:3826) whatever CRS the inputs come in.

KPI 7.2 of the plan divides covered population by the city's population; the
shipped layer ``geo/data/population.geojson`` reproduces the sourced totals
(2,744,445 at end-2015, 2,767,239 at end-2016, DOMAIN.md §5) with a ``year``
column: select one year before calling (a frame with several years is refused,
since it would count every person twice).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from geo.crs import TWD97_TM2
from geo.errors import CoverageError

POPULATION_COLUMN = "population"


@dataclass(frozen=True, slots=True)
class CoverageResult:
    """Covered and total population; ``ratio`` = covered / total (0..1)."""

    covered: float
    total: float
    ratio: float


def covered_population(population: Any, sectors: Any) -> CoverageResult:
    """Covered population / total population of ``population`` under ``sectors``.

    ``population``: GeoDataFrame of polygons with a numeric ``population`` column
    (and, optionally, a single-valued ``year`` column). ``sectors``: GeoDataFrame
    of coverage polygons. Both need a CRS. Raises :class:`CoverageError` for a
    missing column or CRS, mixed years, negative counts or a zero total.
    """
    if POPULATION_COLUMN not in population.columns:
        raise CoverageError(f"population layer has no {POPULATION_COLUMN!r} column")
    if population.crs is None or sectors.crs is None:
        raise CoverageError("both layers need a CRS to be projected to EPSG:3826")
    if "year" in population.columns and population["year"].nunique() > 1:
        years = sorted(int(y) for y in population["year"].unique())
        raise CoverageError(f"population layer mixes years {years}; select one year first")
    counts = population[POPULATION_COLUMN].astype(float)
    if (counts < 0).any():
        raise CoverageError("negative population counts")
    total = float(counts.sum())
    if total <= 0:
        raise CoverageError("total population is zero")

    pop_m = population.to_crs(TWD97_TM2)
    cells_area = pop_m.geometry.area
    if (cells_area <= 0).any():
        raise CoverageError("population polygons must have a positive area")
    if len(sectors) == 0:
        return CoverageResult(covered=0.0, total=total, ratio=0.0)
    coverage = sectors.to_crs(TWD97_TM2).geometry.union_all()
    # Intersection per population polygon; uniform density within each polygon.
    inside_area = pop_m.geometry.intersection(coverage).area
    covered = float((counts.to_numpy() * (inside_area / cells_area).to_numpy()).sum())
    # Rounding in the overlay can put covered a hair above total.
    covered = min(covered, total)
    return CoverageResult(covered=covered, total=total, ratio=covered / total)
