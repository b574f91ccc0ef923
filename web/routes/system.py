"""Quarantine, audit log, map layers, MQTT JSON Schemas and health."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse

from ingest.consumer import limits_from, parse_or_reject
from ingest.store import Message, Store
from web import repo
from web.deps import Db, QuarantineUser, Reader, State
from web.errors import NotFoundError
from web.schemas import (
    AuditOut,
    DbId,
    IngestCounterOut,
    IngestStatsOut,
    QuarantineOut,
    ReasonCountOut,
    ReplayIn,
    ReplayOut,
)

router = APIRouter(prefix="/api")

ROOT = Path(__file__).resolve().parents[2]
GEO_DATA = ROOT / "geo" / "data"
MQTT_SCHEMAS = ROOT / "ingest" / "schemas"
MAP_LAYERS = ("zones", "roads", "sensors")


def _quarantine_out(row: repo.QuarantineRow) -> QuarantineOut:
    try:
        text: str | None = bytes(row.payload).decode("utf-8")
    except UnicodeDecodeError:
        text = None
    return QuarantineOut(
        id=row.id, time=row.time, topic=row.topic, reason=row.reason, detail=row.detail,
        source_id=row.source_id, replayed_at=row.replayed_at, size=len(row.payload),
        payload_text=text, payload_b64=base64.b64encode(bytes(row.payload)).decode("ascii"),
    )


@router.get("/quarantine", response_model=list[QuarantineOut], tags=["quarantine"])
def list_quarantine(
    *,
    user: QuarantineUser,
    db: Db,
    reason: str | None = None,
    source_id: str | None = None,
    since: datetime | None = None,
    pending: bool | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> list[QuarantineOut]:
    """Dead letters with their raw payload and reason, newest first."""
    rows = repo.list_quarantine(db, reason=reason, source_id=source_id, since=since,
                                pending=pending, limit=limit)
    return [_quarantine_out(r) for r in rows]


@router.get("/quarantine/reasons", response_model=list[ReasonCountOut], tags=["quarantine"])
def quarantine_reasons(
    user: QuarantineUser, db: Db, hours: Annotated[int, Query(ge=1, le=24 * 90)] = 24
) -> list[ReasonCountOut]:
    """How many dead letters per reason within the last ``hours``."""
    since = datetime.now(UTC) - timedelta(hours=hours)
    return [ReasonCountOut.model_validate(r) for r in repo.quarantine_reasons(db, since)]


@router.get("/quarantine/{qid}", response_model=QuarantineOut, tags=["quarantine"])
def get_quarantine(qid: DbId, user: QuarantineUser, db: Db) -> QuarantineOut:
    """One dead letter."""
    row = repo.get_quarantine(db, qid)
    if row is None:
        raise NotFoundError(f"no quarantined message {qid}", resource="quarantine", key=str(qid))
    return _quarantine_out(row)


@router.post("/quarantine/replay", response_model=ReplayOut, tags=["quarantine"])
def replay_quarantine(body: ReplayIn, user: QuarantineUser, db: Db, state: State) -> ReplayOut:
    """Re-parse pending dead letters against the current registry and store those that pass.

    The ingest package's own parser and store do the work (exactly as
    ``soc quarantine replay``): one transaction, rows that still fail are
    quarantined again, every replayed row is marked, counters stay balanced.
    """
    store = Store(db, notify_seen=state.settings.ingest.notify_seen)
    registry = store.load_registry()
    rows = store.lock_pending(reason=body.reason, limit=body.limit)
    now = datetime.now(UTC)
    limits = limits_from(state.settings)
    messages = [Message(r.topic, r.payload, parse_or_reject(r.topic, r.payload, now, registry,
                                                           limits)) for r in rows]
    repo.record_audit(db, actor=user.name, action="quarantine.replay", subject_type="quarantine",
                      subject_id=body.reason or "*", detail={"count": len(rows)})
    tally = store.store_batch(messages, replayed=[(r.id, r.time) for r in rows])
    db.commit()
    total = tally.total()
    return ReplayOut(replayed=len(rows), stored=total.stored, duplicate=total.duplicate,
                     quarantined_again=total.quarantined)


@router.get("/ingest/stats", response_model=IngestStatsOut, tags=["ingest"])
def ingest_stats(user: Reader, db: Db) -> IngestStatsOut:
    """Ingest counters per source and in total, with the balance check of the ingest issue."""
    rows = Store(db).counters()
    sources = [IngestCounterOut.model_validate(r) for r in rows]
    received = sum(r.received for r in rows)
    stored = sum(r.stored for r in rows)
    duplicate = sum(r.duplicate for r in rows)
    quarantined = sum(r.quarantined for r in rows)
    balanced = received == stored + duplicate + quarantined and all(
        r.received == r.stored + r.duplicate + r.quarantined for r in rows)
    return IngestStatsOut(received=received, stored=stored, duplicate=duplicate,
                          quarantined=quarantined, late=sum(r.late for r in rows),
                          balanced=balanced, sources=sources)


@router.get("/audit", response_model=list[AuditOut], tags=["audit"])
def audit(
    *,
    user: Reader,
    db: Db,
    subject_type: str | None = None,
    subject_id: str | None = None,
    actor: str | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> list[AuditOut]:
    """Who changed what, newest first."""
    rows = repo.list_audit(db, subject_type=subject_type, subject_id=subject_id, actor=actor,
                           limit=limit)
    return [AuditOut.model_validate(r) for r in rows]


@router.get("/geo/{layer}", tags=["geo"])
def map_layer(layer: str, user: Reader) -> JSONResponse:
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
def mqtt_schema(name: str, user: Reader) -> JSONResponse:
    """One MQTT payload JSON Schema."""
    if name not in mqtt_schemas(user):
        raise NotFoundError(f"no MQTT schema {name!r}", resource="schema", key=name)
    data = json.loads((MQTT_SCHEMAS / f"{name}.json").read_text(encoding="utf-8"))
    return JSONResponse(data, media_type="application/schema+json")


@router.get("/health", tags=["health"])
def health(db: Db) -> dict[str, str]:
    """Liveness and database reachability (no authentication, for load balancers)."""
    db.execute("SELECT 1")
    return {"status": "ok"}
