"""Helpers shared by the ingest integration tests: sensors, payloads, counter checks."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg

from common.settings import Settings
from ingest.consumer import Consumer
from ingest.errors import QuarantineReason as R

SQL_SENSOR = """
INSERT INTO sensors (sensor_id, agency, kind, name, geom, expected_interval)
VALUES (%s, %s, %s, %s, ST_SetSRID(ST_MakePoint(%s, %s), 4326), interval '10 minutes')
ON CONFLICT (sensor_id) DO NOTHING
"""

#: The reasons the every-reason tests quarantine one message each for (the wire's own
#: faults; the registry's and the database's need other setups), sorted.
EVERY_PAYLOAD_REASON = sorted([
    R.INVALID_UTF8, R.INVALID_JSON, R.SCHEMA, R.NAIVE_TIMESTAMP, R.FUTURE_TIMESTAMP, R.OUT_OF_RANGE,
    R.OVERSIZE, R.UNREGISTERED_SOURCE, R.UNKNOWN_FEED,
])

AGENCY = {
    "rain": "disaster",
    "water_level": "disaster",
    "flood": "disaster",
    "fire_alarm": "disaster",
    "vd": "traffic",
    "parking": "traffic",
    "signal": "traffic",
    "cctv": "police",
}


def register(conninfo: str, sensors: Iterable[tuple[str, str]]) -> None:
    """Insert (sensor_id, kind) rows into the registry at a point in 水湳 (DOMAIN.md §1)."""
    with psycopg.connect(conninfo, autocommit=True) as conn, conn.cursor() as cur:
        cur.executemany(
            SQL_SENSOR,
            [(sid, AGENCY[kind], kind, sid, 120.6564, 24.1819) for sid, kind in sensors],
        )


def obs_time(i: int, base: datetime | None = None) -> str:
    """A distinct, recent observation time for message ``i`` (ISO 8601 with offset)."""
    base = base or datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1)
    return (base + timedelta(milliseconds=i)).isoformat()


def flood_payload(i: int, base: datetime) -> bytes:
    """A single-reading flood message; value depends on i so rows are checkable."""
    return json.dumps({"ts": obs_time(i, base), "value": i % 100}).encode()


def counters(db: str | psycopg.Connection[Any], source_prefix: str = "") -> dict[str, int]:
    """Sum of the counters over sources starting with ``source_prefix``, read through a new
    connection to the conninfo ``db`` or through the open connection ``db`` (autocommit, for
    a test that reads them many times)."""
    if isinstance(db, str):
        # Polled while the ingest worker floods the database: a new backend can take longer
        # than the settings' 5 s connect timeout on a loaded host (a bound for a hang here).
        with psycopg.connect(db, connect_timeout=60) as conn:
            return counters(conn, source_prefix)
    row = db.execute(
        """SELECT coalesce(sum(received),0), coalesce(sum(stored),0),
                  coalesce(sum(duplicate),0), coalesce(sum(quarantined),0),
                  coalesce(sum(late),0), coalesce(sum(rows_stored),0)
           FROM ingest_counters WHERE source_id LIKE %s""",
        (source_prefix + "%",),
    ).fetchone()
    assert row is not None
    keys = ("received", "stored", "duplicate", "quarantined", "late", "rows_stored")
    return dict(zip(keys, (int(v) for v in row), strict=True))


def assert_balanced(c: dict[str, int]) -> None:
    """received = stored + duplicate + quarantined, exactly."""
    assert c["received"] == c["stored"] + c["duplicate"] + c["quarantined"], c


def wait_until(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    """Poll ``predicate`` until true (readiness wait, not a timing assertion)."""
    deadline = time.monotonic() + timeout
    delay = 0.05
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        time.sleep(delay)
        delay = min(delay * 1.5, 1.0)


def purge_session(settings: object, client_id: str) -> None:
    """Delete a persistent MQTT session (clean start, expiry 0) so the broker stops queuing for it."""
    import paho.mqtt.client as mqtt
    from paho.mqtt.enums import CallbackAPIVersion
    from paho.mqtt.packettypes import PacketTypes
    from paho.mqtt.properties import Properties

    from common.settings import Settings

    assert isinstance(settings, Settings)
    client = mqtt.Client(CallbackAPIVersion.VERSION2, client_id=client_id, protocol=mqtt.MQTTv5)
    client.username_pw_set("ingest", settings.mqtt.password_for("ingest"))
    props = Properties(PacketTypes.CONNECT)  # type: ignore[no-untyped-call]
    props.SessionExpiryInterval = 0
    try:
        client.connect(settings.mqtt.host, settings.mqtt.port, clean_start=True, properties=props)
        client.loop(timeout=1.0)
        client.disconnect()
    except OSError:
        pass  # broker already gone: nothing queues for the session


def publisher(settings: object, account: str, client_id: str | None = None) -> object:
    """A loop-started QoS 1 publisher with a large in-flight window (for streams)."""
    import uuid

    import paho.mqtt.client as mqtt
    from paho.mqtt.enums import CallbackAPIVersion

    from common.settings import Settings

    assert isinstance(settings, Settings)
    client = mqtt.Client(
        CallbackAPIVersion.VERSION2,
        client_id=client_id or f"pub-{uuid.uuid4().hex[:8]}",
        protocol=mqtt.MQTTv5,
    )
    client.username_pw_set(account, settings.mqtt.password_for(account))
    client.max_inflight_messages_set(1000)
    client.max_queued_messages_set(0)
    client.connect(settings.mqtt.host, settings.mqtt.port, keepalive=30)
    client.loop_start()
    return client


def publish_all(client: object, items: list[tuple[str, bytes]], timeout: float = 60) -> None:
    """Publish at QoS 1 and wait until the broker has accepted (PUBACKed) every message."""
    import paho.mqtt.client as mqtt

    assert isinstance(client, mqtt.Client)
    infos = [client.publish(t, p, qos=1) for t, p in items]
    for info in infos:
        info.wait_for_publish(timeout)
        assert info.is_published()


def close(client: object) -> None:
    """Disconnect a publisher made by :func:`publisher`."""
    import paho.mqtt.client as mqtt

    assert isinstance(client, mqtt.Client)
    client.disconnect()
    client.loop_stop()


def publish_floods(settings: Settings, sensor_id: str, n: int, base: datetime) -> None:
    """Publish ``n`` flood readings of ``sensor_id`` (:func:`flood_payload`) as the disaster
    account and wait until the broker has accepted every one."""
    pub = publisher(settings, "disaster")
    try:
        publish_all(pub, [(f"soc/v1/disaster/flood/{sensor_id}", flood_payload(i, base)) for i in range(n)])
    finally:
        close(pub)


def leave_session(settings: Settings, client_id: str) -> None:
    """Subscribe an ingest worker as ``client_id`` once and stop it, so the broker keeps its
    persistent session and queues what is published for it until a worker comes back."""
    first = Consumer(settings, client_id=client_id, group="")
    thread = threading.Thread(target=first.run, daemon=True)
    thread.start()
    assert first.subscribed.wait(30)
    first.stop()
    thread.join(30)


@contextmanager
def running_worker(settings: Settings, client_id: str,
                   group: str = "") -> Iterator[tuple[Consumer, threading.Thread]]:
    """An ingest worker (``Consumer``) running in its own thread until the block ends:
    subscribed before the block starts, stopped and its broker session purged after it."""
    consumer = Consumer(settings, client_id=client_id, group=group)
    thread = threading.Thread(target=consumer.run, name=f"ingest-{client_id}", daemon=True)
    thread.start()
    assert consumer.subscribed.wait(30), "worker did not subscribe"
    try:
        yield consumer, thread
    finally:
        consumer.stop()
        thread.join(30)
        purge_session(settings, consumer.client_id)
