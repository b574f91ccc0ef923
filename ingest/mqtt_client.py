"""The ingest worker's MQTT client: paho-mqtt with a batched receive path.

paho 2 reads a packet with several ``recv`` calls (type byte, length bytes,
body), handles one packet per ``select`` wake-up, builds an ``MQTTMessage``
and dispatches it through its topic matcher under a lock: about 15 µs of the
network thread per message here, half the worker's CPU at full rate
(docs/benchmarks/ingest.md). :class:`BatchClient` reads 64 KiB at a time and
splits the buffer into packets itself; QoS 0/1 PUBLISH packets (the whole data
stream) are handed to ``on_publishes`` as one list per read, and every other
packet (CONNACK, SUBACK, PINGRESP, QoS 2 flows, ``$SYS`` topics, retained copies
sent at a SUBSCRIBE) goes to paho's own handler
unchanged, so connecting, keepalive, reconnects and acknowledgements stay
paho's. With MQTT 5 (PUBLISH properties to parse) it falls back to a buffered
paho read.

This overrides private paho methods (pinned ``paho-mqtt>=2.1,<3``); the buffer
is dropped with the socket, so a reconnect never sees bytes of the old
connection. ``tests/unit/ingest/test_mqtt_client.py`` checks the splitter on
packets cut at every byte; the integration tests run it against Mosquitto.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from itertools import repeat
from typing import Any, NamedTuple

import paho.mqtt.client as mqtt
from paho.mqtt.enums import MQTTErrorCode
from paho.mqtt.exception import MalformedPacket

_OK = MQTTErrorCode.MQTT_ERR_SUCCESS
_PROTOCOL = MQTTErrorCode.MQTT_ERR_PROTOCOL
_RECV_BYTES = 65_536
_SMALL_READ = 16_384


#: A PUBLISH as split from the stream: (mid, qos, topic, payload). Plain tuples, not
#: NamedTuples: at tens of thousands of messages per second the NamedTuple
#: constructor alone cost 5 % of the worker (py-spy, docs/benchmarks/ingest.md).
Publish = tuple[int, int, str, bytes]
#: A PUBLISH tagged with the connection epoch it arrived on: (epoch, publish).
Delivery = tuple[int, Publish]


class Other(NamedTuple):
    """Any other complete packet: fixed-header byte and body."""

    command: int
    body: bytes


class FramingError(ValueError):
    """The byte stream is not MQTT (bad remaining length or PUBLISH layout)."""


def split_packets(buf: bytearray, topics: dict[bytes, str]) -> tuple[list[Publish | Other], int]:
    """Complete packets at the start of ``buf`` and how many bytes they used.

    A packet cut at the end of the buffer is left for the next read. ``topics``
    caches topic decoding (topics repeat per source). Topics that are not
    UTF-8 (the broker should refuse them, MQTT §1.5.4) are decoded with
    replacement so that they reach the quarantine instead of killing the thread.
    """
    out: list[Publish | Other] = []
    n = len(buf)
    pos = 0
    while pos + 2 <= n:
        cmd = buf[pos]
        b = buf[pos + 1]
        if b < 0x80:
            rl, i = b, pos + 2
        else:
            rl, shift, i = 0, 0, pos + 1
            while True:
                if i >= n:
                    return out, pos
                b = buf[i]
                i += 1
                rl |= (b & 0x7F) << shift
                shift += 7
                if b < 0x80:
                    break
                if shift >= 28:
                    raise FramingError("remaining length longer than 4 bytes")
        end = i + rl
        if end > n:
            break
        qos = (cmd >> 1) & 0x03
        # Data PUBLISHes only; ``$``-topics (the broker's $SYS counters) and retained
        # copies (RETAIN bit, sent only at a SUBSCRIBE: MQTT 3.1.1 §3.3.1.3) go to
        # paho's own handler and ``on_message``, like every control packet.
        if cmd >> 4 == 3 and qos < 2 and not cmd & 0x01 and not (rl > 2 and buf[i + 2] == 0x24):
            if rl < 2:
                raise FramingError("PUBLISH without a topic")
            tlen = (buf[i] << 8) | buf[i + 1]
            t_end = i + 2 + tlen
            p_start = t_end + (2 if qos else 0)
            if p_start > end:
                raise FramingError("PUBLISH topic longer than the packet")
            raw = bytes(buf[i + 2 : t_end])
            topic = topics.get(raw)
            if topic is None:
                topic = raw.decode("utf-8", "replace")
                if len(topics) < 100_000:
                    topics[raw] = topic
            mid = (buf[t_end] << 8) | buf[t_end + 1] if qos else 0
            out.append((mid, qos, topic, bytes(buf[p_start:end])))
        else:
            out.append(Other(cmd, bytes(buf[i:end])))
        pos = end
    return out, pos


def _in_packet(command: int = 0, body: bytes = b"") -> Any:
    """paho's ``_in_packet`` state: idle, or one complete packet ready to handle."""
    return {
        "command": command,
        "have_remaining": 1 if command else 0,
        "remaining_count": [],
        "remaining_mult": 1,
        "remaining_length": len(body),
        "packet": bytearray(body),
        "to_process": 0,
        "pos": 0,
    }


