"""A wall whose database stops answering says so, as it does when the database is gone.

The wall feed of the real ``soc web`` reads alerts, incidents, the mode and the
processes' health every poll; a refused connection is shown on every wall as the
``database`` part down, with the age of the data. A read that is kept waiting (a
table locked for minutes by a migration or a stuck transaction, a server stalled on
its disk) raises nothing: here the ``alerts`` table is held with an ACCESS EXCLUSIVE
lock, and the wall must name the database down (after ``web.wall.feed.ANSWER_WAIT_S``)
instead of saying all is well, then show it up again once the lock is gone.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest

from common.settings import Settings
from tests import http_calls
from tests.security.conftest import WebProcess, start_web, stop_web
from web.cli import run_users_add
from web.security import Role

pytestmark = pytest.mark.integration


def _wait(predicate: Callable[[], bool], timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        assert time.monotonic() < deadline, f"timed out after {timeout_s:.0f} s: {what}"
        time.sleep(0.5)


@pytest.fixture(scope="module")
def web(db_settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[WebProcess, str]]:
    """``soc web`` over a fresh database, and an admin's token."""
    log_path = tmp_path_factory.mktemp("web") / "web.log"
    server = start_web(db_settings, log_path)
    try:
        password = f"pw-{secrets.token_hex(12)}"
        run_users_add(db_settings, "root", role=Role.ADMIN, agency=None, password=password)
        r = http_calls.post(f"{server.url}/api/auth/token", data={"username": "root", "password": password}, timeout=30)
        r.raise_for_status()
        yield server, str(r.json()["access_token"])
    finally:
        stop_web(server)
        print("--- web log ---\n" + Path(log_path).read_text(errors="replace")[-4000:])


def _database_up(server: WebProcess, token: str) -> bool | None:
    """The walls' ``database`` health item (``None`` before the first poll)."""
    r = http_calls.get(f"{server.url}/api/wall/snapshot", headers={"Authorization": f"Bearer {token}"}, timeout=10)
    r.raise_for_status()
    items = {h["part"]: h for h in r.json()["state"].get("health", [])}
    return items["database"]["up"] if "database" in items else None


def test_a_locked_table_shows_the_database_down_on_the_wall(web: tuple[WebProcess, str],
                                                            db_settings: Settings) -> None:
    server, token = web
    _wait(lambda: _database_up(server, token) is True, 60, "the wall's first poll")
    with psycopg.connect(db_settings.db.conninfo()) as locker:
        locker.execute("LOCK TABLE alerts IN ACCESS EXCLUSIVE MODE")
        _wait(lambda: _database_up(server, token) is False, 60,
              "the wall to show the database down while a read waits on a lock")
        locker.rollback()
    _wait(lambda: _database_up(server, token) is True, 60, "the wall to show the database up after the lock")
    assert "wall_feed_database_unavailable" in server.log()
    assert "wall_feed_failed" not in server.log()
