"""Every publish the broker accepts from a feed account is accounted by ingest.

Each feed account publishes to every topic shape its ACL lets it use (the
domain alone, a feed without a source, a level too many, an unknown feed, a
status with a level too many, valid shapes) through the real broker to a worker
with the default subscriptions; every PUBACKed message must end stored or in
quarantine with a reason, and the counters stay balanced.
"""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Iterator

import psycopg
import pytest

from common.settings import FEED_ACCOUNTS, Settings
from ingest.consumer import Consumer
from ingest.topics import FEEDS, Domain
from tests.integration.ingest.ingest_helpers import (
    close,
    publish_all,
    publisher,
    purge_session,
    running_worker,
    wait_until,
)

pytestmark = pytest.mark.integration


@pytest.fixture
def worker(db_settings: Settings, unique_id: str) -> Iterator[Consumer]:
    with running_worker(db_settings, f"cov-{unique_id}") as (consumer, _):
        yield consumer


def _shapes(domain: str, tag: str) -> list[str]:
    feed = sorted(FEEDS[Domain(domain)])[0]
    return [
        f"soc/v1/{domain}",
        f"soc/v1/{domain}/",
        f"soc/v1/{domain}/{feed}",
        f"soc/v1/{domain}/{feed}/",
        f"soc/v1/{domain}/{feed}/SN-{tag}/extra",
        f"soc/v1/{domain}/{feed}/SN-{tag}/status/extra",
        f"soc/v1/{domain}/{feed}/SN-{tag}/a/b/c/d",
        f"soc/v1/{domain}/no_such_feed/SN-{tag}",
        f"soc/v1/{domain}/{feed}/SN-{tag}",  # valid shape, unregistered source
        f"soc/v1/{domain}/{feed}/SN-{tag}/status",
    ]


def test_every_topic_shape_a_feed_account_may_use_is_accounted(
    db_settings: Settings, db_dsn: str, worker: Consumer, unique_id: str
) -> None:
    sent: dict[bytes, str] = {}
    for account in FEED_ACCOUNTS:
        pub = publisher(db_settings, account)
        try:
            items = []
            for i, topic in enumerate(_shapes(account, unique_id)):
                payload = json.dumps({"probe": f"{unique_id}-{account}-{i}"}).encode()
                sent[payload] = topic
                items.append((topic, payload))
            publish_all(pub, items)  # each one PUBACKed by the broker
        finally:
            close(pub)

    def arrived() -> dict[bytes, tuple[str, str]]:
        with psycopg.connect(db_dsn) as conn:
            rows = conn.execute(
                "SELECT payload, topic, reason FROM quarantine WHERE payload = ANY(%s)", (list(sent),)
            ).fetchall()
        return {bytes(p): (t, r) for p, t, r in rows}

    wait_until(lambda: len(arrived()) >= len(sent), 30, "every probe in quarantine")
    got = arrived()
    missing = {sent[p] for p in sent if p not in got}
    assert not missing, f"acknowledged by the broker, never accounted: {sorted(missing)}"
    for payload, topic in sent.items():
        assert got[payload][0] == topic
    reasons = {sent[p]: r for p, (_, r) in got.items()}
    assert reasons["soc/v1/disaster"] == "invalid_topic"
    assert reasons[f"soc/v1/disaster/cap/SN-{unique_id}/extra"] == "invalid_topic"
    assert reasons["soc/v1/disaster/no_such_feed/SN-" + unique_id] == "unknown_feed"
    assert reasons[f"soc/v1/disaster/cap/SN-{unique_id}"] in ("schema", "unregistered_source")


def test_a_topic_outside_the_accounts_tree_is_refused_by_the_broker(db_settings: Settings, unique_id: str) -> None:
    """The other half of 'exactly': a feed account cannot publish where ingest does not listen.

    With MQTT 5 the broker answers PUBACK with reason 0x87 (not authorised), so the
    publisher knows the message was not accepted.
    """
    import paho.mqtt.client as mqtt
    from paho.mqtt.enums import CallbackAPIVersion

    codes: list[int] = []
    done = threading.Event()
    client = mqtt.Client(CallbackAPIVersion.VERSION2, client_id=f"acl-{uuid.uuid4().hex[:8]}",
                         protocol=mqtt.MQTTv5)
    client.username_pw_set("disaster", db_settings.mqtt.password_for("disaster"))

    def on_publish(c: mqtt.Client, userdata: object, mid: int, reason: object, props: object) -> None:
        codes.append(int(getattr(reason, "value", 0)))
        if len(codes) == 3:
            done.set()

    client.on_publish = on_publish
    client.connect(db_settings.mqtt.host, db_settings.mqtt.port)
    client.loop_start()
    try:
        for topic in (f"soc/v1/police/cctv/SN-{unique_id}/status", "soc/v1/dispatch/fire/x", "soc/v2/disaster"):
            client.publish(topic, b"{}", qos=1)
        assert done.wait(10)
    finally:
        client.disconnect()
        client.loop_stop()
    assert codes == [0x87, 0x87, 0x87]


def test_the_disaster_account_cannot_report_status_for_police_or_traffic_devices(
    db_settings: Settings, db_dsn: str, unique_id: str
) -> None:
    from tests.integration.ingest.ingest_helpers import register

    cctv, vd, gauge = f"CC-{unique_id}", f"VD-{unique_id}", f"RG-{unique_id}"
    register(db_dsn, [(cctv, "cctv"), (vd, "vd"), (gauge, "rain")])
    worker = Consumer(db_settings, client_id=f"fd-{unique_id}", group="")
    th = threading.Thread(target=worker.run, daemon=True)
    th.start()
    assert worker.subscribed.wait(30)
    offline = json.dumps({"state": "offline"}).encode()
    pub = publisher(db_settings, "disaster")
    try:
        publish_all(pub, [
            (f"soc/v1/disaster/rain/{cctv}/status", offline),
            (f"soc/v1/disaster/water_level/{vd}/status", offline),
            (f"soc/v1/disaster/rain/{gauge}/status", offline),  # its own device: stored
        ])
    finally:
        close(pub)

    def outcome() -> tuple[dict[str, str], set[str]]:
        with psycopg.connect(db_dsn) as conn:
            q = conn.execute("SELECT source_id, reason FROM quarantine WHERE source_id = ANY(%s)",
                             ([cctv, vd, gauge],)).fetchall()
            e = conn.execute("SELECT source_id FROM events WHERE feed = 'status' AND source_id = ANY(%s)",
                             ([cctv, vd, gauge],)).fetchall()
        return dict(q), {r[0] for r in e}

    try:
        wait_until(lambda: len(outcome()[0]) + len(outcome()[1]) >= 3, 30, "the three status messages")
    finally:
        worker.stop()
        th.join(30)
        purge_session(db_settings, worker.client_id)
    quarantined, stored = outcome()
    assert quarantined == {cctv: "foreign_device", vd: "foreign_device"}
    assert stored == {gauge}
