"""A hung broker's last wills, under the real ``soc ingest run``, ``soc alerts run`` and ``soc ops run``.

Mosquitto hung with SIGSTOP for longer than the clients' keepalive drops, once continued, the
connections it has not heard from and sends their last wills: here those of two gateways of the
simulator's own client (:class:`sim.publisher.Publisher`, one connection per account), a car
park's and a flood gauge's, standing together. Both devices kept reporting, so neither is
offline and their wills together are no outage: the ops center opens nothing for them. Two
gateways that really die there (their sockets closed without a DISCONNECT) are still an
outage: their wills, after the grace, open an ``infrastructure`` job.
"""

from __future__ import annotations

import json
import os
import signal
import threading
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import paho.mqtt.client as mqtt
import psycopg
import pytest
from paho.mqtt.enums import CallbackAPIVersion

from common import services as svc
from common.db import connect
from common.migrate import migrate
from common.settings import Settings
from sim.model import SimMessage
from sim.publisher import Publisher
from tests.fix_services import settings_for_layout, start_soc, stop_processes, wait_while_running
from tests.integration.ingest.ingest_helpers import register

pytestmark = [pytest.mark.integration, pytest.mark.slow]

#: Longer than the broker's drop of a silent client (1.5 x ``mqtt.keepalive_s``, 10 s) and
#: than paho's own (2 x): both sides drop the connection during the hang.
HUNG_S = 40.0
SQL_WILLS = ("SELECT source_id FROM events WHERE source_id = ANY(%s) AND feed = 'status'"
             " AND category = 'offline' AND NOT payload ? 'ts'")
SQL_PLACED = ("SELECT m.source_id, i.type FROM ops_incident_members m JOIN ops_incidents i USING (incident_id)"
              " WHERE m.source_id = ANY(%s)")
SQL_FED = "SELECT item ->> 'source_id' FROM ops_feed_log WHERE op = 'feed' AND item ->> 'source_id' = ANY(%s)"


def rows(s: Settings, sql: str, *args: object) -> list[tuple[Any, ...]]:
    with psycopg.connect(s.db.conninfo(), autocommit=True) as conn:
        return conn.execute(sql, args).fetchall()


def placed(s: Settings, sources: list[str]) -> set[tuple[str, str]]:
    """(source id, incident type) of the ops center's incident members of ``sources``."""
    return {(sid, kind) for sid, kind in rows(s, SQL_PLACED, sources)}


def topics(park: str, gauge: str) -> dict[str, tuple[str, dict[str, int]]]:
    """account -> (device topic, its body) of a car park and a flood gauge, reading nothing amiss."""
    return {"traffic": (f"soc/v1/traffic/parking/{park}", {"AvailableCar": 120}),
            "disaster": (f"soc/v1/disaster/flood/{gauge}", {"value": 0})}


