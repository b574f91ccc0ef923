"""The wall's KPI tiles (pure): each plan indicator at the latest weighted year that has a value.

A tile names the year it shows (``period``), so a tile never shows a dash for
2016 while the data is for 2015; an indicator without any data shows the latest
year's target. ``as_of`` and ``demo`` say how far into its year the figure is and
whether it was computed from demonstration data. No I/O: the scores are passed in
(:func:`kpi.service.tiles` reads them and fills ``as_of`` and ``demo``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kpi.definitions import Definitions
from kpi.scoring import YearScore


@dataclass(frozen=True, slots=True)
class Tile:
    """One indicator's tile: its value, target and capped achievement in ``period``, named by
    its short name on the wall (``Indicator.wall_zh`` / ``wall_en``)."""

    kpi_id: str
    name: str
    name_en: str
    unit: str
    actual: float | None
    target: float | None
    achievement: float | None
    period: str | None
    #: The day the figure stands at (ISO ``YYYY-MM-DD``, as the wall's JSON carries it);
    #: before the year's last day the figure is interim (the wall writes "截至06-30").
    as_of: str | None = None
    #: Computed from demonstration fixtures or synthetic layers (the wall says 示範資料).
    demo: bool = False


def latest_tiles(defs: Definitions, scored: Iterable[YearScore]) -> dict[str, Tile]:
    """Indicator id -> tile, from the years' scores, newest year first."""
    tiles: dict[str, Tile] = {}
    for score in sorted(scored, key=lambda s: s.year, reverse=True):
        for goal in score.goals:
            for ind in goal.indicators:
                current = tiles.get(ind.indicator_id)
                if current is not None and (ind.achievement is None or current.achievement is not None):
                    continue  # a newer year already has a tile, and this one adds no data
                indicator = defs.indicator(ind.indicator_id)
                ach = ind.achievement
                tiles[ind.indicator_id] = Tile(
                    kpi_id=ind.indicator_id, name=indicator.wall_zh, name_en=indicator.wall_en,
                    unit=indicator.unit.value, actual=ach.value if ach else None,
                    target=ach.target if ach else indicator.target(score.year),
                    achievement=ach.capped if ach else None,
                    period=str(score.year) if ach else None,
                )
    return tiles
