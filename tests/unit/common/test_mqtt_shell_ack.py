"""The shared MQTT shell's acks (persistent session) go out only on the connection their message came in.

After a reconnect the broker renumbers its in-flight messages, so an ack of the old
connection, sent on the new one, would acknowledge whatever now carries that packet id,
perhaps before its effect is committed. The shell's paho callbacks are driven here by hand,
on a client that never connects; its ``ack`` is recorded instead of sent.
"""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace

import paho.mqtt.client as mqtt
import pytest
from pydantic import SecretStr

from common.mqtt import MqttShell
from common.settings import MqttSettings

SECRETS = ("ingest", "disaster", "traffic", "police", "citizen", "center")
OK = SimpleNamespace(is_failure=False)
LOST = SimpleNamespace(is_failure=True)


@pytest.fixture
def shell(monkeypatch: pytest.MonkeyPatch) -> tuple[MqttShell, list[Callable[[], None]], list[int]]:
    """A persistent shell, the acks its handler got, and the packet ids acknowledged."""
    settings = MqttSettings(agency_secret=SecretStr("a-agency-secret-0123456789abcdefghij"),
                            **{f"{n}_password": SecretStr("x") for n in SECRETS})
    given: list[Callable[[], None]] = []
    sent: list[int] = []
    s = MqttShell(settings, "center", client_id="ack-test", name="ack_test",
                  on_delivery=lambda _t, _p, ack: given.append(ack), session_expiry_s=60)
    monkeypatch.setattr(s.client, "ack", lambda mid, _qos: sent.append(mid))
    return s, given, sent


def _deliver(s: MqttShell, mid: int) -> None:
    msg = mqtt.MQTTMessage(mid=mid, topic=b"soc/v1/dispatch/fire/report")
    msg.qos = 1
    s._on_message(s.client, None, msg)  # paho's callback, driven by hand


def test_an_ack_goes_out_on_the_connection_its_message_came_in(
        shell: tuple[MqttShell, list[Callable[[], None]], list[int]]) -> None:
    s, given, sent = shell
    s._on_connect(s.client, None, None, OK, None)
    _deliver(s, 5)
    given[0]()
    assert sent == [5]


@pytest.mark.parametrize("reconnected", [False, True])
def test_an_ack_of_a_lost_connection_is_dropped(
        shell: tuple[MqttShell, list[Callable[[], None]], list[int]], reconnected: bool) -> None:
    s, given, sent = shell
    s._on_connect(s.client, None, None, OK, None)
    _deliver(s, 5)
    s._on_disconnect(s.client, None, None, LOST, None)
    if reconnected:
        s._on_connect(s.client, None, None, OK, None)
    given[0]()  # committed after the loss: the broker redelivers it instead
    assert sent == []
    if reconnected:
        _deliver(s, 5)  # the redelivery, a new ack
        given[1]()
        assert sent == [5]


def test_a_handler_that_raises_loses_its_message_not_the_network_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = MqttSettings(agency_secret=SecretStr("a-agency-secret-0123456789abcdefghij"),
                            **{f"{n}_password": SecretStr("x") for n in SECRETS})
    sent: list[int] = []
    handled: list[int] = []

    def handler(_t: str, payload: bytes, ack: Callable[[], None]) -> None:
        if payload == b"full":
            raise RuntimeError("queue full")
        handled.append(int(payload))
        ack()

    s = MqttShell(settings, "center", client_id="ack-test", name="ack_test", on_delivery=handler,
                  session_expiry_s=60)
    monkeypatch.setattr(s.client, "ack", lambda mid, _qos: sent.append(mid))
    s._on_connect(s.client, None, None, OK, None)
    for mid, payload in ((5, b"full"), (6, b"6")):
        msg = mqtt.MQTTMessage(mid=mid, topic=b"soc/v1/dispatch/fire/status/inc-1")
        msg.qos, msg.payload = 1, payload
        s._on_message(s.client, None, msg)  # paho's callback: a raise here would end its thread
    assert handled == [6]
    assert sent == [6]  # the failed one unacknowledged: the broker sends it again
