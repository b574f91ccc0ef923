"""Incidents and dispatch: list, detail with evidence and timeline, agency assignments,
coordinator commands.

Agency members see only incidents that have an assignment of their own agency,
and within them only their own assignment.

Coordinator actions (assign, reassign, note, close, reopen, link, unlink) are applied by the running ops
service, another process: a route records a command in ``ops_commands`` (migration
0042) with an audit row naming the user, commits, and waits up to ``wait`` seconds
for the service to finish it: 200 with the result when done, 409 problem+json with
the service's reason when rejected, 202 with the command (poll
``GET /api/commands/{id}``) when still pending.
"""

from __future__ import annotations

import dataclasses
import time
from collections import Counter
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Annotated

from fastapi import APIRouter, Depends, Header, Path, Query, Response, status
from psycopg import Connection
from pydantic import Field

from common import audit
from common.vocabulary import IncidentType, words
from ops_center import api as ops
from ops_center.api import (
    Agency,
    AssignmentState,
    Channel,
    CommandKind,
    DispatchTopic,
    IncidentState,
    Mode,
    StatusPayload,
    StorableText,
)
from web.deps import AgencyReporter, Db, DispatchUser, State, WebState, current_principal
from web.errors import (
    ConflictError,
    DatabaseAwayError,
    DatabaseBusyError,
    ForbiddenError,
    InputProblem,
    InvalidInputError,
    NotFoundError,
)
from web.jsonbody import UniqueKeysRoute
from web.mqtt_publish import publish_as
from web.schemas import (
    AgencyName,
    AssignmentOut,
    IncidentDetailOut,
    IncidentOut,
    Instant,
    ModeIn,
    Model,
    ModeNowOut,
    ModeOut,
    PathKey,
    ReadableText,
    StatusReportIn,
    StatusReportOut,
)
from web.security import Permission, Principal, Role, agency_scope

router = APIRouter(prefix="/api", tags=["incidents"], route_class=UniqueKeysRoute)

_BIGINT_MAX = 2**63 - 1
#: How many of an incident's latest audit rows are read for the reports the web published.
_PUBLISHED_LOOKBACK = 200


def incident_reader(principal: Annotated[Principal, Depends(current_principal)]) -> Principal:
    """Readers see everything; agency members see their own agency's part."""
    if principal.can(Permission.READ) or principal.role is Role.AGENCY:
        return principal
    principal.require(Permission.READ)
    return principal


IncidentReader = Annotated[Principal, Depends(incident_reader)]


def _scope(principal: Principal) -> str | None:
    return principal.agency if principal.role is Role.AGENCY else None


def _incidents(
    db: Connection, rows: list[ops.IncidentRow], agency: str | None
) -> list[IncidentOut]:
    now = datetime.now(UTC)
    by_incident: dict[str, list[AssignmentOut]] = {}
    if rows:
        for a in ops.list_assignments(db, incident_ids=[r.incident_id for r in rows],
                                           agency=agency):
            by_incident.setdefault(a.incident_id, []).append(a.status(now))
    out: list[IncidentOut] = []
    for r in rows:
        where = r.place
        fields = {f: getattr(r, f) for f in ops.Incident.model_fields}
        out.append(IncidentOut(**fields, place=where.name, place_en=where.name_en,
                               area=where.area, area_en=where.area_en,
                               assignments=by_incident.get(r.incident_id, [])))
    return out


