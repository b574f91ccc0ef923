"""An agency writes only as itself in its own dispatch tree, and nothing retained.

Replays the probe against the real Mosquitto and a running ``soc ops run``:
``agency-water`` published a retained fake assignment in its own tree, and an
agency's status said ``by: coordinator``, audited as ``agency-water:coordinator``,
the same string a real coordinator's report produces.
"""

from __future__ import annotations

import contextlib
import json
import queue
import uuid

import paho.mqtt.client as mqtt
import psycopg

from common.db import connect
from common.settings import Settings
from tests.fix_mqtt import MqttFactory
from tests.integration.ops_center.test_ops_commands import (
    assignments,
    open_fire_incident,
    running_ops,
    wait_for,
)


def _retained(mqtt_client: MqttFactory, account: str, topic: str, wait_s: float = 3.0) -> list[bytes]:
    """What the broker replays, retained, to a new subscriber of ``topic``."""
    inbox: queue.Queue[bytes] = queue.Queue()
    client = mqtt_client(account)

    def on_message(_c: mqtt.Client, _u: object, m: mqtt.MQTTMessage) -> None:
        if m.retain and m.payload:
            inbox.put(bytes(m.payload))

    client.on_message = on_message
    client.subscribe(topic, qos=1)
    got: list[bytes] = []
    with contextlib.suppress(queue.Empty):
        got.append(inbox.get(timeout=wait_s))
    client.unsubscribe(topic)
    return got


def test_an_agency_cannot_write_an_assignment_even_in_its_own_tree(
    mqtt_client: MqttFactory, services: object
) -> None:
    topic = f"soc/v1/dispatch/water/assignment/inc-fake-{uuid.uuid4().hex[:8]}"
    fake = json.dumps({"type": "flood", "state": "assigned", "note": "go to the wrong place"})
    water = mqtt_client("agency-water")
    water.publish(topic, fake, qos=1, retain=True).wait_for_publish(5)
    try:
        assert _retained(mqtt_client, "center", topic) == [], "the broker kept the fake assignment"
        assert _retained(mqtt_client, "agency-water", topic) == []
    finally:
        mqtt_client("center").publish(topic, b"", qos=1, retain=True).wait_for_publish(5)


def test_the_actor_is_the_account_never_the_body(
    db_settings: Settings, mqtt_client: MqttFactory, unique_id: str
) -> None:
    with running_ops(db_settings), connect(db_settings, autocommit=True) as conn:
        incident = open_fire_incident(conn, f"fa-sec-{unique_id}", 120.6528, 24.1972)
        fire = mqtt_client("agency-fire")
        status = f"soc/v1/dispatch/fire/status/{incident}"
        fire.publish(status, json.dumps({"state": "acknowledged", "by": "coordinator"}),
                     qos=1).wait_for_publish(5)
        wait_for(lambda: assignments(conn, incident).get("fire") == "acknowledged", "the ack")
        rows = conn.execute(
            "SELECT actor, detail ->> 'by' FROM audit_log WHERE subject_id = %s"
            " AND action = 'assignment.acknowledged'", (incident,)).fetchall()
        assert rows == [("agency-fire", "coordinator")], rows
        assert not conn.execute(
            "SELECT 1 FROM audit_log WHERE actor LIKE '%%coordinator%%' AND subject_id = %s",
            (incident,)).fetchone()


def test_a_retained_status_is_refused_audited_and_cleared(
    db_settings: Settings, mqtt_client: MqttFactory, unique_id: str
) -> None:
    """A retained status would be applied again whenever the center subscribes."""
    with running_ops(db_settings), connect(db_settings, autocommit=True) as conn:
        incident = open_fire_incident(conn, f"fa-ret-{unique_id}", 120.6420, 24.1620)
        fire = mqtt_client("agency-fire")
        status = f"soc/v1/dispatch/fire/status/{incident}"
        fire.publish(status, json.dumps({"state": "acknowledged"}), qos=1,
                     retain=True).wait_for_publish(5)

        def refused() -> bool:
            return conn.execute(
                "SELECT 1 FROM audit_log WHERE subject_id = %s AND action = 'dispatch.rejected'"
                " AND reason = 'retained'", (status,)).fetchone() is not None

        wait_for(refused, "the retained status to be refused")
        assert assignments(conn, incident)["fire"] == "assigned"
        wait_for(lambda: _retained(mqtt_client, "center", status, 1.0) == [],
                 "the retained status to be cleared")
        with psycopg.connect(db_settings.db.conninfo()) as check:
            moves = check.execute(
                "SELECT count(*) FROM ops_assignment_transitions WHERE incident_id = %s"
                " AND agency = 'fire' AND channel = 'mqtt'", (incident,)).fetchone()
        assert moves == (0,)
