"""A small websocket client for the wall tests: reads frames in a thread, answers pings."""

from __future__ import annotations

import contextlib
import json
import queue
import threading
import time
from collections import Counter
from typing import Any

from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection, connect


class WallClient:
    """Connects to ``/ws/wall``; ``frames`` collects every frame (batches unpacked).

    Beside the state it folds, it keeps ``kinds`` (how many frames of each type it
    has read) and ``upserts`` (the sequence number and item of the last upsert of
    each ``(topic, key)``, kept when a later delta removes the key), so that tests
    can check what arrived even after ``wait_for`` consumed the frames or the
    server's feed replaced the item.
    """

    def __init__(
        self, url: str, *, answer_pings: bool = True, read: bool = True,
        resume: tuple[str | None, int, dict[str, dict[str, Any]]] | None = None,
    ) -> None:
        self.conn: ClientConnection = connect(url, max_size=None, open_timeout=20, legacy=True)
        self.frames: queue.Queue[dict[str, Any]] = queue.Queue()
        self.close_code: int | None = None
        self.error: BaseException | None = None
        self.closed = threading.Event()
        self.answer_pings = answer_pings
        self.state: dict[str, dict[str, Any]] = {}
        self.seq = 0
        self.epoch: str | None = None
        self.kinds: Counter[str] = Counter()
        self.upserts: dict[tuple[str, str], tuple[int, dict[str, Any]]] = {}
        if resume is not None:  # the state a reconnecting client already holds
            self.epoch, self.seq, self.state = resume
        if read:
            threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        try:
            while True:
                message = json.loads(self.conn.recv())
                for frame in message["frames"] if message["type"] == "batch" else [message]:
                    self._track(frame)
                    self.frames.put(frame)
        except ConnectionClosed as exc:
            self.close_code = exc.rcvd.code if exc.rcvd else None
        except BaseException as exc:
            self.error = exc
        finally:
            self.conn.close()  # release the socket whichever side ended the connection
            self.closed.set()

    def _track(self, frame: dict[str, Any]) -> None:
        self.kinds[frame["type"]] += 1
        # ``seq`` moves last: a test thread that sees it has also seen what came with it.
        if frame["type"] == "snapshot":
            self.epoch = frame["epoch"]
            self.state = {t: {i["key"]: i for i in items} for t, items in frame["state"].items()}
            self.seq = frame["seq"]
        elif frame["type"] == "delta" and frame["seq"] > self.seq:
            assert frame["seq"] == self.seq + 1, f"gap: {self.seq} -> {frame['seq']}"
            topic = self.state.setdefault(frame["topic"], {})
            if frame["op"] == "remove":
                topic.pop(frame["key"], None)
            else:
                topic[frame["key"]] = frame["item"]
                self.upserts[(frame["topic"], frame["key"])] = (frame["seq"], frame["item"])
            self.seq = frame["seq"]
        elif frame["type"] == "ping" and self.answer_pings:
            self.conn.send('{"type":"pong"}')

    def next(self, kind: str | None = None, timeout: float = 20.0) -> dict[str, Any]:
        """The next frame (of ``kind``, skipping others)."""
        deadline = time.monotonic() + timeout
        while True:
            frame = self.frames.get(timeout=max(0.01, deadline - time.monotonic()))
            if kind is None or frame["type"] == kind:
                return frame

    def wait_for(self, predicate: Any, timeout: float = 20.0) -> None:
        """Wait until ``predicate(self)`` holds, consuming frames meanwhile."""
        deadline = time.monotonic() + timeout
        while not predicate(self):
            if time.monotonic() > deadline:
                raise TimeoutError("condition not reached")
            with contextlib.suppress(queue.Empty):
                self.frames.get(timeout=0.05)

    def close(self) -> None:
        self.conn.close()


class FrozenScreen:
    """A websocket client that completes the handshake and then never reads again.

    A raw socket with a small receive buffer, so the server's sends back up quickly:
    the deterministic model of a wall screen whose browser has hung.
    """

    def __init__(self, host: str, port: int, path: str) -> None:
        import base64
        import os
        import socket

        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        self.sock.connect((host, port))
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall(
            (f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\n"
             f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
             "Sec-WebSocket-Version: 13\r\n\r\n").encode()
        )
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(1)
            if not chunk:
                raise ConnectionError("handshake failed")
            head += chunk
        assert head.startswith(b"HTTP/1.1 101"), head

    def drain_until_closed(self, timeout: float = 30.0) -> int | None:
        """Read everything; returns the close code of the server's close frame, if any."""
        self.sock.settimeout(timeout)
        data = b""
        while True:
            chunk = self.sock.recv(1 << 20)
            if not chunk:
                break
            data += chunk
        # Walk the frames (server frames are unmasked) to find the close frame (opcode 8).
        i = 0
        while i + 2 <= len(data):
            opcode = data[i] & 0x0F
            length = data[i + 1] & 0x7F
            i += 2
            if length == 126:
                length = int.from_bytes(data[i:i + 2], "big")
                i += 2
            elif length == 127:
                length = int.from_bytes(data[i:i + 8], "big")
                i += 8
            if opcode == 8 and length >= 2:
                return int.from_bytes(data[i:i + 2], "big")
            i += length
        return None

    def close(self) -> None:
        self.sock.close()
