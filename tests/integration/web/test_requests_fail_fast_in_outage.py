"""While the database is away, API requests are answered 503 at once, and served again once it is back.

Every API request takes a pooled connection; with the database stopped, a request that
waits for the pool holds a threadpool thread for the pool's whole wait (30 s) before its
503, and every other request queues behind those. The web process watches the database
off the request threads (:mod:`web.dbwatch`); while the watch says the database is away,
a request that needs it is refused at once with a structured 503 (``/problems/
database-unavailable``, ``Retry-After``). Here, against the real ``soc web`` and a real
PostgreSQL stop and start of a private instance: once ``/api/health`` says the database
is unreachable, more concurrent requests than the threadpool has threads (signed in, and
a sign-in check that itself needs the database) each get that 503 within a bound far
under the pool's wait; after PostgreSQL starts again the same requests are served
without restarting the web process, and the outage is logged once when it starts and
once when it ends.
"""

from __future__ import annotations

import threading
from pathlib import Path

import httpx
import pytest

from common import services as svc
from common.settings import Settings
from tests import http_calls
from tests.integration.ops_center.ops_helpers import wait_for
from tests.integration.web.web_helpers import migrated_with_admin
from tests.security.conftest import start_web, stop_web

pytestmark = [pytest.mark.integration, pytest.mark.slow]

#: Concurrent API requests while the database is away: more than the threadpool's 40.
ASKING = 60
#: How long a refused request may take: a bound for a queue on a loaded host, a third of
#: the pool's 30 s wait (which every request waited before its 503 without the watch).
ANSWER_BOUND_S = 10.0
#: Routes asked during the outage: a read, the caller's own account, a write.
ROUTES = (("GET", "/api/alerts"), ("GET", "/api/auth/me"), ("POST", "/api/ws-ticket"))


def _ask_all(url: str, auth: dict[str, str]) -> list[tuple[int | str, str, str | None]]:
    """Every route of :data:`ROUTES`, :data:`ASKING` at once: (status, problem type, Retry-After)."""
    answers: list[tuple[int | str, str, str | None]] = []

    def ask(k: int) -> None:
        method, path = ROUTES[k % len(ROUTES)]
        try:
            r = http_calls.request(method, f"{url}{path}", headers=auth, timeout=ANSWER_BOUND_S)
        except httpx.HTTPError as exc:
            answers.append((type(exc).__name__, "", None))
            return
        problem = r.json() if r.headers.get("content-type", "") == "application/problem+json" else {}
        answers.append((r.status_code, str(problem.get("type", "")), r.headers.get("retry-after")))

    askers = [threading.Thread(target=ask, args=(k,)) for k in range(ASKING)]
    for t in askers:
        t.start()
    for t in askers:
        t.join(ANSWER_BOUND_S * 3)
    return answers


def test_requests_are_refused_at_once_while_the_database_is_away_and_served_when_it_is_back(
        settings: Settings, private_layout: svc.Layout, tmp_path: Path) -> None:
    s, password = migrated_with_admin(settings, private_layout)
    log_path = tmp_path / "web.log"
    web = start_web(s, log_path)
    try:
        r = http_calls.post(f"{web.url}/api/auth/token", data={"username": "root", "password": password}, timeout=30)
        auth = {"Authorization": f"Bearer {r.json()['access_token']}"}
        assert http_calls.get(f"{web.url}/api/alerts", headers=auth, timeout=30).status_code == 200

        svc.pg_down(private_layout)
        wait_for(lambda: http_calls.get(f"{web.url}/api/health", timeout=30).json()["database"] == "unreachable",
                 60.0, "the health check saying the database is unreachable")
        answers = _ask_all(web.url, auth)
        assert len(answers) == ASKING
        assert sorted(set(answers), key=str) == [(503, "/problems/database-unavailable", "5")], answers

        svc.pg_up(private_layout)

        def served() -> bool:
            return http_calls.get(f"{web.url}/api/alerts", headers=auth, timeout=30).status_code == 200

        # a bound for a loaded host, not a speed check: the watch probes every second
        wait_for(served, 60.0, "a request served after the database is back")
        answers = _ask_all(web.url, auth)
        assert sorted({a[0] for a in answers}, key=str) == [200], answers
        text = log_path.read_text(errors="replace")
        assert text.count("web_database_unavailable") == 1, text[-3000:]
        assert text.count("web_database_available") == 1, text[-3000:]
    finally:
        stop_web(web)
        print("--- web log ---\n" + log_path.read_text(errors="replace")[-3000:])
