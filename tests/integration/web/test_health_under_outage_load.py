"""``/api/health`` answers during a database outage however many requests wait on it.

Every API request takes a pooled connection in a worker thread of the server's
threadpool (40 threads). During an outage each waits for the pool; here, against the
real ``soc web`` with PostgreSQL stopped, consoles and walls keep asking (more
concurrent requests than the threadpool has threads), and the health check that load
balancers and the walls read must still answer 503 naming the database, within a
bound far longer than its own wait (``HEALTH_WAIT_S``, 0.8 s) but shorter than a
pool's default wait of 30 s. The waiting requests end as 503 problems, not 500.
"""

from __future__ import annotations

import threading
from pathlib import Path

import httpx
import pytest

from common import services as svc
from common.settings import Settings
from tests import http_calls
from tests.integration.web.web_helpers import migrated_with_admin
from tests.security.conftest import start_web, stop_web

pytestmark = [pytest.mark.integration, pytest.mark.slow]

#: Concurrent API requests while the database is away: more than the threadpool's 40.
WAITING = 80
#: How long the health check may take to answer (a bound for a queue, not a speed check).
HEALTH_BOUND_S = 10.0


def test_health_answers_while_requests_wait_for_the_database(
        settings: Settings, private_layout: svc.Layout, tmp_path: Path) -> None:
    s, password = migrated_with_admin(settings, private_layout)
    log_path = tmp_path / "web.log"
    web = start_web(s, log_path)
    statuses: list[int | str] = []
    try:
        r = http_calls.post(f"{web.url}/api/auth/token", data={"username": "root", "password": password}, timeout=30)
        auth = {"Authorization": f"Bearer {r.json()['access_token']}"}
        svc.pg_down(private_layout)

        def ask() -> None:
            try:
                statuses.append(http_calls.get(f"{web.url}/api/alerts", headers=auth, timeout=120).status_code)
            except httpx.HTTPError as exc:
                statuses.append(type(exc).__name__)

        askers = [threading.Thread(target=ask) for _ in range(WAITING)]
        for t in askers:
            t.start()
        try:
            health = http_calls.get(f"{web.url}/api/health", timeout=HEALTH_BOUND_S)
        finally:
            for t in askers:
                t.join(150)
        assert (health.status_code, health.json()["database"]) == (503, "unreachable"), health.text
        assert sorted(set(statuses), key=str) == [503], statuses
    finally:
        stop_web(web)
        print("--- web log ---\n" + log_path.read_text(errors="replace")[-3000:])
