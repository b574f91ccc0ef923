"""End to end through the shared test Mosquitto: every reason, duplicates, two workers."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import psycopg
import pytest

from common.settings import Settings
from ingest.consumer import Consumer
from tests.fix_mqtt import MqttFactory
from tests.integration.ingest.ingest_helpers import (
    EVERY_PAYLOAD_REASON,
    assert_balanced,
    counters,
    flood_payload,
    publish_all,
    purge_session,
    register,
    wait_until,
)

pytestmark = pytest.mark.integration

WorkerFactory = Callable[[str], Consumer]


@pytest.fixture
def workers(db_settings: Settings, unique_id: str) -> Iterator[WorkerFactory]:
    """Factory: start an in-process ingest worker (own thread) in this test's share group."""
    started: list[tuple[Consumer, threading.Thread]] = []

    def start(name: str) -> Consumer:
        c = Consumer(db_settings, client_id=f"t-{unique_id}-{name}", group=f"g{unique_id}")
        th = threading.Thread(target=c.run, name=f"ingest-{name}", daemon=True)
        th.start()
        assert c.subscribed.wait(20), "worker did not subscribe"
        started.append((c, th))
        return c

    yield start
    for c, th in started:
        c.stop()
        th.join(30)
        purge_session(db_settings, c.client_id)


def test_every_reason_over_mqtt(workers: WorkerFactory, mqtt_client: MqttFactory, db_dsn: str, unique_id: str) -> None:
    sid = f"RN-{unique_id}"
    register(db_dsn, [(sid, "rain"), (f"VD-{unique_id}", "vd")])
    workers("a")
    now = datetime.now(UTC)
    ts = (now - timedelta(minutes=10)).isoformat()
    rain = {"ts": ts, "values": {"MIN_10": 4.5, "RAIN": 22.0, "HOUR_24": 95.5}}
    vd = {
        "VDID": f"VD-{unique_id}",
        "LinkFlows": [
            {"Lanes": [{"LaneID": 0, "Speed": 42, "Occupancy": 18, "Vehicles": [{"VehicleType": "S", "Volume": 21}]}]}
        ],
        "DataCollectTime": ts,
    }
    t_rain = f"soc/v1/disaster/rain/{sid}"
    disaster = [
        (t_rain, json.dumps(rain).encode()),
        (t_rain, json.dumps(rain).encode()),  # the sensor repeats itself: duplicate
        (t_rain, b"\xc3\x28"),
        (t_rain, b"{not json"),
        (t_rain, json.dumps({"ts": ts, "values": {"RAIN": "22"}}).encode()),
        (t_rain, json.dumps({"ts": "2016-06-02T07:10:00", "values": {"RAIN": 1}}).encode()),
        (t_rain, json.dumps({"ts": (now + timedelta(hours=2)).isoformat(), "values": {"RAIN": 1}}).encode()),
        (t_rain, json.dumps({"ts": ts, "values": {"RAIN": -5}}).encode()),
        (t_rain, b"[" + b"0," * 200_000 + b"0]"),
        (f"soc/v1/disaster/rain/X-{unique_id}", json.dumps(rain).encode()),
        (f"soc/v1/disaster/snow/{sid}", json.dumps(rain).encode()),
    ]
    traffic = [
        (f"soc/v1/traffic/vd/VD-{unique_id}", json.dumps(vd).encode()),
        (f"soc/v1/traffic/vd/VD-{unique_id}/status", json.dumps({"state": "online"}).encode()),
    ]
    publish_all(mqtt_client("disaster"), disaster)
    publish_all(mqtt_client("traffic"), traffic)
    total = len(disaster) + len(traffic)
    wait_until(lambda: counters(db_dsn)["received"] >= total, 30, "all messages counted")
    c = counters(db_dsn)
    assert_balanced(c)
    assert (c["received"], c["stored"], c["duplicate"], c["quarantined"]) == (total, 3, 1, 9)
    with psycopg.connect(db_dsn) as conn:
        reasons = sorted(r for (r,) in conn.execute("SELECT reason FROM quarantine").fetchall())
        metrics = conn.execute(
            "SELECT metric, value FROM readings WHERE sensor_id = %s ORDER BY metric", (sid,)
        ).fetchall()
        vd_metrics = {m for (m,) in conn.execute("SELECT metric FROM readings WHERE sensor_id LIKE 'VD-%'")}
        status = conn.execute("SELECT category FROM events WHERE feed = 'status'").fetchall()
    assert reasons == EVERY_PAYLOAD_REASON
    assert metrics == [("rain_10m", 4.5), ("rain_1h", 22.0), ("rain_24h", 95.5)]
    assert vd_metrics == {
        "lane0.speed_kmh",
        "lane0.occupancy_pct",
        "lane0.volume_veh",
        "speed_kmh",
        "occupancy_pct",
        "volume_veh",
    }
    assert status == [("online",)]


def test_two_workers_share_the_stream_and_redelivery_is_a_duplicate(
    workers: WorkerFactory, mqtt_client: MqttFactory, db_dsn: str, unique_id: str
) -> None:
    sid = f"FS-{unique_id}"
    register(db_dsn, [(sid, "flood")])
    a, b = workers("a"), workers("b")
    base = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1)
    n = 3000
    items = [(f"soc/v1/disaster/flood/{sid}", flood_payload(i, base)) for i in range(n)]
    pub = mqtt_client("disaster")
    publish_all(pub, items)
    publish_all(pub, items[:500])  # the same messages again: duplicates, not new rows
    wait_until(lambda: counters(db_dsn, sid)["received"] >= n + 500, 60, "all messages counted")
    c = counters(db_dsn, sid)
    assert_balanced(c)
    assert (c["received"], c["stored"], c["duplicate"], c["quarantined"]) == (n + 500, n, 500, 0)
    assert a.totals.received > 0
    assert b.totals.received > 0
    assert a.totals.received + b.totals.received == n + 500
    with psycopg.connect(db_dsn) as conn:
        row = conn.execute(
            "SELECT count(*), count(DISTINCT time) FROM readings WHERE sensor_id = %s", (sid,)
        ).fetchone()
    assert row == (n, n)
