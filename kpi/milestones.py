"""The demonstration zone's phase-2 planning milestones (indicator 7.1).

The 2016 target is "辦理智慧城市示範區推動規劃(第二階段)" at 100 %. The plan
does not split phase 2 into milestones; the checklist in
``data/milestones_phase2.yaml`` takes them from the plan's 2016 work items for
goal 七 (part two, items 七-1 and 七-2) and its 2015 report. A milestone counts
as done only with evidence (a document reference and its date), so the
percentage is never a bare claim.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from common import yamldoc
from kpi.errors import FixtureError
from kpi.formulas import Result, milestone_progress

DEFAULT_PATH = Path(__file__).parent / "data" / "milestones_phase2.yaml"


@dataclass(frozen=True, slots=True)
class Evidence:
    """What proves a milestone done: a document, its date, who recorded it."""

    document: str
    dated: date
    recorded_by: str
    fixture: bool


@dataclass(frozen=True, slots=True)
class Milestone:
    """One checklist item; ``evidence`` is set exactly when it is done."""

    id: str
    name_zh: str
    name_en: str
    source: str
    weight: float
    evidence: Evidence | None

    @property
    def done(self) -> bool:
        """Done means evidenced."""
        return self.evidence is not None


@dataclass(frozen=True, slots=True)
class Checklist:
    """The versioned checklist."""

    version: str
    indicator_id: str
    milestones: tuple[Milestone, ...]

    def progress(self, as_of: date | None = None) -> Result:
        """Percentage done (weighted), counting evidence dated on or before ``as_of``."""
        return milestone_progress(
            [
                (
                    m.id,
                    m.weight,
                    m.evidence is not None and (as_of is None or m.evidence.dated <= as_of),
                )
                for m in self.milestones
            ]
        )


class _EvidenceModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    document: str = Field(min_length=1)
    dated: date
    recorded_by: str = Field(min_length=1)
    fixture: bool


class _MilestoneModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(min_length=1)
    name_zh: str = Field(min_length=1)
    name_en: str = Field(min_length=1)
    source: str = Field(min_length=1)
    weight: float = Field(gt=0)
    done: bool
    evidence: _EvidenceModel | None = None

    @model_validator(mode="after")
    def _evidence_iff_done(self) -> _MilestoneModel:
        if self.done != (self.evidence is not None):
            raise ValueError(f"milestone {self.id}: done requires evidence, and only done has it")
        return self


class _ChecklistModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    version: str = Field(min_length=1)
    indicator: str
    milestones: list[_MilestoneModel] = Field(min_length=1)


def parse_checklist(text: str, *, path: str | None = None) -> Checklist:
    """Parse and validate the checklist YAML; raises :class:`FixtureError`."""
    try:
        model = _ChecklistModel.model_validate(yamldoc.safe_load(text))
    except (yaml.YAMLError, ValidationError) as exc:
        raise FixtureError(f"invalid milestone checklist: {exc}", path=path) from exc
    ids = [m.id for m in model.milestones]
    if len(set(ids)) != len(ids):
        raise FixtureError("duplicate milestone id", path=path)
    return Checklist(
        model.version,
        model.indicator,
        tuple(
            Milestone(
                m.id,
                m.name_zh,
                m.name_en,
                m.source,
                m.weight,
                Evidence(
                    m.evidence.document,
                    m.evidence.dated,
                    m.evidence.recorded_by,
                    m.evidence.fixture,
                )
                if m.evidence is not None
                else None,
            )
            for m in model.milestones
        ),
    )


def load_checklist(path: Path | str = DEFAULT_PATH) -> Checklist:
    """Read and parse a checklist file."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise FixtureError(f"cannot read {p}: {exc}", path=str(p)) from exc
    return parse_checklist(text, path=str(p))
