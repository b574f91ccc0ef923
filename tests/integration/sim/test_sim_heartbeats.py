"""The simulator and the agency desks beat like every other process of the center.

``soc simulate`` (publishing, not ``--dry-run``) and ``soc respond`` write a
heartbeat (services ``simulator`` and ``agencies``) from their own loop through
:class:`common.health.Heartbeat`, under this process's ``host:pid``, so that
``soc demo`` can restart them when they stall and ``/api/health`` lists them.
"""

from __future__ import annotations

import threading
import time
from datetime import timedelta
from pathlib import Path

import psycopg
import pytest

from common.health import instance_name
from common.settings import Settings
from sim.agencies import run_responders
from sim.publisher import RunOptions, run_simulation

pytestmark = pytest.mark.integration

REGISTRY = Path(__file__).parents[3] / "geo" / "data" / "sensors.geojson"


def _beat_seen(s: Settings, service: str, timeout_s: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout_s
    with psycopg.connect(s.db.conninfo(), autocommit=True) as conn:
        while time.monotonic() < deadline:
            row = conn.execute("SELECT 1 FROM service_heartbeats WHERE service = %s AND instance = %s",
                               (service, instance_name())).fetchone()
            if row:
                return True
            time.sleep(0.2)
    return False


def _with_db(broker: Settings, db_settings: Settings) -> Settings:
    return broker.model_copy(update={"db": db_settings.db,
                                     "health": broker.health.model_copy(update={"beat_every_s": 0.5})})


def test_the_simulator_beats_while_it_publishes(broker: Settings, db_settings: Settings) -> None:
    s = _with_db(broker, db_settings)
    stop = threading.Event()
    opts = RunOptions("typhoon", speed=60, seed=3, duration=timedelta(hours=1), registry=REGISTRY)
    sim = threading.Thread(target=run_simulation, args=(s, opts, stop))
    sim.start()
    try:
        seen = _beat_seen(s, "simulator")
    finally:
        stop.set()
        sim.join(60)
    assert seen
    assert not sim.is_alive()


def test_the_agency_desks_beat(broker: Settings, db_settings: Settings) -> None:
    s = _with_db(broker, db_settings)
    stop = threading.Event()
    desks = threading.Thread(target=run_responders, args=(s, stop), kwargs={"agencies": ("fire", "police")})
    desks.start()
    try:
        seen = _beat_seen(s, "agencies")
    finally:
        stop.set()
        desks.join(30)
    assert seen
    assert not desks.is_alive()
