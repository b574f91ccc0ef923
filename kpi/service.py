"""The KPI service: the shell around the pure core (database, files, clock).

The API the CLI and the web's planner page use. Every function takes an open
psycopg connection and does its work in one transaction (a savepoint if the
caller already has one); changes are audited by the database triggers of
migration 0050, with ``actor`` and ``reason`` named here.

* definitions: :func:`ensure_definitions`, :func:`list_definitions`
* observations: :func:`list_observations`, :func:`record_entry`,
  :func:`correct_entry`, :func:`delete_observation`
* CSV: :func:`import_csv` (→ count or every error), :func:`export_csv`
* scores: :func:`scores`, :func:`scores_by_year`, :func:`indicator_history`
* computed KPIs: :func:`compute_plan` (7.1, 7.2, 7.3), :func:`compute_operational`,
  both at once and recorded: :func:`recompute` (on a schedule by ``soc kpi run``,
  on demand from the planner page), :func:`last_run`
* the planner page: :func:`planner_status` (each measure at its latest year with data)
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any
from zoneinfo import ZoneInfo

import psycopg
from pydantic import Field

from alerts import api as alerts_api
from common.logging import log_event
from kpi import csvio, operational, repo, scoring
from kpi.definitions import Definitions, load_definitions
from kpi.errors import (
    DefinitionError,
    DuplicateObservationError,
    EntryRejectedError,
    KpiError,
    ObservationNotFoundError,
    RowError,
)
from kpi.eservices import DEFAULT_PATH as REGISTRY_PATH
from kpi.eservices import count_items, load_registry
from kpi.formulas import Result, coverage_percent
from kpi.milestones import DEFAULT_PATH as CHECKLIST_PATH
from kpi.milestones import load_checklist
from kpi.models import ComputeRun, JsonScalar, NewObservation, Observation, Provenance
from kpi.periods import Frequency, parse_period, parse_period_for
from kpi.tiles import Tile, latest_tiles
from ops_center import api as ops_api

log = logging.getLogger("soc.kpi")

#: Local time of the city (UTC+8, no DST): month boundaries of operational KPIs.
CITY_TZ = ZoneInfo("Asia/Taipei")
GEO_DATA = Path(__file__).resolve().parents[1] / "geo" / "data"
POPULATION_PATH = GEO_DATA / "population.geojson"
SECTORS_PATH = GEO_DATA / "base_stations.geojson"
SERVICE_ACTOR = "kpi-service"


def city_today() -> date:
    """Today's calendar day in the city: the latest day an entered figure may be as of."""
    return datetime.now(CITY_TZ).date()


class ComputeStatus(StrEnum):
    """What a computation did to the stored observation."""

    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    KEPT_ENTERED = "kept_entered"  # an entered figure exists for the key; never overwritten
    NOT_AVAILABLE = "not_available"  # no data or the source table is missing


class RunTrigger(StrEnum):
    """What started a recorded computation (``kpi_compute_runs.trigger``)."""

    SCHEDULE = "schedule"
    MANUAL = "manual"
    CLI = "cli"


@dataclass(frozen=True, slots=True)
class ComputeOutcome:
    """One computed indicator: its value (if any), what happened, and why."""

    indicator_id: str
    period: str
    as_of: date
    value: float | None
    status: ComputeStatus
    observation_id: int | None
    detail: str = ""


@dataclass(frozen=True, slots=True)
class _Key:
    """Natural key of a computed observation."""

    indicator_id: str
    period: str
    as_of: date


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """Result of a CSV import: ``imported`` new rows and ``corrected`` stored ones
    (``unchanged``: rows naming a stored observation as it is), or ``errors`` and nothing
    imported.

    The API answers a refused import with a problem that lists the errors, so
    the success it serialises has no ``errors``.
    """

    imported: int
    skipped_computed: int
    errors: Annotated[tuple[RowError, ...], Field(exclude=True)]
    corrected: int = 0
    unchanged: int = 0

    @property
    def ok(self) -> bool:
        """True when the file was imported."""
        return not self.errors


