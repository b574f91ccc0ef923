"""A hung broker's last wills, under the real ``soc ingest run``, ``soc alerts run`` and ``soc web``.

Mosquitto hung with SIGSTOP for longer than the clients' keepalive drops, once continued, the
connections it has not heard from and sends their last wills: here the will of the simulator's
``disaster`` gateway (:class:`sim.publisher.Publisher`, the simulator's own client), which took
a reading a second up to the hang's end and sends the ones the broker did not acknowledge again
on its new connection, then nothing more for a while (its device reports every 10 min). Its
device kept reporting, so it is online, though none of its readings is observed after the will
(the will is stamped at its receipt): no ``sensor-offline`` alert, and ``/api/sensors`` draws
it by its readings, not offline. A gateway that really dies (its socket closed without a
DISCONNECT) is still raised by its will, at the will's time, and drawn offline.
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

import httpx
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
from tests import http_calls
from tests.fix_services import settings_for_layout, start_soc, stop_processes, wait_while_running
from tests.integration.ingest.ingest_helpers import register
from web.cli import run_display_token, run_users_add
from web.security import Role

pytestmark = [pytest.mark.integration, pytest.mark.slow]

#: Longer than the broker's drop of a silent client (1.5 x ``mqtt.keepalive_s``, 10 s) and
#: than paho's own (2 x): both sides drop the connection during the hang.
HUNG_S = 40.0
SQL_OFFLINE = ("SELECT a.alert_id, t.at, t.action, t.reason FROM alerts a JOIN alert_transitions t USING (alert_id)"
               " WHERE a.rule_id = 'sensor-offline' AND a.source_id = %s ORDER BY t.id")
SQL_WILLS = ("SELECT time FROM events WHERE source_id = %s AND feed = 'status' AND category = 'offline'"
             " AND NOT payload ? 'ts'")


def rows(s: Settings, sql: str, *args: object) -> list[tuple[Any, ...]]:
    with psycopg.connect(s.db.conninfo(), autocommit=True) as conn:
        return conn.execute(sql, args).fetchall()


def test_a_hung_brokers_will_of_a_reporting_gateway_raises_nothing_and_a_dead_ones_still_does(
    settings: Settings, private_layout: svc.Layout, tmp_path: Path
) -> None:
    svc.up(private_layout)
    s = settings_for_layout(settings, private_layout)
    with connect(s, autocommit=True) as conn:
        migrate(conn)
    live, dead = f"FL-{uuid.uuid4().hex[:6]}", f"FL-{uuid.uuid4().hex[:6]}"
    register(s.db.conninfo(), [(live, "flood"), (dead, "flood")])
    run_users_add(s, "wall", role=Role.DISPLAY, agency=None, password=None)
    token = run_display_token(s, "wall")
    env = {"SOC_HEALTH__BEAT_EVERY_S": "1"}
    logs = {name: tmp_path / f"{name}.log" for name in ("ingest", "alerts", "web")}
    port = svc.free_port()
    ingest = start_soc(s, logs["ingest"], "ingest", "run", **env)
    alerts = start_soc(s, logs["alerts"], "alerts", "run", **env)
    web = start_soc(s, logs["web"], "web", "--port", str(port), **env)
    procs = [ingest, alerts, web]

    def drawn() -> dict[str, str]:
        try:
            r = http_calls.get(f"http://127.0.0.1:{port}/api/sensors", timeout=10,
                               headers={"Authorization": f"Bearer {token}"})
        except httpx.TransportError:
            return {}
        return {x["sensor_id"]: x["state"] for x in r.json()} if r.status_code == 200 else {}

    topic = f"soc/v1/disaster/flood/{live}"
    pub = Publisher(s.mqtt, accounts=("disaster",), wills={"disaster": f"{topic}/status"})
    stop = threading.Event()

    def report() -> None:  # a reading a second, stamped when taken, through the hang
        while not stop.is_set():
            now = datetime.now(UTC)
            body = json.dumps({"ts": now.isoformat(), "value": 0}).encode()
            pub.publish(SimMessage(now, "disaster", topic, body), stop=stop)
            stop.wait(1.0)

    reporter = threading.Thread(target=report, daemon=True)
    broker = None
    doomed = None
    try:
        pub.__enter__()
        reporter.start()
        wait_while_running(web, logs["web"], lambda: drawn().get(live) == "normal", "the gateway's device drawn normal")
        broker = svc._mosquitto_pid(private_layout)
        assert broker is not None
        os.kill(broker, signal.SIGSTOP)
        try:
            time.sleep(HUNG_S)  # the fault's length, not a wait for an outcome
        finally:
            os.kill(broker, signal.SIGCONT)
        stop.set()  # nothing taken after the hang: what follows the will is sent again
        wait_while_running(ingest, logs["ingest"], lambda: bool(rows(s, SQL_WILLS, live)),
                           "the hung broker's last will of the reporting gateway stored")
        reporter.join(30)
        assert pub.flush(120)  # every reading taken is acknowledged: sent again after the hang

        # the dead gateway: connected with its will, then its socket closed without DISCONNECT
        doomed = mqtt.Client(CallbackAPIVersion.VERSION2, client_id=f"gw-{uuid.uuid4().hex[:8]}", protocol=mqtt.MQTTv5)
        doomed.username_pw_set("disaster", s.mqtt.password_for("disaster"))
        doomed.will_set(f"soc/v1/disaster/flood/{dead}/status", b'{"state": "offline"}', qos=1, retain=True)
        doomed.connect(s.mqtt.host, s.mqtt.port, keepalive=s.mqtt.keepalive_s)
        doomed.loop_start()
        now = datetime.now(UTC)
        doomed.publish(f"soc/v1/disaster/flood/{dead}", json.dumps({"ts": now.isoformat(), "value": 0}).encode(),
                       qos=1).wait_for_publish(30)
        wait_while_running(web, logs["web"], lambda: drawn().get(dead) == "normal", "the dead gateway's device drawn")
        doomed.loop_stop()
        sock = doomed.socket()
        assert sock is not None
        sock.close()
        wait_while_running(alerts, logs["alerts"], lambda: bool(rows(s, SQL_OFFLINE, dead)),
                           "the dead gateway's will raising sensor-offline")
        ((_, raised_at, action, reason),) = rows(s, SQL_OFFLINE, dead)
        ((dead_will_at,),) = rows(s, SQL_WILLS, dead)
        assert (action, reason) == ("raise", "last will: offline")
        assert raised_at >= dead_will_at
        # the reporting gateway's will is older than the dead one's, so its grace is over too
        ((will_at,),) = rows(s, SQL_WILLS, live)
        assert rows(s, "SELECT 1 FROM readings WHERE sensor_id = %s AND time > %s", live, will_at) == []
        wait_while_running(web, logs["web"], lambda: drawn().get(dead) == "offline", "the dead device drawn offline")
        assert (rows(s, SQL_OFFLINE, live), drawn()[live]) == ([], "normal")
        assert all(p.poll() is None for p in procs)  # the same processes
    finally:
        if broker is not None and svc._mosquitto_pid(private_layout) == broker:
            os.kill(broker, signal.SIGCONT)
        stop.set()
        reporter.join(30)
        pub.close()
        stop_processes(procs)