def test_a_hung_brokers_wills_of_reporting_gateways_open_nothing_and_dead_ones_still_an_outage(
    settings: Settings, private_layout: svc.Layout, tmp_path: Path
) -> None:
    svc.up(private_layout)
    s = settings_for_layout(settings, private_layout)
    with connect(s, autocommit=True) as conn:
        migrate(conn)
    u = uuid.uuid4().hex[:6]
    live = {"park": f"PK-L{u}", "gauge": f"FL-L{u}"}
    dead = {"park": f"PK-D{u}", "gauge": f"FL-D{u}"}
    register(s.db.conninfo(), [(live["park"], "parking"), (live["gauge"], "flood"),
                               (dead["park"], "parking"), (dead["gauge"], "flood")])
    env = {"SOC_HEALTH__BEAT_EVERY_S": "1"}
    logs = {name: tmp_path / f"{name}.log" for name in ("ingest", "alerts", "ops")}
    ingest = start_soc(s, logs["ingest"], "ingest", "run", **env)
    alerts = start_soc(s, logs["alerts"], "alerts", "run", **env)
    ops = start_soc(s, logs["ops"], "ops", "run", **env)
    procs = [ingest, alerts, ops]

    sent = topics(live["park"], live["gauge"])
    pub = Publisher(s.mqtt, accounts=tuple(sent), wills={a: f"{t}/status" for a, (t, _) in sent.items()})
    stop = threading.Event()

    def report() -> None:  # a reading a second of each device, stamped when taken
        while not stop.is_set():
            now = datetime.now(UTC)
            for account, (topic, values) in sent.items():
                body = json.dumps({"ts": now.isoformat(), **values}).encode()
                pub.publish(SimMessage(now, account, topic, body), stop=stop)
            stop.wait(1.0)

    reporter = threading.Thread(target=report, daemon=True)
    broker = None
    doomed: list[mqtt.Client] = []
    try:
        pub.__enter__()
        reporter.start()
        wait_while_running(ingest, logs["ingest"],
                           lambda: len(rows(s, "SELECT DISTINCT sensor_id FROM readings WHERE sensor_id = ANY(%s)",
                                            list(live.values()))) == 2,
                           "both reporting devices' readings stored")
        broker = svc._mosquitto_pid(private_layout)
        assert broker is not None
        os.kill(broker, signal.SIGSTOP)
        try:
            time.sleep(HUNG_S)  # the fault's length, not a wait for an outcome
        finally:
            os.kill(broker, signal.SIGCONT)
        wait_while_running(ingest, logs["ingest"], lambda: len(rows(s, SQL_WILLS, list(live.values()))) == 2,
                           "the hung broker's wills of both reporting gateways stored")
        # the devices go on reporting after their wills, as the simulator's do
        wait_while_running(ingest, logs["ingest"], lambda: all(rows(
            s, "SELECT 1 FROM readings r JOIN events e ON e.source_id = r.sensor_id AND e.feed = 'status'"
               " WHERE r.sensor_id = %s AND r.received_at > e.received_at", sid) for sid in live.values()),
            "readings of both devices received after their wills")
        stop.set()
        reporter.join(30)
        assert pub.flush(120)

        # two dead gateways at the same place: connected with their wills, a reading each, then
        # their sockets closed without DISCONNECT
        for account, (topic, values) in topics(dead["park"], dead["gauge"]).items():
            c = mqtt.Client(CallbackAPIVersion.VERSION2, client_id=f"gw-{uuid.uuid4().hex[:8]}", protocol=mqtt.MQTTv5)
            c.username_pw_set(account, s.mqtt.password_for(account))
            c.will_set(f"{topic}/status", b'{"state": "offline"}', qos=1, retain=True)
            c.connect(s.mqtt.host, s.mqtt.port, keepalive=s.mqtt.keepalive_s)
            c.loop_start()
            doomed.append(c)
            body = json.dumps({"ts": datetime.now(UTC).isoformat(), **values}).encode()
            c.publish(topic, body, qos=1).wait_for_publish(30)
        wait_while_running(ingest, logs["ingest"],
                           lambda: len(rows(s, "SELECT DISTINCT sensor_id FROM readings WHERE sensor_id = ANY(%s)",
                                            list(dead.values()))) == 2,
                           "the dead gateways' readings stored")
        for c in doomed:
            c.loop_stop()
            sock = c.socket()
            assert sock is not None
            sock.close()
        wait_while_running(ops, logs["ops"],
                           lambda: placed(s, list(dead.values())) == {(d, "infrastructure") for d in dead.values()},
                           "the dead gateways' wills opening an infrastructure job")
        # the reporting gateways' wills are older than the dead ones': their grace is over too
        assert len(rows(s, SQL_WILLS, list(dead.values()))) == 2
        assert placed(s, list(live.values())) == set()
        assert rows(s, SQL_FED, list(live.values())) == []
        assert all(p.poll() is None for p in procs)  # the same processes
    finally:
        if broker is not None and svc._mosquitto_pid(private_layout) == broker:
            os.kill(broker, signal.SIGCONT)
        stop.set()
        reporter.join(30)
        pub.close()
        stop_processes(procs)
