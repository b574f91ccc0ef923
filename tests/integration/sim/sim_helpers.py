"""Helpers of the simulator's integration tests: the fixture registry and an ingest-account inbox."""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, datetime
from pathlib import Path

import paho.mqtt.client as mqtt
from paho.mqtt.enums import CallbackAPIVersion

from common.settings import Settings

REGISTRY = Path(__file__).parents[2] / "unit" / "sim" / "data" / "sensors.geojson"


def _connect_ingest(settings: Settings) -> mqtt.Client:
    client = mqtt.Client(
        CallbackAPIVersion.VERSION2, client_id=f"sim-test-{uuid.uuid4().hex[:8]}", protocol=mqtt.MQTTv5
    )
    client.username_pw_set("ingest", settings.mqtt.password_for("ingest"))
    connected = threading.Event()
    client.on_connect = lambda *a: connected.set()
    client.connect(settings.mqtt.host, settings.mqtt.port)
    client.loop_start()
    assert connected.wait(10), "no CONNACK for ingest"
    return client


class Inbox:
    """Everything the ingest account receives on ``soc/v1/#``."""

    def __init__(self, settings: Settings) -> None:
        self.items: list[tuple[str, bytes, datetime]] = []
        self._cond = threading.Condition()
        self.client = _connect_ingest(settings)
        self.client.on_message = self._on_message
        subscribed = threading.Event()
        self.client.on_subscribe = lambda *a: subscribed.set()
        self.client.subscribe("soc/v1/#", qos=1)
        assert subscribed.wait(10), "no SUBACK"

    def _on_message(self, client: mqtt.Client, userdata: object, msg: mqtt.MQTTMessage) -> None:
        with self._cond:
            self.items.append((msg.topic, bytes(msg.payload), datetime.now(UTC)))
            self._cond.notify_all()

    def wait_for(self, n: int, timeout: float = 60) -> list[tuple[str, bytes, datetime]]:
        """Block until ``n`` messages arrived (or the timeout passes); returns them."""
        with self._cond:
            self._cond.wait_for(lambda: len(self.items) >= n, timeout)
            return list(self.items)

    def wait_topic(self, topic: str, timeout: float = 60) -> list[tuple[str, bytes, datetime]]:
        """Block until a message on ``topic`` arrived; returns everything received so far."""
        with self._cond:
            self._cond.wait_for(lambda: any(t == topic for t, _, _ in self.items), timeout)
            return list(self.items)

    def close(self) -> None:
        self.client.disconnect()
        self.client.loop_stop()
