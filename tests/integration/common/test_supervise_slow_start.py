"""A supervised child slowed at start-up is not killed; one that hangs at start-up still is.

On a loaded host a child's start-up (interpreter, imports, connections, replay) can outlast
the start-up grace. The supervisor (``soc supervise``, the policy of ``soc demo``) tells
such a start from a hung one by the CPU time of the child's main thread
(``common.supervise``): a start that keeps using some is spared until it beats (up to
``START_LIMIT_GRACES`` graces); one that uses none for a stale period after its grace is
killed and restarted. Here the grace is 6 s (twice a 3 s stale limit) and the child is
starved of CPU by the test itself: stopped and continued in turn, a fifth of the time
running, so its start takes several graces; or stopped for good before its first beat.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import psycopg
import pytest

from common.health import instance_host
from common.settings import Settings
from tests.fix_services import ROOT, stop_processes, subprocess_env

pytestmark = [pytest.mark.integration, pytest.mark.timeout(600)]

STALE_AFTER_S = 3.0
#: The start-up grace under these settings: the larger of 1 s and twice the stale limit.
GRACE_S = 2 * STALE_AFTER_S

T = TypeVar("T")


def _wait(what: str, ready: Callable[[], T], log: Path, timeout: float = 180.0,
          between: Callable[[], None] = lambda: time.sleep(0.2)) -> T:
    deadline = time.monotonic() + timeout
    while not (got := ready()):
        assert time.monotonic() < deadline, f"{what}\n{log.read_text(errors='replace')[-3000:]}"
        between()
    return got


def _pids(log: Path, event: str) -> list[int]:
    return [int(p) for p in re.findall(rf"{event} name=maintenance pid=(\d+)", log.read_text(errors="replace"))]


def _beats_from(conn: psycopg.Connection, pid: int) -> bool:
    row = conn.execute("SELECT 1 FROM service_heartbeats WHERE instance = %s",
                       (f"{instance_host()}:{pid}",)).fetchone()
    return row is not None


@contextlib.contextmanager
def _supervisor(db_settings: Settings, log: Path) -> Iterator[subprocess.Popen[bytes]]:
    env = subprocess_env(db_settings, SOC_HEALTH__STALE_AFTER_S=str(STALE_AFTER_S),
                         SOC_HEALTH__START_GRACE_S="1", SOC_HEALTH__BEAT_EVERY_S="1")
    with log.open("ab") as out:
        sup = subprocess.Popen([sys.executable, "-m", "soc", "supervise", "maintenance"], cwd=ROOT, env=env,
                               stdout=out, stderr=subprocess.STDOUT)
    try:
        yield sup
    finally:
        stop_processes([sup])


def test_a_start_slowed_beyond_the_grace_is_not_killed_and_comes_up(db_settings: Settings, tmp_path: Path) -> None:
    log = tmp_path / "supervisor.log"
    with _supervisor(db_settings, log) as sup, \
            psycopg.connect(db_settings.db.conninfo(), autocommit=True) as conn:
        (first,) = _wait("the supervisor starting the child", lambda: _pids(log, "child_started"), log,
                         between=lambda: time.sleep(0.02))

        def starve() -> None:  # a fifth of the time on the CPU: a host loaded five times over
            with contextlib.suppress(ProcessLookupError):
                os.kill(first, signal.SIGSTOP)
                time.sleep(0.8)
                os.kill(first, signal.SIGCONT)
                time.sleep(0.2)

        started = time.monotonic()
        try:
            _wait("the starved child's first beat, or its kill",
                  lambda: _beats_from(conn, first) or "child_stale" in log.read_text(errors="replace"),
                  log, between=starve)
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.kill(first, signal.SIGCONT)
        # The starvation made its start outlast the grace (else this test proves nothing).
        assert time.monotonic() - started > GRACE_S
        text = log.read_text(errors="replace")
        assert "child_stale" not in text, text[-3000:]
        assert _beats_from(conn, first)
        assert _pids(log, "child_restarted") == []
        assert sup.poll() is None


def test_a_start_that_hangs_before_its_first_beat_is_killed_and_restarted(db_settings: Settings,
                                                                          tmp_path: Path) -> None:
    log = tmp_path / "supervisor.log"
    with _supervisor(db_settings, log) as sup, \
            psycopg.connect(db_settings.db.conninfo(), autocommit=True) as conn:
        (first,) = _wait("the supervisor starting the child", lambda: _pids(log, "child_started"), log,
                         between=lambda: time.sleep(0.02))
        os.kill(first, signal.SIGSTOP)  # hung at start: it never beats and uses no CPU
        # Killed once it has run its grace without CPU for a stale period: well within the
        # wait (the bound is GRACE_S + STALE_AFTER_S after its last progress).
        _wait("the hung start judged stale",
              lambda: f"child_stale name=maintenance pid={first}" in log.read_text(errors="replace"), log,
              timeout=120.0)
        assert not _beats_from(conn, first)
        (second,) = _wait("the supervisor restarting the child", lambda: _pids(log, "child_restarted"), log)
        assert second != first
        _wait("the restarted child's first beat", lambda: _beats_from(conn, second), log)
        assert sup.poll() is None
