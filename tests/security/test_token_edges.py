"""Bearer tokens at their edges, against the real server.

Garbled, truncated, extended and forged tokens are answered 401 with a reason and
never 5xx; a token signed with the server's own key but naming another role than
the account holds is refused (every request re-reads the account), so a role
cannot be raised by writing it into a token; an expired one is 401 ``expired``.
"""

from __future__ import annotations

import base64
import json
import time

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests import http_calls
from tests.security.conftest import WebProcess, bearer, cached_login, login
from web.security import Principal, Role, TokenKind, issue_token

REASONS = {"missing_token", "malformed", "bad_signature", "expired", "revoked"}


def _me(web: WebProcess, authorization: bytes | None) -> httpx.Response:
    headers = {"Authorization": authorization} if authorization is not None else {}
    return http_calls.get(f"{web.url}/api/auth/me", headers=headers, timeout=30)


def _refused(r: httpx.Response) -> str:
    assert r.status_code == 401, (r.status_code, r.text[:200])
    assert r.headers["content-type"].startswith("application/problem+json")
    reason = str(r.json()["reason"])
    assert reason in REASONS, reason
    return reason


def _claims(token: str) -> dict[str, object]:
    part = token.split(".", maxsplit=1)[0]
    return dict(json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))))


def _sign(web: WebProcess, name: str, role: Role, version: int, now: float, ttl: float) -> str:
    secret = web.settings.web.secret_key.get_secret_value().encode()
    return issue_token(Principal(name=name, role=role, agency=None, kind=TokenKind.ACCESS,
                                 version=version), secret=secret, now=now, ttl_s=ttl)


def test_a_role_written_into_a_signed_token_is_not_the_accounts(web_server: WebProcess) -> None:
    real = login(web_server, "plan")
    version = int(str(_claims(real)["ver"]))
    now = time.time()
    assert _me(web_server, f"Bearer {_sign(web_server, 'plan', Role.PLANNER, version, now, 600)}"
               .encode()).status_code == 200  # the same claims as a login's: accepted
    raised = _sign(web_server, "plan", Role.ADMIN, version, now, 600)
    _refused(_me(web_server, f"Bearer {raised}".encode()))
    r = http_calls.post(f"{web_server.url}/api/users", headers=bearer(raised), timeout=30,
                   json={"user_name": "mallory", "role": "admin", "password": "x" * 20})
    _refused(r)
    expired = _sign(web_server, "plan", Role.PLANNER, version, now - 7200, 3600)
    assert _refused(_me(web_server, f"Bearer {expired}".encode())) == "expired"


@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(change=st.one_of(
    st.binary(max_size=300),
    st.tuples(st.sampled_from(["cut", "add", "flip", "swap", "pad"]), st.integers(0, 10**6),
              st.binary(min_size=1, max_size=20)),
))
def test_a_garbled_bearer_header_is_401_with_a_reason(
    web_server: WebProcess, change: bytes | tuple[str, int, bytes],
) -> None:
    token = cached_login(web_server, "op").encode()
    if isinstance(change, bytes):
        header = b"Bearer " + change
    else:
        how, at, junk = change
        at %= len(token)
        header = b"Bearer " + {
            "cut": token[:at],
            "add": token[:at] + junk + token[at:],
            "flip": token[:at] + bytes([token[at] ^ 1]) + token[at + 1:],
            "swap": token.split(b".")[0] + b"." + base64.urlsafe_b64encode(junk).rstrip(b"="),
            "pad": token + b"=" * (at % 5) + junk,
        }[how]
    if any(c in header for c in b"\r\n\x00"):
        return  # not a header any client library sends
    try:
        r = _me(web_server, header)
    except httpx.LocalProtocolError:
        return  # refused by the client itself (an illegal header value)
    if header == b"Bearer " + token:
        assert r.status_code == 200
    elif any((c < 0x20 and c != 0x09) or c == 0x7F for c in header):
        # Control characters are no HTTP field value (RFC 9110 §5.5): uvicorn's HTTP
        # parser answers 400 before the application (a plain-text answer, a limit).
        assert r.status_code == 400, r.text[:200]
    else:
        _refused(r)
    assert web_server.proc.poll() is None

