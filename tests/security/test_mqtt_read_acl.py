"""Every account reading everything: what each one is delivered is what its ACL lets it read.

Each account subscribes to ``#``, ``$SYS/#`` and a shared subscription to ``#`` of its
own group (Mosquitto grants any subscription and filters each message by the reader's
ACL), then every feed account publishes to its own feed tree and the center to every
agency's assignment, status and acknowledgement trees.
Restated from docs/mqtt.md ("Accounts and ACLs"): an agency reads only its own
assignments, a feed account reads nothing, ingest reads every feed tree
(``soc/v1/{domain}/#``) and nothing of the dispatch tree, the center reads only the
dispatch tree; only ingest reads the one ``$SYS`` counter it reports.

When a reader has everything: each reader finally publishes once at QoS 1 (allowed or
not, the broker answers with a PUBACK) and waits for that answer. The broker writes to
one client in order, and every message routed to the reader was routed before the
answer was queued, so a message the reader was ever going to get has arrived by then.
"""

from __future__ import annotations

import queue
import threading
import uuid

import paho.mqtt.client as mqtt

from common.services import BROKER_DROPPED_TOPIC
from common.settings import DISPATCH_AGENCIES, FEED_ACCOUNTS
from tests.fix_mqtt import MqttFactory

READERS = (*FEED_ACCOUNTS, *(f"agency-{a}" for a in DISPATCH_AGENCIES), "center", "ingest")


def readable(account: str, topic: str) -> bool:
    """What ``account`` may read (docs/mqtt.md, the spec this test holds the broker to)."""
    if account == "ingest":
        return topic.split("/")[:3] in (["soc", "v1", d] for d in FEED_ACCOUNTS) or topic == BROKER_DROPPED_TOPIC
    if account == "center":
        return topic.startswith("soc/v1/dispatch/")
    if account.startswith("agency-"):
        return topic.startswith(f"soc/v1/dispatch/{account.removeprefix('agency-')}/assignment/")
    return False


def _publish_qos1(client: mqtt.Client, topic: str, payload: bytes) -> None:
    """Publish at QoS 1 and wait for the broker's PUBACK, whatever its reason code."""
    done = threading.Event()
    client.on_publish = lambda *_: done.set()
    client.publish(topic, payload, qos=1).wait_for_publish(10)
    assert done.wait(10)


def test_each_account_is_delivered_only_what_it_may_read(mqtt_client: MqttFactory, services: object) -> None:
    uid = uuid.uuid4().hex[:8]
    got: dict[str, queue.SimpleQueue[str]] = {}
    clients: dict[str, mqtt.Client] = {}
    for account in READERS:
        client = mqtt_client(account)
        inbox: queue.SimpleQueue[str] = queue.SimpleQueue()
        client.on_message = lambda _c, q, m: q.put(m.topic)
        client.user_data_set(inbox)
        subscribed = threading.Event()
        client.on_subscribe = lambda *_, ev=subscribed: ev.set()
        client.subscribe([("#", 1), ("$SYS/#", 1), (f"$share/rd-{account}-{uid}/#", 1)])
        assert subscribed.wait(10)
        got[account], clients[account] = inbox, client
    published = []
    for domain in FEED_ACCOUNTS:
        topic = f"soc/v1/{domain}/rain/rd-{uid}"
        _publish_qos1(mqtt_client(domain), topic, b"{}")
        published.append(topic)
    center = mqtt_client("center")
    for agency in DISPATCH_AGENCIES:
        for tree in ("assignment", "status", "ack"):
            topic = f"soc/v1/dispatch/{agency}/{tree}/rd-{uid}"
            _publish_qos1(center, topic, b"{}")
            published.append(topic)
    wrong: dict[str, list[str]] = {}
    for account, client in clients.items():
        _publish_qos1(client, f"soc/v1/{account}/ping-{uid}", b"")  # its PUBACK comes after all the rest
        delivered = []
        while not got[account].empty():
            delivered.append(got[account].get())
        ours = {t for t in delivered if uid in t and "/ping-" not in t}
        expected = {t for t in published if readable(account, t)}
        leaked_sys = sorted({t for t in delivered if t.startswith("$SYS") and not readable(account, t)})
        if ours != expected or leaked_sys:
            wrong[account] = sorted(ours ^ expected) + leaked_sys[:5]
    assert wrong == {}, "deliveries not as the read ACL says (account: topics wrongly got or missed)"
