"""A long broker outage under the real `soc ingest run` and `soc ops run` processes.

While the project's Mosquitto is stopped, a plain TCP listener takes its port and
counts the connection attempts of each client (by the client id in its CONNECT
packet), closing each at once as a dead broker would. The attempts tell the
backoff the clients use: at most ``SOC_MQTT__RECONNECT_MAX_S`` apart means the
broker's return is seen within that cap, however long the outage; at least the
minimum delay apart means a dead broker is not hammered. Counted, not timed: a
loaded host only makes the attempts fewer, and the bound allows three caps per
attempt. Then Mosquitto starts again and both processes work again.
"""

from __future__ import annotations

import json
import select
import socket
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from common import services as svc
from common.db import connect
from common.migrate import migrate
from common.settings import Settings
from tests.fix_services import settings_for_layout, start_soc, stop_processes, wait_while_running
from tests.integration.ingest.ingest_helpers import close, flood_payload, publish_all, publisher, register

pytestmark = [pytest.mark.integration, pytest.mark.slow]

OUTAGE_S = 60.0
CAP_S = 2  # SOC_MQTT__RECONNECT_MAX_S given to both processes (its default)
MIN_S = 1  # SOC_MQTT__RECONNECT_MIN_S


def _count_attempts(port: int, client_ids: tuple[str, ...], seconds: float) -> dict[str, int]:
    """Listen on ``port`` for ``seconds``; each accepted connection is read for its CONNECT
    packet and closed. How many came from each of ``client_ids``."""
    counts = dict.fromkeys(client_ids, 0)
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", port))
    server.listen(16)
    end = time.monotonic() + seconds
    try:
        while (left := end - time.monotonic()) > 0:
            ready, _, _ = select.select([server], [], [], left)
            if not ready:
                continue
            conn, _ = server.accept()
            with conn:
                conn.settimeout(2.0)
                try:
                    packet = conn.recv(4096)
                except OSError:
                    packet = b""
            for cid in client_ids:
                if cid.encode() in packet:
                    counts[cid] += 1
    finally:
        server.close()
    return counts


def _stored(s: Settings, sid: str) -> bool:
    try:
        with psycopg.connect(s.db.conninfo(), connect_timeout=10) as conn:
            row = conn.execute("SELECT count(*) FROM readings WHERE sensor_id = %s", (sid,)).fetchone()
    except psycopg.OperationalError:
        return False
    return row is not None and int(row[0]) > 0


def _in_log(path: Path, text: str) -> Callable[[], bool]:
    return lambda: text in path.read_text(errors="replace")


def test_after_a_minute_without_broker_every_client_retries_within_the_cap_and_works_again(
    settings: Settings, private_layout: svc.Layout, tmp_path: Path
) -> None:
    svc.up(private_layout)
    s = settings_for_layout(settings, private_layout)
    with connect(s, autocommit=True) as conn:
        migrate(conn)
    env = {"SOC_MQTT__RECONNECT_MAX_S": str(CAP_S), "SOC_MQTT__RECONNECT_MIN_S": str(MIN_S)}
    ingest_id = f"soc-ingest-out-{uuid.uuid4().hex[:6]}"
    ops_id = "soc-ops-center"
    ingest_log, ops_log = tmp_path / "ingest.log", tmp_path / "ops.log"
    ingest = start_soc(s, ingest_log, "ingest", "run", "--client-id", ingest_id, **env)
    ops = start_soc(s, ops_log, "ops", "run", **env)
    sid = f"out-{uuid.uuid4().hex[:6]}"
    register(s.db.conninfo(), [(sid, "flood")])
    base = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1)
    try:
        wait_while_running(ingest, ingest_log, _in_log(ingest_log, "mqtt_subscribed"), "ingest subscribed")
        wait_while_running(ops, ops_log, _in_log(ops_log, "ops_started"), "ops started")

        svc.mqtt_down(private_layout)
        counts = _count_attempts(private_layout.mqtt_port, (ingest_id, ops_id), OUTAGE_S)
        svc.mqtt_up(private_layout)

        pub = publisher(s, "disaster")
        try:
            publish_all(pub, [(f"soc/v1/disaster/flood/{sid}", flood_payload(1, base))])
        finally:
            close(pub)
        wait_while_running(ingest, ingest_log, lambda: _stored(s, sid), "a reading stored after the outage")
        wait_while_running(ops, ops_log, _in_log(ops_log, "ops_mqtt_available"), "ops back on the broker")

        fewest = int(OUTAGE_S / (3 * CAP_S))
        most = int(OUTAGE_S / MIN_S) + 2
        for cid, n in counts.items():
            assert n >= fewest, (
                f"{cid}: {n} connection attempts in a {OUTAGE_S:.0f} s outage, fewer than {fewest}: "
                f"its backoff grows past {CAP_S} s, so the broker's return goes unseen that long; "
                f"{json.dumps(counts)}")
            assert n <= most, f"{cid}: {n} connection attempts in {OUTAGE_S:.0f} s: a dead broker hammered"
    finally:
        if not svc.status(private_layout)[1].running:
            svc.mqtt_up(private_layout)
        stop_processes([ingest, ops])
