"""What a wall client may send: small frames only, against the real server.

The wall and the console send ``{"type": "pong"}`` and, after a drop,
``{"type": "resume", "epoch": ..., "seq": ...}`` (``web/static/common.js``,
``web/wall/frames.py``): well under 100 bytes. The server reads at most
``settings.web.ws_max_message_bytes`` (4 KiB) of one message, whole or in
fragments; a larger one closes the socket with 1009 (message too big, RFC 6455
§7.4.1) before it is buffered, and the server goes on serving everyone else.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection, connect

from common.settings import WebSettings
from tests import http_calls
from tests.api.wsclient import WallClient
from tests.security.conftest import WebProcess, bearer, cached_login

LIMIT = WebSettings.model_fields["ws_max_message_bytes"].default
MESSAGE_TOO_BIG = 1009


def _ticket(web: WebProcess) -> str:
    r = http_calls.post(f"{web.url}/api/ws-ticket", headers=bearer(cached_login(web, "op")), timeout=30)
    assert r.status_code == 200, r.text
    return str(r.json()["ticket"])


def _open(web: WebProcess) -> ClientConnection:
    conn = connect(f"{web.ws_url}/ws/wall?ticket={_ticket(web)}", max_size=None, open_timeout=20,
                   legacy=True)
    assert json.loads(conn.recv(timeout=20))["type"] in ("snapshot", "batch")
    return conn


def _close_code(conn: ClientConnection) -> int | None:
    """Read until the server closes; the code it sent."""
    try:
        while True:
            conn.recv(timeout=30)
    except ConnectionClosed as exc:
        return exc.rcvd.code if exc.rcvd else None
    except TimeoutError:
        pytest.fail("the server kept the socket open")


def _send_then_still_served(web: WebProcess, message: str | bytes) -> None:
    """Send ``message``, then a resume: the socket answers it with a snapshot, the server runs."""
    conn = _open(web)
    try:
        conn.send(message)
        conn.send('{"type":"resume","epoch":"none","seq":0}')  # answered with a snapshot
        while True:
            answer = json.loads(conn.recv(timeout=30))
            frames = answer["frames"] if answer["type"] == "batch" else [answer]
            if any(f["type"] == "snapshot" for f in frames):
                break
    finally:
        conn.close()
    assert web.proc.poll() is None


def test_the_limit_holds_what_the_clients_send() -> None:
    resume = json.dumps({"type": "resume", "epoch": "ffffffff", "seq": 2**63})
    assert len(resume) < LIMIT // 10
    assert LIMIT <= 64 * 1024  # the bound is in kilobytes, not uvicorn's 16 MiB


@pytest.mark.parametrize("size", [LIMIT + 1, 64 * 1024, 16 * 1024 * 1024])
def test_a_message_larger_than_the_limit_closes_with_1009(web_server: WebProcess, size: int) -> None:
    conn = _open(web_server)
    # The server may close while we are still sending: the close code says why.
    with contextlib.suppress(ConnectionClosed):
        conn.send("x" * size if size < 1024 * 1024 else b"\x00" * size)
    assert _close_code(conn) == MESSAGE_TOO_BIG
    # Everyone else is still served: a new client gets its snapshot and answers pings.
    other = WallClient(f"{web_server.ws_url}/ws/wall?ticket={_ticket(web_server)}")
    try:
        assert other.next("snapshot")["type"] == "snapshot"
    finally:
        other.close()


def _client_frame(opcode: int, payload: bytes, *, fin: bool) -> bytes:
    """One masked client frame (RFC 6455 §5.2)."""
    mask = os.urandom(4)
    n = len(payload)
    size = bytes([0x80 | n]) if n < 126 else bytes([0x80 | 126]) + n.to_bytes(2, "big")
    return bytes([(0x80 if fin else 0) | opcode]) + size + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload))


def _server_close_code(data: bytes) -> int | None:
    """The code of the close frame among the server's (unmasked) frames, if one came."""
    i = 0
    while i + 2 <= len(data):
        opcode, n = data[i] & 0x0F, data[i + 1] & 0x7F
        i += 2
        if n == 126:
            n, i = int.from_bytes(data[i:i + 2], "big"), i + 2
        elif n == 127:
            n, i = int.from_bytes(data[i:i + 8], "big"), i + 8
        if opcode == 0x8:
            return int.from_bytes(data[i:i + 2], "big") if n >= 2 else None
        i += n
    return None


