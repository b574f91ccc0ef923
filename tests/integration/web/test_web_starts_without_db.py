"""``soc web`` started while the database refuses connections serves and says so.

A database outage that outlasts a web restart (a host reboot in which PostgreSQL comes
up last, a restart by the supervisor during the outage) must not leave the center
without its health check and walls: the real ``soc web`` is started on a private
instance whose PostgreSQL is stopped, must answer ``/api/health`` with the database
unreachable, and once PostgreSQL starts must find it without a restart: the health
check sees it up, a login right after it succeeds (the health check and the request gate of
:mod:`web.dbwatch` agree) and the walls' ``database`` item is up.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from common import services as svc
from common.settings import Settings
from tests import http_calls
from tests.integration.web.web_helpers import migrated_with_admin
from tests.security.conftest import start_web, stop_web

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def _wait(predicate: Callable[[], bool], timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        assert time.monotonic() < deadline, f"timed out after {timeout_s:.0f} s: {what}"
        time.sleep(0.5)


@pytest.fixture
def stopped_db(settings: Settings, private_layout: svc.Layout) -> tuple[svc.Layout, Settings, str]:
    """A migrated private instance with an admin account, its PostgreSQL stopped."""
    s, password = migrated_with_admin(settings, private_layout)
    svc.pg_down(private_layout)
    return private_layout, s, password


# The watch's probe every second (as shipped), and once a minute: then the health check finds the
# database long before the watch's next probe does, and a login after it must not be refused.
@pytest.mark.parametrize("probe_s", ["1", "60"])
def test_the_web_starts_while_the_database_is_away_and_finds_it_later(
        stopped_db: tuple[svc.Layout, Settings, str], tmp_path: Path, probe_s: str) -> None:
    layout, s, password = stopped_db
    log_path = tmp_path / "web.log"
    web = start_web(s, log_path, SOC_WEB__DB_PROBE_S=probe_s)
    try:
        r = http_calls.get(f"{web.url}/api/health", timeout=30)
        assert (r.status_code, r.json()["database"]) == (503, "unreachable"), r.text

        svc.pg_up(layout)
        _wait(lambda: http_calls.get(f"{web.url}/api/health", timeout=30).json()["database"] == "up", 60,
              "the health check to find the database")
        r = http_calls.post(f"{web.url}/api/auth/token", data={"username": "root", "password": password}, timeout=30)
        assert r.status_code == 200, r.text
        auth = {"Authorization": f"Bearer {r.json()['access_token']}"}

        def wall_database_up() -> bool:
            snap = http_calls.get(f"{web.url}/api/wall/snapshot", headers=auth, timeout=30).json()
            return any(h["part"] == "database" and h["up"] for h in snap["state"].get("health", []))

        _wait(wall_database_up, 60, "the walls to show the database up")
        assert web.proc.poll() is None  # the same process all along
    finally:
        stop_web(web)
        print("--- web log ---\n" + log_path.read_text(errors="replace")[-4000:])