# -- definitions ------------------------------------------------------------------------


def list_definitions(path: Path | str | None = None) -> Definitions:
    """The current KPI definitions (the packaged file unless ``path`` is given)."""
    return load_definitions(path) if path is not None else load_definitions()


def ensure_definitions(conn: psycopg.Connection, defs: Definitions, actor: str) -> bool:
    """Register ``defs.version`` if new; True if registered now.

    Refuses a version that is registered with other content: the file changed
    without its version being bumped, and stored observations would then refer
    to definitions nobody can reconstruct. A text that differs only outside the
    definitions (comments, layout) has the registered content and is accepted.
    """
    with conn.transaction():
        known = repo.registered_sha(conn, defs.version)
        if known == defs.sha256:
            return False
        if known is not None and repo.registered_content(conn, defs.version) == json.loads(
                json.dumps(_definitions_content(defs))):
            return False
        if known is not None:
            raise DefinitionError(
                f"definitions version {defs.version} is registered with other content; "
                "bump `version` in the definitions file"
            )
        repo.set_audit_context(conn, actor, f"register KPI definitions {defs.version}")
        repo.register_version(conn, defs, _definitions_content(defs), actor)
        return True


def _definitions_content(defs: Definitions) -> dict[str, Any]:
    return {
        "version": defs.version,
        "declared_total_weight": {str(y): w for y, w in defs.declared_total_weight},
        "goals": [dataclasses.asdict(g) for g in defs.goals],
        "indicators": [dataclasses.asdict(i) for i in defs.indicators],
    }


# -- observations -----------------------------------------------------------------------


def list_observations(
    conn: psycopg.Connection,
    *,
    indicator_id: str | None = None,
    period: str | None = None,
    year: int | None = None,
) -> list[Observation]:
    """Stored observations, filtered by indicator, period (exact) and/or year."""
    return repo.observations(conn, indicator_id=indicator_id, period=period, year=year)


def record_entry(conn: psycopg.Connection, defs: Definitions, fields: Mapping[str, str], actor: str) -> int:
    """Store one entered observation (form fields named like the CSV columns).

    An entered figure takes the place of a computed one at the same key (the city's
    official figure over the center's, demonstration data included; the audit log keeps
    both). Raises :class:`EntryRejectedError` with every field error, or
    :class:`DuplicateObservationError` if an entered figure holds the key.
    """
    obs, errors = csvio.check_entry(defs, dict(fields), entered_by=actor, today=city_today())
    if errors or obs is None:
        raise EntryRejectedError(errors)
    ensure_definitions(conn, defs, SERVICE_ACTOR)
    try:
        with conn.transaction():
            repo.set_audit_context(conn, actor, "entered, in place of the computed figure at its key")
            repo.delete_computed_at(conn, obs.indicator_id, obs.period, obs.as_of)
            repo.set_audit_context(conn, actor, "entered")
            return repo.insert_observation(conn, defs.version, obs)
    except psycopg.errors.UniqueViolation as exc:
        raise DuplicateObservationError(obs.indicator_id, obs.period, obs.as_of.isoformat()) from exc


def correct_entry(
    conn: psycopg.Connection,
    defs: Definitions,
    observation_id: int,
    fields: Mapping[str, str],
    *,
    actor: str,
    reason: str,
) -> None:
    """Correct the value, ratio parts and note of an entered observation (audited)."""
    with conn.transaction():
        current = repo.observation(conn, observation_id)
        if current is None or current.provenance != Provenance.ENTERED:
            raise ObservationNotFoundError(observation_id)
        merged = {
            "indicator_id": current.indicator_id,
            "period": current.period,
            "as_of": current.as_of.isoformat(),
            "unit": current.unit,
            **dict(fields),
        }
        obs, errors = csvio.check_entry(defs, merged, entered_by=actor, today=city_today())
        if errors or obs is None:
            raise EntryRejectedError(errors)
        if obs.key != current.key:
            raise KpiError("a correction may not change indicator, period or as_of")
        repo.set_audit_context(conn, actor, reason)
        repo.correct_entered(
            conn,
            observation_id,
            value=obs.value,
            numerator=obs.numerator,
            denominator=obs.denominator,
            source_note=obs.source_note,
            entered_by=actor,
        )


