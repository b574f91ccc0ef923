"""A supervised child that dies is named down at once, not after the staleness limit.

The supervisor (``soc supervise``, the policy of ``soc demo``) reaps a child the moment
it exits. Until the restarted process has beaten, ``/api/health`` and the wall read the
dead process's last beat: judged by its age alone, a killed ingest was reported live
("ok", not stale) for up to ``SOC_HEALTH__STALE_AFTER_S`` (30 s) while nothing was
being stored. Here the staleness limit is far longer than the test, so only the
supervisor's word that the child exited can make the health say it is down; the
restarted child's first beat makes it live again.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import psycopg
import pytest

from common.health import ProcessHealth, instance_host, read_health
from common.settings import Settings
from tests.fix_services import ROOT, stop_processes, subprocess_env

pytestmark = [pytest.mark.integration, pytest.mark.timeout(600)]

#: Far longer than the test: no beat's age alone makes the child stale here.
STALE_AFTER_S = 3600.0

T = TypeVar("T")


def _wait(what: str, ready: Callable[[], T], log: Path, timeout: float = 180.0) -> T:
    deadline = time.monotonic() + timeout
    while not (got := ready()):
        assert time.monotonic() < deadline, f"{what}\n{log.read_text(errors='replace')[-3000:]}"
        time.sleep(0.2)
    return got


def _pids(log: Path, event: str) -> list[int]:
    return [int(p) for p in re.findall(rf"{event} name=maintenance pid=(\d+)", log.read_text(errors="replace"))]


def _health(conn: psycopg.Connection) -> ProcessHealth:
    (p,) = [h for h in read_health(conn, ["maintenance"], STALE_AFTER_S) if h.service == "maintenance"]
    return p


def _beats_from(conn: psycopg.Connection, pid: int) -> bool:
    row = conn.execute("SELECT 1 FROM service_heartbeats WHERE instance = %s",
                       (f"{instance_host()}:{pid}",)).fetchone()
    return row is not None


def test_a_killed_child_is_down_until_its_restart_beats(db_settings: Settings, tmp_path: Path) -> None:
    log = tmp_path / "supervisor.log"
    env = subprocess_env(db_settings, SOC_HEALTH__STALE_AFTER_S=str(STALE_AFTER_S),
                         SOC_HEALTH__START_GRACE_S=str(2 * STALE_AFTER_S), SOC_HEALTH__BEAT_EVERY_S="1")
    with log.open("ab") as out:
        sup = subprocess.Popen([sys.executable, "-m", "soc", "supervise", "maintenance"], cwd=ROOT, env=env,
                               stdout=out, stderr=subprocess.STDOUT)
    try:
        with psycopg.connect(db_settings.db.conninfo(), autocommit=True) as conn:
            (first,) = _wait("the supervisor starting the child", lambda: _pids(log, "child_started"), log)
            _wait("the child's first beat", lambda: _beats_from(conn, first), log)
            assert not _health(conn).stale

            os.kill(first, signal.SIGKILL)
            _wait("the supervisor noticing the exit",
                  lambda: "child_exited name=maintenance" in log.read_text(errors="replace"), log)
            # Before the restarted child can beat (its interpreter and imports take seconds).
            down = _wait("the health naming the killed child down",
                         lambda: h if (h := _health(conn)).stale else None, log, timeout=60.0)
            assert down.down_since is not None

            (second,) = _wait("the supervisor restarting the child", lambda: _pids(log, "child_restarted"), log)
            _wait("the restarted child's first beat", lambda: _beats_from(conn, second), log)
            assert not _health(conn).stale
            assert sup.poll() is None
    finally:
        stop_processes([sup])
