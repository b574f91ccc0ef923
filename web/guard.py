"""ASGI middleware that guards every request before the application sees it.

* :class:`BodyLimit` counts a request body while it is read, before anything parses
  it, and refuses it with 413 past the route's limit (``settings.web.max_*_bytes``).
  A request with a body to a route that needs a login and no validly signed bearer
  token is answered 401 before a single body byte is read. Both answers carry
  ``Connection: close``, so that the server drops the connection instead of reading
  (and buffering) what the client still sends.
* :class:`SecurityHeaders` adds the browser protections to every HTTP response: a
  content security policy that allows only this origin (no inline script, no
  framing), ``X-Frame-Options``, ``nosniff``, ``Referrer-Policy: no-referrer`` and
  ``Cache-Control: no-store`` on the API.
* :class:`AccessLogRedaction` keeps credentials out of uvicorn's logs (requests and
  websocket handshakes): query values named like a credential are replaced by
  ``***`` before the line is written.
* :class:`DemoteToDebug` turns the form parser's per-body warnings (one for every
  malformed multipart body, which any client can send, the login form included)
  into DEBUG lines; the refusal itself is a 400 problem counted by
  :mod:`web.problems` and logged at most once a minute (``body_unparseable``).

The host check is Starlette's ``TrustedHostMiddleware`` over
``settings.web.allowed_hosts`` (see :func:`web.app.create_app`), its refusal a 400 problem
(:class:`TrustedHost`); forwarded headers
are believed only from ``settings.web.trusted_proxies`` (uvicorn's
``forwarded_allow_ips``, see :func:`web.cli.run_web`).
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from starlette.middleware.trustedhost import TrustedHostMiddleware

from common.settings import WebSettings
from web.errors import AuthError
from web.security import read_token

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

#: The one route that takes a body without a login.
LOGIN_PATH = "/api/auth/token"
#: The routes that take an upload (multipart: the file plus its envelope).
UPLOAD_PATHS = frozenset({"/api/kpis/import"})

#: The one inline script of the pages: their loader, the same on each (``web/static/*.html``),
#: which asks again for a script the network failed; a loader in a file of its own could fail
#: to load itself. ``tests/unit/web/test_page_loader.py`` holds that this is its hash.
PAGE_LOADER_SHA256 = "sha256-xxJJ4phX5SLlkezaDscOMH/1AvtT+Rpu7fsNAWlwMAU="

#: The policy of every page: this origin only; styles may be inline (the pages set
#: element styles from script), scripts never but the pages' loader; the wall's map tiles
#: are data: URLs.
CONTENT_SECURITY_POLICY = (
    f"default-src 'self'; script-src 'self' '{PAGE_LOADER_SHA256}'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
)


def body_limit_for(path: str, settings: WebSettings) -> int:
    """The largest body, in bytes, that ``path`` accepts."""
    if path == LOGIN_PATH:
        return settings.max_login_body_bytes
    if path in UPLOAD_PATHS:
        return settings.max_upload_bytes
    return settings.max_body_bytes


def _header(scope: Scope, name: bytes) -> bytes | None:
    for key, value in scope.get("headers", ()):
        if key.lower() == name:
            return bytes(value)
    return None


def bearer_problem(scope: Scope, secret: bytes, now: float) -> str | None:
    """``None`` if the request carries a bearer token with a valid signature and expiry,
    else the reason it does not (the ``reason`` of a 401 from the application).

    Only the cheap, pure half of authentication: revocation is checked later by the
    route's dependency, against the database.
    """
    value = _header(scope, b"authorization")
    if value is None:
        return "missing_token"
    scheme, _, token = value.decode("latin-1").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return "missing_token"
    try:
        read_token(token.strip(), secret=secret, now=now)
    except AuthError as exc:
        return exc.reason
    return None


def problem_body(status: int, title: str, detail: str, **members: str) -> bytes:
    """A problem+json body (RFC 9457) shaped like :func:`web.problems.problem`'s, for the
    answers written below the app (these middlewares, :mod:`web.head_deadline`)."""
    return json.dumps({"type": f"/problems/{title.lower().replace(' ', '-')}", "title": title,
                       "status": status, "detail": detail, **members}).encode()


async def _answer(send: Send, status: int, title: str, detail: str,
                  extra: tuple[tuple[bytes, bytes], ...] = (), **members: str) -> None:
    """A problem+json answer (RFC 9457) shaped like :func:`web.problems.problem`'s."""
    body = problem_body(status, title, detail, **members)
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"application/problem+json"),
        (b"content-length", str(len(body)).encode()),
        (b"connection", b"close"),
        *extra,
    ]})
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    """Refuse oversized bodies while reading them, and unauthenticated ones unread."""

    def __init__(self, app: ASGIApp, settings: WebSettings,
                 clock: Callable[[], float] = time.time) -> None:
        self.app = app
        self.settings = settings
        self.secret = settings.secret_key.get_secret_value().encode()
        self.clock = clock

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope["path"]
        limit = body_limit_for(path, self.settings)
        length_text = _header(scope, b"content-length")
        chunked = b"chunked" in (_header(scope, b"transfer-encoding") or b"").lower()
        try:
            length = int(length_text) if length_text is not None else None
        except ValueError:
            await _answer(send, 400, "Bad Request", "invalid Content-Length")
            return
        has_body = chunked or (length is not None and length > 0)
        reason = None if not has_body or path == LOGIN_PATH else bearer_problem(
            scope, self.secret, self.clock())
        if reason is not None:
            await _answer(send, 401, "Unauthorized", "authentication required",
                          ((b"www-authenticate", b"Bearer"),), instance=path, reason=reason)
            return
        if length is not None and length > limit:
            await _answer(send, 413, "Content Too Large",
                          f"request body larger than {limit} bytes", instance=path)
            return
        received = 0
        started = False
        refused = False

        async def counted_receive() -> Message:
            nonlocal received, refused
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    # Answer here: the application may turn a failing receive into its
                    # own 400; to it the client has simply gone away.
                    refused = True
                    if not started:
                        await _answer(send, 413, "Content Too Large",
                                      f"request body larger than {limit} bytes", instance=path)
                    return {"type": "http.disconnect"}
            return message

        async def tracked_send(message: Message) -> None:
            nonlocal started
            if refused:
                return  # the 413 is out; whatever the application says now goes nowhere
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        await self.app(scope, counted_receive, tracked_send)