def delete_entry(conn: psycopg.Connection, observation_id: int, *, actor: str, reason: str) -> Observation:
    """Delete an entered observation (a figure typed under the wrong year or date, or by
    mistake), audited with its content and ``reason``; the deleted figure. A computed one is
    not an entry (the next recomputation would make it again): :class:`ObservationNotFoundError`."""
    with conn.transaction():
        current = repo.observation(conn, observation_id)
        if current is None or current.provenance != Provenance.ENTERED:
            raise ObservationNotFoundError(observation_id)
        repo.set_audit_context(conn, actor, reason)
        if not repo.delete_observation(conn, observation_id):
            raise ObservationNotFoundError(observation_id)
    log.info("kpi_entry_deleted", extra={"observation_id": observation_id, "actor": actor})
    return current


def delete_observation(conn: psycopg.Connection, observation_id: int, actor: str, reason: str) -> None:
    """Delete an observation (audited with its last content)."""
    with conn.transaction():
        repo.set_audit_context(conn, actor, reason)
        if not repo.delete_observation(conn, observation_id):
            raise ObservationNotFoundError(observation_id)


# -- CSV --------------------------------------------------------------------------------


def import_csv(conn: psycopg.Connection, defs: Definitions, data: bytes | str, actor: str) -> ImportOutcome:
    """Import entered observations from CSV: all rows, or none and every error.

    Duplicates of stored observations are found before writing; one committed
    concurrently between the check and the COPY makes the COPY fail, and is
    reported the same way.
    """
    ensure_definitions(conn, defs, SERVICE_ACTOR)
    with conn.transaction():
        ids = [i.id for i in defs.indicators]
        entered = {o.observation_id: o for o in repo.observations(conn) if o.provenance == Provenance.ENTERED}
        parsed = csvio.parse_observations(data, defs, entered_by=actor, existing=repo.entered_keys(conn, ids),
                                          entered=entered, today=city_today())
        if parsed.errors:
            return ImportOutcome(0, parsed.skipped_computed, parsed.errors)
        try:
            with conn.transaction():
                repo.set_audit_context(conn, actor, "CSV import, in place of the computed figure at its key")
                for obs in parsed.observations:
                    repo.delete_computed_at(conn, obs.indicator_id, obs.period, obs.as_of)
                repo.set_audit_context(conn, actor, "CSV import")
                count = repo.copy_observations(conn, defs.version, parsed.observations)
                repo.set_audit_context(conn, actor, "CSV import: correction")
                for observation_id, obs in parsed.corrections:
                    repo.correct_entered(conn, observation_id, value=obs.value, numerator=obs.numerator,
                                         denominator=obs.denominator, source_note=obs.source_note,
                                         entered_by=actor)
        except psycopg.errors.UniqueViolation as exc:
            error = RowError(0, "(indicator_id, period, as_of)", f"duplicate observation: {exc}",
                             "重複的觀測值：同一指標、期間與基準日剛由他人存入")
            return ImportOutcome(0, parsed.skipped_computed, (error,))
    log.info("kpi_csv_imported", extra={"rows": count, "corrected": len(parsed.corrections), "actor": actor})
    return ImportOutcome(count, parsed.skipped_computed, (), len(parsed.corrections), parsed.unchanged)


def export_csv(
    conn: psycopg.Connection,
    defs: Definitions,
    *,
    indicator_id: str | None = None,
    year: int | None = None,
) -> str:
    """CSV text of the stored observations for planners (importable again)."""
    rows = repo.observations(conn, indicator_id=indicator_id, year=year)
    return csvio.export_observations(rows, defs)


# -- scores -----------------------------------------------------------------------------


