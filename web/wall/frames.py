"""Websocket frames of ``/ws/wall``, encoded once and shared by every client (pure).

Frames are JSON text. Every frame has ``type``; ``sent`` is the server's
broadcast time in seconds since the epoch (the shell passes it in), so a client
can measure broadcast-to-receipt latency; a snapshot's ``ping_s`` is how often the server
pings, so a client can tell a silent socket from a quiet feed::

    {"type": "snapshot", "epoch": "...", "seq": 41, "sent": ..., "ping_s": 10.0, "state": {"alert": [{...}], ...}}
    {"type": "delta", "epoch": "...", "seq": 42, "sent": ..., "topic": "alert", "op": "upsert",
     "key": "17", "item": {...}}
    {"type": "resumed", "epoch": "...", "seq": 57}  (a resume is complete: the deltas missed came before)
    {"type": "ping", "sent": ...}                  (client answers {"type": "pong"})
    {"type": "resync", "reason": "slow_client"}   (precedes a snapshot after an overflow)

Every connection is answered at once with its first frame: a snapshot, or the deltas a
resuming client missed (possibly none) followed by ``resumed``, whose ``seq`` the client now
holds. A client holds the server's state only from that answer on, so it says it is live
only then, never on the socket's open alone.

Clients send ``{"type": "pong"}`` and may send ``{"type": "resume", "epoch": ..., "seq": ...}``.

:func:`encode_wire` turns a frame into the bytes of one websocket text frame, so
that the broadcaster's fast path serialises a delta once for all clients.
"""

from __future__ import annotations

import dataclasses
import json

from websockets.frames import Frame, Opcode

from web.wall.hub import Delta, Snapshot, WallItem


def _item(item: WallItem | None) -> object:
    return None if item is None else dataclasses.asdict(item)


def encode_delta(delta: Delta, epoch: str, sent: float) -> str:
    """One delta frame."""
    return json.dumps(
        {
            "type": "delta",
            "epoch": epoch,
            "seq": delta.seq,
            "sent": sent,
            "topic": delta.topic.value,
            "op": delta.op.value,
            "key": delta.key,
            "item": _item(delta.item),
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )


def encode_snapshot(snapshot: Snapshot, sent: float, ping_s: float) -> str:
    """One snapshot frame; each topic is a list of items sorted by key, each with its ``key``;
    ``ping_s``: the server's ping interval."""
    state = {
        topic.value: [{"key": key, **dataclasses.asdict(item)} for key, item in items]
        for topic, items in snapshot.topics.items()
    }
    return json.dumps(
        {"type": "snapshot", "epoch": snapshot.epoch, "seq": snapshot.seq, "sent": sent,
         "ping_s": ping_s, "state": state},
        ensure_ascii=False,
        separators=(",", ":"),
    )


def encode_resumed(epoch: str, seq: int) -> str:
    """The end of a resume's answer: the client, having applied the deltas before it, holds
    the state as of ``seq``."""
    return json.dumps({"type": "resumed", "epoch": epoch, "seq": seq})


def encode_ping(sent: float) -> str:
    """A heartbeat; the client must answer with a pong frame."""
    return json.dumps({"type": "ping", "sent": sent})


def encode_resync(reason: str) -> str:
    """Tells a client that a snapshot follows because deltas were dropped for it."""
    return json.dumps({"type": "resync", "reason": reason})


def encode_wire(text: str) -> bytes:
    """``text`` as one server-to-client websocket text frame: final, unmasked, uncompressed.

    RFC 6455 §5.1-5.2: a server never masks. Sans-I/O (websockets' frame
    serialiser, no socket), so the same bytes can be written to every connection.
    """
    return Frame(Opcode.TEXT, text.encode()).serialize(mask=False)
