"""The wall's fast-path adapter: the uvicorn and Starlette internals it needs, and its fallback.

The first two tests are the alarm for an upgrade of uvicorn or Starlette: they fail
when the protocol object loses an attribute :class:`~web.wall.fastpath.DirectWriter`
reads, or when Starlette stops keeping the server's ``receive`` as the bound method of
that protocol (``direct_writer`` finds the protocol through it).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator

import pytest
import uvicorn
from starlette.websockets import WebSocket
from uvicorn.protocols.websockets.websockets_sansio_impl import WebSocketsSansIOProtocol
from uvicorn.server import ServerState

from web.wall import fastpath


async def _app(scope: object, receive: object, send: object) -> None:  # pragma: no cover - never called
    return None


@pytest.fixture
def protocol() -> Iterator[WebSocketsSansIOProtocol]:
    loop = asyncio.new_event_loop()
    config = uvicorn.Config(_app, ws="websockets-sansio", log_level="warning")
    config.load()
    try:
        yield WebSocketsSansIOProtocol(config, ServerState(), {}, _loop=loop)
    finally:
        loop.close()


def test_uvicorns_protocol_has_what_the_fast_path_reads(protocol: WebSocketsSansIOProtocol) -> None:
    assert fastpath.missing_internals(protocol) == [], "uvicorn's sans-I/O protocol changed"


def test_starlette_hands_the_servers_receive_through(protocol: WebSocketsSansIOProtocol) -> None:
    socket = WebSocket({"type": "websocket", "path": "/ws/wall", "headers": []}, protocol.receive, protocol.receive)
    assert getattr(socket._receive, "__self__", None) is protocol, "Starlette no longer keeps receive unwrapped"
    # Before the handshake there is no transport: no fast path yet, and no complaint.
    assert fastpath.direct_writer(socket) is None


def test_a_protocol_without_the_internals_gets_the_queue_path_and_one_log_line(
    protocol: WebSocketsSansIOProtocol, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    socket = WebSocket({"type": "websocket", "path": "/ws/wall", "headers": []}, protocol.receive, protocol.receive)
    monkeypatch.delattr(protocol, "writable")
    monkeypatch.setattr(fastpath, "_reported", False)
    with caplog.at_level(logging.WARNING, logger=fastpath.__name__):
        assert fastpath.direct_writer(socket) is None
        assert fastpath.direct_writer(socket) is None
    lines = [r for r in caplog.records if "wall_fast_path_unavailable" in r.getMessage()]
    assert len(lines) == 1
    assert "writable" in lines[0].getMessage()


def test_any_other_socket_gets_the_queue_path() -> None:
    assert fastpath.direct_writer(object()) is None


def test_the_server_protocol_sends_handshake_refusals_and_keeps_the_fast_path(
    protocol: WebSocketsSansIOProtocol,
) -> None:
    """Fails when uvicorn or websockets move what RefusingProtocol reads."""
    assert [n for n in fastpath.HANDSHAKE_ATTRIBUTES if not hasattr(protocol, n)] == []
    assert fastpath.missing_handshake_internals() == [], "uvicorn's or websockets' internals changed"
    assert fastpath.server_protocol() is fastpath.RefusingProtocol
    assert issubclass(fastpath.RefusingProtocol, WebSocketsSansIOProtocol)  # direct_writer's check