def scores(conn: psycopg.Connection, defs: Definitions, year: int) -> scoring.YearScore:
    """Weighted score of ``year`` from the latest observation of each plan indicator."""
    rows = repo.observations(conn, year=year)
    latest = scoring.latest_values(((o.indicator_id, o.period, o.as_of, o) for o in rows), year)
    values = {k: o.value for k, o in latest.items()}
    demo = {k for k, o in latest.items() if scoring.demo_source(o.inputs)}
    score = scoring.score_year(defs, year, values, demo=demo)
    plan = {i.id for i in defs.indicators if i.is_plan}
    dates = [o.as_of for o in rows if o.indicator_id in plan and parse_period(o.period).year == year]
    return dataclasses.replace(score, as_of=max(dates)) if dates else score


def scores_by_year(conn: psycopg.Connection, defs: Definitions) -> list[scoring.YearScore]:
    """Scores of every year the definitions weigh (2015, 2016)."""
    return [scores(conn, defs, y) for y in defs.years()]


def tiles(conn: psycopg.Connection, defs: Definitions) -> dict[str, Tile]:
    """The wall's KPI tiles: each indicator at the latest weighted year that has a value,
    with the ``as_of`` of that figure and whether it came from demonstration data."""
    tiles = latest_tiles(defs, scores_by_year(conn, defs))
    latest: dict[tuple[str, int], Observation] = {}
    for o in repo.observations(conn):
        key = (o.indicator_id, parse_period(o.period).year)
        if key not in latest or o.as_of > latest[key].as_of:
            latest[key] = o
    for kpi_id, tile in tiles.items():
        if tile.period is None or (kpi_id, int(tile.period)) not in latest:
            continue
        obs = latest[(kpi_id, int(tile.period))]
        tiles[kpi_id] = dataclasses.replace(tile, as_of=obs.as_of.isoformat(), demo=scoring.demo_source(obs.inputs))
    return tiles


@dataclass(frozen=True, slots=True)
class PlannerStatus:
    """What the planner page shows: each plan measure at its latest year, the center's
    operational KPIs at their latest month, and the last run."""

    measures: tuple[scoring.MeasureStatus, ...]
    last_run: ComputeRun | None
    operational: tuple[scoring.OperationalStatus, ...]


def planner_status(conn: psycopg.Connection, defs: Definitions) -> PlannerStatus:
    """Each plan measure's latest figure with its year's target, achievement and points, and
    each operational KPI's latest month against its standing target."""
    operational_ids = {ind.id for ind in defs.indicators if not ind.is_plan}
    by_indicator: dict[str, list[scoring.ObservedValue]] = {}
    for o in repo.observations(conn):
        numerator, denominator = o.numerator, o.denominator
        completed = open_items = None
        lower_bound = False
        if o.indicator_id in operational_ids and numerator is None and denominator is None:
            # an operational ratio keeps its parts in its inputs (computed, never entered), a
            # duration the items done and still open
            numerator, denominator = _number(o.inputs, "numerator"), _number(o.inputs, "denominator")
            done, waiting = _number(o.inputs, "count"), _number(o.inputs, "open_items")
            if done is not None and waiting is not None:
                completed, open_items = int(done), int(waiting)
                lower_bound = (o.inputs or {}).get("lower_bound") is True
        by_indicator.setdefault(o.indicator_id, []).append(
            scoring.ObservedValue(o.period, o.as_of, o.value, numerator, denominator, o.provenance,
                                  scoring.demo_source(o.inputs), completed=completed, open_items=open_items,
                                  lower_bound=lower_bound)
        )
    measures = tuple(
        scoring.measure_status(ind, by_indicator.get(ind.id, ())) for ind in defs.indicators if ind.is_plan
    )
    operational = tuple(
        scoring.operational_status(ind, by_indicator.get(ind.id, ())) for ind in defs.indicators if not ind.is_plan
    )
    return PlannerStatus(measures, repo.last_run(conn), operational)


def _number(inputs: Mapping[str, object] | None, key: str) -> float | None:
    value = (inputs or {}).get(key)
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def last_run(conn: psycopg.Connection) -> ComputeRun | None:
    """The most recent recorded computation (``None`` before the first)."""
    return repo.last_run(conn)


