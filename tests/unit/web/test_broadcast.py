"""The broadcaster shell with in-memory sockets: fan-out, slow clients, heartbeats.

No network here (tests/api/test_wall_ws.py does the same through real websockets);
time comes from a fake clock, and nothing sleeps for a fixed time.
"""

from __future__ import annotations

import asyncio
import json

from web.wall.broadcast import CLOSE_DEAD, CLOSE_SLOW, Broadcaster
from web.wall.hub import ModeItem, Topic, WallHub


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class FakeSocket:
    """Records frames; ``stalled`` sockets never finish a send (a frozen screen)."""

    def __init__(self, *, stalled: bool = False) -> None:
        self.frames: list[dict[str, object]] = []
        self.stalled = stalled
        self.incoming: asyncio.Queue[str] = asyncio.Queue()
        self.closed: int | None = None

    async def send_text(self, data: str) -> None:
        if self.stalled:
            await asyncio.Event().wait()
        message = json.loads(data)
        if message["type"] == "batch":
            self.frames.extend(message["frames"])
        else:
            self.frames.append(message)

    async def receive(self) -> dict[str, object]:
        return {"type": "websocket.receive", "text": await self.incoming.get()}

    async def close(self, code: int = 1000, reason: str | None = None) -> None:
        self.closed = code


def deltas_of(sock: FakeSocket) -> list[int]:
    return [int(f["seq"]) for f in sock.frames if f["type"] == "delta"]  # type: ignore[call-overload]


async def settle() -> None:
    for _ in range(50):
        await asyncio.sleep(0)


def test_snapshot_first_then_deltas_in_order_for_every_client() -> None:
    async def scenario() -> None:
        hub = WallHub(epoch="e")
        hub.upsert(Topic.MODE, "mode", ModeItem("peacetime"))
        b = Broadcaster(hub, queue_size=16, clock=FakeClock())
        socks = [FakeSocket() for _ in range(3)]
        clients = [b.connect("u") for _ in socks]
        tasks = [asyncio.create_task(b.serve(c, s)) for c, s in zip(clients, socks, strict=True)]
        await settle()
        for i in range(5):
            d = hub.upsert(Topic.KPI, f"k{i}", ModeItem("x"))
            assert d is not None
            b.publish([d])
        await settle()
        for s in socks:
            assert s.frames[0]["type"] == "snapshot"
            assert s.frames[0]["seq"] == 1
            assert deltas_of(s) == [2, 3, 4, 5, 6]
        b.close_all()
        await asyncio.gather(*tasks)

    asyncio.run(scenario())


def test_a_resuming_client_is_answered_at_once_with_what_it_missed_then_resumed() -> None:
    """A resume is answered when the socket opens, even with nothing missed: the page says it
    is live only once it holds the server's state, and must not wait for a change or a ping."""
    async def scenario() -> None:
        hub = WallHub(epoch="e")
        for i in range(4):
            hub.upsert(Topic.KPI, f"k{i}", ModeItem("x"))
        b = Broadcaster(hub, queue_size=16, clock=FakeClock())
        behind, current, other = FakeSocket(), FakeSocket(), FakeSocket()
        clients = [b.connect("u", "e", 2), b.connect("u", "e", 4), b.connect("u", "old", 4)]
        tasks = [asyncio.create_task(b.serve(c, s))
                 for c, s in zip(clients, (behind, current, other), strict=True)]
        await settle()
        assert [(f["type"], f.get("seq")) for f in behind.frames] == [
            ("delta", 3), ("delta", 4), ("resumed", 4)]
        assert current.frames == [{"type": "resumed", "epoch": "e", "seq": 4}]
        assert [f["type"] for f in other.frames] == ["snapshot"]
        b.close_all()
        await asyncio.gather(*tasks)

    asyncio.run(scenario())


def test_a_stalled_client_is_resynced_then_dropped_and_never_delays_the_others() -> None:
    async def scenario() -> None:
        hub = WallHub(epoch="e")
        b = Broadcaster(hub, queue_size=8, clock=FakeClock())
        fast, stalled = FakeSocket(), FakeSocket(stalled=True)
        cf, cs = b.connect("fast"), b.connect("stalled")
        tasks = [asyncio.create_task(b.serve(cf, fast)), asyncio.create_task(b.serve(cs, stalled))]
        await settle()
        for i in range(40):
            d = hub.upsert(Topic.KPI, "k", ModeItem(str(i)))
            assert d is not None
            b.publish([d])
            # The stalled client's queue never holds more than its bound.
            assert cs.queue.qsize() <= 8
            await asyncio.sleep(0)
        await settle()
        assert deltas_of(fast) == list(range(1, 41))
        assert b.stats.resyncs == 1
        assert b.stats.dropped_slow == 1
        assert stalled.closed == CLOSE_SLOW or cs.close_code == CLOSE_SLOW
        assert cs not in b.clients
        b.close_all()
        await asyncio.gather(*tasks)

    asyncio.run(scenario())


