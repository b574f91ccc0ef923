"""Every supervised process rides out a database and a broker restart, and a kill -9 of any
one is named down at once and healed by the supervisor.

A private TimescaleDB + Mosquitto with the zone loaded, and the real ``soc supervise ingest
alerts ops kpi web simulator`` (the typhoon on repeat). Then, in turn:

* PostgreSQL stopped for 20 s and started: every process beats again by itself, as the
  same process (nobody restarted);
* Mosquitto stopped and started: ingest, the ops center and the simulator say they have the
  broker again (``broker_down_s`` 0), as the same processes, and readings are stored again;
* ``kill -9`` of the ops center alone: restarted and up as a new process, while every other
  process goes on as the same process, beating and up, and readings are still stored;
* ``kill -9`` of each process: the health model that ``/api/health``, the wall and ``soc
  health`` read (``common.health.read_health``) names it down before its replacement beats
  (the supervisor marks the dead process's beat exited), and the replacement, a new
  process, is up again.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import psycopg
import pytest

from common import services as svc
from common.db import connect
from common.errors import DatabaseError
from common.health import ProcessHealth, ProcessState, read_health
from common.migrate import migrate
from common.settings import Settings
from geo.service import run_geo_load
from tests.fix_services import ROOT, settings_for_layout, stop_processes, subprocess_env
from tests.integration.ops_center.ops_helpers import wait_for

pytestmark = [pytest.mark.integration, pytest.mark.slow]

CHILDREN = ("ingest", "alerts", "ops", "kpi", "web", "simulator")
REQUIRED = ("ingest", "alerts", "ops")
#: The default staleness limit: a replacement beats well within it, so only the ended mark
#: can name a killed process down before its replacement beats.
STALE_AFTER_S = 30.0
OUTAGE_S = 20.0
#: The supervisor's start-up grace (see where it is set).
START_GRACE_S = 300.0


def _beats(s: Settings) -> dict[str, tuple[str, datetime, dict[str, object]]]:
    """Per service: its freshest instance, that beat's time and detail (empty when unreachable)."""
    try:
        with psycopg.connect(s.db.conninfo(), connect_timeout=3) as conn:
            rows = conn.execute("SELECT DISTINCT ON (service) service, instance, beat_at, detail"
                                " FROM service_heartbeats ORDER BY service, beat_at DESC").fetchall()
    except psycopg.OperationalError:
        return {}
    return {str(r[0]): (str(r[1]), r[2], dict(r[3])) for r in rows}


def _health(s: Settings) -> dict[str, ProcessHealth]:
    try:
        with connect(s, autocommit=True) as conn:
            return {p.service: p for p in read_health(conn, REQUIRED, STALE_AFTER_S)}
    except (DatabaseError, psycopg.Error):  # unreachable while a fault lasts: nothing read
        return {}


def _now(s: Settings) -> datetime:
    with connect(s, autocommit=True) as conn:
        row = conn.execute("SELECT now()").fetchone()
    assert row is not None
    return row[0]  # type: ignore[no-any-return]


def _stored(s: Settings) -> int:
    with connect(s, autocommit=True) as conn:
        row = conn.execute("SELECT coalesce(sum(stored), 0) FROM ingest_counters").fetchone()
    assert row is not None
    return int(row[0])


