"""Revocation reaches open websockets; logout exists; tickets are one-time.

Replays the probe: a wall socket stays open while its account is deactivated (or its
``token_version`` bumped, or its token logged out); the server must close it within
seconds (``settings.web.ws_recheck_s``, 2 s by default and :data:`RECHECK_S` here: how
often is not what is tested; the deadline here is 20 s).
"""

from __future__ import annotations

import psycopg
import pytest

from tests import http_calls
from tests.api.wsclient import WallClient
from tests.security.conftest import WebProcess, bearer, login

#: How often the server re-checks the accounts of open websockets (``SOC_WEB__WS_RECHECK_S``).
RECHECK_S = 0.5


@pytest.fixture(scope="module")
def web_env() -> dict[str, str]:
    return {"SOC_WEB__WS_RECHECK_S": str(RECHECK_S)}


def _open_wall(web: WebProcess, token: str) -> WallClient:
    r = http_calls.post(f"{web.url}/api/ws-ticket", headers=bearer(token), timeout=30)
    assert r.status_code == 200, r.text
    client = WallClient(f"{web.ws_url}/ws/wall?ticket={r.json()['ticket']}")
    assert client.next("snapshot")["type"] == "snapshot"
    return client


def _closed_within(client: WallClient, seconds: float) -> int | None:
    assert client.closed.wait(seconds), "the socket of a revoked login is still open"
    return client.close_code


def test_deactivating_an_account_closes_its_open_websocket(web_server: WebProcess, db_dsn: str) -> None:
    token = login(web_server, "op")
    client = _open_wall(web_server, token)
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        conn.execute("UPDATE web_users SET active = false WHERE user_name = 'op'")
    try:
        assert _closed_within(client, 20) == 4401
        assert http_calls.get(f"{web_server.url}/api/auth/me", headers=bearer(token),
                         timeout=30).status_code == 401
    finally:
        with psycopg.connect(db_dsn, autocommit=True) as conn:
            conn.execute("UPDATE web_users SET active = true WHERE user_name = 'op'")


def test_bumping_token_version_closes_the_display_screens(web_server: WebProcess, db_dsn: str) -> None:
    token = login(web_server, "wall1")
    screens = [_open_wall(web_server, token) for _ in range(2)]
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        conn.execute("UPDATE web_users SET token_version = token_version + 1 WHERE user_name = 'wall1'")
    assert [_closed_within(s, 20) for s in screens] == [4401, 4401]


def test_a_new_display_token_closes_the_screens_of_the_earlier_one(web_server: WebProcess) -> None:
    admin = bearer(login(web_server, "root"))
    with http_calls.client(base_url=web_server.url, timeout=30) as api:
        r = api.post("/api/users/wall1/display-token", headers=admin)
        assert r.status_code == 200, r.text
        old = r.json()["token"]
        screen = _open_wall(web_server, old)
        r = api.post("/api/users/wall1/display-token", headers=admin)
        assert r.status_code == 200, r.text
        assert _closed_within(screen, 20) == 4401
        assert api.post("/api/ws-ticket", headers=bearer(old)).status_code == 401
        _open_wall(web_server, r.json()["token"]).close()


def test_revoking_an_accounts_tokens_closes_its_screens(web_server: WebProcess) -> None:
    token = login(web_server, "wall1")
    screen = _open_wall(web_server, token)
    r = http_calls.post(f"{web_server.url}/api/users/wall1/revoke-tokens",
                        headers=bearer(login(web_server, "root")), timeout=30)
    assert r.status_code == 204, r.text
    assert _closed_within(screen, 20) == 4401
    assert http_calls.get(f"{web_server.url}/api/auth/me", headers=bearer(token),
                          timeout=30).status_code == 401


def test_logout_revokes_that_token_only_and_closes_its_websocket(web_server: WebProcess) -> None:
    first, second = login(web_server, "coord"), login(web_server, "coord")
    socket_first = _open_wall(web_server, first)
    socket_second = _open_wall(web_server, second)
    with http_calls.client(base_url=web_server.url, timeout=30) as api:
        assert api.post("/api/auth/logout", headers=bearer(first)).status_code == 204
        assert api.get("/api/auth/me", headers=bearer(first)).status_code == 401
        assert api.post("/api/ws-ticket", headers=bearer(first)).status_code == 401
        assert _closed_within(socket_first, 20) == 4401
        # The same user's other session goes on.
        assert api.get("/api/auth/me", headers=bearer(second)).status_code == 200
        # Several recheck intervals: the other socket stays open.
        assert not socket_second.closed.wait(4 * RECHECK_S)
        socket_second.close()
        audit = api.get("/api/audit", params={"actor": "coord"},
                        headers=bearer(login(web_server, "root")))
        assert audit.status_code == 200, audit.text
        assert any(e["action"] == "auth.logout" for e in audit.json())


def test_a_ticket_opens_one_socket_once(web_server: WebProcess) -> None:
    token = login(web_server, "wall1")
    r = http_calls.post(f"{web_server.url}/api/ws-ticket", headers=bearer(token), timeout=30)
    ticket = r.json()["ticket"]
    assert r.json()["expires_in"] <= 60
    first = WallClient(f"{web_server.ws_url}/ws/wall?ticket={ticket}")
    assert first.next("snapshot")["type"] == "snapshot"
    replay = WallClient(f"{web_server.ws_url}/ws/wall?ticket={ticket}")
    assert replay.closed.wait(20)
    assert replay.close_code == 4401
    first.close()
    assert http_calls.post(f"{web_server.url}/api/ws-ticket", timeout=30).status_code == 401
