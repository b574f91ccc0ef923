"""The wall's fast path: pre-framed bytes written straight to uvicorn's transport (an adapter).

The only module that touches uvicorn's and Starlette's internals. The fast path
(:class:`DirectWriter`, found by :func:`direct_writer`) needs

* Starlette's ``WebSocket._receive`` to be the bound ``receive`` method of the
  server's connection protocol (Starlette wraps ``send`` but not ``receive``),
* uvicorn's ``websockets-sansio`` protocol (``soc web`` names it), with the
  attributes listed in :data:`PROTOCOL_ATTRIBUTES`.

It also holds :class:`RefusingProtocol`, the websocket protocol ``soc web`` runs: uvicorn's
sans-I/O protocol, which leaves the ``websockets`` parser's refusal of a handshake
(414 for a request line over 8 KiB, 431 for header lines too long or too many, EOF for
no valid request) unsent and the connection open for as long as the client likes; the
subclass writes the refusal and closes. :func:`server_protocol` gives it, or uvicorn's
name for the plain protocol where uvicorn changed (``missing_handshake_internals``).

When any of that is missing the broadcaster gets ``None`` and sends every
frame through the client's queue and Starlette's public ``send_text`` (the
fallback), and ``wall_fast_path_unavailable`` is logged once with what is
missing. ``tests/unit/web/test_fastpath.py`` fails when uvicorn changes those
internals, and the API tests assert that a real uvicorn connection gets the
fast path.
"""

from __future__ import annotations

import logging
from typing import Protocol

from websockets.extensions.permessage_deflate import PerMessageDeflate

from common.logging import log_event

try:
    from uvicorn.protocols.websockets.websockets_sansio_impl import WebSocketsSansIOProtocol
except ImportError:  # pragma: no cover - another ASGI server: the queue path only
    WebSocketsSansIOProtocol = None  # type: ignore[assignment,misc]

_log = logging.getLogger(__name__)

#: What :class:`DirectWriter` reads of uvicorn's protocol object.
PROTOCOL_ATTRIBUTES: tuple[str, ...] = (
    "transport", "conn", "handshake_complete", "close_sent", "disconnected", "writable",
)

_reported = False


def missing_internals(protocol: object) -> list[str]:
    """The attributes of :data:`PROTOCOL_ATTRIBUTES` that ``protocol`` lacks (empty: usable)."""
    return [name for name in PROTOCOL_ATTRIBUTES if not hasattr(protocol, name)]


def _unavailable(missing: list[str]) -> None:
    global _reported  # noqa: PLW0603 - one log line per process, not per connection
    if not _reported:
        _reported = True
        log_event(_log, "wall_fast_path_unavailable", level=logging.WARNING, missing=",".join(missing))


#: Default bound on a connection's transport write buffer for fast-path writes: the
#: default high-water mark of asyncio and uvloop transports, above which the transport
#: pauses writing anyway (and uvicorn's ``send`` waits).
MAX_BUFFER = 64 * 1024


class FrameWriter(Protocol):
    """Writes pre-encoded frames to one connection without awaiting (the fast path)."""

    def try_write(self, wire: bytes) -> bool:
        """Write ``wire`` now and return ``True``, or write nothing and return ``False``."""
        ...


class DirectWriter:
    """The fast path to one connection of uvicorn's ``websockets-sansio`` protocol.

    Its websocket state is websockets' sans-I/O ``ServerProtocol``, which keeps no
    state about complete (FIN) outgoing data frames, so writing one beside it is
    invisible to it; a closing or closed connection is refused.
    """

    __slots__ = ("_protocol", "_transport", "max_buffer")

    def __init__(self, protocol: WebSocketsSansIOProtocol, max_buffer: int) -> None:
        self._protocol = protocol
        self._transport = protocol.transport
        self.max_buffer = max_buffer

    @property
    def buffered(self) -> int:
        """Bytes waiting in the transport's write buffer (for tests and the benchmark)."""
        return self._transport.get_write_buffer_size()

    def try_write(self, wire: bytes) -> bool:
        protocol = self._protocol
        transport = self._transport
        if (
            protocol.close_sent
            or protocol.disconnected
            or not protocol.writable.is_set()
            or transport.is_closing()
            or transport.get_write_buffer_size() >= self.max_buffer
        ):
            return False
        try:
            transport.write(wire)
        except (OSError, RuntimeError):
            # A transport failing underneath: the queue path's send will find out and end.
            return False
        return True


def direct_writer(socket: object, max_buffer: int = MAX_BUFFER) -> DirectWriter | None:
    """The fast path to an accepted Starlette ``WebSocket``, or ``None`` if there is none.

    Starlette wraps the ASGI ``send`` callable in closures but hands the server's
    ``receive`` through unchanged: under uvicorn's sans-I/O implementation that is
    a bound method of the connection's protocol object, which owns the transport.
    Any other socket (another server, a test double) gets ``None``: queue path only.
    """
    if WebSocketsSansIOProtocol is None:  # pragma: no cover
        return None
    protocol = getattr(getattr(socket, "_receive", None), "__self__", None)
    if not isinstance(protocol, WebSocketsSansIOProtocol):
        return None
    missing = missing_internals(protocol)
    if missing:
        _unavailable(missing)
        return None
    if not protocol.handshake_complete or protocol.close_sent or protocol.transport is None:
        return None
    if not all(isinstance(ext, PerMessageDeflate) for ext in protocol.conn.extensions):
        return None  # an extension we know nothing about might have to see every frame
    return DirectWriter(protocol, max_buffer)


#: What :class:`RefusingProtocol` reads of a uvicorn protocol object (besides ``conn``'s
#: ``handshake_exc`` and ``data_to_send``, public in websockets).
HANDSHAKE_ATTRIBUTES: tuple[str, ...] = ("transport", "conn", "handshake_initiated")


def missing_handshake_internals() -> list[str]:
    """What :class:`RefusingProtocol` needs of uvicorn's protocol class and lacks (empty: usable)."""
    if WebSocketsSansIOProtocol is None:
        return ["uvicorn.protocols.websockets.websockets_sansio_impl"]
    missing = [n for n in ("data_received",) if not hasattr(WebSocketsSansIOProtocol, n)]
    from websockets.server import ServerProtocol

    if not hasattr(ServerProtocol(), "handshake_exc"):
        missing.append("ServerProtocol.handshake_exc")
    return missing


if WebSocketsSansIOProtocol is not None:

    class RefusingProtocol(WebSocketsSansIOProtocol):
        """uvicorn's sans-I/O websocket protocol that also sends the handshake refusals of
        the ``websockets`` parser (414, 431, or EOF) and closes the connection."""

        def data_received(self, data: bytes) -> None:
            super().data_received(data)
            if not self.handshake_initiated and self.conn.handshake_exc is not None:
                # The parser refused the request before uvicorn saw it: its answer (or
                # b"" for EOF) waits in data_to_send, which uvicorn never reads here.
                self.transport.write(b"".join(self.conn.data_to_send()))
                self.transport.close()


def server_protocol() -> object:
    """The ``ws`` argument for uvicorn: :class:`RefusingProtocol`, or ``"websockets-sansio"``
    (logged once, ``ws_handshake_refusal_unavailable``) where uvicorn's internals moved."""
    missing = missing_handshake_internals()
    if missing:
        log_event(_log, "ws_handshake_refusal_unavailable", level=logging.WARNING,
                  missing=",".join(missing))
        return "websockets-sansio"
    return RefusingProtocol