def default_plan_year(defs: Definitions, today: date) -> int:
    """The plan year computed by default: this year, or the plan's last weighted year if earlier.

    The plan weighs 2015 and 2016; computing a later year would give figures
    without a target.
    """
    return min(today.year, max(defs.years()))


def recompute(
    conn: psycopg.Connection,
    defs: Definitions,
    now: datetime,
    *,
    trigger: RunTrigger,
    actor: str,
    plan_year: int | None = None,
    ack_deadline_s: Mapping[str, float] | None = None,
    default_mode: str = "peacetime",
) -> tuple[ComputeRun, list[ComputeOutcome]]:
    """Compute the plan measures of ``plan_year`` and this month's operational KPIs; record the run.

    ``plan_year`` defaults to :func:`default_plan_year`; its cut-off day is
    today (city time) or 31 December of that year, whichever is earlier.
    """
    today = now.astimezone(CITY_TZ).date()
    year = plan_year if plan_year is not None else default_plan_year(defs, today)
    month = today.strftime("%Y-%m")
    outcomes = compute_plan(conn, defs, year, min(today, date(year, 12, 31)))
    outcomes += compute_operational(
        conn, defs, month, now, ack_deadline_s=ack_deadline_s, default_mode=default_mode
    )
    counts: dict[str, int] = {}
    for o in outcomes:
        counts[o.status.value] = counts.get(o.status.value, 0) + 1
    finished = max(now, datetime.now(UTC))
    with conn.transaction():
        run_id = repo.insert_run(
            conn,
            trigger=trigger.value,
            actor=actor,
            plan_year=year,
            month=month,
            started_at=now,
            finished_at=finished,
            outcomes=counts,
        )
    run = ComputeRun(run_id, trigger.value, actor, year, month, now, finished, counts)
    log_event(log, "kpi_recomputed", trigger=trigger.value, actor=actor, run_id=run_id,
              outcomes=",".join(f"{k}:{v}" for k, v in sorted(counts.items())))
    return run, outcomes


def indicator_history(conn: psycopg.Connection, defs: Definitions, indicator_id: str) -> scoring.History:
    """An indicator's observations in time order with achievement and trend."""
    indicator = defs.indicator(indicator_id)
    rows = repo.observations(conn, indicator_id=indicator_id)
    return scoring.history(indicator, (
        scoring.ObservedValue(o.period, o.as_of, o.value, o.numerator, o.denominator, o.provenance,
                              scoring.demo_source(o.inputs))
        for o in rows
    ))


# -- computed KPIs ----------------------------------------------------------------------


def compute_plan(
    conn: psycopg.Connection,
    defs: Definitions,
    year: int,
    as_of: date,
    *,
    registry_path: Path = REGISTRY_PATH,
    checklist_path: Path = CHECKLIST_PATH,
    population_path: Path = POPULATION_PATH,
    sectors_path: Path = SECTORS_PATH,
) -> list[ComputeOutcome]:
    """Compute the plan measures the center derives itself (7.1, 7.2, 7.3) for ``year``."""
    period = parse_period_for(str(year), Frequency.ANNUAL)
    if not period.contains(as_of):
        raise KpiError(f"as_of {as_of} is outside {year}")
    ensure_definitions(conn, defs, SERVICE_ACTOR)
    outcomes: list[ComputeOutcome] = []

    checklist = load_checklist(checklist_path)
    progress = checklist.progress(as_of)
    fixture_evidence = sum(
        1 for m in checklist.milestones if m.evidence is not None and m.evidence.fixture and m.evidence.dated <= as_of
    )
    outcomes.append(
        _store(
            conn,
            defs,
            _Key(checklist.indicator_id, str(period), as_of),
            progress,
            extra={
                "checklist_version": checklist.version,
                "fixture_evidence": fixture_evidence,
                "checklist_sha256": _sha(checklist_path),
            },
            note=f"computed from {checklist_path.name} (phase-2 milestones with evidence)",
        )
    )

    registry = load_registry(registry_path)
    items = count_items(registry, year, as_of=as_of)
    outcomes.append(
        _store(
            conn,
            defs,
            _Key("7.3", str(period), as_of),
            items.result,
            extra={
                "pairs": items.pairs,
                "fixture_rows": items.fixture_rows,
                "registry_sha256": _sha(registry_path),
            },
            note=f"computed from {registry_path.name}: agencies using × new service items",
        )
    )

    outcomes.append(
        _compute_coverage(conn, defs, _Key("7.2", str(period), as_of), population=population_path, sectors=sectors_path)
    )
    return outcomes