def test_every_supervised_process_rides_out_faults_and_a_kill_is_named_and_healed(
        settings: Settings, private_layout: svc.Layout, tmp_path: Path) -> None:
    svc.up(private_layout)
    s = settings_for_layout(settings, private_layout)
    with connect(s, autocommit=True) as conn:
        migrate(conn)
    run_geo_load(s)
    env = subprocess_env(s, SOC_WEB__PORT=str(svc.free_port()), SOC_HEALTH__SERVICES='["ingest","alerts","ops"]',
                         SOC_HEALTH__BEAT_EVERY_S="1", SOC_HEALTH__STALE_AFTER_S=str(STALE_AFTER_S),
                         # the children's imports and first connection on a loaded host: the web's
                         # took over the default 60 s at load 35, and each restart began anew
                         SOC_HEALTH__START_GRACE_S=str(START_GRACE_S))
    log = tmp_path / "supervise.log"
    with log.open("ab") as fh:
        proc = subprocess.Popen([sys.executable, "-m", "soc", "supervise", *CHILDREN], cwd=ROOT, env=env,
                                stdout=fh, stderr=fh)
    try:
        wait_for(lambda: all(n in b for b in [_beats(s)] for n in CHILDREN)
                 and all(p.state is ProcessState.UP for p in _health(s).values()), 180, "every child beating")
        first = {name: inst for name, (inst, _at, _d) in _beats(s).items() if name in CHILDREN}

        # The database restarted after 20 s: every child beats again, as the same process.
        svc.pg_down(private_layout)
        stopped = time.monotonic()
        wait_for(lambda: time.monotonic() - stopped >= OUTAGE_S, 60, "a 20 s outage")
        svc.pg_up(private_layout)
        returned = _now(s)
        wait_for(lambda: all(b[n][1] > returned for b in [_beats(s)] for n in CHILDREN), 120,
                 "every child beating after the database's return")
        assert {name: inst for name, (inst, _at, _d) in _beats(s).items() if name in CHILDREN} == first

        # The broker restarted: the MQTT clients have it again, as the same processes.
        stored = _stored(s)
        svc.mqtt_down(private_layout)
        wait_for(lambda: all(float(str(b[n][2].get("broker_down_s", 0))) > 0 for b in [_beats(s)]
                             for n in ("ingest", "ops", "simulator")), 60, "the clients missing the broker")
        svc.mqtt_up(private_layout)
        back = _now(s)
        wait_for(lambda: all(b[n][1] > back and float(str(b[n][2].get("broker_down_s", 1))) == 0
                             for b in [_beats(s)] for n in ("ingest", "ops", "simulator")), 120,
                 "ingest, ops and the simulator with the broker again")
        wait_for(lambda: _stored(s) > stored, 120, "readings stored after the broker's return")
        assert {name: inst for name, (inst, _at, _d) in _beats(s).items() if name in CHILDREN} == first

        # kill -9 of the ops center alone: its supervisor restarts it, while its siblings go on
        # as the same processes, beating and up, and readings are stored meanwhile.
        stored, killed_at = _stored(s), _now(s)
        os.kill(int(first["ops"].rsplit(":", 1)[1]), signal.SIGKILL)
        wait_for(lambda: _beats(s)["ops"][0] != first["ops"]
                 and (h := _health(s).get("ops")) is not None and h.state is ProcessState.UP, 180,
                 "the ops center restarted and up")
        siblings = {name: inst for name, inst in first.items() if name != "ops"}
        wait_for(lambda: all(b[n][1] > killed_at for b in [_beats(s)] for n in siblings), 60,
                 "every sibling beating after the kill")
        assert {name: inst for name, (inst, _at, _d) in _beats(s).items() if name in siblings} == siblings
        assert all(p.state is ProcessState.UP for p in _health(s).values())
        wait_for(lambda: _stored(s) > stored, 120, "readings stored after the ops center's kill")

        # kill -9 of each (all at once: they share nothing but the database and the broker):
        # each named down before its replacement beats, then up as a new process.
        killed = {name: inst for name, (inst, _at, _d) in _beats(s).items() if name in CHILDREN}
        for instance in killed.values():
            os.kill(int(instance.rsplit(":", 1)[1]), signal.SIGKILL)
        named_down: set[str] = set()

        def each_named_down() -> bool:
            beats, health = _beats(s), _health(s)
            for n, i in killed.items():
                if n in named_down or n not in beats:
                    continue
                h = health.get(n)
                # named down by the supervisor's word that it exited, not by its beat going
                # stale: a slow replacement would let staleness alone pass this check
                if (h is not None and h.state is ProcessState.DOWN and beats[n][0] == i
                        and "exited_at" in beats[n][2]):
                    named_down.add(n)
                else:
                    assert beats[n][0] == i, f"{n}'s replacement beat before {n} was named down after its kill -9"
            return named_down == set(killed)

        wait_for(each_named_down, 60, "each child named down after its kill -9, before its replacement beats")
        wait_for(lambda: all(b[n][0] != i and (h := p.get(n)) is not None and h.state is ProcessState.UP
                             for b, p in [(_beats(s), _health(s))] for n, i in killed.items()), 180,
                 "each child restarted and up again")
        assert proc.poll() is None
    finally:
        if not svc.status(private_layout)[0].running:
            svc.pg_up(private_layout)
        svc.mqtt_up(private_layout)
        stop_processes([proc])
        print("--- supervise log ---\n" + log.read_text(errors="replace")[-6000:])
