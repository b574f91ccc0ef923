"""No account can disconnect another account's client by connecting with its client id.

The broker keys a connection and its session by client id alone: a second CONNECT
with an id in use disconnects the first client (a clean one also discards its
session and what is queued for it). Replayed against the real Mosquitto: the police
bureau's account connected as the fire bureau's desk (``desk-fire-1``) and the fire
desk was disconnected. docs/mqtt.md ("Client ids"): every account owns the ids that
start with its name and a hyphen (``agency-fire-…``, ``citizen-…``); the broker
refuses them to every other account.
"""

from __future__ import annotations

import re
import threading
import time

import paho.mqtt.client as mqtt
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from paho.mqtt.enums import CallbackAPIVersion

from common.mqtt import account_client_id
from common.services import GUARD_SOURCE, reserved_client_ids
from common.settings import DISPATCH_AGENCIES, FEED_ACCOUNTS, Settings
from tests.fix_mqtt import MqttFactory

ACCOUNTS = ("ingest", "center", *FEED_ACCOUNTS, *(f"agency-{a}" for a in DISPATCH_AGENCIES))


def _refused(s: Settings, account: str, client_id: str) -> bool:
    """Whether the broker refuses ``account`` connecting as ``client_id`` (or never answers it).

    Driven by hand (``loop``), not by a network thread: a refusal is read as soon as it comes."""
    answer: list[bool] = []
    client = mqtt.Client(CallbackAPIVersion.VERSION2, client_id=client_id, protocol=mqtt.MQTTv5)
    client.username_pw_set(account, s.mqtt.password_for(account))

    def on_connect(c: mqtt.Client, userdata: object, flags: object, reason: object, props: object) -> None:
        answer.append(not getattr(reason, "is_failure", True))

    client.on_connect = on_connect
    try:
        client.connect(s.mqtt.host, s.mqtt.port, keepalive=10)
        deadline = time.monotonic() + 5.0
        while not answer and time.monotonic() < deadline:
            if client.loop(timeout=0.05) != mqtt.MQTT_ERR_SUCCESS:
                break  # the broker closed the connection without a CONNACK
    except (OSError, ValueError):
        return True
    finally:
        client.disconnect()
    return not (answer and answer[0])


def _hold(mqtt_client: MqttFactory, account: str, client_id: str) -> threading.Event:
    """Connect ``account`` as ``client_id`` and return an event set when it is disconnected."""
    lost = threading.Event()
    client = mqtt_client(account, client_id=client_id)

    def on_disconnect(c: mqtt.Client, userdata: object, flags: object, reason: object, props: object) -> None:
        lost.set()

    client.on_disconnect = on_disconnect
    return lost


def test_an_account_cannot_take_over_another_accounts_client_id(
    settings: Settings, mqtt_client: MqttFactory, services: object
) -> None:
    for owner in ACCOUNTS:
        client_id = f"{owner}-desk-1"
        lost = _hold(mqtt_client, owner, client_id)
        took = [intruder for intruder in ACCOUNTS
                if intruder != owner and not _refused(settings, intruder, client_id)]
        assert took == [], f"{took} connected as {client_id}"
        assert not lost.wait(0.5), f"{owner}'s {client_id} was disconnected"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(owner=st.sampled_from(ACCOUNTS), intruder=st.sampled_from(ACCOUNTS),
       suffix=st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=40))
def test_any_id_in_an_accounts_namespace_is_refused_to_the_others(
    settings: Settings, services: object, owner: str, intruder: str, suffix: str
) -> None:
    client_id = f"{owner}-{suffix}"
    if intruder == owner:
        return
    assert _refused(settings, intruder, client_id), f"{intruder} connected as {client_id!r}"


def test_an_account_uses_its_own_ids_and_ids_outside_every_namespace(settings: Settings, services: object) -> None:
    for account in ACCOUNTS:
        assert not _refused(settings, account, f"{account}-x"), account
    assert not _refused(settings, "citizen", "desk-7"), "an id in no namespace is free"


def test_the_centers_own_clients_connect_in_their_accounts_namespace() -> None:
    """The simulator's feeds and agency desks and the web's reports (``account_client_id``)
    take ids the broker reserves for their account, and for no other."""
    reserved = reserved_client_ids(ACCOUNTS)
    for account in ACCOUNTS:
        for role in ("sim", "simdesk", "web"):
            client_id = account_client_id(account, role)
            owners = {owner for prefix, owner in reserved.items() if client_id.startswith(prefix)}
            assert owners == {account}, client_id


def test_every_reservation_fits_the_plugins_table() -> None:
    """The plugin refuses to load (and the broker to start) past its table's size."""
    source = GUARD_SOURCE.read_text()
    size = int(re.search(r"#define MAX_RESERVED (\d+)", source).group(1))  # type: ignore[union-attr]
    assert len(reserved_client_ids(ACCOUNTS)) <= size
