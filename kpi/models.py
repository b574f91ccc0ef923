"""Observation values shared by the pure core, the repository and the service.

An observation is one value of one indicator for one period, valid ``as_of`` a
day inside the period (the plan's first-half figures are observations of the
annual period as of 30 June). Its provenance is either *computed* by the system
(``inputs`` holds what it was computed from) or *entered* by a person
(``source_note`` says where the figure comes from, ``entered_by`` who typed it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated

from pydantic import Field

from kpi.definitions import Unit


class Provenance(StrEnum):
    """Where a value comes from."""

    COMPUTED = "computed"
    ENTERED = "entered"


JsonScalar = int | float | str | bool | None


@dataclass(frozen=True, slots=True)
class NewObservation:
    """An observation about to be stored (validated, not yet in the database)."""

    indicator_id: str
    period: str
    as_of: date
    value: float
    unit: Unit
    provenance: Provenance
    source_note: str
    entered_by: str | None
    numerator: float | None = None
    denominator: float | None = None
    inputs: tuple[tuple[str, JsonScalar], ...] = ()

    @property
    def key(self) -> tuple[str, str, date]:
        """The natural key: one observation per (indicator, period, as_of)."""
        return (self.indicator_id, self.period, self.as_of)


@dataclass(frozen=True, slots=True)
class Observation:
    """A stored observation, as read back by :mod:`kpi.repo`.

    A computed observation's ``inputs`` stay in the package (the CSV export
    carries them); the API shows the rest.
    """

    observation_id: int
    indicator_id: str
    period: str
    as_of: date
    value: float
    unit: str
    provenance: str
    source_note: str
    entered_by: str | None
    numerator: float | None
    denominator: float | None
    inputs: Annotated[dict[str, JsonScalar] | None, Field(exclude=True)]
    definitions_version: str
    recorded_at: datetime
    updated_at: datetime

    @property
    def key(self) -> tuple[str, str, date]:
        """The natural key: one observation per (indicator, period, as_of)."""
        return (self.indicator_id, self.period, self.as_of)


@dataclass(frozen=True, slots=True)
class ComputeRun:
    """One recorded KPI computation."""

    run_id: int
    trigger: str
    actor: str
    plan_year: int
    month: str
    started_at: datetime
    finished_at: datetime
    outcomes: dict[str, int]