def test_a_briefly_slow_client_gets_a_resync_snapshot_and_continues() -> None:
    async def scenario() -> None:
        hub = WallHub(epoch="e")
        b = Broadcaster(hub, queue_size=4, clock=FakeClock())
        sock = FakeSocket()
        client = b.connect("slowish")
        await asyncio.sleep(0)
        # Nobody pumps yet: the queue overflows once, gets a resync + snapshot.
        for i in range(6):
            d = hub.upsert(Topic.KPI, "k", ModeItem(str(i)))
            assert d is not None
            b.publish([d])
        assert b.stats.resyncs == 1
        task = asyncio.create_task(b.serve(client, sock))
        await settle()
        for i in range(6, 9):
            d = hub.upsert(Topic.KPI, "k", ModeItem(str(i)))
            assert d is not None
            b.publish([d])
        await settle()
        kinds = [f["type"] for f in sock.frames]
        assert "resync" in kinds
        snap = [f for f in sock.frames if f["type"] == "snapshot"][-1]
        # Overflow at delta 4: the snapshot holds 1..4, then every later delta follows it.
        assert snap["seq"] == 4
        assert deltas_of(sock) == [5, 6, 7, 8, 9]
        assert client in b.clients
        b.close_all()
        await task

    asyncio.run(scenario())


def test_a_client_that_stops_answering_pings_is_dropped() -> None:
    async def scenario() -> None:
        clock = FakeClock()
        b = Broadcaster(WallHub(epoch="e"), queue_size=8, heartbeat_s=1, dead_after_s=5,
                        clock=clock)
        alive, dead = FakeSocket(), FakeSocket()
        ca, cd = b.connect("alive"), b.connect("dead")
        tasks = [asyncio.create_task(b.serve(ca, alive)), asyncio.create_task(b.serve(cd, dead))]
        for _ in range(8):
            clock.now += 1
            b.heartbeat()
            await settle()
            if any(f["type"] == "ping" for f in alive.frames):
                alive.incoming.put_nowait('{"type":"pong"}')
            await settle()
        assert dead.closed == CLOSE_DEAD
        assert cd not in b.clients
        assert ca in b.clients
        assert b.stats.dropped_dead == 1
        b.close_all()
        await asyncio.gather(*tasks)

    asyncio.run(scenario())


class FakeWire:
    """A fast-path writer over a fake transport buffer that a test drains by hand.

    ``try_write`` refuses once ``buffered`` bytes reach ``max_buffer``, like
    :class:`web.wall.fastpath.DirectWriter`; ``drain()`` plays the peer reading.
    """

    def __init__(self, max_buffer: int) -> None:
        self.max_buffer = max_buffer
        self.buffered = 0
        self.frames: list[dict[str, object]] = []

    def try_write(self, wire: bytes) -> bool:
        if self.buffered >= self.max_buffer:
            return False
        self.buffered += len(wire)
        self.frames.append(json.loads(decode_wire(wire)))
        return True

    def drain(self) -> None:
        self.buffered = 0


def decode_wire(wire: bytes) -> str:
    """The text of one unmasked text frame (RFC 6455 §5.2)."""
    assert wire[0] == 0x81  # FIN, text
    length = wire[1] & 0x7F
    offset = 2
    if length == 126:
        length, offset = int.from_bytes(wire[2:4], "big"), 4
    elif length == 127:
        length, offset = int.from_bytes(wire[2:10], "big"), 10
    assert len(wire) == offset + length
    return wire[offset:].decode()


def seqs(frames: list[dict[str, object]]) -> list[int]:
    return [int(f["seq"]) for f in frames if f["type"] == "delta"]  # type: ignore[call-overload]


def test_encode_wire_is_one_unmasked_text_frame() -> None:
    from web.wall.frames import encode_wire

    for text in ("", "水湳" * 10, "x" * 125, "x" * 126, "x" * 70_000):
        assert decode_wire(encode_wire(text)) == text


def test_fast_path_writes_in_order_after_the_queued_snapshot_without_queueing() -> None:
    async def scenario() -> None:
        hub = WallHub(epoch="e")
        b = Broadcaster(hub, queue_size=8, clock=FakeClock())
        sock, wire = FakeSocket(), FakeWire(max_buffer=1 << 20)
        client = b.connect("fast")
        # Published before the pump ran: the snapshot is still queued, so these queue too.
        for i in range(2):
            d = hub.upsert(Topic.KPI, f"k{i}", ModeItem("x"))
            assert d is not None
            b.publish([d])
        task = asyncio.create_task(b.serve(client, sock, writer=wire))
        await settle()
        queued = b.stats.queued
        for i in range(2, 20):
            d = hub.upsert(Topic.KPI, f"k{i}", ModeItem("x"))
            assert d is not None
            b.publish([d])
            assert client.queue.empty()  # written at once, nothing waits for a task
        assert b.stats.queued == queued
        assert b.stats.direct == 18
        assert sock.frames[0]["type"] == "snapshot"
        assert seqs(sock.frames) + seqs(wire.frames) == list(range(1, 21))
        b.close_all()
        await task

    asyncio.run(scenario())


