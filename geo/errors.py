"""Errors of the geo package.

The subtree::

    SocError
    └── GeoError
        ├── LayerReadError       a layer file cannot be read or is not a GeoJSON FeatureCollection
        ├── LayerInvalidError    one or more features are bad; carries every :class:`Problem`
        ├── UnknownZoneError     a zone id that is not loaded (``zone_id``)
        ├── UnknownKindError     a sensor kind outside the registry contract (``kind``)
        ├── CoverageError        coverage inputs are unusable (mixed years, no population)
        └── GazetteerError       the gazetteer file is unreadable or an entry is malformed (``path``)

Loader problems are collected, not raised one at a time, so that one run of
``soc geo check`` lists every bad row with the line a person can open.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from common.errors import SocError


class ProblemKind(StrEnum):
    """What is wrong with a feature (or with the whole layer, for ``crs``)."""

    CRS = "crs"  # the layer declares a CRS other than WGS84, or coordinates look projected
    GEOMETRY_MISSING = "geometry_missing"
    GEOMETRY_MALFORMED = "geometry_malformed"  # GeoJSON geometry shapely cannot build
    GEOMETRY_TYPE = "geometry_type"  # e.g. a Polygon in the sensor layer
    GEOMETRY_INVALID = "geometry_invalid"  # OGC-invalid (self-intersection, ...)
    DUPLICATE_ID = "duplicate_id"
    MISSING_PROPERTY = "missing_property"
    BAD_PROPERTY = "bad_property"
    OUTSIDE_STUDY_AREA = "outside_study_area"


@dataclass(frozen=True, slots=True)
class Problem:
    """One bad feature: where it is (1-based line of the feature's opening brace) and why."""

    path: str
    line: int
    index: int  # 0-based position in the FeatureCollection; -1 for a layer-level problem
    feature_id: str | None
    kind: ProblemKind
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}"
        what = f" feature {self.index}" if self.index >= 0 else ""
        ident = f" ({self.feature_id})" if self.feature_id else ""
        return f"{where}:{what}{ident} {self.kind}: {self.message}"


class GeoError(SocError):
    """Root of the geo subtree."""


class LayerReadError(GeoError):
    """The file is missing, not JSON, or not a FeatureCollection."""

    def __init__(self, message: str, *, path: Path | str, line: int | None = None) -> None:
        super().__init__(f"{path}{f':{line}' if line else ''}: {message}")
        self.path = str(path)
        self.line = line


class LayerInvalidError(GeoError):
    """At least one feature is bad; nothing of the layer set may be stored."""

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        shown = "\n  ".join(str(p) for p in problems[:50])
        more = f"\n  ... and {len(problems) - 50} more" if len(problems) > 50 else ""
        super().__init__(f"{len(problems)} problem(s):\n  {shown}{more}")
        self.problems = problems

    @property
    def kinds(self) -> frozenset[ProblemKind]:
        """The distinct kinds of problem found."""
        return frozenset(p.kind for p in self.problems)


class UnknownZoneError(GeoError):
    """A zone id that is not in the loaded zone set."""

    def __init__(self, zone_id: str) -> None:
        super().__init__(f"unknown zone {zone_id!r}")
        self.zone_id = zone_id


class UnknownKindError(GeoError):
    """A sensor kind outside the registry contract."""

    def __init__(self, kind: str) -> None:
        super().__init__(f"unknown sensor kind {kind!r}")
        self.kind = kind


class CoverageError(GeoError):
    """The population or sector layer cannot give a meaningful coverage ratio."""


class GazetteerError(GeoError):
    """The gazetteer (``geo/data/gazetteer.yaml``) cannot be read, or an entry is malformed."""

    def __init__(self, message: str, *, path: Path | str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = str(path)
