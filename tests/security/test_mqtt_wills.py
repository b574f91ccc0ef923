"""A will message is published under its sender's write ACL, as any other message.

An account sets a will when it connects; the broker publishes it when the connection
drops without a DISCONNECT. docs/mqtt.md ("Accounts and ACLs"): what an account may
not publish, it may not leave as a will either. Each case drops the connection of a
client whose will names a topic, and the readers of that topic (the center for the
dispatch tree, ingest for the feeds) are watched; a will on a topic its sender may
write is delivered, so the drop does fire wills.
"""

from __future__ import annotations

import threading
import time
import uuid

import paho.mqtt.client as mqtt
from paho.mqtt.enums import CallbackAPIVersion

from common.settings import Settings
from tests.fix_mqtt import MqttFactory

WILL = b'{"state": "cleared", "by": "will"}'


def _watch(mqtt_client: MqttFactory, account: str, topic: str) -> list[str]:
    """The topics ``account`` is delivered under ``topic``, as they come."""
    seen: list[str] = []
    client = mqtt_client(account)
    client.on_message = lambda _c, _u, m: seen.append(m.topic)
    done = threading.Event()
    client.on_subscribe = lambda *_a: done.set()
    client.subscribe(topic, qos=1)
    assert done.wait(10), "no SUBACK"
    return seen


def _drop_with_will(s: Settings, account: str, topic: str, *, retain: bool) -> None:
    """Connect ``account`` with a will on ``topic``, then cut its socket (no DISCONNECT)."""
    client = mqtt.Client(CallbackAPIVersion.VERSION2, client_id=f"will-{uuid.uuid4().hex[:8]}",
                         protocol=mqtt.MQTTv5)
    client.username_pw_set(account, s.mqtt.password_for(account))
    client.will_set(topic, WILL, qos=1, retain=retain)
    connected = threading.Event()
    client.on_connect = lambda *_a: connected.set()
    client.connect(s.mqtt.host, s.mqtt.port, keepalive=30)
    client.loop_start()
    assert connected.wait(10), f"{account} not connected"
    client.loop_stop()
    sock = client.socket()
    assert sock is not None
    sock.close()


def _wait_for(seen: list[str], topic: str, wait_s: float) -> bool:
    deadline = time.monotonic() + wait_s
    while topic not in seen and time.monotonic() < deadline:
        time.sleep(0.05)
    return topic in seen


def test_a_will_is_held_to_its_senders_write_acl(
    settings: Settings, mqtt_client: MqttFactory, services: object
) -> None:
    run = uuid.uuid4().hex[:8]
    center = _watch(mqtt_client, "center", "soc/v1/dispatch/#")
    ingest = _watch(mqtt_client, "ingest", "soc/v1/+/#")
    refused = [
        ("agency-police", f"soc/v1/dispatch/fire/status/inc-{run}", False, center),  # another agency's
        ("agency-police", f"soc/v1/dispatch/police/assignment/inc-{run}", True, center),  # an assignment
        ("traffic", f"soc/v1/disaster/rain/will-{run}/obs", False, ingest),  # another feed's tree
        ("citizen", f"soc/v1/dispatch/fire/status/inc-{run}", False, center),  # a feed into dispatch
    ]
    for account, topic, retain, _ in refused:
        _drop_with_will(settings, account, topic, retain=retain)
    allowed = f"soc/v1/dispatch/police/status/inc-{run}"
    _drop_with_will(settings, "agency-police", allowed, retain=False)
    assert _wait_for(center, allowed, 15), "a will its sender may write was not delivered: wills did not fire"
    time.sleep(1.0)  # the refused wills were dropped first; any delivery of theirs has come by now
    delivered = [(account, topic) for account, topic, _, seen in refused if topic in seen]
    assert delivered == [], f"wills delivered against the ACL: {delivered}"
    late = _watch(mqtt_client, "center", f"soc/v1/dispatch/police/assignment/inc-{run}")
    time.sleep(1.0)
    assert late == [], "the retained will of a fake assignment was kept by the broker"
