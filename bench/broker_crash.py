"""Measure what a kill -9 of Mosquitto loses: messages it PUBACKed that are never delivered.

Run::

    .venv/bin/python -m bench.broker_crash [--rate 5000] [--seconds 6] [--mode queued|stream]
        [--autosave-s 1 | --autosave-changes N]

A private Mosquitto with the project's configuration (``common.services``) on a
free port; a subscriber with a persistent session (clean_session false, QoS 1,
the way ingest subscribes); a publisher at ``--rate`` messages/s. ``queued``:
the subscriber is away, so everything queues for it (the "20,000 messages
queued for ingest" case). ``stream``: the subscriber consumes while the
stream runs. After ``--seconds`` the broker is killed with SIGKILL, restarted
on its persistence file, and the subscriber collects until nothing arrives for
3 s. Printed: accepted (PUBACKed before the kill), delivered, lost.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import socket
import struct
import threading
import time
import uuid
from dataclasses import replace

import paho.mqtt.client as mqtt
from paho.mqtt.enums import CallbackAPIVersion

from common import services as svc
from common.settings import Settings, load_settings


def _subscriber(host: str, port: int, password: str, cid: str, got: set[int]) -> mqtt.Client:
    c = mqtt.Client(CallbackAPIVersion.VERSION2, client_id=cid, protocol=mqtt.MQTTv311, clean_session=False)
    c.username_pw_set("ingest", password)
    c.reconnect_delay_set(min_delay=1, max_delay=2)

    def on_connect(client: mqtt.Client, *_: object) -> None:
        client.subscribe("soc/v1/disaster/#", 1)

    def on_message(client: mqtt.Client, userdata: object, msg: mqtt.MQTTMessage) -> None:
        got.add(int(msg.payload))

    c.on_connect = on_connect
    c.on_message = on_message
    c.connect(host, port, keepalive=10)
    c.loop_start()
    return c


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        b, n = n % 128, n // 128
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)


def _str(s: str) -> bytes:
    b = s.encode()
    return struct.pack("!H", len(b)) + b


class RawPublisher:
    """A minimal MQTT 3.1.1 QoS 1 publisher on a plain socket that records which packet ids were PUBACKed.

    paho's Python publisher could not hold 5,000 msg/s on the shared machine;
    this one builds packets in bursts per millisecond tick and reads PUBACKs on
    a thread of its own. Packet id = message index + 1 (at most 65,535 messages).
    """

    def __init__(self, host: str, port: int, user: str, password: str) -> None:
        self.sock = socket.create_connection((host, port))
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        body = _str("MQTT") + bytes([4, 0xC2]) + struct.pack("!H", 60)
        body += _str(f"crash-pub-{uuid.uuid4().hex[:6]}") + _str(user) + _str(password)
        self.sock.sendall(b"\x10" + _varint(len(body)) + body)
        ack = self.sock.recv(4)
        if ack[:2] != b"\x20\x02" or ack[3] != 0:
            raise ConnectionError(f"connection refused: {ack!r}")
        self.acked: set[int] = set()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        buf = b""
        while True:
            try:
                chunk = self.sock.recv(65536)
            except OSError:
                return
            if not chunk:
                return
            buf += chunk
            while len(buf) >= 4 and buf[0] == 0x40:
                self.acked.add(struct.unpack("!H", buf[2:4])[0] - 1)
                buf = buf[4:]

    def publish(self, items: list[tuple[int, str, bytes]]) -> None:
        out = bytearray()
        for i, topic, payload in items:
            body = _str(topic) + struct.pack("!H", i + 1) + payload
            out += b"\x32" + _varint(len(body)) + body
        with contextlib.suppress(OSError):
            self.sock.sendall(out)


def run(rate: float, seconds: float, mode: str, autosave_s: int, autosave_changes: int,
        settle_s: float = 0.0, settings: Settings | None = None) -> dict[str, float]:
    """One run; returns published, rate, accepted, delivered, lost (and lost in seconds of stream)."""
    settings = settings or load_settings()
    base = svc.Layout.from_settings(settings)
    layout = replace(base, instance=f"crash-{uuid.uuid4().hex[:6]}", mqtt_port=svc.free_port(),
                     autosave_s=autosave_s, autosave_changes=autosave_changes)
    host, port = "127.0.0.1", layout.mqtt_port
    got: set[int] = set()
    cid = f"crash-sub-{uuid.uuid4().hex[:6]}"
    svc.mqtt_up(layout)
    try:
        sub = _subscriber(host, port, settings.mqtt.password_for("ingest"), cid, got)
        time.sleep(1.0)
        if mode == "queued":
            sub.disconnect()
            sub.loop_stop()
        pub = RawPublisher(host, port, "disaster", settings.mqtt.password_for("disaster"))
        n = min(int(rate * seconds), 65_535)
        start = time.monotonic()
        sent = 0
        while sent < n:
            due = min(n, int((time.monotonic() - start) * rate) + 1)
            pub.publish([(i, f"soc/v1/disaster/flood/SN-{i % 50}", str(i).encode()) for i in range(sent, due)])
            sent = due
            time.sleep(0.001)
        elapsed = time.monotonic() - start
        time.sleep(settle_s)
        pid = svc._mosquitto_pid(layout)
        assert pid is not None
        accepted_before = len(pub.acked)
        os.kill(pid, signal.SIGKILL)
        killed_at = time.monotonic()
        time.sleep(0.2)
        accepted = set(pub.acked)
        with contextlib.suppress(OSError):
            pub.sock.close()
        while svc._mosquitto_pid(layout) is not None and time.monotonic() - killed_at < 10:
            time.sleep(0.05)
        svc.mqtt_up(layout)
        if mode == "queued":
            sub = _subscriber(host, port, settings.mqtt.password_for("ingest"), cid, got)
        last, seen = time.monotonic(), -1
        while time.monotonic() - last < 3.0:
            time.sleep(0.2)
            if len(got) != seen:
                seen, last = len(got), time.monotonic()
        sub.disconnect()
        sub.loop_stop()
    finally:
        svc.mqtt_down(layout)
        svc.remove_instance(layout)
    lost = accepted - got
    del accepted_before
    return {"published": n, "rate": n / elapsed, "accepted": len(accepted), "delivered": len(got & accepted),
            "lost": len(lost), "lost_s": len(lost) / rate}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rate", type=float, default=5000)
    ap.add_argument("--seconds", type=float, default=6)
    ap.add_argument("--mode", choices=["queued", "stream"], default="queued")
    ap.add_argument("--autosave-s", type=int, default=1)
    ap.add_argument("--autosave-changes", type=int, default=1000, help="0: save every --autosave-s seconds")
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--settle-s", type=float, default=0.0, help="wait after the last publish before the kill")
    a = ap.parse_args()
    for _ in range(a.runs):
        r = run(a.rate, a.seconds, a.mode, a.autosave_s, a.autosave_changes, a.settle_s)
        print(f"mode={a.mode} autosave_s={a.autosave_s} autosave_changes={a.autosave_changes} "
              f"published={r['published']} at {r['rate']:.0f}/s accepted={r['accepted']} "
              f"delivered={r['delivered']} lost={r['lost']} (= {r['lost_s']:.2f} s of the stream)", flush=True)


if __name__ == "__main__":
    main()