def test_fast_path_client_that_stops_reading_is_resynced_then_dropped_with_bounded_memory() -> None:
    async def scenario() -> None:
        hub = WallHub(epoch="e")
        b = Broadcaster(hub, queue_size=8, clock=FakeClock())
        fast_sock, fast_wire = FakeSocket(), FakeWire(max_buffer=1 << 30)
        # The frozen screen: its buffer fills after a few frames and is never drained,
        # and the pump's send never completes (uvicorn's send waits for "writable").
        frozen_sock, frozen_wire = FakeSocket(stalled=True), FakeWire(max_buffer=2_000)
        cf, cz = b.connect("fast"), b.connect("frozen")
        tasks = [asyncio.create_task(b.serve(cf, fast_sock, writer=fast_wire)),
                 asyncio.create_task(b.serve(cz, frozen_sock, writer=frozen_wire))]
        await settle()
        for i in range(60):
            d = hub.upsert(Topic.KPI, "k", ModeItem(str(i)))
            assert d is not None
            b.publish([d])
            assert cz.queue.qsize() <= 8
            # Bounded: below max_buffer before the last write, plus that one frame.
            assert frozen_wire.buffered < 2_000 + 300
            await asyncio.sleep(0)
        await settle()
        assert seqs(fast_wire.frames) == list(range(1, 61))
        assert b.stats.resyncs == 1
        assert b.stats.dropped_slow == 1
        assert cz not in b.clients
        assert cf in b.clients
        assert frozen_sock.closed == CLOSE_SLOW or cz.close_code == CLOSE_SLOW
        b.close_all()
        await asyncio.gather(*tasks)

    asyncio.run(scenario())


def test_fast_path_client_briefly_behind_catches_up_through_its_queue_in_order() -> None:
    async def scenario() -> None:
        hub = WallHub(epoch="e")
        b = Broadcaster(hub, queue_size=64, clock=FakeClock())
        sock, wire = FakeSocket(), FakeWire(max_buffer=1_000)
        client = b.connect("briefly-slow")
        task = asyncio.create_task(b.serve(client, sock, writer=wire))
        await settle()
        for i in range(30):
            d = hub.upsert(Topic.KPI, "k", ModeItem(str(i)))
            assert d is not None
            b.publish([d])
        # The buffer filled: the rest went to the queue (and the pump sent them as a batch).
        assert b.stats.direct > 0
        assert b.stats.queued > 1
        await settle()
        wire.drain()  # the screen reads again, and keeps up from now on
        wire.max_buffer = 1 << 20
        for i in range(30, 40):
            d = hub.upsert(Topic.KPI, "k", ModeItem(str(i)))
            assert d is not None
            b.publish([d])
        # Queue empty and buffer drained again: back on the fast path.
        assert seqs(wire.frames)[-10:] == list(range(31, 41))
        received = [f for f in sock.frames if f["type"] == "delta"] + [
            f for f in wire.frames if f["type"] == "delta"]
        assert sorted(seqs(received)) == list(range(1, 41))
        assert b.stats.resyncs == 0
        b.close_all()
        await task

    asyncio.run(scenario())


def test_heartbeat_pings_take_the_fast_path_too() -> None:
    async def scenario() -> None:
        clock = FakeClock()
        b = Broadcaster(WallHub(epoch="e"), queue_size=8, heartbeat_s=1, dead_after_s=5,
                        clock=clock)
        sock, wire = FakeSocket(), FakeWire(max_buffer=1 << 20)
        client = b.connect("u")
        task = asyncio.create_task(b.serve(client, sock, writer=wire))
        await settle()
        clock.now += 1
        b.heartbeat()
        assert [f["type"] for f in wire.frames] == ["ping"]
        b.close_all()
        await task

    asyncio.run(scenario())


def test_without_a_fast_path_every_frame_takes_the_queue() -> None:
    async def scenario() -> None:
        hub = WallHub(epoch="e")
        b = Broadcaster(hub, queue_size=8, clock=FakeClock())
        sock = FakeSocket()  # not a uvicorn connection: no fast path is found
        client = b.connect("u")
        task = asyncio.create_task(b.serve(client, sock))
        await settle()
        assert client.writer is None
        for i in range(5):
            d = hub.upsert(Topic.KPI, "k", ModeItem(str(i)))
            assert d is not None
            b.publish([d])
            await settle()
        assert b.stats.direct == 0
        assert deltas_of(sock) == [1, 2, 3, 4, 5]
        b.close_all()
        await task

    asyncio.run(scenario())


def test_direct_false_turns_the_fast_path_off() -> None:
    async def scenario() -> None:
        b = Broadcaster(WallHub(epoch="e"), queue_size=8, clock=FakeClock(), direct=False)
        client = b.connect("u")
        task = asyncio.create_task(b.serve(client, FakeSocket(), writer=FakeWire(1 << 20)))
        await settle()
        assert client.writer is None
        b.close_all()
        await task

    asyncio.run(scenario())
