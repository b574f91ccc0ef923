"""Fixtures of the ops center's integration tests: ``soc ops run`` on a private instance.

The kill tests stop the ops center with SIGKILL and hold its tables locked, so each
runs on a private TimescaleDB + Mosquitto (``private_layout``), never the shared one.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from common import services as svc
from common.db import connect
from common.migrate import migrate
from common.settings import Settings
from tests.fix_services import ROOT, settings_for_layout, stop_processes, subprocess_env


@pytest.fixture
def center(settings: Settings, private_layout: svc.Layout,
           tmp_path: Path) -> Iterator[tuple[Settings, Callable[[], subprocess.Popen[bytes]]]]:
    """The private instance's settings (migrated) and a function starting one more ``soc ops run``
    on it; every process started is stopped at teardown and the log's tail printed."""
    svc.up(private_layout)
    s = settings_for_layout(settings, private_layout)
    with connect(s, autocommit=True) as conn:
        migrate(conn)
    env = subprocess_env(s, SOC_OPS__POLL_INTERVAL_MS="50", SOC_HEALTH__BEAT_EVERY_S="1")
    procs: list[subprocess.Popen[bytes]] = []

    def start() -> subprocess.Popen[bytes]:
        with (tmp_path / "ops.log").open("ab") as fh:
            procs.append(subprocess.Popen([sys.executable, "-m", "soc", "ops", "run"], cwd=ROOT, env=env,
                                          stdout=fh, stderr=fh))
        return procs[-1]

    try:
        yield s, start
    finally:
        stop_processes(procs)
        print((tmp_path / "ops.log").read_text(errors="replace")[-4000:])
