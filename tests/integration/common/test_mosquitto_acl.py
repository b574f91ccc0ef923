"""The project's Mosquitto: accounts, passwords and per-agency ACLs, over real connections."""

from __future__ import annotations

import queue
import threading

import paho.mqtt.client as mqtt
import pytest

from common.settings import Settings
from tests.fix_mqtt import MqttFactory, connect_client

pytestmark = pytest.mark.integration


def _publish_rc(client: mqtt.Client, topic: str) -> int:
    """Publish at QoS 1 and return the PUBACK reason code (MQTT 5: 0x87 = not authorized)."""
    done = threading.Event()
    codes: list[int] = []

    def on_publish(c: mqtt.Client, userdata: object, mid: int, reason: object, props: object) -> None:
        codes.append(int(getattr(reason, "value", 0)))
        done.set()

    client.on_publish = on_publish
    client.publish(topic, b'{"ts": 0, "value": 1}', qos=1)
    assert done.wait(10), "no PUBACK"
    return codes[0]


def _subscribe(factory: MqttFactory, account: str, topic: str) -> queue.Queue[bytes]:
    got: queue.Queue[bytes] = queue.Queue()
    client = factory(account)
    ready = threading.Event()
    client.on_message = lambda c, u, m: got.put(m.topic.encode())
    client.on_subscribe = lambda c, u, mid, rc, p: ready.set()
    client.subscribe(topic, qos=1)
    assert ready.wait(10)
    return got


def test_agency_publishes_under_its_own_subtree(mqtt_client: MqttFactory, unique_id: str) -> None:
    got = _subscribe(mqtt_client, "ingest", f"soc/v1/+/flood/{unique_id}")
    disaster = mqtt_client("disaster")
    assert _publish_rc(disaster, f"soc/v1/disaster/flood/{unique_id}") < 0x80
    assert got.get(timeout=10) == f"soc/v1/disaster/flood/{unique_id}".encode()


def test_agency_refused_on_another_agency_subtree(mqtt_client: MqttFactory, unique_id: str) -> None:
    got = _subscribe(mqtt_client, "ingest", f"soc/v1/+/flood/{unique_id}")
    traffic = mqtt_client("traffic")
    assert _publish_rc(traffic, f"soc/v1/disaster/flood/{unique_id}") == 0x87
    with pytest.raises(queue.Empty):
        got.get(timeout=1.0)


def test_dispatch_agency_confined_to_its_own_dispatch_tree(mqtt_client: MqttFactory, unique_id: str) -> None:
    fire = mqtt_client("agency-fire")
    assert _publish_rc(fire, f"soc/v1/dispatch/fire/ack/{unique_id}") < 0x80  # 0x10: no subscribers
    assert _publish_rc(fire, f"soc/v1/dispatch/police/ack/{unique_id}") == 0x87
    assert _publish_rc(fire, f"soc/v1/disaster/flood/{unique_id}") == 0x87


def test_ingest_account_cannot_publish_feeds(mqtt_client: MqttFactory, unique_id: str) -> None:
    ingest = mqtt_client("ingest")
    assert _publish_rc(ingest, f"soc/v1/disaster/flood/{unique_id}") == 0x87


@pytest.mark.usefixtures("services")
def test_wrong_password_refused(settings: Settings) -> None:
    with pytest.raises(ConnectionRefusedError):
        connect_client(settings, "disaster", password="wrong-password")


@pytest.mark.usefixtures("services")
def test_anonymous_refused(settings: Settings) -> None:
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, protocol=mqtt.MQTTv5)
    result: list[object] = []
    done = threading.Event()
    client.on_connect = lambda c, u, f, rc, p: (result.append(rc), done.set())
    client.connect(settings.mqtt.host, settings.mqtt.port)
    client.loop_start()
    try:
        assert done.wait(10)
        assert getattr(result[0], "is_failure", False)
    finally:
        client.loop_stop()