class TrustedHost(TrustedHostMiddleware):
    """Starlette's host check, with its refusal of an HTTP request answered as every other 4xx
    (problem+json) rather than its ``text/plain`` "Invalid host header"; never a redirect."""

    def __init__(self, app: ASGIApp, allowed_hosts: list[str]) -> None:
        super().__init__(app, allowed_hosts=allowed_hosts, www_redirect=False)

    def _allowed(self, scope: Scope) -> bool:
        host = (_header(scope, b"host") or b"").decode("latin-1").split(":")[0]
        return self.allow_any or any(
            host == p or (p.startswith("*") and host.endswith(p[1:])) for p in self.allowed_hosts)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and not self._allowed(scope):
            await _answer(send, 400, "Bad Request", "the Host header names no host this server answers for",
                          instance=scope["path"])
            return
        await super().__call__(scope, receive, send)


class SecurityHeaders:
    """Add :data:`SECURITY_HEADERS` to every HTTP response (``no-store`` on the API)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        api = scope["path"].startswith("/api/")

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {bytes(k).lower() for k, _ in message.get("headers", ())}
                headers = list(message.get("headers", ()))
                headers += [(k, v) for k, v in SECURITY_HEADERS if k not in present]
                if api and b"cache-control" not in present:
                    headers.append((b"cache-control", b"no-store"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)


class StripNul:
    """Answer 404 for a path holding a NUL byte (no file system call sees it)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and "\x00" in scope["path"]:
            await _answer(send, 404, "Not Found", "no such resource")
            return
        await self.app(scope, receive, send)


#: Query parameters whose values are credentials (or one-time tickets) in any spelling.
_SECRET_QUERY = re.compile(
    r"(?i)((?:^|[?&;])[a-z_]*(?:token|ticket|password|passwd|secret|key)=)[^&;\s\"]*"
)


def redact(text: str) -> str:
    """``text`` with the values of credential-like query parameters replaced by ``***``."""
    return _SECRET_QUERY.sub(r"\1***", text)


class AccessLogRedaction(logging.Filter):
    """A filter for uvicorn's loggers: redacts credential-like query values."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(redact(a) if isinstance(a, str) else a for a in record.args)
        return True


#: uvicorn's access log (HTTP requests) and its error log, which also logs every
#: websocket handshake with its path and query.
REDACTED_LOGGERS = ("uvicorn.access", "uvicorn.error")


def install_log_redaction() -> None:
    """Attach :class:`AccessLogRedaction` to :data:`REDACTED_LOGGERS` and
    :class:`DemoteToDebug` to :data:`PARSER_LOGGERS` (idempotent)."""
    for name in REDACTED_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, AccessLogRedaction) for f in logger.filters):
            logger.addFilter(AccessLogRedaction())
    for name in PARSER_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, DemoteToDebug) for f in logger.filters):
            logger.addFilter(DemoteToDebug())


#: python-multipart's logger (Starlette parses forms and uploads with it): it warns
#: once per malformed body ("Expected boundary character ...", "Found invalid
#: character ... in header"), so a client could fill the log at will.
PARSER_LOGGERS = ("python_multipart.multipart",)


class DemoteToDebug(logging.Filter):
    """A logger filter that writes the logger's records at DEBUG, and only where the
    root logger is at DEBUG (a filter sees a record after its logger's level check)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno > logging.DEBUG:
            record.levelno, record.levelname = logging.DEBUG, "DEBUG"
        return logging.getLogger().isEnabledFor(logging.DEBUG)