def _compute_coverage(
    conn: psycopg.Connection, defs: Definitions, key: _Key, *, population: Path, sectors: Path
) -> ComputeOutcome:
    import geopandas as gpd

    from geo.coverage import covered_population

    year = int(key.period)
    people = gpd.read_file(population)
    used_year = year
    if "year" in people.columns:
        # The latest population layer not after the year (contract 5: a frame
        # with several years would count every person more than once).
        years = sorted(int(y) for y in people["year"].unique() if int(y) <= year)
        if not years:
            return _missing(key, f"no population layer for {year} or earlier")
        used_year = years[-1]
        people = people[people["year"] == used_year]
    cells = gpd.read_file(sectors)
    cov = covered_population(people, cells)
    result = coverage_percent(cov.covered, cov.total)
    return _store(
        conn,
        defs,
        key,
        result,
        extra={
            "population_year": used_year,
            "sectors": len(cells),
            "synthetic_features": _synthetic(people) + _synthetic(cells),
            "population_sha256": _sha(population),
            "sectors_sha256": _sha(sectors),
        },
        note=f"computed by geo.coverage.covered_population over {sectors.name} "
        f"and {population.name} (population {used_year})",
    )


def _synthetic(frame: Any) -> int:
    """How many features of a geo layer say they are SYNTHETIC (their ``precision``)."""
    if "precision" not in frame.columns:
        return 0
    return int(frame["precision"].astype(str).str.startswith("SYNTHETIC").sum())


def compute_operational(
    conn: psycopg.Connection,
    defs: Definitions,
    month: str,
    now: datetime,
    *,
    expected_metrics: Mapping[str, tuple[str, ...]] = operational.EXPECTED_METRICS,
    ack_deadline_s: Mapping[str, float] | None = None,
    default_mode: str = "peacetime",
) -> list[ComputeOutcome]:
    """Compute the center's operational KPIs for ``month`` (YYYY-MM, city time) up to ``now``.

    ``ack_deadline_s`` maps a dispatch mode (peacetime / emergency) to its
    acknowledgement deadline; by default it is read from the ops center's routing
    table (``ops_center/routing.yaml``). ``default_mode`` is the mode before any
    recorded switch (``settings.ops.mode``).
    """
    period = parse_period_for(month, Frequency.MONTHLY)
    start = datetime.combine(period.start, time(0), CITY_TZ)
    month_end = datetime.combine(period.end + timedelta(days=1), time(0), CITY_TZ)
    end = min(month_end, now)
    if end <= start:
        raise KpiError(f"{month} has not started at {now.isoformat()}")
    as_of = (end - timedelta(microseconds=1)).astimezone(CITY_TZ).date()
    ensure_definitions(conn, defs, SERVICE_ACTOR)
    p = str(period)
    window: dict[str, JsonScalar] = {
        "window_start": start.astimezone(UTC).isoformat(),
        "window_end": end.astimezone(UTC).isoformat(),
    }
    out: list[ComputeOutcome] = []

    sensors = [
        operational.SensorSpec(str(r[0]), str(r[1]), str(r[2]), None if r[3] is None else int(r[3]), r[4])
        for r in conn.execute(repo.SQL_SENSORS_EXPECTED).fetchall()
    ]
    params = {"start": start, "end": end}
    any_slots = [
        operational.SlotCount(str(a), None, int(n)) for a, _, n in conn.execute(repo.SQL_SLOTS_ANY, params).fetchall()
    ]
    per_agency = operational.sensor_availability(sensors, any_slots, start, end)
    total = operational.Ratio(
        sum(r.numerator for r in per_agency.values()),
        sum(r.denominator for r in per_agency.values()),
    )
    avail_inputs: dict[str, JsonScalar] = dict(window)
    for agency, ratio in per_agency.items():
        avail_inputs[f"{agency}.present_slots"] = ratio.numerator
        avail_inputs[f"{agency}.expected_slots"] = ratio.denominator
    out.append(_store_ratio(conn, defs, _Key("ops.sensor_availability", p, as_of), total, avail_inputs))

    metric_slots = [
        operational.SlotCount(str(a), str(m), int(n))
        for a, m, n in conn.execute(repo.SQL_SLOTS_PER_METRIC, params).fetchall()
    ]
    completeness = operational.data_completeness(sensors, expected_metrics, metric_slots, start, end)
    key = _Key("ops.data_completeness", p, as_of)
    out.append(_store_ratio(conn, defs, key, completeness, dict(window)))

    key = _Key("ops.mtta_alerts", p, as_of)
    alerts = [
        operational.AlertTimes(a.alert_id, a.raised_at, a.acknowledged_at)
        for a in alerts_api.alert_times(conn, params["start"], params["end"])
    ]
    stats = operational.mean_time_to_acknowledge(alerts, end)
    out.append(_store_duration(conn, defs, key, stats, dict(window)))

    out += _incident_kpis(conn, defs, params, window, period=p, as_of=as_of, end=end)
    out.append(
        _ack_kpi(
            conn,
            defs,
            _Key("ops.dispatch_ack_within_deadline", p, as_of),
            params,
            window,
            now=now,
            ack_deadline_s=ack_deadline_s,
            default_mode=default_mode,
        )
    )
    return out


