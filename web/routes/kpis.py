"""KPIs: definitions, observations (list, enter), CSV import with its error report, export,
scores and per-indicator history. All through the KPI package's service, which audits
every change (its 0050 triggers write ``audit_log`` with the user named here)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Query, UploadFile, status
from fastapi.responses import Response

from kpi import api as service
from ops_center import api as ops
from web.deps import Db, KpiWriter, Reader, State
from web.errors import InputProblem, InvalidInputError
from web.jsonbody import UniqueKeysRoute
from web.schemas import (
    ComputeRunOut,
    CreatedOut,
    DbId,
    DefinitionsOut,
    HistoryOut,
    ImportOut,
    ObservationIn,
    ObservationOut,
    PathKey,
    PlannerStatusOut,
    ReadableText,
    YearScoreOut,
)
from web.views import fields_of

router = APIRouter(prefix="/api/kpis", tags=["kpis"], route_class=UniqueKeysRoute)

#: Largest CSV accepted by the import (the plan's table is a few hundred rows a year).
MAX_CSV_BYTES = 5 * 1024 * 1024
#: Most errors listed in a refused import's report; the detail says how many more.
MAX_REPORTED_ERRORS = 100


@router.get("/definitions", response_model=DefinitionsOut)
def definitions(user: Reader, state: State) -> DefinitionsOut:
    """Goals and indicators with weights and yearly targets, zh-TW and English."""
    return state.kpis()


@router.get("/observations", response_model=list[ObservationOut])
def observations(
    *,
    user: Reader,
    db: Db,
    indicator_id: str | None = None,
    period: str | None = None,
    year: Annotated[int | None, Query(ge=service.EARLIEST_YEAR, le=service.LATEST_YEAR)] = None,
) -> list[ObservationOut]:
    """Stored observations (computed and entered)."""
    return service.list_observations(db, indicator_id=indicator_id, period=period, year=year)


@router.post("/observations", response_model=CreatedOut, status_code=status.HTTP_201_CREATED)
def enter_observation(body: ObservationIn, user: KpiWriter, db: Db, state: State) -> CreatedOut:
    """Enter one observation; 422 lists every field error, 409 if the key exists."""
    fields = {k: "" if v is None else str(v) for k, v in body.model_dump().items()}
    return CreatedOut(id=service.record_entry(db, state.kpis(), fields, user.name))


@router.delete("/observations/{observation_id}", response_model=ObservationOut)
def delete_observation(
    *,
    observation_id: DbId,
    reason: Annotated[ReadableText, Query(min_length=1, max_length=500, description="why, for the audit log")],
    user: KpiWriter,
    db: Db,
) -> ObservationOut:
    """Delete an entered figure (typed under the wrong year or date, or by mistake; its id is
    the export's ``observation_id``), audited with its content and ``reason``; the deleted
    figure. The reason needs a visible character (422). 404 for no such entered figure: a
    computed one is made again by the next recomputation, never deleted."""
    return service.delete_entry(db, observation_id, actor=user.name, reason=reason.strip())


@router.post("/import", response_model=ImportOut)
def import_csv(file: UploadFile, user: KpiWriter, db: Db, state: State) -> ImportOut:
    """Import a CSV (columns as in the export): every row or none.

    A refused file is answered 422 with ``errors``: each with its ``line`` (the
    header is line 1), ``column`` and ``message``.
    """
    data = file.file.read(MAX_CSV_BYTES + 1)
    if len(data) > MAX_CSV_BYTES:
        raise InvalidInputError(f"CSV larger than {MAX_CSV_BYTES} bytes")
    outcome = service.import_csv(db, state.kpis(), data, user.name)
    if not outcome.ok:
        total = len(outcome.errors)
        more = total - MAX_REPORTED_ERRORS
        raise InvalidInputError(
            f"import refused, {total} error(s); nothing was imported"
            + (f"; the first {MAX_REPORTED_ERRORS} are listed, {more} more not shown"
               if more > 0 else ""),
            errors=tuple(InputProblem(_clip(e.message), line=e.line, column=_clip(e.column),
                                      message_zh=_clip(e.message_zh))
                         for e in outcome.errors[:MAX_REPORTED_ERRORS]),
        )
    return outcome


def _clip(text: str, limit: int = 300) -> str:
    """A report line quotes the offending cell: keep it short whatever the file held."""
    return text if len(text) <= limit else text[:limit] + "…"


@router.get("/export", responses={200: {"content": {"text/csv": {}}}})
def export_csv(
    *,
    user: Reader,
    db: Db,
    state: State,
    indicator_id: str | None = None,
    year: Annotated[int | None, Query(ge=service.EARLIEST_YEAR, le=service.LATEST_YEAR)] = None,
) -> Response:
    """The observations as CSV (importable again), for planners: UTF-8 with a byte-order
    mark (so that spreadsheets read the Chinese names), formulas neutralised."""
    text = service.export_csv(db, state.kpis(), indicator_id=indicator_id, year=year)
    stamp = datetime.now(UTC).strftime("%Y%m%d")
    return Response("\ufeff" + text, media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="kpi-{stamp}.csv"'})


@router.get("/scores", response_model=list[YearScoreOut])
def scores(user: Reader, db: Db, state: State) -> list[YearScoreOut]:
    """Weighted score per goal and overall, for every year the plan weighs."""
    return service.scores_by_year(db, state.kpis())


@router.get("/status", response_model=PlannerStatusOut)
def planner_status(user: Reader, db: Db, state: State) -> PlannerStatusOut:
    """Each plan measure at its latest year with data, and when the KPIs were last computed."""
    status_ = service.planner_status(db, state.kpis())
    return PlannerStatusOut(**fields_of(status_), interval_s=state.settings.ops.kpi_interval_s)


@router.post("/compute", response_model=ComputeRunOut)
def compute(user: KpiWriter, db: Db, state: State) -> ComputeRunOut:
    """Recompute the KPIs the center derives now (planners, admins); recorded as a manual run."""
    settings = state.settings
    run, _ = service.recompute(
        db, state.kpis(), datetime.now(UTC), trigger=service.RunTrigger.MANUAL, actor=user.name,
        plan_year=settings.ops.kpi_plan_year, default_mode=settings.ops.mode,
        ack_deadline_s=ops.ack_deadlines_by_mode(settings.ops.routing_file),
    )
    return run


@router.get("/{indicator_id}/history", response_model=HistoryOut)
def history(indicator_id: PathKey, user: Reader, db: Db, state: State) -> HistoryOut:
    """An indicator's observations over time with achievement against the year's target."""
    return service.indicator_history(db, state.kpis(), indicator_id)
