"""Client ids belong to accounts: no other account can take over ingest's (or the ops center's) session.

A persistent session is keyed by client id alone; connecting with that id and
a clean session discards it with everything queued. The broker's client-id
guard (docs/mqtt.md, "Client ids") refuses such a connection before it
touches the session.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import paho.mqtt.client as mqtt
import pytest
from paho.mqtt.enums import CallbackAPIVersion

from common.settings import FEED_ACCOUNTS, Settings
from ingest.consumer import Consumer
from tests.integration.ingest import ingest_helpers as ih

pytestmark = pytest.mark.integration


def _connect_result(s: Settings, account: str, client_id: str, protocol: int) -> bool:
    """Whether the broker accepts ``account`` connecting as ``client_id`` with a clean session."""
    result: list[bool] = []
    done = threading.Event()
    kwargs = {"clean_session": True} if protocol == mqtt.MQTTv311 else {}
    client = mqtt.Client(CallbackAPIVersion.VERSION2, client_id=client_id, protocol=protocol, **kwargs)  # type: ignore[arg-type]
    client.username_pw_set(account, s.mqtt.password_for(account))

    def on_connect(c: mqtt.Client, userdata: object, flags: object, reason: object, props: object) -> None:
        result.append(not getattr(reason, "is_failure", False))
        done.set()

    def on_disconnect(c: mqtt.Client, userdata: object, flags: object, reason: object, props: object) -> None:
        done.set()

    client.on_connect = on_connect
    client.on_disconnect = on_disconnect
    client.reconnect_delay_set(60, 60)
    try:
        client.connect(s.mqtt.host, s.mqtt.port, keepalive=10)
        client.loop_start()
        assert done.wait(10), "no CONNACK"
        if result and result[0]:
            threading.Event().wait(1.0)  # hold it, as the takeover would
    finally:
        client.disconnect()
        client.loop_stop()
    return bool(result and result[0])


def test_no_other_account_can_take_over_ingests_session(db_settings: Settings, db_dsn: str, unique_id: str) -> None:
    s = db_settings
    sid = f"CI-{unique_id}"
    ih.register(db_dsn, [(sid, "flood")])
    cid = f"soc-ingest-{unique_id}"
    ih.leave_session(s, cid)
    try:
        base = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=30)
        ih.publish_floods(s, sid, 5, base)  # PUBACKed: queued for the worker's session
        others = [a for a in (*FEED_ACCOUNTS, "center", "agency-fire") if a != "ingest"]
        for account in others:
            for protocol in (mqtt.MQTTv311, mqtt.MQTTv5):
                assert not _connect_result(s, account, cid, protocol), f"{account} took over {cid}"
                assert not _connect_result(s, account, "soc-ingest-1", protocol), account
        for account in (*FEED_ACCOUNTS, "ingest"):
            assert not _connect_result(s, account, "soc-ops-center", mqtt.MQTTv311), account
        assert _connect_result(s, "citizen", f"pub-{unique_id}", mqtt.MQTTv311)  # other ids stay free
        worker = Consumer(s, client_id=cid, group="")
        th = threading.Thread(target=worker.run, daemon=True)
        th.start()
        try:
            ih.wait_until(lambda: ih.counters(db_dsn, sid)["stored"] >= 5, 30, "the queued messages stored")
        finally:
            worker.stop()
            th.join(30)
    finally:
        ih.purge_session(s, cid)
    assert ih.counters(db_dsn, sid)["stored"] == 5
