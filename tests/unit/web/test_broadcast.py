"""The broadcaster shell with in-memory sockets: fan-out, slow clients, heartbeats.

No network here (tests/api/test_wall_ws.py does the same through real websockets);
time comes from a fake clock, and nothing sleeps for a fixed time.
"""

from __future__ import annotations

import asyncio
import json

from web.broadcast import CLOSE_DEAD, CLOSE_SLOW, Broadcaster
from web.wall import ModeItem, Topic, WallHub


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

    async def receive_text(self) -> str:
        return await self.incoming.get()

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
