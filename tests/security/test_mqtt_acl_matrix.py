"""Every account against every tree: the topic's domain or agency is the sender.

Each feed account (``disaster``, ``traffic``, ``police``, ``citizen``, ``fire``) and
each agency account (``agency-{name}``) publishes at QoS 1 to every domain's feed
tree, a status topic, and every agency's assignment, status and acknowledgement
trees of the dispatch tree, against the real Mosquitto of the test instance.
What the ACL (``common.services.acl_text``) allows is answered with a success
PUBACK and delivered to the reader; everything else is answered "Not authorized"
(reason code 135, MQTT 5 §3.4.2.1) and reaches no reader.
"""

from __future__ import annotations

import queue
import threading
import uuid

import paho.mqtt.client as mqtt

from common.settings import DISPATCH_AGENCIES, FEED_ACCOUNTS
from tests.fix_mqtt import MqttFactory

NOT_AUTHORIZED = 135


def allowed(account: str, topic: str) -> bool:
    """What the ACL lets ``account`` write, restated from docs/security.md (the spec)."""
    if account in FEED_ACCOUNTS:
        return topic.startswith(f"soc/v1/{account}/")
    agency = account.removeprefix("agency-")
    return any(topic.startswith(f"soc/v1/dispatch/{agency}/{tree}/") for tree in ("status", "ack"))


def targets(uid: str) -> list[str]:
    topics = [f"soc/v1/{domain}/rain/acl-{uid}" for domain in FEED_ACCOUNTS]
    topics += [f"soc/v1/{domain}/vd/acl-{uid}/status" for domain in FEED_ACCOUNTS]
    topics += [f"soc/v1/dispatch/{agency}/{tree}/acl-{uid}"
               for agency in DISPATCH_AGENCIES for tree in ("assignment", "status", "ack")]
    topics += [f"soc/v1/acl-{uid}", f"soc/v2/disaster/rain/acl-{uid}", f"acl-{uid}"]
    return topics


def _publish(client: mqtt.Client, topic: str, payload: bytes) -> int:
    """Publish at QoS 1 and return the PUBACK's reason code."""
    done = threading.Event()
    codes: dict[int, int] = {}

    def on_publish(_c: mqtt.Client, _u: object, mid: int, reason: object, _p: object) -> None:
        codes[mid] = int(getattr(reason, "value", 0))
        done.set()

    client.on_publish = on_publish
    info = client.publish(topic, payload, qos=1)
    info.wait_for_publish(10)
    assert done.wait(10)
    return codes.get(info.mid, 0)


def test_each_account_writes_only_its_own_tree(mqtt_client: MqttFactory, services: object) -> None:
    uid = uuid.uuid4().hex[:8]
    received: queue.Queue[tuple[str, bytes]] = queue.Queue()
    readers = [mqtt_client("ingest"), mqtt_client("center")]
    subscribed = threading.Event()
    for reader in readers:
        reader.on_message = lambda _c, _u, m: received.put((m.topic, bytes(m.payload)))
        reader.on_subscribe = lambda *_: subscribed.set()
        subscribed.clear()
        reader.subscribe("soc/v1/#", qos=1)
        assert subscribed.wait(10)
    writers = [*FEED_ACCOUNTS, *(f"agency-{a}" for a in DISPATCH_AGENCIES)]
    expected: set[tuple[str, bytes]] = set()
    wrong: list[tuple[str, str, int]] = []
    for account in writers:
        client = mqtt_client(account)
        for topic in targets(uid):
            payload = f"{account}->{topic}".encode()
            code = _publish(client, topic, payload)
            if allowed(account, topic):
                expected.add((topic, payload))
                if code >= 0x80:
                    wrong.append((account, topic, code))
            elif code != NOT_AUTHORIZED:
                wrong.append((account, topic, code))
    assert wrong == [], "PUBACKs not as the ACL says: (account, topic, reason code)"
    # Markers published last by allowed writers, one that ingest reads (a feed) and one
    # that the center reads (an agency's report): once both have come, what came before
    # them from the same broker has been delivered (ordering per publisher is not across
    # publishers, so the markers are sent after every writer finished).
    markers = [(f"soc/v1/disaster/rain/acl-{uid}", b"marker"), (f"soc/v1/dispatch/fire/status/acl-{uid}", b"marker")]
    _publish(mqtt_client("disaster"), *markers[0])
    _publish(mqtt_client("agency-fire"), *markers[1])
    got: list[tuple[str, bytes]] = []
    while not all(m in got for m in markers):
        got.append(received.get(timeout=30))
    delivered = {m for m in got if m not in markers and uid in m[0]}
    assert delivered <= expected, sorted(delivered - expected)
    assert {m for m in expected if m[0].startswith("soc/v1/") and not m[0].startswith("soc/v1/dispatch/")} \
        <= delivered