class BatchClient(mqtt.Client):
    """paho client whose data PUBLISHes arrive in batches through ``on_publishes``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._rbuf = bytearray()
        self._topic_cache: dict[bytes, str] = {}
        #: Called on the network thread with every PUBLISH of one socket read, in order.
        self.on_publishes: Callable[[list[Publish]], None] | None = None
        #: After a small read, wait this long before the next one so that a moderate
        #: stream arrives in fewer, larger reads (each wake-up of this thread costs
        #: tens of µs of Python); adds at most this much latency.
        #: Measured at 10,000 msg/s: worker 59 -> 54 µs/msg, p99 obs->commit 465 -> 337 ms.
        self.coalesce_s = 0.001

    # -- MQTT 5 / no batch callback: paho's parser over a buffered socket ---------------

    def _sock_recv(self, bufsize: int) -> bytes:
        if not self._rbuf:
            data = super()._sock_recv(_RECV_BYTES)
            if not data:
                return data  # connection closed by the broker
            self._rbuf += data
        out = bytes(self._rbuf[:bufsize])
        del self._rbuf[:bufsize]
        return out

    def _sock_close(self) -> None:
        self._rbuf.clear()
        super()._sock_close()

    def _buffered_loop_read(self, max_packets: int) -> MQTTErrorCode:
        rc = super().loop_read(max_packets)
        while rc == _OK and self._rbuf and self._sock is not None:
            rc = self._packet_read()
            if rc == MQTTErrorCode.MQTT_ERR_AGAIN:
                return _OK
            if rc > 0:
                return self._loop_rc_handle(rc)
        return rc

    # -- MQTT 3.1.1 with a batch callback: our splitter ---------------------------------

    def loop_read(self, max_packets: int = 1) -> MQTTErrorCode:
        deliver = self.on_publishes
        if deliver is None or self._protocol == mqtt.MQTTv5 or self._in_packet["command"]:
            return self._buffered_loop_read(max_packets)
        if self._sock is None:
            return MQTTErrorCode.MQTT_ERR_NO_CONN
        try:
            data = mqtt.Client._sock_recv(self, _RECV_BYTES)  # paho's own recv, unbuffered
        except BlockingIOError:
            return _OK
        except OSError:
            return self._loop_rc_handle(MQTTErrorCode.MQTT_ERR_CONN_LOST)
        if not data:
            return self._loop_rc_handle(MQTTErrorCode.MQTT_ERR_CONN_LOST)
        with self._msgtime_mutex:
            self._last_bytes_received = time.monotonic()
        buf = self._rbuf
        buf += data
        try:
            packets, used = split_packets(buf, self._topic_cache)
        except FramingError as exc:
            self._easy_log(mqtt.MQTT_LOG_ERR, "malformed packet from the broker: %s", exc)
            buf.clear()
            return self._loop_rc_handle(_PROTOCOL)
        del buf[:used]
        batch: list[Publish] = []
        for p in packets:
            if not isinstance(p, Other):
                batch.append(p)
                continue
            if batch:  # keep the order of the stream around control packets
                deliver(batch)
                batch = []
            rc = self._handle_other(p)
            if rc != _OK:
                return self._loop_rc_handle(rc)
        if batch:
            deliver(batch)
        if len(data) < _SMALL_READ and self.coalesce_s > 0:
            time.sleep(self.coalesce_s)
        return _OK

    def _handle_other(self, p: Other) -> MQTTErrorCode:
        self._in_packet = _in_packet(p.command, p.body)
        try:
            rc: MQTTErrorCode = self._packet_handle()
        except MalformedPacket:
            rc = _PROTOCOL
        self._in_packet = _in_packet()
        return rc


class Inbox:
    """Bounded hand-over from the network thread to the worker, a batch at a time.

    ``queue.Queue`` costs a lock round and a condition per message on each
    side; here the network thread adds a whole socket read's messages at once
    and the worker takes up to a batch. Full (QoS 0 floods only: QoS 1 is bounded
    by the broker's in-flight window), ``extend`` blocks the network thread,
    which slows the broker down through TCP instead of growing memory.
    """

    def __init__(self, maxsize: int) -> None:
        self.maxsize = maxsize
        self._items: deque[Delivery] = deque()
        self._cond = threading.Condition(threading.Lock())
        # The worker is woken for its first item and for a full batch, not for every
        # socket read in between (a wake-up costs more than the read it announces).
        self._wake_at = 1

    def qsize(self) -> int:
        return len(self._items)

    def extend(self, epoch: int, publishes: Sequence[Publish]) -> None:
        """Add ``publishes``, all received on connection ``epoch``."""
        with self._cond:
            # Never above maxsize, except a single read larger than the whole inbox.
            while self._items and len(self._items) + len(publishes) > self.maxsize:
                self._cond.wait(0.5)
            self._items.extend(zip(repeat(epoch), publishes, strict=False))
            if len(self._items) >= self._wake_at:
                self._cond.notify_all()

    def take(self, max_items: int, first_timeout: float, fill_s: float) -> list[Delivery]:
        """Up to ``max_items``: waits ``first_timeout`` for the first, then ``fill_s`` for more."""
        items = self._items
        with self._cond:
            self._wake_at = 1
            if not items and not self._cond.wait_for(lambda: bool(items), first_timeout):
                return []
            deadline = time.monotonic() + fill_s
            self._wake_at = max_items
            while len(items) < max_items:
                left = deadline - time.monotonic()
                if left <= 0 or not self._cond.wait(left):
                    break
            self._wake_at = 1
            n = min(max_items, len(items))
            out = [items.popleft() for _ in range(n)]
            self._cond.notify_all()  # a network thread blocked on a full inbox
        return out