@router.get("/incidents", response_model=list[IncidentOut])
def list_incidents(
    *,
    user: IncidentReader,
    db: Db,
    state: Annotated[list[IncidentState] | None, Query()] = None,
    open_only: bool = False,
    type: IncidentType | None = None,
    agency: Annotated[AgencyName | None, Query(description="only incidents with an assignment of this agency")] = None,
    place: Annotated[str | None, Query(max_length=100,
                                       description="part of a road or area name (zh-TW or English)")] = None,
    number: Annotated[int | None, Query(ge=1, le=_BIGINT_MAX, description="the short number")] = None,
    since: Annotated[Instant | None, Query(description="opened at or after")] = None,
    until: Annotated[Instant | None, Query(description="opened before")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[IncidentOut]:
    """Incidents, open ones first by priority, then newest first (agency members: only
    those assigned to them). Filters combine: ``state=closed&place=環中&agency=water&since=…``
    is the console's history search."""
    states: list[str] | None = [str(s) for s in state] if state else (
        list(ops.OPEN_INCIDENT_STATES) if open_only else None)
    own = _scope(user)
    if own is not None and agency not in (None, own):
        raise ForbiddenError(f"agency member of {own} may not read {agency}'s incidents",
                             role=user.role.value)
    text = place.replace("\x00", "").strip() if place else None
    rows = ops.list_incidents(db, states=states, type_=type.value if type else None, agency=own or agency,
                                   number=number, since=since, until=until, place=text or None,
                                   limit=limit, offset=offset)
    return _incidents(db, rows, own)


@router.get("/incidents/{incident_id}", response_model=IncidentDetailOut)
def get_incident(incident_id: PathKey, user: IncidentReader, db: Db) -> IncidentDetailOut:
    """One incident with its evidence, timeline, hull and assignment moves."""
    agency = _scope(user)
    rows = ops.list_incidents(db, incident_id=incident_id, agency=agency, limit=1)
    if not rows:
        raise NotFoundError(f"no incident {incident_id!r}", resource="incident", key=incident_id)
    base = _incidents(db, rows, agency)[0]
    moves = [m for m in ops.assignment_transitions(db, incident_id) if agency is None or m.agency == agency]
    # An agency member reads only its own assignment: not another agency's entries either.
    timeline = [h for h in ops.history(db, incident_id) if agency is None or h.agency in (None, agency)]
    if not _reads_peoples_words(user):
        # What coordinators and desks write (a caller's name, number, address) is personal
        # data: left out for a wall's display token and a planner (docs/security.md).
        timeline = [dataclasses.replace(h, reason="", detail={}) if h.by_person else h for h in timeline]
        moves = [dataclasses.replace(m, reason="") if m.by_person else m for m in moves]
    return IncidentDetailOut(
        **base.model_dump(),
        hull=ops.hull(db, incident_id),
        evidence=ops.members(db, incident_id),
        held_evidence=ops.held(db, incident_id) if base.planned else [],
        timeline=timeline,
        assignment_moves=moves,
    )


def _reads_peoples_words(user: Principal) -> bool:
    """Whether ``user`` reads the words people wrote on an incident: the roles with the personal
    permission, and an agency member on its own incident (a coordinator's note is how the
    center tells the agencies at work, a caller's number among it)."""
    return user.can(Permission.PERSONAL) or user.role is Role.AGENCY


@router.post("/incidents/{incident_id}/assignments/{agency}/status",
             response_model=StatusReportOut, status_code=status.HTTP_202_ACCEPTED,
             tags=["dispatch"])
def report_status(
    *,
    incident_id: PathKey, agency: AgencyName, body: StatusReportIn, user: AgencyReporter, state: State,
) -> StatusReportOut:
    """Acknowledge or report progress on an assignment (agency members: their own only).

    The report goes to the ops center the way an agency's own system sends it,
    over MQTT with that agency's account, and is applied by the running ops
    service (202: accepted, visible on the wall once applied). A state that is no move
    from the stored one (it is cancelled or cleared, already past it, or a step ahead
    of it: ``cleared`` of an ``assigned`` one), or from the furthest report the web
    published and the service has neither stored nor refused yet (it applies them in
    order), is 409 naming the stored ``state``, that report as ``pending`` and the moves
    ``allowed`` from where the next report starts, with nothing published or audited.
    The service answers the
    agency on ``soc/v1/dispatch/{agency}/reply/{incident}``: accepted, or refused (its
    state moved meanwhile), a refusal also kept on the incident's timeline.

    No database connection is held while the broker is waited for (up to 5 s; 503 when it
    does not take the report): the assignment is read on one connection, given back, and
    the report audited on another once the broker took it.
    """
    agency_scope(user, agency)
    wanted = AssignmentState(body.state)
    with state.connection() as db:
        rows = ops.list_assignments(db, incident_ids=[incident_id], agency=agency)
        if not rows:
            raise NotFoundError(f"no {agency} assignment on incident {incident_id!r}",
                                resource="assignment", key=f"{incident_id}/{agency}")
        stored = AssignmentState(rows[0].state)
        pending = _published_since(db, incident_id, agency, rows[0].state_since)
    # A report the web published that the service has not stored yet (an acknowledgement
    # sent just before) is a step taken: the service applies reports in order, so the next
    # one moves on from the furthest of them, not from the stored state.
    ahead = [p for p in pending if p in ops.reachable(stored)]
    step = max(ahead, key=list(AssignmentState).index) if ahead else stored
    allowed = ops.REPORT_MOVES.get(step, frozenset())
    if wanted is not step and wanted not in allowed:
        # The service would only audit it as rejected while the caller read 202.
        moves = [s.value for s in AssignmentState if s in allowed]
        waiting = f", with {step.value} reported and not stored yet" if step is not stored else ""
        raise ConflictError(f"the {agency} assignment on incident {incident_id!r} is {stored.value}{waiting}:"
                            f" it cannot become {wanted.value} from there"
                            f" (allowed: {', '.join(moves) or 'none'})",
                            resource="assignment", key=f"{incident_id}/{agency}",
                            extensions={"state": stored.value, "pending": step.value if ahead else None,
                                        "allowed": moves})
    topic = str(DispatchTopic(Agency(agency), Channel.STATUS, incident_id))
    payload = StatusPayload(state=AssignmentState(body.state), by=user.name, note=body.note)
    publish_as(state.settings, f"agency-{agency}", topic, payload.model_dump_json().encode())
    with state.connection() as db:
        audit.record(db, actor=user.name, action="assignment.report", subject_type="incident",
                     subject_id=incident_id, reason=body.note,
                     detail={"agency": agency, "state": body.state, "channel": "api"})
    return StatusReportOut(topic=topic, state=body.state, accepted=True)


def _published_since(db: Connection, incident_id: str, agency: str, since: datetime) -> list[AssignmentState]:
    """The states the web published for ``agency``'s assignment on ``incident_id`` since
    ``since`` (its stored state's time), from its ``assignment.report`` audit rows, but for
    those the service refused since (its ``dispatch.rejected`` rows by the agency's account
    naming the state: in either order, as the service may commit its refusal before the web
    its report): a refused report is no step taken."""
    rows = audit.list_entries(db, subject_type="incident", subject_id=incident_id, actor=None,
                              limit=_PUBLISHED_LOOKBACK)
    states = AssignmentState.__members__.values()
    recent = [r for r in rows if r.at >= since and r.detail.get("state") in states]
    refused = Counter(str(r.detail["state"]) for r in recent
                      if r.action == "dispatch.rejected" and r.actor == f"agency-{agency}")
    published = Counter(str(r.detail["state"]) for r in recent
                        if r.action == "assignment.report" and r.detail.get("agency") == agency)
    return [AssignmentState(s) for s in (published - refused).elements()]


@router.get("/mode", response_model=ModeNowOut, tags=["dispatch"])
def read_mode(user: IncidentReader, db: Db, state: State) -> ModeNowOut:
    """The mode in force (平時 / 戰時), for every page that has no wall feed: planners and
    agency members work under the same deadlines as the center."""
    now = ops.mode_now(db, state.settings.ops.mode)
    return ModeNowOut(mode=now.mode, since=now.at, by=now.actor, reason=now.reason)


@router.post("/mode", response_model=ModeOut, tags=["dispatch"])
def switch_mode(body: ModeIn, user: DispatchUser, db: Db, state: State) -> ModeOut:
    """Switch between 平時 and 戰時 (audited); the ops service applies the new deadlines."""
    previous = ops.request_mode_switch(db, Mode(body.mode), default=Mode(state.settings.ops.mode),
                                       actor=user.name, reason=body.reason)
    return ModeOut(previous=previous.value, mode=body.mode)


@router.get("/assignments", response_model=list[AssignmentOut], tags=["dispatch"])
def list_assignments(
    *,
    user: IncidentReader,
    db: Db,
    agency: Annotated[AgencyName | None, Query(description="only this agency's assignments")] = None,
    open_only: bool = True,
) -> list[AssignmentOut]:
    """Assignments (agency members: their own agency's only; asking for another is 403)."""
    own = _scope(user)
    if own is not None and agency not in (None, own):
        raise ForbiddenError(f"agency member of {own} may not read {agency}'s assignments",
                             role=user.role.value)
    now = datetime.now(UTC)
    rows = ops.list_assignments(db, agency=own or agency, open_only=open_only or None)
    return [a.status(now) for a in rows]


# -- coordinator commands -------------------------------------------------------------
#: How long a command route waits for the ops service by default (it polls every
#: ``SOC_OPS__POLL_INTERVAL_MS``, 200 ms by default, so most commands finish well within).
COMMAND_WAIT_S = 2.0
_COMMAND_POLL_S = 0.05

Wait = Annotated[float, Query(ge=0, le=5, description="seconds to wait for the ops service (0: return at once)")]
#: The key the sender made for this command (the console: a UUID per click). Sent again with
#: the same key, the command is not recorded twice: the answer is the first one's.
IdempotencyKey = Annotated[str | None, Header(
    alias="Idempotency-Key", min_length=1, max_length=200, pattern=r"^[!-~]+$",
    description="a key the sender makes per command (1-200 printable ASCII characters, e.g. a UUID); a "
                "repeat with the same key returns the first command and records nothing; the same key "
                "for another command is a 422")]


class AssignIn(Model):
    """Assign one more agency to an incident."""

    agency: AgencyName
    reason: StorableText = Field(default="", max_length=2000)


class ReassignIn(Model):
    """Hand this agency's assignment to another agency; a reason is required (both agencies are
    told, and it goes to the timeline and the audit log)."""

    to: AgencyName
    reason: ReadableText = Field(min_length=1, max_length=2000, pattern=r"\S")


class NoteIn(Model):
    """A note on the incident's timeline."""

    text: ReadableText = Field(min_length=1, max_length=2000, pattern=r"\S")


class CloseIn(Model):
    """Close the incident; a reason is required."""

    reason: ReadableText = Field(min_length=1, max_length=2000, pattern=r"\S")


class RelinkIn(Model):
    """Link an item to the incident, or unlink it from the incident; a reason is required."""

    # A key holds what its source's id holds, inner blanks included (a 119 case id "T F011"):
    # only blanks around it, which no key has, are refused.
    item_key: StorableText = Field(min_length=1, max_length=500, pattern=r"(?s)^\S(?:.*\S)?$",
                                   description="the item's key, as the incident's evidence names it")
    reason: ReadableText = Field(min_length=1, max_length=2000, pattern=r"\S")


class ReopenIn(Model):
    """Reopen a closed incident; a reason is required."""

    reason: ReadableText = Field(min_length=1, max_length=2000, pattern=r"\S")


if TYPE_CHECKING:
    CommandKindName = str
    CommandStateName = str
else:
    CommandKindName = words(CommandKind)
    CommandStateName = words(ops.CommandState)


class CommandOut(Model):
    """A coordinator command and how the ops service dealt with it."""

    command_id: int
    incident_id: str
    kind: CommandKindName
    args: dict[str, str]
    actor: str
    reason: str
    state: CommandStateName
    requested_at: datetime
    done_at: datetime | None
    result: str | None
    error: str | None
    error_type: str | None


def command_out(row: ops.CommandRow) -> CommandOut:
    """The API view of a stored command."""
    return CommandOut(
        command_id=row.id, incident_id=row.incident_id, kind=row.kind,
        args={k: str(v) for k, v in row.args.items()}, actor=row.actor, reason=row.reason,
        state=row.state, requested_at=row.requested_at, done_at=row.done_at,
        result=row.result, error=row.error, error_type=row.error_type,
    )


def _require_incident(db: Connection, incident_id: str) -> None:
    if ops.incident_state(db, incident_id) is None:
        raise NotFoundError(f"no incident {incident_id!r}", resource="incident", key=incident_id)


def _submit(
    state: WebState, response: Response, *, user: Principal, incident_id: str, kind: CommandKind,
    args: dict[str, str], reason: str, wait: float, key: str | None, assigned: str | None = None,
) -> CommandOut:
    """Check the incident (and ``assigned``'s assignment on it), record the command and its
    audit row, commit, then wait for the service.

    The wait holds no database connection: the command is looked at on a fresh one every
    :data:`_COMMAND_POLL_S` (a pooled connection held through waits of seconds, one a
    coordinator's click, emptied the pool while the ops service was away). Where no
    connection is to be had in the meantime the wait ends: the command is recorded, 202.
    """
    with state.connection() as db:
        _require_incident(db, incident_id)
        if assigned is not None and not ops.list_assignments(db, incident_ids=[incident_id], agency=assigned):
            raise NotFoundError(f"no {assigned} assignment on incident {incident_id!r}",
                                resource="assignment", key=f"{incident_id}/{assigned}")
        if key is None:
            command_id, new = ops.submit_command(db, incident_id, kind, args, actor=user.name, reason=reason), True
        else:
            command_id, new = ops.submit_command_once(db, incident_id, kind, args, actor=user.name,
                                                      reason=reason, key=key)
        if new:
            audit.record(db, actor=user.name, action=f"command.{kind.value}", subject_type="incident",
                         subject_id=incident_id, reason=reason,
                         detail={"command_id": command_id, "args": args, "channel": "api"})
        row = ops.get_command(db, command_id)
        assert row is not None
        if not new and (row.incident_id, row.kind, row.args, row.reason) != (incident_id, kind.value, args, reason):
            raise InvalidInputError(
                f"Idempotency-Key already used for command {command_id}, another command",
                errors=(InputProblem(f"already used for command {command_id}: send a new key for a new command",
                                     loc="header.Idempotency-Key"),))
    if state.settings.web.test_answer_delay_s and new:
        time.sleep(state.settings.web.test_answer_delay_s)  # tests only: a server killed before its answer
    # Committed as the block ended: the service sees the command only from then on.
    deadline = time.monotonic() + wait
    while True:
        if row.state == ops.CommandState.REJECTED:
            raise ConflictError(f"command {command_id} rejected: {row.error}",
                                resource="command", key=str(command_id))
        if row.state == ops.CommandState.DONE:
            response.status_code = status.HTTP_200_OK
            return command_out(row)
        if time.monotonic() >= deadline:
            break
        time.sleep(_COMMAND_POLL_S)
        try:
            with state.connection() as db:
                row = ops.get_command(db, command_id) or row
        except (DatabaseBusyError, DatabaseAwayError):
            break
    response.headers["Location"] = f"/api/commands/{command_id}"
    return command_out(row)


_COMMAND_RESPONSES: dict[int | str, dict[str, object]] = {
    200: {"model": CommandOut, "description": "applied by the ops service within the wait"},
    404: {"description": "no such incident (or assignment)"},
    409: {"description": "rejected by the ops service (the reason is in `detail`)"},
}


@router.post("/incidents/{incident_id}/assignments", response_model=CommandOut,
             status_code=status.HTTP_202_ACCEPTED, responses=_COMMAND_RESPONSES,
             tags=["dispatch"])
def assign_agency(
    *, incident_id: PathKey, body: AssignIn, user: DispatchUser, state: State, response: Response,
    wait: Wait = COMMAND_WAIT_S,
    key: IdempotencyKey = None,
) -> CommandOut:
    """Dispatch one more agency to an incident (coordinators and admins)."""
    return _submit(state, response, user=user, incident_id=incident_id, kind=CommandKind.ASSIGN,
                   args={"agency": body.agency}, reason=body.reason, wait=wait, key=key)


@router.post("/incidents/{incident_id}/assignments/{agency}/reassign", response_model=CommandOut,
             status_code=status.HTTP_202_ACCEPTED, responses=_COMMAND_RESPONSES,
             tags=["dispatch"])
def reassign_agency(
    *, incident_id: PathKey, agency: AgencyName, body: ReassignIn, user: DispatchUser, state: State,
    response: Response, wait: Wait = COMMAND_WAIT_S,
    key: IdempotencyKey = None,
) -> CommandOut:
    """Hand ``agency``'s assignment to ``to`` (coordinators and admins)."""
    return _submit(state, response, user=user, incident_id=incident_id, kind=CommandKind.REASSIGN,
                   args={"src": agency, "dst": body.to}, reason=body.reason, wait=wait, key=key, assigned=agency)


@router.post("/incidents/{incident_id}/notes", response_model=CommandOut,
             status_code=status.HTTP_202_ACCEPTED, responses=_COMMAND_RESPONSES,
             tags=["dispatch"])
def add_note(
    *, incident_id: PathKey, body: NoteIn, user: DispatchUser, state: State, response: Response,
    wait: Wait = COMMAND_WAIT_S,
    key: IdempotencyKey = None,
) -> CommandOut:
    """Add a note to the incident's timeline (coordinators and admins)."""
    return _submit(state, response, user=user, incident_id=incident_id, kind=CommandKind.NOTE,
                   args={"text": body.text}, reason="", wait=wait, key=key)


@router.post("/incidents/{incident_id}/close", response_model=CommandOut,
             status_code=status.HTTP_202_ACCEPTED, responses=_COMMAND_RESPONSES,
             tags=["dispatch"])
def close_incident(
    *, incident_id: PathKey, body: CloseIn, user: DispatchUser, state: State, response: Response,
    wait: Wait = COMMAND_WAIT_S,
    key: IdempotencyKey = None,
) -> CommandOut:
    """Close an incident: open assignments are wound up (coordinators and admins)."""
    return _submit(state, response, user=user, incident_id=incident_id, kind=CommandKind.CLOSE, args={},
                   reason=body.reason, wait=wait, key=key)


@router.post("/incidents/{incident_id}/reopen", response_model=CommandOut,
             status_code=status.HTTP_202_ACCEPTED, responses=_COMMAND_RESPONSES,
             tags=["dispatch"])
def reopen_incident(
    *, incident_id: PathKey, body: ReopenIn, user: DispatchUser, state: State, response: Response,
    wait: Wait = COMMAND_WAIT_S,
    key: IdempotencyKey = None,
) -> CommandOut:
    """Reopen a closed incident (coordinators and admins): it is live again (``quiet``: the
    correlator adds no evidence to it by itself), its agencies get a CAP Update saying why,
    and the reason goes to its timeline and the audit log. One not closed is 409."""
    return _submit(state, response, user=user, incident_id=incident_id, kind=CommandKind.REOPEN, args={},
                   reason=body.reason, wait=wait, key=key)


@router.post("/incidents/{incident_id}/link", response_model=CommandOut,
             status_code=status.HTTP_202_ACCEPTED, responses=_COMMAND_RESPONSES,
             tags=["dispatch"])
def link_item(
    *, incident_id: PathKey, body: RelinkIn, user: DispatchUser, state: State, response: Response,
    wait: Wait = COMMAND_WAIT_S,
    key: IdempotencyKey = None,
) -> CommandOut:
    """Link an item to an open or quiet incident by hand (coordinators and admins): moved from
    the incident it is in, or taken from the items the correlator left out or keeps waiting.
    The correlator keeps the decision (it never places the item again by its rules)."""
    return _submit(state, response, user=user, incident_id=incident_id, kind=CommandKind.LINK,
                   args={"item_key": body.item_key}, reason=body.reason, wait=wait, key=key)


@router.post("/incidents/{incident_id}/unlink", response_model=CommandOut,
             status_code=status.HTTP_202_ACCEPTED, responses=_COMMAND_RESPONSES,
             tags=["dispatch"])
def unlink_item(
    *, incident_id: PathKey, body: RelinkIn, user: DispatchUser, state: State, response: Response,
    wait: Wait = COMMAND_WAIT_S,
    key: IdempotencyKey = None,
) -> CommandOut:
    """Take an item out of an incident's evidence by hand (coordinators and admins): it is left
    out (``unlinked_by_coordinator``) and the correlator never places it again."""
    return _submit(state, response, user=user, incident_id=incident_id, kind=CommandKind.UNLINK,
                   args={"item_key": body.item_key}, reason=body.reason, wait=wait, key=key)


@router.get("/commands/{command_id}", response_model=CommandOut, tags=["dispatch"])
def get_command(
    command_id: Annotated[int, Path(ge=1, le=_BIGINT_MAX)], user: DispatchUser, db: Db,
) -> CommandOut:
    """A coordinator command's state: pending, done (with its result) or rejected (with why)."""
    row = ops.get_command(db, command_id)
    if row is None:
        raise NotFoundError(f"no command {command_id}", resource="command", key=str(command_id))
    return command_out(row)
