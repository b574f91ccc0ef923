"""Quarantine, audit log, map layers, MQTT JSON Schemas and health."""

from __future__ import annotations

import asyncio
import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response

from common import audit as audit_log
from common.health import ProcessState
from ingest import api as ingest
from ops_center import api as ops
from web.deps import Db, PersonalReader, QuarantineUser, Reader, State, WebState
from web.errors import NotFoundError
from web.jsonbody import UniqueKeysRoute
from web.repo import SQL_HEALTH_TIMEOUT
from web.schemas import (
    DbId,
    HealthOut,
    IngestStatsOut,
    Instant,
    PathKey,
    QuarantineOut,
    ReplayIn,
    ReplayOut,
)

router = APIRouter(prefix="/api", route_class=UniqueKeysRoute)

ROOT = Path(__file__).resolve().parents[2]
GEO_DATA = ROOT / "geo" / "data"
MQTT_SCHEMAS = ROOT / "ingest" / "schemas"
MAP_LAYERS = ("zones", "roads", "sensors")


@router.get("/quarantine", response_model=list[QuarantineOut], tags=["quarantine"])
def list_quarantine(
    *,
    user: QuarantineUser,
    db: Db,
    reason: str | None = None,
    source_id: str | None = None,
    since: Instant | None = None,
    pending: bool | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> list[QuarantineOut]:
    """Dead letters with their raw payload and reason, newest first."""
    return ingest.list_quarantine(db, reason=reason, source_id=source_id, since=since,
                                  pending=pending, limit=limit)


@router.get("/quarantine/reasons", response_model=list[ingest.ReasonCount], tags=["quarantine"])
def quarantine_reasons(
    user: QuarantineUser, db: Db, hours: Annotated[int, Query(ge=1, le=24 * 90)] = 24
) -> list[ingest.ReasonCount]:
    """How many dead letters per reason within the last ``hours``."""
    since = datetime.now(UTC) - timedelta(hours=hours)
    return ingest.quarantine_reasons(db, since)


@router.get("/quarantine/{qid}", response_model=QuarantineOut, tags=["quarantine"])
def get_quarantine(qid: DbId, user: QuarantineUser, db: Db) -> QuarantineOut:
    """One dead letter."""
    row = ingest.get_quarantine(db, qid)
    if row is None:
        raise NotFoundError(f"no quarantined message {qid}", resource="quarantine", key=str(qid))
    return row


@router.post("/quarantine/replay", response_model=ReplayOut, tags=["quarantine"])
def replay_quarantine(body: ReplayIn, user: QuarantineUser, db: Db, state: State) -> ReplayOut:
    """Re-parse pending dead letters against the current registry and store those that pass.

    The ingest package's own parser and store do the work (exactly as
    ``soc quarantine replay``): one transaction, rows that still fail are
    quarantined again, every replayed row is marked, counters stay balanced.
    """
    result = ingest.replay_quarantine(db, state.settings, reason=body.reason, limit=body.limit,
                                      now=datetime.now(UTC), actor=user.name)
    db.commit()
    return result


@router.get("/ingest/stats", response_model=IngestStatsOut, tags=["ingest"])
def ingest_stats(user: Reader, db: Db) -> IngestStatsOut:
    """Ingest counters per source and in total, with the balance check (received = stored + duplicate + quarantined)."""
    return ingest.stats(db)


@router.get("/audit", response_model=list[audit_log.AuditRow], tags=["audit"])
def audit(
    *,
    user: PersonalReader,
    db: Db,
    subject_type: str | None = None,
    subject_id: str | None = None,
    actor: str | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> list[audit_log.AuditRow]:
    """Who changed what, newest first."""
    return audit_log.list_entries(db, subject_type=subject_type, subject_id=subject_id, actor=actor,
                                  limit=limit)


@router.get("/geo/{layer}", tags=["geo"])
def map_layer(layer: PathKey, user: Reader) -> JSONResponse:
    """A map layer of the 水湳 zone as GeoJSON (zones, roads or sensors), from ``geo/data``."""
    if layer not in MAP_LAYERS or not (GEO_DATA / f"{layer}.geojson").is_file():
        raise NotFoundError(f"no map layer {layer!r}", resource="layer", key=layer)
    data = json.loads((GEO_DATA / f"{layer}.geojson").read_text(encoding="utf-8"))
    return JSONResponse(data, media_type="application/geo+json")


@router.get("/schemas/mqtt", tags=["schemas"])
def mqtt_schemas(user: Reader) -> list[str]:
    """Names of the MQTT payload JSON Schemas (one per feed; see docs/mqtt.md)."""
    if not MQTT_SCHEMAS.is_dir():
        return []
    return sorted(p.stem for p in MQTT_SCHEMAS.glob("*.json"))


@router.get("/schemas/mqtt/{name}", tags=["schemas"])
def mqtt_schema(name: PathKey, user: Reader) -> JSONResponse:
    """One MQTT payload JSON Schema."""
    if name not in mqtt_schemas(user):
        raise NotFoundError(f"no MQTT schema {name!r}", resource="schema", key=name)
    data = json.loads((MQTT_SCHEMAS / f"{name}.json").read_text(encoding="utf-8"))
    return JSONResponse(data, media_type="application/schema+json")


#: How long /api/health waits for a pooled connection and for its query, so it
#: answers within about a second even when the database is away.
HEALTH_WAIT_S = 0.8
#: How long /api/health waits for its read in all: a server that is frozen (SIGSTOP, a stalled
#: host) enforces no statement timeout, so the read may hang until it thaws; the answer does not.
HEALTH_ANSWER_S = 5.0


NO_STORE = {"Cache-Control": "no-store"}


@router.get("/health", tags=["health"], response_model=HealthOut,
            responses={503: {"model": HealthOut, "description": "the database or a required process is down"}})
async def health(request: Request) -> Response:
    """The center's health (no authentication, for load balancers and the wall).

    200 with every process's last beat when the database answers and every
    required process (``SOC_HEALTH__SERVICES``) beat within
    ``SOC_HEALTH__STALE_AFTER_S`` or waits on the database after its return (``waiting``),
    even while ``warnings`` names a stopped supervisor;
    503 naming what is down otherwise, and while the database cannot be read, ``waiting``
    naming the required processes that wait on it (``common.health.while_database_away``).
    Either way it names the incident holding the ops center's replay-log prune back, if one
    does. Never waits for the database longer than :data:`HEALTH_WAIT_S` for a connection
    and :data:`HEALTH_ANSWER_S` in all, nor for the server's request threadpool: during an
    outage the requests waiting for a pooled connection fill it, so the check reads on a
    thread of its own (no dependency either: those run there too), one read at a time (a
    read hung on a frozen server is not joined by more).
    """
    state: WebState = request.app.state.web
    checked_at = datetime.now(UTC)
    task = state.health_task
    if task is None or task.done():
        # A check arriving while a read is in flight shares its answer: two load balancers
        # (or a monitor beside the wall) asking at once must not read as a database away.
        if not state.health_read.acquire(blocking=False):  # an abandoned read still waits for its answer
            return _unreachable(state, checked_at, "TimeoutError")

        def read() -> JSONResponse:
            try:
                return _health(state, checked_at)
            finally:
                state.health_read.release()

        task = asyncio.ensure_future(asyncio.to_thread(read))
        state.health_task = task
    done, _ = await asyncio.wait({task}, timeout=HEALTH_ANSWER_S)
    if not done:
        return _unreachable(state, checked_at, "TimeoutError")
    shared: JSONResponse = task.result()
    return Response(shared.body, status_code=shared.status_code, headers=NO_STORE, media_type="application/json")


def _unreachable(state: WebState, checked_at: datetime, error: str) -> JSONResponse:
    h = state.settings.health
    processes = () if state.database is None else state.database.processes_while_away()
    out = HealthOut(status="down", database="unreachable", down=["database"],
                    waiting=[p.service for p in processes if p.required and p.state is ProcessState.WAITING],
                    processes=list(processes), stale_after_s=h.stale_after_s, checked_at=checked_at, error=error)
    return JSONResponse(out.model_dump(mode="json"), status_code=503, headers=NO_STORE)


def _health(state: WebState, checked_at: datetime) -> JSONResponse:
    import psycopg

    from common.health import (
        BROKER,
        SUPERVISOR,
        WRITES_REFUSED,
        broker_lost_since,
        read_health,
        read_refusals,
        read_restarts,
        record_outage,
        supervision_stopped,
    )

    h = state.settings.health
    watch = state.database
    outage_since = None if watch is None else watch.outage_since
    outages = 0 if watch is None else watch.outages
    try:
        with state.pool.connection(timeout=HEALTH_WAIT_S) as conn:
            conn.execute(SQL_HEALTH_TIMEOUT, (str(int(HEALTH_WAIT_S * 1000)),))
            processes = read_health(conn, h.services, h.stale_after_s, outage_since=outage_since)
            refused = read_refusals(conn, h.stale_after_s)
            restarted = read_restarts(conn)
            if outage_since is not None:
                record_outage(conn, "web", outage_since)
            hold = ops.log_hold(conn, retention_s=state.settings.ops.retention_s)
    except psycopg.Error as exc:  # PoolTimeout is one: no connection within the wait
        return _unreachable(state, checked_at, type(exc).__name__)
    if watch is not None and watch.outages != outages:
        # An outage began while this read waited for its answers (a server frozen in the middle
        # of it answers it when it thaws, maybe before the watch has recorded the outage): its
        # processes were judged without the outage, their silence during it counted against
        # them. Read again, knowing of it.
        return _health(state, datetime.now(UTC))
    if watch is not None:
        watch.answered()
        watch.remember(processes)
        if outage_since is not None:
            watch.recorded(outage_since)
    down = ([BROKER] if broker_lost_since(processes) is not None else []) + [
        p.service for p in processes if p.required and p.stale]
    out = HealthOut(
        status="down" if down else "ok", database="up", down=down,
        waiting=[p.service for p in processes if p.required and p.state is ProcessState.WAITING],
        processes=[replace(p, age_s=None if p.age_s is None else round(p.age_s, 1)) for p in processes],
        stale_after_s=h.stale_after_s, checked_at=checked_at, replay_log_hold=hold,
        warnings=([] if supervision_stopped(processes) is None else [SUPERVISOR])
        + ([WRITES_REFUSED] if refused else []),
        refused=list(refused), restarted=list(restarted),
    )
    return JSONResponse(out.model_dump(mode="json"), status_code=503 if down else 200, headers=NO_STORE)


@router.get("/health/live", tags=["health"])
def live() -> dict[str, str]:
    """The web process answers (the container's own liveness; says nothing about the others)."""
    return {"status": "ok"}
