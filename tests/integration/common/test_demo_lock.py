"""A second `soc demo` on the same instance is refused before it touches anything.

Two demos on one instance would run two ingest workers with the same client
id, each taking the other's session over. The first demo holds the instance's
lock (here the test holds it the same way); the second exits at once with a
clear message and starts no service.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from common import services as svc
from common.settings import Settings
from soc.demo import DemoRunningError, demo_lock
from tests.fix_services import ROOT, settings_for_layout, subprocess_env

pytestmark = pytest.mark.integration


def test_a_second_demo_is_refused_before_it_starts_anything(settings: Settings, private_layout: svc.Layout) -> None:
    s = settings_for_layout(settings, private_layout)
    fd = demo_lock(s)  # what the first `soc demo` holds while it runs
    try:
        with pytest.raises(DemoRunningError, match="already running"):
            demo_lock(s)
        proc = subprocess.Popen([sys.executable, "-m", "soc", "demo", "--no-simulator"], cwd=ROOT,
                                env=subprocess_env(s), text=True, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, start_new_session=True)
        try:
            out, _ = proc.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGINT)
            out, _ = proc.communicate(timeout=120)
            pytest.fail("the second demo did not exit:\n" + out[-2000:])
        assert proc.returncode == 2, out
        assert f"soc demo is already running on instance {private_layout.instance!r} (pid {os.getpid()})" in out
        assert "starting services" not in out
        assert not any(st.running for st in svc.status(private_layout)), "a service was started"
    finally:
        os.close(fd)
    fd = demo_lock(s)  # released with its holder: the next demo may start
    os.close(fd)