def _incident_kpis(
    conn: psycopg.Connection,
    defs: Definitions,
    params: dict[str, Any],
    window: dict[str, JsonScalar],
    *,
    period: str,
    as_of: date,
    end: datetime,
) -> list[ComputeOutcome]:
    keys = [_Key(i, period, as_of) for i in ("ops.evidence_to_dispatch", "ops.evidence_to_clearance")]
    incidents = [
        operational.IncidentTimes(i.incident_id, i.first_evidence_at, i.first_dispatch_at, i.cleared_at)
        for i in ops_api.incident_times(conn, params["start"], params["end"])
    ]
    return [
        _store_duration(conn, defs, keys[0], operational.evidence_to_dispatch(incidents, end), dict(window)),
        _store_duration(conn, defs, keys[1], operational.evidence_to_clearance(incidents, end), dict(window)),
    ]


def _ack_kpi(
    conn: psycopg.Connection,
    defs: Definitions,
    key: _Key,
    params: dict[str, Any],
    window: dict[str, JsonScalar],
    *,
    now: datetime,
    ack_deadline_s: Mapping[str, float] | None,
    default_mode: str,
) -> ComputeOutcome:
    deadlines = dict(ack_deadline_s) if ack_deadline_s is not None else _routing_ack_deadlines()
    assignments: list[operational.AssignmentTimes] = []
    cancelled_unacknowledged = 0
    for a in ops_api.assignment_times(conn, params["start"], params["end"], default_mode):
        if a.state == ops_api.AssignmentState.CANCELLED and a.acknowledged_at is None:
            # Reassigned or closed before anyone acknowledged: no acknowledgement was due.
            cancelled_unacknowledged += 1
            continue
        deadline = a.assigned_at + timedelta(seconds=deadlines[a.mode])
        assignments.append(operational.AssignmentTimes(a.assignment_id, a.assigned_at, deadline, a.acknowledged_at))
    share = operational.ack_within_deadline(assignments, now)
    extra: dict[str, JsonScalar] = {
        **window,
        "pending": share.pending,
        "cancelled_unacknowledged": cancelled_unacknowledged,
        **{f"ack_deadline_s.{m}": float(v) for m, v in sorted(deadlines.items())},
    }
    return _store_ratio(conn, defs, key, share.ratio, extra)


