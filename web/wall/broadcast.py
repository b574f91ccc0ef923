"""Fan-out of wall frames to websocket clients (the asyncio shell around :mod:`web.wall.hub`).

The rule (house style 9): the broadcaster never awaits a client. A delta is
encoded once (one shared ``str``, and once more as the bytes of a websocket
frame) and :meth:`Broadcaster.publish` offers it to every client without
awaiting, along one of two paths::

    publish(delta) ── for each client ──┬─ fast path: queue empty, not sending, transport
                                        │  buffer < max_buffer ─► transport.write(bytes)
                                        └─ otherwise ─► bounded queue ─► pump task ─► send_text

* **Fast path** (like websockets' ``broadcast()``): the frame's bytes are written
  straight to the connection's transport, synchronously: no queue, no task
  wake-up, no trip through Starlette and uvicorn. Only when the client's queue is
  empty (so frames never overtake each other) and its transport buffer is below
  ``max_buffer`` (so a client that stopped reading holds at most that much).
  Available with uvicorn's ``websockets-sansio`` protocol (see
  :mod:`web.wall.fastpath`); with any other server every frame takes the queue.
* **Queue path**: each client has one bounded :class:`asyncio.Queue` of encoded
  frames and one pump task that sends them; ``publish`` only calls ``put_nowait``:

* a queue that overflows is emptied and gets a ``resync`` frame plus a fresh
  snapshot (deltas already contained in that snapshot are then skipped);
* a client that overflows again before it has even been sent that snapshot is
  disconnected (close code 4002), so a stalled screen never grows memory:
  at most ``queue_size`` frames plus one snapshot are ever held in its queue,
  and ``max_buffer`` plus one frame (the fast path's) plus the one frame or
  batch its pump is sending in its transport;
* :meth:`Broadcaster.heartbeat` sends a ping to every client (fast path or
  queue) and disconnects those that have sent nothing (no pong) for
  ``dead_after_s`` (close code 4003).

Backlogged frames are coalesced into one ``batch`` frame per send, so a client
that fell briefly behind catches up with few websocket messages; once its queue
is empty again and its buffer has drained, it is back on the fast path.

Frames written on the fast path are uncompressed even on a connection that
negotiated permessage-deflate: RFC 7692 §6 lets an endpoint send a message with
RSV1 unset, which the peer reads as uncompressed, and the compression context
(used only by compressed messages) is untouched. Snapshots and batches, which go
through uvicorn, are still compressed.

Time comes from the ``clock`` given to the constructor (``time.time`` in
production), never from inside the pure hub.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import logging
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from common.logging import log_event
from web.wall.fastpath import MAX_BUFFER, FrameWriter, direct_writer
from web.wall.frames import (
    encode_delta,
    encode_ping,
    encode_resumed,
    encode_resync,
    encode_snapshot,
    encode_wire,
)
from web.wall.hub import Delta, Resume, WallHub

_log = logging.getLogger(__name__)

#: Close codes (the 4000-4999 range is reserved for applications, RFC 6455 §7.4.2).
CLOSE_SLOW = 4002
CLOSE_DEAD = 4003
CLOSE_SHUTDOWN = 1001

#: Most frames coalesced into one batch frame.
_MAX_BATCH = 256

class FrameSocket(Protocol):
    """What the broadcaster needs from a websocket (Starlette's ``WebSocket`` fits)."""

    async def send_text(self, data: str) -> None: ...

    async def receive(self) -> Mapping[str, object]:
        """The next ASGI ``websocket.receive`` or ``websocket.disconnect`` message."""
        ...

    async def close(self, code: int = 1000, reason: str | None = None) -> None: ...


@dataclass(slots=True)
class BroadcastStats:
    """Counters for logs, the ingest-health tile and the benchmark.

    ``direct`` and ``queued`` count frames handed to clients on the fast path and
    on the queue path.
    """

    connected: int = 0
    published: int = 0
    direct: int = 0
    queued: int = 0
    resyncs: int = 0
    dropped_slow: int = 0
    dropped_dead: int = 0


class Client:
    """One connected screen: its bounded queue and its bookkeeping."""

    __slots__ = (
        "client_id",
        "close_code",
        "kill",
        "last_seen",
        "principal",
        "queue",
        "resyncs",
        "sending",
        "skip_until",
        "snapshot_frame",
        "user",
        "writer",
    )

    def __init__(self, client_id: int, user: str, queue_size: int, now: float) -> None:
        self.client_id = client_id
        self.user = user
        # Who opened the socket (web.security.Principal); checked again while it is open.
        self.principal: object = None
        self.queue: asyncio.Queue[str] = asyncio.Queue(maxsize=queue_size)
        self.last_seen = now
        # A queued resync snapshot not yet sent; overflowing again meanwhile disconnects.
        self.snapshot_frame: str | None = None
        self.skip_until = 0
        self.resyncs = 0
        self.close_code: int | None = None
        self.kill = asyncio.Event()
        # The fast path, once :meth:`Broadcaster.serve` found one for this socket.
        self.writer: FrameWriter | None = None
        # The pump holds a frame taken from the queue but not yet written.
        self.sending = False


class Broadcaster:
    """Owns the connected clients; call everything from one event loop."""

    def __init__(
        self,
        hub: WallHub,
        *,
        queue_size: int = 256,
        heartbeat_s: float = 10.0,
        dead_after_s: float = 30.0,
        clock: Callable[[], float] = time.time,
        direct: bool = True,
        max_buffer: int = MAX_BUFFER,
    ) -> None:
        """``direct=False`` turns the fast path off (every frame takes the queue)."""
        if queue_size < 2:
            raise ValueError("queue_size must leave room for a resync frame and a snapshot")
        self.hub = hub
        self.queue_size = queue_size
        self.heartbeat_s = heartbeat_s
        self.dead_after_s = dead_after_s
        self.clock = clock
        self.direct = direct
        self.max_buffer = max_buffer
        self.stats = BroadcastStats()
        self._clients: dict[int, Client] = {}
        self._ids = itertools.count(1)
        self._snapshot_cache: tuple[int, str] | None = None

    @property
    def clients(self) -> Sequence[Client]:
        """The connected clients (a copy)."""
        return tuple(self._clients.values())

    # -- connection ------------------------------------------------------
    def open_for(self, user: str) -> int:
        """How many sockets ``user`` holds open."""
        return sum(1 for c in self._clients.values() if c.user == user)

    def connect(self, user: str, epoch: str | None = None, last_seq: int | None = None) -> Client:
        """Register a client and queue its first frames: a snapshot, or the deltas it missed
        and ``resumed`` (sent even when it missed nothing, so that every client hears at once
        that it holds the server's state, not at the next change or ping)."""
        client = Client(next(self._ids), user, self.queue_size, self.clock())
        self._clients[client.client_id] = client
        self.stats.connected = len(self._clients)
        answer = self.hub.resume(epoch, last_seq)
        if isinstance(answer, Resume) and len(answer.deltas) < self.queue_size:  # room for ``resumed``
            sent = self.clock()
            for delta in answer.deltas:
                client.queue.put_nowait(encode_delta(delta, self.hub.epoch, sent))
            client.queue.put_nowait(encode_resumed(self.hub.epoch, self.hub.seq))
        else:
            client.queue.put_nowait(self._snapshot())
        return client

    def revoke(self, client: Client, code: int) -> None:
        """Close ``client`` with ``code`` (its login no longer stands); never waits."""
        if client.close_code is None:
            self._drop(client, code)
            log_event(_log, "wall_client_dropped", client=client.client_id, user=client.user,
                      reason="revoked")

    def disconnect(self, client: Client) -> None:
        """Forget a client (idempotent)."""
        self._clients.pop(client.client_id, None)
        self.stats.connected = len(self._clients)

    # -- publishing ------------------------------------------------------
    def publish(self, deltas: Sequence[Delta]) -> None:
        """Queue ``deltas`` (already applied to the hub) for every client; never waits."""
        if not deltas:
            return
        sent = self.clock()
        epoch = self.hub.epoch
        clients = tuple(self._clients.values())
        for delta in deltas:
            frame = encode_delta(delta, epoch, sent)
            wire = encode_wire(frame)
            self.stats.published += 1
            for client in clients:
                if delta.seq > client.skip_until and client.close_code is None:
                    self._deliver(client, frame, wire)

    def _deliver(self, client: Client, frame: str, wire: bytes) -> None:
        """The fast path if it is open for ``client``, else its queue."""
        writer = client.writer
        if (
            writer is not None
            and not client.sending
            and client.queue.empty()  # never overtake a queued frame
            and writer.try_write(wire)
        ):
            self.stats.direct += 1
            return
        self._offer(client, frame)

    def _offer(self, client: Client, frame: str) -> None:
        try:
            client.queue.put_nowait(frame)
        except asyncio.QueueFull:
            self._overflow(client)
        else:
            self.stats.queued += 1

    def _overflow(self, client: Client) -> None:
        if client.snapshot_frame is not None:
            # Still behind its previous resync snapshot: this screen is not keeping up at all.
            self._drop(client, CLOSE_SLOW)
            self.stats.dropped_slow += 1
            log_event(_log, "wall_client_dropped", client=client.client_id, user=client.user,
                      reason="slow")
            return
        while not client.queue.empty():
            client.queue.get_nowait()
        snapshot = self._snapshot()
        client.queue.put_nowait(encode_resync("slow_client"))
        client.queue.put_nowait(snapshot)
        client.snapshot_frame = snapshot
        client.skip_until = self.hub.seq
        client.resyncs += 1
        self.stats.resyncs += 1

    def _snapshot(self) -> str:
        cached = self._snapshot_cache
        if cached is not None and cached[0] == self.hub.seq:
            return cached[1]
        frame = encode_snapshot(self.hub.snapshot(), self.clock(), self.heartbeat_s)
        self._snapshot_cache = (self.hub.seq, frame)
        return frame

    def _drop(self, client: Client, code: int) -> None:
        client.close_code = code
        while not client.queue.empty():
            client.queue.get_nowait()
        client.kill.set()
        self.disconnect(client)

    # -- liveness --------------------------------------------------------
    def heartbeat(self) -> None:
        """Ping every client; drop those silent for longer than ``dead_after_s``."""
        now = self.clock()
        ping = encode_ping(now)
        ping_wire = encode_wire(ping)
        for client in tuple(self._clients.values()):
            if now - client.last_seen > self.dead_after_s:
                self._drop(client, CLOSE_DEAD)
                self.stats.dropped_dead += 1
                log_event(_log, "wall_client_dropped", client=client.client_id, user=client.user,
                          reason="no_heartbeat")
            elif client.queue.full():
                # A full queue will overflow on the next delta anyway; a ping adds nothing.
                pass
            else:
                self._deliver(client, ping, ping_wire)

    async def run_heartbeats(self) -> None:
        """Call :meth:`heartbeat` every ``heartbeat_s`` until cancelled (a lifespan task)."""
        while True:
            await asyncio.sleep(self.heartbeat_s)
            self.heartbeat()

    def close_all(self) -> None:
        """Ask every client to go away (server shutdown)."""
        for client in tuple(self._clients.values()):
            self._drop(client, CLOSE_SHUTDOWN)

    # -- serving one socket ---------------------------------------------
    async def serve(
        self, client: Client, socket: FrameSocket, *, writer: FrameWriter | None = None
    ) -> None:
        """Pump frames to ``socket`` and read its pongs until either side ends.

        Call with the accepted socket. The fast path to it is ``writer`` if given
        (tests), else whatever :func:`direct_writer` finds, if ``direct`` is on.
        """
        if self.direct:
            client.writer = writer if writer is not None else direct_writer(
                socket, self.max_buffer)
        tasks = [
            asyncio.ensure_future(self._pump(client, socket)),
            asyncio.ensure_future(self._receive(client, socket)),
            asyncio.ensure_future(client.kill.wait()),
        ]
        try:
            await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in tasks:
                task.cancel()
            await _gather_quietly(tasks)
            self.disconnect(client)
            if client.close_code is not None:
                with contextlib.suppress(Exception):
                    # The peer may already be gone; closing is best effort.
                    await asyncio.wait_for(socket.close(client.close_code), timeout=1.0)

    async def _pump(self, client: Client, socket: FrameSocket) -> None:
        queue = client.queue
        while True:
            frame = await queue.get()
            client.sending = True
            if queue.empty():
                await socket.send_text(frame)
                client.sending = False
                if frame is client.snapshot_frame:
                    client.snapshot_frame = None
                continue
            frames = [frame]
            while not queue.empty() and len(frames) < _MAX_BATCH:
                frames.append(queue.get_nowait())
            await socket.send_text('{"type":"batch","frames":[' + ",".join(frames) + "]}")
            client.sending = False
            if client.snapshot_frame is not None and any(
                f is client.snapshot_frame for f in frames
            ):
                client.snapshot_frame = None

    async def _receive(self, client: Client, socket: FrameSocket) -> None:
        while True:
            event = await socket.receive()
            if event.get("type") == "websocket.disconnect":
                return
            client.last_seen = self.clock()
            text = event.get("text")
            if not isinstance(text, str):
                # A binary message: the pages send only text frames, so it is no frame a
                # client sends and is ignored like garbage, the socket kept serving.
                continue
            try:
                message = json.loads(text)
            except (ValueError, RecursionError):
                # Not JSON, or nested deeper than the decoder recurses (a few KiB of
                # "[" do that): not a frame a client sends, so ignored like garbage.
                continue
            if isinstance(message, dict) and message.get("type") == "resume":
                self._resume(client, message.get("epoch"), message.get("seq"))

    def _resume(self, client: Client, epoch: object, seq: object) -> None:
        answer = self.hub.resume(
            epoch if isinstance(epoch, str) else None, seq if isinstance(seq, int) else None
        )
        if isinstance(answer, Resume):
            sent = self.clock()
            for delta in answer.deltas:
                self._offer(client, encode_delta(delta, self.hub.epoch, sent))
            self._offer(client, encode_resumed(self.hub.epoch, self.hub.seq))
        else:
            self._offer(client, self._snapshot())


async def _gather_quietly(tasks: Sequence[Awaitable[object]]) -> None:
    await asyncio.gather(*tasks, return_exceptions=True)
