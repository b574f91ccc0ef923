"""RFC 9457 problem details for every error response.

The one place where errors become HTTP: FastAPI's validation errors (422),
Starlette's HTTP errors (404 for unknown paths, 405, ...), the web package's
own errors and the other packages' :class:`SocError` subclasses, which are
mapped by :data:`_STATUS_BY_CLASS`. Bodies are ``application/problem+json``::

    {"type": "/problems/forbidden", "title": "Forbidden", "status": 403,
     "detail": "role planner may not manage users", "instance": "/api/users"}

A form body that cannot be parsed (multipart or urlencoded) is answered 400
``/problems/malformed-body`` and logged at most once a minute (``body_unparseable``
with ``count=``), since any client can send one on every request. An unexpected
exception is a bug: it is logged with its traceback and answered 500 without
internals.
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

import psycopg
from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from alerts import errors as alerts_errors
from common.errors import DatabaseError, ServiceError, SocError, is_transient
from common.logging import Sparse, log_event
from kpi import errors as kpi_errors
from ops_center import errors as ops_errors
from web.dbwatch import RETRY_AFTER_S
from web.errors import (
    AuthError,
    ConflictError,
    DatabaseAwayError,
    DatabaseBusyError,
    ForbiddenError,
    InvalidInputError,
    NotFoundError,
    ThrottledError,
)
from web.jsonbody import key_path

_log = logging.getLogger(__name__)

PROBLEM_JSON = "application/problem+json"

#: Errors of the other packages and their HTTP status: lifecycle and state
#: clashes are 409, unknown ids 404, refused input 422. The first match along
#: the exception's MRO wins; anything unlisted is a bug (500).
_STATUS_BY_CLASS: dict[type[SocError], int] = {
    alerts_errors.IllegalTransition: 409,
    alerts_errors.ConcurrentUpdateError: 409,
    alerts_errors.AlertNotFoundError: 404,
    alerts_errors.DeliveryNotFoundError: 404,
    alerts_errors.CapParseError: 422,
    ops_errors.IncidentTransitionError: 409,
    ops_errors.UnknownIncidentError: 404,
    ops_errors.DispatchError: 409,
    kpi_errors.UnknownIndicatorError: 404,
    kpi_errors.PeriodError: 422,
    kpi_errors.FormulaInputError: 422,
    kpi_errors.ImportRejectedError: 422,
    kpi_errors.DuplicateObservationError: 409,
    kpi_errors.ObservationNotFoundError: 404,
}
#: Subclasses that may be added later, by name (checked after the table above).
_STATUS_BY_CLASS_NAME: dict[str, int] = {
    "UnknownAssignmentError": 404,
    "AssignmentTransitionError": 409,
}


def problem(
    status: int,
    detail: str,
    *,
    instance: str = "",
    slug: str | None = None,
    headers: dict[str, str] | None = None,
    **extensions: Any,
) -> JSONResponse:
    """A problem+json response; ``extensions`` become extra members (RFC 9457 §3.2)."""
    phrase = HTTPStatus(status).phrase
    body: dict[str, Any] = {
        "type": f"/problems/{slug or phrase.lower().replace(' ', '-')}",
        "title": phrase,
        "status": status,
        "detail": detail,
    }
    if instance:
        body["instance"] = instance
    body.update(extensions)
    return JSONResponse(
        jsonable_encoder(body), status_code=status, media_type=PROBLEM_JSON, headers=headers
    )


def status_for(exc: SocError) -> int:
    """The HTTP status of a domain error."""
    if isinstance(exc, AuthError):
        return 401
    if isinstance(exc, ForbiddenError):
        return 403
    if isinstance(exc, ThrottledError):
        return 429
    if isinstance(exc, NotFoundError):
        return 404
    if isinstance(exc, ConflictError):
        return 409
    if isinstance(exc, InvalidInputError):
        return 422
    if isinstance(exc, ServiceError):
        return 503  # a broker or service we depend on is down: retry later
    if isinstance(exc, DatabaseError) or is_transient(exc):
        return 503 if is_transient(exc) else 500
    for cls in type(exc).__mro__:
        status = _STATUS_BY_CLASS_NAME.get(cls.__name__)
        if status is None and issubclass(cls, SocError):
            status = _STATUS_BY_CLASS.get(cls)
        if status is not None:
            return status
    return 500


def _soc_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, SocError)
    status = status_for(exc)
    instance = request.url.path
    if isinstance(exc, ServiceError):
        # A service we depend on is away (the broker hung or down): an expected outage
        # answer, which every desk's retry meets, so it is logged as the database's is,
        # once a minute with a count and no traceback.
        sparse = request.app.state.service_away
        assert isinstance(sparse, Sparse)
        sparse.hit(path=instance, service=exc.service or "", error=str(exc)[:200])
        return problem(503, "temporarily unavailable, retry", instance=instance,
                       headers={"Retry-After": str(RETRY_AFTER_S)})
    if status >= 500:
        _log.error("request_failed path=%s", instance, exc_info=exc)
        detail = "temporarily unavailable, retry" if status == 503 else "internal error"
        return problem(status, detail, instance=instance)
    extensions: dict[str, Any] = {}
    headers: dict[str, str] | None = None
    if isinstance(exc, AuthError):
        extensions["reason"] = exc.reason
        headers = {"WWW-Authenticate": "Bearer"}
    elif isinstance(exc, ThrottledError):
        extensions["retry_after"] = exc.retry_after
        headers = {"Retry-After": str(exc.retry_after)}
    elif isinstance(exc, ForbiddenError):
        extensions["role"] = exc.role
        if exc.needed:
            extensions["allowed_roles"] = list(exc.needed)
    elif isinstance(exc, NotFoundError | ConflictError):
        extensions["resource"] = exc.resource
        extensions["key"] = exc.key
        if isinstance(exc, ConflictError):
            extensions |= exc.extensions
    elif isinstance(exc, InvalidInputError):
        extensions["errors"] = [
            {k: v for k, v in (("line", p.line), ("column", p.column), ("loc", p.loc),
                               ("message", p.message), ("message_zh", p.message_zh))
                if v not in (None, "")}
            for p in exc.errors
        ]
    elif isinstance(exc, kpi_errors.EntryRejectedError):
        # A form entry has no file lines: each error names its body field.
        # Messages quote the field, which may be as long as the body: clipped as an import's.
        extensions["errors"] = [
            {"loc": f"body.{e.column}", "column": _clip(e.column), "message": _clip(e.message),
             "message_zh": _clip(e.message_zh)}
            for e in exc.errors
        ]
        detail = "entry refused: " + "; ".join(f"{_clip(e.column)}: {_clip(e.message)}" for e in exc.errors)
        return problem(status, detail, instance=instance, **extensions)
    elif isinstance(exc, kpi_errors.ImportRejectedError):
        extensions["errors"] = [
            {"line": e.line, "column": e.column, "message": e.message, "message_zh": e.message_zh}
            for e in exc.errors
        ]
    else:
        # Other packages' errors carry fields (sensor_id, alert_id, ...): expose the plain ones.
        for key, value in vars(exc).items():
            if not key.startswith("_") and isinstance(value, str | int | float | bool | None):
                extensions[key] = value
    return problem(status, str(exc), instance=instance, headers=headers, **extensions)


def _clip(text: str, limit: int = 300) -> str:
    """A message quoting a client's value, kept short whatever the value held."""
    return text if len(text) <= limit else text[:limit] + "…"


