"""Alert rules: the models, and loading them from the versioned YAML file.

Pure (reads a file only in :func:`load_rules_file`, which callers may replace
by :func:`parse_rules` on text). The models are frozen pydantic models because
the YAML file is a boundary; inside they are read-only values.

Rule kinds (``kind:`` in the file, see ``alerts/rules.yaml`` and docs/alerts.md):

- ``threshold``: levels, least severe first, each ``any: {metric: limit}`` (OR
  over metrics of one sensor); a limit is a number or ``{registry: "2"}`` for
  the station's ``alert_levels_m`` from the sensor registry (contract 1), or
  ``{strict: 15}`` for "beyond 15" (a band such as 16-30 cm starts *above* 15).
  ``hysteresis`` (metric units) keeps a level until the value falls that far
  below its limit. A rise to a level is confirmed by ``confirm_readings``
  consecutive observations at or above it and, if set, after ``min_duration_s``
  or ``min_duration_intervals`` (multiples of the station's reporting interval),
  each level with its own pending timer. A value counts for ``valid_s[metric]``
  seconds after its observation time (default ``valid_intervals`` x the
  station's reporting interval, else ``valid_default_s``); an alert whose values
  have all expired clears. ``falling`` (optional) says on the same alert, by its
  label, that a held level's value has fallen back (:class:`Falling`).
- ``rate_of_change``: ``metric`` rose by ``rise`` or more within ``window_s``.
- ``silence``: no reading for ``factor`` × the sensor's expected interval, or a
  last-will ``offline`` status event.
- ``combination``: ``all`` / ``any`` trees over metrics aggregated across the
  sensors of a group (``group_by: corridor | zone | sub_area``) or of one named
  sensor, held for ``for_s`` seconds.
- ``event``: discrete events of a feed mapped by category (and optionally by the
  event's own severity) to a CAP severity; ``clear_categories`` end them.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit

import yaml
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from alerts.errors import RuleFileError
from alerts.lifecycle import Severity
from common import yamldoc

SUPPORTED_VERSIONS = frozenset({1})
#: Keys of ``alert_levels_m`` in the registry; level 1 is the most severe (DOMAIN.md §2).
REGISTRY_LEVELS = ("1", "2", "3")
#: Largest CAP circle radius, km, of our messages and of incoming ones (the MQTT ``cap`` feed's bound).
MAX_RADIUS_KM = 1000.0
#: Longest validity of an exported CAP message (``expires`` = ``sent`` + this).
MAX_EXPIRES_AFTER_S = 366 * 86400


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Selector(_Model):
    """Which registered sensors a rule looks at; every given field must match."""

    kind: tuple[str, ...] = ()
    sensor_ids: tuple[str, ...] = ()
    zone: str | None = None
    corridor: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _one_kind_as_list(cls, data: object) -> object:
        if isinstance(data, dict) and isinstance(data.get("kind"), str):
            return {**data, "kind": [data["kind"]]}
        return data


class RegistryLimit(_Model):
    """A limit taken from the sensor's ``metadata.alert_levels_m[level]``."""

    registry: Literal["1", "2", "3"]


class StrictLimit(_Model):
    """A limit that must be passed, not only reached (``> 15`` instead of ``>= 15``)."""

    strict: float


Limit = float | RegistryLimit | StrictLimit


class Level(_Model):
    """One level of a threshold rule (e.g. 豪雨 or 二級警戒)."""

    label: str
    severity: Severity
    any: Mapping[str, Limit] = Field(min_length=1)


#: OASIS CAP 1.2 §3.2.2 ``category`` values.
CapCategory = Literal[
    "Geo",
    "Met",
    "Safety",
    "Security",
    "Rescue",
    "Fire",
    "Health",
    "Env",
    "Transport",
    "Infra",
    "CBRNE",
    "Other",
]


class _RuleBase(_Model):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_.-]*$", max_length=80)
    title: str
    agency: Literal["disaster", "traffic", "police", "citizen"]
    category: CapCategory = "Other"
    event: str = ""  # CAP <event>, e.g. 降雨
    event_code: str = "other"  # CAP-TWP eventCode value, e.g. rainfall, highWater
    notify: tuple[str, ...] = ()
    escalate_after_s: int | None = Field(default=None, gt=0)
    auto_resolve_after_s: int | None = Field(default=None, ge=0)
    source: str = ""  # where the numbers come from (a citation), shown in docs and CAP


