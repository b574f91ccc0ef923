"""The fault-test publisher (sim/acked_replay.py) against a real Mosquitto of the project's configuration.

Its ledger is what the chaos test trusts: a message is marked acknowledged only
when the broker sent its PUBACK, a refusal is not an acknowledgement, and the
clients come back by themselves after the broker restarts, resending what had
no PUBACK, so every message ends acknowledged and reaches a persistent subscriber.
"""

from __future__ import annotations

import shutil
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import paho.mqtt.client as mqtt
import pytest
from paho.mqtt.enums import CallbackAPIVersion
from paho.mqtt.packettypes import PacketTypes
from paho.mqtt.properties import Properties

from common import services as svc
from common.settings import Settings
from sim.acked_replay import AckedReplay, replay_acked
from sim.model import SimMessage
from sim.registry import load_registry
from sim.scenarios import get_scenario
from tests.integration.sim.sim_helpers import REGISTRY, Inbox

pytestmark = pytest.mark.integration


def _typhoon(hours: float) -> list[SimMessage]:
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=hours)
    return list(get_scenario("typhoon").generate(load_registry(REGISTRY), start, 5, timedelta(hours=hours)))


def test_every_message_acknowledged_and_delivered_byte_for_byte(broker: Settings, inbox: Inbox) -> None:
    msgs = _typhoon(1)
    assert len(msgs) > 300
    ledger = replay_acked(broker.mqtt, msgs, flush_timeout=60)
    assert ledger.published == len(msgs)
    assert ledger.acked == set(range(len(msgs)))
    assert ledger.refused == {}
    assert ledger.unacknowledged == []
    got = inbox.wait_for(len(msgs))
    assert Counter((t, p) for t, p, _ in got) == Counter((m.topic, m.payload) for m in msgs)


def test_a_refused_publish_is_not_acknowledged(broker: Settings, inbox: Inbox) -> None:
    t = datetime.now(UTC)
    msgs = [
        SimMessage(t, "traffic", "soc/v1/disaster/rain/SN-RG-001", b'{"x": 1}', 1, False, None),  # ACL: not traffic's
        SimMessage(t, "traffic", "soc/v1/traffic/parking/SN-PK-001", b'{"y": 2}', 1, False, None),
    ]
    ledger = replay_acked(broker.mqtt, msgs, flush_timeout=30)
    assert ledger.acked == {1}
    assert ledger.refused == {0: 0x87}  # not authorised
    assert [t for t, _, _ in inbox.wait_for(1)] == ["soc/v1/traffic/parking/SN-PK-001"]


class _PersistentInbox:
    """The ingest account with a persistent session (survives its own and the broker's restarts)."""

    def __init__(self, settings: Settings) -> None:
        self.items: Counter[tuple[str, bytes]] = Counter()
        self._lock = threading.Lock()
        self.client = mqtt.Client(CallbackAPIVersion.VERSION2, client_id=f"acked-test-{uuid.uuid4().hex[:8]}",
                                  protocol=mqtt.MQTTv5)
        self.client.username_pw_set("ingest", settings.mqtt.password_for("ingest"))
        self.client.reconnect_delay_set(1, 2)
        self.client.on_message = self._on_message
        subscribed = threading.Event()
        self.client.on_subscribe = lambda *a: subscribed.set()
        props = Properties(PacketTypes.CONNECT)
        props.SessionExpiryInterval = 3600
        self.client.connect(settings.mqtt.host, settings.mqtt.port, clean_start=False, properties=props)
        self.client.loop_start()
        self.client.subscribe("soc/v1/#", qos=1)
        assert subscribed.wait(10), "no SUBACK"

    def _on_message(self, client: mqtt.Client, userdata: object, msg: mqtt.MQTTMessage) -> None:
        with self._lock:
            self.items[(msg.topic, bytes(msg.payload))] += 1

    def has_all(self, wanted: Counter[tuple[str, bytes]]) -> bool:
        with self._lock:
            return all(self.items[k] >= 1 for k in wanted)

    def close(self) -> None:
        self.client.disconnect()
        self.client.loop_stop()


@pytest.fixture
def restartable(settings: Settings) -> Iterator[tuple[svc.Layout, Settings]]:
    base = svc.Layout.from_settings(settings)
    layout = replace(base, instance=f"sim-{uuid.uuid4().hex[:8]}", mqtt_port=svc.free_port(), pg_port=svc.free_port())
    svc.mqtt_up(layout)
    try:
        yield layout, settings.model_copy(update={"mqtt": settings.mqtt.model_copy(update={"port": layout.mqtt_port})})
    finally:
        svc.mqtt_down(layout)
        shutil.rmtree(layout.instance_dir, ignore_errors=True)


def test_publisher_survives_a_broker_restart_and_resends_what_had_no_puback(
    restartable: tuple[svc.Layout, Settings],
) -> None:
    layout, broker = restartable
    msgs = _typhoon(2)
    sub = _PersistentInbox(broker)
    try:
        with AckedReplay(broker.mqtt, msgs) as replay:
            # 2 simulated hours in about 8 s; the broker is down from about 2 s to 5 s.
            runner = threading.Thread(target=replay.run, kwargs={"speed": 900.0})
            runner.start()
            time.sleep(2.0)
            assert 0 < replay.ledger.published < len(msgs)
            svc.mqtt_down(layout)
            time.sleep(3.0)
            svc.mqtt_up(layout)
            runner.join(120)
            assert not runner.is_alive()
            assert replay.flush(60), f"unacknowledged: {len(replay.ledger.unacknowledged)}"
            ledger = replay.ledger
        assert ledger.published == len(msgs)
        assert ledger.acked == set(range(len(msgs)))
        assert ledger.connects > 4  # every account's client connected again after the restart
        wanted = Counter((m.topic, m.payload) for m in msgs)
        deadline = time.monotonic() + 60
        while not sub.has_all(wanted):
            assert time.monotonic() < deadline, "acknowledged messages never reached the persistent subscriber"
            time.sleep(0.5)
    finally:
        sub.close()
