"""Incidents and dispatch: list, detail with evidence and timeline, agency assignments.

Agency members see only incidents that have an assignment of their own agency,
and within them only their own assignment (team rule from issue 8).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, status
from psycopg import Connection

from ops_center import repo as ops_repo
from ops_center.dispatch import Agency, AssignmentState, Mode, ModeSwitched
from ops_center.messages import Channel, DispatchTopic, StatusPayload
from web import repo, repo_ops
from web.deps import AgencyReporter, Db, Dispatcher, State, current_principal
from web.errors import ForbiddenError, NotFoundError
from web.mqtt_publish import publish_as
from web.schemas import (
    AssignmentMoveOut,
    AssignmentOut,
    EvidenceOut,
    IncidentDetailOut,
    IncidentOut,
    ModeIn,
    ModeOut,
    StatusReportIn,
    StatusReportOut,
    TimelineOut,
)
from web.security import Permission, Principal, Role, agency_scope

router = APIRouter(prefix="/api", tags=["incidents"])

IncidentState = Literal["open", "quiet", "merged", "closed"]
IncidentType = Literal["flood", "fire", "traffic"]
AgencyName = Literal["fire", "police", "traffic", "water", "public_works", "environment"]


def incident_reader(principal: Annotated[Principal, Depends(current_principal)]) -> Principal:
    """Readers see everything; agency members see their own agency's part."""
    if principal.can(Permission.READ) or principal.role is Role.AGENCY:
        return principal
    principal.require(Permission.READ)
    return principal


IncidentReader = Annotated[Principal, Depends(incident_reader)]


def _scope(principal: Principal) -> str | None:
    return principal.agency if principal.role is Role.AGENCY else None


def assignment_out(a: repo_ops.AssignmentRow, now: datetime) -> AssignmentOut:
    """An assignment with its ``overdue`` flag at ``now``."""
    running = a.state in ("assigned", "acknowledged", "en_route")
    return AssignmentOut(
        incident_id=a.incident_id, agency=a.agency, state=a.state, ack_policy=a.ack_policy,
        assigned_at=a.assigned_at, state_since=a.state_since, acknowledged_at=a.acknowledged_at,
        deadline=a.deadline, escalations=a.escalations,
        overdue=bool(running and a.deadline is not None and a.deadline < now),
    )


def _incidents(
    db: Connection, rows: list[repo_ops.IncidentRow], agency: str | None
) -> list[IncidentOut]:
    now = datetime.now(UTC)
    by_incident: dict[str, list[AssignmentOut]] = {}
    if rows:
        for a in repo_ops.list_assignments(db, incident_ids=[r.incident_id for r in rows],
                                           agency=agency):
            by_incident.setdefault(a.incident_id, []).append(assignment_out(a, now))
    return [
        IncidentOut(**{f: getattr(r, f) for f in r.__dataclass_fields__},
                    assignments=by_incident.get(r.incident_id, []))
        for r in rows
    ]


@router.get("/incidents", response_model=list[IncidentOut])
def list_incidents(
    *,
    user: IncidentReader,
    db: Db,
    state: Annotated[list[IncidentState] | None, Query()] = None,
    open_only: bool = False,
    type: IncidentType | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[IncidentOut]:
    """Incidents, open ones first by priority (agency members: only those assigned to them)."""
    states: list[str] | None = [str(s) for s in state] if state else (
        list(repo_ops.OPEN_INCIDENT_STATES) if open_only else None)
    agency = _scope(user)
    rows = repo_ops.list_incidents(db, states=states, type_=type, agency=agency, limit=limit,
                                   offset=offset)
    return _incidents(db, rows, agency)


@router.get("/incidents/{incident_id}", response_model=IncidentDetailOut)
def get_incident(incident_id: str, user: IncidentReader, db: Db) -> IncidentDetailOut:
    """One incident with its evidence, timeline, hull and assignment moves."""
    agency = _scope(user)
    rows = repo_ops.list_incidents(db, incident_id=incident_id, agency=agency, limit=1)
    if not rows:
        raise NotFoundError(f"no incident {incident_id!r}", resource="incident", key=incident_id)
    base = _incidents(db, rows, agency)[0]
    moves = repo_ops.assignment_transitions(db, incident_id)
    return IncidentDetailOut(
        **base.model_dump(),
        hull=repo_ops.hull(db, incident_id),
        evidence=[EvidenceOut.model_validate(m) for m in repo_ops.members(db, incident_id)],
        timeline=[TimelineOut.model_validate(h) for h in repo_ops.history(db, incident_id)],
        assignment_moves=[AssignmentMoveOut.model_validate(m) for m in moves
                          if agency is None or m.agency == agency],
    )


@router.post("/incidents/{incident_id}/assignments/{agency}/status",
             response_model=StatusReportOut, status_code=status.HTTP_202_ACCEPTED,
             tags=["dispatch"])
def report_status(
    *,
    incident_id: str, agency: AgencyName, body: StatusReportIn, user: AgencyReporter, db: Db,
    state: State,
) -> StatusReportOut:
    """Acknowledge or report progress on an assignment (agency members: their own only).

    The report goes to the ops center the way an agency's own system sends it,
    over MQTT with that agency's account, and is applied by the running ops
    service (202: accepted, visible on the wall once applied).
    """
    agency_scope(user, agency)
    if not repo_ops.list_assignments(db, incident_ids=[incident_id], agency=agency):
        raise NotFoundError(f"no {agency} assignment on incident {incident_id!r}",
                            resource="assignment", key=f"{incident_id}/{agency}")
    topic = str(DispatchTopic(Agency(agency), Channel.STATUS, incident_id))
    payload = StatusPayload(state=AssignmentState(body.state), by=user.name, note=body.note)
    repo.record_audit(db, actor=user.name, action="assignment.report", subject_type="incident",
                      subject_id=incident_id, reason=body.note,
                      detail={"agency": agency, "state": body.state, "channel": "api"})
    publish_as(state.settings, f"agency-{agency}", topic, payload.model_dump_json().encode())
    return StatusReportOut(topic=topic, state=body.state, accepted=True)


@router.post("/mode", response_model=ModeOut, tags=["dispatch"])
def switch_mode(body: ModeIn, user: Dispatcher, db: Db, state: State) -> ModeOut:
    """Switch between 平時 and 戰時 (audited); the ops service applies the new deadlines."""
    latest = ops_repo.latest_mode(db)
    previous = latest[1] if latest is not None else Mode(state.settings.ops.mode)
    ops_repo.record_mode_switch(
        db, ModeSwitched(previous, Mode(body.mode), time.time(), user.name, body.reason))
    return ModeOut(previous=previous.value, mode=body.mode)


@router.get("/assignments", response_model=list[AssignmentOut], tags=["dispatch"])
def list_assignments(
    *,
    user: IncidentReader,
    db: Db,
    agency: str | None = None,
    open_only: bool = True,
) -> list[AssignmentOut]:
    """Assignments (agency members: their own agency's only; asking for another is 403)."""
    own = _scope(user)
    if own is not None and agency not in (None, own):
        raise ForbiddenError(f"agency member of {own} may not read {agency}'s assignments",
                             role=user.role.value)
    now = datetime.now(UTC)
    rows = repo_ops.list_assignments(db, agency=own or agency, open_only=open_only or None)
    return [assignment_out(a, now) for a in rows]
