"""The wall's KPI tiles: each indicator at the newest weighted year that has a value."""

from __future__ import annotations

from kpi.definitions import load_definitions
from kpi.scoring import score_year
from kpi.tiles import latest_tiles

DEFS = load_definitions()


def _plan_ids() -> list[str]:
    newest = max(DEFS.years())
    return [i.indicator_id for g in score_year(DEFS, newest, {}).goals for i in g.indicators]


def test_a_tile_shows_the_newest_year_that_has_a_value() -> None:
    old, new = sorted(DEFS.years())[:2]
    first, second = _plan_ids()[:2]
    scored = [score_year(DEFS, old, {first: 1.0, second: 2.0}), score_year(DEFS, new, {second: 3.0})]
    tiles = latest_tiles(DEFS, scored)
    # No dash for the newer year while the older one has data: the tile names the year it shows.
    assert (tiles[first].actual, tiles[first].period) == (1.0, str(old))
    assert tiles[first].target == DEFS.indicator(first).target(old)
    assert (tiles[second].actual, tiles[second].period) == (3.0, str(new))


def test_an_indicator_without_data_shows_the_newest_years_target() -> None:
    new = max(DEFS.years())
    some = _plan_ids()[0]
    tiles = latest_tiles(DEFS, [score_year(DEFS, y, {}) for y in DEFS.years()])
    assert (tiles[some].actual, tiles[some].period, tiles[some].achievement) == (None, None, None)
    assert tiles[some].target == DEFS.indicator(some).target(new)
    assert (tiles[some].name, tiles[some].name_en) == (DEFS.indicator(some).wall_zh, DEFS.indicator(some).wall_en)


def test_the_order_of_the_years_given_does_not_matter() -> None:
    ids = _plan_ids()
    scored = [score_year(DEFS, y, {ids[0]: float(y)}) for y in DEFS.years()]
    assert latest_tiles(DEFS, scored) == latest_tiles(DEFS, list(reversed(scored)))
