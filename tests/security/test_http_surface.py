"""The HTTP surface of the real server: headers, hosts, forwarded addresses, NUL paths, /docs."""

from __future__ import annotations

import re
import socket

from tests import http_calls
from tests.security.conftest import WebProcess, bearer, login

PAGES = ("/static/wall.html", "/static/console.html", "/static/planner.html", "/docs",
         "/api/health", "/openapi.json", "/static/no-such-file.js", "/api/auth/me")


def test_every_page_and_answer_carries_the_browser_protections(web_server: WebProcess) -> None:
    with http_calls.client(base_url=web_server.url, timeout=30) as client:
        for path in PAGES:
            r = client.get(path)
            csp = r.headers.get("content-security-policy", "")
            assert "frame-ancestors 'none'" in csp, (path, r.headers)
            # Scripts from this origin, and inline only the pages' loader, by its hash
            # (tests/unit/web/test_page_loader.py): never 'unsafe-inline' or 'unsafe-eval'.
            script_src = re.search(r"(?:^|; )script-src ([^;]*)", csp)
            assert script_src is not None, csp
            sources = script_src.group(1).split()
            assert sources[0] == "'self'", csp
            assert all(re.fullmatch(r"'sha256-[A-Za-z0-9+/]{43}='", s) for s in sources[1:]), csp
            assert r.headers.get("x-frame-options") == "DENY", path
            assert r.headers.get("x-content-type-options") == "nosniff", path
            assert r.headers.get("referrer-policy") == "no-referrer", path


def test_docs_are_served_from_local_assets_only(web_server: WebProcess) -> None:
    with http_calls.client(base_url=web_server.url, timeout=30) as client:
        page = client.get("/docs")
        assert page.status_code == 200
        sources = re.findall(r'(?:src|href)="([^"]+)"', page.text)
        assert sources, page.text
        assert all(s.startswith("/") and not s.startswith("//") for s in sources), sources
        assert "<script>" not in page.text  # no inline script: the CSP forbids it
        for s in sources:
            asset = client.get(s)
            assert asset.status_code == 200, s
        assert client.get("/redoc").status_code == 404  # ReDoc would load from a CDN


def test_a_foreign_host_header_is_refused_and_never_redirected_to(web_server: WebProcess) -> None:
    with http_calls.client(base_url=web_server.url, timeout=30, follow_redirects=False) as client:
        for path in ("/static", "/", "/api/health", "/docs"):
            r = client.get(path, headers={"Host": "evil.example"})
            assert "evil.example" not in r.headers.get("location", ""), (path, r.headers)
            assert r.status_code == 400, (path, r.status_code)
            # refused like every other 4xx (docs/web.md): a problem naming the path
            assert r.headers["content-type"] == "application/problem+json", (path, r.headers)
            assert (r.json()["status"], r.json()["instance"]) == (400, path), r.text
        assert client.get("/static").status_code in (307, 404)  # the real host still works


def test_forwarded_for_from_an_untrusted_peer_is_not_believed(web_server: WebProcess) -> None:
    token = login(web_server, "op")
    spoofed = "203.0.113.77"
    r = http_calls.get(f"{web_server.url}/api/auth/me", timeout=30,
                  headers={**bearer(token), "X-Forwarded-For": spoofed,
                           "X-Forwarded-Proto": "https"})
    assert r.status_code == 200
    log = web_server.log()
    assert "GET /api/auth/me" in log
    assert spoofed not in log, "the access log names the spoofed address as the client"


def test_a_nul_byte_in_a_static_path_is_404_without_a_traceback_or_raw_nul(
    web_server: WebProcess,
) -> None:
    for path in ("/static/wall.html%00.js", "/static/%00", "/docs/assets/x%00.js"):
        with socket.create_connection(("127.0.0.1", web_server.port), timeout=30) as s:
            s.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
            answer = b""
            while chunk := s.recv(65536):
                answer += chunk
        status = int(answer.split(b" ", 2)[1])
        assert status in (400, 404), (path, answer[:200])
    assert http_calls.get(f"{web_server.url}/api/health/live", timeout=30).status_code == 200
    log = web_server.log()
    assert "\x00" not in log
    assert "Traceback" not in log
    assert "embedded null byte" not in log


def test_no_answer_lets_another_origin_read_it_and_no_cookie_carries_a_login(web_server: WebProcess) -> None:
    """CORS and CSRF: the API is called with a bearer header only (no cookie, so a page
    of another origin has nothing the browser adds for it), and no answer names another
    origin as allowed to read it."""
    foreign = {"Origin": "http://evil.example"}
    token = login(web_server, "coord")
    with http_calls.client(base_url=web_server.url, timeout=30) as client:
        answers = [
            client.options("/api/incidents", headers={**foreign, "Access-Control-Request-Method": "POST",
                                                      "Access-Control-Request-Headers": "authorization"}),
            client.get("/api/incidents", headers={**foreign, **bearer(token)}),
            client.post("/api/auth/token", headers=foreign,
                        data={"username": "coord", "password": web_server.passwords["coord"]}),
            # A cross-site form or fetch without preflight: text/plain, no Authorization.
            client.post("/api/mode", headers={**foreign, "Content-Type": "text/plain"},
                        content='{"mode": "emergency", "reason": "x"}'),
        ]
        for r in answers:
            assert not [h for h in r.headers if h.lower().startswith("access-control-allow")], r.headers
            assert "set-cookie" not in r.headers, r.headers
        assert answers[3].status_code == 401, answers[3].text
        # With the bearer header, a text/plain body is no JSON body either.
        r = client.post("/api/mode", headers={**bearer(token), "Content-Type": "text/plain"},
                        content='{"mode": "emergency", "reason": "x"}')
        assert r.status_code == 422, r.text
