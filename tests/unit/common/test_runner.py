"""The runner's pure parts: the watchdog and logging each outage once."""

from __future__ import annotations

import logging
import threading
import time

import psycopg
import pytest

from common.runner import Watchdog, _Failures


def test_the_watchdog_fires_when_the_loop_stops_coming_round() -> None:
    fired = threading.Event()
    dog = Watchdog("t", 0.2, on_stall=fired.set).start()
    try:
        assert fired.wait(5), "a loop that never came round must end the process"
    finally:
        dog.stop()


def test_the_watchdog_stays_quiet_while_the_loop_comes_round() -> None:
    fired = threading.Event()
    # A limit well above a loaded host's scheduling stalls, watched for three limits: a dog that
    # ignored alive() would fire after about one.
    dog = Watchdog("t", 1.0, on_stall=fired.set).start()
    try:
        deadline = time.monotonic() + 3.0
        while time.monotonic() < deadline:
            dog.alive()
            time.sleep(0.02)
        assert not fired.is_set()
    finally:
        dog.stop()


def test_an_outage_is_logged_once_down_and_once_up(caplog: pytest.LogCaptureFixture) -> None:
    f = _Failures("svc")
    with caplog.at_level(logging.INFO, logger="common"):
        for _ in range(5):
            f.failed(psycopg.OperationalError("connection refused"))
        f.ok()
        f.ok()
    events = [r.getMessage().split()[0] for r in caplog.records]
    assert events == ["svc_database_unavailable", "svc_database_available"]


def test_a_bug_is_logged_once_per_kind_with_its_traceback(caplog: pytest.LogCaptureFixture) -> None:
    f = _Failures("svc")
    with caplog.at_level(logging.INFO, logger="common"):
        for _ in range(3):
            f.failed(KeyError("x"))
        f.failed(ValueError("y"))
        f.ok()
    events = [r.getMessage().split()[0] for r in caplog.records]
    assert events == ["svc_step_failed", "svc_step_failed", "svc_step_recovered"]
    assert caplog.records[0].exc_info is not None