def _routing_ack_deadlines() -> dict[str, float]:
    """Acknowledgement deadline per mode, as the ops center routes."""
    return ops_api.ack_deadlines_by_mode()


# -- storing computed values ------------------------------------------------------------


def _store(
    conn: psycopg.Connection,
    defs: Definitions,
    key: _Key,
    result: Result,
    *,
    extra: Mapping[str, JsonScalar],
    note: str,
) -> ComputeOutcome:
    indicator_id, period, as_of = key.indicator_id, key.period, key.as_of
    indicator = defs.indicator(indicator_id)
    inputs: dict[str, JsonScalar] = {**result.inputs_dict(), **extra, "exact": result.exact}
    numerator = denominator = None
    if indicator_id == "7.2":
        numerator = float(result.inputs_dict()["covered_population"])
        denominator = float(result.inputs_dict()["city_population"])
    obs = NewObservation(
        indicator_id=indicator_id,
        period=period,
        as_of=as_of,
        value=result.value,
        unit=indicator.unit,
        provenance=Provenance.COMPUTED,
        source_note=note,
        entered_by=None,
        numerator=numerator,
        denominator=denominator,
        inputs=tuple(sorted(inputs.items())),
    )
    with conn.transaction():
        repo.set_audit_context(conn, SERVICE_ACTOR, f"compute {indicator_id} {period}")
        done = repo.upsert_computed(conn, defs.version, obs)
        if done is not None:
            oid, inserted = done
            status = ComputeStatus.CREATED if inserted else ComputeStatus.UPDATED
            return ComputeOutcome(indicator_id, period, as_of, obs.value, status, oid)
        existing = repo.by_key(conn, indicator_id, period, as_of)
    if existing is not None and existing[1] == Provenance.ENTERED:
        return ComputeOutcome(
            indicator_id,
            period,
            as_of,
            obs.value,
            ComputeStatus.KEPT_ENTERED,
            existing[0],
            "an entered figure exists for this key",
        )
    unchanged_id = existing[0] if existing else None
    return ComputeOutcome(indicator_id, period, as_of, obs.value, ComputeStatus.UNCHANGED, unchanged_id)


def _store_ratio(
    conn: psycopg.Connection,
    defs: Definitions,
    key: _Key,
    ratio: operational.Ratio,
    extra: dict[str, JsonScalar],
) -> ComputeOutcome:
    pct = ratio.pct
    if pct is None:
        return _missing(key, "nothing expected in the window")
    parts: tuple[tuple[str, int], ...] = (
        ("numerator", ratio.numerator),
        ("denominator", ratio.denominator),
    )
    result = Result(round(pct, 2), pct, parts)
    note = f"computed from the center's tables ({key.indicator_id})"
    return _store(conn, defs, key, result, extra=extra, note=note)


def _store_duration(
    conn: psycopg.Connection,
    defs: Definitions,
    key: _Key,
    stats: operational.DurationStats,
    extra: dict[str, JsonScalar],
) -> ComputeOutcome:
    parts: tuple[tuple[str, int], ...] = (
        ("count", stats.count),
        ("open_items", stats.open_items),
        ("inconsistent", stats.inconsistent),
    )
    note = f"computed from the center's tables ({key.indicator_id})"
    if stats.mean_s is None:
        if stats.open_wait_s is None:
            return _missing(key, "no items in the window")
        # Nothing done yet but items waiting: the worst month, not an empty one. The figure
        # is their mean wait so far, a lower bound of the mean (``lower_bound``), which grows
        # at each computation until an item is done.
        result = Result(round(stats.open_wait_s, 1), stats.open_wait_s, parts)
        return _store(conn, defs, key, result, extra={**extra, "lower_bound": True}, note=note)
    result = Result(round(stats.mean_s, 1), stats.mean_s, parts)
    return _store(conn, defs, key, result, extra={**extra, "median_s": stats.median_s}, note=note)


def _missing(key: _Key, why: str) -> ComputeOutcome:
    return ComputeOutcome(key.indicator_id, key.period, key.as_of, None, ComputeStatus.NOT_AVAILABLE, None, why)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