def _message(error: dict[str, Any]) -> str:
    """A validation error's message; a body that does not decode says why (``json_invalid``:
    the decoder's words, e.g. ``duplicate key 'agency'``, :mod:`web.jsonbody`)."""
    msg = str(error.get("msg", ""))
    why = (error.get("ctx") or {}).get("error") if error.get("type") == "json_invalid" else None
    return f"{msg}: {why}" if why else msg


def _loc(error: dict[str, Any], body: Any) -> str:
    """A validation error's place, ``body.reason``; a body refused for a key named twice is
    placed at that key's path (``body.reason.agency``), not at the character offset the
    decoder stopped at (:func:`web.jsonbody.key_path`)."""
    loc = tuple(error.get("loc", ()))
    why = str((error.get("ctx") or {}).get("error", ""))
    if (error.get("type") == "json_invalid" and why.startswith("duplicate key") and isinstance(body, str)
            and len(loc) == 2 and isinstance(loc[1], int)):
        loc = ("body", *key_path(body, loc[1]))
    return ".".join(str(p) for p in loc)


def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [
        {"loc": _loc(e, exc.body), "message": _message(e), "code": e.get("type", "")}
        for e in exc.errors()
    ]
    return problem(
        422, "the request is invalid: " + "; ".join(f"{e['loc']}: {e['message']}" for e in errors),
        instance=request.url.path, slug="validation-error", errors=errors,
    )


#: At most one ``body_unparseable`` line per this many seconds (with the count since).
MALFORMED_LOG_EVERY_S = 60.0
#: Form bodies: the request types whose parse failures FastAPI and Starlette answer 400.
FORM_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")


def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    headers = dict(exc.headers) if exc.headers else None
    media = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if exc.status_code == 400 and media in FORM_TYPES:
        # A body that is no valid form: the client's fault, answered without the
        # parser's words (they may quote the body); logged sparsely, because any
        # client, logged in or not, can send one on every request.
        _malformed_bodies(request).hit(path=request.url.path, media_type=media)
        return problem(400, f"the body is not valid {media}", instance=request.url.path,
                       slug="malformed-body", headers=headers)
    detail = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
    return problem(exc.status_code, detail, instance=request.url.path, headers=headers)


