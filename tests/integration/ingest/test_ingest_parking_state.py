"""A car park's state, a 119 case's status and an offline device's reason, end to end:
published to the real Mosquitto, stored by a real ingest worker in the real database, and
read back by the ops center as its items (docs/mqtt.md: parking ``state``, 119 ``status``,
status ``reason``)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import psycopg
import pytest

from common.settings import Settings
from common.vocabulary import CaseStatus, StatusReason
from ops_center import repo
from ops_center.rows import event_item
from tests.fix_mqtt import MqttFactory
from tests.integration.ingest.ingest_helpers import (
    assert_balanced,
    counters,
    publish_all,
    register,
    running_worker,
    wait_until,
)

pytestmark = pytest.mark.integration


def test_states_statuses_and_reasons_reach_the_ops_center(
    db_settings: Settings, mqtt_client: MqttFactory, db_dsn: str, unique_id: str
) -> None:
    u = unique_id
    pk, vd = f"PK-{u}", f"VD-{u}"
    register(db_dsn, [(pk, "parking"), (vd, "vd")])  # before the worker starts: it reads the registry then
    now = datetime.now(UTC).replace(microsecond=0)
    ts = [(now - timedelta(minutes=m)).isoformat() for m in (10, 9, 8, 7)]
    point = {"type": "Point", "coordinates": [120.6535, 24.1985]}
    t_pk = f"soc/v1/traffic/parking/{pk}"
    traffic = [
        (t_pk, {"ts": ts[0], "AvailableCar": 0, "TotalCar": 300, "state": "closed"}),
        (t_pk, {"ts": ts[1], "AvailableCar": 300, "TotalCar": 300, "state": "empty"}),
        (t_pk, {"ts": ts[2], "AvailableCar": 12, "TotalCar": 300}),  # counts alone: readings only
        (t_pk, {"ts": ts[3], "AvailableCar": 0, "state": "shut"}),  # no state of the contract
        (f"soc/v1/traffic/vd/{vd}/status", {"ts": ts[0], "state": "offline", "reason": "mains_power_lost"}),
        (f"soc/v1/traffic/vd/{vd}/status", {"ts": ts[1], "state": "offline", "reason": "unplugged"}),
    ]
    fire = [
        (f"soc/v1/fire/119/F-{u}", {"ts": ts[0], "category": "rescue", "location": point}),
        (f"soc/v1/fire/119/F-{u}", {"ts": ts[2], "category": "rescue", "location": point, "status": "on_scene"}),
        (f"soc/v1/fire/119/F-{u}", {"ts": ts[3], "category": "rescue", "location": point, "status": "gone"}),
    ]
    total = len(traffic) + len(fire)
    with running_worker(db_settings, f"t-{u}-parking"):
        publish_all(mqtt_client("traffic"), [(t, json.dumps(d).encode()) for t, d in traffic])
        publish_all(mqtt_client("fire"), [(t, json.dumps(d).encode()) for t, d in fire])
        wait_until(lambda: counters(db_dsn)["received"] >= total, 30, "all messages counted")
    c = counters(db_dsn)
    assert_balanced(c)
    assert (c["received"], c["stored"], c["quarantined"]) == (total, 6, 3)
    with psycopg.connect(db_dsn) as conn:
        quarantined = sorted(conn.execute("SELECT reason, source_id FROM quarantine").fetchall())
        readings = conn.execute("SELECT value FROM readings WHERE sensor_id = %s ORDER BY time", (pk,)).fetchall()
        events, _ = repo.rows_between(conn, now - timedelta(days=1), now - timedelta(days=1), now + timedelta(days=1))
    assert quarantined == [("schema", f"F-{u}"), ("schema", pk), ("schema", vd)]
    assert readings == [(0.0,), (300.0,), (12.0,)]
    items = [i for i in map(event_item, events) if i is not None and u in i.source_id]
    got = sorted((i.feed, i.source_id, i.category, i.reason, i.status) for i in items)
    assert got == sorted([
        ("parking", pk, "closed", None, None),
        ("parking", pk, "empty", None, None),
        ("status", vd, "offline", StatusReason.MAINS_POWER_LOST, None),
        ("119", f"F-{u}", "rescue", None, CaseStatus.DISPATCHED),
        ("119", f"F-{u}", "rescue", None, CaseStatus.ON_SCENE),
    ])
    placed = {i.category: (i.x, i.y) for i in items if i.feed == "parking"}
    assert placed["closed"] == placed["empty"]  # the car park's registered place
