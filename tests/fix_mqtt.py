"""Fixtures: connected paho-mqtt 2 clients for the project's accounts on the test broker."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterator

import paho.mqtt.client as mqtt
import pytest
from paho.mqtt.enums import CallbackAPIVersion, MQTTProtocolVersion

from common.services import Layout
from common.settings import Settings

MqttFactory = Callable[..., mqtt.Client]


def connect_client(settings: Settings, account: str, *, client_id: str | None = None,
                   clean_start: bool = True, protocol: MQTTProtocolVersion = MQTTProtocolVersion.MQTTv5,
                   password: str | None = None, timeout: float = 10.0) -> mqtt.Client:
    """A loop-started client logged in as ``account``; raises if the broker refuses it."""
    client = mqtt.Client(CallbackAPIVersion.VERSION2,
                         client_id=client_id or f"test-{account}-{uuid.uuid4().hex[:8]}",
                         protocol=protocol)
    client.username_pw_set(account, settings.mqtt.password_for(account) if password is None else password)
    connected = threading.Event()
    result: dict[str, object] = {}

    def on_connect(c: mqtt.Client, userdata: object, flags: object, reason: object, props: object) -> None:
        result["reason"] = reason
        connected.set()

    client.on_connect = on_connect
    if protocol == MQTTProtocolVersion.MQTTv5:
        client.connect(settings.mqtt.host, settings.mqtt.port, keepalive=30, clean_start=clean_start)
    else:
        client.connect(settings.mqtt.host, settings.mqtt.port, keepalive=30)
    client.loop_start()
    if not connected.wait(timeout):
        client.loop_stop()
        raise TimeoutError(f"no CONNACK for {account}")
    reason = result["reason"]
    if getattr(reason, "is_failure", False):
        client.loop_stop()
        client.disconnect()
        raise ConnectionRefusedError(f"broker refused {account}: {reason}")
    client.on_connect = None
    return client


@pytest.fixture
def mqtt_client(settings: Settings, services: Layout) -> Iterator[MqttFactory]:
    """Factory: ``mqtt_client(account, **kw)`` → connected client; all are closed after the test."""
    made: list[mqtt.Client] = []

    def factory(account: str, **kw: object) -> mqtt.Client:
        client = connect_client(settings, account, **kw)  # type: ignore[arg-type]
        made.append(client)
        return client

    yield factory
    for client in made:
        client.disconnect()
        client.loop_stop()
