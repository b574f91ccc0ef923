"""Alerts: list and filter, detail with history, acknowledge / shelve / resolve, CAP export.

Actions go through the alerts package's own lifecycle (:func:`alerts.service.act`),
so the transition table, the optimistic version check, the transitions history
and the webhook outbox are exactly those of the alerts service; the web layer
adds the ``audit_log`` entry with the user, in the same transaction.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response

from alerts import api as alerts_api
from alerts.api import AlertState, FailedDelivery, act, export_cap, failed_deliveries, retry_delivery
from common import audit
from common.vocabulary import words
from web.deps import Acker, AlertManager, Db, Reader, State
from web.errors import InvalidInputError, NotFoundError
from web.jsonbody import UniqueKeysRoute
from web.schemas import (
    MAX_SHELVE_MINUTES,
    AlertDetailOut,
    AlertOut,
    CapLogOut,
    DbId,
    Instant,
    PathKey,
    ReasonIn,
    RequiredReasonIn,
    ShelveIn,
    TransitionOut,
)

router = APIRouter(prefix="/api", tags=["alerts"], route_class=UniqueKeysRoute)

OPEN_STATES = sorted(str(s) for s in alerts_api.OPEN_STATES)
if TYPE_CHECKING:
    AlertStateName = str
    SeverityName = str
else:
    AlertStateName = words(alerts_api.AlertState)
    SeverityName = words(alerts_api.Severity)


@router.get("/alerts", response_model=list[AlertOut])
def list_alerts(
    *,
    user: Reader,
    db: Db,
    state: Annotated[list[AlertStateName] | None, Query()] = None,
    open_only: bool = False,
    severity: SeverityName | None = None,
    agency: str | None = None,
    rule_id: str | None = None,
    source_id: str | None = None,
    since: Instant | None = None,
    limit: Annotated[int, Query(ge=1, le=2000)] = 200,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[AlertOut]:
    """Alerts, newest first; ``open_only`` keeps raised, acknowledged, escalated and shelved."""
    states: list[str] | None = [str(s) for s in state] if state else (
        OPEN_STATES if open_only else None)
    rows = alerts_api.list_alerts(db, states=states, severity=severity, agency=agency, rule_id=rule_id,
                            source_id=source_id, since=since, limit=limit, offset=offset)
    return [AlertOut.model_validate(r) for r in rows]


def _detail(db: Db, alert_id: int) -> AlertDetailOut:
    rows = alerts_api.list_alerts(db, alert_id=alert_id, limit=1)
    if not rows:
        raise NotFoundError(f"no alert {alert_id}", resource="alert", key=str(alert_id))
    return AlertDetailOut(
        **AlertOut.model_validate(rows[0]).model_dump(),
        transitions=[TransitionOut.model_validate(t) for t in alerts_api.alert_transitions(db, alert_id)],
        cap_messages=alerts_api.cap_log(db, alert_id),
    )


@router.get("/alerts/{alert_id}", response_model=AlertDetailOut)
def get_alert(alert_id: DbId, user: Reader, db: Db) -> AlertDetailOut:
    """One alert with its transitions and exported CAP messages."""
    return _detail(db, alert_id)


def _act(
    state: State, db: Db, alert_id: DbId, to: AlertState, *, actor: str, reason: str,
    shelved_until: datetime | None = None,
) -> AlertDetailOut:
    now = datetime.now(UTC)
    audit.record(db, actor=actor, action=f"alert.{to.value}", subject_type="alert",
                      subject_id=str(alert_id), reason=reason,
                      detail={"shelved_until": shelved_until.isoformat()} if shelved_until else {})
    # act() commits the connection's transaction, and with it the audit row above.
    act(db, state.alert_rules(), alert_id, to, now=now, actor=actor, reason=reason,
        shelved_until=shelved_until, webhook_agencies=tuple(state.settings.alerts.webhooks))
    return _detail(db, alert_id)


@router.post("/alerts/{alert_id}/acknowledge", response_model=AlertDetailOut)
def acknowledge(alert_id: DbId, body: ReasonIn, user: Acker, db: Db, state: State) -> AlertDetailOut:
    """Acknowledge an alert (stops its escalation). 409 if its state does not allow it."""
    return _act(state, db, alert_id, AlertState.ACKNOWLEDGED, actor=user.name, reason=body.reason)


@router.post("/alerts/{alert_id}/shelve", response_model=AlertDetailOut)
def shelve(alert_id: DbId, body: ShelveIn, user: AlertManager, db: Db, state: State) -> AlertDetailOut:
    """Shelve an alert until ``until`` (or for ``minutes``, default 60); a reason is required."""
    now = datetime.now(UTC)
    if body.until is not None and body.minutes is not None:
        raise InvalidInputError("give either until or minutes, not both")
    until = body.until or now + timedelta(minutes=body.minutes or 60)
    if until <= now:
        raise InvalidInputError("until must be in the future")
    if until > now + timedelta(minutes=MAX_SHELVE_MINUTES):
        raise InvalidInputError(f"until must be at most {MAX_SHELVE_MINUTES // (24 * 60)} days ahead")
    return _act(state, db, alert_id, AlertState.SHELVED, actor=user.name, reason=body.reason,
                shelved_until=until)


@router.post("/alerts/{alert_id}/resolve", response_model=AlertDetailOut)
def resolve(alert_id: DbId, body: RequiredReasonIn, user: AlertManager, db: Db, state: State) -> AlertDetailOut:
    """Resolve an alert by hand; the reason (required, 422 without) goes into the audit log."""
    return _act(state, db, alert_id, AlertState.RESOLVED, actor=user.name, reason=body.reason)


@router.post("/alerts/{alert_id}/cap", tags=["cap"],
             responses={200: {"content": {"application/cap+xml": {}}}})
def cap_export(alert_id: DbId, user: Acker, db: Db, state: State) -> Response:
    """Export the alert's next CAP 1.2 message (Alert, then Update / Cancel referencing it)."""
    if not alerts_api.list_alerts(db, alert_id=alert_id, limit=1):
        raise NotFoundError(f"no alert {alert_id}", resource="alert", key=str(alert_id))
    audit.record(db, actor=user.name, action="alert.cap_export", subject_type="alert",
                      subject_id=str(alert_id))
    message = export_cap(db, state.alert_rules(), alert_id, datetime.now(UTC),
                         state.districts())
    return Response(message.xml, media_type="application/cap+xml",
                    headers={"X-CAP-Identifier": message.identifier,
                             "X-CAP-MsgType": message.msg_type})