class Falling(_Model):
    """A level held while the value falls back: said on the rule's own alert (a CAP Update).

    The value has fallen back once ``readings`` consecutive observations of ``metric`` lie
    at least ``drop`` below the highest value since the condition began; it is rising again
    once an observation lies more than ``drop`` above the lowest value since it fell (both
    ways by ``drop``, so readings jittering by less do not flap). While fallen back the
    alert's label is the level's, ``・``, then ``label``.
    """

    metric: str
    label: str = Field(min_length=1)
    drop: float = Field(gt=0, allow_inf_nan=False)
    readings: int = Field(default=2, ge=1, le=100)


class ThresholdRule(_RuleBase):
    kind: Literal["threshold"]
    select: Selector
    direction: Literal["above", "below"] = "above"
    hysteresis: float = Field(default=0.0, ge=0)
    min_duration_s: int = Field(default=0, ge=0)
    min_duration_intervals: float = Field(default=0.0, ge=0)
    confirm_readings: int = Field(default=1, ge=1, le=100)
    valid_s: Mapping[str, int] = Field(default_factory=dict)
    valid_intervals: float = Field(default=3.0, gt=0)
    valid_default_s: int = Field(default=3600, gt=0)
    levels: tuple[Level, ...] = Field(min_length=1)
    falling: Falling | None = None

    @model_validator(mode="after")
    def _levels_ascending(self) -> ThresholdRule:
        ranks = [lv.severity.rank for lv in self.levels]
        if ranks != sorted(ranks):
            raise ValueError("levels must be listed from the least to the most severe")
        if self.falling is not None and (self.direction != "above" or self.falling.metric not in self.metrics()):
            raise ValueError("falling needs a rule of direction 'above' and a metric of its levels")
        for m, v in self.valid_s.items():
            if v <= 0 or m not in self.metrics():
                raise ValueError(f"valid_s[{m!r}] must be a positive number of seconds for a metric of the levels")
        return self

    def valid_for_s(self, metric: str, expected_interval_s: int | None) -> float:
        """How long a value of ``metric`` counts after its observation time."""
        if metric in self.valid_s:
            return float(self.valid_s[metric])
        if expected_interval_s:
            return self.valid_intervals * expected_interval_s
        return float(self.valid_default_s)

    def min_duration_for_s(self, expected_interval_s: int | None) -> float:
        """Minimum time at a level before it is raised, for a station of this interval."""
        return max(float(self.min_duration_s), self.min_duration_intervals * (expected_interval_s or 0))

    def metrics(self) -> frozenset[str]:
        """Every metric any level looks at."""
        return frozenset(m for lv in self.levels for m in lv.any)


class RateRule(_RuleBase):
    kind: Literal["rate_of_change"]
    select: Selector
    metric: str
    rise: float = Field(gt=0)
    window_s: int = Field(gt=0)
    severity: Severity = Severity.MODERATE


#: A sensor that has not reported for this many expected intervals is silent: the
#: default of the silence rule (the wall's factor is :meth:`RuleSet.silence_factor`).
SILENCE_FACTOR = 3.0
#: The largest silence factor a rules file may give: keeps factor × interval a
#: finite, representable duration (``timedelta``) for every registered interval.
MAX_SILENCE_FACTOR = 1000.0


class SilenceRule(_RuleBase):
    kind: Literal["silence"]
    select: Selector
    factor: float = Field(default=SILENCE_FACTOR, gt=0, le=MAX_SILENCE_FACTOR, allow_inf_nan=False)
    severity: Severity = Severity.MINOR
    last_will: bool = True

    @field_validator("factor", mode="before")
    @classmethod
    def _no_bool(cls, value: object) -> object:
        # YAML's true would pass as 1.0; PyYAML reads 5e1 as text, which still parses.
        if isinstance(value, bool):
            raise ValueError("factor must be a number, not a boolean")
        return value


class Leaf(_Model):
    """``metric`` aggregated over the group's sensors (or one ``sensor``) compared to a limit."""

    metric: str
    agg: Literal["mean", "min", "max", "all", "any"] = "mean"
    sensor: str | None = None
    above: float | None = None
    below: float | None = None

    @model_validator(mode="after")
    def _one_comparison(self) -> Leaf:
        if (self.above is None) == (self.below is None):
            raise ValueError("a condition needs exactly one of 'above' or 'below'")
        return self


class AllOf(_Model):
    all: tuple[Condition, ...] = Field(min_length=1)


class AnyOf(_Model):
    any: tuple[Condition, ...] = Field(min_length=1)


