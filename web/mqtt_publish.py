"""Publish one MQTT message as one of the project's accounts (for agency reports from the API).

The ops center takes agency reports only from ``soc/v1/dispatch/{agency}/...``,
where the broker's ACL guarantees that the sender *is* that agency. An agency
member acting through the web API therefore publishes with its agency's own
account (password derived from ``settings.mqtt``), exactly as the agency's own
systems would; the running ops service applies it.
"""

from __future__ import annotations

import threading
import uuid

import paho.mqtt.client as mqtt
from paho.mqtt.enums import CallbackAPIVersion

from common.errors import ServiceError
from common.settings import Settings


def publish_as(
    settings: Settings, account: str, topic: str, payload: bytes, *, timeout_s: float = 5.0
) -> None:
    """Connect as ``account``, publish at QoS 1, wait for the PUBACK, disconnect.

    Raises :class:`ServiceError` if the broker refuses or does not answer in time
    (the web layer answers 503: the report was not delivered and may be retried).
    """
    client = mqtt.Client(CallbackAPIVersion.VERSION2, client_id=f"web-{uuid.uuid4().hex[:12]}",
                         protocol=mqtt.MQTTv5)
    client.username_pw_set(account, settings.mqtt.password_for(account))
    connected = threading.Event()
    failure: list[str] = []

    def on_connect(c: mqtt.Client, _u: object, _f: object, reason: object, _p: object) -> None:
        if getattr(reason, "is_failure", False):
            failure.append(str(reason))
        connected.set()

    client.on_connect = on_connect
    try:
        client.connect(settings.mqtt.host, settings.mqtt.port, keepalive=30)
    except OSError as exc:
        raise ServiceError(f"MQTT broker unreachable: {exc}", service="mosquitto") from exc
    client.loop_start()
    try:
        if not connected.wait(timeout_s) or failure:
            raise ServiceError(f"MQTT connect as {account} failed: {failure or 'timeout'}",
                               service="mosquitto")
        info = client.publish(topic, payload, qos=1)
        info.wait_for_publish(timeout_s)
        if not info.is_published():
            raise ServiceError(f"no PUBACK for {topic}", service="mosquitto")
    finally:
        client.disconnect()
        client.loop_stop()
