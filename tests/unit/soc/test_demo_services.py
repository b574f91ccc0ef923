"""`soc demo` keeps up the services it started: one found stopped is started again, after a
delay that grows while the attempts fail, and each restart is named for `/api/health`.

The supervisor's real shell (``soc.demo._LocalServices``) on a faked clock, with the
services' state given by the test and each attempt a real child process exiting with the
code the test chooses (``soc services up`` failing, then succeeding). The restart through
the real `soc demo` and PostgreSQL is `tests/integration/common/test_demo.py`.
"""

from __future__ import annotations

import logging
import re
import subprocess
import sys

import pytest

from common.settings import Settings
from soc import demo


class Clock:
    """The supervisor's clock, moved by the test."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _delays(caplog: pytest.LogCaptureFixture) -> list[float]:
    return [float(m[1]) for r in caplog.records
            if (m := re.search(r"^service_(?:exited|restart_failed) name=timescaledb .*restart_in_s=([\d.]+)",
                               r.getMessage()))]


def test_a_stopped_service_is_started_again_after_growing_delays_while_the_attempts_fail(
    settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="soc.demo")
    clock = Clock()
    up = {"timescaledb", "mosquitto"}
    codes = [1, 1, 0]  # `soc services up` fails twice, then starts the server
    attempts: list[subprocess.Popen[bytes]] = []

    def starter() -> subprocess.Popen[bytes]:
        code = codes[len(attempts)]
        if code == 0:
            up.add("timescaledb")
        attempts.append(subprocess.Popen([sys.executable, "-c", f"raise SystemExit({code})"]))
        return attempts[-1]

    local = demo._LocalServices(settings, ["timescaledb", "mosquitto"], clock=clock,
                                running=lambda: set(up), starter=starter)
    local.round()
    assert (attempts, local.restarted) == ([], {})  # both running: nothing to do

    up.discard("timescaledb")  # PostgreSQL stops (a crash, a PANIC)
    clock.now += 2.0
    local.round()
    (first,) = _delays(caplog)
    assert 0 < first <= 30.0
    clock.now += first / 2 - 0.01  # before its delay (at least half the first backoff step)
    local.round()
    assert attempts == []

    for failed in (1, 2):
        clock.now += 30.0  # past any delay (the backoff's cap)
        local.round()
        assert len(attempts) == failed
        attempts[-1].wait(30)
        local.round()  # the attempt ended, the server still down
        assert len(_delays(caplog)) == failed + 1
    delays = _delays(caplog)
    assert delays == sorted(delays), delays  # each wait at least the one before (1 s doubling to 30 s)
    assert local.restarted == {}

    clock.now += 30.0
    local.round()
    assert len(attempts) == 3
    attempts[-1].wait(30)
    local.round()
    assert set(local.restarted) == {"timescaledb"}  # the broker never stopped: never restarted
    assert local.restarted["timescaledb"]["restarts"] == 1
    messages = [r.getMessage() for r in caplog.records]
    assert sum(m.startswith("service_restart_failed name=timescaledb") for m in messages) == 2
    assert sum(m.startswith("service_restarted name=timescaledb restarts=1") for m in messages) == 1

    clock.now += 30.0  # running again: nothing more
    local.round()
    assert len(attempts) == 3
    local.close()