Condition = Leaf | AllOf | AnyOf
AllOf.model_rebuild()
AnyOf.model_rebuild()


class CombinationRule(_RuleBase):
    kind: Literal["combination"]
    select: Selector
    group_by: Literal["corridor", "zone", "sub_area"]
    condition: Condition
    for_s: int = Field(default=0, ge=0)
    stale_after_s: int = Field(default=600, gt=0)
    severity: Severity = Severity.MODERATE

    def metrics(self) -> frozenset[str]:
        """Every metric the condition tree looks at."""
        out: set[str] = set()
        stack: list[Condition] = [self.condition]
        while stack:
            c = stack.pop()
            if isinstance(c, Leaf):
                out.add(c.metric)
            else:
                stack.extend(c.all if isinstance(c, AllOf) else c.any)
        return frozenset(out)


class EventRule(_RuleBase):
    kind: Literal["event"]
    feed: str
    categories: Mapping[str, Severity] = Field(min_length=1)  # "*" matches any category
    severity_map: Mapping[str, Severity] = Field(default_factory=dict)
    clear_categories: tuple[str, ...] = ()
    min_confidence: float | None = Field(default=None, ge=0, le=1)
    clears_after_s: int | None = Field(default=None, gt=0)

    def severity_of(self, category: str, severity: str | None, confidence: float | None) -> Severity | None:
        """The severity this rule raises an event of ``category`` at (the event's own
        ``severity`` through ``severity_map``), or None when the event raises nothing here:
        a category it neither lists nor clears, a clearing one, too little confidence."""
        if category in self.clear_categories:
            return None
        sev = self.categories.get(category) or self.categories.get("*")
        if sev is None:
            return None
        if severity is not None and severity in self.severity_map:
            sev = self.severity_map[severity]
        if self.min_confidence is not None and (confidence or 0.0) < self.min_confidence:
            return None
        return sev


Rule = Annotated[
    ThresholdRule | RateRule | SilenceRule | CombinationRule | EventRule,
    Field(discriminator="kind"),
]


class Defaults(_Model):
    escalate_after_s: int = Field(default=600, gt=0)
    auto_resolve_after_s: int = Field(default=600, ge=0)


class CapArea(_Model):
    """A CAP ``<area>``: description, Taiwan_Geocode_103 code, optional polygon or circle.

    CAP 1.2 §3.2.4: ``areaDesc`` is required; a polygon is a closed ring of at least
    four WGS 84 ``lat,lon`` pairs (the last pair may be left out: export closes the ring);
    a circle's radius is in kilometres, here at most the import's bound.
    """

    area_desc: str = Field(pattern=r"\S")
    geocode: str | None = Field(default=None, pattern=r"^[0-9]{2,10}$")  # Taiwan_Geocode_103
    radius_km: float = Field(default=1.0, gt=0, le=MAX_RADIUS_KM, allow_inf_nan=False)
    # ring of (lat, lon) pairs, CAP 1.2 §3.2.4 <polygon>
    polygon: tuple[tuple[float, float], ...] = ()

    @field_validator("polygon")
    @classmethod
    def _ring(cls, ring: tuple[tuple[float, float], ...]) -> tuple[tuple[float, float], ...]:
        # Comparisons are false for NaN, so only finite positions pass.
        if not all(-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0 for lat, lon in ring):
            raise ValueError("every polygon point is (lat, lon) within -90..90, -180..180")
        if ring and len(ring) + (ring[0] != ring[-1]) < 4:
            raise ValueError("a CAP polygon needs at least four points once closed")
        return ring


def _cap_id(text: str) -> str:
    """CAP 1.2 §3.2.1: ``sender`` and ``identifier`` hold no spaces, commas, < or &."""
    if not text or not text.isprintable() or any(c in " ,<&" for c in text):
        raise ValueError("must be printable, without spaces, commas, < or & (CAP 1.2 §3.2.1)")
    return text


def _absolute_uri(text: str) -> str:
    """CAP 1.2 §3.2.2: ``web`` is a full absolute URI (empty: no ``<web>``)."""
    parts = urlsplit(text)
    if text and not (parts.scheme in ("http", "https") and parts.netloc and text.isprintable() and " " not in text):
        raise ValueError("must be an absolute http(s) URI without spaces (CAP 1.2 §3.2.2)")
    return text


