"""A broker that hangs for a minute during a reading flood, under the real ``soc ingest run`` and ``soc ops run``.

A hung Mosquitto (SIGSTOP: a stalled host, a broker stuck on its disk) is not a stopped one:
its port still accepts connections and its kernel still takes the bytes sent to it, so no
client sees a refusal or a close; each notices only by MQTT keepalive. Here a sensor's
readings are published at QoS 1 before the hang and on into it (a flood held by the broker
and by the publisher's client), the broker is hung for :data:`HUNG_S` seconds, then continued.
While it hangs the wall's health (``web.wall.topics.load_health``, what the wall and
``/api/health`` read) must name the broker down, ingest and the ops center with it; after it,
both are up again as the same processes, and every reading is stored, each once.

A coordinator dispatches the water bureau to an open fire while the broker hangs: the ops
center applies the command (``done``: stored, as the console then says) and its message waits
in the hung broker's way. The water desk (a :class:`common.mqtt.MqttShell`, as the simulated
desks connect, subscribed before the hang) must get it once the broker is back, with the
deadline stored, every copy the same.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import paho.mqtt.client as mqtt
import psycopg
import pytest

from common import services as svc
from common.db import connect
from common.health import BROKER
from common.migrate import migrate
from common.mqtt import MqttShell, account_client_id
from common.settings import Settings
from ops_center import repo as ops_repo
from tests.fix_services import settings_for_layout, start_soc, stop_processes, wait_while_running
from tests.integration.ingest.ingest_helpers import close, flood_payload, obs_time, publish_all, publisher, register
from web.wall.topics import load_health

pytestmark = [pytest.mark.integration, pytest.mark.slow]

#: How long the broker hangs.
HUNG_S = 60.0
#: Readings published before the hang, and as many into it.
N = 300
REQUIRED = ("ingest", "ops")
FIRE = ("INSERT INTO events (time, source_id, domain, feed, event_key, category, severity, geom, payload)"
        " VALUES (%s, %s, 'disaster', 'fire_alarm', 'k', 'alarm', 'Severe',"
        " ST_SetSRID(ST_MakePoint(120.66, 24.19), 4326), '{}')")


def wall_health(s: Settings) -> dict[str, Any]:
    """The wall's health items, as its feed reads them."""
    with psycopg.connect(s.db.conninfo(), autocommit=True) as conn:
        items, _ = load_health(conn, REQUIRED, s.health.stale_after_s)
    return dict(items)


def named_down(s: Settings) -> bool:
    items = wall_health(s)
    return not items[BROKER].up and not any(items[p].up for p in REQUIRED)


def all_up(s: Settings) -> bool:
    items = wall_health(s)
    return items[BROKER].up and all(items[p].up for p in REQUIRED)


def one(s: Settings, sql: str, *args: object) -> tuple[Any, ...] | None:
    with psycopg.connect(s.db.conninfo(), autocommit=True) as conn:
        return conn.execute(sql, args).fetchone()


def stored(s: Settings, sid: str) -> list[tuple[datetime, float]]:
    with psycopg.connect(s.db.conninfo()) as conn:
        return [(t.astimezone(UTC), float(v)) for t, v in conn.execute(
            "SELECT time, value FROM readings WHERE sensor_id = %s ORDER BY time, value", (sid,)).fetchall()]


