"""A broker outage longer than the supervisor's staleness limit does not make the simulator
look hung.

While Mosquitto is away the real ``soc simulate`` keeps its unacknowledged messages (paho
resends them after the reconnect) and soon has :data:`sim.publisher.MAX_IN_FLIGHT` of them
waiting, so its next publish waits for a slot. If that wait wrote no beat, ``soc demo``
would judge the simulator stale after ``SOC_HEALTH__STALE_AFTER_S``, kill it and lose every
message it held. Here the broker is stopped for longer than that limit under a simulator
publishing at 600x: the same process must beat all along, each beat saying how long the
broker has been away (``broker_down_s``, as ingest's do), and go on publishing once it is back.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest

from common import services as svc
from common.health import BROKER_DOWN_S
from common.settings import Settings
from tests.fix_services import ROOT, stop_processes, subprocess_env

pytestmark = pytest.mark.integration

#: How long the broker stays away: longer than a staleness limit of the demo's kind (30 s)
#: is not needed; a beat that says the broker has been away this long proves the wait beats.
AWAY_S = 12.0


def _wait(predicate: Callable[[], bool], timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        assert time.monotonic() < deadline, f"timed out after {timeout_s:.0f} s: {what}"
        time.sleep(0.2)


def _beat(s: Settings, pid: int) -> dict[str, object] | None:
    """The detail of the simulator's beat from process ``pid`` (None before its first)."""
    with psycopg.connect(s.db.conninfo(), autocommit=True) as conn:
        row = conn.execute("SELECT detail FROM service_heartbeats WHERE service = 'simulator'"
                           " AND instance LIKE %s", (f"%:{pid}",)).fetchone()
    if row is None:
        return None
    detail = row[0]
    return detail if isinstance(detail, dict) else {}


def _down_s(s: Settings, pid: int) -> float:
    detail = _beat(s, pid) or {}
    value = detail.get(BROKER_DOWN_S)
    return float(value) if isinstance(value, int | float) else -1.0


def _simulating(db_settings: Settings, layout: svc.Layout,
                tmp_path: Path) -> tuple[Settings, subprocess.Popen[bytes], Path]:
    """``soc simulate typhoon --speed 600 --repeat`` on ``layout``'s broker, once it has beaten:
    its settings, process and log."""
    svc.mqtt_up(layout)
    s = db_settings.model_copy(update={"mqtt": db_settings.mqtt.model_copy(update={"port": layout.mqtt_port})})
    env = subprocess_env(s, SOC_HEALTH__BEAT_EVERY_S="0.5")
    log = tmp_path / "sim.log"
    with log.open("ab") as fh:
        sim = subprocess.Popen([sys.executable, "-m", "soc", "simulate", "typhoon", "--speed", "600",
                                "--repeat"], cwd=ROOT, env=env, stdout=fh, stderr=fh)
    try:
        _wait(lambda: _beat(s, sim.pid) is not None, 90, "the simulator's first beat")
    except BaseException:
        stop_processes([sim])
        raise
    return s, sim, log


def test_the_simulator_beats_through_a_broker_outage_and_resumes(
    db_settings: Settings, private_layout: svc.Layout, tmp_path: Path,
) -> None:
    s, sim, log = _simulating(db_settings, private_layout, tmp_path)
    try:
        svc.mqtt_down(private_layout)
        try:
            # The fault itself: the broker stays away until a beat says it has been away AWAY_S.
            _wait(lambda: _down_s(s, sim.pid) >= AWAY_S, 3 * AWAY_S + 30,
                  f"a simulator beat saying the broker has been away {AWAY_S:.0f} s "
                  f"(last detail: {json.dumps(_beat(s, sim.pid))})")
            assert sim.poll() is None, log.read_text(errors="replace")[-3000:]
        finally:
            svc.mqtt_up(private_layout)
        _wait(lambda: _down_s(s, sim.pid) == 0.0, 90, "a beat after the broker is back")
        assert sim.poll() is None, log.read_text(errors="replace")[-3000:]
        assert "sim_disaster_mqtt_available" in log.read_text(errors="replace")
    finally:
        stop_processes([sim])


def test_sigterm_ends_the_simulator_while_the_broker_holds_every_slot(
    db_settings: Settings, private_layout: svc.Layout, tmp_path: Path,
) -> None:
    """The supervisor's death reaches its children as SIGTERM (``soc demo``'s
    ``PR_SET_PDEATHSIG``), as does a stop: a simulator that goes on waiting for a slot
    instead lives on alone and, once the broker is back, feeds the center beside the
    simulator of the next ``soc demo``."""
    s, sim, log = _simulating(db_settings, private_layout, tmp_path)
    try:
        svc.mqtt_down(private_layout)
        try:
            # At 600x the typhoon fills the in-flight window within seconds of the broker's loss.
            _wait(lambda: _down_s(s, sim.pid) >= AWAY_S, 3 * AWAY_S + 30,
                  f"a simulator beat saying the broker has been away {AWAY_S:.0f} s")
            sim.send_signal(signal.SIGTERM)
            try:
                sim.wait(60)  # a bound for a hang: the stop is seen within a slot wait (1 s)
            except subprocess.TimeoutExpired:
                pytest.fail("soc simulate did not end within 60 s of SIGTERM while the broker was away\n"
                            + log.read_text(errors="replace")[-2000:])
        finally:
            svc.mqtt_up(private_layout)
    finally:
        stop_processes([sim])
