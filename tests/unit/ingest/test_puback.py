"""The PUBACK adapter: the fast path through paho's private packet queue, and its public fallback.

The first test is the alarm for a paho upgrade: it fails when ``Client._packet_queue``
is gone, changes its signature, or stops queueing the bytes it is given as one
outgoing packet.
"""

from __future__ import annotations

from typing import Any

import paho.mqtt.client as mqtt
from paho.mqtt.enums import CallbackAPIVersion

from ingest.puback import PubackWriter, encode_pubacks, packet_queue_of


def test_paho_still_has_the_packet_queue_the_fast_path_writes_into() -> None:
    client = mqtt.Client(CallbackAPIVersion.VERSION2, client_id="puback-test", protocol=mqtt.MQTTv5)
    assert packet_queue_of(client) is not None, "paho's Client._packet_queue is gone or changed its signature"
    writer = PubackWriter(client)
    assert writer.fast
    writer.ack([1, 2, 65535])
    queued: list[dict[str, Any]] = list(client._out_packet)  # not connected: the packet stays queued
    assert len(queued) == 1
    assert queued[0]["command"] == 0x40
    assert bytes(queued[0]["packet"]) == bytes.fromhex("40020001" "40020002" "4002ffff")


def test_pubacks_are_four_bytes_each() -> None:
    # MQTT 3.1.1 §3.4 and MQTT 5 §3.4.2.1 (reason "success", no properties).
    assert encode_pubacks([7]) == b"\x40\x02\x00\x07"
    assert encode_pubacks([]) == b""


class PublicOnly:
    """A client with only the public API (as paho would be without the private method)."""

    def __init__(self) -> None:
        self.acks: list[tuple[int, int]] = []

    def ack(self, mid: int, qos: int) -> None:
        self.acks.append((mid, qos))


class OtherQueue(PublicOnly):
    """A client whose private queue has another shape: the fast path must not guess."""

    def __init__(self) -> None:
        super().__init__()
        self.queued: list[object] = []

    def _packet_queue(self, packet: bytes) -> None:
        self.queued.append(packet)


def test_without_the_private_queue_every_message_is_acked_through_the_public_api() -> None:
    for client in (PublicOnly(), OtherQueue()):
        writer = PubackWriter(client)
        assert not writer.fast
        writer.ack([3, 4])
        writer.ack([])
        assert client.acks == [(3, 1), (4, 1)]
    assert OtherQueue().queued == []
