"""The batched receive path's packet splitter, on streams cut at every byte."""

from __future__ import annotations

import struct
import threading

import pytest

from ingest.mqtt_client import FramingError, Inbox, Other, split_packets


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        b, n = n & 0x7F, n >> 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)


def publish(topic: str, payload: bytes, qos: int = 1, mid: int = 7, *, retain: bool = False) -> bytes:
    t = topic.encode()
    body = struct.pack("!H", len(t)) + t + (struct.pack("!H", mid) if qos else b"") + payload
    return bytes([0x30 | (qos << 1) | retain]) + _varint(len(body)) + body


FLOOD = "soc/v1/disaster/flood/A"
STREAM = [
    (publish(FLOOD, b'{"ts":1,"value":2}', mid=1), (1, 1, FLOOD, b'{"ts":1,"value":2}')),
    (bytes([0x90, 3, 0, 9, 1]), Other(0x90, bytes([0, 9, 1]))),  # SUBACK
    (publish("soc/v1/traffic/vd/V", b"x" * 300, mid=65535), (65535, 1, "soc/v1/traffic/vd/V", b"x" * 300)),
    (publish("t/q0", b"", qos=0), (0, 0, "t/q0", b"")),
    (bytes([0xD0, 0]), Other(0xD0, b"")),  # PINGRESP
    (publish("水湳/\xff", b"y" * 20_000, mid=2), (2, 1, "水湳/\xff", b"y" * 20_000)),
    (publish("t/q2", b"z", qos=2, mid=3), Other(0x34, publish("t/q2", b"z", qos=2, mid=3)[2:])),
    # The broker's $SYS counters go to paho's handler (and on_message), not the data stream.
    (publish("$SYS/broker/publish/messages/dropped", b"25", qos=0),
     Other(0x30, publish("$SYS/broker/publish/messages/dropped", b"25", qos=0)[2:])),
    # A retained copy sent at a SUBSCRIBE goes there too: the consumer decides on it.
    (publish(FLOOD, b"r", mid=4, retain=True), Other(0x33, publish(FLOOD, b"r", mid=4)[2:])),
]


def test_a_stream_cut_anywhere_yields_every_packet_once_in_order() -> None:
    wire = b"".join(raw for raw, _ in STREAM)
    expected = [p for _, p in STREAM]
    for cut in range(len(wire) + 1):
        buf, got = bytearray(wire[:cut]), []
        topics: dict[bytes, str] = {}
        packets, used = split_packets(buf, topics)
        got += packets
        del buf[:used]
        buf += wire[cut:]
        packets, used = split_packets(buf, topics)
        got += packets
        assert got == expected, cut
        assert used == len(buf)


def test_a_topic_that_is_not_utf8_is_replaced_not_fatal() -> None:
    raw = bytearray(b"\x32" + bytes([2 + 3 + 2 + 1]) + b"\x00\x03a\xffb" + b"\x00\x05" + b"p")
    packets, used = split_packets(raw, {})
    assert packets == [(5, 1, "a\ufffdb", b"p")]
    assert used == len(raw)


@pytest.mark.parametrize(
    "raw",
    [
        bytes([0x32, 0xFF, 0xFF, 0xFF, 0xFF, 0x01]),  # remaining length of 5 bytes
        bytes([0x32, 1, 0]),  # PUBLISH without a topic length
        bytes([0x32, 4, 0, 9, 0, 1]),  # topic longer than the packet
    ],
)
def test_malformed_framing_is_an_error(raw: bytes) -> None:
    with pytest.raises(FramingError):
        split_packets(bytearray(raw), {})


def test_the_inbox_hands_over_batches_and_bounds_its_size() -> None:
    inbox = Inbox(maxsize=5)
    assert inbox.take(10, first_timeout=0.01, fill_s=0) == []
    items = [(i, 1, "t", b"") for i in range(4)]
    inbox.extend(7, items)
    assert inbox.take(3, first_timeout=0.01, fill_s=0) == [(7, p) for p in items[:3]]
    assert inbox.qsize() == 1
    assert inbox.take(10, first_timeout=0.01, fill_s=0.01) == [(7, items[3])]
    # Full: the network thread waits until the worker takes a batch (never above maxsize).
    inbox.extend(1, items)
    blocked = threading.Thread(target=inbox.extend, args=(2, items[:2]))
    blocked.start()
    blocked.join(0.3)
    assert blocked.is_alive()
    assert inbox.qsize() == 4
    assert [e for e, _ in inbox.take(4, first_timeout=0.01, fill_s=0)] == [1, 1, 1, 1]
    blocked.join(2)
    assert not blocked.is_alive()
    assert inbox.qsize() == 2
