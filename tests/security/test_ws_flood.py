"""One account cannot open wall sockets without bound.

Replayed against the real server: one display token (a year long, kept on a screen)
opened 3,000 wall sockets through 3,000 tickets, every one served; the web grew from
107 to 307 MiB (about 85 KiB and one file descriptor a socket), so enough of them leave
the web no descriptor for the console or the other screens. docs/security.md: an
account holds at most ``settings.web.ws_max_per_account`` sockets; one more is closed
with 1013 (try again later) and the others, and every other account, are served on.
"""

from __future__ import annotations

import json

import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection, connect

from common.settings import WebSettings
from tests import http_calls
from tests.security.conftest import WebProcess, bearer, cached_login

CAP = 5
TRY_AGAIN_LATER = 1013


@pytest.fixture(scope="module")
def web_env() -> dict[str, str]:
    return {"SOC_WEB__WS_MAX_PER_ACCOUNT": str(CAP)}


def _connect(web: WebProcess, account: str) -> ClientConnection:
    r = http_calls.post(f"{web.url}/api/ws-ticket", headers=bearer(cached_login(web, account)), timeout=30)
    assert r.status_code == 200, r.text
    return connect(f"{web.ws_url}/ws/wall?ticket={r.json()['ticket']}", max_size=None, open_timeout=20,
                   legacy=True)


def _first(conn: ClientConnection) -> str | int:
    """The first frame's type, or the close code if the server closes instead."""
    try:
        return str(json.loads(conn.recv(timeout=20))["type"])
    except ConnectionClosed as exc:
        return exc.rcvd.code if exc.rcvd else -1


def test_an_account_holds_at_most_its_cap_of_sockets_and_the_others_are_served(web_server: WebProcess) -> None:
    held = [_connect(web_server, "wall1") for _ in range(CAP)]
    try:
        assert [_first(c) for c in held] == ["snapshot"] * CAP
        extra = _connect(web_server, "wall1")
        assert _first(extra) == TRY_AGAIN_LATER, "one socket over the cap was served"
        other = _connect(web_server, "op")
        assert _first(other) == "snapshot", "another account is served"
        other.close()
        held.pop().close()
        again = None
        for _ in range(50):  # the server forgets the closed socket once it reads the close
            again = _connect(web_server, "wall1")
            if _first(again) == "snapshot":
                break
            again.close()
            again = None
        assert again is not None, "a place freed by a closed socket is given again"
        held.append(again)
    finally:
        for c in held:
            c.close()
    assert http_calls.get(f"{web_server.url}/api/health/live", timeout=30).status_code == 200


def test_the_default_cap_leaves_room_for_a_center_of_screens() -> None:
    assert 20 <= WebSettings.model_fields["ws_max_per_account"].default <= 200
