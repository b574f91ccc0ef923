"""A deadline for a request's head: the adapter over uvicorn's HTTP protocol that sets it.

uvicorn reads request headers without a deadline: its keep-alive timer runs only while a
connection idles between requests, and the first byte of a request stops it. A client
that opens a connection and sends nothing, or part of a request head and then nothing,
or one byte now and then ("slowloris"), keeps that connection for as long as it likes;
enough such clients take every connection the process can hold. :class:`HeadDeadline`
is uvicorn's ``httptools`` protocol with one timer more: armed when the connection is
made and when a request's first byte arrives, stopped when the head is complete. When it
fires, the connection is answered ``408 Request Timeout`` (if a request had begun) and
closed. Between requests uvicorn's own keep-alive timer (``timeout_keep_alive``) applies.

The head's size is bounded too: httptools keeps a request line and headers of any length
(uvicorn joins the URL's pieces and lists every header), so a client on a fast link could
send hundreds of megabytes of head within the deadline. The bytes of a head are counted as
they arrive, before they are parsed (a whole head of twice the bound arriving in one read is
counted whole, up to its blank line, not the body after it); past
:attr:`HeadDeadline.max_head_bytes` the connection is answered ``431 Request Header Fields
Too Large`` and closed, before any route sees the request.

It reads uvicorn's internals (the protocol's ``transport``, its parser callbacks); where
those moved, :func:`http_protocol` falls back to uvicorn's plain ``"httptools"`` protocol
and logs ``http_head_deadline_unavailable`` once; ``tests/unit/web/test_head_deadline.py``
fails loudly when that happens.
"""

from __future__ import annotations

import asyncio
import logging

from common.logging import log_event
from web.guard import problem_body

_log = logging.getLogger(__name__)

try:
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
except ImportError:  # pragma: no cover - httptools is a dependency of uvicorn[standard]
    HttpToolsProtocol = None  # type: ignore[assignment,misc]

#: What :class:`HeadDeadline` overrides or reads of uvicorn's protocol class.
NEEDED: tuple[str, ...] = ("connection_made", "connection_lost", "data_received", "on_message_begin",
                           "on_headers_complete", "on_message_complete")


def _problem_response(status: int, title: str, detail: str) -> bytes:
    """A whole HTTP/1.1 answer with a problem+json body (RFC 9457), shaped like every other 4xx
    of the app (:func:`web.guard.problem_body`); written before any route sees the request."""
    body = problem_body(status, title, detail)
    return (f"HTTP/1.1 {status} {title}\r\ncontent-type: application/problem+json\r\n"
            f"content-length: {len(body)}\r\nconnection: close\r\n\r\n").encode() + body


#: The answer to a request whose head did not arrive in time (RFC 9110 §15.5.9).
TIMEOUT_RESPONSE = _problem_response(408, "Request Timeout", "request head not in time")
#: The answer to a request whose head is too large (RFC 6585 §5).
TOO_LARGE_RESPONSE = _problem_response(431, "Request Header Fields Too Large", "request head too large")


def missing_internals() -> list[str]:
    """What :class:`HeadDeadline` needs of uvicorn and lacks (empty: usable)."""
    if HttpToolsProtocol is None:
        return ["uvicorn.protocols.http.httptools_impl"]
    return [n for n in NEEDED if not callable(getattr(HttpToolsProtocol, n, None))]


if HttpToolsProtocol is not None:

    class HeadDeadline(HttpToolsProtocol):
        """uvicorn's ``httptools`` protocol with a deadline of :attr:`head_timeout_s` for each
        request head (and for the first byte of a new connection), and a bound of
        :attr:`max_head_bytes` for its size."""

        head_timeout_s: float = 10.0
        max_head_bytes: int = 65536

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            self._head_timer: asyncio.TimerHandle | None = None
            self._head_begun = False
            # Bytes received while a head is read; a head's end or a request's end in a
            # chunk starts the count again (the rest of that chunk, one read at most, uncounted).
            self._reading_head = True
            self._head_bytes = 0
            self._head_reset = False
            self._tail = b""  # the last bytes of the head read so far (its blank line may straddle reads)
            super().connection_made(transport)
            self._arm()

        def data_received(self, data: bytes) -> None:
            if self._reading_head:
                # The head's part of this read: up to its blank line (the body after it is not
                # the head's), counted before the parser keeps any of it.
                seen = self._tail + data
                end = seen.find(b"\r\n\r\n")
                part = len(data) if end < 0 else max(0, end + 4 - len(self._tail))
                if self._head_bytes + part > self.max_head_bytes:
                    self._too_large()
                    return
                self._tail = seen[-3:]
            self._head_reset = False
            super().data_received(data)
            if self._head_reset:
                self._head_bytes = 0
                self._tail = b""
            elif self._reading_head:
                self._head_bytes += len(data)

        def _too_large(self) -> None:
            if not self.transport.is_closing():
                self._disarm()
                self.transport.write(TOO_LARGE_RESPONSE)
                self.transport.close()

        def on_message_complete(self) -> None:
            self._reading_head = True
            self._head_reset = True
            super().on_message_complete()

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            super().connection_lost(exc)

        def on_message_begin(self) -> None:
            super().on_message_begin()
            self._head_begun = True
            self._arm()

        def on_headers_complete(self) -> None:
            self._disarm()
            self._head_begun = False
            self._reading_head = False
            self._head_reset = True
            super().on_headers_complete()

        def _arm(self) -> None:
            self._disarm()
            self._head_timer = self.loop.call_later(self.head_timeout_s, self._head_late)

        def _disarm(self) -> None:
            if self._head_timer is not None:
                self._head_timer.cancel()
                self._head_timer = None

        def _head_late(self) -> None:
            self._head_timer = None
            if self.transport.is_closing():
                return
            if self._head_begun:
                self.transport.write(TIMEOUT_RESPONSE)
            self.transport.close()


def http_protocol(head_timeout_s: float, max_head_bytes: int = 65536) -> object:
    """The ``http`` argument for uvicorn: a :class:`HeadDeadline` with ``head_timeout_s`` and
    ``max_head_bytes``, or ``"httptools"`` (logged once, ``http_head_deadline_unavailable``)
    where uvicorn moved."""
    missing = missing_internals()
    if missing:
        log_event(_log, "http_head_deadline_unavailable", level=logging.WARNING, missing=",".join(missing))
        return "httptools"
    return type("HeadDeadline", (HeadDeadline,), {"head_timeout_s": head_timeout_s,
                                                  "max_head_bytes": max_head_bytes})