def test_a_hung_broker_is_named_on_the_wall_and_a_flood_through_it_is_stored_once(
    settings: Settings, private_layout: svc.Layout, tmp_path: Path
) -> None:
    svc.up(private_layout)
    s = settings_for_layout(settings, private_layout)
    with connect(s, autocommit=True) as conn:
        migrate(conn)
    sid = f"hung-{uuid.uuid4().hex[:6]}"
    register(s.db.conninfo(), [(sid, "flood")])
    env = {"SOC_HEALTH__BEAT_EVERY_S": "1"}
    ingest_log, ops_log = tmp_path / "ingest.log", tmp_path / "ops.log"
    ingest = start_soc(s, ingest_log, "ingest", "run", **env)
    ops = start_soc(s, ops_log, "ops", "run", **env)
    base = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1)
    topic = f"soc/v1/disaster/flood/{sid}"
    pub = publisher(s, "disaster")
    desk_inbox: queue.Queue[tuple[str, bytes]] = queue.Queue()
    desk = MqttShell(s.mqtt, "agency-water", client_id=account_client_id("agency-water", "desk"), name="desk_water",
                     subscriptions=("soc/v1/dispatch/water/assignment/+",),
                     on_message=lambda t, p: desk_inbox.put((t, p)))
    desk.start(wait_s=30)
    broker = None
    try:
        wait_while_running(ingest, ingest_log, lambda: all_up(s), "ingest and the ops center up")
        with psycopg.connect(s.db.conninfo(), autocommit=True) as conn:
            conn.execute(FIRE, (datetime.now(UTC), f"fa-{sid}"))
        job_sql = "SELECT incident_id FROM ops_incident_members WHERE source_id = %s"
        wait_while_running(ops, ops_log, lambda: one(s, job_sql, f"fa-{sid}") is not None, "the fire's incident")
        job = str((one(s, job_sql, f"fa-{sid}") or ("",))[0])
        assert isinstance(pub, mqtt.Client)
        publish_all(pub, [(topic, flood_payload(i, base)) for i in range(N)])
        broker = svc._mosquitto_pid(private_layout)
        assert broker is not None
        os.kill(broker, signal.SIGSTOP)
        hung_at = time.monotonic()
        try:
            held = [pub.publish(topic, flood_payload(i, base), qos=1) for i in range(N, 2 * N)]
            with psycopg.connect(s.db.conninfo(), autocommit=True) as conn:
                cid = ops_repo.insert_command(conn, job, "assign", {"agency": "water"}, actor="coord",
                                              reason="pumps to the fire's basement")
            wait_while_running(ops, ops_log, lambda: one(s, "SELECT state FROM ops_commands WHERE id = %s", cid)
                               == ("done",), "the dispatch applied while the broker hangs")
            wait_while_running(ingest, ingest_log, lambda: named_down(s),
                               "the wall naming the hung broker, ingest and the ops center down")
            assert wall_health(s)[BROKER].last_ok is not None
            time.sleep(max(0.0, HUNG_S - (time.monotonic() - hung_at)))
        finally:
            os.kill(broker, signal.SIGCONT)
        for info in held:
            info.wait_for_publish(180)
            assert info.is_published()
        want = [(datetime.fromisoformat(obs_time(i, base)).astimezone(UTC), float(i % 100)) for i in range(2 * N)]
        wait_while_running(ingest, ingest_log, lambda: len(stored(s, sid)) >= 2 * N, "every reading stored")
        wait_while_running(ops, ops_log, lambda: all_up(s), "ingest and the ops center up again")
        assert ingest.poll() is None  # the same processes
        assert ops.poll() is None
        assert stored(s, sid) == sorted(want)
        row = one(s, "SELECT number, deadline FROM ops_incidents JOIN ops_assignments USING (incident_id)"
                     " WHERE incident_id = %s AND agency = 'water'", job)
        assert row is not None
        got = []
        while not got or not desk_inbox.empty():
            t, payload = desk_inbox.get(timeout=120)
            if t.endswith(f"/{job}") and payload:
                got.append(json.loads(payload))
        told = (row[0], "assigned", row[1].isoformat())
        assert [(m["number"], m["state"], m["deadline"]) for m in got] == [told] * len(got)
    finally:
        if broker is not None and svc._mosquitto_pid(private_layout) == broker:
            os.kill(broker, signal.SIGCONT)
        close(pub)
        desk.stop()
        stop_processes([ingest, ops])
