"""Retained messages reach the store once, however often the worker reconnects.

The broker sends a copy of every retained message matching a filter each time
a client subscribes to it (MQTT 3.1.1 §3.3.1.3), and the worker subscribes at
every connect. The `soc ingest run` process here is killed and started again
on its persistent session: the copies it is sent then are ones its
subscription already delivered, while a retained message published during
the outage, queued in the session, is new and stored.
"""

from __future__ import annotations

import json
import signal
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from common.settings import Settings
from tests.fix_services import start_soc, wait_while_running
from tests.integration.ingest.ingest_helpers import close, counters, publish_all, publisher, purge_session, register

pytestmark = pytest.mark.integration


def _count(dsn: str, sql: str, sid: str) -> int:
    with psycopg.connect(dsn) as conn:
        row = conn.execute(sql, (sid,)).fetchone()
    assert row is not None
    return int(row[0])


def _publish_retained(s: Settings, account: str, items: list[tuple[str, bytes]]) -> None:
    import paho.mqtt.client as mqtt

    pub = publisher(s, account)
    assert isinstance(pub, mqtt.Client)
    try:
        for topic, payload in items:
            info = pub.publish(topic, payload, qos=1, retain=True)
            info.wait_for_publish(30)
            assert info.is_published()
    finally:
        close(pub)


def test_retained_messages_are_not_stored_again_when_the_worker_resubscribes(
    db_settings: Settings, db_dsn: str, unique_id: str, tmp_path: Path
) -> None:
    s = db_settings
    sig, pk, fl = f"RT-SG-{unique_id}", f"RT-PK-{unique_id}", f"RT-FL-{unique_id}"
    register(db_dsn, [(sig, "signal"), (pk, "parking"), (fl, "flood")])
    status_topic = f"soc/v1/traffic/signal/{sig}/status"
    bad_topic = f"soc/v1/traffic/signal/{sig}"
    park_topic = f"soc/v1/traffic/parking/{pk}"
    cid = f"rt-{unique_id}"
    log = tmp_path / "ingest.log"
    base = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=10)
    # One database thread: batches commit in arrival order, so a marker stored
    # after the copies means the copies have been handled.
    run = ("ingest", "run", "--client-id", cid)
    env = {"SOC_INGEST__DB_THREADS": "1", "SOC_INGEST__SHARED_SUBSCRIPTION_GROUP": ""}
    marker_n = 0

    def marker_stored(proc: object) -> None:
        nonlocal marker_n
        marker_n += 1
        pub = publisher(s, "disaster")
        publish_all(pub, [(f"soc/v1/disaster/flood/{fl}",
                           json.dumps({"ts": (base + timedelta(seconds=marker_n)).isoformat(),
                                       "value": marker_n}).encode())])
        close(pub)
        n = marker_n
        wait_while_running(proc, log, lambda: counters(db_dsn, fl)["stored"] >= n,  # type: ignore[arg-type]
                           f"marker {n} stored")

    worker = start_soc(s, log, *run, **env)
    try:
        wait_while_running(worker, log, lambda: "mqtt_subscribed" in log.read_text(), "subscribed")
        _publish_retained(s, "traffic", [
            (status_topic, b'{"state": "offline"}'),  # a last will: no ts, stored at receipt
            (bad_topic, b'{"ts": "not a time", "state": "fault"}'),
            (park_topic, json.dumps({"ts": base.isoformat(), "AvailableCar": 1, "AvailableMotor": 2}).encode()),
        ])
        marker_stored(worker)
        worker.send_signal(signal.SIGKILL)
        worker.wait(30)
        # Published while the worker is away: queued in its session, new to it.
        _publish_retained(s, "traffic", [
            (park_topic, json.dumps({"ts": (base + timedelta(minutes=1)).isoformat(),
                                     "AvailableCar": 3, "AvailableMotor": 4}).encode()),
        ])
        worker = start_soc(s, log, *run, **env)
        wait_while_running(worker, log, lambda: log.read_text().count("mqtt_subscribed") >= 2, "subscribed again")
        marker_stored(worker)
    finally:
        worker.send_signal(signal.SIGTERM)
        worker.wait(30)
        purge_session(s, cid)
        _publish_retained(s, "traffic", [(status_topic, b""), (bad_topic, b""), (park_topic, b"")])
    assert _count(db_dsn, "SELECT count(*) FROM events WHERE source_id = %s AND feed = 'status'", sig) == 1
    assert _count(db_dsn, "SELECT count(*) FROM quarantine WHERE source_id = %s", sig) == 1
    assert _count(db_dsn, "SELECT count(*) FROM readings WHERE sensor_id = %s", pk) == 4
    park = counters(db_dsn, pk)
    assert (park["received"], park["stored"], park["duplicate"]) == (2, 2, 0)
    sg = counters(db_dsn, sig)
    assert (sg["received"], sg["stored"], sg["quarantined"]) == (2, 1, 1)


def test_an_empty_retained_status_clears_the_last_will_and_is_not_quarantined(
    db_settings: Settings, db_dsn: str, unique_id: str, tmp_path: Path
) -> None:
    """A device (or its gateway) takes back its retained last will with an empty retained
    payload, MQTT's only way to clear a retained message. That is a clear, not bad input:
    counted as received, nothing stored, nothing put in quarantine for an operator. An
    empty payload on a data topic is still no reading (``invalid_json``)."""
    s = db_settings
    pk, fl = f"RC-PK-{unique_id}", f"RC-FL-{unique_id}"
    register(db_dsn, [(pk, "parking"), (fl, "flood")])
    status_topic = f"soc/v1/traffic/parking/{pk}/status"
    data_topic = f"soc/v1/traffic/parking/{pk}"
    log = tmp_path / "ingest.log"
    cid = f"rc-{unique_id}"
    run = ("ingest", "run", "--client-id", cid)
    env = {"SOC_INGEST__DB_THREADS": "1", "SOC_INGEST__SHARED_SUBSCRIPTION_GROUP": ""}
    worker = start_soc(s, log, *run, **env)
    try:
        wait_while_running(worker, log, lambda: "mqtt_subscribed" in log.read_text(), "subscribed")
        _publish_retained(s, "traffic", [
            (status_topic, b'{"state": "offline", "reason": "battery_low"}'),
            (status_topic, b""),
        ])
        pub = publisher(s, "traffic")
        publish_all(pub, [(data_topic, b"")])
        close(pub)
        pub = publisher(s, "disaster")
        ts = datetime.now(UTC).replace(microsecond=0).isoformat()
        publish_all(pub, [(f"soc/v1/disaster/flood/{fl}", json.dumps({"ts": ts, "value": 1}).encode())])
        close(pub)
        # One database thread: the marker stored after the others means they are handled.
        wait_while_running(worker, log, lambda: counters(db_dsn, fl)["stored"] >= 1, "marker stored")
    finally:
        worker.send_signal(signal.SIGTERM)
        worker.wait(30)
        purge_session(s, cid)
    # The status and its clear stored (the clear with no row), the empty reading quarantined.
    c = counters(db_dsn, pk)
    assert (c["received"], c["stored"], c["quarantined"]) == (3, 2, 1)
    assert _count(db_dsn, "SELECT count(*) FROM events WHERE source_id = %s AND feed = 'status'", pk) == 1
    with psycopg.connect(db_dsn) as conn:
        reasons = conn.execute("SELECT reason FROM quarantine WHERE source_id = %s", (pk,)).fetchall()
    assert reasons == [("invalid_json",)]
