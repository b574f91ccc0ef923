"""The real ``soc web`` ends itself when its event loop stops turning.

A restart policy that restarts exited processes (compose's ``restart: unless-stopped``) cannot
see a web that is alive but stuck: the wall's screens and ``/api/health`` wait on it while
its container stays "running". The fault here is one a host really meets: the process's
log goes to a pipe nobody reads any more (a log shipper that hangs), so once the pipe is
full the event loop blocks in its next log line (each request's access line). The
process's watchdog (``SOC_HEALTH__STALL_AFTER_S``, :data:`STALL_AFTER_S` here) must end it
with exit code 70, though its own last words go to the same full pipe.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from common import services as svc
from common.runner import EXIT_STALLED
from common.services import free_port
from common.settings import Settings
from tests import http_calls
from tests.fix_services import ROOT, subprocess_env

pytestmark = [pytest.mark.integration, pytest.mark.slow]

#: The watchdog's limit here (300 s as shipped).
STALL_AFTER_S = 8.0
#: A bound on waiting for the process to end itself; not a timing assertion.
BOUND_S = 120.0


def test_a_web_whose_log_pipe_is_not_read_ends_itself(
        db_settings: Settings, services: svc.Layout, tmp_path: Path) -> None:
    port = free_port()
    env = subprocess_env(db_settings, SOC_WEB__PORT=str(port), SOC_WEB__HOST="127.0.0.1", SOC_LOG_LEVEL="INFO",
                         PYTHONUNBUFFERED="1", SOC_HEALTH__STALL_AFTER_S=str(STALL_AFTER_S))
    # stdout is a pipe this test never reads: once its buffer is full every write blocks
    proc = subprocess.Popen([sys.executable, "-m", "soc", "web"], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/api/health/live"
    stop = threading.Event()

    def requests() -> None:  # each answered request writes an access line to the pipe
        with http_calls.client(timeout=2) as client:
            while not stop.is_set() and proc.poll() is None:
                try:
                    client.get(url)
                except httpx.HTTPError:
                    time.sleep(0.2)

    load = threading.Thread(target=requests, daemon=True)
    try:
        deadline = time.monotonic() + 180  # a bound on starting, not a speed check
        while True:
            assert proc.poll() is None, "soc web exited while starting"
            try:
                if http_calls.get(url, timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "soc web did not start"
            time.sleep(0.2)
        load.start()
        try:
            code = proc.wait(BOUND_S)
        except subprocess.TimeoutExpired:
            code = None
        assert code == EXIT_STALLED, f"soc web still running {BOUND_S:.0f} s after its log pipe filled"
    finally:
        stop.set()
        if proc.poll() is None:
            proc.kill()
            proc.wait(30)
        if load.is_alive():
            load.join(10)
        assert proc.stdout is not None
        proc.stdout.close()