class CapConfig(_Model):
    """Who we are in exported CAP messages."""

    sender: Annotated[str, AfterValidator(_cap_id)] = "soc@shuinan.taichung.gov.tw"  # GUESS: not an official one
    sender_name: str = "臺中市水湳智慧營運中心"
    web: Annotated[str, AfterValidator(_absolute_uri)] = ""
    default_area: CapArea = CapArea(area_desc="臺中市西屯區", geocode="6600600")
    expires_after_s: int = Field(default=3600, gt=0, le=MAX_EXPIRES_AFTER_S)


class RuleSet(_Model):
    """The whole rules file."""

    version: int
    defaults: Defaults = Defaults()
    cap: CapConfig = CapConfig()
    rules: tuple[Rule, ...]

    @model_validator(mode="after")
    def _check(self) -> RuleSet:
        if self.version not in SUPPORTED_VERSIONS:
            raise ValueError(f"unsupported version {self.version}; supported: 1")
        seen: set[str] = set()
        for r in self.rules:
            if r.id in seen:
                raise ValueError(f"duplicate rule id {r.id!r}")
            seen.add(r.id)
        return self

    def escalate_after_s(self, rule: Rule) -> int:
        """The rule's escalation period, or the file's default."""
        return rule.escalate_after_s or self.defaults.escalate_after_s

    def auto_resolve_after_s(self, rule: Rule) -> int:
        """The rule's auto-resolve delay, or the file's default."""
        if rule.auto_resolve_after_s is not None:
            return rule.auto_resolve_after_s
        return self.defaults.auto_resolve_after_s

    def event_severity(
        self, feed: str, category: str, severity: str | None, confidence: float | None
    ) -> Severity | None:
        """The highest severity the event rules of ``feed`` raise an event at (None: none raises
        it). The severity an event's alert carries, so the ops center's evidence carries it too."""
        got = [
            sev
            for r in self.rules
            if isinstance(r, EventRule) and r.feed == feed
            and (sev := r.severity_of(category, severity, confidence)) is not None
        ]
        return max(got, key=lambda s: s.rank, default=None)

    def by_id(self) -> dict[str, Rule]:
        """Rules keyed by id."""
        return {r.id: r for r in self.rules}

    def silence_factor(self) -> float:
        """After how many expected intervals without a report a sensor is drawn offline.

        The largest factor of the file's silence rules (the silence rule's default
        when there is none): with several, a sensor is never drawn offline before
        every silence rule calls it silent; a rule with a smaller factor shows
        earlier through its alert. One factor for every sensor, because a rule's
        selector names zones and corridors that the wall's sensor rows do not carry.
        """
        factors = [r.factor for r in self.rules if isinstance(r, SilenceRule)]
        return max(factors, default=SILENCE_FACTOR)


def _location(data: object, loc: tuple[int | str, ...]) -> str:
    """``rules[3] (id=water-level).levels[0].severity`` from a pydantic error location."""
    parts: list[str] = []
    node = data
    for p in loc:
        if isinstance(p, int):
            parts[-1:] = [f"{parts[-1] if parts else ''}[{p}]"]
            if isinstance(node, list) and 0 <= p < len(node):
                node = node[p]
                if isinstance(node, dict) and "id" in node and len(parts) == 1:
                    parts[-1] += f" (id={node['id']})"
            continue
        # discriminated unions add the tag as a location part; it is noise to a reader
        if p in {"threshold", "rate_of_change", "silence", "combination", "event"}:
            continue
        parts.append(str(p))
        node = node.get(p) if isinstance(node, dict) else None
    return ".".join(parts) or "(file)"


def parse_rules(text: str, *, path: str = "<rules>") -> RuleSet:
    """Parse and validate rules YAML; raise :class:`RuleFileError` listing every problem."""
    try:
        data = yamldoc.safe_load(text)
    except yaml.YAMLError as exc:
        raise RuleFileError(f"not valid YAML: {exc}", path=path) from exc
    if not isinstance(data, dict):
        raise RuleFileError("top level must be a mapping with 'version' and 'rules'", path=path)
    try:
        return RuleSet.model_validate(data)
    except ValidationError as exc:
        problems = tuple(f"{_location(data, e['loc'])}: {e['msg']}" for e in exc.errors())
        raise RuleFileError(f"{exc.error_count()} problem(s) in rules", path=path, problems=problems) from exc


def load_rules_file(path: Path) -> RuleSet:
    """Read and validate a rules file (see :func:`parse_rules`)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RuleFileError(f"cannot read: {exc.strerror}", path=str(path)) from exc
    return parse_rules(text, path=str(path))