@router.get("/deliveries/failed", response_model=list[FailedDelivery], tags=["webhooks"])
def list_failed_deliveries(
    user: Reader, db: Db, limit: Annotated[int, Query(ge=1, le=1000)] = 100
) -> list[FailedDelivery]:
    """Webhook notifications that failed for good (e.g. the receiver answered 400), newest first."""
    return failed_deliveries(db, limit)


@router.post("/deliveries/{outbox_id}/retry", status_code=204, tags=["webhooks"])
def retry_failed_delivery(outbox_id: DbId, body: ReasonIn, user: AlertManager, db: Db) -> Response:
    """Queue a failed notification again, at the end of its agency's queue. 404 if it has not failed."""
    audit.record(db, actor=user.name, action="webhook.retry", subject_type="alert_outbox",
                      subject_id=str(outbox_id), reason=body.reason)
    # retry_delivery() commits the connection's transaction, and with it the audit row above.
    retry_delivery(db, outbox_id, now=datetime.now(UTC), actor=user.name)
    return Response(status_code=204)


@router.get("/cap/{identifier}", tags=["cap"],
            responses={200: {"content": {"application/cap+xml": {}}}})
def cap_message(identifier: PathKey, user: Reader, db: Db) -> Response:
    """A CAP 1.2 message exported earlier, by identifier."""
    xml = alerts_api.cap_xml(db, identifier)
    if xml is None:
        raise NotFoundError(f"no CAP message {identifier!r}", resource="cap", key=identifier)
    return Response(xml, media_type="application/cap+xml")


@router.get("/alerts/{alert_id}/cap", response_model=list[CapLogOut], tags=["cap"])
def cap_messages(alert_id: DbId, user: Reader, db: Db) -> list[CapLogOut]:
    """The CAP messages exported for an alert, oldest first (none yet: ``[]``); 404 for no such
    alert, so a wrong id is never read as an alert with no message."""
    if not alerts_api.list_alerts(db, alert_id=alert_id, limit=1):
        raise NotFoundError(f"no alert {alert_id}", resource="alert", key=str(alert_id))
    return alerts_api.cap_log(db, alert_id)
