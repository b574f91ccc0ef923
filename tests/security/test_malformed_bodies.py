"""Malformed form bodies against the real server: a structured 400, no log flood.

Any client can send a body that is no valid ``multipart/form-data`` or
``application/x-www-form-urlencoded`` on every request, to the login form without
logging in. Each is answered ``400 /problems/malformed-body`` (problem+json), the
form parser's own warning is not written at the server's INFO level, and the
server's ``body_unparseable`` line comes at most once per
``web.problems.MALFORMED_LOG_EVERY_S`` with the count since the last one.
"""

from __future__ import annotations

import time

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests import http_calls
from tests.security.conftest import WebProcess, bearer, cached_login, login
from web.problems import MALFORMED_LOG_EVERY_S

#: Pieces of a multipart body, to be put together wrongly.
PIECES = st.sampled_from([
    b"--XX", b"--XX--", b"\r\n", b"\r\n\r\n", b"--YY", b"-", b"\n", b"Content-Disposition: form-data",
    b'; name="file"', b'; filename="a.csv"', b"Content-Type: text/csv", b"bad header",
    b": ", b"\x00", b"\xff\xfe", b"\xed\xa0\x80", "名".encode(), b"a" * 300, b"=", b"&", b"%zz",
])
MALFORMED = st.one_of(
    st.lists(PIECES, min_size=1, max_size=12).map(b"".join),
    st.binary(min_size=1, max_size=2000),
)
#: Content types that make the server parse a form; some lack a boundary or are garbled.
FORM_TYPES = st.sampled_from([
    "multipart/form-data; boundary=XX", "multipart/form-data", "multipart/form-data; boundary=",
    'multipart/form-data; boundary="XX"; charset=utf-8', "multipart/form-data; boundary=" + "b" * 200,
])

#: Bodies the parser is known to warn about (seen in the server's log before the guard).
KNOWN = [
    (b"garbage", "multipart/form-data; boundary=XX"),
    (b"--XX\r\nbad header\r\n\r\nabc\r\n--XX--\r\n", "multipart/form-data; boundary=XX"),
    (b"--YY\r\n\r\n", "multipart/form-data; boundary=XX"),
    (b"x", "multipart/form-data"),
]


def _assert_refused(r: httpx.Response) -> None:
    assert 400 <= r.status_code < 500, (r.status_code, r.text[:300])
    assert r.headers["content-type"].startswith("application/problem+json"), r.headers
    if r.status_code == 400:
        problem = r.json()
        assert problem["type"] == "/problems/malformed-body", problem
        assert problem["status"] == 400


def _parser_lines(log: str) -> list[str]:
    return [line for line in log.splitlines() if "python_multipart" in line]


def test_malformed_multipart_bodies_are_a_structured_400_without_a_log_line_each(
    web_server: WebProcess,
) -> None:
    started = time.monotonic()
    token = login(web_server, "plan")
    with http_calls.client(base_url=web_server.url, timeout=30) as client:
        for _ in range(25):
            for body, content_type in KNOWN:
                for path, headers in (("/api/auth/token", {}), ("/api/kpis/import", bearer(token))):
                    r = client.post(path, content=body,
                                    headers={**headers, "Content-Type": content_type})
                    _assert_refused(r)
                    assert r.status_code == 400, (path, body, r.text)
        assert client.get("/api/health/live").status_code == 200
    elapsed = time.monotonic() - started
    log = web_server.log()
    assert _parser_lines(log) == []
    summaries = [line for line in log.splitlines() if "body_unparseable" in line]
    # 200 refusals: one line, and one more per interval the run lasted.
    assert 1 <= len(summaries) <= 1 + elapsed // MALFORMED_LOG_EVERY_S, summaries
    assert "count=1 " in summaries[0] or summaries[0].endswith("count=1"), summaries[0]


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(body=MALFORMED, content_type=FORM_TYPES,
       path=st.sampled_from(["/api/auth/token", "/api/kpis/import"]))
def test_any_form_body_is_refused_structurally_and_the_server_stays(
    web_server: WebProcess, body: bytes, content_type: str, path: str,
) -> None:
    headers = {"Content-Type": content_type}
    if path != "/api/auth/token":
        headers |= bearer(cached_login(web_server, "plan"))
    r = http_calls.post(f"{web_server.url}{path}", content=body, headers=headers, timeout=30)
    _assert_refused(r)
    assert _parser_lines(web_server.log()) == []
    assert web_server.proc.poll() is None

