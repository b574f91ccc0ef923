"""One account cannot spend the other accounts' websocket tickets.

A page opens a wall socket with a one-time ticket (``POST /api/ws-ticket``); the web
holds at most ``settings.web.ws_max_tickets`` outstanding tickets over all accounts and
forgot the oldest to make room. Replayed against the real server: one display token (a
year long, kept on a screen) asking for tickets in a loop pushed every other account's
fresh ticket out, so the console's socket, opened with a ticket issued a moment before,
was closed with 4401 as if its login were bad. docs/security.md: an account holds at most
``settings.web.ws_max_per_account`` outstanding tickets; one more forgets that account's
own oldest, and the other accounts' tickets stay valid.
"""

from __future__ import annotations

import json

import httpx
import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from tests.security.conftest import WebProcess, bearer, cached_login

PER_ACCOUNT = 5
TICKETS = 40
UNAUTHORIZED = 4401


@pytest.fixture(scope="module")
def web_env() -> dict[str, str]:
    return {"SOC_WEB__WS_MAX_PER_ACCOUNT": str(PER_ACCOUNT), "SOC_WEB__WS_MAX_TICKETS": str(TICKETS)}


def _ticket(client: httpx.Client, token: str) -> str:
    r = client.post("/api/ws-ticket", headers=bearer(token))
    assert r.status_code == 200, r.text
    return str(r.json()["ticket"])


def _first(web: WebProcess, ticket: str) -> str | int:
    """The first frame's type on a socket opened with ``ticket``, or the close code."""
    conn = connect(f"{web.ws_url}/ws/wall?ticket={ticket}", max_size=None, open_timeout=20, legacy=True)
    try:
        return str(json.loads(conn.recv(timeout=20))["type"])
    except ConnectionClosed as exc:
        return exc.rcvd.code if exc.rcvd else -1
    finally:
        conn.close()


def test_one_account_asking_for_tickets_in_a_loop_leaves_the_others_tickets_valid(web_server: WebProcess) -> None:
    with httpx.Client(base_url=web_server.url, timeout=30) as client:
        console = _ticket(client, cached_login(web_server, "op"))
        coordinator = _ticket(client, cached_login(web_server, "coord"))
        screen = cached_login(web_server, "wall1")
        flood = [_ticket(client, screen) for _ in range(3 * TICKETS)]
    assert _first(web_server, console) == "snapshot", "the console's ticket was pushed out by another account"
    assert _first(web_server, coordinator) == "snapshot", "the coordinator's ticket was pushed out"
    # The flooding account keeps its newest tickets, up to its own bound, and only those.
    assert _first(web_server, flood[-1]) == "snapshot"
    assert _first(web_server, flood[-PER_ACCOUNT - 1]) == UNAUTHORIZED
    assert _first(web_server, flood[0]) == UNAUTHORIZED