def test_a_large_message_in_small_fragments_is_refused_too(web_server: WebProcess) -> None:
    """The fragments are written in one go and the one crossing the limit is the last
    sent: the server has nothing of ours left unread when it closes, so no reset can
    discard its close frame on the way back (a client still sending as the server
    closes gets a reset and may never read the code)."""
    head = (f"GET /ws/wall?ticket={_ticket(web_server)} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
            "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
    pieces = LIMIT // 1000 + 1  # the last one crosses the limit
    frames = b"".join(_client_frame(0x1 if k == 0 else 0x0, b"y" * 1000, fin=False) for k in range(pieces))
    with socket.create_connection(("127.0.0.1", web_server.port), timeout=30) as s:
        s.sendall(head.encode())
        answer = b""
        while b"\r\n\r\n" not in answer:
            data = s.recv(65536)
            assert data, answer
            answer += data
        assert answer.startswith(b"HTTP/1.1 101"), answer[:200]
        s.sendall(frames)
        try:
            while data := s.recv(65536):
                answer += data
        except TimeoutError:
            pytest.fail("the server kept the socket open")
    assert _server_close_code(answer.split(b"\r\n\r\n", 1)[1]) == MESSAGE_TOO_BIG


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=st.one_of(
    st.text(max_size=200),
    st.builds(lambda n: "[" * n + "]" * n, st.integers(1, LIMIT // 2)),
    st.builds(lambda d: json.dumps({"type": "resume", "epoch": "x", "seq": d}),
              st.integers(-(10**300), 10**300)),
    st.just('{"type":"resume","epoch":null,"seq":1e999}'),
    st.just('{"type":"pong"}'),
))
def test_anything_within_the_limit_keeps_the_socket_serving(web_server: WebProcess, text: str) -> None:
    _send_then_still_served(web_server, text)


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.one_of(
    st.binary(max_size=LIMIT),
    st.just(b'{"type":"pong"}'),
    st.just(b'{"type":"resume","epoch":"none","seq":0}'),
))
def test_a_binary_message_within_the_limit_keeps_the_socket_serving(
    web_server: WebProcess, data: bytes,
) -> None:
    """The pages send only text frames; a binary one is ignored like any non-frame."""
    _send_then_still_served(web_server, data)


def _handshake(web: WebProcess, path: str, extra: str = "") -> bytes:
    """Send a websocket upgrade request; everything the server sends until it closes."""
    head = (f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            f"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n{extra}\r\n")
    with socket.create_connection(("127.0.0.1", web.port), timeout=30) as s:
        s.sendall(head.encode())
        answer = b""
        try:
            while data := s.recv(65536):
                answer += data
        except TimeoutError:
            pytest.fail(f"no answer and no close in 30 s; got {answer[:80]!r}")
    return answer


@pytest.mark.parametrize(("path", "extra", "status"), [
    ("/ws/wall?ticket=" + "a" * 9000, "", b"414"),
    ("/ws/wall?ticket=" + "a" * 60_000, "", b"414"),
    ("/ws/wall?ticket=x", "X-Pad: " + "p" * 9000 + "\r\n", b"431"),
    ("/ws/wall?ticket=x", "".join(f"X-H{i}: v\r\n" for i in range(300)), b"431"),
])
def test_a_handshake_the_websocket_parser_refuses_is_answered_and_closed(
    web_server: WebProcess, path: str, extra: str, status: bytes,
) -> None:
    """uvicorn's sans-I/O protocol left the parser's 414 / 431 unsent and the connection
    open for as long as the client wished (one socket per request, for nothing)."""
    answer = _handshake(web_server, path, extra)
    assert answer.startswith(b"HTTP/1.1 " + status), answer[:200]
