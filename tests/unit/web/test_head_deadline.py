"""The request-head deadline's adapter still fits uvicorn (fails loudly when uvicorn moves)."""

from __future__ import annotations

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from web import head_deadline


def test_the_http_protocol_is_uvicorns_with_the_head_deadline() -> None:
    assert head_deadline.missing_internals() == []
    protocol = head_deadline.http_protocol(3.5, 5000)
    assert isinstance(protocol, type)
    assert issubclass(protocol, head_deadline.HeadDeadline)
    assert issubclass(protocol, HttpToolsProtocol)
    assert protocol.head_timeout_s == 3.5
    assert protocol.max_head_bytes == 5000
    assert head_deadline.HeadDeadline.head_timeout_s != 3.5  # each server its own class


def test_the_timeout_answer_is_one_whole_http_response() -> None:
    head, _, body = head_deadline.TIMEOUT_RESPONSE.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 408 ")
    assert f"content-length: {len(body)}".encode() in head


def test_the_too_large_answer_is_one_whole_http_response() -> None:
    head, _, body = head_deadline.TOO_LARGE_RESPONSE.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 431 ")
    assert f"content-length: {len(body)}".encode() in head
