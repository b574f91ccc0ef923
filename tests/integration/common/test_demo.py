"""`soc demo` on a private instance: Ctrl-C leaves no process behind.

The demo stops the services it started itself and leaves running the ones that
were already up (a developer's `soc services up`, a test run).
"""

from __future__ import annotations

import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from common import services as svc
from common.run_all import CHILDREN
from common.settings import Settings
from tests.fix_services import settings_for_layout, subprocess_env

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[3]
READY = "Press Ctrl-C to stop everything."


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie is gone for our purposes only once reaped; the demo reaps its children.
    stat = Path(f"/proc/{pid}/stat")
    return stat.exists() and stat.read_text().rsplit(")", 1)[1].split()[0] != "Z"


def _demo_until_ctrl_c(env: dict[str, str]) -> tuple[int, str, list[int]]:
    """Run `soc demo` until it says it is ready, press Ctrl-C; exit code, output, child pids."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "common.cli", "demo"], cwd=ROOT, env=env, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True,
    )
    assert proc.stdout is not None
    lines: queue.Queue[str] = queue.Queue()
    reader = threading.Thread(target=lambda: [lines.put(x) for x in proc.stdout], daemon=True)  # type: ignore[union-attr]
    reader.start()
    out: list[str] = []
    deadline = time.monotonic() + 300
    try:
        while not any(READY in x for x in out):
            assert proc.poll() is None, "".join(out)
            assert time.monotonic() < deadline, "demo not ready in 300 s:\n" + "".join(out)
            try:
                out.append(lines.get(timeout=1))
            except queue.Empty:
                continue
        time.sleep(3)  # the children are up and connecting
        proc.send_signal(signal.SIGINT)
        code = proc.wait(120)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    reader.join(10)
    proc.stdout.close()
    while not lines.empty():
        out.append(lines.get())
    text = "".join(out)
    pids = [int(m) for m in re.findall(r"child_started name=\w+ pid=(\d+)", text)]
    return code, text, pids


def test_ctrl_c_stops_the_center_and_only_the_services_it_started(
    settings: Settings, private_layout: svc.Layout
) -> None:
    s = settings_for_layout(settings, private_layout)
    env = subprocess_env(s, SOC_WEB__PORT=str(svc.free_port()))

    # Nothing running before: the demo starts the services and stops them again.
    assert not any(st.running for st in svc.status(private_layout))
    code, text, pids = _demo_until_ctrl_c(env)
    assert code == 0, text
    assert len(pids) == len(CHILDREN), text  # every child of the center was started
    assert not [p for p in pids if _alive(p)], text
    assert "stopped services: mosquitto, timescaledb" in text
    assert not any(st.running for st in svc.status(private_layout)), text

    # Already running before: the center stops, the services stay.
    svc.up(private_layout)
    code, text, pids = _demo_until_ctrl_c(env)
    assert code == 0, text
    assert len(pids) == len(CHILDREN), text
    assert not [p for p in pids if _alive(p)], text
    assert "left running" in text
    assert all(st.running for st in svc.status(private_layout)), text
