"""A car park's state, a 119 case's status, an offline device's reason and registered gateway,
and a permit's declared area, end to end: published to the real Mosquitto, stored by a real
ingest worker in the real database, and read back by the ops center as its items
(docs/mqtt.md: parking ``state``, 119 ``status``, status ``reason``, planned event ``area``;
docs/geo.md: ``metadata.gateway``)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import psycopg
import pytest

from common.settings import Settings
from common.vocabulary import CaseStatus, StatusReason
from ops_center import repo
from ops_center.incidents import Item
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


def _published(
    db_settings: Settings, mqtt_client: MqttFactory, db_dsn: str, u: str,
    by_account: dict[str, list[tuple[str, dict[str, object]]]],
) -> tuple[dict[str, int], list[Item]]:
    """Publish each account's messages through a running worker; what the counters (balanced)
    counted of them and the ops center's items of the events stored with ``u`` in their source id."""
    total = sum(len(msgs) for msgs in by_account.values())
    before = counters(db_dsn)
    with running_worker(db_settings, f"t-{u}-parking"):
        for account, msgs in by_account.items():
            publish_all(mqtt_client(account), [(t, json.dumps(d).encode()) for t, d in msgs])
        wait_until(lambda: counters(db_dsn)["received"] - before["received"] >= total, 30, "all messages counted")
    after = counters(db_dsn)
    assert_balanced(after)
    c = {k: after[k] - before.get(k, 0) for k in after}
    now = datetime.now(UTC)
    with psycopg.connect(db_dsn) as conn:
        events, _ = repo.rows_between(conn, now - timedelta(days=2), now - timedelta(days=2), now + timedelta(days=1))
    return c, [i for i in map(event_item, events) if i is not None and u in i.source_id]


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
    c, items = _published(db_settings, mqtt_client, db_dsn, u, {"traffic": traffic, "fire": fire})
    assert (c["received"], c["stored"], c["quarantined"]) == (total, 6, 3)
    with psycopg.connect(db_dsn) as conn:
        quarantined = sorted(conn.execute("SELECT reason, source_id FROM quarantine").fetchall())
        readings = conn.execute("SELECT value FROM readings WHERE sensor_id = %s ORDER BY time", (pk,)).fetchall()
    assert quarantined == [("schema", f"F-{u}"), ("schema", pk), ("schema", vd)]
    assert readings == [(0.0,), (300.0,), (12.0,)]
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


def test_a_permit_s_area_and_a_device_s_gateway_reach_the_ops_center(
    db_settings: Settings, mqtt_client: MqttFactory, db_dsn: str, unique_id: str
) -> None:
    u = unique_id
    gw_vd, lone_vd = f"VD-{u}", f"VE-{u}"
    register(db_dsn, [(gw_vd, "vd"), (lone_vd, "vd")])
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        conn.execute("UPDATE sensors SET metadata = metadata || %s::jsonb WHERE sensor_id = %s",
                     (json.dumps({"gateway": f"GW-{u}"}), gw_vd))
    now = datetime.now(UTC).replace(microsecond=0)
    start, end = now + timedelta(hours=1), now + timedelta(hours=4)
    point = {"type": "Point", "coordinates": [120.6535, 24.1985]}
    square = {"type": "Polygon", "coordinates": [[[120.650, 24.184], [120.654, 24.184], [120.654, 24.188],
                                                  [120.650, 24.188], [120.650, 24.184]]]}
    permit = {"ts": now.isoformat(), "start": start.isoformat(), "end": end.isoformat()}
    police = [
        (f"soc/v1/police/planned_event/P-{u}", {**permit, "category": "march", "area": square}),
        (f"soc/v1/police/planned_event/Q-{u}", {**permit, "category": "concert", "area": {**point, "radius_m": 400}}),
    ]
    traffic = [
        (f"soc/v1/traffic/vd/{gw_vd}/status", {"ts": now.isoformat(), "state": "offline", "reason": "comms_lost"}),
        (f"soc/v1/traffic/vd/{lone_vd}/status", {"ts": now.isoformat(), "state": "offline"}),
    ]
    total = len(police) + len(traffic)
    c, got = _published(db_settings, mqtt_client, db_dsn, u, {"police": police, "traffic": traffic})
    assert (c["received"], c["stored"], c["quarantined"]) == (total, total, 0)
    items = {i.source_id: i for i in got}
    assert items[f"Q-{u}"].area_m == pytest.approx(400.0)
    # the square's farthest corner from its centroid: 203 m east-west and 221 m north-south
    assert items[f"P-{u}"].area_m == pytest.approx(300.0, abs=5.0)
    assert (items[gw_vd].gateway, items[lone_vd].gateway) == (f"GW-{u}", "")
    assert (items[gw_vd].area_m, items[f"Q-{u}"].gateway) == (None, "")
