"""A database that answers the watch's probe but not the requests: a structured 503, not a hang.

The database watch (:mod:`web.dbwatch`) asks ``SELECT 1`` on a connection of its own, so a
table locked by another session, or a pool whose every connection is lent to requests
stuck on that lock, looks healthy to it. Against the real ``soc web`` and a real
PostgreSQL of a private instance, a test session takes ``ACCESS EXCLUSIVE`` on ``alerts``
and holds it while more requests than the pool has connections ask ``GET /api/alerts``:

* with the web's defaults, every one is answered 503 ``/problems/database-busy`` with
  ``Retry-After`` while the lock is still held (a request stuck on the lock gives up after
  ``SOC_WEB__LOCK_WAIT_S``, one waiting for the pool after ``SOC_WEB__POOL_WAIT_S``);
* with a lock wait longer than the test holds the lock, the pool's connections stay lent
  to the stuck requests, and every request beyond the pool's size is answered that 503
  while the lock is held (the pool's bound alone).

What is asserted is an order, not a duration: each answer is counted only if it came
before the lock was released, and the lock is held until every request that should be answered was (or
for a bound far over both waits). Once released, the same route is served again.
"""

from __future__ import annotations

import threading
from pathlib import Path

import httpx
import psycopg
import pytest

from common import services as svc
from common.settings import Settings
from tests import http_calls
from tests.integration.ops_center.ops_helpers import wait_for
from tests.integration.web.web_helpers import migrated_with_admin
from tests.security.conftest import start_web, stop_web

pytestmark = [pytest.mark.integration, pytest.mark.slow]

#: Concurrent requests: more than the web pool's connections (``SOC_DB__POOL_MAX``).
ASKING = 14
POOL_MAX = 4
#: How long the lock is held at most while answers are awaited: a bound for a loaded host.
HOLD_BOUND_S = 60.0


def _ask_while_locked(s: Settings, url: str, auth: dict[str, str],
                      enough: int) -> tuple[list[tuple[int, str, str | None]], int]:
    """Lock ``alerts``, ask ``ASKING`` requests at once, hold the lock until ``enough`` are
    answered (or :data:`HOLD_BOUND_S`); the answers that came while it was held, and how many
    requests were still unanswered when it was released."""
    answers: list[tuple[int, str, str | None]] = []
    lock = threading.Lock()
    released = threading.Event()
    all_in = threading.Event()

    def ask() -> None:
        try:
            r = http_calls.get(f"{url}/api/alerts", headers=auth, timeout=HOLD_BOUND_S * 2)
            got: tuple[int, str, str | None] = (
                r.status_code, str(r.json().get("type", "")) if r.status_code >= 400 else "",
                r.headers.get("retry-after"))
        except httpx.HTTPError as exc:
            got = (0, type(exc).__name__, None)
        with lock:
            if not released.is_set():
                answers.append(got)
                if len(answers) >= enough:
                    all_in.set()

    with psycopg.connect(s.db.conninfo()) as holder:
        holder.execute("LOCK TABLE alerts IN ACCESS EXCLUSIVE MODE")
        askers = [threading.Thread(target=ask) for _ in range(ASKING)]
        for t in askers:
            t.start()
        all_in.wait(HOLD_BOUND_S)
        with lock:
            released.set()
            unanswered = ASKING - len(answers)
            during = list(answers)
        holder.rollback()
    for t in askers:
        t.join(HOLD_BOUND_S * 2)
    return during, unanswered


@pytest.mark.parametrize("lock_wait_s", [None, 600], ids=["defaults", "lock-wait-past-the-hold"])
def test_a_locked_table_gets_requests_a_503_while_it_is_held(
        settings: Settings, private_layout: svc.Layout, tmp_path: Path, lock_wait_s: int | None) -> None:
    s, password = migrated_with_admin(settings, private_layout)
    log_path = tmp_path / "web.log"
    env = {"SOC_DB__POOL_MAX": str(POOL_MAX)}
    if lock_wait_s is not None:
        env["SOC_WEB__LOCK_WAIT_S"] = str(lock_wait_s)
    web = start_web(s, log_path, **env)
    try:
        r = http_calls.post(f"{web.url}/api/auth/token", data={"username": "root", "password": password}, timeout=30)
        auth = {"Authorization": f"Bearer {r.json()['access_token']}"}
        assert http_calls.get(f"{web.url}/api/alerts", headers=auth, timeout=30).status_code == 200

        during, unanswered = _ask_while_locked(s, web.url, auth, ASKING if lock_wait_s is None else ASKING - POOL_MAX)
        busy = [a for a in during if a[:2] == (503, "/problems/database-busy") and a[2]]
        if lock_wait_s is None:
            assert (len(busy), unanswered) == (ASKING, 0), (
                f"while alerts was locked, {len(busy)} of {ASKING} requests answered 503 database-busy "
                f"with Retry-After, {unanswered} still waiting: {during}")
        else:
            assert len(busy) >= ASKING - POOL_MAX, (
                f"with the pool lent to requests stuck on the lock, {len(busy)} of the "
                f"{ASKING - POOL_MAX} requests beyond it answered 503 database-busy while it was held, "
                f"{unanswered} still waiting: {during}")

        def served() -> bool:
            return http_calls.get(f"{web.url}/api/alerts", headers=auth, timeout=30).status_code == 200

        wait_for(served, 60.0, "a request served once the lock is released")
    finally:
        stop_web(web)
        print("--- web log ---\n" + log_path.read_text(errors="replace")[-3000:])


def test_a_wall_socket_opened_while_the_accounts_are_locked_is_told_to_try_again(
        settings: Settings, private_layout: svc.Layout, tmp_path: Path) -> None:
    """Its ticket is checked against ``web_users``: locked, the socket is closed 1013 (try
    again later) once the lock wait is over, as a request gets its 503, not torn down."""
    from websockets.exceptions import ConnectionClosed
    from websockets.sync.client import connect as ws_connect

    s, password = migrated_with_admin(settings, private_layout)
    log_path = tmp_path / "web.log"
    web = start_web(s, log_path, SOC_WEB__LOCK_WAIT_S="1")
    try:
        r = http_calls.post(f"{web.url}/api/auth/token", data={"username": "root", "password": password}, timeout=30)
        auth = {"Authorization": f"Bearer {r.json()['access_token']}"}
        ticket = http_calls.post(f"{web.url}/api/ws-ticket", headers=auth, timeout=30).json()["ticket"]
        with psycopg.connect(s.db.conninfo()) as holder:
            holder.execute("LOCK TABLE web_users IN ACCESS EXCLUSIVE MODE")
            with (ws_connect(f"{web.ws_url}/ws/wall?ticket={ticket}", open_timeout=HOLD_BOUND_S) as ws,
                  pytest.raises(ConnectionClosed) as closed):
                ws.recv(timeout=HOLD_BOUND_S)
            holder.rollback()
        assert closed.value.rcvd is not None, "closed without a close frame"
        assert (closed.value.rcvd.code, closed.value.rcvd.reason) == (1013, "database busy")
    finally:
        stop_web(web)
        print("--- web log ---\n" + log_path.read_text(errors="replace")[-3000:])
