"""A coordinator's command on a database that refuses writes is answered "unavailable, retry".

A server turned read-only (a standby after a failover; PostgreSQL answers SQLSTATE 25006) still
answers reads: the console shows the incidents, and a command the coordinator sends, here the
switch to 戰時 (emergency), fails at its first write. That is an outage of the database, not a
fault of the request or of the web: the real ``soc web`` must answer 503
``/problems/database-unavailable`` with ``Retry-After`` (as for a database that is away), so the
console says to retry, not "internal error"; once writes are taken again the same command is
applied, by the same process.
"""

from __future__ import annotations

import secrets
import time
from pathlib import Path

import psycopg
import pytest

from common import services as svc
from common.settings import Settings
from tests import http_calls
from tests.integration.web.web_helpers import migrated_with_admin
from tests.security.conftest import start_web, stop_web
from web.cli import run_users_add
from web.security import Role

pytestmark = [pytest.mark.integration, pytest.mark.slow]

SWITCH = {"mode": "emergency", "reason": "颱風警報：水湳淹水"}


def _read_only(s: Settings, on: bool) -> None:
    """The role's new sessions read-only (or not); its sessions but this one ended, so that the
    web's pool reconnects into the new default."""
    with psycopg.connect(s.db.conninfo(), autocommit=True) as conn:
        conn.execute("SET default_transaction_read_only = off")
        conn.execute("ALTER ROLE CURRENT_USER SET default_transaction_read_only = on" if on
                     else "ALTER ROLE CURRENT_USER RESET default_transaction_read_only")
        conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                     " WHERE usename = current_user AND pid <> pg_backend_pid()")


def test_a_command_on_a_read_only_database_is_answered_unavailable_then_applied(
        settings: Settings, private_layout: svc.Layout, tmp_path: Path) -> None:
    s, _ = migrated_with_admin(settings, private_layout)
    password = f"pw-{secrets.token_hex(12)}"
    run_users_add(s, "coord", role=Role.COORDINATOR, agency=None, password=password)
    web = start_web(s, tmp_path / "web.log")
    try:
        r = http_calls.post(f"{web.url}/api/auth/token", data={"username": "coord", "password": password},
                            timeout=30)
        assert r.status_code == 200, r.text
        auth = {"Authorization": f"Bearer {r.json()['access_token']}"}

        def reads_served(n: int) -> None:  # the pool's connections replaced by new sessions
            deadline, served, last = time.monotonic() + 60, 0, ""
            while served < n:
                assert time.monotonic() < deadline, f"reads not served after the sessions were ended: {last}"
                got = http_calls.get(f"{web.url}/api/incidents", headers=auth, timeout=30)
                last = f"{got.status_code} {got.text[:300]}"
                served = served + 1 if got.status_code == 200 else 0
                time.sleep(0.2)

        _read_only(s, True)
        try:
            reads_served(5)  # reads go on: the console shows what it has
            r = http_calls.post(f"{web.url}/api/mode", json=SWITCH, headers=auth, timeout=30)
            assert r.status_code == 503, r.text
            assert r.json()["type"].endswith("/problems/database-unavailable"), r.text
            assert "Retry-After" in r.headers
        finally:
            _read_only(s, False)
        reads_served(5)
        r = http_calls.post(f"{web.url}/api/mode", json=SWITCH, headers=auth, timeout=30)
        assert r.status_code == 200, r.text
        assert r.json()["mode"] == "emergency"
        assert web.proc.poll() is None
    finally:
        stop_web(web)
