"""Errors of the KPI package.

The tree::

    SocError
    └── KpiError                     anything the KPI package refuses
        ├── DefinitionError          definitions file invalid (carries ``path``)
        ├── UnknownIndicatorError    indicator id not defined (carries ``indicator_id``)
        ├── PeriodError              period text invalid or of the wrong frequency
        ├── FormulaInputError        a formula got inputs it cannot use (e.g. denominator 0)
        ├── FixtureError             a seed/fixture file (services, milestones) is invalid
        ├── ImportRejectedError      a CSV import was refused; carries every ``RowError``
        ├── DuplicateObservationError  an observation for (indicator, period, as_of) exists
        └── ObservationNotFoundError   no observation with that id
"""

from __future__ import annotations

from dataclasses import dataclass

from common.errors import SocError


class KpiError(SocError):
    """Root of the KPI subtree."""


class DefinitionError(KpiError):
    """The definitions file is invalid; the message names the entry."""

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path


class UnknownIndicatorError(KpiError):
    """No indicator with this id in the loaded definitions."""

    def __init__(self, indicator_id: str) -> None:
        super().__init__(f"unknown indicator {indicator_id!r}")
        self.indicator_id = indicator_id


class PeriodError(KpiError):
    """A period is malformed or does not match the indicator's frequency."""

    def __init__(self, message: str, *, period: str) -> None:
        super().__init__(message)
        self.period = period


class FormulaInputError(KpiError):
    """A formula cannot be evaluated on these inputs (negative count, zero denominator...)."""


class FixtureError(KpiError):
    """A seed file (services registry, milestone checklist) is invalid."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.line = line


@dataclass(frozen=True, slots=True)
class RowError:
    """One problem in an imported CSV: 1-based file line (header is line 1) and column.

    ``message`` is English, ``message_zh`` the same in Traditional Chinese (the
    planner page shows the one of its language).
    """

    line: int
    column: str
    message: str
    message_zh: str = ""

    def __str__(self) -> str:
        return f"line {self.line}, column {self.column}: {self.message}"


class ImportRejectedError(KpiError):
    """A CSV import was refused as a whole; ``errors`` lists every problem found."""

    def __init__(self, errors: tuple[RowError, ...]) -> None:
        head = "; ".join(str(e) for e in errors[:3])
        more = f" (+{len(errors) - 3} more)" if len(errors) > 3 else ""
        super().__init__(f"import refused, {len(errors)} error(s): {head}{more}")
        self.errors = errors


class EntryRejectedError(ImportRejectedError):
    """One observation entered or corrected through a form (not a file) was refused:
    ``errors`` name the fields (their ``line`` is 0: there is no file)."""

    def __init__(self, errors: tuple[RowError, ...]) -> None:
        super().__init__(errors)
        fields = "; ".join(f"{e.column}: {e.message}" for e in errors)
        self.args = (f"entry refused: {fields}",)


class DuplicateObservationError(KpiError):
    """An observation already exists for (indicator, period, as_of)."""

    def __init__(self, indicator_id: str, period: str, as_of: str) -> None:
        super().__init__(f"an observation of {indicator_id} for period {period} as of {as_of} already exists")
        self.indicator_id = indicator_id
        self.period = period
        self.as_of = as_of


class ObservationNotFoundError(KpiError):
    """No observation with this id."""

    def __init__(self, observation_id: int) -> None:
        super().__init__(f"no KPI observation {observation_id}")
        self.observation_id = observation_id
