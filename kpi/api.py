"""The KPI package's application interface: what the web, the CLI and other packages may use.

Definitions (:func:`load_definitions`, :class:`Definitions`); observations
entered, deleted, imported and exported (:func:`record_entry`, :func:`delete_entry`, :func:`import_csv`,
:func:`export_csv`, :func:`list_observations`); scores and history
(:func:`scores`, :func:`scores_by_year`, :func:`indicator_history`,
:func:`planner_status`, the wall's :func:`tiles`); a recomputation (:func:`recompute`
with its :class:`RunTrigger`). Their results are the read models below, which the
API answers with as they are (fields marked ``exclude`` stay in the package).
Everything else in ``kpi`` is the package's own; the import contracts in
``pyproject.toml`` check that the web imports only this module (and ``kpi.errors``).
"""

from __future__ import annotations

from kpi.csvio import MAX_SOURCE_NOTE_CHARS
from kpi.definitions import Definitions, Goal, Indicator, YearSpec, load_definitions
from kpi.models import ComputeRun, Observation
from kpi.periods import EARLIEST_YEAR, LATEST_YEAR
from kpi.scoring import (
    Achievement,
    GoalScore,
    History,
    IndicatorScore,
    MeasureStatus,
    ObservedValue,
    OperationalStatus,
    TrendPoint,
    YearScore,
)
from kpi.service import (
    ImportOutcome,
    PlannerStatus,
    RunTrigger,
    delete_entry,
    export_csv,
    import_csv,
    indicator_history,
    list_observations,
    planner_status,
    recompute,
    record_entry,
    scores,
    scores_by_year,
    tiles,
)
from kpi.tiles import Tile

__all__ = [
    "EARLIEST_YEAR",
    "LATEST_YEAR",
    "MAX_SOURCE_NOTE_CHARS",
    "Achievement",
    "ComputeRun",
    "Definitions",
    "Goal",
    "GoalScore",
    "History",
    "ImportOutcome",
    "Indicator",
    "IndicatorScore",
    "MeasureStatus",
    "Observation",
    "ObservedValue",
    "OperationalStatus",
    "PlannerStatus",
    "RunTrigger",
    "Tile",
    "TrendPoint",
    "YearScore",
    "YearSpec",
    "delete_entry",
    "export_csv",
    "import_csv",
    "indicator_history",
    "list_observations",
    "load_definitions",
    "planner_status",
    "recompute",
    "record_entry",
    "scores",
    "scores_by_year",
    "tiles",
]
