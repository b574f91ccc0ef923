"""The correlation and dispatch engine cut off from the broker is down in the health check.

While Mosquitto is away the ops center still correlates (its database is there), so it
beats; but no assignment reaches an agency and no acknowledgement comes back. Its beats
therefore say how long the broker has been away (``broker_down_s``, as ingest's do), and
``/api/health`` and the wall (which read the same beats) call it down once that is longer
than the staleness limit, instead of showing the incident board as live. Here the real
``soc ops run`` runs on a private instance; the broker is stopped until the health check
calls the engine down, then started until it calls it up again. The wall's health names
the broker too (``broker``), the part to mend, not only the engine cut off from it.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psycopg
import pytest

from common import services as svc
from common.db import connect
from common.health import BROKER, read_health
from common.migrate import migrate
from common.settings import Settings
from tests.fix_services import ROOT, settings_for_layout, stop_processes, subprocess_env
from web.wall.topics import load_health

pytestmark = pytest.mark.integration

#: The health check's staleness limit here.
STALE_AFTER_S = 3.0


def _wait(predicate: Callable[[], bool], timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        assert time.monotonic() < deadline, f"timed out after {timeout_s:.0f} s: {what}"
        time.sleep(0.3)


def _ops_stale(s: Settings) -> bool | None:
    """Whether the health check calls ``ops`` stale (None before its first beat)."""
    with psycopg.connect(s.db.conninfo(), autocommit=True) as conn:
        health = {h.service: h for h in read_health(conn, ["ops"], STALE_AFTER_S)}
    ops = health.get("ops")
    return None if ops is None or ops.last_beat is None else ops.stale


def _wall_health(s: Settings) -> dict[str, Any]:
    """The wall's health items as the feed reads them."""
    with psycopg.connect(s.db.conninfo(), autocommit=True) as conn:
        items, _ = load_health(conn, ["ops"], STALE_AFTER_S)
    return dict(items)


def test_the_ops_center_cut_off_from_the_broker_is_down_until_it_is_back(
    settings: Settings, private_layout: svc.Layout, tmp_path: Path,
) -> None:
    svc.up(private_layout)
    s = settings_for_layout(settings, private_layout)
    with connect(s, autocommit=True) as conn:
        migrate(conn)
    log_path = tmp_path / "ops.log"
    env = subprocess_env(s, SOC_OPS__POLL_INTERVAL_MS="100", SOC_HEALTH__BEAT_EVERY_S="0.5")
    with log_path.open("ab") as fh:
        ops = subprocess.Popen([sys.executable, "-m", "soc", "ops", "run"], cwd=ROOT, env=env, stdout=fh, stderr=fh)
    try:
        _wait(lambda: _ops_stale(s) is False, 90, "the ops center beating")
        svc.mqtt_down(private_layout)
        try:
            _wait(lambda: "ops_mqtt_unavailable" in log_path.read_text(), 60, "the broker's loss noticed")
            # The ops center keeps beating (its database is there) ...
            _wait(lambda: _ops_stale(s) is True, 30 * STALE_AFTER_S,
                  "the health check calling the ops center down while the broker is away")
            assert ops.poll() is None, log_path.read_text(errors="replace")[-3000:]
            # The wall and the console name the broker, the part that is away, not only the
            # engine cut off from it (restarting the engine would mend nothing).
            items = _wall_health(s)
            assert (items[BROKER].up, items["ops"].up) == (False, False), items
            assert items[BROKER].last_ok == items["ops"].last_ok is not None, items
        finally:
            svc.mqtt_up(private_layout)
        # ... and is up again once the broker is back.
        _wait(lambda: _ops_stale(s) is False, 90, "the ops center up again with the broker back")
        assert ops.poll() is None, log_path.read_text(errors="replace")[-3000:]
        assert _wall_health(s)[BROKER].up, _wall_health(s)
    finally:
        stop_processes([ops])