def _data_error(request: Request, exc: Exception) -> JSONResponse:
    # SQLSTATE class 22 "data exception" (and psycopg's own refusal of NUL bytes in
    # text): every value reaches SQL as a bound parameter, so this means the client
    # sent a value the column type cannot hold (PostgreSQL manual, Appendix A).
    sqlstate = getattr(exc, "sqlstate", None)
    return problem(422, f"a value is not acceptable: {str(exc).splitlines()[0][:200]}",
                   instance=request.url.path, slug="invalid-value", sqlstate=sqlstate)


def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    _log.error("request_failed path=%s", request.url.path, exc_info=exc)
    log_event(_log, "internal_error", logging.ERROR, path=request.url.path,
              error=type(exc).__name__)
    return problem(500, "internal error", instance=request.url.path)


#: How often a request that met the database away is logged (the others are counted).
UNAVAILABLE_LOG_EVERY_S = 60.0


async def _database_away(request: Request, exc: Exception) -> JSONResponse:
    """A request that met the database away: refused at once while the database watch
    (:mod:`web.dbwatch`) says so (:class:`DatabaseAwayError`, with ``since``), or after
    meeting it itself (no pooled connection within the pool's wait, a dropped
    connection, a write refused by a read-only server). 503
    ``/problems/database-unavailable`` with ``Retry-After``; logged once a minute with a
    count, since during an outage every request meets it (on the event loop: the
    threadpool may be full of requests waiting for the pool then). Any other database
    error is :func:`_unexpected`."""
    if not isinstance(exc, DatabaseAwayError) and not is_transient(exc):
        return _unexpected(request, exc)
    sparse = request.app.state.database_away
    assert isinstance(sparse, Sparse)
    sparse.hit(path=request.url.path, error=type(exc).__name__)
    retry_after = exc.retry_after if isinstance(exc, DatabaseAwayError) else RETRY_AFTER_S
    extensions: dict[str, Any] = {"retry_after": retry_after}
    if isinstance(exc, DatabaseAwayError):
        extensions["since"] = exc.since
    return problem(503, "the database is unavailable, retry later", instance=request.url.path,
                   slug="database-unavailable", headers={"Retry-After": str(retry_after)}, **extensions)


async def _database_busy(request: Request, exc: Exception) -> JSONResponse:
    """A request the database could not serve in time while it answers others: no pooled
    connection within ``web.pool_wait_s`` (:class:`DatabaseBusyError`) or a lock not granted
    within ``web.lock_wait_s`` (SQLSTATE 55P03 lock_not_available, PostgreSQL's lock_timeout).
    503 ``/problems/database-busy`` with ``Retry-After``, ``reason`` (``pool`` or ``lock``);
    logged like :func:`_database_away`, once a minute with a count."""
    sparse = request.app.state.database_busy
    assert isinstance(sparse, Sparse)
    if isinstance(exc, DatabaseBusyError):
        reason, retry_after, extra = exc.reason, exc.retry_after, {"waited_s": round(exc.waited_s, 1)}
    else:
        reason, retry_after, extra = "lock", RETRY_AFTER_S, {}
    sparse.hit(path=request.url.path, reason=reason)
    return problem(503, "the database is busy, retry later", instance=request.url.path, slug="database-busy",
                   headers={"Retry-After": str(retry_after)}, reason=reason, retry_after=retry_after, **extra)


def _malformed_bodies(request: Request) -> Sparse:
    """The application's counter of unparseable bodies (made by :func:`install`)."""
    sparse = request.app.state.malformed_bodies
    assert isinstance(sparse, Sparse)
    return sparse


def install(app: FastAPI) -> None:
    """Register the problem handlers on ``app``."""
    app.state.malformed_bodies = Sparse(_log, "body_unparseable", every_s=MALFORMED_LOG_EVERY_S)
    app.add_exception_handler(SocError, _soc_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(psycopg.DataError, _data_error)
    app.state.database_away = Sparse(_log, "request_database_unavailable", every_s=UNAVAILABLE_LOG_EVERY_S)
    app.state.service_away = Sparse(_log, "request_service_unavailable", every_s=UNAVAILABLE_LOG_EVERY_S)
    app.add_exception_handler(psycopg.OperationalError, _database_away)
    # A server that answers reads and refuses writes (a standby after a failover, SQLSTATE
    # 25006) is away for what the request wanted, not at fault for it.
    app.add_exception_handler(psycopg.errors.ReadOnlySqlTransaction, _database_away)
    app.add_exception_handler(DatabaseAwayError, _database_away)
    app.state.database_busy = Sparse(_log, "request_database_busy", every_s=UNAVAILABLE_LOG_EVERY_S)
    app.add_exception_handler(DatabaseBusyError, _database_busy)
    app.add_exception_handler(psycopg.errors.LockNotAvailable, _database_busy)
    app.add_exception_handler(Exception, _unexpected)
