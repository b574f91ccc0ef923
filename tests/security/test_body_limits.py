"""Request bodies: limited while read, unauthenticated ones never read.

Replays the probe: 8 clients each send a 50 MB JSON body without logging in, and 4
send 50 MB form posts to the login route, all at once, while ``/api/health/live`` is
asked again and again. The server must answer the uploads 401 / 413 without
buffering them (resident memory grows by less than 100 MiB; the probe saw +1 GiB)
and keep answering health checks.
"""

from __future__ import annotations

import socket
import threading

from tests import http_calls
from tests.security.conftest import WebProcess, bearer, login

MB = 1024 * 1024


def _upload(port: int, head: str, total: int, result: list[int], chunked: bool = False) -> None:
    """Send ``head`` then up to ``total`` body bytes; record the status (or -1)."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=60) as s:
            s.sendall(head.encode())
            block = b"[" + b"1," * (64 * 1024) + b"1]" if not chunked else b""
            chunk = b"x" * (256 * 1024)
            sent = 0
            try:
                while sent < total:
                    if chunked:
                        s.sendall(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                        sent += len(chunk)
                    else:
                        s.sendall(block[: total - sent])
                        sent += min(len(block), total - sent)
            except OSError:
                pass  # the server answered and closed: what we want
            s.settimeout(60)
            answer = b""
            try:
                while b"\r\n" not in answer and (data := s.recv(4096)):
                    answer += data
            except OSError:
                pass
            result.append(int(answer.split(b" ", 2)[1]) if answer.startswith(b"HTTP/") else -1)
    except OSError:
        result.append(-1)


def _head(path: str, length: int | None, content_type: str, extra: str = "") -> str:
    size = f"Content-Length: {length}\r\n" if length is not None else "Transfer-Encoding: chunked\r\n"
    return (f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: {content_type}\r\n"
            f"{size}{extra}\r\n")


def test_fifty_megabyte_bodies_without_login_neither_grow_memory_nor_stall_health(
    web_server: WebProcess,
) -> None:
    before = web_server.rss_kib()
    results: list[int] = []
    threads = [
        threading.Thread(target=_upload, args=(
            web_server.port, _head("/api/alerts/1/acknowledge", 50 * MB, "application/json"),
            50 * MB, results))
        for _ in range(8)
    ] + [
        threading.Thread(target=_upload, args=(
            web_server.port, _head("/api/auth/token", 50 * MB,
                                   "application/x-www-form-urlencoded"), 50 * MB, results))
        for _ in range(4)
    ]
    for t in threads:
        t.start()
    health: list[int] = []
    peak = before
    with http_calls.client(base_url=web_server.url, timeout=30) as client:
        while True:
            alive = any(t.is_alive() for t in threads)
            health.append(client.get("/api/health/live").status_code)
            peak = max(peak, web_server.rss_kib())
            if not alive:
                break
    for t in threads:
        t.join()
    assert peak - before < 100 * 1024, f"server memory grew {(peak - before) // 1024} MiB"
    assert health
    assert set(health) == {200}
    assert sorted(set(results)) in ([401, 413], [401], [413]), results
    assert results.count(401) >= 8, results


def test_an_authenticated_body_over_the_limit_is_413_even_without_a_length(
    web_server: WebProcess,
) -> None:
    token = login(web_server, "coord")
    auth = f"Authorization: Bearer {token}\r\n"
    for length in (2 * MB, None):
        results: list[int] = []
        _upload(web_server.port, _head("/api/alerts/1/acknowledge", length, "application/json", auth),
                2 * MB, results, chunked=length is None)
        assert results == [413], (length, results)
    # A body within the limit still reaches the route (404: no such alert).
    r = http_calls.post(f"{web_server.url}/api/alerts/999999/acknowledge", json={"reason": "x"},
                   headers=bearer(token), timeout=30)
    assert r.status_code == 404, r.text


def test_a_forged_or_missing_token_gets_401_before_the_body_is_read(web_server: WebProcess) -> None:
    """The client announces 6 MB and sends 1 KB: only a server that answers without
    reading the body answers at all (one that reads first waits for the rest)."""
    for path, kind, extra in (
        ("/api/kpis/import", "multipart/form-data; boundary=b", ""),
        ("/api/kpis/import", "multipart/form-data; boundary=b", "Authorization: Bearer abc.def\r\n"),
        ("/api/alerts/1/acknowledge", "application/json", ""),
    ):
        with socket.create_connection(("127.0.0.1", web_server.port), timeout=20) as s:
            s.sendall(_head(path, 6 * MB, kind, extra).encode() + b"x" * 1024)
            try:
                answer = s.recv(4096)
            except TimeoutError:
                answer = b""
        assert answer.startswith(b"HTTP/1.1 401"), (path, extra, answer[:100])


def test_a_413_is_a_problem_naming_its_path(web_server: WebProcess) -> None:
    """A body refused for its size is answered like every other 4xx (docs/web.md): a problem
    with ``type``, ``title``, ``status``, ``detail`` and ``instance``."""
    token = login(web_server, "coord")
    path = "/api/alerts/999999/acknowledge"
    r = http_calls.post(f"{web_server.url}{path}", content=b'{"reason": "' + b"x" * (MB + 100_000) + b'"}',
                        headers={**bearer(token), "Content-Type": "application/json"}, timeout=60)
    assert r.status_code == 413, r.text[:200]
    assert r.headers["content-type"] == "application/problem+json"
    body = r.json()
    assert (body["status"], body["instance"]) == (413, path), body
    assert {"type", "title", "detail"} <= set(body), body
